/// ANSI/NIST-ITL type-2 records (the FBI's EBTS and the states' booking submissions, as LiveScan
/// stations and jail systems dump them): one field per line, `  2.018:PENA-VILLALOBOS,XIOMARA`,
/// `  2.022:19960819`, or fields joined by the group separator (0x1D). No key names a field; its
/// tag does. The name (`2.018`) takes the `name` rule, the date of birth (`2.022`) `dob`, the
/// social security number (`2.016`) `ssn`, the FBI and state ids (`2.014`, `2.015`) and other
/// identifying numbers (`2.017`) `national_id`, the residence (`2.041`) `address`.
extension Scrubber {
    /// The values of those fields on a line that starts (after spaces) with a type-2 tag, or none.
    func ebtsType2Fields(_ b: Bytes) -> [(Range<Int>, Int)] {
        let n = b.count
        var k = 0
        while k < n, b[k] == 0x20 || b[k] == 0x09 { k += 1 }
        guard k + 7 < n, b[k] == UInt8(ascii: "2"), b[k + 1] == UInt8(ascii: ".") else { return [] }
        var fields: [(Range<Int>, Int)] = []
        while k + 7 < n {
            // `2.NNN:` (three digits after the dot).
            guard b[k] == UInt8(ascii: "2"), b[k + 1] == UInt8(ascii: "."), ASCII.isDigit(b[k + 2]), ASCII.isDigit(b[k + 3]), ASCII.isDigit(b[k + 4]),
                  b[k + 5] == UInt8(ascii: ":") else { break }
            let tag = Int(b[k + 2] - 48) * 100 + Int(b[k + 3] - 48) * 10 + Int(b[k + 4] - 48)
            let s = k + 6
            var e = s
            while e < n, b[e] != 0x1D, b[e] != 0x1E, b[e] != 0x0D { e += 1 }
            let key: StaticString?
            switch tag {
            case 18: key = "name"
            case 22: key = "dob"
            case 16: key = "ssn"
            case 14, 15, 17: key = "national_id"
            case 41: key = "address"
            default: key = nil
            }
            if let key, e > s, let rule = fieldRule(forLiteralKey: key), compiled.active[rule].action != .keep,
               !Self.isPseudonym(b, s..<e), Self.placeholderEnd(b, at: s) == nil {
                fields.append((s..<e, rule))
            }
            guard e < n, b[e] == 0x1D else { break }
            k = e + 1
        }
        return fields
    }
}
