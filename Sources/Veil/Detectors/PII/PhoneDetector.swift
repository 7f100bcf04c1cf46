/// Phone numbers: international E.164 and a few unambiguous national formats.
///
/// **Trigger**: `at` is the index of `+`, `(` or a digit whose previous byte (if any)
/// is not alphanumeric.
///
/// **Accepts**
/// - E.164: `+` (or the call prefix `00` when the groups are separated), then 8–15 digits (the first not `0`) with optional single spaces,
///   dashes or dots between groups and one parenthesised group
///   (`+1 (415) 555-2671`, `+44 20 7946 0958`, `+44 (0)20 7946 0958`, `+491711234567`); also a
///   country code in parentheses (`(+44) 20 7946 0958`);
/// - North American: `(415) 555-2671`, `415-555-2671`, `415.555.2671`,
///   `415 555 2671` (same separator twice; area and exchange codes start with 2–9
///   and are not `N11` or `N00` — 800 excepted),
///   optionally after a `1` and the same separator (`1-800-555-0199`);
/// - European national: a leading `0` (not `00`), ≥ 3 groups separated by the same
///   single space, dash or dot, 9–12 digits in all, first group 2–5 digits, others
///   2–4 (`030 1234 5678`, `06 12 34 56 78`, `020 7946 0958`). Groups of two
///   digits only must be exactly `0X XX XX XX XX` and not continue as a hex dump.
/// - Brazilian `(11) 91234-5678` and `(21) 2345-6789` (area code without zeros in parentheses);
/// - British `0XXXX XXXXXX` (one space, 5 + 6 digits: `07700 900123`, `01632 960123`);
/// - Dutch mobiles `06-41827356`, `06 41827356` (``dutchMobile(_:at:)``);
/// - the number of a WhatsApp chat link (`wa.me/447700900123`, ``whatsAppLink(_:at:end:)``);
/// - a compact E.164 number before an `@` that starts no e-mail address (SIP:
///   `sip:+14155552671@203.0.113.7`); with the `+` URL-encoded, ``percentEncoded(_:at:)``;
///
/// - after spoken context (`sms to`, `callback`, `call`, `phone`, `mobile`, `fax` … then
///   spaces, `:` or `#`): also 10 bare digits (11 with a leading `1`), 3-3-4 groups and
///   `(ddd)ddd-dddd` with any area and exchange codes (`sms to 5569169187`), national numbers
///   of 7–13 digits in groups (`098765 43210`), with a `/` after a `0` area code (`030/901820`)
///   or a trunk `8` before one in parentheses (`8 (912) 345-67-89`).
///
/// **Rejects** digit runs without `+` or separators (ids, epoch seconds/millis), dates
/// and times (wrong group shapes, too few digits), versions and IPs (wrong shapes,
/// or glued to `digit.` / `.digit`), ranges `100-200`, compact timestamps
/// `240115 103045`, status+size `200 5123`, and any candidate that continues into
/// more digits (`415-555-2671-9`, `12 415 555 2671`, also masked ones `… ****1111`) or a letter.
package enum PhoneDetector {
    package static func match(_ bytes: Bytes, at: Int, floor: Int) -> Range<Int>? {
        let n = bytes.count
        guard at >= floor, at < n else { return nil }
        if at > 0, ASCII.isAlnum(bytes[at - 1]) { return nil }
        let b = bytes[at]
        if b == UInt8(ascii: "+") { return international(bytes, at: at) }
        guard b == UInt8(ascii: "(") || ASCII.isDigit(b) else { return nil }
        if gluedBefore(bytes, at: at, floor: floor, spaceToo: false) { return nil }

        if let (number, sep) = northAmerican(bytes, at: at) {
            if sep == UInt8(ascii: " "), gluedBefore(bytes, at: at, floor: floor, spaceToo: true) { return nil }
            let end = extensionEnd(bytes, number) ?? number
            return gluedAfter(bytes, end: end, sep: sep) ? nil : at..<end
        }
        if b == UInt8(ascii: "1"), at + 2 < n, isSeparator(bytes[at + 1]),
           let (number, sep) = northAmerican(bytes, at: at + 2),
           sep == bytes[at + 1] || bytes[at + 2] == UInt8(ascii: "(") {
            if bytes[at + 1] == UInt8(ascii: " "), gluedBefore(bytes, at: at, floor: floor, spaceToo: true) { return nil }
            let end = extensionEnd(bytes, number) ?? number
            return gluedAfter(bytes, end: end, sep: sep) ? nil : at..<end
        }
        if b == UInt8(ascii: "0"), at + 2 < bytes.count, bytes[at + 1] == UInt8(ascii: "0") {
            return internationalWithZeros(bytes, at: at, floor: floor)
        }
        if b == UInt8(ascii: "("), let (end, sep) = parenthesisedTrunk(bytes, at: at) {
            return gluedAfter(bytes, end: end, sep: sep) ? nil : at..<end
        }
        if b == UInt8(ascii: "("), at + 1 < n, bytes[at + 1] == UInt8(ascii: "+") { return parenthesisedCountryCode(bytes, at: at) }
        if b == UInt8(ascii: "("), let end = brazilian(bytes, at: at) {
            return gluedAfter(bytes, end: end, sep: UInt8(ascii: "-")) ? nil : at..<end
        }
        if b == UInt8(ascii: "0"), let (end, sep) = european(bytes, at: at) {
            if sep == UInt8(ascii: " "), gluedBefore(bytes, at: at, floor: floor, spaceToo: true) { return nil }
            return gluedAfter(bytes, end: end, sep: sep) ? nil : at..<end
        }
        if b == UInt8(ascii: "0"), let end = britishFiveSix(bytes, at: at) {
            if gluedBefore(bytes, at: at, floor: floor, spaceToo: true) { return nil }
            return gluedAfter(bytes, end: end, sep: 0x20) ? nil : at..<end
        }
        if b == UInt8(ascii: "0"), let end = dutchMobile(bytes, at: at) {
            if gluedBefore(bytes, at: at, floor: floor, spaceToo: true) { return nil }
            return gluedAfter(bytes, end: end, sep: bytes[at + 2]) ? nil : at..<end
        }
        return nil
    }

    /// The Dutch mobile `06-41827356`, `06 41827356`: `06`, one dash or space, eight digits of
    /// which the first is 1–6 and the first two are not `19` or `20` (a compact date). Its end.
    private static func dutchMobile(_ bytes: Bytes, at: Int) -> Int? {
        guard at + 11 <= bytes.count, bytes[at + 1] == UInt8(ascii: "6"), bytes[at + 2] == UInt8(ascii: "-") || bytes[at + 2] == 0x20,
              bytes[at + 3] >= UInt8(ascii: "1"), bytes[at + 3] <= UInt8(ascii: "6"),
              !(bytes[at + 3] == UInt8(ascii: "1") && bytes[at + 4] == UInt8(ascii: "9")) else { return nil }
        for k in (at + 3)..<(at + 11) where !ASCII.isDigit(bytes[k]) { return nil }
        return at + 11
    }

    // MARK: Spoken context

    /// True when the words right before `at` say a phone number follows (`sms to`,
    /// `callback`, `phone:`, `mobile`, `call`, `fax` …): then ``matchInSpokenContext(_:at:)``
    /// also accepts shapes that are ambiguous on their own.
    package static func hasSpokenContext(_ bytes: Bytes, at: Int, floor: Int) -> Bool {
        var j = at
        var separators = 0
        while j > floor, separators < 3, bytes[j - 1] == 0x20 || bytes[j - 1] == UInt8(ascii: ":") || bytes[j - 1] == UInt8(ascii: "#")
            || (bytes[j - 1] == UInt8(ascii: ".") && separators > 0) {  // `mobile no.: …`
            j -= 1
            separators += 1
        }
        // (Chinese and Japanese glue the number to the word: `手机13812345678`.)
        if j > floor, bytes[j - 1] >= 0x80, cjkSpokenWords.contains(where: { w in j - w.count >= floor && bytes[(j - w.count)..<j].elementsEqual(w) }) { return true }
        guard separators > 0, var last = word(bytes, endingAt: j, floor: floor) else { return false }
        if spokenWords.containsLowercased(bytes, last) { return true }
        // Up to three filler words between (`sms sent to`, `call me at`, `phone number is`,
        // `mobile no.:`, `text message to`); `text` and `message` only before one of them.
        var fillers = 0
        while fillers < 3, fillerWords.containsLowercased(bytes, last) {
            fillers += 1
            var k = last.lowerBound
            var gap = 0
            while k > floor, gap < 2, bytes[k - 1] == 0x20 || bytes[k - 1] == UInt8(ascii: ".") || bytes[k - 1] == UInt8(ascii: ":") { k -= 1; gap += 1 }
            guard gap > 0, bytes[k] == 0x20, let previous = word(bytes, endingAt: k, floor: floor) else { return false }
            if spokenWords.containsLowercased(bytes, previous) || weakSpokenWords.containsLowercased(bytes, previous) { return true }
            last = previous
        }
        return false
    }

    /// Words between a spoken-context word and the number.
    private static let fillerWords = WordTable(
        "to at on is was sent number no nr num me us via from message messages back"
        + " a al"  // Spanish, Italian: `teléfono a 612 345 678`
        // German, Italian, Dutch, Portuguese, French: `erreichbar unter 0151 …`, `chiamare il 347 …`,
        // `bel terug op 06-…`, `ligar para 912 …`, `joindre au 06 …`.
        + " unter il op terug para au le"
        // `mi móvil es 612 34 56 78`, `mon portable est le 06 …`, `meine Nummer ist 0151 …`.
        + " es est ist"
    )

    /// Context only before a filler word (`text to`, `message sent to`).
    private static let weakSpokenWords = WordTable("text texting message sms otp verification")

    private static let spokenWords = WordTable(
        "sms callback call calling caller phone telephone tel mobile cell fax whatsapp dial dialed dialing msisdn"
        // Other languages' and short words: `Mobil 0151 23456789`, `Telefon 030 1234567`, `tlf 22 33 44 55`.
        + " mobil telefon telefono celular handy tlf cellphone contact movil"
        // The ASCII tail of `teléfono` (words are read back over ASCII letters; `téléphone` ends in `phone`).
        + " fono"
        // …and of Spanish `móvil`.
        + " vil"
        // `Rückruf unter …` (read back to its ASCII tail `ckruf`), `Rufnummer`, `Nummer`, `erreichbar unter`, Spanish
        // `llamar al`, Italian `chiamare il`, Dutch `bel terug op`, Portuguese `ligar para`, French `joindre au`.
        + " ckruf rufnummer anruf anrufen nummer erreichbar llamar llame chiamare chiama chiamata bel bellen ligar ligue joindre"
    )

    /// Chinese, Japanese and Korean words for a phone (`手机 13812345678`, `電話 03-1234-5678`), and
    /// those of Cyrillic, Greek, Arabic, Hebrew and Indic scripts (`тел. 8 (495) 987-65-43`, `на
    /// номер 89031234567`, `هاتف 0501234567`), compared as UTF-8 bytes right before the separator.
    private static let cjkSpokenWords: [[UInt8]] = [
        "手机", "手机号", "手机号码", "电话", "电话号码", "電話", "電話番号", "携帯", "휴대폰", "전화", "전화번호",
        "тел", "Тел", "телефон", "Телефон", "телефона", "телефону", "номер", "номеру", "моб", "мобильный", "мобільний", "Моб",
        "τηλ", "τηλέφωνο", "Τηλ", "κινητό", "هاتف", "الهاتف", "جوال", "الجوال", "تلفن", "موبایل", "טלפון", "נייד",
        "फ़ोन", "फोन", "मोबाइल", "โทร", "thoại",
    ].map { Array($0.utf8) }

    /// The letters right before `end`, or nil.
    private static func word(_ bytes: Bytes, endingAt end: Int, floor: Int) -> Range<Int>? {
        var k = end
        while k > floor, end - k < 16, ASCII.isLetter(bytes[k - 1]) { k -= 1 }
        guard k < end, k == 0 || !ASCII.isAlnum(bytes[k - 1]) else { return nil }
        return k..<end
    }

    /// After spoken context: 10 digits, or 11 starting with `1`, bare or grouped 3-3-4
    /// with one separator (`sms to 5569169187`, `callback 465.900.6969`), or
    /// `(ddd)ddd-dddd` with any codes (`callback (300)635-9602`); not glued to letters,
    /// digits or `.digit`.
    package static func matchInSpokenContext(_ bytes: Bytes, at: Int) -> Range<Int>? {
        if let r = northAmericanInSpokenContext(bytes, at: at) {
            return extensionEnd(bytes, r.upperBound).map { r.lowerBound..<$0 } ?? r
        }
        return nationalInSpokenContext(bytes, at: at)
    }

    static func northAmericanInSpokenContext(_ bytes: Bytes, at: Int) -> Range<Int>? {
        let n = bytes.count
        if bytes[at] == UInt8(ascii: "(") {
            // `(300)635-9602`, `(511) 728-2261`
            guard at + 5 <= n, digits(bytes, at + 1, 3), bytes[at + 4] == UInt8(ascii: ")") else { return nil }
            var i = at + 5
            if i < n, bytes[i] == 0x20 { i += 1 }
            guard i + 8 <= n, digits(bytes, i, 3), isSeparator(bytes[i + 3]), digits(bytes, i + 4, 4) else { return nil }
            let end = i + 8
            if end < n, ASCII.isAlnum(bytes[end]) || bytes[end] == UInt8(ascii: "_") || bytes[end] == UInt8(ascii: "@"), extensionEnd(bytes, end) == nil { return nil }
            // (`*`: the masked digits of a card a first pass wrote, read as the digits they were.)
            if end + 1 < n, isSeparator(bytes[end]) || bytes[end] == UInt8(ascii: "/"), continuesAsDigits(bytes[end + 1]) { return nil }
            return at..<end
        }
        var i = at
        var sep: UInt8 = 0
        var groups = (0, 0, 0, 0)  // digits per group, at most four groups
        var count = 1
        while i < n {
            let x = bytes[i]
            if ASCII.isDigit(x) {
                switch count {
                case 1: groups.0 += 1
                case 2: groups.1 += 1
                case 3: groups.2 += 1
                default: groups.3 += 1
                }
                i += 1
                continue
            }
            // A first pass's phone or address pseudonym after a separator: the digits it replaced
            // continued the run, which made no number there.
            if isSeparator(x), i + 1 < n, startsReplacedNumber(bytes, i + 1) { return nil }
            guard isSeparator(x), i + 1 < n, continuesAsDigits(bytes[i + 1]), sep == 0 || x == sep, count < 4 else { break }
            sep = x
            count += 1
            i += 1
        }
        guard i == n || !(ASCII.isAlnum(bytes[i]) || bytes[i] == UInt8(ascii: "_") || bytes[i] == UInt8(ascii: "@")) || extensionEnd(bytes, i) != nil else { return nil }
        if i + 1 < n, bytes[i] == UInt8(ascii: "."), continuesAsDigits(bytes[i + 1]) { return nil }
        let leadingOne = bytes[at] == UInt8(ascii: "1")
        switch (count, groups.0, groups.1, groups.2, groups.3) {
        case (1, 10, _, _, _), (3, 3, 3, 4, _): return at..<i
        case (1, 11, _, _, _) where !leadingOne:
            // Russia's and Kazakhstan's mobiles with the trunk `8` or the country code `7` and no `+`
            // (`на номер 89031234567`, `79031234567`).
            return bytes[at + 1] == UInt8(ascii: "9") && (bytes[at] == UInt8(ascii: "8") || bytes[at] == UInt8(ascii: "7")) ? at..<i : nil
        case (1, 11, _, _, _), (4, 1, 3, 3, 4): return leadingOne ? at..<i : nil
        default: return nil
        }
    }

    /// `x` and 1–5 digits right after a number (`415-555-2671x204`, also ` x204`, ` ext. 204`), ended by no letter, digit,
    /// `_`, `@` or `.digit`: the end of the extension; nil otherwise.
    @inline(__always)
    static func extensionEnd(_ bytes: Bytes, _ end: Int) -> Int? {
        let n = bytes.count
        var x = end
        // ` x921`, ` ext. 42`, ` ext 42` after a space.
        if x + 2 < n, bytes[x] == 0x20 {
            if bytes[x + 1] == UInt8(ascii: "x") { x += 1 } else if ASCII.hasPrefix(bytes, at: x + 1, lowercased: "ext") {
                var k = x + 4
                if k < n, bytes[k] == UInt8(ascii: ".") { k += 1 }
                if k < n, bytes[k] == 0x20 { k += 1 }
                guard k < n, ASCII.isDigit(bytes[k]) else { return nil }
                x = k - 1
            } else {
                return nil
            }
        } else if x < n, bytes[x] == UInt8(ascii: "x") {
        } else {
            return nil
        }
        guard x + 1 < n, ASCII.isDigit(bytes[x + 1]) else { return nil }
        let end = x
        var k = end + 1
        while k < n, k - end <= 6, ASCII.isDigit(bytes[k]) { k += 1 }
        guard k - end - 1 <= 5 else { return nil }
        if k < n, ASCII.isAlnum(bytes[k]) || bytes[k] == UInt8(ascii: "_") || bytes[k] == UInt8(ascii: "@") { return nil }
        if k + 1 < n, bytes[k] == UInt8(ascii: "."), ASCII.isDigit(bytes[k + 1]) { return nil }
        return k
    }

    /// After spoken context, a national number of any country: an optional `(area)` of 2–5
    /// digits, then groups of digits joined by single spaces, dashes or dots (the first may be
    /// a lone `1`, the others 2–8 digits), 7–13 digits in all, and an optional `x` extension
    /// (`(0114) 4960003`, `0115 4960133`, `537 468 145`, `32 123 10 07`, `05626 32154`,
    /// `555 1234`); one group alone only with 8–13 digits (`0470384019`, `375687789`, `74091929`;
    /// eight digits that read as a `yyyyMMdd` date stay). Not
    /// continued by more digits (or a first pass's mask), a letter or `.digit`.
    static func nationalInSpokenContext(_ bytes: Bytes, at: Int) -> Range<Int>? {
        let n = bytes.count
        var i = at
        var total = 0
        var groups = 0
        var paren = false
        // A country code `1` before the area code in parentheses (`1 (646) 111-3930`), or the
        // trunk prefix `8` of Russia and Kazakhstan (`8 (912) 345-67-89`).
        if bytes[i] == UInt8(ascii: "1") || bytes[i] == UInt8(ascii: "8"), i + 2 < n, isSeparator(bytes[i + 1]), bytes[i + 2] == UInt8(ascii: "(") {
            total = 1
            i += 2
        }
        if bytes[i] == UInt8(ascii: "(") {
            var k = i + 1
            while k < n, k - i <= 6, ASCII.isDigit(bytes[k]) { k += 1 }
            let len = k - i - 1
            guard len >= 2, len <= 5, k + 1 < n, bytes[k] == UInt8(ascii: ")") else { return nil }
            total = len
            groups = 1
            paren = true
            i = k + 1
            if isSeparator(bytes[i]) { i += 1 }  // `(0114) 4960003`, `(03).7288.7791`
            guard i < n, ASCII.isDigit(bytes[i]) else { return nil }
        }
        while true {
            let s = i
            while i < n, i - s < 14, ASCII.isDigit(bytes[i]) { i += 1 }
            let len = i - s
            let first = groups == 0
            guard len >= 2 || (first && len == 1 && bytes[s] == UInt8(ascii: "1")) else { return nil }
            guard first || len <= 8 else { return nil }
            total += len
            groups += 1
            guard total <= 13, groups <= 6 else { return nil }
            // A first pass's mask, or phone or address pseudonym, after the number: the digits it
            // replaced continued the run (`call me at 23 123 10 073 952-341-7850x2551` is one run
            // too long for a number; a second pass sees `… 073 phone~…`).
            if i + 1 < n, isSeparator(bytes[i]), bytes[i + 1] == UInt8(ascii: "*") || startsReplacedNumber(bytes, i + 1) { return nil }
            // German and Austrian `030/901820`, `0171/1234567`: a `/` after the area code.
            let slash = i < n && bytes[i] == UInt8(ascii: "/") && groups == 1 && !paren && bytes[at] == UInt8(ascii: "0")
            guard i + 1 < n, isSeparator(bytes[i]) || slash, continuesAsDigits(bytes[i + 1]) else { break }
            i += 1
        }
        guard total >= 7 else { return nil }
        if groups == 1, !paren, total < 9 {
            // Eight digits alone (Denmark, Norway, Singapore, Hong Kong …), but not a compact date.
            guard total == 8, !isCompactDate(bytes, at) else { return nil }
        }
        let end = extensionEnd(bytes, i) ?? i
        if end < n, ASCII.isAlnum(bytes[end]) || bytes[end] == UInt8(ascii: "_") || bytes[end] == UInt8(ascii: "@") { return nil }
        if end + 1 < n, bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: "/"), continuesAsDigits(bytes[end + 1]) { return nil }
        return at..<end
    }

    /// `wa.me/447700900123` (a WhatsApp chat link): the 8–15 digits from `at` to `end` right
    /// after `wa.me/`, ended by no letter, digit or `_`.
    static func whatsAppLink(_ bytes: Bytes, at: Int, end: Int) -> Range<Int>? {
        guard end - at >= 8, end - at <= 15, CredentialScan.hasSuffix(bytes, endingAt: at, exactly: "wa.me/"),
              end == bytes.count || !(ASCII.isAlnum(bytes[end]) || bytes[end] == UInt8(ascii: "_")) else { return nil }
        return at..<end
    }

    /// `20261130`, `19850412` at `at`: eight digits that read as a date (years 1900–2099).
    static func isCompactDate(_ bytes: Bytes, _ at: Int) -> Bool {
        guard at + 8 <= bytes.count else { return false }
        func number(_ k: Int, _ count: Int) -> Int { (k..<(k + count)).reduce(0) { $0 * 10 + Int(bytes[$1] &- 0x30) } }
        let year = number(at, 4), month = number(at + 4, 2), day = number(at + 6, 2)
        return year >= 1900 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31
    }

    /// `+` and 8–15 digits with single separators and one optional `(group)`.
    private static func international(_ bytes: Bytes, at: Int) -> Range<Int>? {
        let n = bytes.count
        var i = at + 1
        var digits = 0
        var end = -1
        var open = false
        var usedParen = false
        var lastWasDigit = false
        var lastWasClose = false
        // Where the number stood before its last space-separated group (a fallback end).
        var beforeSpaceEnd = -1
        var beforeSpaceDigits = 0
        while i < n, i - at < 40 {
            let c = bytes[i]
            if ASCII.isDigit(c) {
                if digits == 0, c == UInt8(ascii: "0") { return nil }
                digits += 1
                guard digits <= 15 else { return nil }
                lastWasDigit = true; lastWasClose = false
                i += 1
                end = i
            } else if isSeparator(c) {
                guard lastWasDigit || lastWasClose, i + 1 < n,
                      ASCII.isDigit(bytes[i + 1]) || bytes[i + 1] == UInt8(ascii: "(") else { break }
                if c == 0x20, !open { beforeSpaceEnd = end; beforeSpaceDigits = digits }
                lastWasDigit = false; lastWasClose = false
                i += 1
            } else if c == 0xC2, i + 2 < n, bytes[i + 1] == 0xA0, lastWasDigit, ASCII.isDigit(bytes[i + 2]) {
                // A no-break space between groups (`+48 601 234 567` as word processors and JSON
                // encoders write it).
                lastWasDigit = false; lastWasClose = false
                i += 2
            } else if c == UInt8(ascii: "(") {
                guard !usedParen, !lastWasClose, i + 1 < n, ASCII.isDigit(bytes[i + 1]) else { break }
                open = true; usedParen = true
                lastWasDigit = false
                i += 1
            } else if c == UInt8(ascii: ")") {
                guard open, lastWasDigit else { break }
                open = false
                lastWasDigit = false; lastWasClose = true
                i += 1
            } else {
                break
            }
        }
        guard !open, digits >= 8, end > at else { return nil }
        if end < bytes.count {
            let next = bytes[end]
            // A SIP or Asterisk address (`sip:+14155552671@203.0.113.7`, `[+14155552671@from-trunk:1]`):
            // a compact number before an `@` that starts no e-mail address (the e-mail detector takes
            // `+14155552671@example.com` whole).
            if next == UInt8(ascii: "@"), beforeSpaceEnd < 0, !usedParen, end - at == digits + 1,
               EmailDetector.match(bytes, at: end, floor: at) == nil {
                return at..<end
            }
            // An extension glued to the number (`+1-415-555-2671x204`, Faker's `001-…x70174`).
            if next == UInt8(ascii: "x"), let e = extensionEnd(bytes, end) { return at..<e }
            // A compact number that starts a file name (`/recordings/+447700900456_2024-06-03.wav`):
            // `_` joins it to the rest of the name, not to a longer word.
            if next == UInt8(ascii: "_"), end - at == digits + 1, digits >= 10, digits <= 15 { return at..<end }
            if ASCII.isAlnum(next) || next == UInt8(ascii: "_") || next == UInt8(ascii: "@") {  // `@`: an e-mail local part
                // `+1 (415) 555-7100 3cr@host`: the last space-separated group is glued to a word
                // that follows, not part of the number — as a second pass would see it once the
                // word is replaced.
                guard beforeSpaceDigits >= 8, beforeSpaceEnd > at else { return nil }
                return at..<beforeSpaceEnd
            }
            if isSeparator(next) || next == UInt8(ascii: "/") || next == UInt8(ascii: ":") {
                // `+960 316 14 9:9::` (the last group starts an address or a time): the same
                // fallback — a second pass sees the group replaced or apart. (Not after a space
                // or `-`/`.`: the loop reads on over those, so the first pass never stops there.)
                if end + 1 < n, continuesAsDigits(bytes[end + 1]) {
                    guard next == UInt8(ascii: ":") || next == UInt8(ascii: "/"), beforeSpaceDigits >= 8, beforeSpaceEnd > at else { return nil }
                    return at..<beforeSpaceEnd
                }
            }
        }
        return at..<(extensionEnd(bytes, end) ?? end)
    }

    /// `%2B14155552671`: an E.164 number whose `+` is URL-encoded (query strings and form
    /// bodies: Twilio's `From=%2B14155552671`, `whatsapp%3A%2B…`, `%2B971+50+123+4567` with the
    /// form's `+` or `%20` between groups). `at` is the `%`; 8–15 digits,
    /// the first not `0`; not glued to a letter or digit before (a `%XX` escape may precede) or
    /// to a letter, digit, `_`, `@` or `.digit` after.
    package static func percentEncoded(_ bytes: Bytes, at: Int) -> Range<Int>? {
        let n = bytes.count
        guard at + 4 < n, bytes[at] == UInt8(ascii: "%"), bytes[at + 1] == UInt8(ascii: "2"), bytes[at + 2] | 0x20 == UInt8(ascii: "b"),
              ASCII.isDigit(bytes[at + 3]), bytes[at + 3] != UInt8(ascii: "0") else { return nil }
        if at > 0, ASCII.isAlnum(bytes[at - 1]) {
            guard at >= 3, bytes[at - 3] == UInt8(ascii: "%"), ASCII.isHexDigit(bytes[at - 2]), ASCII.isHexDigit(bytes[at - 1]) else { return nil }
        }
        var i = at + 3
        var digits = 0
        // Groups after form encoding's `+` or `%20` for a space (`%2B971+50+123+4567`, Slack's and
        // Twilio's form bodies).
        while i < n, i - at <= 40 {
            if ASCII.isDigit(bytes[i]) { digits += 1; i += 1; continue }
            if bytes[i] == UInt8(ascii: "+"), i + 1 < n, ASCII.isDigit(bytes[i + 1]) { i += 1; continue }
            if bytes[i] == UInt8(ascii: "%"), i + 3 < n, bytes[i + 1] == UInt8(ascii: "2"), bytes[i + 2] == UInt8(ascii: "0"), ASCII.isDigit(bytes[i + 3]) { i += 3; continue }
            break
        }
        guard digits >= 8, digits <= 15 else { return nil }
        if i < n, ASCII.isAlnum(bytes[i]) || bytes[i] == UInt8(ascii: "_") || bytes[i] == UInt8(ascii: "@") { return nil }
        if i + 1 < n, bytes[i] == UInt8(ascii: "."), ASCII.isDigit(bytes[i + 1]) { return nil }
        return at..<i
    }

    /// `00` as the international call prefix (`0044 20 7946 0958`, `001-415-555-2671`): the
    /// E.164 rules after `00` with at least 9 digits, and at least one separator —
    /// zero-padded ids (`004412345678`) have none.
    private static func internationalWithZeros(_ bytes: Bytes, at: Int, floor: Int) -> Range<Int>? {
        guard !gluedBefore(bytes, at: at, floor: floor, spaceToo: true), let r = international(bytes, at: at + 1) else { return nil }
        var separated = false
        var digits = 0
        for k in (at + 2)..<r.upperBound {
            if isSeparator(bytes[k]) || bytes[k] == UInt8(ascii: "(") { separated = true } else if ASCII.isDigit(bytes[k]) { digits += 1 }
        }
        return separated && digits >= 9 ? at..<r.upperBound : nil
    }

    /// `(NXX) NXX-XXXX` or `NXX s NXX s XXXX`; returns the end and the separator
    /// before the line number.
    private static func northAmerican(_ bytes: Bytes, at: Int) -> (Int, UInt8)? {
        let n = bytes.count
        var i = at
        if bytes[i] == UInt8(ascii: "(") {
            guard i + 5 <= n, areaCode(bytes, i + 1), bytes[i + 4] == UInt8(ascii: ")") else { return nil }
            i += 5
            if i < n, bytes[i] == UInt8(ascii: " ") { i += 1 }
            guard i + 8 <= n, areaCode(bytes, i), isSeparator(bytes[i + 3]), digits(bytes, i + 4, 4) else { return nil }
            return (i + 8, bytes[i + 3])
        }
        guard i + 12 <= n, areaCode(bytes, i) else { return nil }
        let sep = bytes[i + 3]
        guard isSeparator(sep), areaCode(bytes, i + 4), bytes[i + 7] == sep, digits(bytes, i + 8, 4) else { return nil }
        return (i + 12, sep)
    }

    /// The British `0XXXX XXXXXX` (mobiles `07700 900123`, area codes `01632 960123`): a leading
    /// `0` not followed by `0`, five digits, one space, six digits. Its end.
    private static func britishFiveSix(_ bytes: Bytes, at: Int) -> Int? {
        guard at + 12 <= bytes.count, bytes[at + 1] != UInt8(ascii: "0"), bytes[at + 5] == 0x20 else { return nil }
        for k in at..<(at + 5) where !ASCII.isDigit(bytes[k]) { return nil }
        for k in (at + 6)..<(at + 12) where !ASCII.isDigit(bytes[k]) { return nil }
        return at + 12
    }

    /// `0` + groups with one separator; returns the end and the separator.
    /// `(+44) 20 7946 0958`, `(+49) 30-901820`: a country code in parentheses, then 6…12 digits
    /// in groups joined by one space, `-` or `.`, not glued to more digits or a letter.
    static func parenthesisedCountryCode(_ bytes: Bytes, at: Int) -> Range<Int>? {
        let n = bytes.count
        var k = at + 2
        while k < n, k - at - 2 < 3, ASCII.isDigit(bytes[k]) { k += 1 }
        guard k > at + 2, k + 2 < n, bytes[k] == UInt8(ascii: ")"), ASCII.isDigit(bytes[k + 1]) || bytes[k + 1] == 0x20 else { return nil }
        k += 1
        if bytes[k] == 0x20 { k += 1 }
        var digits = 0, end = k
        while end < n {
            let groupStart = end
            while end < n, ASCII.isDigit(bytes[end]) { end += 1 }
            guard end > groupStart else { return nil }
            digits += end - groupStart
            guard end + 1 < n, bytes[end] == 0x20 || bytes[end] == UInt8(ascii: "-") || bytes[end] == UInt8(ascii: "."), ASCII.isDigit(bytes[end + 1]) else { break }
            end += 1
        }
        guard digits >= 6, digits <= 12, end == n || !(ASCII.isAlnum(bytes[end]) || bytes[end] == UInt8(ascii: "_")) else { return nil }
        return at..<end
    }

    /// A national number with its trunk prefix and area code in parentheses, as the UK, Germany,
    /// Australia and Latin America write them: `(020) 7946 0958`, `(030) 901820`, `(0151)
    /// 1234567`, `(02) 9876 5432`, `(011) 4321-1234` — `(0` and 1…4 digits, `)`, an optional
    /// space, then one to three groups of digits (space or `-` between them), 8…11 digits in all
    /// without the `0`.
    static func parenthesisedTrunk(_ bytes: Bytes, at: Int) -> (Int, UInt8)? {
        let n = bytes.count
        guard at + 8 < n, bytes[at + 1] == UInt8(ascii: "0"), bytes[at + 2] != UInt8(ascii: "0") else { return nil }
        var i = at + 2
        while i < n, i - at <= 6, ASCII.isDigit(bytes[i]) { i += 1 }
        let area = i - at - 2
        guard area >= 1, area <= 4, i < n, bytes[i] == UInt8(ascii: ")") else { return nil }
        i += 1
        if i < n, bytes[i] == 0x20 { i += 1 }
        var total = area
        var groups = 0
        var sep: UInt8 = 0x20
        while i < n, ASCII.isDigit(bytes[i]), groups < 3 {
            let s = i
            while i < n, i - s < 9, ASCII.isDigit(bytes[i]) { i += 1 }
            guard i - s >= 2 else { return nil }
            total += i - s
            groups += 1
            guard i + 1 < n, bytes[i] == 0x20 || bytes[i] == UInt8(ascii: "-"), ASCII.isDigit(bytes[i + 1]), groups < 3 else { break }
            if groups == 1 { sep = bytes[i] } else if bytes[i] != sep { break }
            i += 1
        }
        guard groups >= 1, total >= 8, total <= 11 else { return nil }
        return (i, sep)
    }

    /// Brazilian: `(11) 91234-5678` (mobile) and `(21) 2345-6789` (fixed): a two-digit area
    /// code without zeros in parentheses, then 5 digits starting with `9` or 4 starting with
    /// 2–5, a dash and 4 digits. Returns the end.
    static func brazilian(_ bytes: Bytes, at: Int) -> Int? {
        let n = bytes.count
        guard at + 13 <= n, bytes[at + 3] == UInt8(ascii: ")"),
              bytes[at + 1] >= UInt8(ascii: "1"), bytes[at + 1] <= UInt8(ascii: "9"),
              bytes[at + 2] >= UInt8(ascii: "1"), bytes[at + 2] <= UInt8(ascii: "9") else { return nil }
        var i = at + 4
        if i < n, bytes[i] == 0x20 { i += 1 }
        let s = i
        while i < n, i - s < 6, ASCII.isDigit(bytes[i]) { i += 1 }
        let first = s < n ? bytes[s] : 0
        guard (i - s == 5 && first == UInt8(ascii: "9")) || (i - s == 4 && first >= UInt8(ascii: "2") && first <= UInt8(ascii: "5")),
              i < n, bytes[i] == UInt8(ascii: "-") else { return nil }
        let t = i + 1
        i = t
        while i < n, i - t < 5, ASCII.isDigit(bytes[i]) { i += 1 }
        return i - t == 4 ? i : nil
    }

    private static func european(_ bytes: Bytes, at: Int) -> (Int, UInt8)? {
        let n = bytes.count
        guard at + 1 < n, bytes[at + 1] != UInt8(ascii: "0") else { return nil }
        var i = at
        while i < n, i - at < 6, ASCII.isDigit(bytes[i]) { i += 1 }
        var total = i - at
        guard total >= 2, total <= 5, i + 1 < n, isSeparator(bytes[i]) else { return nil }
        let sep = bytes[i]
        let pairsOnly = total == 2
        var groups = 1
        var allPairs = true
        while i + 1 < n, bytes[i] == sep, ASCII.isDigit(bytes[i + 1]) {
            let s = i + 1
            i = s
            while i < n, i - s < 5, ASCII.isDigit(bytes[i]) { i += 1 }
            let len = i - s
            guard len >= 2, len <= 4 else { return nil }
            if len != 2 { allPairs = false }
            total += len
            groups += 1
            guard total <= 12 else { return nil }
        }
        guard groups >= 3, total >= 9 else { return nil }
        if pairsOnly, allPairs {
            // `06 12 34 56 78` exactly; not a longer hex dump (`06 12 34 56 78 9a`).
            guard groups == 5 else { return nil }
            if i + 3 <= n, bytes[i] == sep, ASCII.isHexDigit(bytes[i + 1]), ASCII.isHexDigit(bytes[i + 2]),
               i + 3 == n || !ASCII.isAlnum(bytes[i + 3]) {
                return nil
            }
        }
        return (i, sep)
    }

    /// Preceded by `digit` + one of `- . / : ,` (or a space when `spaceToo`): part of a longer
    /// run; or by `alnum-`: a group of a hyphenated id (`e722a98f-0448-4902-8504-b020cf865a81`,
    /// a UUID whose middle groups are digits; found by Tests/leakcheck).
    @inline(__always)
    /// Bytes before `floor` belong to a finding already replaced: nothing is glued to them
    /// (a second pass sees a pseudonym there and decides the same).
    private static func gluedBefore(_ bytes: Bytes, at: Int, floor: Int, spaceToo: Bool) -> Bool {
        if at - 2 < floor { return false }
        if !spaceToo, at >= 2, bytes[at - 1] == UInt8(ascii: "-"), ASCII.isAlnum(bytes[at - 2]) { return true }
        guard at >= 2, ASCII.isDigit(bytes[at - 2]) else { return false }
        let p = bytes[at - 1]
        if spaceToo {
            // Only a group of digits (`12 415 555 2671`), not a word that ends in a digit
            // (a token `…UOFD4 0555 1111 1111`, which a second pass sees as `[jwt;…] 0555…`).
            guard p == UInt8(ascii: " ") else { return false }
            var k = at - 2
            while k > 0, ASCII.isDigit(bytes[k - 1]) { k -= 1 }
            return k == 0 || !ASCII.isAlnum(bytes[k - 1])
        }
        return p == UInt8(ascii: "-") || p == UInt8(ascii: ".") || p == UInt8(ascii: "/")
            || p == UInt8(ascii: ":") || p == UInt8(ascii: ",")
    }

    /// Followed by a letter or digit, or by a separator and a digit (by a space and a
    /// digit only when spaces separate the groups).
    @inline(__always)
    private static func gluedAfter(_ bytes: Bytes, end: Int, sep: UInt8) -> Bool {
        let n = bytes.count
        guard end < n else { return false }
        let c = bytes[end]
        if ASCII.isAlnum(c) || c == UInt8(ascii: "_") || c == UInt8(ascii: "@") { return true }
        guard end + 1 < n, continuesAsDigits(bytes[end + 1]) else { return false }
        if c == UInt8(ascii: " ") { return sep == UInt8(ascii: " ") }
        return c == UInt8(ascii: "-") || c == UInt8(ascii: ".") || c == UInt8(ascii: "/") || c == UInt8(ascii: ":")
    }

    /// A phone or address pseudonym (`phone~k~…`, `ip~k~…`) at `k`: digits a first pass replaced.
    @inline(__always)
    static func startsReplacedNumber(_ bytes: Bytes, _ k: Int) -> Bool {
        guard k + 20 <= bytes.count, bytes[k] == UInt8(ascii: "p") || bytes[k] == UInt8(ascii: "i") else { return false }
        guard ASCII.hasPrefix(bytes, at: k, exactly: "phone~") || ASCII.hasPrefix(bytes, at: k, exactly: "ip~") else { return false }
        return Scrubber.pseudonymEnd(bytes, at: k) != nil
    }

    /// A digit, or `*`: the masked digits of a card Veil wrote on an earlier pass
    /// (`+44 20 7946 095 ************4465`), so scrubbed output is scanned the same way.
    @inline(__always)
    private static func continuesAsDigits(_ b: UInt8) -> Bool {
        ASCII.isDigit(b) || b == UInt8(ascii: "*")
    }

    @inline(__always)
    private static func isSeparator(_ b: UInt8) -> Bool {
        b == UInt8(ascii: " ") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")
    }

    /// Three digits, the first 2–9, not an `N11` service code and not `N00` (except 800).
    @inline(__always)
    private static func areaCode(_ bytes: Bytes, _ i: Int) -> Bool {
        guard i + 3 <= bytes.count, bytes[i] &- 0x32 < 8, ASCII.isDigit(bytes[i + 1]), ASCII.isDigit(bytes[i + 2]) else {
            return false
        }
        let b1 = bytes[i + 1], b2 = bytes[i + 2]
        if b1 == UInt8(ascii: "1"), b2 == UInt8(ascii: "1") { return false }
        if b1 == UInt8(ascii: "0"), b2 == UInt8(ascii: "0") { return bytes[i] == UInt8(ascii: "8") }
        return true
    }

    @inline(__always)
    private static func digits(_ bytes: Bytes, _ i: Int, _ count: Int) -> Bool {
        guard i + count <= bytes.count else { return false }
        for k in i..<(i + count) where !ASCII.isDigit(bytes[k]) { return false }
        return true
    }
}
