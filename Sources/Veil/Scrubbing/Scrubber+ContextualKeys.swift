/// Keys that no rule names because their values are harmless in most lines, but that hold a
/// credential or a person in a known context: `code=` in an OAuth callback, `response=` in an
/// HTTP or SIP Digest header, `uid=` holding a name instead of a number, `From=`/`To=` holding a
/// phone number in an SMS gateway's callback, `old=`/`new=` in a line about a password change.
extension Scrubber {
    /// The value to replace after `key=` (separator `=` at `separator`), or nil.
    func contextualKeyValue(_ b: Bytes, key: Range<Int>, separator: Int) -> TextSpan? {
        // (First bytes first: this runs for every key no rule names.)
        let first = b[key.lowerBound]
        if first == UInt8(ascii: "c") || first == UInt8(ascii: "p") || first == UInt8(ascii: "a"), let span = hexEncodedCommand(b, key: key, separator: separator) { return span }
        if key.count == 3, let span = passwordChangeValue(b, key: key, separator: separator) { return span }
        switch key.count {
        case 4: if let span = numberUnderCallKey(b, key: key, separator: separator) ?? authorizationCode(b, key: key, separator: separator) ?? numericIDName(b, key: key, separator: separator) { return span }
        case 8: if let span = digestResponse(b, key: key, separator: separator) { return span }
        case 3: if let span = queryStringKey(b, key: key, separator: separator) ?? numberUnderCallKey(b, key: key, separator: separator) ?? numericIDName(b, key: key, separator: separator) { return span }
        case 6: if let span = numberUnderCallKey(b, key: key, separator: separator) ?? numericIDName(b, key: key, separator: separator) { return span }
        case 5: if let span = numericIDName(b, key: key, separator: separator) { return span }
        case 2: if let span = queryStringKey(b, key: key, separator: separator) ?? prescriptionAccessCode(b, key: key, separator: separator) ?? webhookSignature(b, key: key, separator: separator) ?? calendarCommonName(b, key: key, separator: separator) ?? turkishGivenName(b, key: key, separator: separator) ?? terraformUserID(b, key: key, separator: separator) ?? numberUnderCallKey(b, key: key, separator: separator) { return span }
        case 9: if let span = numberUnderCallKey(b, key: key, separator: separator) { return span }
        case 11, 12, 13: if let span = validationInput(b, key: key, separator: separator) { return span }
        case 7: if let span = bankAccountAfterSortCode(b, key: key, separator: separator) { return span }
        default: break
        }
        // (Last: `…key=` with a random value, whatever its length; `key=` after `?`/`&` is `queryStringKey`'s.)
        let last = b[key.upperBound - 1]
        guard last == UInt8(ascii: "y") || last == UInt8(ascii: "Y") else { return nil }
        return randomValueUnderKeyName(b, key: key, separator: separator)
    }

    /// A web API's key in a URL's query, `?key=FCCB111F6A5B16510ED62D9549E1CF01` (Steam's Web API,
    /// Google's, many others; Zoom's `?tk=` registrant token): under `key` or `tk` right after `?` or `&` (or first in a form body, another
    /// pair after it: `body=key=…&orderid=…`), a value of 20 or more letters,
    /// digits, `-` and `_` with a letter and a digit in it. (`key=users.email`, `?key=value` and
    /// other short or word-like values stay.)
    func queryStringKey(_ b: Bytes, key: Range<Int>, separator: Int) -> TextSpan? {
        // (Zoom's join links carry the registrant's token as `tk=`.)
        guard key.lowerBound > 0, key.count == 3 ? ASCII.hasPrefix(b, at: key.lowerBound, lowercased: "key") : ASCII.hasPrefix(b, at: key.lowerBound, lowercased: "tk"),
              let rule = fieldRule(forLiteralKey: "api_key") else { return nil }
        let before = b[key.lowerBound - 1]
        let inQuery = before == UInt8(ascii: "?") || before == UInt8(ascii: "&")
        // (A form body's first pair, `body=key=4DF5…&orderid=…`: another pair must follow.)
        guard inQuery || before == UInt8(ascii: "=") || before == 0x20 || before == UInt8(ascii: "\"") || before == UInt8(ascii: "'") else { return nil }
        let n = b.count
        let start = separator + 1
        var e = start
        var letter = false, digit = false
        while e < n, ASCII.isAlnum(b[e]) || b[e] == UInt8(ascii: "-") || b[e] == UInt8(ascii: "_")
            || (b[e] == UInt8(ascii: ".") && e + 1 < n && ASCII.isAlnum(b[e + 1])) {
            if ASCII.isDigit(b[e]) { digit = true } else if ASCII.isLetter(b[e]) { letter = true }
            e += 1
        }
        guard e - start >= 20, letter, digit, inQuery || (e < n && b[e] == UInt8(ascii: "&")) else { return nil }
        // A vendor's key the detectors know (`AIza…`) keeps its own rule.
        if APIKeyDetector.match(b, at: start, floor: start) != nil { return nil }
        return TextSpan(start..<e, rule: rule, kind: .field, precedence: 20)
    }

