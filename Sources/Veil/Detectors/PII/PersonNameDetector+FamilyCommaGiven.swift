/// A name written family name first with a comma in free text, as library, rental and HR
/// systems print a person: `(Wojcik, Agnieszka)`, `driver="Schneider, Lukas"`, `Smith, John
/// called`.
///
/// **Trigger**: a capitalised word followed by `, ` and another capitalised word. **Accepts**
/// a listed given name (not one that is also a word or a place: `Paris, France`) as the second word, and either a listed
/// family name as the first or quotes or brackets around the pair (`"…"`, `(…)`, `'…'`). Quoted or in
/// brackets, an East Asian family name takes any given names (`'Nguyen, Bao Ngoc'`).
///
/// **Returns** the range from the family name through the given name.
extension PersonNameDetector {
    package static func familyCommaGiven(_ b: Bytes, at i: Int) -> Range<Int>? {
        let n = b.count
        // (`Öztürk, Mehmet`: a capital outside ASCII is two bytes.)
        let initial = upperInitialLength(b, i)
        guard i + 6 < n, initial > 0 else { return nil }
        // `O'Sullivan`: read from the `O`, not from the letter after the apostrophe.
        if i >= 2, b[i - 1] == UInt8(ascii: "'"), ASCII.isUpper(b[i - 2]), i == 2 || !ASCII.isLetter(b[i - 3]) { return nil }
        var e = i + initial
        if initial == 1, b[e] == UInt8(ascii: "'"), ASCII.isUpper(b[e + 1]) { e += 2 }
        while e < n, e - i <= 24, ASCII.isLower(b[e]) || b[e] >= 0x80 { e += 1 }
        e = Self.hyphenatedEnd(b, e, limit: 24)  // `Okafor-Williams, Chidi`
        // Two family names (`García López, María`).
        var first = i..<e
        if e + 4 < n, b[e] == 0x20, ASCII.isUpper(b[e + 1]) {
            var f = e + 2
            while f < n, f - e <= 24, ASCII.isLower(b[f]) || b[f] >= 0x80 { f += 1 }
            if f - e >= 3, f < n, b[f] == UInt8(ascii: ",") { first = i..<e; e = f }
        }
        let family = i..<e
        guard first.count >= 2, e + 3 < n, b[e] == UInt8(ascii: ","), b[e + 1] == 0x20 else { return nil }
        // (`Åsa`, `Élodie`: a capital outside ASCII is two bytes.)
        let givenInitial = upperInitialLength(b, e + 2)
        guard givenInitial > 0 else { return nil }
        var g = e + 2 + givenInitial
        while g < n, g - e <= 24, ASCII.isLower(b[g]) || b[g] >= 0x80 { g += 1 }
        let given = (e + 2)..<g
        let opener: UInt8 = i > 0 ? b[i - 1] : 0x20
        let framed = opener == UInt8(ascii: "\"") || opener == UInt8(ascii: "'") || opener == UInt8(ascii: "(")
        // (Quoted or in brackets, an East Asian family name is enough, whose given names the lists
        // know less: `for 'Nguyen, Bao Ngoc'`. `(Smith, Inc)` stays.)
        let familyListed = PersonNameDetector.family.contains(b, first) && !notFamily.contains(b, first)
        let asianFamily = familyFirst.contains(b, first) || vietnameseFamily.contains(b, first)
        guard given.count >= 3, (PersonNameDetector.given.contains(b, given) && !givenAlsoWord.contains(b, given)) || (framed && asianFamily),
              !placeNames.contains(b, given), !placeNames.contains(b, family) else { return nil }
        g = Self.hyphenatedEnd(b, g, limit: 16)  // `Dubois, Jean-Luc`
        // `'Nguyen, Bao Ngoc'`: a second given name before the closing quote or bracket.
        if framed, g + 3 < n, b[g] == 0x20, ASCII.isUpper(b[g + 1]) {
            var h = g + 2
            while h < n, h - g <= 24, ASCII.isLower(b[h]) || b[h] >= 0x80 { h += 1 }
            if h - g >= 3, h < n, b[h] == opener || (opener == UInt8(ascii: "(") && b[h] == UInt8(ascii: ")")) { g = h }
        }
        // What closes the pair: white space, punctuation, a quote or a bracket (not a letter).
        guard g == n || !(ASCII.isAlnum(b[g]) || b[g] == UInt8(ascii: "-")) else { return nil }
        // `María del Carmen`: a given name's particle and second word.
        if g + 4 < n, b[g] == 0x20, let end = familyNameAfterParticles(b, g + 1) { g = end }
        let enclosed = framed && g < n && (b[g] == opener || (opener == UInt8(ascii: "(") && b[g] == UInt8(ascii: ")")))
        guard enclosed || familyListed else { return nil }
        return i..<g
    }

