/// Secrets in URL user-info (`scheme://user:password@host`).
///
/// **Trigger**: `at` is the index of a `:` followed by `//` or by `\/\/` (JSON-escaped
/// URL). Rejects at once otherwise.
///
/// **Accepts**: a scheme of `[A-Za-z0-9+.-]` before the `:` (its last 32 bytes, from the
/// first letter on); the authority runs to the first `/`, `?`, `#`, `\`, whitespace, quote
/// (`"` `'` `` ` ``), `<`, `>` or control byte (capped at 16 KiB). The user-info ends at
/// the **last** `@` of the authority (so a raw `@` in a password stays in the password;
/// `%40` is just part of it).
/// - `user:password@host` → the password range (`redis://:pass@host` too);
/// - `user@host` (or `user:@host`) → the user range, but only when the user looks like a
///   token: a known API-key prefix (`ghp_ gho_ ghu_ ghs_ ghr_ github_pat_ glpat- npm_
///   xox sk_live_ sk_test_`), or ≥ 20 bytes of token charset with a digit and a letter.
///
/// **Rejects**: no `@` in the authority (`https://example.com/path`, `host:8080`), an `@`
/// after the path starts, property lists (`jdbc:sqlserver://h:1433;password=P@ss`: key context's), plain user names (`ssh://git@github.com`), empty secrets. A
/// password is clipped to start at `floor` (nil when nothing is left); a user must start at
/// or after `floor`.
///
/// **Returns** the password (or token-like user) range.
package enum URLUserInfoDetector {
    package static func match(_ bytes: Bytes, at: Int, floor: Int) -> Range<Int>? {
        let n = bytes.count
        guard at >= 1, at + 2 < n, bytes[at] == 0x3A else { return nil }
        // `:` + `//` is already rare: no separate fast path.
        let start: Int
        if bytes[at + 1] == 0x2F, bytes[at + 2] == 0x2F {
            start = at + 3
        } else if bytes[at + 1] == 0x5C, ASCII.hasPrefix(bytes, at: at + 1, exactly: "\\/\\/") {
            start = at + 5
        } else {
            return nil
        }
        guard hasScheme(bytes, before: at) else { return nil }
        // Authority and its last `@`.
        let limit = min(n, start + CredentialScan.maxToken)
        var i = start
        var lastAt = -1
        while i < limit {
            let b = bytes[i]
            if b == 0x40 { lastAt = i } else if endsAuthority(b) { break }
            i += 1
        }
        if lastAt < 0, i < limit, bytes[i] == 0x23 || bytes[i] == 0x3F || bytes[i] == 0x2F {
            lastAt = reservedCharacterPasswordEnd(bytes, start: start, stop: i, limit: limit)
        } else if lastAt > start, i < limit, bytes[i] == 0x23 || bytes[i] == 0x3F, !bytes[(lastAt + 1)..<i].contains(0x2E) {
            // `postgresql://etl:p@ss#word@crm-db:5432/crm`: an `@` and then a `#` in the password —
            // what follows the `@` is no host (no dot) when another `@` comes after the `#`.
            let later = reservedCharacterPasswordEnd(bytes, start: start, stop: i, limit: limit)
            if later > i { lastAt = later }
        }
        guard lastAt > start else { return nil }
        // `jdbc:sqlserver://host:1433;user=app;password=P@ss;…`: properties after the host, no
        // user-info; their pairs are read as keys and values.
        if propertyList(bytes, start..<lastAt) { return nil }
        var colon = -1
        for k in start..<lastAt where bytes[k] == 0x3A {
            colon = k
            break
        }
        if colon >= 0, colon + 1 < lastAt {
            let lo = max(colon + 1, floor)
            return lo < lastAt ? lo..<lastAt : nil
        }
        let user = start..<(colon >= 0 ? colon : lastAt)
        if user.lowerBound >= floor, looksLikeToken(bytes, user) { return user }
        // Two `@` (`://tok@local@domain`): a first pass replaces the e-mail address after the
        // first `@`, and a second pass sees only what comes before it as the user-info; that
        // part is judged on its own too, so both passes agree.
        if colon < 0, let firstAt = bytes[start..<lastAt].firstIndex(of: 0x40), start >= floor, looksLikeToken(bytes, start..<firstAt) {
            return start..<firstAt
        }
        return nil
    }

    /// Oracle's thin JDBC URL with its credentials, `jdbc:oracle:thin:USER/PASSWORD@…` (`colon` is
    /// the `:` after `thin`): the password, up to the last `@` before white space or a quote —
    /// without an `@` (or past the scan cap), all of it to there (fail closed).
    package static func oracleThin(_ bytes: Bytes, colon: Int, floor: Int) -> Range<Int>? {
        guard CredentialScan.hasSuffix(bytes, endingAt: colon, lowercased: "oracle:thin") else { return nil }
        let n = bytes.count
        var k = colon + 1
        while k < n, k - colon <= 128, ASCII.isAlnum(bytes[k]) || bytes[k] == UInt8(ascii: "_") || bytes[k] == UInt8(ascii: "$") || bytes[k] == UInt8(ascii: "#") { k += 1 }
        guard k > colon + 1, k < n, bytes[k] == UInt8(ascii: "/") else { return nil }
        let start = k + 1
        var end = start
        var lastAt = -1
        // (A raw `/`, `#` or `?` in the password is common: only white space, quotes, `<`, `>`
        // and control bytes end the URL.)
        while end < n, end - start < CredentialScan.maxToken, bytes[end] > 0x20, bytes[end] != 0x7F, bytes[end] != 0x22, bytes[end] != 0x27,
              bytes[end] != 0x60, bytes[end] != 0x3C, bytes[end] != 0x3E {
            if bytes[end] == UInt8(ascii: "@") { lastAt = end }
            end += 1
        }
        guard start >= floor, end > start else { return nil }
        if end - start >= CredentialScan.maxToken { return start..<CredentialScan.failClosedEnd(bytes, start: start, end: end, cap: CredentialScan.maxToken) }
        return lastAt > start ? start..<lastAt : start..<end
    }

    /// `;` then a `key=` in what would be the user-info: SQL Server's and other JDBC drivers'
    /// property lists.
    static func propertyList(_ bytes: Bytes, _ r: Range<Int>) -> Bool {
        var k = r.lowerBound
        while k < r.upperBound {
            if bytes[k] == UInt8(ascii: ";") {
                var e = k + 1
                while e < r.upperBound, ASCII.isAlnum(bytes[e]) || bytes[e] == UInt8(ascii: "_") || bytes[e] == UInt8(ascii: ".") { e += 1 }
                if e > k + 1, e < r.upperBound, bytes[e] == UInt8(ascii: "=") { return true }
            }
            k += 1
        }
        return false
    }

    /// Passwords with a raw `#`, `?` or `/` (invalid, but common in logs):
    /// `https://svc:pa#ss@host`. When the authority stopped at such a byte after a
    /// `user:` that is not `host:port`, the `@` that ends the user-info is the last one
    /// before white space or a quote. Fail closed: the password is taken up to it.
    static func reservedCharacterPasswordEnd(_ bytes: Bytes, start: Int, stop: Int, limit: Int) -> Int {
        var colon = -1
        for k in start..<stop where bytes[k] == 0x3A { colon = k; break }
        guard colon >= start else { return -1 }  // (`redis://:p#ss@host`: no user)
        var portOnly = true
        for k in (colon + 1)..<stop where !ASCII.isDigit(bytes[k]) { portOnly = false; break }
        guard !portOnly else { return -1 }
        var j = stop
        var lastAt = -1
        while j < limit {
            let b = bytes[j]
            if b == 0x20 || b == 0x22 || b == 0x27 || b == 0x3C || b == 0x3E || b == 0x5C || b < 0x20 || b == 0x7F { break }
            if b == 0x40, j + 1 < limit, ASCII.isAlnum(bytes[j + 1]) { lastAt = j }
            if b == 0x2F, lastAt >= 0 { break }  // the path after the host
            j += 1
        }
        return lastAt
    }

    /// True when the (at most 32) scheme bytes before `end` hold a letter: the scheme starts
    /// at the first one. What is glued before it (`8f14epostgres://`, a token ending where a
    /// URL starts) does not hide the URL — nor does it on a second pass, when that token is a
    /// pseudonym.
    static func hasScheme(_ bytes: Bytes, before end: Int) -> Bool {
        var j = end - 1
        var letter = false
        while j >= 0, end - j <= 32 {
            let b = bytes[j]
            guard ASCII.isAlnum(b) || b == 0x2B || b == 0x2E || b == 0x2D else { break }
            if ASCII.isLetter(b) { letter = true }
            j -= 1
        }
        return letter
    }

    @inline(__always) static func endsAuthority(_ b: UInt8) -> Bool {
        switch b {
        case 0x2F, 0x3F, 0x23, 0x5C, 0x22, 0x27, 0x60, 0x3C, 0x3E, 0x20, 0x7F: return true
        default: return b < 0x20
        }
    }

    static func looksLikeToken(_ bytes: Bytes, _ r: Range<Int>) -> Bool {
        guard r.count >= 4 else { return false }
        let p = r.lowerBound
        if ASCII.hasPrefix(bytes, at: p, exactly: "gh"), r.count > 4, bytes[p + 3] == 0x5F { return true }
        if ASCII.hasPrefix(bytes, at: p, exactly: "github_pat_") || ASCII.hasPrefix(bytes, at: p, exactly: "glpat-")
            || ASCII.hasPrefix(bytes, at: p, exactly: "npm_") || ASCII.hasPrefix(bytes, at: p, exactly: "xox")
            || ASCII.hasPrefix(bytes, at: p, exactly: "sk_live_") || ASCII.hasPrefix(bytes, at: p, exactly: "sk_test_") {
            return true
        }
        guard r.count >= 20 else { return false }
        var digit = false, letter = false
        for k in r {
            let b = bytes[k]
            guard CredentialScan.isTokenByte(b) else { return false }
            if ASCII.isDigit(b) { digit = true } else if ASCII.isLetter(b) { letter = true }
        }
        return digit && letter
    }
}
