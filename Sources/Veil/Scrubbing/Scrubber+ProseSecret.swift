/// A secret named in prose, without a separator between the name and the value:
/// `rate limit exceeded for api key ak_live_51HqLy…`, `API key 3f9a1c0e7b5d4a2f8e6c1b0a9d8e7f6a
/// rejected`, `client secret Xy7_kP9mQ2wR5tZ8…`, `secret key wJalrXUtnFEMI/K7MDENG/bPxRf…`.
/// (With `:` or `=` these are ordinary pairs; `token …` in prose is the bearer detector's.)
///
/// **Names**: `apikey`, `secret`, `session` (its id), `webhook` (an id that is its secret), and `key` after `api`, `secret`, `access`, `signing`,
/// `encryption`, `master`, `license` or `private` (one space or `-` between); after `using key` and
/// `with key`, only a value of 32 bytes or more. After `key` alone
/// (`NEST API 401 for key nest_McD89BWO…`), only a key with its vendor's prefix; after `password`
/// or `passwd`, only a value in brackets or quotes (`password [Rv7#pLq2]`).
///
/// **Value**: after one space (and an optional `is `, an optional opening quote), a run of
/// token bytes that reads as random, not as a name:
/// - at least 16 bytes, with a digit;
/// - upper- and lower-case letters both; or only hexadecimal digits (then at least 20 bytes);
///   or only letters and digits, four or more of each;
/// - a `/` only in a 40-byte AWS secret access key;
/// - ended by the line's end or a byte that is not alphanumeric; sentence-final dots are
///   not part of it.
///
/// Kubernetes' `secret default-token-x7k2p` and `secret my-app-tls` (lower-case names),
/// `api key rotation`, `secret projects/123/secrets/db/versions/3` (a resource path) stay.
///
/// Vault's `Unseal Key 1: …` and `Recovery Key 1: …` lines (``vaultKeyShare(_:at:)``) take the
/// `secret` key's rule.
///
/// The value takes the field rule of `api_key` (after an API key's name) or of `secret`. A key
/// of a known vendor format is left to the API key detector (it names the type).
extension Scrubber {
    /// The value's range and the literal key whose rule it takes, when the word at `at` names
    /// a secret and a random-looking value follows it.
    static func proseSecret(_ b: Bytes, at: Int) -> (value: Range<Int>, key: StaticString)? {
        let n = b.count
        let wordEnd = CredentialScan.runEnd(b, from: at, ASCII.isLetter)
        let length = wordEnd - at
        guard length >= 3, length <= 8, wordEnd + 9 <= n, b[wordEnd] == 0x20 else { return nil }
        // cloudhopper's SMPP bind, `systemId [esme_telcoapi] password [Rv7#pLq2] systemType []`: a
        // password named in prose is taken only in brackets or quotes (`password reset` is prose).
        if (length == 8 && ASCII.hasPrefix(b, at: at, lowercased: "password")) || (length == 6 && ASCII.hasPrefix(b, at: at, lowercased: "passwd")) {
            guard at == 0 || !ASCII.isAlnum(b[at - 1]), let enclosed = enclosedSecret(b, at: wordEnd + 1) else { return nil }
            return (enclosed, "password")
        }
        guard length <= 7 else { return nil }
        let key: StaticString
        // `NEST API 401 for key nest_McD89BWO…`: after `key` alone, only a vendor's prefixed key.
        var vendorPrefixOnly = false
        // `HMAC validation failed … using key 5A9C06C4…`: after `using key` or `with key`, a long value (32 or more).
        var minimumLength = 16
        // Roundcube's `Successful login for … in session 38ac9496e91093c9ad61da177f`: a session's id.
        if length == 7, ASCII.hasPrefix(b, at: at, lowercased: "session") { key = "session_id" }
        // Home Assistant's `Received message for unregistered webhook 1ab872e5…`: a webhook's id is its secret.
        else if length == 7, ASCII.hasPrefix(b, at: at, lowercased: "webhook") { key = "secret" }
        else if length == 7 { return nil }
        else if length == 6, ASCII.hasPrefix(b, at: at, lowercased: "apikey") { key = "api_key" }
        else if length == 6, ASCII.hasPrefix(b, at: at, lowercased: "secret") { key = "secret" }
        else if length == 3, ASCII.hasPrefix(b, at: at, lowercased: "key"), let name = keyQualifier(b, before: at) { key = name }
        else if length == 3, ASCII.hasPrefix(b, at: at, lowercased: "key"), at >= 5,
                CredentialScan.hasSuffix(b, endingAt: at, lowercased: "using ") || CredentialScan.hasSuffix(b, endingAt: at, lowercased: "with ") {
            key = "secret"; minimumLength = 32
        }
        else if length == 3, ASCII.hasPrefix(b, at: at, lowercased: "key"), at == 0 || !ASCII.isAlnum(b[at - 1]) { key = "api_key"; vendorPrefixOnly = true }
        else { return nil }
        var v = wordEnd + 1
        if ASCII.hasPrefix(b, at: v, lowercased: "is ") { v += 3 }
        if vendorPrefixOnly {
            guard let value = vendorPrefixedKey(b, at: v) else { return nil }
            return (value, key)
        }
        if let enclosed = enclosedSecret(b, at: v) { return (enclosed, key) }
        if v < n, b[v] == UInt8(ascii: "'") || b[v] == UInt8(ascii: "\"") || b[v] == UInt8(ascii: "`") { v += 1 }
        var end = CredentialScan.runEnd(b, from: v, CredentialScan.isTokenByte)
        while end > v, b[end - 1] == UInt8(ascii: ".") { end -= 1 }
        guard end - v >= minimumLength, end == n || !ASCII.isAlnum(b[end]) else { return nil }
        let value = v..<end
        // A key of a known vendor format (`AKIA…`, Azure's `…Q~…`) is the API key detector's.
        if APIKeyDetector.match(b, at: v, floor: v) != nil || b[value].contains(UInt8(ascii: "~")) { return nil }
        guard readsAsRandom(b, value), !isPseudonym(b, value), alreadyScrubbedEnd(b, value) == nil,
              !BearerTokenDetector.isWholeJWT(b, value) else { return nil }
        return (value, key)
    }

