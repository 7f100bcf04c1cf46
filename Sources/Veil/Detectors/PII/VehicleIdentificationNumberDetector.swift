/// Vehicle identification numbers (ISO 3779) found without a key, as telematics and fleet APIs
/// put them in paths and topics (`/api/1/vehicles/LRW3E7EK4NC481732/vehicle_data`,
/// `topic=vehicles/WVWZZZE19PP012345/telemetry`): 17 capitals and digits without `I`, `O` or `Q`,
/// a model-year code in tenth place, and the check digit in ninth place (North America's rule,
/// which most makers apply everywhere) — a random 17-character id passes all three rarely.
///
/// **Accepts** a VIN not glued to a letter, digit or `_`. **Returns** its range.
package enum VehicleIdentificationNumberDetector {
    package static func match(_ b: Bytes, at: Int) -> Range<Int>? {
        let e = at + 17
        guard e <= b.count, at == 0 || !(ASCII.isAlnum(b[at - 1]) || b[at - 1] == UInt8(ascii: "_")),
              e == b.count || !(ASCII.isAlnum(b[e]) || b[e] == UInt8(ascii: "_")) else { return nil }
        var sum = 0
        var letters = 0, digits = 0
        for k in 0..<17 {
            let x = b[at + k]
            let value: Int
            if ASCII.isDigit(x) {
                value = Int(x) - 48
                digits += 1
            } else if ASCII.isUpper(x), let v = transliteration[Int(x - UInt8(ascii: "A"))] {
                value = v
                letters += 1
            } else {
                return nil
            }
            sum += value * weights[k]
        }
        guard letters >= 2, digits >= 5 else { return nil }
        // The model year: no `0`, `U` or `Z` (and never `I`, `O`, `Q`).
        let year = b[at + 9]
        guard year != UInt8(ascii: "0"), year != UInt8(ascii: "U"), year != UInt8(ascii: "Z") else { return nil }
        let check = sum % 11
        let expected = check == 10 ? UInt8(ascii: "X") : UInt8(48 + check)
        return b[at + 8] == expected ? at..<e : nil
    }

    /// A–Z to their values; nil for `I`, `O` and `Q`.
    private static let transliteration: [Int?] = [1, 2, 3, 4, 5, 6, 7, 8, nil, 1, 2, 3, 4, 5, nil, 7, nil, 9, 2, 3, 4, 5, 6, 7, 8, 9]
    private static let weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
}
