/// A person's given and family names in two neighbouring cells of a CSV row, as pipelines log
/// rejected rows: `row 1532 rejected: 17,"Jane","Whitaker","jane.whitaker@hotmail.co.uk",…`,
/// `19,Precious,Adeyemi,p.adeyemi@gmail.com,…`.
///
/// **Trigger**: a capitalised word that starts a cell (after `,` or `,"`; `;` and `;"` too). **Accepts** a listed
/// given name (one that is also an English word only in a row with an e-mail address) as the whole cell, then a next cell of one
/// capitalised word (letters, `'`, `-`) or a family name with particles (`de Vries`, `Ruiz de Oyarzábal`), quoted
/// alike, followed by the same separator or the line's end; and either that word is a listed family name or
/// the row holds an e-mail address (`@`). Before a family name with particles, in a row with an e-mail
/// address, the given name need not be listed (`Sanne,de Vries`).
///
/// **Returns** the two names' ranges.
extension PersonNameDetector {
    package static func csvNamePair(_ b: Bytes, at i: Int) -> (given: Range<Int>, family: Range<Int>)? {
        let n = b.count
        guard let (quoted, separator) = cellOpening(b, i) else { return nil }
        let given = i..<csvWordEnd(b, i + 1)
        guard given.count >= 2, given.count <= 20 else { return nil }
        var k = given.upperBound
        if quoted { guard k < n, b[k] == UInt8(ascii: "\"") else { return nil }; k += 1 }
        guard k + 2 < n, b[k] == separator else { return nil }
        k += 1
        if quoted { guard b[k] == UInt8(ascii: "\"") else { return nil }; k += 1 }
        // A family name with particles: `de Vries`, `Ruiz de Oyarzábal`, `Ní Dhomhnaill`, `van der Berg`.
        var particled = false
        var e: Int
        if k < n, startsParticle(b, k) || upperInitialLength(b, k) > 0, let end = familyNameAfterParticles(b, k) {
            e = end
            particled = true
        } else {
            guard k < n, ASCII.isUpper(b[k]) else { return nil }
            e = k + 1
            while e < n, e - k <= 30, ASCII.isLetter(b[e]) || b[e] >= 0x80 || b[e] == UInt8(ascii: "'") || b[e] == UInt8(ascii: "-") { e += 1 }
            if e + 3 < n, b[e] == 0x20, startsParticle(b, e + 1), let end = familyNameAfterParticles(b, e + 1) { e = end; particled = true }
        }
        let family = k..<e
        guard family.count >= 2, family.count <= 40 else { return nil }
        if quoted { guard e < n, b[e] == UInt8(ascii: "\"") else { return nil }; e += 1 }
        guard e == n || b[e] == separator || b[e] == 0x0D else { return nil }
        let hasAddress = b.contains(UInt8(ascii: "@"))
        // (An unlisted given name before a family name with particles, in a row with an e-mail address: `Sanne,de Vries`.)
        guard given.allSatisfy({ $0 == given.lowerBound || ASCII.isLower(b[$0]) || b[$0] >= 0x80 }),
              PersonNameDetector.given.contains(b, given) || givenAlsoWord.contains(b, given) || (particled && hasAddress) else { return nil }
        // (A given name that is also a word, `Precious`, `Grace`, only in a row with an e-mail address.)
        guard !givenAlsoWord.contains(b, given) || hasAddress else { return nil }
        guard PersonNameDetector.family.contains(b, family) || hasAddress else { return nil }
        return (given, family)
    }

