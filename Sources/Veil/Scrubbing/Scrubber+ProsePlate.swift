/// A number plate named in prose: `vehicle LK19 XWT (VW Golf …)`, `Kennzeichen M-JW 4821`,
/// `immat. GE-512-VX`, `license plate 7XKM482`, `targa AB 123 CD`.
///
/// The phrase (any case, at a word start; an optional `:` or `#` after it) and one space, then
/// a plate in groups (``Scrubber/plateEnd(_:from:)``: capitals and digits, a letter and a digit,
/// 5 to 10 of them; not a label such as `ID`, `NO`, `VIN`). The value takes the rule of the `license_plate` key.
extension Scrubber {
    static let platePhrases: [StaticString] = [
        "license plate", "licence plate", "number plate", "plate", "kennzeichen", "immat.", "immatriculation",
        "kenteken", "targa", "placa", "plaka", "vehicle", "vrm",
    ]

    /// Whether a plate phrase may start with these two bytes (lower-cased).
    @inline(__always)
    static func mayStartPlatePhrase(_ lower: UInt8, _ second: UInt8) -> Bool {
        switch (lower, second) {
        case (UInt8(ascii: "p"), UInt8(ascii: "l")), (UInt8(ascii: "l"), UInt8(ascii: "i")), (UInt8(ascii: "n"), UInt8(ascii: "u")),
             (UInt8(ascii: "k"), UInt8(ascii: "e")), (UInt8(ascii: "i"), UInt8(ascii: "m")), (UInt8(ascii: "t"), UInt8(ascii: "a")),
             (UInt8(ascii: "v"), UInt8(ascii: "e")), (UInt8(ascii: "v"), UInt8(ascii: "r")):
            return true
        default:
            return false
        }
    }

    /// The plate after a phrase starting at `at`, or nil.
    static func prosePlate(_ b: Bytes, at: Int) -> Range<Int>? {
        let n = b.count
        guard at == 0 || !(ASCII.isAlnum(b[at - 1]) || b[at - 1] == UInt8(ascii: "_") || b[at - 1] == UInt8(ascii: ".")) else { return nil }
        for phrase in platePhrases {
            let length = phrase.utf8CodeUnitCount
            guard at + length + 2 < n, ASCII.hasPrefix(b, at: at, lowercased: phrase) else { continue }
            var v = at + length
            // (`plates`, `vehicles`: a longer word.)
            if phrase.utf8Start[length - 1] != UInt8(ascii: "."), ASCII.isAlnum(b[v]) || b[v] == UInt8(ascii: "_") { continue }
            if b[v] == UInt8(ascii: ":") || b[v] == UInt8(ascii: "#") { v += 1 }
            guard v + 1 < n, b[v] == 0x20 else { return nil }
            v += 1
            // (`vehicle ID 42`, `vehicle VIN …`: a label, not a plate; prose needs five characters.)
            for label: StaticString in ["ID ", "NO ", "NR ", "VIN ", "ID-"] where ASCII.hasPrefix(b, at: v, exactly: label) { return nil }
            guard let end = plateEnd(b, from: v), b[v..<end].count(where: ASCII.isAlnum) >= 5 else { return nil }
            return v..<end
        }
        return nil
    }
}
