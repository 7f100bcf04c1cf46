/// Codes that open a door, a gate or an alarm, named in prose (delivery and field-service notes):
/// `Door code 7412`, `gate code 1234#`, `entry code #4590`, `alarm code 9382`, `lockbox code 7713`,
/// `Türcode 7412`, `code porte 12B45`, `digicode 4589B` — with or without a `:` (the `key: value`
/// form is key context). The value: an optional `#`, 3 to 8 letters and digits with at least
/// three digits, an optional `#` or `*`; it takes the `door_code` key's rule.
extension Scrubber {
    /// The phrases' first two letters, lower-cased: do(or), di(gicode), ga(te, rage), en(try),
    /// al(arm), ac(cess), lo(ckbox), ke(ypad), bu(ilding, zzer), co(de), to(rcode), tü(rcode).
    @inline(__always)
    static func mayStartAccessCodeWord(_ l0: UInt8, _ l1: UInt8) -> Bool {
        switch l0 {
        case UInt8(ascii: "d"): return l1 == UInt8(ascii: "o") || l1 == UInt8(ascii: "i")
        case UInt8(ascii: "g"): return l1 == UInt8(ascii: "a")
        case UInt8(ascii: "e"): return l1 == UInt8(ascii: "n")
        case UInt8(ascii: "a"): return l1 == UInt8(ascii: "l") || l1 == UInt8(ascii: "c")
        case UInt8(ascii: "l"), UInt8(ascii: "c"): return l1 == UInt8(ascii: "o")
        case UInt8(ascii: "k"): return l1 == UInt8(ascii: "e")
        case UInt8(ascii: "b"): return l1 == UInt8(ascii: "u")
        case UInt8(ascii: "t"): return l1 == UInt8(ascii: "o") || l1 == 0xE3
        default: return false
        }
    }

    /// A cheap test at a word start: a word of 4 to 8 bytes then ` c`/` C`, or a word ending in `code` (`digicode`).
    @inline(__always)
    static func mayStartAccessCodePhrase(_ b: Bytes, _ i: Int) -> Bool {
        // The phrases' first two letters: do(or), ga(te, rage), en(try), al(arm), lo(ckbox), ke(ypad),
        // ac(cess), bu(ilding, zzer), co(de), di(gicode), tü(rcode), to(rcode).
        switch (b[i] | 0x20, b[i + 1] | 0x20) {
        case (UInt8(ascii: "d"), UInt8(ascii: "o")), (UInt8(ascii: "g"), UInt8(ascii: "a")), (UInt8(ascii: "e"), UInt8(ascii: "n")),
             (UInt8(ascii: "a"), UInt8(ascii: "l")), (UInt8(ascii: "l"), UInt8(ascii: "o")), (UInt8(ascii: "k"), UInt8(ascii: "e")),
             (UInt8(ascii: "a"), UInt8(ascii: "c")), (UInt8(ascii: "b"), UInt8(ascii: "u")), (UInt8(ascii: "c"), UInt8(ascii: "o")),
             (UInt8(ascii: "d"), UInt8(ascii: "i")), (UInt8(ascii: "t"), 0xE3), (UInt8(ascii: "t"), UInt8(ascii: "o")): break
        default: return false
        }
        var e = i + 1
        while e < b.count, e - i < 9, ASCII.isLetter(b[e]) || b[e] >= 0x80 { e += 1 }
        guard e + 1 < b.count, e - i >= 4 else { return false }
        if b[e] == 0x20, b[e + 1] | 0x20 == UInt8(ascii: "c") { return true }
        return b[e - 1] == UInt8(ascii: "e") && ASCII.hasPrefix(b, at: e - 4, lowercased: "code")
    }

    /// `at` is the phrase's first letter.
    func accessCodePhrase(_ b: Bytes, at: Int) -> (Range<Int>, Int)? {
        var k = -1
        for phrase: StaticString in ["door code", "gate code", "entry code", "alarm code", "lockbox code", "keypad code", "access code",
                                     "garage code", "building code", "buzzer code", "code porte", "digicode", "türcode", "torcode"]
        where ASCII.hasPrefix(b, at: at, lowercased: phrase) {
            k = at + phrase.utf8CodeUnitCount
            break
        }
        guard k > at, k + 3 < b.count else { return nil }
        if b[k] == UInt8(ascii: ":") { return nil }  // key context reads `door code: 7412`
        guard b[k] == 0x20 else { return nil }
        k += 1
        if ASCII.hasPrefix(b, at: k, lowercased: "is ") { k += 3 }
        let start = k
        if k < b.count, b[k] == UInt8(ascii: "#") { k += 1 }
        var digits = 0
        let body = k
        while k < b.count, k - body <= 8, ASCII.isAlnum(b[k]) { if ASCII.isDigit(b[k]) { digits += 1 }; k += 1 }
        guard digits >= 3, k - body >= 3, k - body <= 8 else { return nil }
        if k < b.count, b[k] == UInt8(ascii: "#") || b[k] == UInt8(ascii: "*") { k += 1 }
        guard k == b.count || !(ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "_") || b[k] == UInt8(ascii: "-")),
              !Self.isPseudonym(b, start..<k), let rule = fieldRule(forLiteralKey: "door_code") else { return nil }
        return (start..<k, rule)
    }

    /// `generated hourly PIN 482019637 for lock`, `new PIN 4821 sent`: after the capitalised
    /// acronym `PIN` (optionally `PIN code`) and one space, 4 to 12 digits that no letter, digit,
    /// `.` or `-` continues (`PIN 17` of a connector and `PIN 2024-05` stay). The value takes the
    /// `pin` key's rule.
    func pinPhrase(_ b: Bytes, at: Int) -> (Range<Int>, Int)? {
        let n = b.count
        guard at + 8 < n, ASCII.hasPrefix(b, at: at, exactly: "PIN "), at == 0 || !ASCII.isAlnum(b[at - 1]) else { return nil }
        var k = at + 4
        if ASCII.hasPrefix(b, at: k, lowercased: "code ") { k += 5 }
        let start = k
        while k < n, k - start <= 12, ASCII.isDigit(b[k]) { k += 1 }
        guard k - start >= 4, k - start <= 12 else { return nil }
        if k < n {
            let x = b[k]
            if ASCII.isAlnum(x) || x == UInt8(ascii: "_") { return nil }
            if x == UInt8(ascii: ".") || x == UInt8(ascii: "-") || x == UInt8(ascii: ":"), k + 1 < n, ASCII.isDigit(b[k + 1]) { return nil }
        }
        guard let rule = fieldRule(forLiteralKey: "pin") else { return nil }
        return (start..<k, rule)
    }

    /// Asterisk's `app_read.c: User entered '7720194836'` (also `app_getdata`): the digits a caller
    /// keyed into an IVR — an account number, a PIN, a date of birth — four or more of them (`#`
    /// and `*` too). They take the `pin` key's rule.
    func ivrDigitsEntered(_ b: Bytes, at: Int) -> (Range<Int>, Int)? {
        let n = b.count
        guard at + 18 < n, ASCII.hasPrefix(b, at: at, exactly: "User entered '") else { return nil }
        let start = at + 14
        var k = start
        while k < n, k - start <= 32, ASCII.isDigit(b[k]) || b[k] == UInt8(ascii: "#") || b[k] == UInt8(ascii: "*") { k += 1 }
        guard k - start >= 4, k < n, b[k] == UInt8(ascii: "'"), let rule = fieldRule(forLiteralKey: "pin") else { return nil }
        return (start..<k, rule)
    }
}
