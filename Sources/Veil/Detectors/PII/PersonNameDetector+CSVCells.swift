/// A person's given and family names in two neighbouring cells of a CSV row, as pipelines log
/// rejected rows: `row 1532 rejected: 17,"Jane","Whitaker","jane.whitaker@hotmail.co.uk",…`,
/// `19,Precious,Adeyemi,p.adeyemi@gmail.com,…`.
///
/// **Trigger**: a capitalised word that starts a cell (after `,` or `,"`). **Accepts** a listed
/// given name (one that is also an English word only in a row with an e-mail address) as the whole cell, then a next cell of one
/// capitalised word (letters, `'`, `-`), quoted alike, followed by `,` or the line's end; and
/// either that word is a listed family name or the row holds an e-mail address (`@`).
///
/// **Returns** the two names' ranges.
extension PersonNameDetector {
    package static func csvNamePair(_ b: Bytes, at i: Int) -> (given: Range<Int>, family: Range<Int>)? {
        let n = b.count
        guard i >= 1, i + 5 < n, ASCII.isUpper(b[i]) else { return nil }
        let quoted = b[i - 1] == UInt8(ascii: "\"")
        guard quoted ? i >= 2 && b[i - 2] == UInt8(ascii: ",") : b[i - 1] == UInt8(ascii: ",") else { return nil }
        let given = i..<csvWordEnd(b, i + 1)
        guard given.count >= 2, given.count <= 20 else { return nil }
        var k = given.upperBound
        if quoted { guard k < n, b[k] == UInt8(ascii: "\"") else { return nil }; k += 1 }
        guard k + 2 < n, b[k] == UInt8(ascii: ",") else { return nil }
        k += 1
        if quoted { guard b[k] == UInt8(ascii: "\"") else { return nil }; k += 1 }
        guard k < n, ASCII.isUpper(b[k]) else { return nil }
        var e = k + 1
        while e < n, e - k <= 30, ASCII.isLetter(b[e]) || b[e] >= 0x80 || b[e] == UInt8(ascii: "'") || b[e] == UInt8(ascii: "-") { e += 1 }
        let family = k..<e
        guard family.count >= 2, family.count <= 30 else { return nil }
        if quoted { guard e < n, b[e] == UInt8(ascii: "\"") else { return nil }; e += 1 }
        guard e == n || b[e] == UInt8(ascii: ",") || b[e] == 0x0D else { return nil }
        guard given.allSatisfy({ $0 == given.lowerBound || ASCII.isLower(b[$0]) || b[$0] >= 0x80 }),
              PersonNameDetector.given.contains(b, given) || givenAlsoWord.contains(b, given) else { return nil }
        // (A given name that is also a word, `Precious`, `Grace`, only in a row with an e-mail address.)
        let hasAddress = b.contains(UInt8(ascii: "@"))
        guard !givenAlsoWord.contains(b, given) || hasAddress else { return nil }
        guard PersonNameDetector.family.contains(b, family) || hasAddress else { return nil }
        return (given, family)
    }

    /// The end of the letters (ASCII or not) from `k`.
    private static func csvWordEnd(_ b: Bytes, _ k: Int) -> Int {
        var e = k
        while e < b.count, e - k < 24, ASCII.isLower(b[e]) || b[e] >= 0x80 { e += 1 }
        return e
    }
}
