/// Street addresses in free text: the house number and street, which locate a person
/// (city, region and postal code stay).
///
/// **Trigger**: `matchNumberFirst` at a word of 1–6 digits (optionally one capital letter:
/// `221B`); `matchNameFirst` at a capitalised word.
///
/// **Accepts**
/// - number first (US, UK, Canada, Australia): `742 Evergreen Terrace`, `221B Baker Street`,
///   `1600 Amphitheatre Parkway`, `350 5th Ave.`, `12 N Main St`: the number, an optional
///   direction (`N`, `NE`, `North` …), one to four capitalised or ordinal words and a street
///   type from a fixed list (`Street`/`St`, `Avenue`/`Ave`, `Road`/`Rd`, `Boulevard`/`Blvd`,
///   `Lane`/`Ln`, `Drive`/`Dr`, `Court`/`Ct`, `Place`/`Pl`, `Terrace`, `Way`, `Parkway`,
///   `Highway`, `Square`, `Circle`, `Crescent`, `Close`, `Grove`, `Gardens`, `Mews`, and the
///   rarer types of US, British and Australian addresses: `Village`, `Brook`, `Haven`, `Ridge`,
///   `Parade` … — not the ones log lines use for other things: `Run`, `Pass`, `Point`, `Port`,
///   `Station`, `View`, `Gate`, `Lake`, `Green`, `Trace`, `Tunnel`, `Mount` …), then
///   an optional compass direction after the type (`Ave NW`) and unit (`Apt 4B`, `Suite 100`, `Unit 5`, `#12`);
///   also all in capitals when the street's name has a word of three letters or more
///   (`4127 W BELMONT AVE`, `2218 N KEDZIE BLVD APT 3`; `200 OK ST` stays);
///   French: `12 rue de la Paix`, `5 avenue Foch`, `3 bis boulevard …` — the street word in
///   lower case and its words up to a comma or the line's end (at most six);
/// - name first (Germany, Austria, Switzerland, the Netherlands, Italy, Spain, Portugal):
///   a street word ending in `straße`/`strasse`/`str.`/`weg`/`gasse`/`platz`/`allee`/`ring`/
///   `damm`/`ufer`/`straat`/`laan`/`gracht` followed by a house number (`Hauptstraße 5`,
///   `Keizersgracht 123`), or `Via`/`Viale`/`Piazza`/`Calle`/`Avenida`/`Rua`/`Plaza`/`Paseo`/
///   `Carrer` + one to four words + a house number (`Via Roma 10`, `Calle Mayor 5`).
///
/// **Rejects** numbers glued to other bytes (`v2 Main St`, `10:42 Main St`), words that are not
/// capitalised, a street type with no street name before it (`3 Street`), a number without
/// a street after it (`200 OK`, `5 Items`).
package enum StreetAddressDetector {
    static let streetTypes = WordTable("""
        Street St Avenue Ave Av Road Rd Boulevard Blvd Lane Ln Drive Dr Court Ct Place Pl Terrace Ter \
        Way Parkway Pkwy Highway Hwy Square Sq Circle Cir Crescent Cres Close Grove Gardens Mews Row \
        Trail Trl Plaza Alley Loop Pike Turnpike Expressway Freeway Walk Hill Heights Esplanade Quay \
        Village Villages Brook Brooks Fork Forks Plain Plains Estate Estates Haven Frontage Basin Ridge \
        Ridges Creek Cove Coves Meadow Meadows Valley Valleys Vista Glen Glens Harbor Harbors Harbour \
        Hollow Junction Knoll Knolls Manor Manors Mill Mills Mountain Mountains Orchard Oval Overpass \
        Pines Prairie Ranch Rapids Shoal Shoals Shore Shores Skyway Spurs Stravenue Throughway \
        Trafficway Underpass Ville Wells Causeway Corner Corners Crest Dale Falls Ferry Ford Fords Fort \
        Garden Lodge Neck Bayou Beach Bend Bluff Bluffs Burg Burgs Canyon Cliff Cliffs Arcade Annex \
        Island Islands Isle Parade Promenade Concourse Ramble Rise Glade Wharf Vale Crossing Hills \
        Mall River Dam Loaf Motorway Squares Streets Roads
        """)
    /// The street types an address in capitals ends with (not `WAY`, `WALK`, `HILL` …: words capitals
    /// in log text share).
    static let capitalStreetTypes = WordTable("""
        ST STREET AVE AVENUE AV RD ROAD BLVD BOULEVARD LN LANE DR DRIVE CT COURT PL PLACE TER TERRACE \
        PKWY PARKWAY HWY HIGHWAY CIR CIRCLE SQ
        """)
    static let directions = WordTable("N S E W NE NW SE SW North South East West")
    static let frenchStreets = WordTable("rue avenue boulevard bd chemin allée impasse place quai cours route passage")
    /// Capitalised street words that come before the street's name: French (not `Avenue`, `Place`,
    /// `Route`, `Passage`, which English street names and log words share), Welsh (`14 Heol y Felin`)
    /// and Irish (`14 Sráid na hAbhann`).
    static let capitalisedStreetWordsFirst: [StaticString] = ["Rue", "Boulevard", "Chemin", "Impasse", "Quai", "Cours", "Allée",
                                                              "Heol", "Ffordd", "Stryd", "Lôn", "Sráid", "Bóthar", "Ascaill"]
    static let polishStreetWords: [StaticString] = ["ul.", "al.", "pl.", "os."]
    static let nameFirstStreets = WordTable("Via Viale Piazza Corso Calle Avenida Rua Plaza Paseo Carrer Praça Largo Travessa Av. Avda.")
    static let units: [StaticString] = ["Apt", "Apartment", "Suite", "Ste", "Unit", "Flat", "Fl", "Floor", "Room", "Bldg", "APT", "STE", "UNIT", "SUITE"]

    /// At a word of digits (the house number).
    package static func matchNumberFirst(_ b: Bytes, at: Int, floor: Int) -> Range<Int>? {
        let n = b.count
        guard at >= floor, at + 6 < n, b[at] != UInt8(ascii: "0") else { return nil }
        if at > 0 {
            switch b[at - 1] {
            case 0x20, 0x09, UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: ","),
                 UInt8(ascii: ">"), UInt8(ascii: "="): break
            case UInt8(ascii: ":"): if at > 1, ASCII.isDigit(b[at - 2]) { return nil }
            default: return nil
            }
        }
        var k = at
        while k < n, k - at < 7, ASCII.isDigit(b[k]) { k += 1 }
        guard k - at <= 6, k < n else { return nil }
        if ASCII.isUpper(b[k]) { k += 1 }  // 221B
        // `91, rue de Valentin` (French addresses write a comma after the number).
        if k + 3 < n, b[k] == UInt8(ascii: ","), b[k + 1] == 0x20, ASCII.isLower(b[k + 2]) {
            return french(b, k + 2).map { at..<$0 }
        }
        // Bengaluru's and other Indian cities' `No. 14, 3rd Cross`, `42, 5th Main Road`: the house
        // number, a comma, then an ordinal and `Cross` or `Main`.
        if k + 8 < n, b[k] == UInt8(ascii: ","), b[k + 1] == 0x20, ASCII.isDigit(b[k + 2]), let end = indianCrossStreet(b, k + 2) { return at..<end }
        guard k + 2 < n, b[k] == 0x20 else { return nil }
        k += 1
        if ASCII.hasPrefix(b, at: k, exactly: "bis ") || ASCII.hasPrefix(b, at: k, exactly: "ter ") { k += 4 }
        guard k < n else { return nil }  // `26 ter ` at the end of the line
        if b[k] == UInt8(ascii: "R") || b[k] == UInt8(ascii: "B") || b[k] == UInt8(ascii: "C") || b[k] == UInt8(ascii: "I")
            || b[k] == UInt8(ascii: "Q") || b[k] == UInt8(ascii: "A") || b[k] == UInt8(ascii: "H") || b[k] == UInt8(ascii: "F")
            || b[k] == UInt8(ascii: "S") || b[k] == UInt8(ascii: "L"), let end = french(b, k) {
            return at..<end
        }
        if ASCII.isLower(b[k]) {
            switch b[k] {
            case UInt8(ascii: "r"), UInt8(ascii: "a"), UInt8(ascii: "b"), UInt8(ascii: "c"), UInt8(ascii: "i"), UInt8(ascii: "p"), UInt8(ascii: "q"):
                return french(b, k).map { at..<$0 }
            default:
                return nil
            }
        }
        // An optional direction, then the street's words and its type.
        var w = k
        var e = wordEnd(b, w)
        guard e > w, ASCII.isUpper(b[w]) || ASCII.isDigit(b[w]) else { return nil }
        if e - w <= 5, b[w] == UInt8(ascii: "N") || b[w] == UInt8(ascii: "S") || b[w] == UInt8(ascii: "E") || b[w] == UInt8(ascii: "W"), directions.contains(b, w..<e), e + 1 < n, b[e] == 0x20 || (b[e] == UInt8(ascii: ".") && e + 2 < n && b[e + 1] == 0x20) {
            w = b[e] == 0x20 ? e + 1 : e + 2
            e = wordEnd(b, w)
        }
        var words = 0
        var capitals = true, longCapitalsWord = false
        while words <= 4, e > w {
            // (In capitals, as CAD, EDI and older systems print addresses: `4127 W BELMONT AVE`; the
            // street's name has a word of three letters or more, so `200 OK ST` stays.)
            if words > 0, streetTypes.contains(b, w..<e) || (capitals && longCapitalsWord && capitalStreetTypes.contains(b, w..<e)) {
                var end = e
                if end + 1 < n, b[end] == UInt8(ascii: "."), !ASCII.isAlnum(b[end + 1]) { end += 1 } else if end < n, b[end] == UInt8(ascii: ".") { end += 1 }
                if end < n, ASCII.isAlnum(b[end]) || b[end] == UInt8(ascii: "_") || b[end] == UInt8(ascii: "@") { return nil }
                return at..<unit(b, trailingDirection(b, end))
            }
            guard isStreetWord(b, w..<e), e + 1 < n, b[e] == 0x20 else { return nil }
            capitals = capitals && b[w..<e].allSatisfy({ ASCII.isUpper($0) || ASCII.isDigit($0) || $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "-") })
            longCapitalsWord = longCapitalsWord || (e - w >= 3 && b[w..<e].allSatisfy(ASCII.isUpper))
            words += 1
            w = e + 1
            e = wordEnd(b, w)
        }
        return nil
    }

    /// `3rd Cross`, `5th Main Road`, `12th A Cross` at `at`: the end, or nil.
    private static func indianCrossStreet(_ b: Bytes, _ at: Int) -> Int? {
        let n = b.count
        var k = at
        while k < n, k - at < 3, ASCII.isDigit(b[k]) { k += 1 }
        guard k + 2 < n, k > at, ["st", "nd", "rd", "th"].contains(where: { ASCII.hasPrefix(b, at: k, lowercased: $0) }) else { return nil }
        k += 2
        guard k + 1 < n, b[k] == 0x20 else { return nil }
        k += 1
        // `12th A Cross`: a letter between.
        if k + 2 < n, ASCII.isUpper(b[k]), b[k + 1] == 0x20 { k += 2 }
        var end: Int
        if ASCII.hasPrefix(b, at: k, exactly: "Cross") { end = k + 5 } else if ASCII.hasPrefix(b, at: k, exactly: "Main") { end = k + 4 } else { return nil }
        guard end == n || !ASCII.isAlnum(b[end]) else { return nil }
        if ASCII.hasPrefix(b, at: end, exactly: " Road") { end += 5 }
        // (`Main` alone is a common word: `took 1, 2nd Main line`. It ends the part, at a comma or the end.)
        else if b[k] == UInt8(ascii: "M"), end < n, b[end] != UInt8(ascii: ","), b[end] != UInt8(ascii: "\"") { return nil }
        return end
    }

    /// At a capitalised word: `Hauptstraße 5`, `Via Roma 10`, `Calle Mayor 5`.
    /// Whether one of ``nameFirstStreets`` (`Via`, `Calle`, `Rua` …) and a space start at `at`, or
    /// the capitalised word after Poland's `ul. `.
    package static func startsNameFirstStreet(_ b: Bytes, at: Int) -> Bool {
        if at >= 4, b[at - 1] == 0x20, b[at - 2] == UInt8(ascii: "."), polishStreetWords.contains(where: { ASCII.hasPrefix(b, at: at - 4, lowercased: $0) }) { return true }
        var e = at + 1
        while e < b.count, e - at <= 8, ASCII.isLetter(b[e]) || b[e] >= 0x80 { e += 1 }
        // (Brazil's and Spain's abbreviated avenue, `Av. Paulista, 1578`, `Avda. de América 12`.)
        if e + 1 < b.count, b[e] == UInt8(ascii: "."), b[e + 1] == 0x20, e - at == 2 || e - at == 4 { e += 1 }
        guard e + 1 < b.count, b[e] == 0x20 else { return false }
        if nameFirstStreets.contains(b, at..<e) { return true }
        // (`Gül Sokak No:7`: a Turkish street's type after a one-word name, before a name could take both.)
        return startsTurkishStreetType(b, e + 1) && turkishStreet(b, at: at) != nil
    }

    package static func matchNameFirst(_ b: Bytes, at: Int, floor: Int) -> Range<Int>? {
        let n = b.count
        guard at >= floor, at + 5 < n, ASCII.isUpper(b[at]) else { return nil }
        // Poland's `ul. Marszałkowska 84/92` (also `al.` for an avenue, `pl.` for a square, `os.` an estate).
        if at >= 4, at - 4 >= floor, b[at - 1] == 0x20, b[at - 2] == UInt8(ascii: "."), at == 4 || !ASCII.isAlnum(b[at - 5]),
           polishStreetWords.contains(where: { ASCII.hasPrefix(b, at: at - 4, lowercased: $0) }) {
            var w = at
            for _ in 0..<3 {
                let initial = PersonNameDetector.upperInitialLength(b, w)
                guard initial > 0 else { break }
                var e = w + initial
                while e < n, e - w < 40, ASCII.isLower(b[e]) || b[e] >= 0x80 || b[e] == UInt8(ascii: "-") { e += 1 }
                guard e + 1 < n, b[e] == 0x20 else { break }
                if ASCII.isDigit(b[e + 1]) { return houseNumber(b, at - 4, e + 1) }
                w = e + 1
            }
        }
        if at > 0, ASCII.isAlnum(b[at - 1]) || b[at - 1] == UInt8(ascii: "/") || b[at - 1] == UInt8(ascii: ".") || b[at - 1] == UInt8(ascii: "_") { return nil }
        var e = at + 1
        // (`Dietlind-Kroker-Straße`: capitalised parts joined by `-`.)
        while e < n, e - at < 48, ASCII.isLetter(b[e]) || b[e] >= 0x80 || (b[e] == UInt8(ascii: "-") && e + 1 < n && ASCII.isUpper(b[e + 1])) { e += 1 }
        if e + 2 < n, b[e] == UInt8(ascii: "."), b[e + 1] == 0x20, e - at == 2 || e - at == 4, ASCII.isUpper(b[e + 2]), nameFirstStreets.contains(b, at..<(e + 1)) { e += 1 }
        guard e + 1 < n, b[e] == 0x20 || b[e] == UInt8(ascii: ".") else { return nil }
        if e - at <= 8, b[e] == 0x20, !ASCII.isDigit(b[e + 1]), nameFirstStreets.contains(b, at..<e) {
            var w = e
            var words = 0
            while words < 4, w + 1 < n, b[w] == 0x20 || b[w] == UInt8(ascii: ",") {
                // `Via Buonauro, 89`: a comma before the house number.
                if b[w] == UInt8(ascii: ",") {
                    guard words > 0, w + 2 < n, b[w + 1] == 0x20, ASCII.isDigit(b[w + 2]) else { return nil }
                    return houseNumber(b, at, w + 2)
                }
                if ASCII.isDigit(b[w + 1]) { return words > 0 ? houseNumber(b, at, w + 1) : nil }
                let we = wordEnd(b, w + 1)
                guard we > w + 1, isStreetWord(b, (w + 1)..<we) || isParticle(b, (w + 1)..<we) else { return nil }
                words += 1
                w = we
            }
            return nil
        }
        if b[e] == 0x20, startsTurkishStreetType(b, e + 1), let r = turkishStreet(b, at: at) { return r }
        var end = e
        if end < n, b[end] == UInt8(ascii: "."), CredentialScan.hasSuffix(b, endingAt: end, lowercased: "str") { end += 1 }
        guard end + 1 < n, b[end] == 0x20, ASCII.isDigit(b[end + 1]), hasStreetSuffix(b, at..<end) else { return nil }
        return houseNumber(b, at, end + 1)
    }

    /// Whether a Turkish street type may start at `k` (a cheap test before ``turkishStreet(_:at:)``).
    @inline(__always)
    static func startsTurkishStreetType(_ b: Bytes, _ k: Int) -> Bool {
        guard k + 3 < b.count else { return false }
        switch b[k] {
        case UInt8(ascii: "C"): return ASCII.hasPrefix(b, at: k, exactly: "Cad") || ASCII.hasPrefix(b, at: k, exactly: "Cd.")
        case UInt8(ascii: "S"): return ASCII.hasPrefix(b, at: k, exactly: "Sok") || ASCII.hasPrefix(b, at: k, exactly: "Sk.")
        case UInt8(ascii: "B"): return ASCII.hasPrefix(b, at: k, exactly: "Bul") || ASCII.hasPrefix(b, at: k, exactly: "Blv")
        case UInt8(ascii: "Y"): return ASCII.hasPrefix(b, at: k, exactly: "Yolu")
        default: return false
        }
    }

    /// Turkish street types, written after the street's name (`Bağdat Caddesi`, `Atatürk Cad.`, `Gül Sokak`).
    static let turkishStreetTypes: [StaticString] = ["Caddesi", "Cad.", "Cd.", "Sokak", "Sokağı", "Sok.", "Sk.", "Bulvarı", "Blv.", "Bulvar", "Yolu", "Küme Evler"]

    /// `Bağdat Caddesi No:214`, `Atatürk Cad. No: 15`, `Mustafa Kemal Bulvarı No 5`: one or two
    /// capitalised words, a Turkish street type, `No` (`:` or `.` optional) and the number. `at` is
    /// the first word's capital; the range to the number's end.
    static func turkishStreet(_ b: Bytes, at: Int) -> Range<Int>? {
        let n = b.count
        var w = at
        for _ in 0..<3 {
            guard w < n, PersonNameDetector.upperInitialLength(b, w) > 0 else { return nil }
            if let type = turkishStreetTypes.first(where: { ASCII.hasPrefix(b, at: w, exactly: $0) }), w > at {
                var k = w + type.utf8CodeUnitCount
                guard k + 4 < n, b[k] == 0x20, b[k + 1] == UInt8(ascii: "N"), b[k + 2] == UInt8(ascii: "o") else { return nil }
                k += 3
                if b[k] == UInt8(ascii: ":") || b[k] == UInt8(ascii: ".") { k += 1 }
                if k < n, b[k] == 0x20 { k += 1 }
                guard k < n, ASCII.isDigit(b[k]) else { return nil }
                return houseNumber(b, at, k)
            }
            var e = w + 1
            while e < n, e - w < 32, ASCII.isLower(b[e]) || b[e] >= 0x80 { e += 1 }
            guard e < n, b[e] == 0x20 else { return nil }
            w = e + 1
        }
        return nil
    }

    /// `… 12`, `… 12a`, `… 12-14` ending at a word boundary: the range from `start` to its end.
    private static func houseNumber(_ b: Bytes, _ start: Int, _ at: Int) -> Range<Int>? {
        let n = b.count
        var k = at
        while k < n, k - at < 5, ASCII.isDigit(b[k]) { k += 1 }
        guard k - at <= 4 else { return nil }
        // (`12-14`; Poland's and Spain's house and flat, `84/92`.)
        if k + 1 < n, b[k] == UInt8(ascii: "-") || b[k] == UInt8(ascii: "/"), ASCII.isDigit(b[k + 1]) { k += 1; while k < n, k - at < 10, ASCII.isDigit(b[k]) { k += 1 } }
        if k < n, ASCII.isLetter(b[k]), k + 1 == n || !ASCII.isAlnum(b[k + 1]) { k += 1 }
        if k < n, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "_") || b[k] == UInt8(ascii: "@") { return nil }
        if k + 1 < n, b[k] == UInt8(ascii: "."), ASCII.isDigit(b[k + 1]) { return nil }
        return start..<k
    }

    /// `12 rue de la Paix`, `45 Rue de Rivoli`, `14 Heol y Felin`: the street word and up to six words
    /// after it; the end.
    private static func french(_ b: Bytes, _ at: Int) -> Int? {
        let n = b.count
        var e = at
        if ASCII.isUpper(b[at]) {
            // `45 Rue de Rivoli`, `3 Boulevard Haussmann`: the street word capitalised.
            e = at + 1
            while e < n, e - at < 12, ASCII.isLower(b[e]) || b[e] >= 0x80 { e += 1 }
            guard capitalisedStreetWordsFirst.contains(where: { $0.utf8CodeUnitCount == e - at && ASCII.hasPrefix(b, at: at, exactly: $0) }),
                  e + 1 < n, b[e] == 0x20 else { return nil }
        } else {
            while e < n, e - at < 12, ASCII.isLower(b[e]) || b[e] >= 0x80 { e += 1 }
            guard frenchStreets.contains(b, at..<e), e + 1 < n, b[e] == 0x20 else { return nil }
        }
        var end = -1
        var w = e + 1
        var words = 0
        while words < 6, w < n {
            var we = w
            while we < n, we - w < 40, ASCII.isLetter(b[we]) || b[we] >= 0x80 || b[we] == UInt8(ascii: "'") || b[we] == UInt8(ascii: "-") { we += 1 }
            guard we > w else { break }
            // (Irish writes a capitalised word after a mutation's lower-case letter: `hAbhann`, `nGaillimh`, `tSráid`.)
            let capitalised = ASCII.isUpper(b[w]) || b[w] >= 0x80 || (we - w >= 3 && (b[w] == UInt8(ascii: "h") || b[w] == UInt8(ascii: "n") || b[w] == UInt8(ascii: "t")) && ASCII.isUpper(b[w + 1]))
            guard capitalised || isParticle(b, w..<we) || b[we - 1] == UInt8(ascii: "'") else { break }
            if capitalised { end = we }
            words += 1
            guard we + 1 < n, b[we] == 0x20 else { break }
            w = we + 1
        }
        return end > 0 ? end : nil
    }

    private static let streetSuffixes: [StaticString] = ["straße", "strasse", "str", "weg", "gasse", "platz", "allee", "ring", "damm", "ufer", "straat", "laan", "gracht", "plein", "steig", "pfad", "pad", "kade", "singel", "dijk", "steeg", "markt",
                                                         // Nordic and Finnish (`Sveavägen 44`, `Drottninggatan 12`, `Strøget 3`, `Mannerheimintie 5`).
                                                         "vägen", "gatan", "gata", "gränd", "torget", "vej", "veien", "vegen", "gade", "stræde", "plads", "katu", "tie", "väg"]

    /// The last bytes of `streetSuffixes`, by value.
    private static let suffixLastBytes: [Bool] = {
        var t = [Bool](repeating: false, count: 256)
        for s in streetSuffixes { t[Int(s.utf8Start[s.utf8CodeUnitCount - 1])] = true }
        return t
    }()

    /// `Hauptstraße`, `Am Ring` is not (one word only), `Keizersgracht`: a capitalised word of at
    /// least five bytes that ends in a street suffix.
    private static func hasStreetSuffix(_ b: Bytes, _ r: Range<Int>) -> Bool {
        guard r.count >= 5 else { return false }
        // Most words end in no suffix's last letter (`Session 5011`) and stop here.
        guard suffixLastBytes[Int(ASCII.lower(b[r.upperBound - 1]))] else { return false }
        for s in streetSuffixes where r.count > s.utf8CodeUnitCount && CredentialScan.hasSuffix(b, endingAt: r.upperBound, lowercased: s) {
            // `Kaiserring 14`, `Ostring 3`, but not an English verb's `-ing` (`Restoring 14 item(s)`, `Clustering 3 nodes`):
            // a street's `ring` follows a consonant.
            if s.utf8CodeUnitCount == 4, CredentialScan.hasSuffix(b, endingAt: r.upperBound, lowercased: "ring"),
               "aeiouy".utf8.contains(ASCII.lower(b[r.upperBound - 5])) { return false }
            return true
        }
        return false
    }

    /// `1600 Pennsylvania Ave NW`: a compass abbreviation (`N` `S` `E` `W` `NE` `NW` `SE` `SW`,
    /// optionally with `.`) after the street type, before `,`, a space, a quote, a bracket or the end. Its end.
    private static func trailingDirection(_ b: Bytes, _ end: Int) -> Int {
        let n = b.count
        guard end + 1 < n, b[end] == 0x20 else { return end }
        let s = end + 1
        var e = s
        while e < n, e - s < 3, b[e] == UInt8(ascii: "N") || b[e] == UInt8(ascii: "S") || b[e] == UInt8(ascii: "E") || b[e] == UInt8(ascii: "W") { e += 1 }
        let length = e - s
        guard length == 1 || (length == 2 && (b[s] == UInt8(ascii: "N") || b[s] == UInt8(ascii: "S")) && (b[s + 1] == UInt8(ascii: "E") || b[s + 1] == UInt8(ascii: "W"))) else { return end }
        if e < n, b[e] == UInt8(ascii: "."), e + 1 == n || !ASCII.isAlnum(b[e + 1]) { e += 1 }
        // (Or a string's end: `\"1820 Westlake Ave N\"` in escaped JSON, `<line>… NW</line>`.)
        guard e == n || b[e] == UInt8(ascii: ",") || b[e] == 0x20 || b[e] == UInt8(ascii: ";") || b[e] == UInt8(ascii: "\\") || b[e] == UInt8(ascii: "\"")
                || b[e] == UInt8(ascii: "'") || b[e] == UInt8(ascii: "<") || b[e] == UInt8(ascii: ")") || b[e] == UInt8(ascii: "]") else { return end }
        return e
    }

    /// `Apt 4B`, `Suite 100`, `Unit 5`, `#12` after the street (with `, ` or ` ` before it).
    private static func unit(_ b: Bytes, _ end: Int) -> Int {
        let n = b.count
        var k = end
        if k + 1 < n, b[k] == UInt8(ascii: ","), b[k + 1] == 0x20 { k += 2 } else if k < n, b[k] == 0x20 { k += 1 } else { return end }
        if k < n, b[k] == UInt8(ascii: "#") {
            var e = k + 1
            while e < n, e - k < 8, ASCII.isAlnum(b[e]) { e += 1 }
            return e > k + 1 && ASCII.isDigit(b[k + 1]) ? e : end
        }
        for u in units where ASCII.hasPrefix(b, at: k, exactly: u) {
            var e = k + u.utf8CodeUnitCount
            if e < n, b[e] == UInt8(ascii: ".") { e += 1 }
            // `Fl` is a prefix of `Floor`: a unit word that does not end here is not this one.
            guard e + 1 < n, b[e] == 0x20, ASCII.isAlnum(b[e + 1]) else { continue }
            e += 1
            let s = e
            while e < n, e - s < 8, ASCII.isAlnum(b[e]) || b[e] == UInt8(ascii: "-") { e += 1 }
            return ASCII.isDigit(b[s]) || (e - s <= 2) ? e : end
        }
        return end
    }

    /// A capitalised word (`Evergreen`, `O'Connell`, `Saint-Denis`) or an ordinal (`5th`, `42nd`).
    private static func isStreetWord(_ b: Bytes, _ r: Range<Int>) -> Bool {
        guard !r.isEmpty else { return false }
        let x = b[r.lowerBound]
        if ASCII.isUpper(x) {
            return r.count == 1 || b[r].dropFirst().allSatisfy { ASCII.isLower($0) || $0 >= 0x80 || $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "-") || ASCII.isUpper($0) }
        }
        if ASCII.isDigit(x), r.count >= 3 {
            let suffix = (b[r.upperBound - 2] | 0x20, b[r.upperBound - 1] | 0x20)
            let ordinal = suffix == (0x73, 0x74) || suffix == (0x6E, 0x64) || suffix == (0x72, 0x64) || suffix == (0x74, 0x68)
            return ordinal && b[r.lowerBound..<(r.upperBound - 2)].allSatisfy(ASCII.isDigit)
        }
        return false
    }

    /// `de`, `la`, `del`, `di`, `da`, `do`, `dos`, `des`, `du`, `le`, `les`, `l'`, `d'`, `y`.
    private static func isParticle(_ b: Bytes, _ r: Range<Int>) -> Bool {
        guard r.count <= 4, r.count >= 1 else { return false }
        for p: StaticString in ["de", "la", "del", "della", "di", "da", "do", "dos", "das", "des", "du", "le", "les", "y", "e", "van", "von", "der", "den", "het", "yr", "na", "an"]
        where p.utf8CodeUnitCount == r.count && ASCII.hasPrefix(b, at: r.lowerBound, exactly: p) { return true }
        return false
    }

    /// End of a word of letters, UTF-8 letters, digits (ordinals), `'` and `-`.
    private static func wordEnd(_ b: Bytes, _ at: Int) -> Int {
        var e = at
        // (An apostrophe inside a word, `O'Connell`; one that closes a quote, `'12 Main Rd'`, is no part of it.)
        while e < b.count, e - at < 40, ASCII.isAlnum(b[e]) || b[e] >= 0x80 || b[e] == UInt8(ascii: "-")
            || (b[e] == UInt8(ascii: "'") && e + 1 < b.count && ASCII.isLetter(b[e + 1])) { e += 1 }
        return e
    }
}
