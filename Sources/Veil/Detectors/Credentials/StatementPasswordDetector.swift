/// Passwords inside statements that query logs record verbatim (PostgreSQL
/// `log_statement`, MySQL's general log, Redis `MONITOR`):
/// `ALTER USER bob WITH PASSWORD 'x'`, `CREATE ROLE app LOGIN ENCRYPTED PASSWORD 'x'`,
/// `CREATE USER 'c'@'%' IDENTIFIED BY 'x'` (also `IDENTIFIED WITH plugin BY 'x'`),
/// `SET PASSWORD FOR 'd'@'localhost' = 'x'`, `PASSWORD('x')`, and Redis
/// `"AUTH" "x"` / `"AUTH" "user" "x"` (unquoted `AUTH …`: `SASLCredentialDetector`); and in prose, `password is[:] X`
/// (also `pass is X`, `passwd is X`, `passcode is X`) and
/// `password for ACCOUNT is X` (a literal, or one token that is no prose word: `password is incorrect` stays).
///
/// **Trigger**: the word start of `PASSWORD`, `IDENTIFIED` (any case, not glued to a
/// letter, digit or `_` before it) or `AUTH` right after a `"`. **Returns** the text
/// inside the quotes of the secret literal (SQL `''` and backslash escapes stay inside it);
/// an unterminated literal runs to the end of the line (fail closed). A bare word after
/// `PASSWORD` (`password changed`, `PASSWORD NULL`) is no literal and is left alone.
/// Part of the `cli_password` detector.
package enum StatementPasswordDetector {
    package static func match(_ b: Bytes, at: Int, floor: Int) -> Range<Int>? {
        guard at >= floor, at + 6 < b.count else { return nil }
        switch b[at] | 0x20 {
        case UInt8(ascii: "p"):
            guard ASCII.hasPrefix(b, at: at, lowercased: "pass"), wordStart(b, at) else { return nil }
            // A request path's last segment (Lograge's `path=/users/password format=html`, `GET
            // /reset/password 200`): no statement's keyword. (A key path in a command, `vault kv put
            // secret/db/password value=…`, and ` /password X`, a Windows-style switch, are still read.)
            if at >= 2, b[at - 1] == UInt8(ascii: "/"), ASCII.isAlnum(b[at - 2]) || b[at - 2] == UInt8(ascii: "_") || b[at - 2] == UInt8(ascii: "-"), isRequestPath(b, segment: at) { return nil }
            // (German `Passwort`: `neues Passwort Herbst#2024`, `Passwort ist X`.)
            guard ASCII.hasPrefix(b, at: at, lowercased: "password") || ASCII.hasPrefix(b, at: at, lowercased: "passwort") else {
                // Chat and tickets: `the staging db pass is s7agingDB_pw!`, `passwd is: …`, `passcode is …`.
                for word: StaticString in ["pass is ", "passwd is ", "passcode is ", "pass is:", "passwd is:"] where ASCII.hasPrefix(b, at: at, lowercased: word) {
                    return isValue(b, afterIs: at + word.utf8CodeUnitCount - 1)
                }
                return nil
            }
            return afterPassword(b, at + 8)
        case UInt8(ascii: "i"):
            guard ASCII.hasPrefix(b, at: at, lowercased: "identified "), wordStart(b, at) else { return nil }
            // `IDENTIFIED BY 'x'`, `IDENTIFIED WITH plugin BY 'x'` (within 64 bytes), `BY PASSWORD '*hash'`.
            var k = at + 11
            let limit = min(b.count, k + 64)
            while k + 3 < limit, !(ASCII.hasPrefix(b, at: k, lowercased: "by ") && b[k - 1] == 0x20) { k += 1 }
            guard k + 3 < limit else { return nil }
            k += 3
            while k < b.count, b[k] == 0x20 { k += 1 }
            if ASCII.hasPrefix(b, at: k, lowercased: "password ") { k += 9 }
            // Oracle's `IDENTIFIED BY VALUES 'S:…'`: the stored hash.
            if ASCII.hasPrefix(b, at: k, lowercased: "values ") {
                k += 7
                while k < b.count, b[k] == 0x20 { k += 1 }
            }
            if let r = literal(b, at: k) { return r }
            // Unquoted only in a statement: the keyword in capitals, or after `user` (`alter user
            // scott identified by tiger`); prose's `a request identified by its id` stays.
            guard b[at + 1] == UInt8(ascii: "D") || CredentialScan.contains(b, from: at - 64, to: at, lowercased: "user ") else { return nil }
            return unquotedIdentifier(b, at: k)
        case UInt8(ascii: "a"):
            // Redis MONITOR: `"AUTH" "password"` or `"AUTH" "user" "password"`; unquoted, SMTP's
            // `AUTH PLAIN <base64>` and Redis's `AUTH password`.
            // `MIGRATE … "AUTH2" "user" "password"`.
            if at > 0, b[at - 1] == UInt8(ascii: "\""), ASCII.hasPrefix(b, at: at, lowercased: "auth2\" \""), let user = literal(b, at: at + 7),
               ASCII.hasPrefix(b, at: user.upperBound + 1, exactly: " \""), let password = literal(b, at: user.upperBound + 2) {
                return password
            }
            guard at > 0, b[at - 1] == UInt8(ascii: "\""), ASCII.hasPrefix(b, at: at, lowercased: "auth\" \"") else {
                return SASLCredentialDetector.afterAuthKeyword(b, at: at)
            }
            guard let first = literal(b, at: at + 6) else { return nil }
            let next = first.upperBound + 1
            if ASCII.hasPrefix(b, at: next, exactly: " \""), let second = literal(b, at: next + 1) { return second }
            return first
        default:
            return nil
        }
    }

    /// After the word `PASSWORD`: ` 'x'`, `('x')`, ` = 'x'`, ` FOR account = 'x'`.
    static func afterPassword(_ b: Bytes, _ from: Int) -> Range<Int>? {
        var k = from
        if k < b.count, b[k] == UInt8(ascii: "(") { return literal(b, at: k + 1) }
        guard k < b.count, b[k] == 0x20 else { return nil }
        while k < b.count, b[k] == 0x20 { k += 1 }
        if k < b.count, b[k] == UInt8(ascii: "=") {
            // `SET PASSWORD = PASSWORD('x')` (old MySQL), `SET PASSWORD = 'x'`.
            k += 1
            while k < b.count, b[k] == 0x20 { k += 1 }
            if ASCII.hasPrefix(b, at: k, lowercased: "password(") { return literal(b, at: k + 9) }
            return literal(b, at: k)
        }
        if k < b.count, b[k] == UInt8(ascii: "|") {
            // A table's row: `| Password | Tbl-Pw-7 |` — the next cell, trimmed.
            k += 1
            while k < b.count, b[k] == 0x20 { k += 1 }
            var e = k
            while e < b.count, e - k < 256, b[e] != UInt8(ascii: "|") { e += 1 }
            while e > k, b[e - 1] == 0x20 || b[e - 1] == 0x09 { e -= 1 }
            return e > k ? k..<e : nil
        }
        if ASCII.hasPrefix(b, at: k, exactly: "-> ") {
            // A map's arrow (`Map(password -> x)`): a quoted value after it; an unquoted one is
            // the key scan's (it ends at `,` or `)`).
            k += 3
            while k < b.count, b[k] == 0x20 { k += 1 }
            return literal(b, at: k)
        }
        if ASCII.hasPrefix(b, at: k, lowercased: "is ") || ASCII.hasPrefix(b, at: k, lowercased: "is:") {
            // Prose: `Your temporary password is: Xy7!kq2`, `password is "hunter2"`.
            return isValue(b, afterIs: k + 2)
        }
        if ASCII.hasPrefix(b, at: k, lowercased: "ist ") || ASCII.hasPrefix(b, at: k, lowercased: "lautet ") {
            return isValue(b, afterIs: b[k + 1] | 0x20 == UInt8(ascii: "s") ? k + 3 : k + 6)  // `Passwort ist …`, `lautet …`
        }
        if ASCII.hasPrefix(b, at: k, lowercased: "for ") {
            // `SET PASSWORD FOR 'd'@'localhost' = 'x'`: one account token, then `=`.
            let limit = min(b.count, k + 160)
            let account = k + 4
            var e = account
            while e < limit, b[e] > 0x20, b[e] != UInt8(ascii: "=") {
                // (A quoted part may hold white space: `'app user'@'%'`.)
                if b[e] == UInt8(ascii: "'") || b[e] == UInt8(ascii: "\"") || b[e] == UInt8(ascii: "`"), let close = b[(e + 1)..<limit].firstIndex(of: b[e]) {
                    e = close
                }
                e += 1
            }
            var q = e
            while q < limit, b[q] == 0x20 { q += 1 }
            guard e > account, q < limit, b[q] == UInt8(ascii: "=") else {
                // Prose: `Set password for user 'jdoe' to 'P@ssw0rd123'`, `Password for jane is
                // Tr0ub4dor&3 (user=jane)` — an `=` after more words is a later pair's, not SQL's.
                return proseTo(b, from: account, limit: limit)
            }
            k = q + 1
            while k < b.count, b[k] == 0x20 { k += 1 }
            if ASCII.hasPrefix(b, at: k, lowercased: "password(") { return literal(b, at: k + 9) }
            return literal(b, at: k)
        }
        // Prose: `password changed to 'X'`, `password set to X1`, `password from old1 to new2`
        // (both: one span from the old value through the new one).
        for verb: StaticString in ["changed to ", "set to ", "reset to ", "updated to ", "to "] where ASCII.hasPrefix(b, at: k, lowercased: verb) {
            return toValue(b, at: k + verb.utf8CodeUnitCount)
        }
        if ASCII.hasPrefix(b, at: k, lowercased: "from "), let old = toValue(b, at: k + 5) {
            let afterOld = old.upperBound + (old.upperBound < b.count && (b[old.upperBound] == UInt8(ascii: "'") || b[old.upperBound] == UInt8(ascii: "\"")) ? 1 : 0)
            if ASCII.hasPrefix(b, at: afterOld, lowercased: " to "), let new = toValue(b, at: afterOld + 4) { return old.lowerBound..<new.upperBound }
            return old
        }
        // `Invalid username or password Portal=GP-Portal-Ext`: the error's words, not a label.
        if from >= 12, CredentialScan.contains(b, from: from - 20, to: from, lowercased: "name or password") { return literal(b, at: k) }
        return literal(b, at: k) ?? proseToken(b, at: k)
    }

    /// After `password is` (at `k`, after `is`): a literal, or one token that is no prose word
    /// (`password is incorrect` stays) and no length (`password is 8 characters`).
    static func isValue(_ b: Bytes, afterIs start: Int) -> Range<Int>? {
        var k = start
        if k < b.count, b[k] == UInt8(ascii: ":") { k += 1 }
        while k < b.count, k < start + 14, b[k] == 0x20 { k += 1 }
        if let r = literal(b, at: k) { return r }
        var e = k
        while e < b.count, e - k < 256, b[e] > 0x20, b[e] != 0x7F { e += 1 }
        e = CredentialScan.failClosedEnd(b, start: k, end: e, cap: 256)
        e = withoutClosingQuote(b, k..<e).upperBound
        guard e > k, !CredentialScan.looksLikeWord(b, k..<e) else { return nil }
        // (`password is incorrect, or there is no user`: a word before a clause's punctuation.)
        var word = e
        while word > k + 1, b[word - 1] == UInt8(ascii: ",") || b[word - 1] == UInt8(ascii: ";") || b[word - 1] == UInt8(ascii: ".") || b[word - 1] == UInt8(ascii: "!") { word -= 1 }
        if word < e, b[k..<word].allSatisfy(ASCII.isLower), CredentialScan.looksLikeWord(b, k..<word) { return nil }
        // `password is 8 characters`: a number followed by a word is a length, not a password.
        if b[k..<e].allSatisfy(ASCII.isDigit), e + 1 < b.count, b[e] == 0x20, ASCII.isLetter(b[e + 1]) { return nil }
        return k..<e
    }

    /// ` to 'X'` / ` to X1` within `from..<limit` (`for user 'jdoe' to 'X'`), or ` is X` (`password
    /// for admin is Xy7!kq2`, as installers print an initial password): the value.
    static func proseTo(_ b: Bytes, from: Int, limit: Int) -> Range<Int>? {
        var k = from
        while k + 4 < limit {
            if b[k] == 0x20, ASCII.hasPrefix(b, at: k, lowercased: " to ") { return toValue(b, at: k + 4) }
            // (`is` before prose goes on: `password for bob is reset to Xy12!`.)
            if b[k] == 0x20, ASCII.hasPrefix(b, at: k, lowercased: " is ") || ASCII.hasPrefix(b, at: k, lowercased: " is:"),
               let r = isValue(b, afterIs: k + 3) { return r }
            // A clause ends the search; a dot only at a sentence's end (`for jdoe@example.com to X`
            // goes on).
            if b[k] == UInt8(ascii: ";") || b[k] == UInt8(ascii: ",") { return nil }
            if b[k] == UInt8(ascii: "."), k + 1 == b.count || b[k + 1] == 0x20 || b[k + 1] == 0x09 { return nil }
            // First-pass output (a pseudonym, a mask, a placeholder) stops the search as the value it
            // replaced did: an e-mail address or IP address has dots (`for a.b@x.com ng to …`).
            // Only real output: a raw `[admin]` or `~bob` does not (the password after it is found).
            if b[k] == UInt8(ascii: "~"), AuthLogDetector.isInScrubbedOutput(b, k) { return nil }
            if b[k] == UInt8(ascii: "["), Scrubber.placeholderEnd(b, at: k) != nil { return nil }
            if b[k] == UInt8(ascii: "*"), k + 3 < b.count, b[k + 1] == UInt8(ascii: "*"), b[k + 2] == UInt8(ascii: "*"), b[k + 3] == UInt8(ascii: "*") { return nil }
            k += 1
        }
        return nil
    }

    /// After `to ` in prose: a quoted literal, or one token that is no prose word and holds a
    /// byte that is not a letter (`to default`, `to expire` stay).
    static func toValue(_ b: Bytes, at k: Int) -> Range<Int>? {
        if let r = literal(b, at: k) { return r }
        guard let r = proseToken(b, at: k), b[r].contains(where: { !ASCII.isLetter($0) }) else { return nil }
        return r
    }

    /// `Login with user admin and password admin123`: one token after `password ` that is no
    /// prose word, keyword in capitals (`PASSWORD EXPIRE`), number (`password 3 times`) or
    /// bracketed aside.
    static func proseToken(_ b: Bytes, at k: Int) -> Range<Int>? {
        let r = withoutClosingQuote(b, SASLCredentialDetector.token(b, from: k))
        guard !r.isEmpty, SASLCredentialDetector.isPassword(b, r), !b[r].allSatisfy(ASCII.isDigit),
              b[r.lowerBound] != UInt8(ascii: "*"), b[r.lowerBound] != UInt8(ascii: "{"),
              // A word with letters beyond ASCII is prose too (`Passwort zurückgesetzt`, `mot de passe modifié`).
              !b[r].allSatisfy({ ASCII.isLower($0) || $0 >= 0x80 }) else { return nil }
        // A token that starts or ends in Veil's own output was no password on the first pass:
        // that part was a finding of its own (`for_x{"token:.7rs:` ends with `:`, and `"token:`
        // took `.7rs:`; in `f:"+44 20 7946 095.,09` the phone number took the token's start).
        if AuthLogDetector.isInScrubbedOutput(b, r.upperBound - 1) || AuthLogDetector.isInScrubbedOutput(b, r.lowerBound) { return nil }
        return r
    }

    /// `msg="password is: X" user=bob`: a quote that ends a prose token and closes the string
    /// holding the prose (an odd number of that quote before the token, none inside it) is no
    /// part of the password.
    /// Closing brackets after that quote go with it (`log('password is X')`).
    static func withoutClosingQuote(_ b: Bytes, _ r: Range<Int>) -> Range<Int> {
        var q = r.upperBound - 1
        while q > r.lowerBound, r.upperBound - q <= 3, b[q] == UInt8(ascii: ")") || b[q] == UInt8(ascii: "]") || b[q] == UInt8(ascii: "}") || b[q] == UInt8(ascii: ",") { q -= 1 }
        guard q > r.lowerBound, b[q] == UInt8(ascii: "\"") || b[q] == UInt8(ascii: "'") else { return r }
        let quote = b[q]
        guard !b[r.lowerBound..<q].contains(quote) else { return r }
        var before = 0
        for x in b[..<r.lowerBound] where x == quote { before += 1 }
        return before % 2 == 1 ? r.lowerBound..<q : r
    }

    /// Oracle's unquoted `IDENTIFIED BY tiger123X;`: the word up to white space, `;`, `,` or `)`
    /// (at most 256 bytes; a longer one runs on, fail closed).
    static func unquotedIdentifier(_ b: Bytes, at k: Int) -> Range<Int>? {
        var e = k
        while e < b.count, e - k < 256, b[e] > 0x20, b[e] != UInt8(ascii: ";"), b[e] != UInt8(ascii: ","), b[e] != UInt8(ascii: ")") { e += 1 }
        e = CredentialScan.failClosedEnd(b, start: k, end: e, cap: 256)
        guard e > k else { return nil }
        // A bind variable or placeholder (`:pw`, `?`, `$1`, `%s`, `{{pw}}`), or a name in capitals
        // with `_` (`IDENTIFIED BY PASSWORD_HASH`): no password.
        let first = b[k]
        if first == UInt8(ascii: ":") || first == UInt8(ascii: "?") || first == UInt8(ascii: "$") || first == UInt8(ascii: "%") || first == UInt8(ascii: "{") { return nil }
        if b[k..<e].contains(UInt8(ascii: "_")), b[k..<e].allSatisfy({ ASCII.isUpper($0) || ASCII.isDigit($0) || $0 == UInt8(ascii: "_") }) { return nil }
        return k..<e
    }

    /// The inside of a `'…'` / `"…"` (optionally `E'…'`, or SQL Server's `N'…'`) literal at `at`;
    /// nil when none starts there.
    static func literal(_ b: Bytes, at: Int) -> Range<Int>? {
        var k = at
        if k + 1 < b.count, b[k] | 0x20 == UInt8(ascii: "e") || b[k] | 0x20 == UInt8(ascii: "n"), b[k + 1] == UInt8(ascii: "'") { k += 1 }
        guard k < b.count, b[k] == UInt8(ascii: "'") || b[k] == UInt8(ascii: "\"") else { return nil }
        let quote = b[k]
        let start = k + 1
        var e = start
        while e < b.count {
            let x = b[e]
            if x == 0x0A || x == 0x0D { break }
            if x == UInt8(ascii: "\\"), e + 1 < b.count { e += 2; continue }
            if x == quote {
                if e + 1 < b.count, b[e + 1] == quote { e += 2; continue }  // SQL's doubled quote
                break
            }
            e += 1
        }
        return e > start ? start..<min(e, b.count) : nil
    }

    @inline(__always)
    /// Whether the path holding the segment at `segment` is a request's: it starts with `/` right
    /// after `=` or a quote (`path=/users/password`), or after an HTTP method (`GET /reset/password`).
    static func isRequestPath(_ b: Bytes, segment: Int) -> Bool {
        var s = segment
        while s > 0, segment - s < 512, b[s - 1] > 0x20, b[s - 1] != UInt8(ascii: "="), b[s - 1] != UInt8(ascii: "\""), b[s - 1] != UInt8(ascii: "'") { s -= 1 }
        guard s < segment, b[s] == UInt8(ascii: "/") else { return false }
        if s > 0, b[s - 1] == UInt8(ascii: "=") || b[s - 1] == UInt8(ascii: "\"") || b[s - 1] == UInt8(ascii: "'") { return true }
        for method: StaticString in ["GET ", "POST ", "PUT ", "PATCH ", "DELETE ", "HEAD ", "OPTIONS "]
        where CredentialScan.hasSuffix(b, endingAt: s, exactly: method) { return true }
        return false
    }

    static func wordStart(_ b: Bytes, _ at: Int) -> Bool {
        at == 0 || !(ASCII.isAlnum(b[at - 1]) || b[at - 1] == UInt8(ascii: "_"))
    }
}