    /// Germany's e-prescription service (gematik's Fachdienst): a task's `AccessCode` travels in
    /// the query, `/Task/160.000.226.545.733.51/$accept?ac=26c55a95…` — 64 hex digits under `ac`
    /// right after `?` or `&`; whoever holds it can claim the prescription.
    func prescriptionAccessCode(_ b: Bytes, key: Range<Int>, separator: Int) -> TextSpan? {
        guard key.lowerBound > 0, b[key.lowerBound - 1] == UInt8(ascii: "?") || b[key.lowerBound - 1] == UInt8(ascii: "&"),
              b[key.lowerBound] | 0x20 == UInt8(ascii: "a"), b[key.lowerBound + 1] | 0x20 == UInt8(ascii: "c"), let rule = fieldRule(forLiteralKey: "access_token") else { return nil }
        let start = separator + 1
        var e = start
        while e < b.count, e - start <= 64, ASCII.isHexDigit(b[e]) { e += 1 }
        guard e - start == 64, e == b.count || !ASCII.isAlnum(b[e]) else { return nil }
        return TextSpan(start..<e, rule: rule, kind: .field, precedence: 20)
    }

    /// A signed webhook's signature header written as its list, `t=1732009002,v1=e5ba4ea4…`
    /// (Stripe, Persona and many others, after `Stripe-Signature ` or in prose): under `v0`/`v1`
    /// after `t=<digits>,`, 32 or more hex digits — the HMAC that lets whoever holds it replay the
    /// event. Under the rule for `signature` keys.
    func webhookSignature(_ b: Bytes, key: Range<Int>, separator: Int) -> TextSpan? {
        guard b[key.lowerBound] == UInt8(ascii: "v"), b[key.lowerBound + 1] == UInt8(ascii: "1") || b[key.lowerBound + 1] == UInt8(ascii: "0"),
              key.lowerBound >= 4, b[key.lowerBound - 1] == UInt8(ascii: ",") else { return nil }
        // `t=<digits>` before the comma.
        var k = key.lowerBound - 1
        while k > 0, key.lowerBound - 1 - k <= 12, ASCII.isDigit(b[k - 1]) { k -= 1 }
        guard k < key.lowerBound - 1, k >= 2, b[k - 1] == UInt8(ascii: "="), b[k - 2] == UInt8(ascii: "t"),
              let rule = fieldRule(forLiteralKey: "signature") else { return nil }
        let start = separator + 1
        var e = start
        while e < b.count, e - start <= 128, ASCII.isHexDigit(b[e]) { e += 1 }
        guard e - start >= 32, e == b.count || !ASCII.isAlnum(b[e]) else { return nil }
        return TextSpan(start..<e, rule: rule, kind: .field, precedence: 20)
    }

