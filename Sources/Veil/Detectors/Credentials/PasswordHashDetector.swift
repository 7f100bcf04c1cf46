/// Password hashes in modular crypt format: `$2b$12$…` (bcrypt), `$argon2id$v=19$m=65536,t=3,p=4$salt$hash`,
/// `$6$rounds=5000$salt$hash` (sha512crypt), `$5$`, `$1$`, `$apr1$`, `$y$` (yescrypt),
/// `$pbkdf2-sha256$29000$salt$hash`, `$scrypt$ln=16,r=8,p=1$salt$hash`.
///
/// A logged hash is password material (it can be cracked offline), so it is treated as a
/// password: part of the `cli_password` detector.
///
/// **Trigger**: called at a `$` that is not glued to a letter or digit before it.
///
/// **Accepts** `$` + an identifier of 1–20 `[a-z0-9-]` + `$`, then at least two more
/// `$`-separated segments of `[A-Za-z0-9./+=,-]` whose last segment has at least 16 bytes
/// (bcrypt's salt and hash form one 53-byte segment after the cost, so `$2b$12$` + 53
/// counts too). The match runs to the end of the last segment.
///
/// **Rejects** shell variables (`$HOME`, `$1`), prices (`$12.50`), template placeholders
/// (`$user$`), and `$`-runs whose last segment is short.
///
/// **Returns** the whole hash, identifier included.
package enum PasswordHashDetector {
    @inline(__always)
    package static func match(_ b: Bytes, at: Int, floor: Int) -> Range<Int>? {
        guard at >= floor, at + 20 < b.count, b[at] == UInt8(ascii: "$"), isIdentifierByte(b[at + 1]) else { return nil }
        if at > 0, ASCII.isAlnum(b[at - 1]) { return nil }
        return matchSlow(b, at: at)
    }

    /// The account before a hash in `.htpasswd` and `/etc/shadow` lines (`ewa.nowak:$apr1$…`,
    /// `jdoe:$6$…:19000:0:99999:7:::`): a word of `[A-Za-z0-9._-]` right before `:` at `hashAt - 1`,
    /// starting the line or after white space.
    package static func accountBefore(_ b: Bytes, hashAt: Int, floor: Int) -> Range<Int>? {
        guard hashAt >= 2, b[hashAt - 1] == UInt8(ascii: ":") else { return nil }
        let end = hashAt - 1
        var start = end
        while start > floor, end - start < 64, ASCII.isAlnum(b[start - 1]) || b[start - 1] == UInt8(ascii: ".") || b[start - 1] == UInt8(ascii: "_") || b[start - 1] == UInt8(ascii: "-") {
            start -= 1
        }
        guard start < end, start >= floor, start == 0 || b[start - 1] == 0x20 || b[start - 1] == 0x09,
              b[start..<end].contains(where: ASCII.isLetter) else { return nil }
        return start..<end
    }

    @inline(never)
    static func matchSlow(_ b: Bytes, at: Int) -> Range<Int>? {
        let n = b.count
        // Kerberoasting and AS-REP roasting output (`$krb5tgs$23$*svc_sql$CORP$…*$…$…`,
        // `$krb5asrep$23$jdoe@CORP:…$…`): the account and the crackable hash, up to white space or a quote.
        if ASCII.hasPrefix(b, at: at, exactly: "$krb5tgs$") || ASCII.hasPrefix(b, at: at, exactly: "$krb5asrep$") || ASCII.hasPrefix(b, at: at, exactly: "$krb5pa$") {
            var e = at + 8
            while e < n, e - at < 16 << 10, b[e] > 0x20, b[e] != UInt8(ascii: "\""), b[e] != UInt8(ascii: "'") { e += 1 }
            return at..<e
        }
        var k = at + 1
        while k < n, k - at <= 21, isIdentifierByte(b[k]) { k += 1 }
        guard k < n, b[k] == UInt8(ascii: "$"), k - at >= 2, k - at <= 21 else { return nil }
        var segments = 0
        var lastLength = 0
        var lastComma = -1
        var end = k
        let limit = min(n, at + 1024)
        while end < limit, b[end] == UInt8(ascii: "$") {
            var e = end + 1
            lastComma = -1
            while e < limit, isSegmentByte(b[e]) {
                if b[e] == UInt8(ascii: ","), lastComma < 0 { lastComma = e }
                e += 1
            }
            segments += 1
            lastLength = e - end - 1
            end = e
        }
        // Parameters (`m=65536,t=3,p=4`) hold commas; salt and hash never do: a comma in the
        // last segment is the text after the hash (`…$hash, user=bob`).
        if lastComma >= 0 {
            lastLength -= end - lastComma
            end = lastComma
        }
        guard segments >= 2, lastLength >= 16 else { return nil }
        // A hash is a word of its own: not followed by a letter or digit glued on past the limit.
        if end < n, ASCII.isAlnum(b[end]) { return nil }
        return at..<end
    }

    /// Werkzeug's `pbkdf2:sha256:600000$salt$hash` and `scrypt:32768:8:1$salt$hash`, Django's
    /// `pbkdf2_sha256$870000$salt$hash`, `argon2$argon2id$v=19$…`, `bcrypt_sha256$$2b$12$…` and
    /// `sha1$salt$hash`: the algorithm is a word glued to the first `$` (at `dollar`), at most 40
    /// bytes of `[a-z0-9_:]` starting with `pbkdf2`, `scrypt`, `argon2`, `bcrypt`, or that is
    /// `sha1`/`md5`. Then the same segments as a modular crypt hash (the last ≥ 16 bytes).
    /// The whole hash, the algorithm included.
    package static func wordPrefixed(_ b: Bytes, dollar: Int, floor: Int) -> Range<Int>? {
        let n = b.count
        guard dollar >= 3, dollar + 17 < n, b[dollar] == UInt8(ascii: "$"), ASCII.isAlnum(b[dollar - 1]) else { return nil }
        var s = dollar
        while s > floor, dollar - s < 40, ASCII.isLower(b[s - 1]) || ASCII.isDigit(b[s - 1]) || b[s - 1] == UInt8(ascii: "_") || b[s - 1] == UInt8(ascii: ":") { s -= 1 }
        guard s >= floor, s == 0 || !ASCII.isAlnum(b[s - 1]) else { return nil }
        let word = s..<dollar
        var known = false
        for family: StaticString in ["pbkdf2", "scrypt", "argon2", "bcrypt"] where ASCII.hasPrefix(b, at: s, exactly: family) { known = true }
        if (word.count == 4 && ASCII.hasPrefix(b, at: s, exactly: "sha1")) || (word.count == 3 && ASCII.hasPrefix(b, at: s, exactly: "md5")) { known = true }
        guard known else { return nil }
        var end = dollar
        var segments = 0
        var lastLength = 0
        let limit = min(n, dollar + 1024)
        while end < limit, b[end] == UInt8(ascii: "$") {
            var e = end + 1
            while e < limit, isSegmentByte(b[e]), b[e] != UInt8(ascii: ",") { e += 1 }
            segments += 1
            lastLength = e - end - 1
            end = e
        }
        guard segments >= 2, lastLength >= 16, end == n || !ASCII.isAlnum(b[end]) else { return nil }
        return s..<end
    }

    @inline(__always)
    private static func isIdentifierByte(_ x: UInt8) -> Bool {
        ASCII.isLower(x) || ASCII.isDigit(x) || x == UInt8(ascii: "-")
    }

    @inline(__always)
    private static func isSegmentByte(_ x: UInt8) -> Bool {
        ASCII.isAlnum(x) || x == UInt8(ascii: ".") || x == UInt8(ascii: "/") || x == UInt8(ascii: "+")
            || x == UInt8(ascii: "=") || x == UInt8(ascii: ",") || x == UInt8(ascii: "-")
    }
}

