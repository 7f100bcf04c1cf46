/// Tokens in the path of a capability link — a password-reset, e-mail verification,
/// invitation, magic sign-in or share link — as access logs record them:
/// `GET /reset-password/5f1d7a2c9e8b4a6f…`, `/password/reset/<64 hex>`, Django's
/// `/reset/MQ/bm7x3c-5f0b8c6a1e4d…/`, `/invite/<token>`, `/magic-link/<token>`, and in the
/// link's query (`/reset?t=<token>`, `/verify?uid=7&code=<token>`). Whoever reads
/// the log could follow the link, so the token is a credential (the bearer-token rule's).
///
/// **Trigger**: a word right after `/` that is one of the link words (any case, `-`/`_`
/// or nothing between the parts): `reset`, `reset-password`, `password-reset`, `verify`,
/// `verify-email`, `verification`, `confirm`, `confirm-email`, `confirmation`, `activate`,
/// `activation`, `invite`, `invitation`, `accept-invite`, `magic-link`, `magic`,
/// `unsubscribe`, `share`, `password_resets`, and the webhook words `IncomingWebhook`, `hooks`,
/// `webhook(s)`, `integration`, then `/` or `?`.
///
/// **Accepts** the first of the next two path segments that is a token: 16…512 bytes of
/// `[A-Za-z0-9._-]` with a run of ten or more alphanumerics that holds a letter and a digit
/// (random, not words), ended by `/`, `?`, `#`, white space, a
/// quote, `&`, `;`, `,` or the end. A segment before it may be short (≤ 12 bytes: Django's
/// base64 user id).
///
/// **Rejects** words (`/reset-password/new`, `/verify/email`, `/share/q3-2026-summary-v2`),
/// short ids (`/confirm/12345`), and anything a first pass wrote (a pseudonym holds `~`).
extension BearerTokenDetector {
    /// `at` is the first byte of the word after `/`. Returns the token's range.
    package static func linkPathToken(_ b: Bytes, at: Int) -> Range<Int>? {
        if b[at] == UInt8(ascii: "s"), let share = nextcloudShareToken(b, at: at) { return share }
        var k = at
        while k < b.count, k - at <= 16, ASCII.isLetter(b[k]) || b[k] == UInt8(ascii: "-") || b[k] == UInt8(ascii: "_") { k += 1 }
        guard k < b.count, b[k] == UInt8(ascii: "/") || b[k] == UInt8(ascii: "?"), k - at >= 5, isLinkWord(b, at..<k) else { return nil }
        if b[k] == UInt8(ascii: "?") { return queryToken(b, from: k + 1) }
        var start = k + 1
        for _ in 0..<2 {
            let e = randomTokenEnd(b, from: start)
            let ended = e == b.count || isSegmentEnd(b[e])
            if ended, e - start >= 16, e - start <= 512, isRandom(b, start..<e) { return isWholeJWT(b, start..<e) ? nil : start..<e }
            // A short segment first (Django's `/reset/MQ/<token>/`): look at the next one.
            guard e < b.count, b[e] == UInt8(ascii: "/"), e - start >= 1, e - start <= 12 else { return nil }
            start = e + 1
        }
        return nil
    }

    /// Nextcloud's and ownCloud's public share links, `/index.php/s/sYVKKc7EoSuAZ8D/download`
    /// (also `/public.php/…`): the share's token, 8 to 32 letters and digits with a digit and a
    /// capital in it (anyone with the link reads the files).
    static func nextcloudShareToken(_ b: Bytes, at: Int) -> Range<Int>? {
        guard at + 2 < b.count, b[at + 1] == UInt8(ascii: "/"), CredentialScan.hasSuffix(b, endingAt: at, exactly: "index.php/") else { return nil }
        let start = at + 2
        var e = start
        var digit = false, upper = false
        while e < b.count, e - start <= 32, ASCII.isAlnum(b[e]) {
            if ASCII.isDigit(b[e]) { digit = true } else if ASCII.isUpper(b[e]) { upper = true }
            e += 1
        }
        guard e - start >= 8, e - start <= 32, digit, upper, e == b.count || isSegmentEnd(b[e]) || b[e] == UInt8(ascii: "\\") else { return nil }
        return start..<e
    }