    /// MinIO's `secret key 'Zx8#kPq2!vLm9wRt'`, Veeam's `access key [WSB7…] secret [vR3k…]`: a
    /// value in quotes or brackets is the secret whatever bytes it holds (8 to 256 of them,
    /// without white space, not only letters). Without its closing quote it runs to the line's
    /// end (fail closed).
    private static func enclosedSecret(_ b: Bytes, at v: Int) -> Range<Int>? {
        let n = b.count
        guard v < n, placeholderEnd(b, at: v) == nil else { return nil }
        let close: UInt8
        switch b[v] {
        case UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "`"): close = b[v]
        case UInt8(ascii: "["): close = UInt8(ascii: "]")
        default: return nil
        }
        let start = v + 1
        var e = start
        while e < n, e - start <= 256, b[e] != close, b[e] > 0x20 { e += 1 }
        if e == n || e - start > 256 {
            // No closing quote: the rest of the line, when it reads as one.
            guard e == n, e - start >= 8, !isPseudonym(b, start..<e) else { return nil }
            return start..<e
        }
        guard b[e] == close, e - start >= 8, !b[start..<e].allSatisfy(ASCII.isLetter) else { return nil }
        let value = start..<e
        guard alreadyScrubbedEnd(b, value) == nil, !b[value].contains(UInt8(ascii: "~")) else { return nil }
        return value
    }

    /// A key with its vendor's prefix in small letters, `nest_McD89BWOJmF13YBW8U4YPiJxEBBLNOVnQw8EpAbH`,
    /// `rnt_5Xq8Lm2R…`, `ek_live_YWNjdF8x…`: 2 to 8 letters and `_` (an optional `live_`, `test_` or
    /// `prod_` after them), then 20 or more letters and digits that read as random.
    private static func vendorPrefixedKey(_ b: Bytes, at v: Int) -> Range<Int>? {
        let n = b.count
        var k = v
        while k < n, k - v <= 8, ASCII.isLower(b[k]) { k += 1 }
        guard k - v >= 2, k < n, b[k] == UInt8(ascii: "_") else { return nil }
        k += 1
        for mode: StaticString in ["live_", "test_", "prod_"] where ASCII.hasPrefix(b, at: k, exactly: mode) { k += 5; break }
        let body = k
        var end = body
        while end < n, ASCII.isAlnum(b[end]) { end += 1 }
        guard end - body >= 20, end == n || !(ASCII.isAlnum(b[end]) || b[end] == UInt8(ascii: "_") || b[end] == UInt8(ascii: "-")),
              readsAsRandom(b, body..<end), !isPseudonym(b, v..<end), alreadyScrubbedEnd(b, v..<end) == nil else { return nil }
        return v..<end
    }

    /// Vault's `operator init` output: `Unseal Key 1: <base64>`, `Recovery Key 3: <hex>` — the
    /// key share (at least 16 bytes of base64 or hex), whatever it looks like.
    static func vaultKeyShare(_ b: Bytes, at: Int) -> Range<Int>? {
        var k: Int
        if ASCII.hasPrefix(b, at: at, exactly: "Unseal Key ") { k = at + 11 } else if ASCII.hasPrefix(b, at: at, exactly: "Recovery Key ") { k = at + 13 } else { return nil }
        let digits = k
        while k < b.count, k - digits < 3, ASCII.isDigit(b[k]) { k += 1 }
        guard k > digits, k + 2 < b.count, b[k] == UInt8(ascii: ":"), b[k + 1] == 0x20 else { return nil }
        let v = k + 2
        let end = CredentialScan.runEnd(b, from: v) { ASCII.isAlnum($0) || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "=") }
        guard end - v >= 16, !isPseudonym(b, v..<end) else { return nil }
        return v..<end
    }

    /// The literal key for `key` after a qualifying word (`api key`, `secret-key`), or nil.
    private static func keyQualifier(_ b: Bytes, before at: Int) -> StaticString? {
        guard at >= 4, b[at - 1] == 0x20 || b[at - 1] == UInt8(ascii: "-") else { return nil }
        var s = at - 1
        while s > 0, at - 1 - s < 10, ASCII.isLetter(b[s - 1]) { s -= 1 }
        guard s == 0 || !ASCII.isAlnum(b[s - 1]) else { return nil }
        let word = b[s..<(at - 1)].map(ASCII.lower)
        if word == Array("api".utf8) { return "api_key" }
        return secretKeyQualifiers.contains(word) ? "secret" : nil
    }

    private static let secretKeyQualifiers: Set<[UInt8]> = Set(
        ["secret", "access", "signing", "encryption", "master", "license", "private"].map { Array($0.utf8) })

    /// Random bytes rather than a name: a digit, and mixed-case letters, only hex digits (20 or
    /// more) or only letters and digits (four or more of each); a `/` only in a 40-byte AWS
    /// secret access key or in standard base64 that is padded or holds a `+`.
    static func readsAsRandom(_ b: Bytes, _ r: Range<Int>) -> Bool {
        var upper = false, lower = false, slash = false, hexOnly = true, alnumOnly = true
        var digits = 0, letters = 0
        for k in r {
            let x = b[k]
            if ASCII.isUpper(x) { upper = true; letters += 1 } else if ASCII.isLower(x) { lower = true; letters += 1 } else if ASCII.isDigit(x) { digits += 1 }
            else { alnumOnly = false }
            if x == UInt8(ascii: "/") { slash = true }
            if !ASCII.isHexDigit(x) { hexOnly = false }
        }
        if slash {
            if r.count == 40, upper, lower, b[r].allSatisfy(CredentialScan.isBase64) { return true }
            // A standard base64 key (`0D9+BHC4…/Ww37zM=`, an AES key's 44 bytes): whole quads, padded or
            // holding a `+` (no path has either), mixed-case letters and digits.
            var body = r
            while body.count > r.count - 2, b[body.upperBound - 1] == UInt8(ascii: "=") { body = body.lowerBound..<(body.upperBound - 1) }
            return r.count >= 24 && r.count % 4 == 0 && upper && lower && digits > 0 && b[body].allSatisfy(CredentialScan.isBase64)
                && (body.count < r.count || b[body].contains(UInt8(ascii: "+")))
        }
        guard digits > 0 else { return false }
        return (upper && lower) || (hexOnly && r.count >= 20) || (alnumOnly && digits >= 4 && letters >= 4)
    }

    /// `with user telnyx_user_88 pass Tz7!mQ2pR9`, `login jdoe pass S3cret`: `pass` (any case) right
    /// after `user`, `username` or `login` and one word. The word after `pass` (to white space,
    /// a quote, `,` or `;`) unless it is only small letters, or nil. (`pass` alone is an ordinary
    /// verb: `tests pass`.)
    static func passAfterUser(_ b: Bytes, at: Int) -> Range<Int>? {
        let n = b.count
        guard at >= 8, at + 6 < n, ASCII.hasPrefix(b, at: at, lowercased: "pass "), b[at - 1] == 0x20 else { return nil }
        // The word before: the account.
        var s = at - 1
        while s > 0, b[s - 1] > 0x20 { s -= 1 }
        guard s < at - 1, s >= 2, b[s - 1] == 0x20 else { return nil }
        var w = s - 1
        while w > 0, ASCII.isLetter(b[w - 1]) { w -= 1 }
        let word = w..<(s - 1)
        guard w == 0 || !ASCII.isAlnum(b[w - 1]),
              (word.count == 4 && ASCII.hasPrefix(b, at: w, lowercased: "user")) || (word.count == 8 && ASCII.hasPrefix(b, at: w, lowercased: "username"))
                || (word.count == 5 && ASCII.hasPrefix(b, at: w, lowercased: "login")) else { return nil }
        let start = at + 5
        var e = start
        while e < n, b[e] > 0x20, b[e] != UInt8(ascii: "\""), b[e] != UInt8(ascii: "'"), b[e] != UInt8(ascii: ","), b[e] != UInt8(ascii: ";") { e += 1 }
        // (`all user tests pass today`: a word of small letters is prose.)
        guard e > start, !b[start..<e].allSatisfy(ASCII.isLower) else { return nil }
        return start..<e
    }
}