/// Passwords with a scheme prefix in braces, as LDAP (RFC 2307 `userPassword`) and Dovecot
/// store them: `{SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=`, `{SHA512-CRYPT}$6$…`, `{PLAIN}hunter2`,
/// `{CRYPT}$2b$…`. Only listed scheme names count (`{HOST}/path`, `{ID}` stay); the value runs to
/// white space, a quote, `<` or the line's end (at least 4 bytes).
extension PasswordHashDetector {
    /// At the `{`: the whole `{SCHEME}value`, or nil.
    package static func schemePrefixed(_ b: Bytes, at: Int, floor: Int) -> Range<Int>? {
        guard at >= floor, at + 6 < b.count, b[at] == UInt8(ascii: "{"), ASCII.isUpper(b[at + 1]) else { return nil }
        var k = at + 1
        let limit = min(b.count, at + 24)
        while k < limit, ASCII.isUpper(b[k]) || ASCII.isDigit(b[k]) || b[k] == UInt8(ascii: "-") { k += 1 }
        guard k < limit, b[k] == UInt8(ascii: "}"), schemes.contains(b, (at + 1)..<k) else { return nil }
        let valueStart = k + 1
        var e = valueStart
        let valueLimit = min(b.count, valueStart + 1024)
        while e < valueLimit, b[e] > 0x20, b[e] != UInt8(ascii: "\""), b[e] != UInt8(ascii: "'"), b[e] != UInt8(ascii: "<"), b[e] != 0x7F { e += 1 }
        if e == valueLimit, valueLimit < b.count { e = b.count }  // longer than any password: fail closed
        guard e - valueStart >= 4 else { return nil }
        return at..<e
    }

