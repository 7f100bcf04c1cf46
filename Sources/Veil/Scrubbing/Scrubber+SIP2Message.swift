#if canImport(Glibc)
import Glibc
#endif

/// 3M SIP2 messages (the Standard Interchange Protocol between library systems and self-check
/// machines, logged by Koha, Evergreen, Polaris and their SIP servers):
/// `9300CNsc_level2|COSelf!Chk#42|CPCENTRAL|AY0AZF1B3`, `63001…AOCENTRAL|AA23529001907713|AD4821|…`,
/// `64…|AENguyen, Thi Minh Anh|BEanh@example.com|BF555-0142|BD12 Elm St|PB19880615|`. Fields are
/// two capitals and a value up to `|`; no key names them. A line is read as SIP2 only when it
/// holds the error-detection trailer (`|AY0AZF1B3`), or both an institution (`|AO`) and a patron
/// (`|AA`) field.
///
/// The login's user (`CN`) takes the `username` rule; its password (`CO`), the terminal's (`AC`)
/// and the patron's (`AD`) the `password` rule; the patron's identifier (`AA`) the `patron_id`
/// rule; the personal name (`AE`) `name`; home address (`BD`) `address`; e-mail (`BE`) `email`;
/// home phone (`BF`) `phone`; birth date (`PB`) `dob`.
extension Scrubber {
    /// The values of those fields in a SIP2 message on the line, or none.
    func sip2MessageFields(_ b: Bytes) -> [(Range<Int>, Int)] {
        let n = b.count
        guard n > 12, let base = b.baseAddress else { return [] }
        // Evidence: the trailer `|AY<digit>AZ`, or both `|AO` and `|AA`.
        var k = 0
        var institution = false, patron = false, trailer = false
        while k < n - 3 {
            guard let hit = memchr(base + k, Int32(UInt8(ascii: "|")), n - k) else { break }
            k = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base
            if k + 3 < n, b[k + 1] == UInt8(ascii: "A") {
                switch b[k + 2] {
                case UInt8(ascii: "O"): institution = true
                case UInt8(ascii: "A"): patron = true
                case UInt8(ascii: "Y"): trailer = trailer || (k + 5 < n && ASCII.isDigit(b[k + 3]) && b[k + 4] == UInt8(ascii: "A") && b[k + 5] == UInt8(ascii: "Z"))
                default: break
                }
            }
            k += 1
        }
        guard trailer || (institution && patron) else { return [] }
        var fields: [(Range<Int>, Int)] = []
        func add(_ code0: UInt8, _ code1: UInt8, valueAt s: Int) {
            guard let key = Self.sip2Key(code0, code1) else { return }
            // The value runs to the next `|` (a quote inside it is part of it: `|COpa'ss|`); the last
            // field runs to the line's end, less the quote a log wraps the message in (`…|AY0AZF1B3'`).
            var e = s
            while e < n, b[e] != UInt8(ascii: "|"), b[e] != 0x0D { e += 1 }
            var t = e
            if e == n || b[e] == 0x0D, t > s, b[t - 1] == UInt8(ascii: "'") || b[t - 1] == UInt8(ascii: "\"") { t -= 1 }
            while t > s, b[t - 1] == 0x20 { t -= 1 }
            guard t > s, let rule = fieldRule(forLiteralKey: key), compiled.active[rule].action != .keep,
                  !Self.isPseudonym(b, s..<t), Self.placeholderEnd(b, at: s) == nil else { return }
            fields.append((s..<t, rule))
        }
        // The login message's first field, glued to its header: `9300CN…`.
        var p = 0
        while p + 6 < n {
            if b[p] == UInt8(ascii: "9"), b[p + 1] == UInt8(ascii: "3"), b[p + 4] == UInt8(ascii: "C"), b[p + 5] == UInt8(ascii: "N"),
               ASCII.isDigit(b[p + 2]), ASCII.isDigit(b[p + 3]), p == 0 || !ASCII.isAlnum(b[p - 1]) {
                add(UInt8(ascii: "C"), UInt8(ascii: "N"), valueAt: p + 6)
            }
            p += 1
        }
        // Every `|XY…` field.
        k = 0
        while k + 3 < n {
            if b[k] == UInt8(ascii: "|"), ASCII.isUpper(b[k + 1]), ASCII.isUpper(b[k + 2]) { add(b[k + 1], b[k + 2], valueAt: k + 3) }
            k += 1
        }
        return fields
    }

    /// The key whose rule a SIP2 field takes, by its code.
    private static func sip2Key(_ c0: UInt8, _ c1: UInt8) -> StaticString? {
        switch (c0, c1) {
        case (UInt8(ascii: "C"), UInt8(ascii: "N")): return "username"
        case (UInt8(ascii: "C"), UInt8(ascii: "O")), (UInt8(ascii: "A"), UInt8(ascii: "C")), (UInt8(ascii: "A"), UInt8(ascii: "D")): return "password"
        case (UInt8(ascii: "A"), UInt8(ascii: "A")): return "patron_id"
        case (UInt8(ascii: "A"), UInt8(ascii: "E")): return "name"
        case (UInt8(ascii: "B"), UInt8(ascii: "D")): return "address"
        case (UInt8(ascii: "B"), UInt8(ascii: "E")): return "email"
        case (UInt8(ascii: "B"), UInt8(ascii: "F")): return "phone"
        case (UInt8(ascii: "P"), UInt8(ascii: "B")): return "dob"
        default: return nil
        }
    }
}