    /// UK payments: `sort_code=20-32-06 account=43827716`: under `account` (a key of many
    /// meanings), 6 to 10 digits on a line that names a sort code are a bank account number.
    /// US payments the same way beside a routing number, before or after it (`new routing=061000159
    /// account=88120047315`): 4 to 17 digits.
    func bankAccountAfterSortCode(_ b: Bytes, key: Range<Int>, separator: Int) -> TextSpan? {
        guard ASCII.hasPrefix(b, at: key.lowerBound, lowercased: "account"), let rule = fieldRule(forLiteralKey: "account_number") else { return nil }
        let n = b.count
        let start = separator + 1
        var e = start
        while e < n, e - start <= 17, ASCII.isDigit(b[e]) { e += 1 }
        guard e - start >= 4, e - start <= 17, e == n || !ASCII.isAlnum(b[e]) else { return nil }
        let sortCode = e - start >= 6 && e - start <= 10
            && (CredentialScan.contains(b, from: key.lowerBound - 160, to: key.lowerBound, lowercased: "sort_code")
                || CredentialScan.contains(b, from: key.lowerBound - 160, to: key.lowerBound, lowercased: "sort code")
                || CredentialScan.contains(b, from: key.lowerBound - 160, to: key.lowerBound, lowercased: "sortcode"))
        guard sortCode || CredentialScan.contains(b, from: key.lowerBound - 160, to: e + 160, lowercased: "routing") else { return nil }
        return TextSpan(start..<e, rule: rule, kind: .field, precedence: 20)
    }

    /// The input a validation error repeats, whose field it does not name on the same line:
    /// Pydantic's `[type=string_too_short, input_value='Bl4ckb1rd!', input_type=str]` (the field's
    /// name is on the line before), Hibernate Validator's `invalidValue=…`, `rejectedValue=…`. The
    /// value takes the rule its shape says (a password, an account, a name, a date; a malformed
    /// address such as `nikolai.petrov@@mail.ru` or `rafael.quintero.gmail.com` under an e-mail
    /// validation: the e-mail rule), as a failing row's values do; anything else stays.
    func validationInput(_ b: Bytes, key: Range<Int>, separator: Int) -> TextSpan? {
        let k = key.lowerBound
        guard (key.count == 11 && ASCII.hasPrefix(b, at: k, lowercased: "input_value"))
            || (key.count == 12 && ASCII.hasPrefix(b, at: k, lowercased: "invalidvalue"))
            || (key.count == 13 && ASCII.hasPrefix(b, at: k, lowercased: "rejectedvalue")) else { return nil }
        let n = b.count
        var start = separator + 1
        guard start < n else { return nil }
        var quote: UInt8 = 0
        if b[start] == UInt8(ascii: "\"") || b[start] == UInt8(ascii: "'") { quote = b[start]; start += 1 }
        var e = start
        if quote != 0 {
            while e < n, e - start <= 256, b[e] != quote { if b[e] == UInt8(ascii: "\\") { e += 1 }; e += 1 }
            guard e < n, e - start <= 256 else { return nil }
        } else {
            while e < n, e - start <= 256, b[e] != 0x20, b[e] != UInt8(ascii: ","), b[e] != UInt8(ascii: "]"), b[e] != UInt8(ascii: ")"), b[e] != UInt8(ascii: "}") { e += 1 }
        }
        let value = start..<e
        guard value.count >= 3, !NoValue.matches(b, value), !Self.isPseudonym(b, value), Self.alreadyScrubbedEnd(b, value) != value.upperBound else { return nil }
        if let email = malformedAddressRule(b, value) { return TextSpan(value, rule: email, kind: .field, precedence: 20) }
        guard let rule = positionalValueRule(b, value) else { return nil }
        return TextSpan(value, rule: rule, kind: .field, precedence: 20)
    }