    /// Scheme names of OpenLDAP, 389-ds and Dovecot.
    /// A NetNTLMv1/v2 response as Responder and hashcat write it, at its `::` (at `colons`):
    /// `user::DOMAIN:1122334455667788:5E2C…:0101…` — the account, the challenge and the
    /// offline-crackable response, all of it.
    package static func netNTLM(_ b: Bytes, colons: Int, floor: Int) -> Range<Int>? {
        let n = b.count
        guard colons + 2 < n, b[colons] == UInt8(ascii: ":"), b[colons + 1] == UInt8(ascii: ":") else { return nil }
        var start = colons
        while start > floor, colons - start < 64, AuthLogDetector.isUserByte(b[start - 1]) || b[start - 1] == UInt8(ascii: "$") { start -= 1 }
        guard start < colons else { return nil }
        var k = colons + 2
        while k < n, k - colons < 66, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: ".") || b[k] == UInt8(ascii: "-") || b[k] == UInt8(ascii: "_") { k += 1 }
        func hexField(_ from: Int) -> Int? {
            guard from < n, b[from] == UInt8(ascii: ":") else { return nil }
            var e = from + 1
            while e < n, e - from <= 4096, ASCII.isHexDigit(b[e]) { e += 1 }
            return e - from - 1 >= 16 ? e : nil
        }
        guard let challenge = hexField(k), challenge - k - 1 == 16, let response = hexField(challenge), let blob = hexField(response) else { return nil }
        return blob == n || !ASCII.isAlnum(b[blob]) ? start..<blob : nil
    }

    static let schemes = WordTable("""
        SSHA SHA SSHA256 SSHA384 SSHA512 SHA256 SHA384 SHA512 SHA1 MD5 SMD5 CRYPT PBKDF2 PBKDF2-SHA1 \
        PBKDF2-SHA256 PBKDF2-SHA512 PBKDF2_SHA256 ARGON2 BCRYPT CLEARTEXT PLAIN PLAIN-MD5 LDAP-MD5 \
        SHA256-CRYPT SHA512-CRYPT MD5-CRYPT BLF-CRYPT DES-CRYPT CRAM-MD5 DIGEST-MD5 SCRAM-SHA-1 \
        SCRAM-SHA-256 NTLM LANMAN RPA OTP SKEY
        """)
}