    /// From a capitalised word's end `e`: past `-` and one more capitalised word (`-Luc`,
    /// `-Williams`, `-Ève`, at most `limit` bytes), or `e` itself.
    static func hyphenatedEnd(_ b: Bytes, _ e: Int, limit: Int) -> Int {
        let n = b.count
        guard e + 3 < n, b[e] == UInt8(ascii: "-") else { return e }
        let initial = upperInitialLength(b, e + 1)
        guard initial > 0, e + 1 + initial < n, ASCII.isLower(b[e + 1 + initial]) || b[e + 1 + initial] >= 0x80 else { return e }
        var f = e + 1 + initial
        while f < n, f - e <= limit, ASCII.isLower(b[f]) || b[f] >= 0x80 { f += 1 }
        return f
    }

    /// The end of a word in capitals from `from` (`GONZÁLEZ`, `O'BRIEN`, `SCHWARZENBERG-ALTHOFF`:
    /// ASCII and Latin-1 capitals, `'` and `-` between capitals), at most 30 bytes.
    static func capitalsWordEnd(_ b: Bytes, _ from: Int) -> Int {
        let n = b.count
        var e = from
        while e < n, e - from <= 30 {
            if ASCII.isUpper(b[e]) { e += 1; continue }
            if b[e] == 0xC3, e + 1 < n, b[e + 1] >= 0x80, b[e + 1] <= 0x9E, b[e + 1] != 0x97 { e += 2; continue }
            if b[e] == UInt8(ascii: "'") || b[e] == UInt8(ascii: "-"), e > from, e + 1 < n, ASCII.isUpper(b[e + 1]) { e += 1; continue }
            break
        }
        return e
    }

    /// Places that are also listed names (`Paris, France`, `Jordan, Israel`, `Austin, Texas`).
    static let placeNames = WordTable("""
        France Israel India Kenya China Georgia Virginia Carolina Florida Dakota Savannah Sydney Adelaide Victoria Florence
        Austin Chad Jordan Asia Africa America Brooklyn Paris Lorraine Holland Lincoln Chelsea Devon Kent Ireland Scotland
        Wales England London Berlin Madrid Rome Vienna Orlando Dallas Houston Phoenix Denver Aurora Tyler Troy Camden Eugene
        Charlotte Alexandria Cleveland Jackson Madison Raleigh Salem Mercedes Santiago Lima Quebec Montreal Cairo Sofia Helena
        Oman Atlanta Milan Kingston Regina Indiana Monaco Montenegro Palau Hamilton Porto York Richmond
        """)
}

extension PersonNameDetector {
    /// A CSV cell or quoted field in capitals, family name first (Epic's and Cerner's access logs,
    /// GDS and insurer exports): `"PATEL, JAYESH"`, `"FERREIRA DA SILVA, MARIANA"`, `"BA, OUSMANE"`.
    /// **Accepts**, right after `"`, one to four words of capitals (`'` and `-` inside), `, `, one or two
    /// words of capitals of which the first is a listed given name or the family's first word a
    /// listed family name, then the closing `"`. **Returns** the cell's content.
    static func quotedCapitalsFamilyCommaGiven(_ b: Bytes, at i: Int) -> Range<Int>? {
        let n = b.count
        guard i >= 1, b[i - 1] == UInt8(ascii: "\""), i + 5 < n, ASCII.isUpper(b[i]), ASCII.isUpper(b[i + 1]) else { return nil }
        func word(_ from: Int) -> Int { capitalsWordEnd(b, from) }
        var e = word(i)
        let familyFirst = i..<e
        var words = 1
        while e + 1 < n, b[e] == 0x20, ASCII.isUpper(b[e + 1]), words < 4 { e = word(e + 1); words += 1 }
        guard e + 3 < n, b[e] == UInt8(ascii: ","), b[e + 1] == 0x20, ASCII.isUpper(b[e + 2]) else { return nil }
        let givenStart = e + 2
        var g = word(givenStart)
        let given = givenStart..<g
        if g + 1 < n, b[g] == 0x20, ASCII.isUpper(b[g + 1]) { g = word(g + 1) }
        // (`JEAN-LUC`: the first part of a hyphenated given name is looked up.)
        var givenFirst = given
        if let hyphen = b[given].firstIndex(of: UInt8(ascii: "-")) { givenFirst = given.lowerBound..<hyphen }
        guard g < n, b[g] == UInt8(ascii: "\""), given.count >= 2,
              Self.given.containsCapitalised(b, givenFirst) || (familyFirst.count >= 2 && Self.family.containsCapitalised(b, familyFirst)) else { return nil }
        return i..<g
    }