    /// `nikolai.petrov@@mail.ru`, `astrid.holm@gmail`, `rafael.quintero.gmail.com` in an e-mail
    /// validation error: the e-mail rule, when the value holds an `@` between letters, or the line
    /// says it is an e-mail that failed.
    private func malformedAddressRule(_ b: Bytes, _ r: Range<Int>) -> Int? {
        let rule = compiled.detectors.email
        guard rule >= 0, !b[r].contains(0x20) else { return nil }
        if let at = b[r].firstIndex(of: UInt8(ascii: "@")), at > r.lowerBound, ASCII.isAlnum(b[at - 1]), b[(at + 1)..<r.upperBound].contains(where: ASCII.isLetter) { return rule }
        // Pydantic's `value is not a valid email address: … must have an @-sign`.
        guard b[r].contains(UInt8(ascii: ".")), b[r].allSatisfy({ ASCII.isAlnum($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") }),
              CredentialScan.contains(b, from: 0, to: b.count, lowercased: "email") else { return nil }
        return rule
    }

    /// auditd writes a command line that holds a space or a quote in hex (`cmd=6D7973716C202D75…`,
    /// `proctitle=…`, an `EXECVE` argument `a1=2D2D70617373…`). The hex is decoded (NUL bytes,
    /// which separate `proctitle`'s arguments, read as spaces) and scanned: when the command
    /// holds anything a rule replaces (`mysql -u root -pS3cr3t`), the whole value is replaced
    /// under the rule for `password` keys (fail closed: a replacement in the hex cannot be
    /// written back).
    func hexEncodedCommand(_ b: Bytes, key: Range<Int>, separator: Int) -> TextSpan? {
        let isCommandKey = (key.count == 3 && ASCII.hasPrefix(b, at: key.lowerBound, exactly: "cmd"))
            || (key.count == 9 && ASCII.hasPrefix(b, at: key.lowerBound, exactly: "proctitle"))
            || (key.count >= 2 && key.count <= 4 && b[key.lowerBound] == UInt8(ascii: "a") && b[(key.lowerBound + 1)..<key.upperBound].allSatisfy(ASCII.isDigit))
        guard isCommandKey else { return nil }
        let start = separator + 1
        var e = start
        while e < b.count, e - start <= 16 << 10, ASCII.isHexDigit(b[e]) { e += 1 }
        let length = e - start
        guard length >= 8, length % 2 == 0, e == b.count || !ASCII.isAlnum(b[e]), b[start..<e].contains(where: ASCII.isDigit) else { return nil }
        var decoded = [UInt8]()
        decoded.reserveCapacity(length / 2)
        var k = start
        while k < e {
            let byte = UInt8(Self.hexValue(b[k]) << 4 | Self.hexValue(b[k + 1]))
            decoded.append(byte == 0 ? 0x20 : byte)
            k += 2
        }
        let holdsFinding = decoded.withUnsafeBufferPointer { text -> Bool in
            var spans: [TextSpan] = []
            var ranges: [Range<Int>] = []
            collectSpans(text, into: &spans, ranges: &ranges)
            return !spans.isEmpty
        }
        guard holdsFinding, let rule = fieldRule(forLiteralKey: "password"), compiled.active[rule].action != .keep else { return nil }
        return TextSpan(start..<e, rule: rule, kind: .field, precedence: 20)
    }

    /// An audit line about a password change (`user_changed_password user=… old=Chennai@2020
    /// new=Chennai@2024`): `old=` and `new=` hold the passwords when the clause names a password
    /// (`password`, `passwd`) before them (up to a `;` or `|`); elsewhere (`old=3 new=4`) they stay.
    func passwordChangeValue(_ b: Bytes, key: Range<Int>, separator: Int) -> TextSpan? {
        guard ASCII.hasPrefix(b, at: key.lowerBound, exactly: "old") || ASCII.hasPrefix(b, at: key.lowerBound, exactly: "new"),
              key.lowerBound == 0 || b[key.lowerBound - 1] == 0x20 else { return nil }
        // The same clause: no `;` or `|` between the word and the key.
        var clauseStart = key.lowerBound
        while clauseStart > 0, key.lowerBound - clauseStart < 160, b[clauseStart - 1] != UInt8(ascii: ";"), b[clauseStart - 1] != UInt8(ascii: "|") { clauseStart -= 1 }
        guard CredentialScan.contains(b, from: clauseStart, to: key.lowerBound, lowercased: "password")
                || CredentialScan.contains(b, from: clauseStart, to: key.lowerBound, lowercased: "passwd"),
              let rule = fieldRule(forLiteralKey: "password"), compiled.active[rule].action != .keep else { return nil }
        let start = separator + 1
        let end = Self.unquotedValueEnd(b, from: start)
        guard end > start, !Self.isPseudonym(b, start..<end), Self.alreadyScrubbedEnd(b, start..<end) != end else { return nil }
        return TextSpan(start..<end, rule: rule, kind: .field, precedence: 20)
    }

    @inline(__always)
    static func hexValue(_ x: UInt8) -> Int {
        ASCII.isDigit(x) ? Int(x - 0x30) : Int(ASCII.lower(x) - 0x61 + 10)
    }

    /// iCalendar's `ATTENDEE;CN=Chidi Okeke;PARTSTAT=…:mailto:…` and `ORGANIZER;CN="…":mailto:…`
    /// (RFC 5545): the `CN` parameter is the person's display name, quoted or up to `:` or `;`, under
    /// the `name` key's rule. (`CN=` in a distinguished name, after `,` or at a value's start, is not
    /// a parameter and stays the distinguished name's.)
    /// Terraform's `aws_iam_user.contractor: Creation complete after 1s [id=ana.oliveira]`: a user
    /// resource's id is the account's name (`azuread_user`, `okta_user`, `google_…_user` too).
    func terraformUserID(_ b: Bytes, key: Range<Int>, separator: Int) -> TextSpan? {
        guard key.lowerBound > 0, b[key.lowerBound - 1] == UInt8(ascii: "["), b[key.lowerBound] == UInt8(ascii: "i"), b[key.lowerBound + 1] == UInt8(ascii: "d"),
              let rule = fieldRule(forLiteralKey: "username") else { return nil }
        // The line's resource address: `<type>_user.<name>: ` before the bracket.
        var lineStart = key.lowerBound - 1
        while lineStart > 0, b[lineStart - 1] != 0x0A, key.lowerBound - lineStart < 400 { lineStart -= 1 }
        guard let dot = b[lineStart..<key.lowerBound].firstIndex(of: UInt8(ascii: ".")), dot - lineStart >= 6,
              CredentialScan.hasSuffix(b, endingAt: dot, lowercased: "_user"),
              b[lineStart..<dot].allSatisfy({ ASCII.isLower($0) || ASCII.isDigit($0) || $0 == UInt8(ascii: "_") || $0 == 0x20 || $0 == UInt8(ascii: ":") }) else { return nil }
        let start = separator + 1
        var end = start
        while end < b.count, end - start <= 128, b[end] != UInt8(ascii: "]"), b[end] != 0x20 { end += 1 }
        guard end > start, end < b.count, b[end] == UInt8(ascii: "]"), !Self.isPseudonym(b, start..<end) else { return nil }
        return TextSpan(start..<end, rule: rule, kind: .field, precedence: 20)
    }

    func calendarCommonName(_ b: Bytes, key: Range<Int>, separator: Int) -> TextSpan? {
        guard key.lowerBound > 0, b[key.lowerBound - 1] == UInt8(ascii: ";"), b[key.lowerBound] | 0x20 == UInt8(ascii: "c"), b[key.lowerBound + 1] | 0x20 == UInt8(ascii: "n"),
              compiled.nameRule >= 0 else { return nil }
        let value = Self.quotedOrBareValue(b, from: separator + 1) { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ";") || $0 == 0x0A || $0 == 0x0D }
        guard !value.isEmpty, !Self.isPseudonym(b, value) else { return nil }
        return TextSpan(value, rule: compiled.nameRule, kind: .field, precedence: 20)
    }

    /// A value at `start`: inside double quotes (to the closing quote or the line's end), or bare
    /// up to the first byte `stops` accepts. (No length cap: a cut value would leave its tail raw.)
    static func quotedOrBareValue(_ b: Bytes, from start: Int, stops: (UInt8) -> Bool) -> Range<Int> {
        let n = b.count
        if start < n, b[start] == UInt8(ascii: "\"") {
            var end = start + 1
            while end < n, b[end] != UInt8(ascii: "\""), b[end] != 0x0A { end += 1 }
            return (start + 1)..<end
        }
        var end = start
        while end < n, !stops(b[end]) { end += 1 }
        return start..<end
    }

    /// Turkish records name a person by `ad` (given name) and `soyad` (surname): `ad=Mehmet
    /// soyad=Yıldız`. `ad` alone means too many things (an advert, Active Directory); only with
    /// `soyad` in the 160 bytes after or before it is it a given name.
    func turkishGivenName(_ b: Bytes, key: Range<Int>, separator: Int) -> TextSpan? {
        guard b[key.lowerBound] | 0x20 == UInt8(ascii: "a"), b[key.lowerBound + 1] | 0x20 == UInt8(ascii: "d"), compiled.nameRule >= 0,
              key.lowerBound == 0 || !(ASCII.isAlnum(b[key.lowerBound - 1]) || b[key.lowerBound - 1] == UInt8(ascii: "_")),
              CredentialScan.contains(b, from: key.lowerBound - 160, to: key.lowerBound + 160, lowercased: "soyad") else { return nil }
        let value = Self.quotedOrBareValue(b, from: separator + 1) { $0 <= 0x20 || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "&") }
        guard !value.isEmpty, !Self.isPseudonym(b, value), Self.placeholderEnd(b, at: value.lowerBound) == nil else { return nil }
        return TextSpan(value, rule: compiled.nameRule, kind: .field, precedence: 20)
    }

    /// Keys of a call or a message that hold a party: SMS and voice gateways' callbacks
    /// (Twilio, Plivo, Vonage: `From=919845012345&To=…`), CDRs (`src=`, `dst=`).
    static let callPartyKeys: [StaticString] = ["from", "to", "src", "dst", "caller", "called", "sender", "recipient"]

    /// A phone number of 10…15 digits (a `+` or `%2B` before them allowed) under one of
    /// ``callPartyKeys``, under the `phone` key's rule; other values (addresses, hosts, short
    /// extensions) are left to the scan.
    func numberUnderCallKey(_ b: Bytes, key: Range<Int>, separator: Int) -> TextSpan? {
        switch b[key.lowerBound] | 0x20 {
        case UInt8(ascii: "f"), UInt8(ascii: "t"), UInt8(ascii: "s"), UInt8(ascii: "d"), UInt8(ascii: "c"), UInt8(ascii: "r"): break
        default: return nil
        }
        guard separator + 10 < b.count, ASCII.isDigit(b[separator + 1]) || b[separator + 1] == UInt8(ascii: "+") || b[separator + 1] == UInt8(ascii: "%"),
              Self.callPartyKeys.contains(where: { $0.utf8CodeUnitCount == key.count && ASCII.hasPrefix(b, at: key.lowerBound, lowercased: $0) }) else { return nil }
        let start = separator + 1
        var k = start
        if ASCII.hasPrefix(b, at: k, exactly: "+") { k += 1 } else if ASCII.hasPrefix(b, at: k, lowercased: "%2b") { k += 3 }
        let digits = k
        while k < b.count, k - digits <= 15, ASCII.isDigit(b[k]) { k += 1 }
        // (Not epoch seconds or milliseconds, `from=1700000000123 to=…`: 10 or 13 digits from `15`…`19`.)
        let count = k - digits
        if digits == start, count == 10 || count == 13, b[digits] == UInt8(ascii: "1"), b[digits + 1] >= UInt8(ascii: "5") { return nil }
        guard count >= 10, count <= 15, k == b.count || !(ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "@") || b[k] == UInt8(ascii: ".")),
              let rule = fieldRule(forLiteralKey: "phone"), compiled.active[rule].action != .keep else { return nil }
        return TextSpan(start..<k, rule: rule, kind: .field, precedence: 20)
    }