    /// The other order, family name first (crew lists, payroll and payment exports):
    /// `CL241118;Haugland;Ingrid;F;…`, `H2A-0417,Hernández Ruiz,Óscar,912-78-4410,…`,
    /// `"Shevchenko","Oleksandr","Chief Engineer"`. The family cell holds one to three
    /// capitalised words (letters, `'`, `-`), the next cell — same separator, `,` or `;`, quoted
    /// alike — one or two capitalised words of which the first is a listed given name that is no
    /// English word (two words: both listed given names); the family cell is not one itself unless
    /// the family list holds it too (`Jane,Doe` is the order above; `Yilmaz;Elif` is this one), and
    /// neither is a place's name (``placeNames``). Either the family name is listed, or the row has
    /// at least three separators of that kind and the family cell is no common word (`Door`).
    package static func csvFamilyGivenPair(_ b: Bytes, at i: Int) -> (family: Range<Int>, given: Range<Int>)? {
        let n = b.count
        guard let (quoted, separator) = cellOpening(b, i) else { return nil }
        /// Capitalised words from `k` (at most `limit`), up to the cell's end; the end, the first
        /// and the last word.
        func words(_ k: Int, limit: Int) -> (end: Int, first: Range<Int>, last: Range<Int>)? {
            var w = k, count = 0
            var first = k..<k
            while count < limit {
                guard w < n, ASCII.isUpper(b[w]) || (b[w] >= 0xC3 && b[w] <= 0xC5) else { return nil }
                var e = w + 1
                while e < n, e - w <= 30, ASCII.isLetter(b[e]) || b[e] >= 0x80 || b[e] == UInt8(ascii: "'") || b[e] == UInt8(ascii: "-") { e += 1 }
                guard e - w >= 2, !b[w..<e].contains(where: ASCII.isDigit) else { return nil }
                if count == 0 { first = w..<e }
                count += 1
                guard e + 1 < n, b[e] == 0x20 else { return (e, first, w..<e) }
                w = e + 1
            }
            return nil
        }
        guard let (familyEnd, familyFirst, _) = words(i, limit: 3) else { return nil }
        var k = familyEnd
        if quoted { guard k < n, b[k] == UInt8(ascii: "\"") else { return nil }; k += 1 }
        guard k + 2 < n, b[k] == separator else { return nil }
        k += 1
        if quoted { guard b[k] == UInt8(ascii: "\"") else { return nil }; k += 1 }
        guard let (givenEnd, givenFirst, givenLast) = words(k, limit: 2) else { return nil }
        var e = givenEnd
        if quoted { guard e < n, b[e] == UInt8(ascii: "\"") else { return nil }; e += 1 }
        guard e == n || b[e] == separator || b[e] == 0x0D else { return nil }
        // (Two given names, `Venkata Subrahmanya`; a given and a family name, `Marisol Gutiérrez`, is
        // a full name after a label: `ADNA-KIT-US,Marisol Gutiérrez-Ybarra`, `Door,Kofi Mensah`.)
        guard PersonNameDetector.given.contains(b, givenFirst), !givenAlsoWord.contains(b, givenFirst),
              givenLast == givenFirst || PersonNameDetector.given.contains(b, givenLast),
              !placeNames.contains(b, familyFirst), !placeNames.contains(b, givenFirst) else { return nil }
        let familyListed = PersonNameDetector.family.contains(b, familyFirst)
        guard familyListed || !PersonNameDetector.given.contains(b, familyFirst) else { return nil }
        guard familyListed || (b.count(where: { $0 == separator }) >= 3 && !notFamily.contains(b, familyFirst)) else { return nil }
        return (i..<familyEnd, k..<givenEnd)
    }

    /// A capitalised cell's start at `i`: whether it is quoted, and the separator before it
    /// (`,` or, in European exports, `;`), or nil.
    private static func cellOpening(_ b: Bytes, _ i: Int) -> (quoted: Bool, separator: UInt8)? {
        guard i >= 1, i + 5 < b.count, ASCII.isUpper(b[i]) else { return nil }
        let quoted = b[i - 1] == UInt8(ascii: "\"")
        // (A JSON array's first string, `["Daniel","Kowalczyk",…]`, as SQL consoles log a result row.)
        if quoted, i >= 2, b[i - 2] == UInt8(ascii: "[") { return (true, UInt8(ascii: ",")) }
        let separator = quoted ? (i >= 2 ? b[i - 2] : 0) : b[i - 1]
        return separator == UInt8(ascii: ",") || separator == UInt8(ascii: ";") ? (quoted, separator) : nil
    }

    /// The end of the letters (ASCII or not) from `k`.
    private static func csvWordEnd(_ b: Bytes, _ k: Int) -> Int {
        var e = k
        while e < b.count, e - k < 24, ASCII.isLower(b[e]) || b[e] >= 0x80 { e += 1 }
        return e
    }
}
