/// Values quoted after the word that names them, without a separator, as validation and
/// lookup errors write them:
/// - Joi (Node): `"password" with value "hunter2" fails to match the required pattern`: the
///   value after `with value`, under the rule of the quoted key before;
/// - `could not find user with username 'ghost_user'`, `login "jdoe" failed`: a quoted value
///   right after `username` or `login` (as `password '…'` is after `password`);
/// - `Invalid phone '555-0123' for contact …`: a quoted value of a phone number's characters
///   (7 to 15 digits) right after `phone`;
/// - `invalid national id '850101-1234567'`, `passport number "X1234567"`: a quoted value with
///   digits right after an identity number's label.
extension Scrubber {
    /// At the `w` of `with value "…"` or the first letter of `username`/`login` (a word start):
    /// the quoted value and its rule, or nil.
    func quotedValueAfterKeyWord(_ b: Bytes, at i: Int) -> (Range<Int>, Int)? {
        let n = b.count
        guard i == 0 || !ASCII.isAlnum(b[i - 1]) else { return nil }
        if ASCII.hasPrefix(b, at: i, exactly: "with value ") {
            // The key: `"password" ` right before.
            guard i >= 4, b[i - 1] == 0x20, b[i - 2] == UInt8(ascii: "\"") || b[i - 2] == UInt8(ascii: "'") else { return nil }
            let q = b[i - 2]
            let keyEnd = i - 2
            var keyStart = keyEnd
            while keyStart > 0, keyEnd - keyStart <= 64, b[keyStart - 1] != q { keyStart -= 1 }
            guard keyStart > 0, keyStart < keyEnd, b[keyStart - 1] == q,
                  let rule = compiled.fieldRule(forTextKey: b, keyStart..<keyEnd), compiled.active[rule].action != .keep else { return nil }
            return Self.quotedValue(b, at: i + 11).map { ($0, rule) }
        }
        if ASCII.hasPrefix(b, at: i, lowercased: "phone "), let rule = fieldRule(forLiteralKey: "phone"), compiled.active[rule].action != .keep,
           let value = Self.quotedValue(b, at: i + 6), value.upperBound < n, Self.isPhoneShaped(b, value) {
            return (value, rule)
        }
        for word: StaticString in ["username", "login"] where ASCII.hasPrefix(b, at: i, lowercased: word) {
            let e = i + word.utf8CodeUnitCount
            guard e + 2 < n, b[e] == 0x20, let rule = fieldRule(forLiteralKey: word), compiled.active[rule].action != .keep,
                  let value = Self.quotedValue(b, at: e + 1) ?? Self.accountAfterIs(b, wordEnd: e) else { return nil }
            return (value, rule)
        }
        return nil
    }

    /// The identity-number labels a validation error names its value by, and the key whose rule
    /// the value takes.
    static let identityNumberLabels: [(label: StaticString, key: StaticString)] = [
        ("national id number ", "national_id"), ("national id ", "national_id"), ("passport number ", "passport_number"),
        ("passport no ", "passport_number"), ("passport ", "passport_number"), ("tax id ", "tax_id"), ("tax number ", "tax_id"),
        ("social security number ", "ssn"), ("ssn ", "ssn"), ("id number ", "id_number"), ("driver's license ", "drivers_license"),
        ("drivers license ", "drivers_license"), ("license number ", "license_number"), ("aadhaar ", "aadhaar"),
    ]

    /// `invalid national id '850101-1234567'`, `passport number "X1234567" is expired`: a quoted
    /// value with at least 4 digits right after an identity number's label, under its rule.
    func quotedIdentityNumber(_ b: Bytes, at i: Int) -> (Range<Int>, Int)? {
        guard i + 4 < b.count, i == 0 || !ASCII.isAlnum(b[i - 1]) else { return nil }
        // (The first two letters of a label first: most words stop here.)
        switch (b[i] | 0x20, b[i + 1] | 0x20) {
        case (UInt8(ascii: "n"), UInt8(ascii: "a")), (UInt8(ascii: "p"), UInt8(ascii: "a")), (UInt8(ascii: "t"), UInt8(ascii: "a")),
             (UInt8(ascii: "s"), UInt8(ascii: "o")), (UInt8(ascii: "s"), UInt8(ascii: "s")), (UInt8(ascii: "i"), UInt8(ascii: "d")),
             (UInt8(ascii: "d"), UInt8(ascii: "r")), (UInt8(ascii: "l"), UInt8(ascii: "i")), (UInt8(ascii: "a"), UInt8(ascii: "a")): break
        default: return nil
        }
        for (label, key) in Self.identityNumberLabels where ASCII.hasPrefix(b, at: i, lowercased: label) {
            let k = i + label.utf8CodeUnitCount
            guard k < b.count, b[k] == UInt8(ascii: "'") || b[k] == UInt8(ascii: "\""), let value = Self.quotedValue(b, at: k),
                  value.count <= 64, b[value].count(where: ASCII.isDigit) >= 4, !Self.isPseudonym(b, value),
                  let rule = fieldRule(forLiteralKey: key), compiled.active[rule].action != .keep else { return nil }
            return (value, rule)
        }
        return nil
    }

