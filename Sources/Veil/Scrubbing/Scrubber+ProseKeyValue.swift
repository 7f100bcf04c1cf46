/// Short keys that prose writes without a separator, before a value of a telling shape:
/// `exp 12/29 cvv 123`, `DOB 03/14/1975`, `(MRN 00123456)`, `MRN# 4829130`. With `:` or `=`
/// they are ordinary pairs (key context); here the value's shape stands in for the separator.
///
/// - `cvv`, `cvc`, `cvv2`, `cvc2`, `csc`: 3 or 4 digits;
/// - `dob`: a date of digits with `/`, `-` or `.` between the parts (`03/14/1975`, `1975-03-14`);
/// - `mrn`: 5…12 digits, letters and `-` with at least four digits.
///
/// The key's own field rule decides what happens (the default pack redacts card security
/// codes and dates of birth and pseudonymises medical record numbers as `patient_id`).
extension Scrubber {
    /// The key word at `at` (a word start) and its value, when both fit; nil otherwise.
    static func proseKeyValue(_ b: Bytes, at: Int) -> (key: Range<Int>, value: Range<Int>)? {
        let n = b.count
        var k = at
        while k < n, k - at <= 4, ASCII.isAlnum(b[k]) { k += 1 }
        let key = at..<k
        guard k - at >= 3, k - at <= 4, k + 2 < n, b[k] == 0x20 || b[k] == UInt8(ascii: "#") else { return nil }
        var v = k
        if b[v] == UInt8(ascii: "#") { v += 1 }
        if v < n, b[v] == 0x20 { v += 1 }
        if v < n, b[v] == UInt8(ascii: "#") { v += 1 }
        guard v < n, v > k else { return nil }
        let shape: Shape
        if key.count == 3, ASCII.hasPrefix(b, at: at, lowercased: "dob") { shape = .date }
        else if key.count == 3, ASCII.hasPrefix(b, at: at, lowercased: "mrn") { shape = .recordNumber }
        else if ASCII.hasPrefix(b, at: at, lowercased: "cvv") || ASCII.hasPrefix(b, at: at, lowercased: "cvc") {
            guard key.count == 3 || b[at + 3] == UInt8(ascii: "2") else { return nil }
            shape = .securityCode
        } else if key.count == 3, ASCII.hasPrefix(b, at: at, lowercased: "csc") { shape = .securityCode }
        else { return nil }
        guard let end = shape.valueEnd(b, from: v), end == n || !ASCII.isAlnum(b[end]) else { return nil }
        return (key, v..<end)
    }

    enum Shape {
        case securityCode, date, recordNumber

        /// The end of a value of this shape that starts at `v`, or nil.
        func valueEnd(_ b: Bytes, from v: Int) -> Int? {
            let n = b.count
            switch self {
            case .securityCode:
                let e = CredentialScan.runEnd(b, from: v, ASCII.isDigit)
                return e - v >= 3 && e - v <= 4 ? e : nil
            case .date:
                var e = v, parts = 0
                while parts < 3 {
                    let s = e
                    e = CredentialScan.runEnd(b, from: e, ASCII.isDigit)
                    guard e - s >= 1, e - s <= 4 else { return nil }
                    parts += 1
                    if parts < 3 {
                        guard e + 1 < n, b[e] == UInt8(ascii: "/") || b[e] == UInt8(ascii: "-") || b[e] == UInt8(ascii: ".") else { return nil }
                        e += 1
                    }
                }
                // A sentence's full stop after the year is not part of the date.
                return e
            case .recordNumber:
                var e = v, digits = 0
                while e < n, e - v <= 12, ASCII.isAlnum(b[e]) || b[e] == UInt8(ascii: "-") {
                    if ASCII.isDigit(b[e]) { digits += 1 }
                    e += 1
                }
                return e - v >= 5 && e - v <= 12 && digits >= 4 ? e : nil
            }
        }
    }
}
