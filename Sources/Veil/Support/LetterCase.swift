/// Lower-casing of the capitals that keys in other scripts start with, for matching key names:
/// `Пароль`, `ФИО`, `ΑΦΜ`, `Όνομα`, `Név`, `Číslo` match `пароль`, `фио`, `αφμ`, `όνομα`, `név`,
/// `číslo`. Covers the two-byte UTF-8 capitals of Latin-1, Latin Extended-A, Greek and
/// Cyrillic (with its extensions for Ukrainian and Central Asian languages); each folds to a
/// letter of the same UTF-8 length, so a key's length does not change.
package enum LetterCase {
    /// The lower-case form of the two-byte letter `lead trail`; nil when it is no capital this
    /// covers. (Turkish `İ` is left: its lower case is the ASCII `i` plus a combining dot.)
    @inline(__always)
    package static func lower(_ lead: UInt8, _ trail: UInt8) -> (UInt8, UInt8)? {
        guard lead >= 0xC3, lead <= 0xD3, trail & 0xC0 == 0x80 else { return nil }
        let scalar = Int(lead & 0x1F) << 6 | Int(trail & 0x3F)
        let lower: Int
        switch scalar {
        case 0xC0...0xDE where scalar != 0xD7: lower = scalar + 0x20  // À…Þ (not ×)
        case 0x100...0x137 where scalar & 1 == 0 && scalar != 0x130, 0x14A...0x177 where scalar & 1 == 0: lower = scalar + 1
        case 0x139...0x148 where scalar & 1 == 1, 0x179...0x17E where scalar & 1 == 1: lower = scalar + 1
        case 0x386: lower = 0x3AC  // Ά
        case 0x388...0x38A: lower = scalar + 0x25  // Έ Ή Ί
        case 0x38C: lower = 0x3CC  // Ό
        case 0x38E, 0x38F: lower = scalar + 0x3F  // Ύ Ώ
        case 0x391...0x3A9 where scalar != 0x3A2: lower = scalar + 0x20  // Α…Ω
        case 0x400...0x40F: lower = scalar + 0x50  // Ѐ…Џ (Є І Ї Ў)
        case 0x410...0x42F: lower = scalar + 0x20  // А…Я
        case 0x460...0x481 where scalar & 1 == 0, 0x48A...0x4BF where scalar & 1 == 0, 0x4D0...0x4FF where scalar & 1 == 0: lower = scalar + 1  // Ґ Қ Ң Ү Ә …
        default: return nil
        }
        return (UInt8(0xC0 | lower >> 6), UInt8(0x80 | lower & 0x3F))
    }

    /// The first `count` of `bytes` with every capital ``lower(_:_:)`` covers folded, in place.
    package static func fold(_ bytes: UnsafeMutableBufferPointer<UInt8>, count: Int) {
        var i = 0
        while i + 1 < count {
            if bytes[i] >= 0xC3, let (a, b) = lower(bytes[i], bytes[i + 1]) {
                bytes[i] = a
                bytes[i + 1] = b
                i += 2
            } else {
                i += 1
            }
        }
    }

    /// The base letters of U+00C0…U+017F (Latin-1 and Latin Extended-A), `?` where a letter
    /// has none of one byte (`Æ`, `ß`, `Œ`, `×`).
    private static let latinBases: [UInt8] = Array("AAAAAA?CEEEEIIIIDNOOOOO?OUUUUY??aaaaaa?ceeeeiiiidnooooo?ouuuuy?yAaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi??JjKk?LlLlLlLlLlNnNnNn???OoOoOo??RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs".utf8)

    /// The lower-case ASCII letters of `word` with accents dropped (`Lefèvre` → `lefevre`,
    /// `Dvořák` → `dvorak`); nil when it holds anything else (a digit, a sign, a letter of
    /// another script, `ß`).
    package static func asciiBase(_ word: Bytes.SubSequence) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(word.count)
        var i = word.startIndex
        while i < word.endIndex {
            let x = word[i]
            if ASCII.isLetter(x) {
                out.append(ASCII.lower(x))
                i += 1
                continue
            }
            guard x >= 0xC3, x <= 0xC5, i + 1 < word.endIndex, word[i + 1] & 0xC0 == 0x80 else { return nil }
            let scalar = Int(x & 0x1F) << 6 | Int(word[i + 1] & 0x3F)
            guard scalar >= 0xC0, scalar < 0x180 else { return nil }
            let base = latinBases[scalar - 0xC0]
            guard base != UInt8(ascii: "?") else { return nil }
            out.append(ASCII.lower(base))
            i += 2
        }
        return out
    }
}
