/// Credentials in authentication protocol traces that debug logs record verbatim:
///
/// - SMTP / IMAP / POP3 SASL commands with an initial response: `AUTH PLAIN AGFsaWNl…`,
///   `AUTH LOGIN YWxpY2U=`, `AUTH XOAUTH2 dXNlcj1…` (holds a bearer token),
///   `a1 AUTHENTICATE PLAIN …`. The base64 response is the credential. Dovecot's auth
///   protocol too: `AUTH\t1\tPLAIN\tservice=imap\t…\tresp=<base64>`.
/// - Redis on a command line or in `redis-cli`: `AUTH s3cret`, `AUTH default s3cret`.
/// - A lone base64 line a client sends after a SASL challenge: PHPMailer's
///   `CLIENT -> SERVER: czNjcmV0UGFzcw==` and Python smtplib's `send: b'czNjcmV0\r\n'`
///   (`AUTH LOGIN` sends the user name and the password this way, one line each).
///
/// **Trigger**: `AUTH` / `AUTHENTICATE` in capitals at a word start, `CLIENT -> SERVER: `,
/// `send: '` / `send: b'`. **Left alone**: capability lists (`250-AUTH PLAIN LOGIN`,
/// `AUTH=PLAIN`), prose (`AUTH failed`, `Client sent AUTH, but no password is set`,
/// `AUTH <password> called without …`), protocol verbs (`CLIENT -> SERVER: QUIT`).
/// Part of the `cli_password` detector.
package enum SASLCredentialDetector {
    /// After `AUTH` / `AUTHENTICATE` at `at`: the range of the credential, or nil.
    package static func afterAuthKeyword(_ b: Bytes, at: Int) -> Range<Int>? {
        guard ASCII.hasPrefix(b, at: at, exactly: "AUTH"), StatementPasswordDetector.wordStart(b, at) else { return nil }
        var k = at + 4
        if ASCII.hasPrefix(b, at: k, exactly: "ENTICATE") { k += 8 }
        if k < b.count, b[k] == 0x09, k == at + 4 { return authServerResponse(b, tab: k) }
        guard k < b.count, b[k] == 0x20 else { return nil }
        while k < b.count, b[k] == 0x20 { k += 1 }
        let first = token(b, from: k)
        guard !first.isEmpty else { return nil }
        if isMechanism(b, first) {
            // `AUTH PLAIN <base64>`: the initial response, if one follows on the line.
            guard first.upperBound < b.count, b[first.upperBound] == 0x20 else { return nil }
            var s = first.upperBound
            while s < b.count, b[s] == 0x20 { s += 1 }
            var e = s
            while e < b.count, isBase64(b[e]) { e += 1 }
            guard e > s, !isMechanism(b, s..<e) else { return nil }
            // Bytes glued to the response that base64 does not have are taken too (fail closed).
            return isTokenEnd(b, e) ? s..<e : s..<token(b, from: e).upperBound
        }
        // Redis: `AUTH password` or `AUTH user password`.
        if isPassword(b, first) { return first }
        guard isPlainWord(b, first), first.upperBound < b.count, b[first.upperBound] == 0x20 else { return nil }
        let second = token(b, from: first.upperBound + 1)
        guard !second.isEmpty, isPassword(b, second), !b[second].allSatisfy(ASCII.isDigit) else { return nil }
        return second
    }

    /// Dovecot's auth protocol as `auth_debug_passwords` logs it: `AUTH\t1\tPLAIN\tservice=imap\t…
    /// \tresp=<base64>` (the base64 holds the user name and the password). `tab` is the tab after
    /// `AUTH`; the range of the `resp=` value when the third field is a SASL mechanism, or nil
    /// (`resp=<hidden>`, Dovecot's default, is its own mask).
    static func authServerResponse(_ b: Bytes, tab: Int) -> Range<Int>? {
        var k = tab + 1
        while k < b.count, ASCII.isDigit(b[k]) { k += 1 }
        guard k > tab + 1, k < b.count, b[k] == 0x09 else { return nil }
        var e = k + 1
        while e < b.count, b[e] > 0x20 { e += 1 }
        guard isMechanism(b, (k + 1)..<e) else { return nil }
        while e < b.count, b[e] == 0x09 {
            let field = e + 1
            var end = field
            while end < b.count, b[end] != 0x09 { end += 1 }
            if ASCII.hasPrefix(b, at: field, exactly: "resp="), end > field + 5, b[field + 5] != UInt8(ascii: "<") { return (field + 5)..<end }
            e = end
        }
        return nil
    }

    /// A client's lone base64 line after a SASL challenge, at `at` (`CLIENT -> SERVER: …`,
    /// `send: '…'`, `send: b'…'`): the range of the response, or nil.
    package static func saslResponseLine(_ b: Bytes, at: Int) -> Range<Int>? {
        var s: Int
        var quoted = false
        if ASCII.hasPrefix(b, at: at, exactly: "CLIENT -> SERVER: ") {
            s = at + 18
        } else if ASCII.hasPrefix(b, at: at, exactly: "send: "), StatementPasswordDetector.wordStart(b, at) {
            s = at + 6
            if s < b.count, b[s] == UInt8(ascii: "b") { s += 1 }
            guard s < b.count, b[s] == UInt8(ascii: "'") || b[s] == UInt8(ascii: "\"") else { return nil }
            s += 1
            quoted = true
        } else {
            return nil
        }
        var e = s
        while e < b.count, isBase64(b[e]) { e += 1 }
        guard e - s >= 4 else { return nil }
        if quoted {
            // The line ends in the quote, after an escaped CRLF or not.
            var q = e
            if ASCII.hasPrefix(b, at: q, exactly: "\\r\\n") { q += 4 }
            guard q < b.count, b[q] == UInt8(ascii: "'") || b[q] == UInt8(ascii: "\"") else { return nil }
        } else {
            var q = e
            while q < b.count, b[q] == 0x20 || b[q] == 0x0D { q += 1 }
            guard q == b.count || b[q] == 0x0A else { return nil }
        }
        return looksEncoded(b, s..<e) ? s..<e : nil
    }

    /// SASL mechanism names (RFC 4422 registry, the ones mail and directory servers use).
    static func isMechanism(_ b: Bytes, _ r: Range<Int>) -> Bool {
        guard r.count >= 4, r.count <= 16, b[r].allSatisfy({ ASCII.isUpper($0) || ASCII.isDigit($0) || $0 == UInt8(ascii: "-") }) else { return false }
        switch String(decoding: b[r], as: UTF8.self) {
        case "PLAIN", "LOGIN", "XOAUTH", "XOAUTH2", "OAUTHBEARER", "CRAM-MD5", "DIGEST-MD5", "NTLM", "GSSAPI", "GSS-SPNEGO",
             "EXTERNAL", "ANONYMOUS", "SCRAM-SHA-1", "SCRAM-SHA-256", "SCRAM-SHA-512", "SCRAM-SHA-1-PLUS", "SCRAM-SHA-256-PLUS", "OTP", "SKEY":
            return true
        default:
            return false
        }
    }

    /// Bytes up to the next white space (no length cap: a longer credential is never cut).
    static func token(_ b: Bytes, from: Int) -> Range<Int> {
        var e = from
        while e < b.count, b[e] > 0x20, b[e] != 0x7F { e += 1 }
        return from..<e
    }

    /// A token that reads as a password, not as prose, a keyword or a placeholder.
    static func isPassword(_ b: Bytes, _ r: Range<Int>) -> Bool {
        let first = b[r.lowerBound], last = b[r.upperBound - 1]
        if first == UInt8(ascii: "<") || first == UInt8(ascii: "[") || first == UInt8(ascii: "(") || first == UInt8(ascii: "=") { return false }
        if last == UInt8(ascii: ":") || last == UInt8(ascii: ",") || last == UInt8(ascii: ";") { return false }
        // `OK`, `ERR`, `FAILED`: replies and keywords in capitals.
        if r.count <= 12, b[r].allSatisfy(ASCII.isUpper) { return false }
        return !isPlainWord(b, r)
    }

    /// A lower-case word (an optional capital first): `failed`, `default`, `Required`.
    static func isPlainWord(_ b: Bytes, _ r: Range<Int>) -> Bool {
        CredentialScan.looksLikeWord(b, r)
    }

    /// Base64 (standard alphabet) with the look of encoded bytes: a digit or `+ / =`, or both
    /// cases in a length that is a multiple of 4 (`QUIT`, `Hello` are words).
    static func looksEncoded(_ b: Bytes, _ r: Range<Int>) -> Bool {
        var lower = false, upper = false
        for x in b[r] {
            if ASCII.isDigit(x) || x == UInt8(ascii: "+") || x == UInt8(ascii: "/") || x == UInt8(ascii: "=") { return true }
            if ASCII.isLower(x) { lower = true } else { upper = true }
        }
        return lower && upper && r.count % 4 == 0
    }

    @inline(__always)
    static func isBase64(_ x: UInt8) -> Bool {
        ASCII.isAlnum(x) || x == UInt8(ascii: "+") || x == UInt8(ascii: "/") || x == UInt8(ascii: "=")
    }

    /// The end of a base64 response: white space, the end, a quote or an escaped CRLF.
    static func isTokenEnd(_ b: Bytes, _ e: Int) -> Bool {
        guard e < b.count else { return true }
        let x = b[e]
        return x <= 0x20 || x == UInt8(ascii: "'") || x == UInt8(ascii: "\"") || x == UInt8(ascii: "\\")
    }
}
