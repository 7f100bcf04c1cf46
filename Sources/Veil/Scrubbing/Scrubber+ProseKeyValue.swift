/// Short keys that prose writes without a separator, before a value of a telling shape:
/// `exp 12/29 cvv 123`, `DOB 03/14/1975`, `(MRN 00123456)`, `MRN# 4829130`. With `:` or `=`
/// they are ordinary pairs (key context); here the value's shape stands in for the separator.
///
/// - `cvv`, `cvc`, `cvv2`, `cvc2`, `csc`: 3 or 4 digits;
/// - `dob`: a date of digits with `/`, `-` or `.` between the parts (`03/14/1975`, `1975-03-14`);
/// - `mrn`: 5…12 digits, letters and `-` with at least four digits;
/// - `ssn`, `sin`: nine digits, alone or in groups (`123456789`, `123-45-6789`, `046 454 286`);
/// - `imei`, `imsi`: 14…16 digits, also in groups joined by `-` (`35-209900-176148-1`);
/// - `pin`: 4…6 digits, also after `is` or `to` (`your PIN is 4821`, `PIN to 7305`);
/// - `born`, `birth` (`date of birth 12.04.1985`), and "born" in German, French, Spanish, Italian,
///   Portuguese and Polish (`geb. 12.03.1985`, `née le 3 mars 1985`, `nacido el 5/11/1990`): a date
///   as for `dob`, under the `dob` key's rule;
///   after these also a date with the month's name (`born on Jan 1st, 1980`, `birthday 12 April 1985`).
///
/// One-time codes in messages (SMS and e-mail bodies, MFA logs): `Your code is 481516`,
/// `verification code: 4815`, `OTP 123456`, `passcode is 2468` — 4…8 digits after `is`, `:` or
/// a space, also after a `for …` clause of at most two words (`OTP for +4477… is 551234`);
/// `code` only after `your`, `verification`, `security`, `login`, `one-time`, `otp`, `2fa`,
/// `mfa`, `totp`, `auth`, `authentication`, `confirmation`, `access`, `sign-in`, `sms`, `sent`,
/// `recovery`, `backup`, `two-factor` or `2-step`, or the
/// German, French or Dutch word for "your" (`Ihr Code: 993311`, `votre code est 4815` —
/// `est`, `ist`, `lautet`, `é` and `è` count as `is`; `code de vérification est 4815`: one word
/// after `de`/`di` names the code's kind), or after one of those words for "your" and a capitalised
/// brand's name (`Your Acme code: 482913`) (`error code 500` stays). A form-encoded body's `+`
/// counts as a space (`Body=Your+code+is+482913`). These take the `otp` key's rule.
///
/// The key's own field rule decides what happens (the default pack redacts card security
/// codes, one-time codes and dates of birth and pseudonymises medical record numbers as
/// `patient_id`).
extension Scrubber {
    /// Kinds of a `código`/`codice` that make it a one-time code (the word's start: `verifica` for
    /// `verificación`, `verificação`, `verifica`).
    static let romanceCodeKinds: [StaticString] = ["verifica", "acce", "aces", "segur", "sicur", "confirma", "conferma", "autentica", "activa", "ativa", "attiva", "recupera", "seguran"]

    /// `código`, `codigo` (Spanish, Portuguese) or `codice` (Italian) at `at`: the word's length in bytes.
    static func romanceCodeWord(_ b: Bytes, at: Int) -> Int? {
        if ASCII.hasPrefix(b, at: at, lowercased: "código") { return 7 }
        if ASCII.hasPrefix(b, at: at, lowercased: "codigo") || ASCII.hasPrefix(b, at: at, lowercased: "codice") { return 6 }
        return nil
    }