    /// Analytics and crash-reporting SDKs' calls that name the user: `setUserId("dang.vanlam")`
    /// (Firebase Crashlytics, Amplitude), `mixpanel.identify("…")`, `analytics.identify('…', {…})`
    /// (Segment), `setUserIdentifier(…)` (Bugsnag) — the first argument, quoted or bare (up to `)`
    /// or `,`), under the `user` key's rule; and Crashlytics' `Setting user identifier: …`.
    func userIdentifierCall(_ b: Bytes, at i: Int) -> (Range<Int>, Int)? {
        let n = b.count
        var k = -1
        for call: StaticString in ["setUserId(", "setUserID(", "setUserIdentifier(", "identify("] where ASCII.hasPrefix(b, at: i, exactly: call) {
            k = i + call.utf8CodeUnitCount
            break
        }
        if k < 0, ASCII.hasPrefix(b, at: i, exactly: "Setting user identifier: ") { k = i + 25 }
        guard k > i, k < n, compiled.userRule >= 0 else { return nil }
        let value: Range<Int>
        if b[k] == UInt8(ascii: "\"") || b[k] == UInt8(ascii: "'") {
            guard let quoted = Self.quotedValue(b, at: k) else { return nil }
            value = quoted
        } else {
            var e = k
            // (`identify({"traits":{…}})`: an object's members are pairs of their own.)
            guard b[k] != UInt8(ascii: "{"), b[k] != UInt8(ascii: "[") else { return nil }
            while e < n, e - k <= 128, b[e] > 0x20, b[e] != UInt8(ascii: ")"), b[e] != UInt8(ascii: ","), b[e] != UInt8(ascii: ";") { e += 1 }
            // (A variable, `identify(user)`, `setUserId(uid)`, is no value: only one with a `.`, `_`, `@` or digit.)
            guard e > k, b[k..<e].contains(where: { ASCII.isDigit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "@") }) else { return nil }
            value = k..<e
        }
        guard !value.isEmpty, !Self.isPseudonym(b, value) else { return nil }
        return (value, compiled.userRule)
    }

    /// Digits (7 to 15) with the characters phone numbers are written with: `+`, `(`, `)`,
    /// `-`, `.`, space.
    static func isPhoneShaped(_ b: Bytes, _ r: Range<Int>) -> Bool {
        var digits = 0
        for k in r {
            let x = b[k]
            if ASCII.isDigit(x) { digits += 1; continue }
            guard x == 0x20 || x == UInt8(ascii: "+") || x == UInt8(ascii: "(") || x == UInt8(ascii: ")") || x == UInt8(ascii: "-") || x == UInt8(ascii: ".") else { return false }
        }
        return digits >= 7 && digits <= 15
    }

    /// The content of a `'…'` or `"…"` string at `at` (1…256 bytes, no line break); the rest
    /// of the line when it is not closed (fail closed).
    static func quotedValue(_ b: Bytes, at: Int) -> Range<Int>? {
        guard at + 1 < b.count, b[at] == UInt8(ascii: "\"") || b[at] == UInt8(ascii: "'") else { return nil }
        let q = b[at]
        let start = at + 1
        var e = start
        while e < b.count, e - start <= 256, b[e] != q, b[e] != 0x0A {
            e += b[e] == UInt8(ascii: "\\") ? 2 : 1
        }
        guard e > start else { return nil }
        if e >= b.count || b[e] != q { return start..<b.count }
        return start..<e
    }
}