    /// `/reset?t=<token>`, `/verify?code=<token>&uid=7`: the first of the link's first four
    /// query parameters whose value is a token (the path's rules: 16…512 bytes, random).
    static func queryToken(_ b: Bytes, from: Int) -> Range<Int>? {
        var k = from
        for _ in 0..<4 {
            let key = k
            while k < b.count, k - key <= 32, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "-") || b[k] == UInt8(ascii: "_") || b[k] == UInt8(ascii: ".") { k += 1 }
            guard k > key, k < b.count, b[k] == UInt8(ascii: "=") else { return nil }
            let start = k + 1
            let e = randomTokenEnd(b, from: start)
            let ended = e == b.count || isSegmentEnd(b[e])
            if ended, e - start >= 16, e - start <= 512, isRandom(b, start..<e) {
                // A JWT is the JWT detector's: summarised, not fingerprinted.
                return isWholeJWT(b, start..<e) ? nil : start..<e
            }
            // The next parameter: past the rest of this value.
            k = e
            while k < b.count, k - start <= 512, b[k] != UInt8(ascii: "&"), !(b[k] == 0x20 || b[k] == 0x09 || b[k] == UInt8(ascii: "\"") || b[k] == UInt8(ascii: "'") || b[k] == UInt8(ascii: "#")) { k += 1 }
            guard k < b.count, b[k] == UInt8(ascii: "&") else { return nil }
            k += 1
        }
        return nil
    }

    /// The end of the `[A-Za-z0-9._-]` run at `start` (at most 513 bytes), percent-escapes
    /// included (`…%3D%3D`, a base64 token's padding).
    static func randomTokenEnd(_ b: Bytes, from start: Int) -> Int {
        var e = start
        while e < b.count, e - start <= 512 {
            let x = b[e]
            if x == UInt8(ascii: "%"), e + 2 < b.count, ASCII.isHexDigit(b[e + 1]), ASCII.isHexDigit(b[e + 2]) { e += 3; continue }
            guard ASCII.isAlnum(x) || x == UInt8(ascii: "-") || x == UInt8(ascii: "_") || x == UInt8(ascii: ".") else { break }
            e += 1
        }
        return e
    }

    /// A run of ≥ 10 alphanumerics with a letter and a digit: random, not words
    /// (`q3-2026-summary-v2` is not).
    static func isRandom(_ b: Bytes, _ r: Range<Int>) -> Bool {
        var run = 0, letter = false, digit = false
        for k in r {
            let x = b[k]
            if ASCII.isLetter(x) { letter = true; run += 1 } else if ASCII.isDigit(x) { digit = true; run += 1 } else { run = 0; letter = false; digit = false }
            if run >= 10, letter, digit { return true }
        }
        return false
    }

    /// The link words, compared without case and without `-` / `_` (no allocation: this
    /// runs for path segments of every URL).
    static func isLinkWord(_ b: Bytes, _ r: Range<Int>) -> Bool {
        switch b[r.lowerBound] | 0x20 {
        case UInt8(ascii: "r"), UInt8(ascii: "p"), UInt8(ascii: "v"), UInt8(ascii: "c"), UInt8(ascii: "a"),
             UInt8(ascii: "i"), UInt8(ascii: "m"), UInt8(ascii: "u"), UInt8(ascii: "s"), UInt8(ascii: "h"), UInt8(ascii: "w"): break
        default: return false
        }
        for word in linkWords where folds(b, r, to: word) { return true }
        return false
    }

    static let linkWords: [StaticString] = [
        "reset", "resetpassword", "passwordreset", "verify", "verifyemail", "verification", "confirm", "confirmemail",
        "confirmation", "activate", "activation", "invite", "invitation", "acceptinvite", "magiclink", "magic", "unsubscribe", "share",
        // Rails' `/password_resets/<token>/edit`; webhook URLs whose path is the credential (Microsoft
        // Teams' `/IncomingWebhook/<hex>/…`, Mattermost's `/hooks/<id>`, PagerDuty's `/integration/<key>/enqueue`).
        "passwordresets", "incomingwebhook", "hooks", "webhook", "webhooks", "integration",
    ]

    /// `b[r]` without `-` / `_`, lower-cased, equals `word`.
    @inline(__always)
    static func folds(_ b: Bytes, _ r: Range<Int>, to word: StaticString) -> Bool {
        let w = word.utf8Start
        let count = word.utf8CodeUnitCount
        var j = 0
        for k in r {
            let x = b[k]
            if x == UInt8(ascii: "-") || x == UInt8(ascii: "_") { continue }
            guard j < count, ASCII.lower(x) == w[j] else { return false }
            j += 1
        }
        return j == count
    }

    @inline(__always)
    static func isSegmentEnd(_ x: UInt8) -> Bool {
        switch x {
        case UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"), 0x20, 0x09, 0x0D, 0x0A, UInt8(ascii: "\""), UInt8(ascii: "'"),
             UInt8(ascii: "&"), UInt8(ascii: ";"), UInt8(ascii: ","): return true
        default: return false
        }
    }
}
