/// The administrative order of French, Italian, Polish and many other records: the family name in
/// capitals, then the given name (`DUPONT Jean`, `MARTIN Jean-Baptiste`, `N'DIAYE Éloïse`,
/// `LE GOFF Maëlle`, `KOWALCZYK Tomasz`, `RAGHUNATHAN Priya`).
///
/// **Trigger**: a word of two or more capitals. **Accepts** an optional particle in capitals
/// (`LE`, `DE`, `VAN` …), a family name of capitals (and `'` or `-` between them, 4–24 bytes;
/// a listed family name, five bytes or more, or after a particle), one space, and a listed given name that is
/// no English word, capitalised (`Jean`, `Éloïse`), with a second one joined by `-` or a space
/// (`Jean-Baptiste`, `Maria José`). **Rejects** log levels, HTTP methods and other words logs
/// write in capitals before a name (`INFO Daniel`, `ERROR Michael`, `USER Priya`).
extension PersonNameDetector {
    static func familyCapitalsGiven(_ b: Bytes, at: Int) -> Range<Int>? {
        let n = b.count
        if at > 0 {
            let p = b[at - 1]
            if ASCII.isAlnum(p) || p == UInt8(ascii: "/") || p == UInt8(ascii: "\\") || p == UInt8(ascii: ".") || p == UInt8(ascii: "_")
                || p == UInt8(ascii: "-") || p == UInt8(ascii: "@") || p >= 0x80 { return nil }
            // (Inside `N'DIAYE`: the name starts at its `N`.)
            if p == UInt8(ascii: "'"), at >= 2, ASCII.isUpper(b[at - 2]) { return nil }
        }
        @inline(__always) func capitalsEnd(_ k: Int) -> Int {
            var e = k
            while e < n, e - k <= 24, ASCII.isUpper(b[e]) || ((b[e] == UInt8(ascii: "'") || b[e] == UInt8(ascii: "-")) && e > k && e + 1 < n && ASCII.isUpper(b[e + 1])) { e += 1 }
            return e
        }
        var familyStart = at
        var e = capitalsEnd(at)
        // `LE GOFF`, `DE LA CRUZ`, `VAN DER BERG`: particles first.
        var particles = 0
        while particles < 2, e + 1 < n, b[e] == 0x20, e - familyStart <= 3,
              capitalParticles.contains(b, familyStart..<e), ASCII.isUpper(b[e + 1]) {
            familyStart = e + 1
            e = capitalsEnd(familyStart)
            particles += 1
        }
        let family = familyStart..<e
        guard family.count >= 3, e + 3 < n, b[e] == 0x20, !capitalWordsBeforeNames.contains(b, family) else { return nil }
        let listedFamily = PersonNameDetector.family.containsCapitalised(b, family)
        // (Acronyms are short: `NASA Jean`, `USA Maria` are none; `LE GOFF` has its particle.)
        guard family.count >= 4, listedFamily || family.count >= 5 || particles > 0 else { return nil }
        // The given name: capitalised, listed, no English word.
        let g = e + 1
        let u = upperInitialLength(b, g)
        guard u > 0, g + u < n, ASCII.isLower(b[g + u]) || b[g + u] >= 0x80 else { return nil }
        var gEnd = g + u
        while gEnd < n, gEnd - g <= 24, ASCII.isLower(b[gEnd]) || b[gEnd] >= 0x80 { gEnd += 1 }
        guard given.contains(b, g..<gEnd), !givenAlsoWord.contains(b, g..<gEnd) else { return nil }
        var end = gEnd
        // `Jean-Baptiste`, `Maria José`: a second given name.
        if end + 2 < n, b[end] == UInt8(ascii: "-") || b[end] == 0x20, upperInitialLength(b, end + 1) > 0 {
            var f = end + 1 + upperInitialLength(b, end + 1)
            while f < n, f - end <= 24, ASCII.isLower(b[f]) || b[f] >= 0x80 { f += 1 }
            if given.contains(b, (end + 1)..<f) { end = f }
        }
        if end < n, ASCII.isAlnum(b[end]) || b[end] == UInt8(ascii: "_") || b[end] == UInt8(ascii: "@") { return nil }
        return at..<end
    }

    private static let capitalParticles = WordTable("LE LA DE DU DA DI DEL DELLA DOS DAS VAN VON DER DEN TEN TER AL EL BIN")

    /// Words logs write in capitals before a name that are no family names.
    static let capitalWordsBeforeNames = WordTable("""
        INFO WARN WARNING ERROR DEBUG TRACE FATAL NOTICE CRITICAL ALERT SEVERE FINE FINER FINEST EMERG CRIT ERR \
        FAIL FAILED FAILURE SUCCESS OK DONE DENY DENIED ALLOW ALLOWED GRANTED REJECTED ACCEPTED BLOCKED \
        GET POST PUT DELETE PATCH HEAD OPTIONS USER USERS AUTH LOGIN LOGOUT ADMIN ROOT SYSTEM SERVICE \
        API URL URI HTTP HTTPS SQL JSON XML UTC GMT CET CEST EST PST AM PM NEW OLD TODO NOTE ATTN FYI \
        CEO CTO CFO COO VIP MR MRS MS MISS DR PROF SIR MADAM DEAR HELLO HI TO FROM FOR CC BCC RE FW FWD \
        CALL SMS MSG TEXT NAME NOM NOME NOMBRE NACHNAME VORNAME PRENOM PATIENT CLIENT CUSTOMER EMPLOYEE \
        STAFF TEAM DEPT EVENT ACTION STATUS RESULT TYPE MODE ROLE GROUP LEVEL PRIORITY REQUEST RESPONSE \
        CHECK TEST DEMO PROD STAGING DEV BETA ALPHA RELEASE BUILD VERSION UPDATE CREATE INSERT SELECT
        """)
}
