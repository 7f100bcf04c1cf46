/// HL7 v2 messages in integration-engine and EHR logs: segments of `|`-separated fields whose
/// meaning is their position — `PID|1||123456^^^HOSP^MR||DOE^JOHN^A||19800101|M|||123 MAIN
/// ST^^SPRINGFIELD^IL^62704||(217)555-0123|…`. No key names the name, the birth date or the
/// address, so each person field of the `PID`, `NK1`, `GT1` and `IN1` segments (and the providers
/// of `PV1`, `ORC` and `OBR`, the operator of `EVN`) takes the field
/// rule of the key that names it (`name`, `dob`, `address`, `phone`, `ssn`, `patient_id` …).
extension Scrubber {
    /// The person fields of a segment: (field number, key whose rule applies).
    struct HL7Segment {
        let id: StaticString
        let fields: [(Int, StaticString)]
    }

    static let hl7Segments: [HL7Segment] = [
        HL7Segment(id: "PID", fields: [(2, "patient_id"), (3, "patient_id"), (4, "patient_id"), (5, "name"), (6, "maiden_name"), (7, "dob"),
                                       (9, "name"), (11, "address"), (13, "phone"), (14, "phone"), (18, "account_number"), (19, "ssn"),
                                       (20, "driver_license"), (21, "name")]),
        HL7Segment(id: "NK1", fields: [(2, "name"), (4, "address"), (5, "phone"), (6, "phone"), (30, "name"), (32, "address")]),
        HL7Segment(id: "GT1", fields: [(3, "name"), (4, "name"), (5, "address"), (6, "phone"), (7, "phone"), (8, "dob"), (12, "ssn")]),
        HL7Segment(id: "IN1", fields: [(16, "name"), (18, "dob"), (19, "address"), (36, "policy_number"), (49, "patient_id")]),
        // Providers (`1234567893^OKAFOR^CHINEDU^^^DR`: NPI, family and given name): attending, referring,
        // consulting and admitting doctors; the ordering provider of an order and an observation.
        // (`PV1-19`, the visit number, names the patient's stay.)
        HL7Segment(id: "PV1", fields: [(7, "name"), (8, "name"), (9, "name"), (17, "name"), (19, "patient_id")]),
        // The event's operator, `EVN|A04|20240314091200|||JHARTMAN^Hartman^Julie^^^RN`.
        HL7Segment(id: "EVN", fields: [(5, "name")]),
        // (An order's `ORC-10` entered by, `ORC-11` verified by, `ORC-19` action by; an observation's
        // `OBR-10` collector, `OBR-28` result copies to; `OBX-16` the responsible observer.)
        HL7Segment(id: "ORC", fields: [(10, "name"), (11, "name"), (12, "name"), (19, "name")]),
        HL7Segment(id: "OBR", fields: [(10, "name"), (16, "name"), (28, "name")]),
        HL7Segment(id: "OBX", fields: [(16, "name")]),
    ]

    /// `PID|`, `NK1|`, `GT1|`, `IN1|` … at `i` at the start of a segment: the line's start, after
    /// white space, a quote, `=`, a carriage return or newline (also escaped: `\r`, `\n`).
    @inline(__always)
    static func isHL7SegmentStart(_ b: Bytes, _ i: Int) -> Bool {
        guard i + 4 < b.count, b[i + 3] == UInt8(ascii: "|") else { return false }
        guard i > 0 else { return true }
        switch b[i - 1] {
        case 0x0D, 0x0A, 0x20, 0x09, UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "="): return true  // (`segment=PID|…`)
        case UInt8(ascii: "r"), UInt8(ascii: "n"): return i >= 2 && b[i - 2] == UInt8(ascii: "\\")
        default: return false
        }
    }

    /// At a segment start: appends a span for each non-empty person field (out of scan order;
    /// detectors still scan the segment). Returns true when it appended one.
    func hl7PersonFields(_ b: Bytes, at i: Int, floor: Int, spans: inout [TextSpan]) -> Bool {
        guard i >= floor, let segment = Self.hl7Segments.first(where: { ASCII.hasPrefix(b, at: i, exactly: $0.id) }) else { return false }
        let n = b.count
        var appended = false
        var field = 1
        var k = i + 4
        var wanted = 0  // index into segment.fields, ascending by field number
        while k <= n, wanted < segment.fields.count {
            // The field's end: the next `|`, or the segment's end.
            var e = k
            while e < n, b[e] != UInt8(ascii: "|"), !Self.endsHL7Segment(b, e) { e += 1 }
            while wanted < segment.fields.count, segment.fields[wanted].0 < field { wanted += 1 }
            // White space before the segment's end is no part of the field (`PID|3|x|Bearer ` at a
            // line's end): kept in the value, a second pass read the pseudonym and the space as a
            // new value.
            var valueEnd = e
            while valueEnd > k, b[valueEnd - 1] == 0x20 || b[valueEnd - 1] == 0x09 { valueEnd -= 1 }
            if wanted < segment.fields.count, segment.fields[wanted].0 == field, valueEnd > k,
               let rule = fieldRule(forLiteralKey: segment.fields[wanted].1), compiled.active[rule].action != .keep, !(valueEnd - k == 2 && b[k] == UInt8(ascii: "\"") && b[k + 1] == UInt8(ascii: "\"")),
               let hit = fieldValue(b, rule: rule, valueStart: k, valueEnd: valueEnd, afterPairSeparator: false), let span = hit.span {
                spans.append(span)
                appended = true
            }
            guard e < n, b[e] == UInt8(ascii: "|") else { break }
            field += 1
            k = e + 1
        }
        return appended
    }

    /// A carriage return or newline, real or escaped (`\r`, `\n`), or a closing quote: the end of
    /// a segment.
    @inline(__always)
    static func endsHL7Segment(_ b: Bytes, _ k: Int) -> Bool {
        let x = b[k]
        if x == 0x0D || x == 0x0A || x == UInt8(ascii: "\"") { return true }
        return x == UInt8(ascii: "\\") && k + 1 < b.count && (b[k + 1] == UInt8(ascii: "r") || b[k + 1] == UInt8(ascii: "n"))
    }

}