    /// An OAuth 2.0 authorization code (a credential until redeemed) of 16…512 URL-safe bytes
    /// with a letter and a digit, under the rule for `access_token` keys:
    /// - `?code=…` / `&code=…` in a callback URL (8 bytes or more when `state=` is near or the
    ///   path speaks of a `callback` or `oauth`);
    /// - `code=…` as a logfmt or text pair when `state=` or `redirect_uri` stands within 512
    ///   bytes (`msg="oauth callback" code=4/0AY0e-g7… state=xyz`);
    /// and a one-time code of 4…8 digits in a link's query (`/verify?code=839201`), under the
    /// rule for `otp` keys.
    func authorizationCode(_ b: Bytes, key: Range<Int>, separator: Int) -> TextSpan? {
        guard key.count == 4, ASCII.hasPrefix(b, at: key.lowerBound, lowercased: "code") else { return nil }
        let before: UInt8 = key.lowerBound > 0 ? b[key.lowerBound - 1] : 0x20
        let inQuery = before == UInt8(ascii: "?") || before == UInt8(ascii: "&")
        // (Also in a record's parentheses: `invalid_grant (code=CF2F…, redirect_uri=…)`.)
        guard inQuery || before == 0x20 || before == 0x09 || before == UInt8(ascii: "(") || before == UInt8(ascii: ",") || before == UInt8(ascii: ";") else { return nil }
        let start = separator + 1
        var e = start
        var letter = false, digit = false
        while e < b.count, e - start <= 512 {
            let x = b[e]
            if ASCII.isLetter(x) { letter = true } else if ASCII.isDigit(x) { digit = true } else if !(x == UInt8(ascii: "-") || x == UInt8(ascii: "_") || x == UInt8(ascii: "/")
                || x == UInt8(ascii: ".") || x == UInt8(ascii: "~") || x == UInt8(ascii: "%")) { break }
            e += 1
        }
        // `/verify?email=…&code=839201`: a one-time code (4…8 digits) in a link's query, under the `otp` key's rule.
        // `verification sent channel=sms code=482913 status=pending` (Twilio Verify, Auth0, Okta):
        // also in text that speaks of a verification, an SMS, an OTP or a second factor.
        if digit, !letter, e - start >= 4, e - start <= 8, b[start..<e].allSatisfy(ASCII.isDigit), e == b.count || !ASCII.isAlnum(b[e]),
           inQuery || Self.speaksOfOneTimeCode(b), let rule = oneTimeCodeRule(), compiled.active[rule].action != .keep {
            return TextSpan(start..<e, rule: rule, kind: .field, precedence: 20)
        }
        guard letter, digit, e - start >= 8, e - start <= 512 else { return nil }
        // A shorter code (8…15 bytes) only in a callback's query: `/callback?code=Xy7Wz6Vu5Ts4Rq&state=x`.
        if e - start < 16 {
            let lo = key.lowerBound - 512, hi = e + 512
            guard inQuery, CredentialScan.contains(b, from: lo, to: hi, lowercased: "state=") || CredentialScan.contains(b, from: lo, to: key.lowerBound, lowercased: "callback")
                    || CredentialScan.contains(b, from: lo, to: key.lowerBound, lowercased: "oauth") else { return nil }
        }
        if !inQuery {
            let lo = key.lowerBound - 512, hi = e + 512
            guard CredentialScan.contains(b, from: lo, to: hi, lowercased: "state=") || CredentialScan.contains(b, from: lo, to: hi, lowercased: "redirect_uri")
            else { return nil }
        }
        guard let rule = fieldRule(forLiteralKey: "access_token"), compiled.active[rule].action != .keep else { return nil }
        if Self.isPseudonym(b, start..<e) { return nil }
        return TextSpan(start..<e, rule: rule, kind: .field, precedence: 20)
    }

