/// Personal names in free text: `Victor Hugo`, `Maria Garcia-Lopez`, `Hans Müller`,
/// `John Q. Public`, `Mary Ann O'Neil`, and names after an honorific (`Mr. Smith`,
/// `Dr. Jane Roe`).
///
/// **Trigger**: called at a word that starts with an upper-case ASCII letter followed by a
/// lower-case one.
///
/// **Accepts** a given name (or two joined by `-`: `Jean-Luc`) from ``NameLists/given`` (about 15 900 names of 54 Latin-script
/// locales — European, Indian, Turkish, Indonesian, West and East African, romanised
/// Chinese … —, written capitalised, without the ones that are also English words or
/// product names — `Mark`, `Max`, `Job`, `Aurora`), one space, an optional middle initial
/// (`Q.`) or middle given name, and a capitalised family name, after up to three particles
/// (`van der`, `de la`, `bin`) (letters, UTF-8 letters,
/// `Mc`/`De`-style inner capitals, `-` or `'` before another capital). A family name that
/// is not in ``NameLists/family`` must not be one of the capitalised words logs put after a
/// name-like word (`Server`, `Data`, `Service` …). After `Mr`/`Mrs`/`Ms`/`Miss`/`Mx`/`Dr`/`Prof`
/// (with or without `.`), one to three capitalised words are the name.
///
/// **Returns** the name (given to family name; after an honorific, the words after it).
///
/// A listed given name alone counts after a greeting (`Hello, Jane!`, `Hi Priya,`, `Dear Hans`).
///
/// Names in capitals (`ANDREW WILSON`) are ``matchUpperCase(_:at:floor:)``'s: both words listed.
///
/// **Rejects** a single given name elsewhere (`to Victor at`), all-caps words, words
/// glued to `/`, `\`, `.`, `_`, `-`, `@` (paths, identifiers), names followed by a letter,
/// digit, `_`, `@` or `.letter` (`John.Smith@…` is the e-mail detector's), and any given
/// name the list does not hold — names of other cultures stay unless a key or phrasing
/// names them (documented in docs/limits.md).
package enum PersonNameDetector {
    static let given = WordTable(NameLists.given)
    static let family = WordTable(NameLists.family)

    /// A capitalised common word (`Support`, `Admin`) that is no listed given or family name.
    static func isCommonWord(_ b: Bytes, _ r: Range<Int>) -> Bool {
        !given.contains(b, r) && !family.contains(b, r) && notFamily.contains(b, r)
    }

    /// Whether a lower-case word is a given or family name of the lists (`jane`, `smith`).
    static func isListedName(lowercased b: Bytes, _ r: Range<Int>) -> Bool {
        given.containsWithInitialCapital(b, r) || family.containsWithInitialCapital(b, r)
    }
    /// Capitalised words that follow a name-like word in logs and are no family name.
    static let notFamily = WordTable("""
        Server Servers Service Services Client Clients Error Errors Request Requests Response Data Center \
        Manager Controller Handler Worker Workers Thread Pool Queue Job Jobs Task Tasks Cache Config \
        Configuration Update Updates Release Version Build Test Tests Mode Retry Retries Timeout Size \
        Count Limit Level Status Event Events Message Messages Module Plugin Plugins Health Check Cluster \
        Node Nodes Pod Pods Container Image Volume Network Proxy Gateway Router Route File Files Disk \
        Memory Load Batch Scheduler Order Orders Payment Payments Invoice Cart Product Products Item Items \
        Account Accounts Profile Login Logout Access Policy Role Group Team Project Branch Commit Tag \
        Feature Flag Setting Settings Option Options Query Result Results Body Header Headers Cookie \
        Content Type Code Exception Stack Main App Application Web Api API Http Database Table Index \
        Key Value Default Local Remote Public Private Internal External Primary Secondary Replica \
        Report Reports Dashboard Portal Console Admin Administrator Support Sales Marketing Finance \
        Team Agent Bot Daemon Engine Framework Library Driver Adapter Connector Bridge Hub Lab Labs \
        Cloud Studio Store Shop Bank Card Inc Ltd LLC GmbH Corp Corporation Company Group Foundation \
        University College School Hospital Clinic Street Avenue Road Lane Drive Boulevard Way Place \
        Court Square Park Station Airport Hotel Mall Building Tower Floor Room Office Region Zone \
        North South East West Central Upper Lower New Old Start Stop Started Stopped Running Failed \
        Success Succeeded Completed Pending Created Deleted Updated Saved Loaded Ready Done \
        Static Site Word Excel Code Stack Pipeline Stream Streams Kit Tools Suite Pro Plus Lite Edition \
        Express Enterprise Standard Premium Basic Free Drive Mail Maps Play Pay Wallet Market Share Link \
        Net Soft Tech Systems Solutions Works Holdings Partners Capital Ventures Media News Times Post \
        Journal Review Online Live Direct Connect Sync Cast Box Dock Port Gate Tunnel Shield Guard Watch \
        Alert Monitor Tracker Scanner Reader Writer Parser Builder Runner Loader Viewer Editor Player \
        Cup Final Award Prize Trophy Day Week Month Year Time Date Launch Campaign Sale Offer Deal \
        Gold Silver Bronze Platinum Mono Serif Controls Read Unread
        """)
    /// Given names left out of ``NameLists/given`` because they are also words, places or
    /// products (`Charlotte`, `Grace`, `Jackson`), among the ones people are often called: a
    /// name only before a listed family name (``givenFirstName(_:at:firstEnd:)``): `Mark Evans`,
    /// `Bill Turner`. `Max`, `Olive`, `Autumn`, `Summer` and US states and cities stay out
    /// (`Max Price`, `Olive Green`, `Georgia Power`), and `Read` is no family name (`Mark Read`).
    static let givenAlsoWord = WordTable("""
        Charlotte Grace Victoria Florence Chelsea Hazel Ivy Willow Rowan Ruby Julia June April \
        Christian Noel Faith Jackson Chase Grant Eugene Jordan Stella Iris Aria Sydney Madison \
        Travis Jasper Cassandra Jessie Sonny Patience Prudence Trinity Destiny Harmony Serenity \
        Clementine Luna Hope Joy Mark Bill Will Rob Pat Wade Dawn Lance Amber Angel Roman Melody
        """)
    /// Of ``givenAlsoWord``, the ones a greeting is as likely to address as a word (`Hi Mark,`
    /// in a mail client's "mark as read", `Thanks Team`): no name even after a greeting.
    static let greetedWords = WordTable("Mark Bill Will Rob Pat Wade Lance Chase Grant Hope Joy Angel Roman June April Dawn Faith Patience Prudence Trinity Destiny Harmony Serenity Noel")
    static let honorifics: [StaticString] = ["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Herr", "Herrn", "Frau", "Dott", "Dra", "Sra", "Srta", "Mme", "Mlle", "Dhr", "Mevr"]

    @inline(__always)
    package static func match(_ b: Bytes, at: Int, floor: Int) -> Range<Int>? {
        guard at >= floor, at + 4 < b.count else { return nil }
        if ASCII.isUpper(b[at]) {
            guard ASCII.isLower(b[at + 1]) || b[at + 1] >= 0x80 else { return nil }  // `Sören`
        } else {
            guard upperInitialLength(b, at) == 2 else { return nil }  // `Élodie`, `Łukasz`
        }
        return matchSlow(b, at: at)
    }

    /// 1 for an ASCII capital, 2 for a capital Latin letter in UTF-8 (`À`–`Þ`, Latin Extended-A:
    /// `Ł`, `Š`, `Č`, `Ž` …), 0 otherwise.
    @inline(__always)
    static func upperInitialLength(_ b: Bytes, _ at: Int) -> Int {
        guard at < b.count else { return 0 }
        let x = b[at]
        if ASCII.isUpper(x) { return 1 }
        guard x >= 0xC3, x <= 0xC5, at + 1 < b.count else { return 0 }
        let y = b[at + 1]
        switch x {
        case 0xC3: return y >= 0x80 && y <= 0x9E && y != 0x97 ? 2 : 0
        case 0xC4: return (y >= 0x80 && y <= 0xB6 && y & 1 == 0) || y == 0xB9 || y == 0xBB || y == 0xBD || y == 0xBF ? 2 : 0
        default: return y == 0x81 || y == 0x83 || y == 0x85 || y == 0x87 || (y >= 0x8A && y <= 0xB6 && y & 1 == 0) || y == 0xB8 || y == 0xB9 || y == 0xBB || y == 0xBD ? 2 : 0
        }
    }

    @inline(never)
    static func matchSlow(_ b: Bytes, at: Int) -> Range<Int>? {
        let firstEnd = wordEnd(b, at)
        guard firstEnd < b.count else { return nil }
        if at > 0 {
            switch b[at - 1] {
            case UInt8(ascii: "/"), UInt8(ascii: "_"), UInt8(ascii: "-"): return underscoreJoined(b, at: at, firstEnd: firstEnd)
            case UInt8(ascii: "\\"), UInt8(ascii: "."), UInt8(ascii: "@"), UInt8(ascii: "~"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "*"): return nil
            default: break
            }
        }
        if b[firstEnd] == UInt8(ascii: "_") { return underscoreJoined(b, at: at, firstEnd: firstEnd) }
        guard var r = givenFirstName(b, at: at, firstEnd: firstEnd) ?? familyFirstName(b, at: at, firstEnd: firstEnd) ?? koreanName(b, at: at)
                ?? afterRoleWord(b, at: at) ?? afterYourServiceRole(b, at: at) else { return nil }
        if isBrandName(b, r) { return nil }
        // A quoted name's last word, whatever it is: `"Alberta Bobbeth Charleson"`.
        // (A JSON string's content is scanned on its own: from its start to its end.)
        if at == 0 || b[at - 1] == UInt8(ascii: "\"") || b[at - 1] == UInt8(ascii: "'"), let e = lastWordBeforeQuote(b, r.upperBound, quote: at == 0 ? nil : b[at - 1]) {
            r = r.lowerBound..<e
        }
        return r
    }

    /// After a name that ends at `end`: when one more capitalised word follows and the closing
    /// `quote` (or, with none, the end of the text) comes right after it, that word's end.
    static func lastWordBeforeQuote(_ b: Bytes, _ end: Int, quote: UInt8?) -> Int? {
        guard end + 3 < b.count, b[end] == 0x20, upperInitialLength(b, end + 1) > 0, let e = familyName(b, end + 1) else { return nil }
        if let quote { return e < b.count && b[e] == quote ? e : nil }
        return e == b.count ? e : nil
    }

    /// A name in a file or resource name, its words joined by `_` (`Resume_Jane_Doe_2024.pdf`,
    /// `/uploads/Jane_Doe.jpg`): a listed given name and a listed family name (any capitalised
    /// word in a document's file name), both capitalised, ended by no lower-case letter
    /// (`Jane_Doesburg` is no `Doe`).
    static func underscoreJoined(_ b: Bytes, at: Int, firstEnd: Int) -> Range<Int>? {
        let n = b.count
        guard firstEnd + 3 < n, b[firstEnd] == UInt8(ascii: "_"), ASCII.isUpper(b[at]), ASCII.isUpper(b[firstEnd + 1]),
              firstEnd - at >= 3, given.contains(b, at..<firstEnd) else { return nil }
        let end = wordEnd(b, firstEnd + 1)
        guard end - firstEnd - 1 >= 2, !notFamily.contains(b, (firstEnd + 1)..<end),
              end == n || !(ASCII.isLower(b[end]) || b[end] >= 0x80) else { return nil }
        // An unlisted family name counts in a document's file name (`Resume_Priya_Raghunathan_2024.pdf`).
        guard family.contains(b, (firstEnd + 1)..<end) || (end - firstEnd - 1 >= 3 && isDocumentFileName(b, from: at, to: end)) else { return nil }
        return at..<end
    }

    /// True when the file-name token around `from..<to` (letters, digits, `_`, `-`) ends in a
    /// document's or a photo's extension (`.pdf`, `.docx`, `.jpg` …).
    static func isDocumentFileName(_ b: Bytes, from: Int, to: Int) -> Bool {
        var e = to
        while e < b.count, e - to < 64, ASCII.isAlnum(b[e]) || b[e] == UInt8(ascii: "_") || b[e] == UInt8(ascii: "-") { e += 1 }
        guard e + 3 < b.count, b[e] == UInt8(ascii: ".") else { return false }
        var x = e + 1
        while x < b.count, x - e <= 5, ASCII.isLetter(b[x]) { x += 1 }
        guard x == b.count || !ASCII.isAlnum(b[x]) else { return false }
        return documentExtensions.containsLowercased(b, (e + 1)..<x)
    }

    private static let documentExtensions = WordTable("pdf doc docx odt rtf txt jpg jpeg png heic tif tiff xlsx xls csv pages")

    /// Companies and brands named after their founders, as product feeds, payment and market
    /// data logs name them (`Calvin Klein price update`, `Morgan Stanley feed delayed`).
    static let brandNames: Set<[UInt8]> = Set([
        // Only combinations few people are called: `Tom Ford`, `Ann Taylor`, `John Lewis`, `Ted
        // Baker`, `Edward Jones` are common names and stay names (fail closed).
        "morgan stanley", "charles schwab", "louis vuitton", "calvin klein", "tommy hilfiger", "ralph lauren",
        "harley davidson", "henry schein", "philip morris", "hugo boss", "tory burch", "kate spade", "michael kors",
        "vera wang", "jimmy choo", "giorgio armani", "john deere", "martha stewart", "johnnie walker", "marc jacobs",
        "alexander mcqueen", "vince camuto", "estee lauder", "stella mccartney", "charlotte tilbury", "oscar mayer",
        "betty crocker", "walt disney", "arthur andersen", "thomson reuters", "ernst young", "dolce gabbana",
        "christian dior", "yves saint", "coco chanel",
    ].map { Array($0.utf8) })

    /// Whether `b[r]` is one of ``brandNames`` (any case).
    static func isBrandName(_ b: Bytes, _ r: Range<Int>) -> Bool {
        guard r.count <= 20 else { return false }
        return brandNames.contains(b[r].map { ASCII.lower($0) })
    }

    /// A name in the usual order (given name first) or after an honorific or a greeting.
    static func givenFirstName(_ b: Bytes, at: Int, firstEnd wordEnd1: Int) -> Range<Int>? {
        let n = b.count
        var firstEnd = wordEnd1
        if ASCII.isUpper(b[at]) {
            if let r = afterHonorific(b, at, firstEnd) { return r }
            if let r = afterGreeting(b, at, firstEnd) { return r }
        }
        // A compound given name of two listed given names (`Jean-Luc`, `Mary-Jane`, `Anne-Marie`).
        var compound = false
        if b[firstEnd] == UInt8(ascii: "-"), firstEnd + 3 < n, upperInitialLength(b, firstEnd + 1) > 0, ASCII.isLower(b[firstEnd + 2]) || b[firstEnd + 2] >= 0x80 {
            let secondEnd = wordEnd(b, firstEnd + 1)
            guard firstEnd - at >= 3, secondEnd - firstEnd - 1 >= 3, given.contains(b, at..<firstEnd), given.contains(b, (firstEnd + 1)..<secondEnd) else { return nil }
            firstEnd = secondEnd
            compound = true
            guard firstEnd < n else { return nil }
        }
        // A form-encoded query value (`?q=John+Smith`, `name=Jane+Doe&…`): `+` for the space.
        // (Also `%20` for the space: `?emp=Dmitri%20Volkov`; and a third part: `q=Ana+Maria+Popescu`.)
        if !compound, firstEnd + 2 < n, let space = formSpaceLength(b, firstEnd), at > 0,
           b[at - 1] == UInt8(ascii: "=") || b[at - 1] == UInt8(ascii: "+") || (at >= 3 && formSpaceLength(b, at - 3) == 3),
           firstEnd - at >= 3, given.contains(b, at..<firstEnd), var end = familyName(b, firstEnd + space) {
            if end + 2 < b.count, let next = formSpaceLength(b, end), ASCII.isUpper(b[end + next]),
               let third = familyName(b, end + next), third - end - next >= 3, !notFamily.contains(b, (end + next)..<third) {
                end = third
            }
            return at..<end
        }
        guard firstEnd - at >= 3, firstEnd - at <= 57, firstEnd + 2 < n, b[firstEnd] == 0x20,
              upperInitialLength(b, firstEnd + 1) > 0 || startsParticle(b, firstEnd + 1) else { return nil }
        if !compound, !given.contains(b, at..<firstEnd) {
            // `Charlotte Davies`, `Grace Hopper`: a given name that is also a word or a place
            // counts before a listed family name that is no word logs put after names.
            guard givenAlsoWord.contains(b, at..<firstEnd), let end = familyName(b, firstEnd + 1),
                  family.contains(b, (firstEnd + 1)..<end), !notFamily.contains(b, (firstEnd + 1)..<end) else { return nil }
            return at..<end
        }
        var k = firstEnd + 1
        var middleInitial = false
        // A middle initial (`John Q. Public`, `John Q Public`) or a middle given name (`Mary Ann Smith`).
        if k + 2 < n, ASCII.isUpper(b[k]), b[k + 1] == UInt8(ascii: ".") || b[k + 1] == 0x20 {
            var m = k + 1
            if b[m] == UInt8(ascii: ".") { m += 1 }
            if m + 1 < n, b[m] == 0x20, ASCII.isUpper(b[m + 1]) { k = m + 1; middleInitial = b[m - 1] == UInt8(ascii: ".") }
        } else {
            let middleEnd = wordEnd(b, k)
            if middleEnd + 1 < n, b[middleEnd] == 0x20, upperInitialLength(b, middleEnd + 1) > 0 || startsParticle(b, middleEnd + 1),
               ASCII.isLower(b[k + 1]), given.contains(b, k..<middleEnd),
               let end = familyNameAfterParticles(b, middleEnd + 1) ?? familyName(b, middleEnd + 1) {
                return at..<secondFamilyName(b, end)
            }
        }
        if let end = familyNameAfterParticles(b, k) { return at..<secondFamilyName(b, end) }
        // After a listed given name and a dotted initial, a common word is the family name too
        // (`John Q. Public`, `Jane A. Long`): the three together read as nothing else.
        guard let end = familyName(b, k, commonWords: middleInitial) else { return nil }
        return at..<secondFamilyName(b, end)
    }

    /// The length of a form-encoded space at `k`: 1 for `+`, 3 for `%20`; nil otherwise.
    static func formSpaceLength(_ b: Bytes, _ k: Int) -> Int? {
        if b[k] == UInt8(ascii: "+") { return 1 }
        if k + 3 < b.count, b[k] == UInt8(ascii: "%"), b[k + 1] == UInt8(ascii: "2"), b[k + 2] == UInt8(ascii: "0") { return 3 }
        return nil
    }

    /// A name written in capitals, as card and travel systems print it (`ANDREW WILSON`; not
    /// with particles or two family names): a listed given name and a listed family name, both all
    /// ASCII capitals, one space apart, not glued to a letter, digit, `_`, `@` or `.letter` after.
    /// Both words must be in the lists (`MAX RETRIES`, `GRACE PERIOD` stay).
    ///
    /// **Trigger**: `at` is an upper-case ASCII letter followed by another, not after a letter,
    /// digit or the characters that glue identifiers (`/ \ . _ - @`).
    static func matchUpperCase(_ b: Bytes, at: Int, floor: Int) -> Range<Int>? {
        let n = b.count
        guard at >= floor, at + 6 < n else { return nil }
        if at > 0 {
            let p = b[at - 1]
            if ASCII.isAlnum(p) || p == UInt8(ascii: "/") || p == UInt8(ascii: "\\") || p == UInt8(ascii: ".") || p == UInt8(ascii: "_")
                || p == UInt8(ascii: "-") || p == UInt8(ascii: "@") || p >= 0x80 { return nil }
        }
        var e = at
        while e < n, e - at <= 20, ASCII.isUpper(b[e]) { e += 1 }
        if e < n, b[e] == UInt8(ascii: "/") { return travelName(b, at: at, surnameEnd: e) }
        guard e - at >= 3, e - at <= 20, e + 3 < n, b[e] == 0x20, ASCII.isUpper(b[e + 1]), ASCII.isUpper(b[e + 2]) else { return nil }
        var f = e + 1
        while f < n, f - e <= 24, ASCII.isUpper(b[f]) { f += 1 }
        guard f - e - 1 >= 2, f - e - 1 <= 24 else { return nil }
        if f < n {
            let x = b[f]
            if ASCII.isAlnum(x) || x == UInt8(ascii: "_") || x == UInt8(ascii: "@") || x >= 0x80 { return nil }
            if x == UInt8(ascii: "."), f + 1 < n, ASCII.isAlnum(b[f + 1]) { return nil }
        }
        guard given.containsCapitalised(b, at..<e), family.containsCapitalised(b, (e + 1)..<f) else { return nil }
        return at..<f
    }

    /// Airline and travel systems' `SURNAME/GIVEN` (`SMITH/JOHN MR`, `GARCIA/MARIA ELENA MRS`): a
    /// title after it (`MR`, `MRS`, `MS`, `MISS`, `MSTR`, `DR`, `PROF`, `MX`) and either part a
    /// listed name, or a listed family name before the slash and a listed given name after it
    /// (`TCP/IP`, `AC/DC`, `TLS/SSL MR` stay).
    static func travelName(_ b: Bytes, at: Int, surnameEnd e: Int) -> Range<Int>? {
        let n = b.count
        guard e - at >= 2, e + 3 < n, ASCII.isUpper(b[e + 1]), ASCII.isUpper(b[e + 2]) else { return nil }
        var f = e + 1
        while f < n, f - e <= 24, ASCII.isUpper(b[f]) { f += 1 }
        var end = f
        // A second given name (`MARIA ELENA`) before the title.
        var k = f
        var titled = false
        for _ in 0..<2 {
            guard k < n, b[k] == 0x20 else { break }
            var w = k + 1
            while w < n, w - k <= 12, ASCII.isUpper(b[w]) { w += 1 }
            guard w - k - 1 >= 2, w == n || !ASCII.isAlnum(b[w]) else { break }
            if titles.contains(where: { $0.utf8CodeUnitCount == w - k - 1 && ASCII.hasPrefix(b, at: k + 1, exactly: $0) }) { titled = true; break }
            end = w
            k = w
        }
        if f < n, ASCII.isAlnum(b[f]) || b[f] == UInt8(ascii: "/") || b[f] == UInt8(ascii: "_") { return nil }
        let listedFamily = family.containsCapitalised(b, at..<e), listedGiven = given.containsCapitalised(b, (e + 1)..<f)
        if titled, listedFamily || listedGiven { return at..<end }
        return listedFamily && listedGiven ? at..<f : nil
    }

    static let titles: [StaticString] = ["MR", "MRS", "MS", "MISS", "MSTR", "DR", "PROF", "MX"]

    /// Spanish, Portuguese and Swedish names carry two family names (`Samu Vigil Tamarit`,
    /// `Albin Malm Hägg`): a listed family name right after the first is part of the name; so
    /// are names after particles (`María del Carmen Ruiz`, `Maria dos Santos Silva`, `Mohammed bin
    /// Rashid Al Maktoum`), up to two more, and a birth name after `geb.`, `née` or `nee`
    /// (`Anna Vogt geb. Schmidt`, `Céline Rousseau, née Dupont`).
    static func secondFamilyName(_ b: Bytes, _ end: Int) -> Int {
        var end = end
        for _ in 0..<2 {
            guard end + 3 < b.count, b[end] == 0x20 else { break }
            if let e = familyNameAfterParticles(b, end + 1) { end = e; continue }
            guard upperInitialLength(b, end + 1) > 0, let e = familyName(b, end + 1) else { break }
            // After `Singh`, `Kumar`, `Kaur` … (Indian names' middle words) any capitalised family
            // name follows: `Vikram Singh Rathore`, `Priya Kumari Sharma`.
            var last = end
            while last > 0, b[last - 1] != 0x20 { last -= 1 }
            guard family.contains(b, (end + 1)..<e) || (indianMiddle.contains(b, last..<end) && !notFamily.contains(b, (end + 1)..<e)) else { break }
            end = e
        }
        for marker in birthNameMarkers where ASCII.hasPrefix(b, at: end, exactly: marker) {
            let k = end + marker.utf8CodeUnitCount
            if let e = familyNameAfterParticles(b, k) ?? familyName(b, k) { return e }
        }
        return end
    }

    /// Words that stand between an Indian given name and the family name.
    static let indianMiddle = WordTable("Singh Kumar Kumari Kaur Devi Lal Prasad Chand Nath Raj Rani Bai Ram Das Mohan")

    /// What introduces a birth name after a name (German `geb.`, French `née`).
    static let birthNameMarkers: [StaticString] = [" geb. ", " née ", ", née ", " nee ", ", geb. "]

    /// Family names with particles: `Van Damme`, `van der Berg`, `De la Cruz`, `bin Salman`,
    /// `Al Farsi` — one to three particles, then a capitalised family name; its end.
    static func familyNameAfterParticles(_ b: Bytes, _ at: Int) -> Int? {
        let n = b.count
        var k = at
        var particles = 0
        while particles < 3, k < n, ASCII.isLetter(b[k]) || b[k] >= 0xC3 || b[k] == UInt8(ascii: "'") {
            // `d'Aubigny`, `l'Hôte`, `dell'Acqua`: an elided particle glued to the family name.
            if let glued = elidedParticleEnd(b, k) { return familyName(b, glued) }
            // Dutch `van 't Hoff`, `van 't Hof` (`'t`, "the", after another particle).
            if b[k] == UInt8(ascii: "'") {
                guard particles > 0, k + 3 < n, b[k + 1] == UInt8(ascii: "t"), b[k + 2] == 0x20 else { break }
                particles += 1
                k += 3
                continue
            }
            var e = k
            while e < n, e - k < 6, ASCII.isLetter(b[e]) || b[e] >= 0x80 { e += 1 }
            guard e + 1 < n, b[e] == 0x20,
                  Self.particles.contains(where: { $0.utf8CodeUnitCount == e - k && ASCII.hasPrefix(b, at: k, lowercased: $0) }) else { break }
            particles += 1
            k = e + 1
        }
        guard particles > 0 else { return nil }
        return familyName(b, k)
    }

    /// The end of an elided particle glued to a capitalised family name at `at` (`d'`, `l'`,
    /// `dell'`, `dall'`), or nil.
    static func elidedParticleEnd(_ b: Bytes, _ at: Int) -> Int? {
        var e = at
        while e < b.count, e - at < 4, ASCII.isLower(b[e]) { e += 1 }
        guard e + 1 < b.count, b[e] == UInt8(ascii: "'"), ASCII.isUpper(b[e + 1]) else { return nil }
        let word = e - at
        guard word == 1 ? (b[at] == UInt8(ascii: "d") || b[at] == UInt8(ascii: "l"))
            : word == 4 && (ASCII.hasPrefix(b, at: at, exactly: "dell") || ASCII.hasPrefix(b, at: at, exactly: "dall")) else { return nil }
        return e + 1
    }

    /// A lower-case family-name particle and a space at `at` (`van `, `de `, `bin `), or an elided
    /// one glued to the family name (`d'Aubigny`).
    @inline(__always)
    static func startsParticle(_ b: Bytes, _ at: Int) -> Bool {
        guard at + 3 < b.count, ASCII.isLower(b[at]) else { return false }
        if elidedParticleEnd(b, at) != nil { return true }  // `d'Aubigny`
        var e = at
        while e < b.count, e - at < 6, ASCII.isLower(b[e]) { e += 1 }
        guard e < b.count, b[e] == 0x20 else { return false }
        return particles.contains(where: { $0.utf8CodeUnitCount == e - at && ASCII.hasPrefix(b, at: at, exactly: $0) })
    }

    static let particles: [StaticString] = ["van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "dos", "das", "le", "la", "ter", "ten", "zu", "bin", "binti", "bte", "al", "el", "st",
                                            "ní", "nic", "ó", "Ó", "ui", "mac"]  // Irish: `Aoife Ní Bhriain`, `Seán Ó Súilleabháin`

    /// `Mr. Smith`, `Dr Jane Roe`: the one to three capitalised words after the honorific.
    private static func afterHonorific(_ b: Bytes, _ at: Int, _ wordEnd: Int) -> Range<Int>? {
        let length = wordEnd - at
        guard length <= 5, honorifics.contains(where: { $0.utf8CodeUnitCount == length && ASCII.hasPrefix(b, at: at, exactly: $0) }) else { return nil }
        var k = wordEnd
        let dotted = k < b.count && b[k] == UInt8(ascii: ".")
        if dotted { k += 1 }
        // (`Mr. O'Connor`, `Ms D'Souza`: an apostrophe after the initial.)
        guard k + 3 < b.count, b[k] == 0x20, ASCII.isUpper(b[k + 1]),
              ASCII.isLower(b[k + 2]) || b[k + 2] >= 0x80 || (b[k + 2] == UInt8(ascii: "'") && ASCII.isUpper(b[k + 3])) else { return nil }
        let start = k + 1
        // Without the dot (`Ms Word`, `Dr Oetker`), only a listed given or family name follows.
        if !dotted {
            let e = Self.wordEnd(b, start)
            guard given.contains(b, start..<e) || family.contains(b, start..<e) else { return nil }
        }
        var end = -1
        var words = 0
        var w = start
        while words < 3, w + 1 < b.count {
            // `Herr Karl von Weber`, `Dhr. Pieter van der Berg`: particles before the family name.
            if words > 0, let e = familyNameAfterParticles(b, w) { end = e; break }
            guard ASCII.isUpper(b[w]), let e = familyName(b, w) else { break }
            end = e
            words += 1
            guard e + 1 < b.count, b[e] == 0x20 else { break }
            w = e + 1
        }
        return end > start ? start..<secondFamilyName(b, end) : nil
    }

    /// `Hello, Jane!`, `Hi Priya,`, `Dear Hans Müller`: a listed given name (and a family name
    /// after it) right after a greeting is a person even alone.
    private static func afterGreeting(_ b: Bytes, _ at: Int, _ wordEnd: Int) -> Range<Int>? {
        let length = wordEnd - at
        guard length >= 2, length <= 15, greetings.contains(where: { $0.utf8CodeUnitCount == length && ASCII.hasPrefix(b, at: at, exactly: $0) }) else { return nil }
        var k = wordEnd
        // `Welcome back, Aisha!`, `Welcome aboard, Noah!`, `Hi there Aisha`, `Thank you, Aisha`, `Good morning Aisha`.
        if let second = greetingSecondWords.first(where: { ASCII.hasPrefix(b, at: k, exactly: $0) }) {
            k += second.utf8CodeUnitCount
        } else if (length == 4 && ASCII.hasPrefix(b, at: at, exactly: "Good")) || (length == 5 && ASCII.hasPrefix(b, at: at, exactly: "Thank")) {
            return nil  // `Good Will`: only with its second word
        }
        if k < b.count, b[k] == UInt8(ascii: ",") { k += 1 }
        guard k + 3 < b.count, b[k] == 0x20, ASCII.isUpper(b[k + 1]), ASCII.isLower(b[k + 2]) else { return nil }
        let start = k + 1
        var e = Self.wordEnd(b, start)
        // `Hi Mei-Ling,`, `Dear Ji-woo`: a hyphenated given name, its first part listed or the pair
        // the one greeted before `,` or `!`.
        if e + 2 < b.count, b[e] == UInt8(ascii: "-"), ASCII.isLetter(b[e + 1]) {
            var f = e + 2
            while f < b.count, f - e <= 12, ASCII.isLower(b[f]) || b[f] >= 0x80 { f += 1 }
            if f - e >= 3, !greetedWords.contains(b, start..<e),
               given.contains(b, start..<e) || (!notFamily.contains(b, start..<e) && f < b.count && (b[f] == UInt8(ascii: ",") || b[f] == UInt8(ascii: "!"))) {
                guard f == b.count || !(ASCII.isAlnum(b[f]) || b[f] == UInt8(ascii: "-") || b[f] == UInt8(ascii: "_")) else { return nil }
                e = f
                if e + 1 < b.count, b[e] == 0x20, let end = familyNameAfterParticles(b, e + 1) ?? familyName(b, e + 1) { return start..<secondFamilyName(b, end) }
                return start..<e
            }
        }
        // (A name that is also a word, only as the one greeted before `,` or `!`: `Hi Grace, your code …`.)
        guard e - start >= 3, given.contains(b, start..<e)
                || (givenAlsoWord.contains(b, start..<e) && !greetedWords.contains(b, start..<e) && e < b.count && (b[e] == UInt8(ascii: ",") || b[e] == UInt8(ascii: "!"))) else { return nil }
        if e < b.count {
            let x = b[e]
            if ASCII.isAlnum(x) || x == UInt8(ascii: "_") || x == UInt8(ascii: "@") || x == UInt8(ascii: "'") { return nil }
            if x == UInt8(ascii: ".") || x == UInt8(ascii: "-"), e + 1 < b.count, ASCII.isAlnum(b[e + 1]) { return nil }
            if x == 0x20, e + 1 < b.count, let end = familyNameAfterParticles(b, e + 1) ?? familyName(b, e + 1) { return start..<secondFamilyName(b, end) }
        }
        return start..<e
    }

    /// When `b[word]` is a listed, capitalised given name (or two joined by `-`: `Jean-Pierre`)
    /// followed by a space and a family name (`for user John Smith`, `for Rafael Núñez Ortega`,
    /// `for Karl von Weber`), or an unlisted capitalised word before a listed family name (`for
    /// Olusegun Adeyemi`): the end of the name; nil otherwise.
    static func familyNameAfterGivenName(_ b: Bytes, _ word: Range<Int>) -> Int? {
        let e = word.upperBound
        guard word.count >= 3, e + 3 < b.count, b[e] == 0x20, upperInitialLength(b, word.lowerBound) > 0 else { return nil }
        let firstEnd = wordEnd(b, word.lowerBound)
        let isGiven: Bool
        if firstEnd == e {
            isGiven = given.contains(b, word)
        } else {
            guard firstEnd + 1 < e, b[firstEnd] == UInt8(ascii: "-"), upperInitialLength(b, firstEnd + 1) > 0, wordEnd(b, firstEnd + 1) == e else { return nil }
            isGiven = given.contains(b, word.lowerBound..<firstEnd) && given.contains(b, (firstEnd + 1)..<e)
        }
        if isGiven, let end = familyNameAfterParticles(b, e + 1) ?? familyName(b, e + 1) { return secondFamilyName(b, end) }
        if !isGiven, firstEnd == e, let end = familyName(b, e + 1), family.contains(b, (e + 1)..<end), !notFamily.contains(b, (e + 1)..<end) {
            return secondFamilyName(b, end)
        }
        return nil
    }

    static let greetings: [StaticString] = [
        "Hello", "Hi", "Hey", "Dear", "Welcome", "Thanks", "Goodbye", "Bye", "Thank", "Good", "Congratulations", "Congrats",
        "Greetings", "Howdy", "Hola", "Bonjour", "Hallo", "Ciao", "Hej",
        // Turkish, French, Italian, German, Indonesian, Czech, Hungarian, Norwegian, Dutch.
        "Merhaba", "Salut", "Buongiorno", "Servus", "Moin", "Halo", "Ahoj", "Szia", "Hei", "Hoi",
    ]
    /// Whether `b[word]` is one of ``greetings`` (written as listed).
    static func isGreeting(_ b: Bytes, _ word: Range<Int>) -> Bool {
        switch b[word.lowerBound] {
        case UInt8(ascii: "H"), UInt8(ascii: "D"), UInt8(ascii: "W"), UInt8(ascii: "T"), UInt8(ascii: "G"), UInt8(ascii: "C"), UInt8(ascii: "B"),
             UInt8(ascii: "M"), UInt8(ascii: "S"), UInt8(ascii: "A"):
            return greetings.contains { $0.utf8CodeUnitCount == word.count && ASCII.hasPrefix(b, at: word.lowerBound, exactly: $0) }
        default:
            return false
        }
    }

    static let greetingSecondWords: [StaticString] = [" back", " again", " there", " you", " morning", " afternoon", " evening", " aboard", " home"]

    /// A capitalised family name at `at` ending at a word boundary; its end. A common word
    /// (`Public`, `Long`) is no family name unless `commonWords`.
    static func familyName(_ b: Bytes, _ at: Int, commonWords: Bool = false) -> Int? {
        let n = b.count
        let u = upperInitialLength(b, at)
        guard u > 0, at + u + 1 < n,
              ASCII.isLower(b[at + u]) || b[at + u] >= 0x80 || (u == 1 && b[at + 1] == UInt8(ascii: "'") && ASCII.isUpper(b[at + 2]))
                || (u == 1 && b[at + 1] == UInt8(ascii: "'") && b[at + 2] == UInt8(ascii: "'") && at + 3 < n && ASCII.isUpper(b[at + 3])) else { return nil }
        // `O'Neil`; `O''Neil` as SQL doubles the apostrophe in a literal.
        var e = b[at + u] != UInt8(ascii: "'") ? at + u : b[at + 2] == UInt8(ascii: "'") ? at + 4 : at + 3
        while e < n, e - at <= 40 {
            let x = b[e]
            if ASCII.isLower(x) || x >= 0x80 {
                e += 1
            } else if ASCII.isUpper(x), ASCII.isLower(b[e - 1]), e + 1 < n, ASCII.isLower(b[e + 1]) {
                e += 1  // McDonald, DeVito, MacKenzie
            } else if x == UInt8(ascii: "-") || x == UInt8(ascii: "'"), e + 2 < n, ASCII.isUpper(b[e + 1]), ASCII.isLower(b[e + 2]) || b[e + 2] >= 0x80 {
                e += 2  // Garcia-Lopez, O'Neil
            } else {
                break
            }
        }
        guard e - at >= 2, e - at <= 40 else { return nil }
        if e < n {
            let x = b[e]
            if ASCII.isAlnum(x) || x == UInt8(ascii: "_") || x == UInt8(ascii: "@") { return nil }
            if x == UInt8(ascii: ".") || x == UInt8(ascii: "-"), e + 1 < n, ASCII.isAlnum(b[e + 1]) { return nil }
        }
        if !commonWords, !family.contains(b, at..<e), notFamily.contains(b, at..<e) { return nil }
        return e
    }

    /// End of an upper-case letter followed by lower-case ASCII or UTF-8 letters.
    @inline(__always)
    static func wordEnd(_ b: Bytes, _ at: Int) -> Int {
        var e = at + 1
        while e < b.count, e - at <= 28, ASCII.isLower(b[e]) || b[e] >= 0x80 { e += 1 }
        return e
    }
}