    /// A one-time code at `at` (the word `code`, `otp` or `passcode`): the code's range. A code
    /// after a `for …` clause lies ahead of the words the scan has still to read.
    static func oneTimeCode(_ b: Bytes, at: Int) -> (code: Range<Int>, ahead: Bool)? {
        let n = b.count
        let word: Int
        if ASCII.hasPrefix(b, at: at, lowercased: "code") {
            guard at >= 2, b[at - 1] == 0x20 || b[at - 1] == UInt8(ascii: "-") || b[at - 1] == UInt8(ascii: "+") else { return nil }
            let qualifier = wordBefore(b, gap: at - 1)
            let lockCode = (qualifier.count == 5 && ASCII.hasPrefix(b, at: qualifier.lowerBound, lowercased: "using")
                || qualifier.count == 4 && ASCII.hasPrefix(b, at: qualifier.lowerBound, lowercased: "with"))
                && (CredentialScan.contains(b, from: at - 96, to: at, lowercased: "unlock") || CredentialScan.contains(b, from: at - 96, to: at, lowercased: "door")
                    || CredentialScan.contains(b, from: at - 96, to: at, lowercased: "disarm"))
            // `Door unlocked by Jane Doe using code 4821` (smart locks, alarm keypads): the code opens the door.
            if !lockCode, !oneTimeCodeQualifiers.contains(b[qualifier].map(ASCII.lower)) {
                // `Your Acme code: 482913`: a brand's name between "your" and `code`.
                guard qualifier.count >= 2, ASCII.isUpper(b[qualifier.lowerBound]), qualifier.lowerBound >= 2,
                      isWordGap(b[qualifier.lowerBound - 1]),
                      oneTimeCodePossessives.contains(b[wordBefore(b, gap: qualifier.lowerBound - 1)].map(ASCII.lower)) else { return nil }
            }
            word = 4
        } else if let length = romanceCodeWord(b, at: at) {
            // `Tu código de verificación es 482913`, `Il tuo codice di accesso è 4815`: the code's
            // kind after `de`/`di` names it (read below).
            guard at == 0 || !ASCII.isLetter(b[at - 1]), at + length + 4 < b.count, b[at + length] == 0x20,
                  b[at + length + 1] | 0x20 == UInt8(ascii: "d"), b[at + length + 2] == UInt8(ascii: "e") || b[at + length + 2] == UInt8(ascii: "i"),
                  b[at + length + 3] == 0x20 else { return nil }
            word = length
        } else if ASCII.hasPrefix(b, at: at, lowercased: "otp") { word = 3 }
        else if ASCII.hasPrefix(b, at: at, lowercased: "passcode") { word = 8 }
        else { return nil }
        var v = at + word
        guard v + 4 < n, !ASCII.isAlnum(b[v]) else { return nil }
        var ahead = false
        // `OTP for +447700900123 is 551234`, `code for jane: 4815`: whom the code is for (at most
        // two words, scanned on their own), then `is` or `:`.
        if ASCII.hasPrefix(b, at: v, lowercased: " for ") {
            var k = v + 5, words = 1
            while k < n, k - v <= 72, words <= 2 {
                if b[k] == UInt8(ascii: ":") { v = k; break }
                if b[k] == 0x20 {
                    if ASCII.hasPrefix(b, at: k, lowercased: " is ") { v = k; break }
                    words += 1
                }
                if b[k] == UInt8(ascii: ",") || b[k] == UInt8(ascii: ";") || b[k] == 0x0A || b[k] == 0x0D { return nil }
                k += 1
            }
            guard v > at + word else { return nil }
            ahead = true
        }
        // `votre code de vérification est 482913`, `il codice di verifica è 4815`: the code's kind
        // in a Romance language (one word after `de`/`di`).
        if word == 4 || word >= 6 && word <= 7, !ahead, v + 4 < n, b[v] == 0x20, b[v + 1] | 0x20 == UInt8(ascii: "d"), b[v + 2] == UInt8(ascii: "e") || b[v + 2] == UInt8(ascii: "i"), b[v + 3] == 0x20 {
            var k = v + 4
            while k < n, k - v < 24, ASCII.isLetter(b[k]) || b[k] >= 0x80 || b[k] == UInt8(ascii: "-") { k += 1 }
            guard k > v + 5, k < n else { return nil }
            // After `código`/`codice` the kind decides (`código de error es 5001`, a bar code stay).
            if word != 4, !romanceCodeKinds.contains(where: { ASCII.hasPrefix(b, at: v + 4, lowercased: $0) }) { return nil }
            v = k
        }
        let separator = v  // (after the key word, or after the `for …` clause)
        // (`+` is a form body's space: Twilio's `Body=Your+code+is+482913`.)
        if isWordGap(b[v]), v + 4 < n, ASCII.hasPrefix(b, at: v + 1, lowercased: "is") || ASCII.hasPrefix(b, at: v + 1, lowercased: "es") {
            let after = b[v + 3] | 0x20 == UInt8(ascii: "t") ? v + 4 : v + 3
            // (`es` alone is Spanish for "is" after `código`.)
            if after < n, isWordGap(b[after]), b[v + 1] | 0x20 == UInt8(ascii: "i") || after == v + 4 || word >= 6 { v = after + 1 }
        } else if isWordGap(b[v]), v + 8 < n, ASCII.hasPrefix(b, at: v + 1, lowercased: "lautet"), isWordGap(b[v + 7]) {
            v += 8  // German `Ihr Code lautet 482913`
        } else if isWordGap(b[v]), v + 4 < n, b[v + 1] == 0xC3, b[v + 2] == 0xA9 || b[v + 2] == 0xA8, isWordGap(b[v + 3]) {
            v += 4  // Portuguese `o seu código é`, Italian `il codice è` (after `code`: `Your code é 4815`)
        } else if b[v] == UInt8(ascii: ":") { v += 1 }
        while v < n, v - separator <= 6, isWordGap(b[v]) { v += 1 }
        let e = CredentialScan.runEnd(b, from: v, ASCII.isDigit)
        guard e - v >= 4, e - v <= 8, e == n || !ASCII.isAlnum(b[e]) else { return nil }
        return (v..<e, ahead)
    }

