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
