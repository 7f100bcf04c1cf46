/// ASTM E1394 (LIS2-A2) records, as laboratory analysers and their middleware log the frames they
/// exchange: `<STX>2P|1|||100234|91022708463|^Kowalczyk^Zofia^^||19910227|F|||||^Nowak<CR><ETX>1F`,
/// `4R|1|^^^^WBC^1|6.42|10*3/uL||N||||MSZYMANSKA||20240603075105`. No key names a field; its
/// position and shape do. In a patient (`P`) record: the patient ids (fields 3–6; a field with
/// `^` and letters there is the name, as vendors shift it), the name and the mother's maiden name
/// (6, 7), the birth date (8 or 9, eight digits), the address (11), the telephone (13) and the
/// attending physician (14, or 15 in a shifted record). In a result (`R`) record: the operator (11).
extension Scrubber {
    /// At a record's type letter (`P` or `R` before `|`, at a line's start or after a frame
    /// number): appends a span per person field. True when it appended one.
    func astmRecordFields(_ b: Bytes, at i: Int, floor: Int, spans: inout [TextSpan]) -> Bool {
        let n = b.count
        guard i >= floor, i + 2 < n, b[i + 1] == UInt8(ascii: "|"), b[i] == UInt8(ascii: "P") || b[i] == UInt8(ascii: "R"),
              i + 3 < n, ASCII.isDigit(b[i + 2]) else { return false }
        let patient = b[i] == UInt8(ascii: "P")
        var appended = false
        var field = 2
        var k = i + 2
        while k <= n, field <= 15 {
            var e = k
            while e < n, b[e] != UInt8(ascii: "|"), b[e] != 0x0D, b[e] != 0x0A, !(b[e] == UInt8(ascii: "<") && (ASCII.hasPrefix(b, at: e, exactly: "<CR>") || ASCII.hasPrefix(b, at: e, exactly: "<ETX>"))) { e += 1 }
            // The value without its edge `^` separators.
            var s = k, t = e
            while s < t, b[s] == UInt8(ascii: "^") { s += 1 }
            while t > s, b[t - 1] == UInt8(ascii: "^") || b[t - 1] == 0x20 { t -= 1 }
            if t > s, let key = Self.astmFieldKey(b, s..<t, field: field, patient: patient), let rule = fieldRule(forLiteralKey: key),
               compiled.active[rule].action != .keep, !Self.isPseudonym(b, s..<t), Self.placeholderEnd(b, at: s) == nil {
                spans.append(TextSpan(s..<t, rule: rule, kind: .field, precedence: 20))
                appended = true
            }
            guard e < n, b[e] == UInt8(ascii: "|") else { break }
            k = e + 1
            field += 1
        }
        return appended
    }

    /// The key whose rule a record's field takes, by its number and shape.
    private static func astmFieldKey(_ b: Bytes, _ r: Range<Int>, field: Int, patient: Bool) -> StaticString? {
        let letters = b[r].contains(where: ASCII.isLetter)
        let allDigits = b[r].allSatisfy(ASCII.isDigit)
        guard patient else { return field == 11 && letters ? "username" : nil }
        switch field {
        case 3...6: return letters && b[r].contains(UInt8(ascii: "^")) ? "name" : "patient_id"
        case 7: return letters ? "name" : (allDigits && r.count == 8 ? "dob" : nil)
        case 8, 9: return allDigits && (r.count == 8 || r.count == 14) ? "dob" : nil
        case 11: return "address"
        case 13: return "phone"
        case 14, 15: return letters ? "name" : nil  // (one later when a vendor shifts the record)
        default: return nil
        }
    }
}
