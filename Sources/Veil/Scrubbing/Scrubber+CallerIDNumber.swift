extension Scrubber {
    /// SIP's and Asterisk's caller id, `"Jean Dupont" <0612345678>`, `CallerID: "" <+33612345678>`:
    /// 6 to 15 digits (an optional `+` before them is outside the scan) in `<…>` right after a
    /// quoted display name and one space; the digits' range.
    static func callerIDNumber(_ b: Bytes, at i: Int) -> Range<Int>? {
        guard i >= 3, b[i - 1] == UInt8(ascii: "<"), b[i - 2] == 0x20, b[i - 3] == UInt8(ascii: "\"") else { return nil }
        var e = i
        while e < b.count, e - i <= 15, ASCII.isDigit(b[e]) { e += 1 }
        guard e - i >= 6, e - i <= 15, e < b.count, b[e] == UInt8(ascii: ">") else { return nil }
        return i..<e
    }
}

extension Scrubber {
    /// A SIP or tel URI's user part that is a telephone number: after `sip:`, `sips:` or `tel:`,
    /// an optional `+` and 6 to 15 digits, nothing else.
    static func isSIPTelephoneUser(_ b: Bytes, _ user: Range<Int>) -> Bool {
        var k = user.lowerBound
        guard k >= 4 else { return false }
        guard ASCII.hasPrefix(b, at: k - 4, lowercased: "sip:") || ASCII.hasPrefix(b, at: k - 4, lowercased: "tel:")
                || (k >= 5 && ASCII.hasPrefix(b, at: k - 5, lowercased: "sips:")) else { return false }
        if k < user.upperBound, b[k] == UInt8(ascii: "+") { k += 1 }
        let digits = user.upperBound - k
        guard digits >= 6, digits <= 15 else { return false }
        for x in b[k..<user.upperBound] where !ASCII.isDigit(x) { return false }
        return true
    }
}

extension Scrubber {
    /// FreeSWITCH's dialplan line, `Processing Jan Novak <1007>->015901234567 in context default`: at
    /// the first digit (or `+`) after `>->`, the dialled number (7 to 15 digits) before ` in context`.
    static func dialplanDestination(_ b: Bytes, at: Int) -> Range<Int>? {
        let n = b.count
        guard at >= 3, b[at - 1] == UInt8(ascii: ">"), b[at - 2] == UInt8(ascii: "-"), b[at - 3] == UInt8(ascii: ">") else { return nil }
        var k = at
        if k < n, b[k] == UInt8(ascii: "+") { k += 1 }
        let e = CredentialScan.runEnd(b, from: k, ASCII.isDigit)
        guard e - k >= 7, e - k <= 15, ASCII.hasPrefix(b, at: e, exactly: " in context") else { return nil }
        return at..<e
    }
}
