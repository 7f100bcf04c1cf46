#if canImport(Glibc)
import Glibc
#endif

/// NCIC and Nlets messages (the US criminal-justice networks, as CAD, RMS and message switches such
/// as OMNIXX log their queries and responses): `DQ.IL0160000.NAM/VOLKOV, DMITRI A.DOB/19850722.SEX/M`,
/// `NAM/VOLKOV, DMITRI ANATOLYEVICH  DOB/07/22/1985  SEX/M`, `OLN/V412-7885-0921  OLS/IL`,
/// `OWN/OBRIEN-KAVANAGH, SEAN P  ADR/930 W FULTON MARKET UNIT 4C`. Fields are a three-letter code,
/// `/` and a value up to the next field (`.` or two spaces before it) or the line's end. A line is
/// read this way only when two of the codes appear on it, or one starts a line written in the
/// network's characters (`ADR/2218 N KEDZIE BLVD APT 3  CHICAGO IL 60647`).
///
/// The name (`NAM`) and a vehicle's owner (`OWN`) take the `name` rule; the date of birth (`DOB`)
/// `dob`; the social security number (`SOC`) `ssn`; the operator's licence number (`OLN`)
/// `driver_license`; the address (`ADR`) `address`; the licence plate (`LIC`) `license_plate`.
extension Scrubber {
    /// The values of those fields on the line, or none.
    func ncicMessageFields(_ b: Bytes) -> [(Range<Int>, Int)] {
        let n = b.count
        guard n > 8, let base = b.baseAddress else { return [] }
        var starts: [(code: Int, value: Int)] = []
        var k = 3
        while k < n - 1 {
            guard let hit = memchr(base + k, Int32(UInt8(ascii: "/")), n - k) else { break }
            k = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base
            if k >= 3, ASCII.isUpper(b[k - 3]), ASCII.isUpper(b[k - 2]), ASCII.isUpper(b[k - 1]),
               k == 3 || b[k - 4] == UInt8(ascii: ".") || b[k - 4] == 0x20 || b[k - 4] == 0x09, Self.ncicCode(b, k - 3) != nil {
                starts.append((k - 3, k + 1))
            }
            k += 1
        }
        // (One field alone counts at a line's start when the whole line is written as NCIC writes:
        // capitals, digits, spaces and `,.-'#/`. A response prints one field per line.)
        guard starts.count >= 2 || (starts.count == 1 && starts[0].code == 0 && b.allSatisfy({
            ASCII.isUpper($0) || ASCII.isDigit($0) || $0 == 0x20 || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-")
                || $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "/") || $0 == 0x0D })) else { return [] }
        var fields: [(Range<Int>, Int)] = []
        for (index, start) in starts.enumerated() {
            guard let key = Self.ncicCode(b, start.code), let key else { continue }
            // The value: to the next field's code (less the `.` or spaces before it) or the line's end.
            var e = index + 1 < starts.count ? starts[index + 1].code : n
            if index + 1 < starts.count, b[e - 1] == UInt8(ascii: ".") { e -= 1 }
            while e > start.value, b[e - 1] == 0x20 || b[e - 1] == 0x09 || b[e - 1] == 0x0D { e -= 1 }
            // (An address runs on to its city: `ADR/2218 N KEDZIE BLVD APT 3  CHICAGO IL 60647`; its first part is the street.)
            var s = start.value
            if s < e, b[s] == 0x20 { s += 1 }
            if b[start.code] == UInt8(ascii: "A") {
                var f = s
                while f + 1 < e, !(b[f] == 0x20 && b[f + 1] == 0x20) { f += 1 }
                if f + 1 < e { e = f }
            }
            guard e > s, let rule = fieldRule(forLiteralKey: key), compiled.active[rule].action != .keep,
                  !Self.isPseudonym(b, s..<e), Self.placeholderEnd(b, at: s) == nil else { continue }
            fields.append((s..<e, rule))
        }
        return fields
    }

    /// For an NCIC field code at `at`: the key whose rule its value takes (nil inside for a code
    /// that is read only to end the field before it), or nil for no code.
    private static func ncicCode(_ b: Bytes, _ at: Int) -> StaticString?? {
        switch (b[at], b[at + 1], b[at + 2]) {
        case (UInt8(ascii: "N"), UInt8(ascii: "A"), UInt8(ascii: "M")), (UInt8(ascii: "O"), UInt8(ascii: "W"), UInt8(ascii: "N")): return .some("name")
        case (UInt8(ascii: "D"), UInt8(ascii: "O"), UInt8(ascii: "B")): return .some("dob")
        case (UInt8(ascii: "S"), UInt8(ascii: "O"), UInt8(ascii: "C")): return .some("ssn")
        case (UInt8(ascii: "O"), UInt8(ascii: "L"), UInt8(ascii: "N")): return .some("driver_license")
        case (UInt8(ascii: "A"), UInt8(ascii: "D"), UInt8(ascii: "R")): return .some("address")
        case (UInt8(ascii: "L"), UInt8(ascii: "I"), UInt8(ascii: "C")): return .some("license_plate")
        case (UInt8(ascii: "S"), UInt8(ascii: "E"), UInt8(ascii: "X")), (UInt8(ascii: "R"), UInt8(ascii: "A"), UInt8(ascii: "C")),
             (UInt8(ascii: "H"), UInt8(ascii: "G"), UInt8(ascii: "T")), (UInt8(ascii: "W"), UInt8(ascii: "G"), UInt8(ascii: "T")),
             (UInt8(ascii: "E"), UInt8(ascii: "Y"), UInt8(ascii: "E")), (UInt8(ascii: "O"), UInt8(ascii: "L"), UInt8(ascii: "S")),
             (UInt8(ascii: "L"), UInt8(ascii: "I"), UInt8(ascii: "S")), (UInt8(ascii: "L"), UInt8(ascii: "I"), UInt8(ascii: "Y")),
             (UInt8(ascii: "L"), UInt8(ascii: "I"), UInt8(ascii: "T")), (UInt8(ascii: "V"), UInt8(ascii: "I"), UInt8(ascii: "N")),
             (UInt8(ascii: "V"), UInt8(ascii: "Y"), UInt8(ascii: "R")), (UInt8(ascii: "V"), UInt8(ascii: "M"), UInt8(ascii: "A")),
             (UInt8(ascii: "E"), UInt8(ascii: "X"), UInt8(ascii: "P")), (UInt8(ascii: "N"), UInt8(ascii: "I"), UInt8(ascii: "C")),
             (UInt8(ascii: "O"), UInt8(ascii: "C"), UInt8(ascii: "A")), (UInt8(ascii: "M"), UInt8(ascii: "I"), UInt8(ascii: "S")):
            return .some(nil)
        default: return nil
        }
    }
}