    /// Whether the line speaks of a one-time code: `verif`, `otp`, `sms`, `2fa`, `mfa`, `one-time`, `passcode`.
    static func speaksOfOneTimeCode(_ b: Bytes) -> Bool {
        for word: StaticString in ["verif", "otp", "sms", "2fa", "mfa", "one-time", "passcode"]
        where CredentialScan.contains(b, from: 0, to: b.count, lowercased: word) { return true }
        return false
    }

    /// `response="6629fae4…"` in `Authorization: Digest …` (HTTP, SIP): the MD5 or SHA-256 of the
    /// password, user, realm and nonce — an offline-guessable password — under the rule for
    /// `password` keys. Only 32 or 64 hex digits, with `Digest ` in the 512 bytes before.
    func digestResponse(_ b: Bytes, key: Range<Int>, separator: Int) -> TextSpan? {
        guard ASCII.hasPrefix(b, at: key.lowerBound, lowercased: "response") else { return nil }
        var start = separator + 1
        // (Also escaped, inside a quoted log field: `response=\"6629…\"`.)
        if start + 1 < b.count, b[start] == UInt8(ascii: "\\"), b[start + 1] == UInt8(ascii: "\"") { start += 2 }
        else if start < b.count, b[start] == UInt8(ascii: "\"") { start += 1 }
        var e = start
        while e < b.count, e - start <= 64, ASCII.isHexDigit(b[e]) { e += 1 }
        guard e - start == 32 || e - start == 64, e == b.count || !ASCII.isAlnum(b[e]) else { return nil }
        guard CredentialScan.contains(b, from: key.lowerBound - 512, to: key.lowerBound, lowercased: "digest ") else { return nil }
        guard let rule = fieldRule(forLiteralKey: "password") else { return nil }
        return TextSpan(start..<e, rule: rule, kind: .field, precedence: 20)
    }

