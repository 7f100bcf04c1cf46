/// Opaque bearer tokens after the `Bearer` auth scheme (and GitHub's `token` scheme).
///
/// **Trigger**: called at a word start (an alphanumeric byte whose predecessor, if any,
/// is not alphanumeric). Rejects on the first byte unless it is `b`/`B` or `t`/`T`.
///
/// **Accepts**
/// - `Bearer` (any case), then one or more separators (space, tab, `%20`, `+`), then a
///   token of `[A-Za-z0-9._~+/=-]`, at least 8 bytes. Trailing `.` (sentence end) is
///   not part of the token.
/// - `token <value>` (same separators and charset), only when `token` directly follows
///   an `Authorization` key within 24 bytes: `Authorization: token …`,
///   `authorization=token …`, `"Authorization":"token …"`, `'Authorization': 'token …'`.
/// - `token <value>` in prose (`reset e-mail with token 6f1c2e9a…`, `Invalid token '…'`): at least 16 bytes of the
///   charset with a digit and a letter (`token expired`, `token 42` stay).
/// - A value after a key whose last word is `token` (the `token` word starts after `_`,
///   `-`, `"` …): `access_token=…`, `?token=…`, `X-Auth-Token: …`, `"refresh_token":"…"`,
///   `'csrf_token': '…'`, `auth_token="…"` (same charset and length rules, no separator).
///
/// **Rejects**: no separator (`Bearers`), `tokens=`, `token_type=`, `token:x`, tokens
/// shorter than 8 bytes, prose words (`Bearer authentication`, `bearer Instrument`:
/// letters only, no inner capital), `key=value` runs (a `=` before the end:
/// `token_type=bearer expires_in=3600`), a request line's protocol (`…Bearer HTTP/1.1`), and JWTs (token starting `eyJ` with two or
/// more dots: the JWT detector owns those).
///
/// **Returns** the token range (never the keyword). A token longer than the 16 KiB scan
/// cap is taken whole, without the word heuristics (a JWT that long is left to the JWT
/// detector, which summarises it or, past 64 KiB, writes `[REDACTED:jwt]`).
package enum BearerTokenDetector {
    package static let minLength = 8

    /// Inlined first-byte reject; the rest is out of line.
    @inline(__always)
    package static func match(_ bytes: Bytes, at: Int, floor: Int) -> Range<Int>? {
        guard at >= 0, at + 1 < bytes.count else { return nil }
        let b0 = bytes[at] | 0x20, b1 = bytes[at + 1] | 0x20
        guard (b0 == 0x62 && b1 == 0x65) || (b0 == 0x74 && b1 == 0x6F) else { return nil } // be, to
        return matchSlow(bytes, at: at, floor: floor, b0)
    }

    @inline(never)
    static func matchSlow(_ bytes: Bytes, at: Int, floor: Int, _ b0: UInt8) -> Range<Int>? {
        let start: Int
        var prose = false
        if b0 == 0x62 { // b
            guard ASCII.hasPrefix(bytes, at: at, lowercased: "bearer") else { return nil }
            start = CredentialScan.skipSchemeSeparators(bytes, from: at + 6)
            guard start > at + 6 else { return nil }
        } else if b0 == 0x74 { // t
            guard ASCII.hasPrefix(bytes, at: at, lowercased: "token") else { return nil }
            if followsAuthorizationKey(bytes, at: at) {
                start = CredentialScan.skipSchemeSeparators(bytes, from: at + 5)
                guard start > at + 5 else { return nil }
            } else if let v = keyValueStart(bytes, at + 5) {
                start = v
                // `token=Token(value: "…", …)` (Swift's description of a struct): key context's.
                if Scrubber.describedArguments(bytes, at: v) != nil { return nil }
                // `token=Token{value='…'}` (Java's `toString()`): key context's, which takes the whole object.
                if Scrubber.nestedObjectFields(bytes, at: v) != nil { return nil }
                // `token=Token{a64f992 ActivityRecord{…}}` (Android's description of an object): no value.
                if Scrubber.isObjectDescription(bytes, at: v) { return nil }
                // `token=Optional("…")` (Swift), `Some("…")`: the wrapped value is the credential.
                if let wrapped = Scrubber.wrappedValue(bytes, at: v) {
                    guard v >= floor, !wrapped.isEmpty, !Scrubber.isPseudonym(bytes, wrapped),
                          Scrubber.alreadyScrubbedEnd(bytes, wrapped) == nil, !isWholeJWT(bytes, wrapped) else { return nil }
                    return wrapped
                }
                // A quoted value is the credential up to its closing quote (`"x-auth-token":"ab&cd
                // more"`): ending at the space left the rest, which a second pass's key context
                // then took whole with the pseudonym.
                if v > 0, v < bytes.count, bytes[v - 1] == 0x22 || bytes[v - 1] == 0x27, v - 1 > at + 5,
                   let end = quotedValueEnd(bytes, from: v, quote: bytes[v - 1]) {
                    guard v >= floor, end > v else { return nil }
                    if Scrubber.isPseudonym(bytes, v..<end) || isWholeJWT(bytes, v..<end) { return nil }
                    return v..<end
                }
            } else if at + 6 < bytes.count, bytes[at + 5] == 0x20, at == 0 || !ASCII.isAlnum(bytes[at - 1]) {
                // Prose: `reset email with token 6f1c2e9a…`, `Invalid token 'ya29.…'`: a long
                // value with digits (below), quoted or not.
                var v = at + 6
                // `Stored refresh token for jane@example.com: rt.1.AQAB…`: the account named, then the token.
                if let after = accountNamedBefore(bytes, at: v) { v = after }
                start = v < bytes.count && (bytes[v] == UInt8(ascii: "'") || bytes[v] == UInt8(ascii: "\"")) ? v + 1 : v
                prose = true
            } else {
                return nil
            }
        } else {
            return nil
        }
        guard start >= floor else { return nil }
        var end = CredentialScan.runEnd(bytes, from: start, CredentialScan.isTokenByte)
        if end - start >= CredentialScan.maxToken {
            // Longer than the scan cap: the whole run is the token (fail closed). Cutting it
            // at the cap wrote the rest raw, and a cut JWT lost its second dot and was
            // fingerprinted as opaque with its payload and signature left in the line.
            while end < bytes.count, CredentialScan.isTokenByte(bytes[end]) { end += 1 }
            // And past the token charset, as below (`token=<20 KiB>:rest`).
            if !prose, end < bytes.count { end = max(end, Scrubber.unquotedValueEnd(bytes, from: start)) }
            while end > start, bytes[end - 1] == 0x2E { end -= 1 }
            return isWholeJWT(bytes, start..<end) ? nil : start..<end
        }
        // A value that goes on past the token charset (`token=123456789:AAH…`, a Telegram bot
        // token; `Bearer abc:def`) is still the credential: it runs to where an unquoted value
        // ends. Cut at the `:`, the rest was written raw next to the fingerprint.
        // (Not in HAProxy's captured headers, `{host|Bearer …|user}`: there `|` ends the field.)
        let captured = at > 0 && (bytes[at - 1] == UInt8(ascii: "|") || bytes[at - 1] == UInt8(ascii: "{")) && end < bytes.count
            && (bytes[end] == UInt8(ascii: "|") || bytes[end] == UInt8(ascii: "}"))
        if !prose, !captured, end > start, end < bytes.count { end = max(end, Scrubber.unquotedValueEnd(bytes, from: start)) }
        // An unsecured JWS ends with its (empty-signature) dot: the JWT detector takes it.
        if isWholeJWT(bytes, start..<end) { return nil }
        while end > start, bytes[end - 1] == 0x2E { end -= 1 } // sentence-final dots
        guard end - start >= minLength else { return nil }
        let range = start..<end
        if isWholeJWT(bytes, range) || hasInnerEquals(bytes, range) || CredentialScan.looksLikeWord(bytes, range) { return nil }
        // `…&token_type=Bearer HTTP/1.1`: a request line's protocol after the word, no token.
        if ASCII.hasPrefix(bytes, at: start, exactly: "HTTP/"), bytes[(start + 5)..<end].allSatisfy({ ASCII.isDigit($0) || $0 == UInt8(ascii: ".") }) { return nil }
        // A first pass's pseudonym, also after separators it left (`token +username~k~…`):
        // scrubbed output. (The text scan steps over pseudonyms before this detector, but a
        // value read by position — an HL7 field `Bearer patient_id~k~…` — reaches it.)
        var first = start
        while first < end, bytes[first] == UInt8(ascii: "+") { first += 1 }
        if Scrubber.isPseudonym(bytes, first..<end) { return nil }
        // After the bare word `token`, a value with a pseudonym at its start or after punctuation
        // is a first pass's output with the bytes it left around it (`token phone~k~…~` after
        // `token +3333…~`, `token ++.ip~k~…` after `token ++.1.3.1.3`): the value had no letter,
        // so it was no token, and a detector took the number inside.
        if prose {
            for k in start..<end where ASCII.isLower(bytes[k]) && (k == start || !ASCII.isAlnum(bytes[k - 1])) {
                if Scrubber.pseudonymEnd(bytes, at: k) != nil { return nil }
            }
        }
        // A token's fingerprint the JWT detector wrote, then the bytes after the token it left
        // (`Bearer token~k~…[x]`, after `Bearer eyJ….…=[x]`): the JWT ended at a byte outside
        // base64url, so the value ends with the fingerprint, as on the first pass.
        if ASCII.isLower(bytes[start]), let e = Scrubber.pseudonymEnd(bytes, at: start), e < end {
            let x = bytes[e]
            if !(ASCII.isBase64URL(x) || x == UInt8(ascii: ".") || x == UInt8(ascii: "=") || x == UInt8(ascii: "~")) { return nil }
        }
        if prose {
            // After the bare word `token`: at least 16 bytes with a digit and a letter, ending at a word boundary.
            guard range.count >= 16, bytes[range].contains(where: ASCII.isDigit), bytes[range].contains(where: ASCII.isLetter),
                  end == bytes.count || !ASCII.isAlnum(bytes[end]) else { return nil }
        }
        return range
    }

    /// A token type's name written as one capitalised word, `AccessToken`, `RefreshToken`,
    /// `SessionToken` (at `at`, its first capital; the kinds of ``camelTokenKinds``), then one space and the token in prose's
    /// shape: optionally quoted, 16 or more token bytes with a digit and a letter, not a JWT
    /// (the JWT detector's), a pseudonym or an earlier finding. (`AccessToken expired` stays.)
    static func afterCamelTokenName(_ bytes: Bytes, at: Int, floor: Int) -> Range<Int>? {
        let n = bytes.count
        var e = at + 1
        while e < n, e - at <= 24, ASCII.isLetter(bytes[e]) { e += 1 }
        guard e - at >= 7, e + 17 < n, bytes[e] == 0x20, ASCII.hasPrefix(bytes, at: e - 5, exactly: "Token"), ASCII.isLower(bytes[e - 6]),
              at == 0 || !ASCII.isAlnum(bytes[at - 1]),
              camelTokenKinds.contains(where: { $0.utf8CodeUnitCount == e - 5 - at && ASCII.hasPrefix(bytes, at: at, lowercased: $0) }) else { return nil }
        var v = e + 1
        if bytes[v] == UInt8(ascii: "'") || bytes[v] == UInt8(ascii: "\"") { v += 1 }
        guard v >= floor else { return nil }
        var end = CredentialScan.runEnd(bytes, from: v, CredentialScan.isTokenByte)
        while end > v, bytes[end - 1] == 0x2E { end -= 1 }
        let r = v..<end
        guard r.count >= 16, bytes[r].contains(where: ASCII.isDigit), bytes[r].contains(where: ASCII.isLetter), end == n || !ASCII.isAlnum(bytes[end]),
              !isWholeJWT(bytes, r), !Scrubber.isPseudonym(bytes, r), Scrubber.alreadyScrubbedEnd(bytes, r) == nil, !CredentialScan.looksLikeWord(bytes, r) else { return nil }
        return r
    }

    /// The kinds before `Token` (`AccessToken`; not a method's `GetAccessToken`).
    static let camelTokenKinds: [StaticString] = ["access", "refresh", "session", "id", "auth", "bearer", "api", "csrf", "device", "security", "service", "identity", "oauth", "user"]

    /// After prose's `token `: `for <account>: ` (one word of at most 128 bytes, then `: `), and
    /// the index after it; nil otherwise.
    static func accountNamedBefore(_ bytes: Bytes, at v: Int) -> Int? {
        guard ASCII.hasPrefix(bytes, at: v, lowercased: "for ") else { return nil }
        let word = v + 4
        var e = word
        while e < bytes.count, e - word <= 128, bytes[e] > 0x20 { e += 1 }
        guard e - word >= 2, e + 1 < bytes.count, bytes[e - 1] == UInt8(ascii: ":"), bytes[e] == 0x20 else { return nil }
        return e + 1
    }

    /// The closing `quote` of a value that starts at `from` and holds white space before it
    /// (a terminated value of one token is read as before); the line's end when the quote never
    /// closes (fail closed). nil when a terminated value has no white space inside, or past the
    /// scan cap.
    static func quotedValueEnd(_ bytes: Bytes, from: Int, quote: UInt8) -> Int? {
        var e = from
        var spaced = false
        while e < bytes.count, e - from < CredentialScan.maxValueScan, bytes[e] != quote {
            if bytes[e] == UInt8(ascii: "\\") { e += 2; continue }
            if bytes[e] == 0x20 || bytes[e] == 0x09 { spaced = true }
            e += 1
        }
        // Unterminated, the value runs to the end of the line (fail closed), as key context reads
        // it: `token='2.2._~~3____{"t` ended at `{` here, and a second pass's key context took the
        // pseudonym and the rest.
        if e >= bytes.count { return bytes.count }
        guard spaced, bytes[e] == quote else { return nil }
        return e
    }

    /// After a key ending in `token`: `=` (query, logfmt), `: ` (header), `":"`, `": "`,
    /// `': '` (JSON, Python), each with an optional opening quote on the value.
    static func keyValueStart(_ bytes: Bytes, _ k: Int) -> Int? {
        let n = bytes.count
        guard k < n else { return nil }
        var i = k
        if bytes[i] == 0x22 || bytes[i] == 0x27 { // closing quote of a quoted key
            i += 1
            while i < n, i - k < 8, bytes[i] == 0x20 { i += 1 }
            guard i < n, bytes[i] == 0x3A || bytes[i] == 0x3D else { return nil }
        } else if bytes[i] == 0x3A {
            guard i + 1 < n, bytes[i + 1] == 0x20 || bytes[i + 1] == 0x09 else { return nil } // `token:x` is not a key
        } else if bytes[i] != 0x3D {
            return nil
        }
        i += 1
        while i < n, i - k < 16, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        // Python's bytes literal (botocore's `'X-Amz-Security-Token': b'IQoJ…'`): the quote after the `b`.
        if i + 1 < n, bytes[i] == UInt8(ascii: "b"), bytes[i + 1] == 0x22 || bytes[i + 1] == 0x27 { i += 1 }
        if i < n, bytes[i] == 0x22 || bytes[i] == 0x27 { i += 1 }
        return i
    }

    /// `=` is only trailing padding in a b64token; `a=b` is the next logfmt pair
    /// (`token_type=bearer expires_in=3600`).
    @inline(__always) static func hasInnerEquals(_ bytes: Bytes, _ range: Range<Int>) -> Bool {
        var seen = false
        for k in range {
            if bytes[k] == 0x3D { seen = true } else if seen { return true }
        }
        return false
    }

    /// A JWT that the token is all of: `eyJ`, two dots, and no byte outside base64url, dots
    /// and `=`. A token with a `+`, `/`, `~`, `:` … after a JWT-shaped start (`eyJ….….…+bSIs…`)
    /// is one opaque token: left to the JWT detector, the part after the `+` was written raw,
    /// and a second pass took the fingerprint plus that rest for a new token.
    @inline(__always) static func isWholeJWT(_ bytes: Bytes, _ range: Range<Int>) -> Bool {
        isJWT(bytes, range) && bytes[range].allSatisfy {
            ASCII.isAlnum($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "=")
        }
    }

    /// `eyJ` prefix and at least two dots.
    @inline(__always) static func isJWT(_ bytes: Bytes, _ range: Range<Int>) -> Bool {
        guard ASCII.hasPrefix(bytes, at: range.lowerBound, exactly: "eyJ") else { return false }
        var dots = 0
        for k in range where bytes[k] == 0x2E {
            dots += 1
            if dots == 2 { return true }
        }
        return false
    }

    /// True when the bytes before `at` (≤ 24) read `authorization` + `:`/`=` with optional
    /// quotes and spaces around the separator, and `authorization` starts a word.
    static func followsAuthorizationKey(_ bytes: Bytes, at: Int) -> Bool {
        let lowest = max(0, at - 24)
        var j = at - 1
        @inline(__always) func skipSpaces() { while j >= lowest, bytes[j] == 0x20 || bytes[j] == 0x09 { j -= 1 } }
        @inline(__always) func skipQuote() { if j >= lowest, bytes[j] == 0x22 || bytes[j] == 0x27 { j -= 1 } }
        skipSpaces(); skipQuote(); skipSpaces()
        guard j >= lowest, bytes[j] == 0x3A || bytes[j] == 0x3D else { return false }
        j -= 1
        skipSpaces(); skipQuote()
        let keyStart = j + 1 - 13
        guard keyStart >= lowest, ASCII.hasPrefix(bytes, at: keyStart, lowercased: "authorization") else { return false }
        return keyStart == 0 || !ASCII.isAlnum(bytes[keyStart - 1])
    }
}
