/// Host names of personal devices that carry their owner's given name, as DHCP servers,
/// NetworkManager, dnsmasq and MDM logs print them: `Janes-iPhone`, `Bobs-MacBook-Pro`,
/// `Maria's iPad`, `Johns-PC`, `Priya-Galaxy-S21`.
///
/// **Trigger**: called at a capitalised word that no letter, digit, `-`, `_` or `.` precedes.
///
/// **Accepts** a given name of the name lists, optionally possessive (`Janes`, `Jane's`,
/// `Jane’s`), then `-` or `_` (or one space after a possessive), then a device word (any case: `iPhone`, `iPad`,
/// `iPod`, `iMac`, `MacBook`, `Mac`, `Watch`, `Galaxy`, `Pixel`, `Android`, `Phone`, `PC`,
/// `Laptop`, `Desktop`, `Surface`, `ThinkPad`, `Chromebook`, `Kindle`, `Tablet`, `Xbox`), and the
/// rest of the host name (`-Pro`, `-2`, `-S21`).
///
/// **Returns** the whole host name: the person is the finding, and the device is told apart
/// by its pseudonym.
///
/// Host names in lower or upper case (`johns-macbook-pro.local`, `JOHNS-LAPTOP`), and ones that
/// carry the family name too (`Emma-Watsons-iPad`), are found from the `-` before the device
/// word (``match(_:separator:floor:)``); so are the default names of French, Spanish, German,
/// Italian and Dutch systems, where the owner follows a preposition (`iPhone-de-Camille`,
/// `MacBook-Pro-von-Lukas`).
package enum DeviceNameDetector {
    static let deviceWords: [StaticString] = [
        "iphone", "ipad", "ipod", "imac", "macbook", "mac", "watch", "galaxy", "pixel", "android", "phone", "pc",
        "laptop", "desktop", "surface", "thinkpad", "chromebook", "kindle", "tablet", "xbox", "airpods", "homepod",
        "echo", "hotspot", "wifi", "notebook", "xps", "latitude", "elitebook", "probook", "zenbook", "ideapad",
        // Phone makers whose name is the product's (`Kwame’s Tecno Spark 10`, `Ade's Infinix Hot 30`).
        "tecno", "infinix", "redmi", "oneplus", "realme",
        // Hardware wallets (`Nano X de Camille`, `Trezor-Model-T-von-Jonas`).
        "nano", "ledger", "trezor",
    ]

    /// Device words whose product names a person's own device (a possessive before them names its
    /// owner, listed name or not).
    static let personalDeviceWords: [StaticString] = ["iphone", "ipad", "imac", "macbook", "galaxy", "pixel", "thinkpad", "chromebook", "airpods", "tecno", "infinix", "redmi", "oneplus"]

    /// Capitalised words ending in `s` that are no bare genitive before a device (`This iPhone`, `Kids iPad`).
    static let notGenitives = WordTable("""
        This Thus His Hers Its Ours Yours Theirs Was Has Is As Us Yes Plus Bus Various Previous Kids Users Guests Parents
        Teams Students Patients Staffs Visitors Members Clients Customers Devices Others Ones Guys Sales Ops Labs Apps
        """)

    /// Makers whose possessive is no owner's (`Apple's iPhone`, `Google's Pixel`).
    static let makers: [StaticString] = ["apple", "google", "samsung", "microsoft", "lenovo", "amazon", "dell", "sony", "huawei", "xiaomi", "motorola", "nokia", "today", "yesterday"]

    /// First letters of ``deviceWords`` (either case).
    private static let deviceInitials: [Bool] = {
        var t = [Bool](repeating: false, count: 256)
        for w in deviceWords { let x = w.utf8Start[0]; t[Int(x)] = true; t[Int(x) - 0x20] = true }
        return t
    }()

    /// ``deviceWords`` by their first letter (either case), so a word is compared with its own only.
    private static let deviceWordsByInitial: [[StaticString]] = {
        var t = [[StaticString]](repeating: [], count: 256)
        for w in deviceWords { let x = Int(w.utf8Start[0]); t[x].append(w); t[x - 0x20].append(w) }
        return t
    }()

    /// The device word that starts at `k` (any case), if any.
    @inline(__always)
    private static func deviceWord(_ b: Bytes, at k: Int) -> StaticString? {
        deviceWordsByInitial[Int(b[k])].first(where: { ASCII.hasPrefix(b, at: k, lowercased: $0) })
    }

    /// At the `-` (`separator`) before a device word: the whole host name when the words
    /// before it are a listed given name (`johns`, `JOHNS`, `john`), optionally followed by a
    /// listed family name (`emma-watsons`), and no letter, digit, `-`, `_` or `.` precedes them.
    package static func match(_ b: Bytes, separator: Int, floor: Int) -> Range<Int>? {
        let n = b.count
        let k = separator + 1
        if k < n, b[k] | 0x20 == UInt8(ascii: "d") || b[k] | 0x20 == UInt8(ascii: "v"), let r = ownerAfterPreposition(b, separator: separator, floor: floor) { return r }
        guard k + 1 < n, separator >= floor + 3, deviceInitials[Int(b[k])], ASCII.isLetter(b[separator - 1]),
              let device = deviceWord(b, at: k) else { return nil }
        var e = k + device.utf8CodeUnitCount
        // `jane-pcs…`, `jane-watchful`, `JANE-PCS`: a longer word.
        if e < n, ASCII.isLower(b[e]) || (ASCII.isUpper(b[e]) && ASCII.isUpper(b[e - 1])) { return nil }
        // The words before: `name` or `given-family`, each 2…20 letters.
        func wordStart(endingAt end: Int) -> Int? {
            var s = end
            while s > floor, end - s < 20, ASCII.isLetter(b[s - 1]) { s -= 1 }
            return end - s >= 2 ? s : nil
        }
        guard let last = wordStart(endingAt: separator) else { return nil }
        var start = last
        var given = last..<separator
        if last >= floor + 3, b[last - 1] == UInt8(ascii: "-") || b[last - 1] == UInt8(ascii: "_"), let first = wordStart(endingAt: last - 1),
           isName(b, first..<(last - 1), PersonNameDetector.given), isName(b, last..<separator, PersonNameDetector.family) {
            start = first
            given = first..<(last - 1)
        }
        if start > 0 {
            let p = b[start - 1]
            guard !(ASCII.isAlnum(p) || p == UInt8(ascii: "-") || p == UInt8(ascii: "_") || p == UInt8(ascii: ".") || p >= 0x80) else { return nil }
        }
        guard isName(b, given, PersonNameDetector.given) else { return nil }
        while e < n, ASCII.isAlnum(b[e]) || b[e] == UInt8(ascii: "-") || b[e] == UInt8(ascii: "_") { e += 1 }
        return start..<e
    }

    /// Possessive prepositions of the default device names of French, Spanish, Portuguese,
    /// Italian, German and Dutch systems (`iPhone de Camille`, `iPad von Lukas`).
    static let prepositions: [StaticString] = ["de", "di", "da", "do", "von", "van"]

    /// At the `-` before a preposition: `iPhone-de-Camille`, `MacBook-Pro-von-Lukas`,
    /// `Galaxy-S21-di-Giulia` — a host name that starts with a device word and ends with a
    /// listed given name after the preposition. Returns the whole host name.
    static func ownerAfterPreposition(_ b: Bytes, separator: Int, floor: Int) -> Range<Int>? {
        let n = b.count
        let k = separator + 1
        var p = k
        while p < n, p - k < 3, ASCII.isLetter(b[p]) { p += 1 }
        guard p + 2 < n, b[p] == UInt8(ascii: "-") || b[p] == UInt8(ascii: "_"),
              prepositions.contains(where: { ASCII.hasPrefix(b, at: k, lowercased: $0) && $0.utf8CodeUnitCount == p - k }) else { return nil }
        let nameStart = p + 1
        var e = nameStart
        while e < n, e - nameStart <= 20, ASCII.isLetter(b[e]) { e += 1 }
        guard e - nameStart >= 2, e == n || !ASCII.isLetter(b[e]), isName(b, nameStart..<e, PersonNameDetector.given) else { return nil }
        // The host name's start: a device word after no letter, digit, `-`, `_` or `.`.
        var s = separator
        while s > floor, separator - s < 40, ASCII.isAlnum(b[s - 1]) || b[s - 1] == UInt8(ascii: "-") || b[s - 1] == UInt8(ascii: "_") { s -= 1 }
        if s > 0 {
            let before = b[s - 1]
            guard !(ASCII.isAlnum(before) || before == UInt8(ascii: "-") || before == UInt8(ascii: "_") || before == UInt8(ascii: ".") || before >= 0x80) else { return nil }
        }
        guard deviceInitials[Int(b[s])], deviceWord(b, at: s) != nil else { return nil }
        while e < n, ASCII.isAlnum(b[e]) || b[e] == UInt8(ascii: "-") || b[e] == UInt8(ascii: "_") { e += 1 }
        return s..<e
    }

    /// At a capitalised word `at`: the owner's given name in a device name written with spaces,
    /// as Apple's and Android's default names read in French, Spanish, Portuguese, Italian, German
    /// and Dutch (`iPhone de Lucía`, `Apple Watch de Inês`, `MacBook Pro von Jürgen`, `Galaxy S21 di
    /// Giulia`): a preposition before it, and a device word among the one to three words before
    /// that. Returns the name only (the device stays readable).
    package static func ownerAfterSpacedPreposition(_ b: Bytes, at: Int) -> Range<Int>? {
        let n = b.count
        guard at >= 8, b[at - 1] == 0x20 else { return nil }
        var e = at + 1
        while e < n, e - at <= 20, ASCII.isLetter(b[e]) || b[e] >= 0x80 { e += 1 }
        guard e - at >= 2, e == n || !(ASCII.isAlnum(b[e]) || b[e] == UInt8(ascii: "_") || b[e] == UInt8(ascii: "@")),
              isName(b, at..<e, PersonNameDetector.given) else { return nil }
        var p = at - 1
        while p > 0, at - 1 - p < 3, ASCII.isLower(b[p - 1]) { p -= 1 }
        guard p >= 2, b[p - 1] == 0x20,
              prepositions.contains(where: { $0.utf8CodeUnitCount == at - 1 - p && ASCII.hasPrefix(b, at: p, exactly: $0) }) else { return nil }
        return hasDeviceWord(b, endingBefore: p - 1) ? at..<e : nil
    }

    /// At a capitalised word after `(`: the owner's given name in a device's label as Microsoft
    /// Entra and Authenticator write it, `iPhone 15 (Freja)`, `Galaxy S23 Ultra (Mehmet)`, `Pixel 8
    /// (Aiko)` — a listed given name closed by `)`, with a device word among the one to three words
    /// before the `(`. Returns the name only.
    package static func ownerInParentheses(_ b: Bytes, at: Int) -> Range<Int>? {
        let n = b.count
        guard at >= 8, b[at - 1] == UInt8(ascii: "("), b[at - 2] == 0x20 else { return nil }
        var e = at + 1
        while e < n, e - at <= 20, ASCII.isLetter(b[e]) { e += 1 }
        guard e - at >= 2, e < n, b[e] == UInt8(ascii: ")"), isName(b, at..<e, PersonNameDetector.given) else { return nil }
        return hasDeviceWord(b, endingBefore: at - 2) ? at..<e : nil
    }

    /// Whether a device word is among the one to three words (one space apart) that end at `end`.
    private static func hasDeviceWord(_ b: Bytes, endingBefore end: Int) -> Bool {
        var end = end
        for _ in 0..<3 {
            var s = end
            while s > 0, end - s < 12, ASCII.isAlnum(b[s - 1]) { s -= 1 }
            guard s < end else { return false }
            if deviceInitials[Int(b[s])], deviceWordsByInitial[Int(b[s])].contains(where: { $0.utf8CodeUnitCount == end - s && ASCII.hasPrefix(b, at: s, lowercased: $0) }) { return true }
            guard s >= 2, b[s - 1] == 0x20 else { return false }
            end = s - 1
        }
        return false
    }

    /// A listed name in any case (`jane`, `JANE`, `Jane`), or one with a possessive `s` (`janes`).
    private static func isName(_ b: Bytes, _ r: Range<Int>, _ table: WordTable) -> Bool {
        func listed(_ r: Range<Int>) -> Bool {
            ASCII.isUpper(b[r.lowerBound]) && r.count > 1 && ASCII.isUpper(b[r.lowerBound + 1]) ? table.containsCapitalised(b, r) : table.containsWithInitialCapital(b, r)
        }
        if listed(r) { return true }
        return r.count > 3 && b[r.upperBound - 1] | 0x20 == UInt8(ascii: "s") && listed(r.lowerBound..<(r.upperBound - 1))
    }

    package static func match(_ b: Bytes, at: Int) -> Range<Int>? {
        let n = b.count
        guard at + 5 < n, ASCII.isUpper(b[at]), ASCII.isLower(b[at + 1]) else { return nil }
        if at > 0 {
            let p = b[at - 1]
            guard !(ASCII.isAlnum(p) || p == UInt8(ascii: "-") || p == UInt8(ascii: "_") || p == UInt8(ascii: ".") || p >= 0x80) else { return nil }
        }
        var k = at + 1
        // (`Björns iPhone`: letters outside ASCII too.)
        while k < n, k - at <= 20, ASCII.isLower(b[k]) || b[k] >= 0x80 {
            if ASCII.hasPrefix(b, at: k, exactly: "’") { break }
            k += 1
        }
        let word = at..<k
        // A given name of two parts before a possessive, `Min-jun’s MacBook Pro`, `Jean-Luc's iPad`.
        var hyphenated = k
        if k + 2 < n, b[k] == UInt8(ascii: "-"), ASCII.isLetter(b[k + 1]) {
            var h = k + 2
            while h < n, h - at <= 24, ASCII.isLower(b[h]) { h += 1 }
            if h < n, b[h] == UInt8(ascii: "'") || ASCII.hasPrefix(b, at: h, exactly: "’") { hyphenated = h }
        }
        if hyphenated > k { k = hyphenated }
        // Cheap rejects first: a separator and a device word must follow.
        var apostrophe = false
        if k < n, b[k] == UInt8(ascii: "'") { k += 1; apostrophe = true } else if ASCII.hasPrefix(b, at: k, exactly: "’") { k += 3; apostrophe = true }
        // (JSON's escaped `’`: `"Kwame\u2019s Tecno Spark 10"`.)
        else if ASCII.hasPrefix(b, at: k, lowercased: "\\u2019") { k += 6; apostrophe = true }
        if apostrophe {
            guard k < n, b[k] == UInt8(ascii: "s") else { return nil }
            k += 1
        }
        // (Swedish, Norwegian, Danish and German possessives have no apostrophe: `Björns iPhone`, `Annas MacBook`.)
        let bareGenitive = !apostrophe && k > at + 3 && b[k - 1] == UInt8(ascii: "s")
        guard k + 2 < n, b[k] == UInt8(ascii: "-") || b[k] == UInt8(ascii: "_") || ((apostrophe || bareGenitive) && b[k] == 0x20) else { return nil }
        let spaced = b[k] == 0x20
        k += 1
        // After a space the device word is a name (`Maria's iPad`, `Jo's Pixel`), not prose (`Jane's phone number`).
        if spaced { guard k + 1 < n, ASCII.isUpper(b[k]) || (b[k] == UInt8(ascii: "i") && ASCII.isUpper(b[k + 1])) else { return nil } }
        // `Aisha’s Apple Watch`: the maker's name before its watch.
        var appleWatch = false
        if spaced, ASCII.hasPrefix(b, at: k, exactly: "Apple Watch") { k += 6; appleWatch = true }
        guard k < n, let device = deviceWord(b, at: k) else { return nil }
        var e = k + device.utf8CodeUnitCount
        guard e == n || !ASCII.isLower(b[e]) else { return nil }  // `Jane-Pcs…`, `Jane-Watchful`
        // The name: `Jane`, or `Janes` for `Jane`; before a device word also a name that is a word
        // elsewhere (`Marks-MacBook-Pro`, `Bill's iPad`).
        func isGiven(_ r: Range<Int>) -> Bool { PersonNameDetector.given.contains(b, r) || PersonNameDetector.givenAlsoWord.contains(b, r) }
        // A possessive before a personal device's own name (`Min-jun’s MacBook Pro`, `Aigerim's iPhone`)
        // names its owner whether or not the name is listed — unless it is a maker's (`Apple's iPhone`).
        let personalDevice = appleWatch || personalDeviceWords.contains { $0.utf8CodeUnitCount == device.utf8CodeUnitCount && ASCII.hasPrefix(b, at: k, lowercased: $0) }
        let ownerByPossessive = apostrophe && spaced && personalDevice
            && !makers.contains { $0.utf8CodeUnitCount == word.count && ASCII.hasPrefix(b, at: at, lowercased: $0) }
        // (A bare genitive before a space only before a personal device's own name, of a listed name: `Björns iPhone`.)
        if spaced, !apostrophe { guard personalDevice, !notGenitives.contains(b, word), isGiven(at..<(word.upperBound - 1)) else { return nil } }
        guard ownerByPossessive || isGiven(word)
            || (!apostrophe && word.count > 3 && b[word.upperBound - 1] == UInt8(ascii: "s") && isGiven(at..<(word.upperBound - 1))) else { return nil }
        // The rest of the host name: `-Pro`, `-2`, `-S21` (not after a space: `Jane's iPad is …`).
        while e < n, ASCII.isAlnum(b[e]) || (!spaced && (b[e] == UInt8(ascii: "-") || b[e] == UInt8(ascii: "_"))) { e += 1 }
        return at..<e
    }
}