    /// A one-time code written before its name: `551908 is your Google verification code`,
    /// `G-551908 is your …`, `4815 is your OTP`: 4…8 digits, then ` is your ` and, within the next
    /// five words, `code`, `otp`, `passcode` or `pin`. The code's range, or nil.
    static func codeBeforeItsName(_ b: Bytes, at: Int) -> Range<Int>? {
        let n = b.count
        // (Most digit runs are followed by no ` is`: five compares for its `i` before the run is read.)
        guard at + 12 < n, b[at + 5] == UInt8(ascii: "i") || b[at + 6] == UInt8(ascii: "i") || b[at + 7] == UInt8(ascii: "i")
                || b[at + 8] == UInt8(ascii: "i") || b[at + 9] == UInt8(ascii: "i") else { return nil }
        let e = CredentialScan.runEnd(b, from: at, ASCII.isDigit)
        guard e - at >= 4, e - at <= 8, e + 12 < n, isWordGap(b[e]), at == 0 || !ASCII.isAlnum(b[at - 1]),
              ASCII.hasPrefix(b, at: e + 1, lowercased: "is"), isWordGap(b[e + 3]), ASCII.hasPrefix(b, at: e + 4, lowercased: "your"), isWordGap(b[e + 8]) else { return nil }
        var k = e + 9, words = 0
        while k < n, words < 5 {
            let start = k
            while k < n, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "-") { k += 1 }
            let w = b[start..<k].map(ASCII.lower)
            if w == Array("code".utf8) || w == Array("otp".utf8) || w == Array("passcode".utf8) || w == Array("pin".utf8) { return at..<e }
            guard k > start, k < n, isWordGap(b[k]) else { return nil }
            k += 1; words += 1
        }
        return nil
    }

    /// A one-time code after a compound word that ends in `code`, as Dutch and German write them:
    /// `Uw verificatiecode is 482913`, `Ihr Bestätigungscode lautet 482913`, `inlogcode: 4815`
    /// (4…8 digits at `at`; the compound's first part one of ``compoundCodeKinds``, and `is`,
    /// `ist`, `lautet` or `:` may stand between). The code's range, or nil.
    static func codeAfterCompoundName(_ b: Bytes, at: Int) -> Range<Int>? {
        let n = b.count
        guard at >= 10, isWordGap(b[at - 1]) else { return nil }
        let e = CredentialScan.runEnd(b, from: at, ASCII.isDigit)
        guard e - at >= 4, e - at <= 8, e == n || !ASCII.isAlnum(b[e]) else { return nil }
        // `is`, `ist`, `lautet` (one word) or a colon before the gap.
        guard let k = gapBeforeCode(b, digitsAt: at, verbs: ["is", "ist", "lautet"], verbRequired: false) else { return nil }
        // The compound before: letters (any script), ending in `code`.
        guard k >= 8, ASCII.hasPrefix(b, at: k - 4, lowercased: "code") else { return nil }
        var s = k - 4
        while s > 0, k - s <= 32, ASCII.isLetter(b[s - 1]) || b[s - 1] >= 0x80 { s -= 1 }
        guard k - 4 - s >= 3, s == 0 || !ASCII.isAlnum(b[s - 1]),
              compoundCodeKinds.contains(where: { $0.utf8CodeUnitCount == k - 4 - s && ASCII.hasPrefix(b, at: s, lowercased: $0) }) else { return nil }
        return at..<e
    }

    /// Before a one-time code's digits at `at` (after a word gap): where the words that name the
    /// code end — before a `:`, or before one of `verbs` (any case) and its gap; before the gap
    /// itself when no verb is there and none is required; nil otherwise.
    private static func gapBeforeCode(_ b: Bytes, digitsAt at: Int, verbs: [StaticString], verbRequired: Bool) -> Int? {
        let k = at - 1  // the gap before the digits
        if b[k - 1] == UInt8(ascii: ":") { return k - 1 }
        var s = k
        while s > 0, k - s <= 6, ASCII.isLetter(b[s - 1]) { s -= 1 }
        if verbs.contains(where: { $0.utf8CodeUnitCount == k - s && ASCII.hasPrefix(b, at: s, lowercased: $0) }) {
            guard s >= 1, isWordGap(b[s - 1]) else { return nil }
            return s - 1
        }
        return verbRequired ? nil : k
    }

    /// A one-time code in a Slavic language's message: `Twój kod weryfikacyjny to 482913`,
    /// `Vaš kod za potvrdu je 482913`, `Váš ověřovací kód je 482913`, `Kod SMS: 4815`. At the
    /// digits (4 to 8): `to`, `je`, `jest` or `:` before them, and within the 48 bytes before that
    /// (one sentence) the word `kod`, `kód` or `koda` with a possessive before it (`twój`, `vaš`,
    /// `váš` …) or a word that names its kind (`weryfikacyjny`, `za potvrdu`, `SMS` …).
    static func slavicOneTimeCode(_ b: Bytes, at: Int) -> Range<Int>? {
        let n = b.count
        guard at >= 8, isWordGap(b[at - 1]) else { return nil }
        let e = CredentialScan.runEnd(b, from: at, ASCII.isDigit)
        guard e - at >= 4, e - at <= 8, e == n || !ASCII.isAlnum(b[e]) else { return nil }
        guard let k = gapBeforeCode(b, digitsAt: at, verbs: ["to", "je", "jest"], verbRequired: true) else { return nil }
        // The sentence before: the code's word, then what says whose or which code it is.
        let from = max(0, k - 48)
        var w = k
        while w > from {
            guard b[w - 1] != UInt8(ascii: "."), b[w - 1] != UInt8(ascii: ";") else { return nil }
            w -= 1
            guard b[w] | 0x20 == UInt8(ascii: "k"), w == 0 || !(ASCII.isLetter(b[w - 1]) || b[w - 1] >= 0x80) else { continue }
            let word: Int
            if ASCII.hasPrefix(b, at: w, lowercased: "kod") { word = w + 3 }
            else if ASCII.hasPrefix(b, at: w, lowercased: "kód") { word = w + 4 }  // (`ó` is two bytes)
            else { continue }
            var end = word
            if end < k, b[end] | 0x20 == UInt8(ascii: "a") { end += 1 }  // Slovenian `koda`
            guard end <= k, end == k || isWordGap(b[end]) || b[end] == UInt8(ascii: ":") else { continue }
            let before = b[from..<w].map(ASCII.lower), after = b[end..<k].map(ASCII.lower)
            // (A postal code, an error's code: `kod pocztowy`, `kod błędu`, `poštanski kod`, `kód chyby`.)
            if slavicNotOneTimeCodes.contains(where: { Self.containsBytes(after, $0) || Self.containsBytes(before, $0) }) { return nil }
            if slavicCodePossessives.contains(where: { before.count >= $0.count && before.suffix($0.count).elementsEqual($0) }) { return at..<e }
            if slavicCodeKinds.contains(where: { kind in Self.containsBytes(after, kind) || Self.containsBytes(before, kind) }) { return at..<e }
            return nil
        }
        return nil
    }

    /// "Your" before `kod` (Polish, Czech, Slovak, Croatian, Serbian, Slovenian; lower-cased).
    static let slavicCodePossessives: [[UInt8]] = ["twój ", "twoj ", "wasz ", "váš ", "vas ", "vaš ", "vaša ", "tvůj ", "tvoj "].map { Array($0.utf8) }

    /// Stems that name a one-time code's kind in those languages (lower-cased).
    static let slavicCodeKinds: [[UInt8]] = [
        "weryfik", "jednoraz", "potwierdz", "dostęp", "aktywac", "autoryz", "logowan", "sms", "potvrd", "prijav", "verifik",
        "ověř", "overov", "přihláš", "jednoráz", "jednokrat", "autoriz", "preverj", "aktivac", "pristup",
    ].map { Array($0.utf8) }

    /// Stems of codes that are no one-time codes (postal, error, country, product).
    static let slavicNotOneTimeCodes: [[UInt8]] = ["poczt", "błęd", "bled", "pošt", "post", "chyb", "greš", "gresk", "kraj", "produkt", "rabat", "promo"].map { Array($0.utf8) }

    private static func containsBytes(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        guard hay.count >= needle.count else { return false }
        for s in 0...(hay.count - needle.count) where hay[s] == needle[0] && hay[s..<(s + needle.count)].elementsEqual(needle) { return true }
        return false
    }

    /// The first parts of Dutch and German compounds that name a one-time code (`verificatiecode`,
    /// `Bestätigungscode`; not `errorcode`, `barcode`, `zipcode`).
    static let compoundCodeKinds: [StaticString] = [
        "verificatie", "bevestigings", "beveiligings", "inlog", "activatie", "toegangs", "login", "sms",
        "bestätigungs", "bestaetigungs", "sicherheits", "anmelde", "verifizierungs", "aktivierungs", "zugangs", "freischalt", "einmal",
    ]

    /// A space between a message's words; `+` in a form-encoded body.
    private static func isWordGap(_ x: UInt8) -> Bool { x == 0x20 || x == UInt8(ascii: "+") }

    /// The word (letters, digits, `-`; at most 16 bytes) that ends at `gap`.
    private static func wordBefore(_ b: Bytes, gap: Int) -> Range<Int> {
        var s = gap
        while s > 0, gap - s <= 16, ASCII.isAlnum(b[s - 1]) || b[s - 1] == UInt8(ascii: "-") { s -= 1 }
        return s..<gap
    }

    /// "Your" before a brand's name and `code`, in the languages of ``oneTimeCodeQualifiers``.
    static let oneTimeCodePossessives: Set<[UInt8]> = Set(["your", "ihr", "dein", "votre", "ton", "uw"].map { Array($0.utf8) })

    static let oneTimeCodeQualifiers: Set<[UInt8]> = Set([
        "your", "verification", "security", "login", "one-time", "otp", "2fa", "mfa", "auth", "authentication",
        "confirmation", "access", "sign-in", "signin", "sms", "sent", "totp", "recovery", "backup", "two-factor", "2-step",
        "door", "entry", "keypad", "gate", "alarm", "unlock",
        // German, French, Dutch: `Ihr Code: 993311`, `votre code est 4815`, `uw code 1234`.
        "ihr", "dein", "votre", "ton", "uw",
    ].map { Array($0.utf8) })

    /// The rule for wallet addresses found in text: the `crypto_address` key's.
    func cryptoAddressRule() -> Int? {
        fieldRule(forLiteralKey: "crypto_address")
    }

    /// The rule for national ids found by their shape (``NationalIDDetector``): the `national_id` key's.
    func nationalIDRule() -> Int? {
        fieldRule(forLiteralKey: "national_id")
    }

    /// The rule for one-time codes: the `otp` key's.
    func oneTimeCodeRule() -> Int? {
        fieldRule(forLiteralKey: "otp")
    }

    /// The key word at `at` (a word start) and its value, when both fit; nil otherwise.
    static func proseKeyValue(_ b: Bytes, at: Int) -> (key: Range<Int>, value: Range<Int>)? {
        let n = b.count
        var k = at
        // French `né le 03/03/1985`, `née le 3 mars 1985`: the word's accent is no ASCII letter.
        if ASCII.hasPrefix(b, at: at, exactly: "née ") { k = at + 4 } else if ASCII.hasPrefix(b, at: at, exactly: "né ") { k = at + 3 }
        while k < n, k - at <= 9, ASCII.isAlnum(b[k]) { k += 1 }
        let key = at..<k
        // German `geb. 12.03.1985`: the abbreviation's dot.
        if k - at == 3, k + 2 < n, b[k] == UInt8(ascii: "."), b[k + 1] == 0x20, ASCII.hasPrefix(b, at: at, lowercased: "geb") { k += 1 }
        // Open5GS's `IMSI[262011987654321]`: the number in brackets after the word.
        let bracketed = k - at == 4 && k + 2 < n && b[k] == UInt8(ascii: "[") && (ASCII.hasPrefix(b, at: at, lowercased: "imsi") || ASCII.hasPrefix(b, at: at, lowercased: "imei"))
        guard k - at >= 3, k - at <= 5 || isBirthWord(b, key), k + 2 < n, b[k] == 0x20 || b[k] == UInt8(ascii: "#") || bracketed else { return nil }
        var v = bracketed ? k + 1 : k
        // `birth date 1985/12/31`: the second word is part of the key.
        if key.count == 5, k + 6 < n, ASCII.hasPrefix(b, at: k + 1, lowercased: "date "), isBirthWord(b, key) { v = k + 5 }
        if b[v] == UInt8(ascii: "#") { v += 1 }
        if v < n, b[v] == 0x20 { v += 1 }
        if v < n, b[v] == UInt8(ascii: "#") { v += 1 }
        guard v < n, v > k else { return nil }
        // `born on Jan 1st, 1980`, `born on 1980-01-01`; `geboren am`, `nacido el`, `nato il`, `nascido em`, `née le`.
        if isBirthWord(b, key), v + 3 < n, b[v + 2] == 0x20, Self.birthDateConnectors.contains(where: { ASCII.hasPrefix(b, at: v, lowercased: $0) }) { v += 3 }
        // `her DOB is 14/03/1982`, `date of birth was 1982-03-14` (a support agent's note).
        if key.count == 3 || isBirthWord(b, key), v + 4 < n, ASCII.hasPrefix(b, at: v, lowercased: "is ") || ASCII.hasPrefix(b, at: v, lowercased: "was "),
           ASCII.hasPrefix(b, at: at, lowercased: "dob") || isBirthWord(b, key) {
            let skip = b[v] | 0x20 == UInt8(ascii: "i") ? 3 : 4
            if v + skip < n, ASCII.isDigit(b[v + skip]) || ASCII.isUpper(b[v + skip]) { v += skip }
        }
        let shape: Shape
        if key.count == 3, ASCII.hasPrefix(b, at: at, lowercased: "dob") { shape = .date }
        else if key.count == 3, ASCII.hasPrefix(b, at: at, lowercased: "mrn") { shape = .recordNumber }
        else if ASCII.hasPrefix(b, at: at, lowercased: "cvv") || ASCII.hasPrefix(b, at: at, lowercased: "cvc") {
            guard key.count == 3 || b[at + 3] == UInt8(ascii: "2") else { return nil }
            shape = .securityCode
        } else if key.count == 3, ASCII.hasPrefix(b, at: at, lowercased: "csc") { shape = .securityCode }
        else if key.count == 3, ASCII.hasPrefix(b, at: at, lowercased: "ssn") || ASCII.hasPrefix(b, at: at, lowercased: "sin") { shape = .nineDigits }
        else if key.count == 4, ASCII.hasPrefix(b, at: at, lowercased: "imei") || ASCII.hasPrefix(b, at: at, lowercased: "imsi") { shape = .deviceNumber }
        else if key.count == 3, ASCII.hasPrefix(b, at: at, lowercased: "pin") {
            // `your PIN is 4821`, `reset online banking PIN to 7305`.
            if v + 4 < n, ASCII.hasPrefix(b, at: v, lowercased: "is ") || ASCII.hasPrefix(b, at: v, lowercased: "to "), ASCII.isDigit(b[v + 3]) { v += 3 }
            shape = .pin
        }
        else if isBirthWord(b, key) { shape = .date }
        else { return nil }
        guard let end = shape.valueEnd(b, from: v), end == n || !ASCII.isAlnum(b[end]) else { return nil }
        return (key, v..<end)
    }

    /// A date with the month's name and a four-digit year last: `Jan 1st, 1980`, `January 1, 1980`,
    /// `1 January 1980`, `12 April 1985` (groups separated by a space or `, `); its end, or nil.
    static func monthNameDateEnd(_ b: Bytes, from v: Int) -> Int? {
        let n = b.count
        var e = v, months = 0
        for part in 0..<3 {
            guard let end = dateGroupEnd(b, e) else { return nil }
            if ASCII.isLetter(b[e]) { months += 1 }
            if part == 2 {
                guard end - e == 4, ASCII.isDigit(b[e]), months == 1 else { return nil }
                return end
            }
            e = end
            if e < n, b[e] == UInt8(ascii: ",") { e += 1 }
            guard e + 1 < n, b[e] == 0x20 else { return nil }
            e += 1
        }
        return nil
    }

    /// The word between "born" and its date: `born on`, `geboren am`, `nacido el`, `nato il`,
    /// `nascido em`, `née le`.
    static let birthDateConnectors: [StaticString] = ["on", "am", "el", "il", "em", "le"]

    /// `born`, `birth`, `birthday`, `birthdate`, and the words for "born" in German (`geboren`,
    /// `geb.`), French (`né`, `née`), Spanish (`nacido`, `nacida`), Italian (`nato`, `nata`),
    /// Portuguese (`nascido`, `nascida`) and Polish (`urodzony`, `urodzona`): words that name a
    /// date of birth.
    static func isBirthWord(_ b: Bytes, _ key: Range<Int>) -> Bool {
        let at = key.lowerBound
        switch key.count {
        case 3: return ASCII.hasPrefix(b, at: at, lowercased: "geb") || ASCII.hasPrefix(b, at: at, exactly: "né")
        case 4: return ASCII.hasPrefix(b, at: at, lowercased: "born") || ASCII.hasPrefix(b, at: at, lowercased: "nato") || ASCII.hasPrefix(b, at: at, lowercased: "nata")
            || ASCII.hasPrefix(b, at: at, exactly: "née")
        case 5: return ASCII.hasPrefix(b, at: at, lowercased: "birth")
        case 6: return ASCII.hasPrefix(b, at: at, lowercased: "nacido") || ASCII.hasPrefix(b, at: at, lowercased: "nacida")
        case 7: return ASCII.hasPrefix(b, at: at, lowercased: "geboren") || ASCII.hasPrefix(b, at: at, lowercased: "nascido") || ASCII.hasPrefix(b, at: at, lowercased: "nascida")
        case 8: return ASCII.hasPrefix(b, at: at, lowercased: "birthday") || ASCII.hasPrefix(b, at: at, lowercased: "urodzony") || ASCII.hasPrefix(b, at: at, lowercased: "urodzona")
        case 9: return ASCII.hasPrefix(b, at: at, lowercased: "birthdate")
        default: return false
        }
    }

    /// The rule for a prose key's value: the key's own field rule, or the `dob` key's for
    /// `born` and `birth`.
    func proseKeyRule(_ b: Bytes, _ key: Range<Int>) -> Int? {
        Self.isBirthWord(b, key) ? fieldRule(forLiteralKey: "dob") : compiled.fieldRule(forTextKey: b, key)
    }

    enum Shape {
        case securityCode, date, recordNumber, nineDigits, deviceNumber, pin

        /// The end of a value of this shape that starts at `v`, or nil.
        func valueEnd(_ b: Bytes, from v: Int) -> Int? {
            let n = b.count
            switch self {
            case .securityCode:
                let e = CredentialScan.runEnd(b, from: v, ASCII.isDigit)
                return e - v >= 3 && e - v <= 4 ? e : nil
            case .date:
                if v < n, ASCII.isLetter(b[v]) || (ASCII.isDigit(b[v]) && Scrubber.monthNameDateEnd(b, from: v) != nil) {
                    return Scrubber.monthNameDateEnd(b, from: v)
                }
                // `date of birth 19720315` (HL7's compact form): eight digits that read as 19xx/20xx, a month and a day.
                let compact = CredentialScan.runEnd(b, from: v, ASCII.isDigit)
                if compact - v == 8, b[v] == UInt8(ascii: "1") && b[v + 1] == UInt8(ascii: "9") || b[v] == UInt8(ascii: "2") && b[v + 1] == UInt8(ascii: "0"),
                   (b[v + 4] == UInt8(ascii: "0") && b[v + 5] != UInt8(ascii: "0")) || (b[v + 4] == UInt8(ascii: "1") && b[v + 5] <= UInt8(ascii: "2")),
                   b[v + 6] <= UInt8(ascii: "3") {
                    return compact
                }
                var e = v, parts = 0
                while parts < 3 {
                    let s = e
                    e = CredentialScan.runEnd(b, from: e, ASCII.isDigit)
                    guard e - s >= 1, e - s <= 4 else { return nil }
                    parts += 1
                    if parts < 3 {
                        guard e + 1 < n, b[e] == UInt8(ascii: "/") || b[e] == UInt8(ascii: "-") || b[e] == UInt8(ascii: ".") else { return nil }
                        e += 1
                    }
                }
                // A sentence's full stop after the year is not part of the date.
                return e
            case .recordNumber:
                var e = v, digits = 0
                while e < n, e - v <= 12, ASCII.isAlnum(b[e]) || b[e] == UInt8(ascii: "-") {
                    if ASCII.isDigit(b[e]) { digits += 1 }
                    e += 1
                }
                return e - v >= 5 && e - v <= 12 && digits >= 4 ? e : nil
            case .nineDigits:
                // Nine digits, in groups of two or more joined by one `-` or space.
                var e = v, digits = 0
                while true {
                    let s = e
                    e = CredentialScan.runEnd(b, from: e, ASCII.isDigit)
                    guard e - s >= 2 else { return nil }
                    digits += e - s
                    guard digits < 9, e + 1 < n, b[e] == UInt8(ascii: "-") || b[e] == 0x20, ASCII.isDigit(b[e + 1]) else { break }
                    e += 1
                }
                return digits == 9 ? e : nil
            case .deviceNumber:
                // Digits, or digit groups joined by single `-` as IMEIs are printed (`35-209900-176148-1`).
                var e = v, digits = 0, groups = 0
                while groups < 4 {
                    let s = e
                    e = CredentialScan.runEnd(b, from: e, ASCII.isDigit)
                    guard e > s else { return nil }
                    digits += e - s
                    groups += 1
                    guard e + 1 < n, b[e] == UInt8(ascii: "-"), ASCII.isDigit(b[e + 1]) else { break }
                    e += 1
                }
                return digits >= 14 && digits <= 16 ? e : nil
            case .pin:
                let e = CredentialScan.runEnd(b, from: v, ASCII.isDigit)
                return e - v >= 4 && e - v <= 6 ? e : nil
            }
        }
    }
}