    /// The same in free text, after a space, `(`, `:`, `'` or `=` (claim translators and eligibility checks:
    /// `Coverage active for GONZÁLEZ, MARÍA JOSÉ dob=…`, `for patient SCHWARZENBERG-ALTHOFF,
    /// KONSTANTIN`). One or two family words in capitals (Latin-1 capitals, `'` and `-` inside),
    /// `, `, and one or two given words of which the first is a listed given name and no place
    /// (`PARIS, FRANCE` stays), the family no word logs write in capitals before a name (`WARN,
    /// DANIEL` stays); no letter or digit after them. Framed by `(`, `'` or `=` (`(BROOKS, JAYLEN)`,
    /// a lab system's `pt=VU, THI HUONG`), a listed family name is enough, and the given names may
    /// be any words in capitals of three letters or more; without the space (`ordering=HENDERSON,MARK
    /// MD`) both names must be listed.
    static func capitalsFamilyCommaGiven(_ b: Bytes, at i: Int) -> Range<Int>? {
        let n = b.count
        let opener: UInt8 = i == 0 ? 0x20 : b[i - 1]
        guard i + 6 < n, opener == 0x20 || opener == UInt8(ascii: "(") || opener == UInt8(ascii: ":") || opener == UInt8(ascii: "=") || opener == UInt8(ascii: "'") else { return nil }
        func word(_ from: Int) -> Int { capitalsWordEnd(b, from) }
        var e = word(i)
        guard e - i >= 2 else { return nil }
        let familyFirst = i..<e
        if e + 2 < n, b[e] == 0x20, ASCII.isUpper(b[e + 1]) {
            let f = word(e + 1)
            if f - e > 2, f < n, b[f] == UInt8(ascii: ",") { e = f }
        }
        guard e + 3 < n, b[e] == UInt8(ascii: ",") else { return nil }
        let spaced = b[e + 1] == 0x20
        let givenStart = spaced ? e + 2 : e + 1
        guard ASCII.isUpper(b[givenStart]) || b[givenStart] == 0xC3 else { return nil }
        var g = word(givenStart)
        let given = givenStart..<g
        guard given.count >= 3, !placeNames.containsCapitalised(b, given), !placeNames.containsCapitalised(b, familyFirst),
              !capitalWordsBeforeNames.contains(b, familyFirst) else { return nil }
        let givenListed = Self.given.containsCapitalised(b, given)
        let familyListed = Self.family.containsCapitalised(b, familyFirst)
        let framed = opener == UInt8(ascii: "(") || opener == UInt8(ascii: "'") || opener == UInt8(ascii: "=")
        guard spaced ? givenListed || (framed && familyListed) : givenListed && familyListed else { return nil }
        if g + 2 < n, b[g] == 0x20, ASCII.isUpper(b[g + 1]) {
            let h = word(g + 1)
            if h - g > 2, Self.given.containsCapitalised(b, (g + 1)..<h) {
                g = h
            } else if h - g > 3, framed, familyListed, h == n || !(ASCII.isAlnum(b[h]) || b[h] >= 0x80 || b[h] == UInt8(ascii: "_")) {
                g = h
            }
        }
        guard g == n || !(ASCII.isAlnum(b[g]) || b[g] >= 0x80 || b[g] == UInt8(ascii: "_")) else { return nil }
        return i..<g
    }
}

extension PersonNameDetector {
    /// An HL7 person name outside its segment, where integration engines echo it in prose:
    /// `for patient 'MÜLLER^JOHANNES'`, `-> EMPI E-77120394 for SANTOS^BEATRIZ^CAROLINA`.
    /// **Accepts** after white space, a quote, `(`, `[`, `=` or `:` a word in capitals, `^`, a word
    /// in capitals, and up to two more `^`-joined words (middle names); the family name or the given
    /// name listed, no place and no word logs write in capitals before a name; no letter or digit
    /// after. **Returns** the name's components.
    static func caretFamilyGiven(_ b: Bytes, at i: Int) -> Range<Int>? {
        let n = b.count
        let opener: UInt8 = i == 0 ? 0x20 : b[i - 1]
        switch opener {
        case 0x20, 0x09, UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "="), UInt8(ascii: ":"): break
        default: return nil
        }
        let e = capitalsWordEnd(b, i)
        guard e - i >= 2, e + 3 < n, b[e] == UInt8(ascii: "^") else { return nil }
        let g = capitalsWordEnd(b, e + 1)
        guard g - e > 2 else { return nil }
        let family = i..<e, given = (e + 1)..<g
        guard Self.family.containsCapitalised(b, family) || Self.given.containsCapitalised(b, given),
              !placeNames.containsCapitalised(b, family), !capitalWordsBeforeNames.contains(b, family) else { return nil }
        var end = g
        for _ in 0..<2 {
            guard end + 2 < n, b[end] == UInt8(ascii: "^") else { break }
            let w = capitalsWordEnd(b, end + 1)
            guard w - end > 1 else { break }
            end = w
        }
        guard end == n || !(ASCII.isAlnum(b[end]) || b[end] >= 0x80 || b[end] == UInt8(ascii: "_")) else { return nil }
        return i..<end
    }
}
