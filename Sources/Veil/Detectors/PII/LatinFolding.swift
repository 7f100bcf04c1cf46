/// Latin letters with diacritics folded to ASCII (`á` → `a`, `Ç` → `C`, `ł` → `l`, `ß` → `ss`),
/// for looking up a name written with diacritics in lists that spell it in ASCII (`Siobhán` as
/// `Siobhan`, `İsmail` as `Ismail`). Not the other way: the lists' ASCII forms of their
/// accented names can be English words (`Márk`, `Páris`).
enum LatinFolding {
    /// The ASCII spelling of U+00C0…U+017F (empty: no letter, such as `×` and `÷`).
    static let table: [StaticString] = [
        "A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I", "I",
        "D", "N", "O", "O", "O", "O", "O", "", "O", "U", "U", "U", "U", "Y", "Th", "ss",
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",
        "A", "a", "A", "a", "A", "a", "C", "c", "C", "c", "C", "c", "C", "c", "D", "d",
        "D", "d", "E", "e", "E", "e", "E", "e", "E", "e", "E", "e", "G", "g", "G", "g",
        "G", "g", "G", "g", "H", "h", "H", "h", "I", "i", "I", "i", "I", "i", "I", "i",
        "I", "i", "IJ", "ij", "J", "j", "K", "k", "k", "L", "l", "L", "l", "L", "l", "L",
        "l", "L", "l", "N", "n", "N", "n", "N", "n", "n", "N", "n", "O", "o", "O", "o",
        "O", "o", "OE", "oe", "R", "r", "R", "r", "R", "r", "S", "s", "S", "s", "S", "s",
        "S", "s", "T", "t", "T", "t", "T", "t", "U", "u", "U", "u", "U", "u", "U", "u",
        "U", "u", "U", "u", "W", "w", "Y", "y", "Y", "Z", "z", "Z", "z", "Z", "z", "s",
    ]

    /// The ASCII spelling of the two-byte UTF-8 character `lead`, `trail` when it is a Latin
    /// letter of U+00C0…U+017F with a spelling, or nil.
    @inline(__always)
    static func spelling(_ lead: UInt8, _ trail: UInt8) -> StaticString? {
        guard lead >= 0xC3, lead <= 0xC5, trail & 0xC0 == 0x80 else { return nil }
        let s = table[(Int(lead) - 0xC3) << 6 | Int(trail & 0x3F)]
        return s.utf8CodeUnitCount > 0 ? s : nil
    }
}
