/// An address under its key runs past a comma when the next part belongs to the same address:
/// a flat, house or building (`Apt 4B`, `д. 7, кв. 12`, `101동 1203호`), a street after the town
/// (`1052 Budapest, Váci utca 10`). A town after the street (`12 Main St, Springfield`) ends it.
extension Scrubber {
    /// Words that start a part of an address after a comma: a flat, house, building or street
    /// (`Apt 4B`, `Suite 200`, `д. 7`, `кв. 12`, `ул. Тверская`, `вул. Хрещатик`, `буд. 22`), or a
    /// house number with a Korean or Japanese counter (`101동`, `1203호`, `3丁目`).
    static func startsAddressPart(_ b: Bytes, _ at: Int) -> Bool {
        let n = b.count
        var k = at
        while k < n, ASCII.isDigit(b[k]) { k += 1 }
        if k > at {
            // A house number with a counter glued to it; a bare number (`, 10115 Berlin`) is a postcode
            // that a town follows, kept as before.
            return k < n && b[k] >= 0xE0
        }
        for word in addressPartWords {
            let count = word.utf8CodeUnitCount
            guard at + count < n, ASCII.hasPrefix(b, at: at, lowercased: word) else { continue }
            let next = b[at + count]
            if next == 0x20 || next == UInt8(ascii: ".") || next == UInt8(ascii: "#") { return true }
        }
        // `1052 Budapest, Váci utca 10`, `110 00 Praha 1, Václavské náměstí 832`: a name, then a
        // street word, after the town.
        var e = at
        while e < n, e - at < 40, ASCII.isLetter(b[e]) || b[e] >= 0x80 { e += 1 }
        guard e > at, e + 1 < n, b[e] == 0x20 else { return false }
        for word in streetWords where ASCII.hasPrefix(b, at: e + 1, lowercased: word) {
            let after = e + 1 + word.utf8CodeUnitCount
            if after == n || b[after] == 0x20 || b[after] == UInt8(ascii: ",") || b[after] == UInt8(ascii: ".") { return true }
        }
        return false
    }

    /// Street words that follow a street's name (Hungarian, Czech, Slovak, Polish, German, Dutch).
    static let streetWords: [StaticString] = [
        "utca", "út", "tér", "körút", "ulice", "ulica", "náměstí", "námestie", "třída", "aleja", "straße", "strasse", "weg", "gasse", "platz", "straat", "laan", "plein",
    ]

    static let addressPartWords: [StaticString] = [
        "apt", "apartment", "suite", "ste", "unit", "flat", "floor", "fl", "bldg", "building", "room", "rm",
        "ул", "д", "дом", "кв", "корп", "стр", "пер", "просп", "пр-т", "наб", "мкр", "вул", "буд", "пров",
    ]
}