    /// `uid`, `euid`, `auid`, `suid`, `fsuid` (and `gid` and the first of `groups` in the
    /// `N(name)` form) usually hold numbers (`uid=0 auid=1000`), which stay. The name in `id`'s
    /// output (`uid=1000(alice) gid=1000(alice) groups=1000(alice),27(sudo)`) and a name in place of the number (`uid=jane.doe`, auditd's enriched
    /// `AUID="alice"`) are user names, under the rule for `user` keys. UUIDs and long hex ids stay.
    func numericIDName(_ b: Bytes, key: Range<Int>, separator: Int) -> TextSpan? {
        let k = key.lowerBound
        var isGID = false
        switch key.count {
        case 3:
            if ASCII.hasPrefix(b, at: k, lowercased: "gid") { isGID = true } else if !ASCII.hasPrefix(b, at: k, lowercased: "uid") { return nil }
        case 4:
            guard ASCII.hasPrefix(b, at: k + 1, lowercased: "uid") else { return nil }
            let first = ASCII.lower(b[k])
            guard first == UInt8(ascii: "e") || first == UInt8(ascii: "a") || first == UInt8(ascii: "s") || first == UInt8(ascii: "o") else { return nil }
        case 5:
            guard ASCII.hasPrefix(b, at: k, lowercased: "fsuid") else { return nil }
        case 6:
            // `id`'s `groups=1000(alice),27(sudo)`: the first group is the user's own.
            guard ASCII.hasPrefix(b, at: k, lowercased: "groups") else { return nil }
            isGID = true
        default:
            return nil
        }
        if k > 0, ASCII.isAlnum(b[k - 1]) || b[k - 1] == UInt8(ascii: "_") || b[k - 1] == UInt8(ascii: ",") { return nil }
        let rule = compiled.userRule
        guard rule >= 0 else { return nil }
        let n = b.count
        var start = separator + 1
        guard start < n else { return nil }
        // `1000(alice)`: the name in parentheses.
        if ASCII.isDigit(b[start]) {
            var d = start
            while d < n, d - start < 10, ASCII.isDigit(b[d]) { d += 1 }
            guard d < n, b[d] == UInt8(ascii: "(") else { return nil }
            let name = d + 1
            var e = name
            while e < n, e - name <= 64, AuthLogDetector.isUserByte(b[e]) || b[e] == UInt8(ascii: "~") { e += 1 }
            guard e > name, e < n, b[e] == UInt8(ascii: ")"), e - name <= 64, !Self.isPseudonym(b, name..<e) else { return nil }
            return TextSpan(name..<e, rule: rule, kind: .field, precedence: 20)
        }
        guard !isGID else { return nil }
        var quote: UInt8 = 0
        if b[start] == UInt8(ascii: "\"") || b[start] == UInt8(ascii: "'") { quote = b[start]; start += 1 }
        guard start < n, ASCII.isLetter(b[start]) else { return nil }
        var e = start
        var hexOnly = true
        while e < n, e - start <= 64, AuthLogDetector.isUserByte(b[e]) || b[e] == UInt8(ascii: "~") {
            if !(ASCII.isHexDigit(b[e]) || b[e] == UInt8(ascii: "-")) { hexOnly = false }
            e += 1
        }
        guard e - start <= 64 else { return nil }
        if quote != 0 { guard e < n, b[e] == quote else { return nil } } else if e < n, ASCII.isAlnum(b[e]) { return nil }
        while e > start, b[e - 1] == UInt8(ascii: ".") { e -= 1 }  // a sentence's full stop
        let value = start..<e
        guard !value.isEmpty, !(hexOnly && value.count >= 16), !NoValue.matches(b, value), !Self.isPseudonym(b, value) else { return nil }
        return TextSpan(value, rule: rule, kind: .field, precedence: 20)
    }
}
