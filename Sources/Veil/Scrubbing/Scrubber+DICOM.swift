/// DICOM data elements as dump tools print them, one per line:
/// - dcmtk's `dcmdump`: `(0010,0010) PN [DOE^JANE]   #   8, 1 PatientName`;
/// - pydicom's `print(ds)`: `(0010, 0010) Patient's Name    PN: 'NAKASHIMA^KENJI'`.
///
/// A person name (value representation `PN`: patients, physicians, operators) takes the name
/// rule; in the patient group (0010): the patient's id, birth date, address and telephone take
/// their keys' rules. Other elements (dates of a study, UIDs, an institution) stay.
extension Scrubber {
    /// At the `(` of a DICOM tag: the element's value and the rule for it, or nil.
    func dicomElement(_ b: Bytes, open i: Int) -> (value: Range<Int>, rule: Int)? {
        let n = b.count
        guard i + 14 < n, b[i + 5] == UInt8(ascii: ","), Self.isHex4(b, i + 1) else { return nil }
        var k = i + 6
        if b[k] == 0x20 { k += 1 }  // pydicom's `(0010, 0010)`
        guard k + 5 < n, Self.isHex4(b, k), b[k + 4] == UInt8(ascii: ")") else { return nil }
        let group = b[(i + 1)..<(i + 5)], element = b[k..<(k + 4)]
        k += 5
        // The value representation and the value: ` PN [value]` (dcmdump) or `… PN: 'value'` (pydicom).
        var vr = -1, open = -1
        if k + 5 < n, b[k] == 0x20, ASCII.isUpper(b[k + 1]), ASCII.isUpper(b[k + 2]), b[k + 3] == 0x20, b[k + 4] == UInt8(ascii: "[") {
            vr = k + 1; open = k + 4
        } else {
            var e = k
            while e + 5 < n, e - k <= 64 {
                if b[e] == 0x20, ASCII.isUpper(b[e + 1]), ASCII.isUpper(b[e + 2]), b[e + 3] == UInt8(ascii: ":"), b[e + 4] == 0x20,
                   b[e + 5] == UInt8(ascii: "'") || b[e + 5] == UInt8(ascii: "\"") {
                    vr = e + 1; open = e + 5
                    break
                }
                e += 1
            }
        }
        guard vr >= 0, open + 1 < n else { return nil }
        // A first pass's placeholder (`DA [[REDACTED:dob]]`) holds the closing bracket itself.
        if b[open + 1] == UInt8(ascii: "["), Self.placeholderEnd(b, at: open + 1) != nil { return nil }
        let close: UInt8 = b[open] == UInt8(ascii: "[") ? UInt8(ascii: "]") : b[open]
        guard let end = b[(open + 1)..<min(n, open + 1 + 1024)].firstIndex(of: close), end > open + 1 else { return nil }
        let value = (open + 1)..<end
        let isPersonName = b[vr] == UInt8(ascii: "P") && b[vr + 1] == UInt8(ascii: "N")
        let key: StaticString?
        if isPersonName {
            key = "name"
        } else if group.elementsEqual("0010".utf8) {
            switch String(decoding: element, as: UTF8.self).lowercased() {
            case "0020", "1000": key = "patient_id"  // PatientID, OtherPatientIDs
            case "0030": key = "birthdate"
            case "1040": key = "address"
            case "2154": key = "phone"
            default: key = nil
            }
        } else {
            key = nil
        }
        guard let key, let rule = fieldRule(forLiteralKey: key), compiled.active[rule].action != .keep,
              !Self.isPseudonym(b, value), Self.alreadyScrubbedEnd(b, value) != value.upperBound else { return nil }
        return (value, rule)
    }

    /// Four hexadecimal digits at `at`.
    static func isHex4(_ b: Bytes, _ at: Int) -> Bool {
        guard at + 4 <= b.count else { return false }
        for k in at..<(at + 4) where !(ASCII.isDigit(b[k]) || (b[k] | 0x20 >= UInt8(ascii: "a") && b[k] | 0x20 <= UInt8(ascii: "f"))) { return false }
        return true
    }
}
