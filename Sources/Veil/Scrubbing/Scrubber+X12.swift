/// ASC X12 EDI segments (HIPAA 837 claims, 834 enrolments, 270/271 eligibility) as clearinghouse
/// and integration logs print them: `NM1*IL*1*NGUYEN*THI MAI****MI*JHK402918836~N3*4417 BEECHWOOD
/// DR~N4*SAN JOSE*CA*951282107~DMG*D8*19880214*F~`. As in HL7, the meaning of a value is its
/// position, so each person element of `NM1`, `N3`, `N4`, `DMG`, `PER` and `REF` takes the field
/// rule of the key that names it (`name`, `address`, `dob`, `phone`, `ssn`, `patient_id`); so do
/// the bank accounts of a payment's `BPR`.
extension Scrubber {
    /// The person elements of a segment: (element number, key whose rule applies).
    static let x12Segments: [(id: StaticString, elements: [(Int, StaticString)])] = [
        ("NM1", [(3, "name"), (4, "name"), (5, "name"), (7, "name"), (9, "patient_id")]),
        ("N3", [(1, "address"), (2, "address")]),
        ("N4", [(1, "address"), (3, "address")]),
        ("DMG", [(2, "dob")]),
        ("PER", [(2, "name"), (4, "phone"), (6, "phone"), (8, "phone")]),
        ("REF", [(2, "patient_id")]),
        // A payment's bank accounts (BPR09, BPR15). (A claim's control number, `CLM01`, stays.)
        ("BPR", [(9, "account_number"), (15, "account_number")]),
    ]

    /// At a segment's id (`NM1*`, `N3*` …) at the line's start or after `~`, white space, a quote
    /// or an escaped line break: appends a span for each non-empty person element (a `REF` whose
    /// qualifier is `SY` takes the `ssn` key's rule). True when it appended one.
    func x12PersonFields(_ b: Bytes, at i: Int, floor: Int, spans: inout [TextSpan]) -> Bool {
        let n = b.count
        guard i >= floor, let segment = Self.x12Segments.first(where: { ASCII.hasPrefix(b, at: i, exactly: $0.id) }) else { return false }
        var k = i + segment.id.utf8CodeUnitCount
        guard k < n, b[k] == UInt8(ascii: "*") else { return false }
        if i > 0 {
            let p = b[i - 1]
            guard p == UInt8(ascii: "~") || p == 0x20 || p == 0x0A || p == 0x0D || p == UInt8(ascii: "\"") || p == UInt8(ascii: "'")
                || (i >= 2 && (p == UInt8(ascii: "n") || p == UInt8(ascii: "r")) && b[i - 2] == UInt8(ascii: "\\")) else { return false }
        }
        var appended = false
        var element = 1
        var qualifier = -1..<(-1)
        k += 1
        while k <= n {
            // The element's end: the next `*`, or the segment's end (`~`, a line break, a quote).
            // (A first pass's pseudonym holds `~`, X12's segment terminator: it is read whole.)
            var e = k < n && ASCII.isLower(b[k]) ? (Self.pseudonymEnd(b, at: k) ?? k) : k
            while e < n, b[e] != UInt8(ascii: "*"), b[e] != UInt8(ascii: "~"), b[e] != 0x0A, b[e] != 0x0D, b[e] != UInt8(ascii: "\""),
                  !(b[e] == UInt8(ascii: "\\") && e + 1 < n && (b[e + 1] == UInt8(ascii: "n") || b[e + 1] == UInt8(ascii: "r"))) { e += 1 }
            if element == 1 { qualifier = k..<e }
            // NM102 `2`: a non-person entity (a payer, a hospital); its name and id stay.
            if element == 2, e == k + 1, b[k] == UInt8(ascii: "2"), ASCII.hasPrefix(b, at: i, exactly: "NM1") { break }
            if e > k, let key = segment.elements.first(where: { $0.0 == element })?.1 {
                let ssn = ASCII.hasPrefix(b, at: i, exactly: "REF") && qualifier.count == 2 && ASCII.hasPrefix(b, at: qualifier.lowerBound, exactly: "SY")
                if let rule = ssn ? fieldRule(forLiteralKey: "ssn") : fieldRule(forLiteralKey: key), compiled.active[rule].action != .keep,
                   !Self.isPseudonym(b, k..<e), Self.alreadyScrubbedEnd(b, k..<e) != e {
                    spans.append(TextSpan(k..<e, rule: rule, kind: .field, precedence: 20))
                    appended = true
                }
            }
            guard e < n, b[e] == UInt8(ascii: "*"), element < 16 else { break }
            element += 1
            k = e + 1
        }
        return appended
    }
}
