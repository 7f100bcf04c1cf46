/// 5G core's subscriber identities (3GPP TS 23.003 and TS 29.571), as Open5GS, free5GC and the
/// SBI's JSON write them: a SUPI `imsi-310260987654321`, a GPSI `msisdn-12025550147`, a concealed
/// SUPI `suci-0-310-260-0000-0-0-987654321`. The whole identity is the value (its prefix says
/// which it is; the digits are the subscriber's), under the field rule of `imsi` or `msisdn`.
extension Scrubber {
    /// The identity at `at` (a word start, not glued to a letter, digit or `_` before): the key
    /// whose rule applies and the identity's range.
    static func subscriberIdentity(_ b: Bytes, at: Int) -> (key: StaticString, value: Range<Int>)? {
        let n = b.count
        if at > 0, ASCII.isAlnum(b[at - 1]) || b[at - 1] == UInt8(ascii: "_") { return nil }
        let key: StaticString
        var k: Int
        if ASCII.hasPrefix(b, at: at, lowercased: "imsi-") { key = "imsi"; k = at + 5 }
        else if ASCII.hasPrefix(b, at: at, lowercased: "msisdn-") { key = "msisdn"; k = at + 7 }
        else if ASCII.hasPrefix(b, at: at, lowercased: "suci-") { key = "imsi"; k = at + 5 }
        else { return nil }
        let digitsStart = k
        if key.utf8CodeUnitCount == 4, b[at + 1] | 0x20 == UInt8(ascii: "u") {
            // SUCI: `-`-separated groups of digits (and a scheme output that may hold hex).
            while k < n, ASCII.isAlnum(b[k]) || (b[k] == UInt8(ascii: "-") && k + 1 < n && ASCII.isAlnum(b[k + 1])) { k += 1 }
            guard k - digitsStart >= 12, b[digitsStart...].prefix(k - digitsStart).filter(ASCII.isDigit).count >= 8 else { return nil }
        } else {
            while k < n, ASCII.isDigit(b[k]) { k += 1 }
            guard k - digitsStart >= 5, k - digitsStart <= 15 else { return nil }
        }
        // Glued to more of a word (`imsi-310260987654321abc`): something else.
        if k < n, ASCII.isLetter(b[k]) || b[k] == UInt8(ascii: "_") { return nil }
        return (key, at..<k)
    }
}
