/// Well-known API key formats and PEM private-key blocks.
///
/// **Trigger**: called at a word start, and — for PEM blocks — also at a `-` byte that
/// starts the line or follows a non-`-` byte (the dispatcher must do this: `-` is not a
/// word start). Rejects on the first byte unless it is one of `A a g s r x h n S d b y p H G M N O P f w k l t o -`.
///
/// **Accepts** (exact prefix, charset and length; the byte after the key must be the end
/// or outside the key's charset and not alphanumeric):
/// - AWS access key ids `(AKIA|ASIA|ABIA|ACCA|AROA|AIDA|ANPA|ANVA|AIPA)[A-Z0-9]{16}`, with the
///   40-byte secret access key when it follows after one separator (`AKIA…,wJalrXUt…`)
/// - GitHub `gh[pousr]_` + 36 alnum; `github_pat_` + 82 `[A-Za-z0-9_]`
/// - Stripe secret/restricted `(sk|rk)_(live|test)_` + ≥ 16 alnum (publishable `pk_` are public)
/// - Slack tokens `xox[abposr]-` + ≥ 10 and app-level tokens `xapp-` + ≥ 30 `[A-Za-z0-9-]`; Slack webhooks
///   `hooks.slack.com/services/T…/B…/…` (returns the `T…/B…/secret` path), a slash command's
///   `hooks.slack.com/commands/…` and `/actions/…` response URLs (their path)
/// - Google `AIza` + 35 `[0-9A-Za-z_-]`; Google OAuth access tokens `ya29.` + ≥ 20 `[0-9A-Za-z_-]`;
///   Google OAuth client secrets `GOCSPX-` + ≥ 24 `[0-9A-Za-z_-]`
/// - GitLab `glpat-` + ≥ 20 `[0-9A-Za-z_-]` (and the `.`-separated parts of newer tokens)
/// - Grafana service-account tokens `glsa_` + 32…48 `[A-Za-z0-9_]`, Grafana Cloud `glc_` + ≥ 32
///   `[0-9A-Za-z_-]`; Heroku `HRKU-` + ≥ 30 `[0-9A-Za-z_-]`; New Relic user keys `NRAK-` + 27
///   `[A-Z0-9]`; age secret keys `AGE-SECRET-KEY-1` + 58 `[A-Z0-9]`
/// - Atlassian API tokens `ATATT3` + ≥ 60 `[0-9A-Za-z_=-]`; Square `sq0atp-` + ≥ 22 and
///   `sq0csp-` + ≥ 43 `[0-9A-Za-z_-]`; Postman `PMAK-` + 24 hex + `-` + 34 hex; Databricks
///   `dapi` + 32 hex; Pulumi `pul-` + 40 hex; Doppler `dp.(st|pt|ct|sa|scim|audit).` + ≥ 30
///   `[0-9A-Za-z_.-]`; Fly.io `fo1_` + ≥ 30 and Netlify `nfp_` + ≥ 30 `[0-9A-Za-z_-]`;
///   HashiCorp Vault service/batch/recovery tokens `hv(s|b|r).` + ≥ 24 `[0-9A-Za-z_-]`, and legacy
///   service tokens `s.` + 24 `[0-9A-Za-z]`; GitLab's `glptt-`, `glrt-`, `gldt-`, `glft-`, `glcbt-`, `gloas-` tokens
/// - Hugging Face `hf_` + 30…40 alnum; PyPI upload tokens `pypi-AgEIcHlwaS5vcmc` + ≥ 50 `[0-9A-Za-z_-]`;
///   Twitch `oauth:` + 30 `[a-z0-9]` (the 30 only);
///   Docker Hub `dckr_pat_` + ≥ 20 `[0-9A-Za-z_-]`; Shopify `shp(at|ca|pa|ss)_` + 32 hex;
///   DigitalOcean `do(p|o|r)_v1_` + 64 hex; Linear `lin_api_` + 40 alnum; RubyGems `rubygems_` +
///   48 hex; Sentry `sntrys_` + ≥ 60 `[0-9A-Za-z_=-]` and `sntryu_` + 64 hex
/// - npm `npm_` + 36 alnum; SendGrid `SG.` + 22 `[A-Za-z0-9_-]` + `.` + 43 `[A-Za-z0-9_-]`
/// - Discord webhooks `discord.com/api/webhooks/<id>/<token>` (returns the token); Discord bot
///   tokens `[MNO]` + 22…25 alnum (base64 of the bot's numeric id) + `.` + 6 + `.` + 27…38
///   `[A-Za-z0-9_-]`
/// - Telegram bot tokens in Bot API URLs `bot<6…12 digits>:<30…50 [A-Za-z0-9_-]>` (returns `id:secret`),
///   and bare ones `<6…12 digits>:AA<30…38 [A-Za-z0-9_-]>` (from their digits, ``telegramBare(_:at:)``)
/// - Stripe webhook signing secrets `whsec_` + ≥ 24 base64url; Mailgun `key-` + 32 `[0-9a-z]`
/// - OpenAI / Anthropic, only the unambiguous forms: `sk-proj-`, `sk-svcacct-`,
///   `sk-admin-`, `sk-ant-` + ≥ 32 `[A-Za-z0-9_-]`; legacy `sk-` + 48 alnum; `sk-` + 32 lower-case
///   hex (DeepSeek and other OpenAI-compatible APIs); OpenRouter `sk-or-v1-` + 64 hex; Langfuse
///   `sk-lf-` + a UUID
/// - other AI APIs: Groq `gsk_` + ≥ 40, Replicate `r8_` + ≥ 30, Pinecone `pcsk_` + ≥ 50, LangSmith
///   `lsv2_pt_`/`lsv2_sk_` + ≥ 40, Tavily `tvly-` + ≥ 30 `[0-9A-Za-z_-]`; xAI `xai-` + 80 and
///   Perplexity `pplx-` + 48 alnum
/// - Azure AD (Entra ID) client secrets `[A-Za-z0-9_~.]{3}<digit>Q~[A-Za-z0-9_~.-]{31,34}`, found from
///   their `~` (``azureClientSecret(_:tilde:floor:)``)
/// - Braintree, Firebase, Mapbox, Twilio and Terraform Cloud keys, Alibaba Cloud access key ids, Yandex
///   OAuth tokens and CAS tickets (`APIKeyDetector+MoreVendors.swift`)
/// - PEM `-----BEGIN (RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY( BLOCK)?-----`
///   through the matching `-----END … PRIVATE KEY…-----` (searched within 16 KiB); when
///   the END marker is missing the match runs to the end of `bytes` (fail closed).
///
/// **Rejects** shorter/longer runs, wrong charsets, `-----BEGIN CERTIFICATE-----`,
/// `-----BEGIN PUBLIC KEY-----`, publishable keys.
///
/// **Returns** the key range (for PEM the whole block including markers).
package enum APIKeyDetector {
    /// An Azure AD client secret (`xyz8Q~…`, 40 bytes in all) whose `Q~` ends at `tilde`.
    package static func azureClientSecret(_ bytes: Bytes, tilde: Int, floor: Int) -> Range<Int>? {
        let n = bytes.count
        let start = tilde - 5
        guard start >= floor, tilde + 31 < n, bytes[tilde - 1] == UInt8(ascii: "Q"), ASCII.isDigit(bytes[tilde - 2]) else { return nil }
        @inline(__always) func isHead(_ x: UInt8) -> Bool { ASCII.isAlnum(x) || x == UInt8(ascii: "_") || x == UInt8(ascii: "~") || x == UInt8(ascii: ".") }
        @inline(__always) func isBody(_ x: UInt8) -> Bool { isHead(x) || x == UInt8(ascii: "-") }
        for k in start..<(tilde - 2) where !isHead(bytes[k]) { return nil }
        if start > 0, isBody(bytes[start - 1]) { return nil }
        var e = tilde + 1
        while e < n, e - tilde <= 35, isBody(bytes[e]) { e += 1 }
        if e < n, isBody(bytes[e]) { return nil }  // longer
        if e - tilde - 1 == 35, bytes[e - 1] == UInt8(ascii: ".") { e -= 1 }  // the end of a sentence
        guard e - tilde - 1 >= 31, e - tilde - 1 <= 34 else { return nil }
        return start..<e
    }

    /// Inlined first-byte reject; the rest is out of line.
    @inline(__always)
    package static func match(_ bytes: Bytes, at: Int, floor: Int) -> Range<Int>? {
        guard at >= floor, at >= 0, at + 1 < bytes.count else { return nil }
        let b1 = bytes[at + 1]
        let plausible: Bool
        switch bytes[at] {
        case 0x41: plausible = b1 == 0x49 || b1 == 0x4B || b1 == 0x53 || b1 == 0x42 || b1 == 0x43 || b1 == 0x52 || b1 == 0x4E || b1 == 0x47 || b1 == 0x54 || b1 == 0x41 || b1 == 0x50 // A[IKSBCRNGTAP]
        case 0x61: plausible = b1 == 0x63 || b1 == 0x74 // ac(cess_token$), at(lasv1.)
        case 0x67: plausible = b1 == 0x68 || b1 == 0x69 || b1 == 0x6C || b1 == 0x73 // g[hil], gs(k_)
        case 0x73: plausible = b1 == 0x6B || b1 == 0x68 || b1 == 0x71 || b1 == 0x6E || b1 == 0x2E // sk, sh(p…_), sq(0…), sn(trys_), s.
        case 0x72: plausible = b1 == 0x6B || b1 == 0x75 || b1 == 0x38 // rk, ru(bygems_), r8(_)
        case 0x78: plausible = b1 == 0x6F || b1 == 0x61 // xo, xa(pp-)
        case 0x6C: plausible = b1 == 0x69 || b1 == 0x73 // li(n_api_), ls(v2_)
        case 0x68: plausible = b1 == 0x6F || b1 == 0x66 || b1 == 0x76 // ho, hf, hv(s.)
        case 0x79: plausible = b1 == 0x61 || b1 == 0x30 // ya(29.), y0(_)
        case 0x70: plausible = b1 == 0x79 || b1 == 0x75 || b1 == 0x61 || b1 == 0x63 || b1 == 0x70 // py(pi-), pu(l-), pa(t-na1-), pc(sk_), pp(lx-)
        case 0x6E: plausible = b1 == 0x70 || b1 == 0x66 // np(m_), nf(p_)
        case 0x53: plausible = b1 == 0x47 || b1 == 0x4B || b1 == 0x54 // SG, SK, ST(-)
        case 0x2D: plausible = b1 == 0x2D // --
        case 0x64: plausible = b1 == 0x69 || b1 == 0x63 || b1 == 0x6F || b1 == 0x61 || b1 == 0x70 // di(scord), dc(kr_pat_), do(p_v1_), da(pi), dp(.)
        case 0x62: plausible = b1 == 0x6F // bo(t)
        case 0x48: plausible = b1 == 0x52 // HR(KU-)
        case 0x47: plausible = b1 == 0x4F // GO(CSPX-)
        // A Discord bot token: the base64 of a number starts `M`/`N`/`O` + `T`, `j`, `z` or `D`.
        case 0x4E: plausible = b1 == 0x52 || b1 == 0x54 || b1 == 0x6A || b1 == 0x7A || b1 == 0x44 // NR(AK-), NT NTj Nz ND
        case 0x4D, 0x4F: plausible = b1 == 0x54 || b1 == 0x6A || b1 == 0x7A || b1 == 0x44 // MT Mj Mz MD, OT Oj Oz OD
        case 0x50: plausible = b1 == 0x4D || b1 == 0x47 || b1 == 0x54 // PM(AK-), PG(T-), PT(-)
        case 0x45: plausible = b1 == 0x41 // EA(A…: a Meta access token)
        case 0x4C: plausible = b1 == 0x53 || b1 == 0x54 // LS(0tLS1CRUdJTi…: base64 of `-----BEGIN`), LT(AI)
        case 0x66: plausible = b1 == 0x6F // fo(1_)
        case 0x77: plausible = b1 == 0x68 // wh(sec_)
        case 0x6B: plausible = b1 == 0x65 // ke(y-)
        case 0x74: plausible = b1 == 0x76 // tv(ly-)
        case 0x54: plausible = b1 == 0x47 // TG(T-)
        case 0x6F: plausible = b1 == 0x61 // oa(uth:)
        default: plausible = false
        }
        return plausible ? matchSlow(bytes, at: at, floor: floor) : nil
    }

    @inline(never)
    static func matchSlow(_ bytes: Bytes, at: Int, floor: Int = 0) -> Range<Int>? {
        switch bytes[at] {
        case 0x41: return aws(bytes, at) ?? google(bytes, at) ?? ageSecretKey(bytes, at) ?? atlassian(bytes, at) ?? firebaseServerKey(bytes, at) ?? fcmRegistrationToken(bytes, at, floor: floor) ?? twilioAccountSID(bytes, at) // A
        case 0x61: return braintree(bytes, at) ?? terraformCloud(bytes, at, floor: floor) // a
        case 0x67: return github(bytes, at) ?? prefixed(bytes, at, "gsk_", min: 40) // g
        case 0x73: return stripe(bytes, at) ?? openAI(bytes, at) ?? shopify(bytes, at) ?? square(bytes, at) ?? sentry(bytes, at) ?? mapboxSecret(bytes, at) ?? vaultLegacy(bytes, at) // s
        case 0x72: return stripe(bytes, at) ?? fixed(bytes, at, prefix: 9, ASCII.isHexDigit, count: 48, exact: "rubygems_") ?? prefixed(bytes, at, "r8_", min: 30) // r
        case 0x78: return slack(bytes, at) ?? slackAppToken(bytes, at) ?? fixed(bytes, at, prefix: 4, ASCII.isAlnum, count: 80, exact: "xai-") // x
        case 0x6C: return fixed(bytes, at, prefix: 8, ASCII.isAlnum, count: 40, exact: "lin_api_") ?? prefixed(bytes, at, "lsv2_pt_", min: 40) ?? prefixed(bytes, at, "lsv2_sk_", min: 40) // l
        case 0x68: return slackWebhook(bytes, at) ?? huggingFace(bytes, at) ?? vault(bytes, at) // h
        case 0x6E: return fixed(bytes, at, prefix: 4, ASCII.isAlnum, count: 36, exact: "npm_") ?? prefixed(bytes, at, "nfp_", min: 30) // n
        case 0x53: return sendGrid(bytes, at) ?? twilioAPIKey(bytes, at) ?? casTicket(bytes, at) // S
        case 0x2D: return pem(bytes, at) // -
        case 0x64: return discordWebhook(bytes, at) ?? dockerHub(bytes, at) ?? digitalOcean(bytes, at)
            ?? fixed(bytes, at, prefix: 4, ASCII.isHexDigit, count: 32, exact: "dapi") ?? doppler(bytes, at) // d
        case 0x79: return googleOAuth(bytes, at) ?? prefixed(bytes, at, "y0_", min: 40) // y
        case 0x70: return pypi(bytes, at) ?? fixed(bytes, at, prefix: 4, ASCII.isHexDigit, count: 40, exact: "pul-") ?? hubSpot(bytes, at)
            ?? prefixed(bytes, at, "pcsk_", min: 50) ?? fixed(bytes, at, prefix: 5, ASCII.isAlnum, count: 48, exact: "pplx-") // p
        case 0x62: return telegramBot(bytes, at) // b
        case 0x48: return heroku(bytes, at) // H
        case 0x47: return prefixed(bytes, at, "GOCSPX-", min: 24) // G
        case 0x4E: return fixed(bytes, at, prefix: 5, isUpperDigit, count: 27, exact: "NRAK-") ?? prefixed(bytes, at, "NRII-", min: 28) ?? discordBot(bytes, at) // N
        case 0x4D, 0x4F: return discordBot(bytes, at) // M, O
        case 0x50: return postman(bytes, at) ?? casTicket(bytes, at) // P
        case 0x45: return metaAccessToken(bytes, at) // E
        case 0x4C: return base64PrivateKey(bytes, at) ?? aliyunAccessKeyID(bytes, at) // L
        case 0x66: return prefixed(bytes, at, "fo1_", min: 30) // f
        case 0x77: return prefixed(bytes, at, "whsec_", min: 24) // w
        case 0x6B: return fixed(bytes, at, prefix: 4, isLowerDigit, count: 32, exact: "key-") // k
        case 0x74: return prefixed(bytes, at, "tvly-", min: 30) // t
        case 0x54: return casTicket(bytes, at) // T
        case 0x6F: return twitchOAuth(bytes, at) // o
        default: return nil
        }
    }

    /// `bot<id>:<secret>` (Telegram Bot API URLs: `api.telegram.org/bot123456789:AAH…/sendMessage`)
    /// → range of the token (`id:secret`): 6…12 digits, `:`, 30…50 `[A-Za-z0-9_-]` (35 in current
    /// tokens, 34 in Telegram's documentation example).
    /// A bare Telegram bot token (`123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw`, not in a URL):
    /// 6–12 digits, `:`, `AA` and 30–38 more `[A-Za-z0-9_-]`, ended by no such byte. `at` is the
    /// first digit.
    static func telegramBare(_ bytes: Bytes, at: Int) -> Range<Int>? {
        let idEnd = CredentialScan.runEnd(bytes, from: at, ASCII.isDigit)
        guard idEnd - at >= 6, idEnd - at <= 12, idEnd + 3 < bytes.count, bytes[idEnd] == UInt8(ascii: ":"),
              bytes[idEnd + 1] == UInt8(ascii: "A"), bytes[idEnd + 2] == UInt8(ascii: "A") else { return nil }
        let end = CredentialScan.runEnd(bytes, from: idEnd + 1) { ASCII.isAlnum($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }
        guard end - (idEnd + 1) >= 32, end - (idEnd + 1) <= 40 else { return nil }
        return at..<end
    }

    static func telegramBot(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard ASCII.hasPrefix(bytes, at: at, exactly: "bot") else { return nil }
        let idEnd = CredentialScan.runEnd(bytes, from: at + 3, ASCII.isDigit)
        guard idEnd - (at + 3) >= 6, idEnd - (at + 3) <= 12, idEnd < bytes.count, bytes[idEnd] == UInt8(ascii: ":") else { return nil }
        let end = CredentialScan.runEnd(bytes, from: idEnd + 1) { ASCII.isAlnum($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }
        guard end - (idEnd + 1) >= 30, end - (idEnd + 1) <= 50 else { return nil }
        return (at + 3)..<end
    }

    /// A Discord bot token (`Authorization: Bot MTIz….GhIjKl.…`): the bot's numeric id in base64
    /// (23–26 `[A-Za-z0-9]` starting with `M`, `N` or `O`, decoding to digits only), `.`, 6
    /// `[A-Za-z0-9_-]`, `.`, 27–38 `[A-Za-z0-9_-]`, ended by no such byte.
    static func discordBot(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        let n = bytes.count
        let idEnd = CredentialScan.runEnd(bytes, from: at, ASCII.isAlnum)
        guard idEnd - at >= 23, idEnd - at <= 26, idEnd + 36 <= n, bytes[idEnd] == UInt8(ascii: ".") else { return nil }
        let stampEnd = CredentialScan.runEnd(bytes, from: idEnd + 1, ASCII.isBase64URL)
        guard stampEnd - idEnd - 1 == 6, stampEnd < n, bytes[stampEnd] == UInt8(ascii: ".") else { return nil }
        let end = CredentialScan.runEnd(bytes, from: stampEnd + 1, ASCII.isBase64URL)
        guard end - stampEnd - 1 >= 27, end - stampEnd - 1 <= 38, end == n || bytes[end] != UInt8(ascii: ".") else { return nil }
        guard let id = Base64URL.decode(bytes, range: at..<idEnd), id.count >= 17, id.allSatisfy(ASCII.isDigit) else { return nil }
        return at..<end
    }

    /// `discord.com/api/webhooks/<id>/<token>` (also `discordapp.com`, `/api/v10/webhooks/`)
    /// → range of the token (60…100 `[A-Za-z0-9_-]`).
    static func discordWebhook(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        var i = at
        if ASCII.hasPrefix(bytes, at: i, exactly: "discord.com/api/") { i += 16 }
        else if ASCII.hasPrefix(bytes, at: i, exactly: "discordapp.com/api/") { i += 19 }
        else { return nil }
        if ASCII.hasPrefix(bytes, at: i, exactly: "v") {
            // `/api/v10/webhooks/…`
            let end = CredentialScan.runEnd(bytes, from: i + 1, ASCII.isDigit)
            guard end > i + 1, end < bytes.count, bytes[end] == 0x2F else { return nil }
            i = end + 1
        }
        guard ASCII.hasPrefix(bytes, at: i, exactly: "webhooks/") else { return nil }
        i += 9
        let idEnd = CredentialScan.runEnd(bytes, from: i, ASCII.isDigit)
        guard idEnd - i >= 15, idEnd < bytes.count, bytes[idEnd] == 0x2F else { return nil }
        let start = idEnd + 1
        let end = CredentialScan.runEnd(bytes, from: start, ASCII.isBase64URL)
        guard end - start >= 32, end - start <= 100 else { return nil }  // (68 today; the path alone says what it is)
        return start..<end
    }

    // MARK: - Formats

    static func aws(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard at + 20 <= bytes.count else { return nil }
        let p1 = bytes[at + 1], p2 = bytes[at + 2], p3 = bytes[at + 3]
        let ok: Bool
        switch (p1, p2, p3) {
        case (0x4B, 0x49, 0x41), (0x53, 0x49, 0x41), (0x42, 0x49, 0x41), (0x43, 0x43, 0x41), // KIA SIA BIA CCA
             (0x52, 0x4F, 0x41), (0x49, 0x44, 0x41), (0x4E, 0x50, 0x41), (0x4E, 0x56, 0x41), // ROA IDA NPA NVA
             (0x49, 0x50, 0x41): ok = true // IPA
        default: ok = false
        }
        guard ok, let id = run(bytes, from: at + 4, start: at, isUpperDigit, min: 16, max: 16) else { return nil }
        return awsSecretAfterKeyID(bytes, id.upperBound).map { at..<$0 } ?? id
    }

    /// A credentials pair written together (`AKIA… wJalrXUt…`, CSV `AKIA…,wJalrXUt…`, `AKIA…:…`,
    /// `AKIA… / wJalrXUt…`): after the key id, one to three separators and 40 bytes of `[A-Za-z0-9/+]` with an upper-case
    /// letter, a lower-case letter and a digit or `/`/`+`, ended by no token byte — the secret
    /// access key. Returns its end (the pair is redacted as one span).
    static func awsSecretAfterKeyID(_ bytes: Bytes, _ idEnd: Int) -> Int? {
        let n = bytes.count
        guard idEnd + 41 <= n else { return nil }
        // One to three separator bytes: `AKIA… wJal…`, `AKIA…,wJal…`, `AKIA… / wJal…`.
        @inline(__always) func isSeparator(_ x: UInt8) -> Bool {
            x == 0x20 || x == 0x09 || x == UInt8(ascii: ",") || x == UInt8(ascii: ":") || x == UInt8(ascii: "|") || x == UInt8(ascii: ";") || x == UInt8(ascii: "/")
        }
        var start = idEnd
        while start < n, start - idEnd < 3, isSeparator(bytes[start]) { start += 1 }
        guard start > idEnd, start + 40 <= n else { return nil }
        var upper = false, lower = false, other = false
        var k = start
        while k < n, k - start < 41 {
            let x = bytes[k]
            if ASCII.isUpper(x) { upper = true } else if ASCII.isLower(x) { lower = true }
            else if ASCII.isDigit(x) || x == UInt8(ascii: "/") || x == UInt8(ascii: "+") { other = true } else { break }
            k += 1
        }
        guard k - start == 40, upper, lower, other, k == n || !(ASCII.isAlnum(bytes[k]) || bytes[k] == UInt8(ascii: "_") || bytes[k] == UInt8(ascii: "-") || bytes[k] == UInt8(ascii: "=")) else { return nil }
        return k
    }

    static func google(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        fixed(bytes, at, prefix: 4, ASCII.isBase64URL, count: 35, exact: "AIza")
    }

    static func github(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard at + 4 < bytes.count else { return nil }
        if bytes[at + 1] == 0x68, bytes[at + 3] == 0x5F { // gh?_
            switch bytes[at + 2] {
            case 0x70, 0x6F, 0x75, 0x73, 0x72: // p o u s r
                return run(bytes, from: at + 4, start: at, ASCII.isAlnum, min: 36, max: 36)
            default: return nil
            }
        }
        if ASCII.hasPrefix(bytes, at: at, exactly: "github_pat_") {
            return run(bytes, from: at + 11, start: at, isWord, min: 82, max: 82)
        }
        if ASCII.hasPrefix(bytes, at: at, exactly: "glsa_") { return run(bytes, from: at + 5, start: at, isWord, min: 32, max: 48) }
        if ASCII.hasPrefix(bytes, at: at, exactly: "glc_") { return longRun(bytes, at, prefix: 4, min: 32, ASCII.isBase64URL) }
        // GitLab's other tokens: pipeline trigger `glptt-`, runner `glrt-`, deploy `gldt-`, feed
        // `glft-`, CI job `glcbt-`, OAuth app secret `gloas-`.
        for other: StaticString in ["glptt-", "glrt-", "gldt-", "glft-", "glcbt-", "gloas-"] where ASCII.hasPrefix(bytes, at: at, exactly: other) {
            return longRun(bytes, at, prefix: other.utf8CodeUnitCount, min: 20) { ASCII.isBase64URL($0) || $0 == 0x2E }
        }
        // `glpat-` + 20 (older) or more, with `.`-separated parts in newer routable tokens.
        guard ASCII.hasPrefix(bytes, at: at, exactly: "glpat-") else { return nil }
        return longRun(bytes, at, prefix: 6, min: 20) { ASCII.isBase64URL($0) || $0 == 0x2E }
    }

    /// `exact` then a run of at least `min` `[0-9A-Za-z_-]`.
    static func prefixed(_ bytes: Bytes, _ at: Int, _ exact: StaticString, min: Int) -> Range<Int>? {
        guard ASCII.hasPrefix(bytes, at: at, exactly: exact) else { return nil }
        return longRun(bytes, at, prefix: exact.utf8CodeUnitCount, min: min, ASCII.isBase64URL)
    }

    /// Twitch's chat and API tokens as IRC's `PASS` and bots' configurations write them:
    /// `oauth:` + 30 `[a-z0-9]` → range of the 30 (the prefix stays readable).
    static func twitchOAuth(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard let r = fixed(bytes, at, prefix: 6, isLowerDigit, count: 30, exact: "oauth:") else { return nil }
        return (at + 6)..<r.upperBound
    }

    /// `sntrys_…` (organisation auth token: base64 JSON, `_`, secret) and `sntryu_` + 64 hex
    /// (user auth token): Sentry.
    static func sentry(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        if let r = fixed(bytes, at, prefix: 7, ASCII.isHexDigit, count: 64, exact: "sntryu_") { return r }
        guard ASCII.hasPrefix(bytes, at: at, exactly: "sntrys_") else { return nil }
        return longRun(bytes, at, prefix: 7, min: 60) { ASCII.isBase64URL($0) || $0 == UInt8(ascii: "=") }
    }

    /// `xapp-1-A…-…-<64 hex>`: a Slack app-level token.
    static func slackAppToken(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard ASCII.hasPrefix(bytes, at: at, exactly: "xapp-") else { return nil }
        return run(bytes, from: at + 5, start: at, isAlnumDash, min: 30, max: 512)
    }

    /// `ATATT3…`: an Atlassian API token (base64url with a `=` and a checksum).
    static func atlassian(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard ASCII.hasPrefix(bytes, at: at, exactly: "ATATT3") else { return nil }
        return longRun(bytes, at, prefix: 6, min: 60) { ASCII.isBase64URL($0) || $0 == UInt8(ascii: "=") }
    }

    /// `sq0atp-…` (access token) and `sq0csp-…` (OAuth secret): Square.
    static func square(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        prefixed(bytes, at, "sq0atp-", min: 22) ?? prefixed(bytes, at, "sq0csp-", min: 43)
    }

    /// `hvs.…`, `hvb.…`, `hvr.…`: HashiCorp Vault service, batch and recovery tokens.
    /// Vault's legacy service tokens (before 1.10): `s.` + exactly 24 `[A-Za-z0-9]`, with a digit,
    /// an upper- and a lower-case letter (`s.Xq9Lm2Wx7Vb4Np1Rt6YcZa8E`).
    static func vaultLegacy(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard at + 26 <= bytes.count, bytes[at + 1] == 0x2E, let r = run(bytes, from: at + 2, start: at, ASCII.isAlnum, min: 24, max: 24),
              r.upperBound == bytes.count || bytes[r.upperBound] != 0x2E else { return nil }
        let body = bytes[(at + 2)..<r.upperBound]
        return body.contains(where: ASCII.isDigit) && body.contains(where: ASCII.isUpper) && body.contains(where: ASCII.isLower) ? r : nil
    }

    static func vault(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard at + 4 < bytes.count, bytes[at + 1] == 0x76, bytes[at + 3] == 0x2E,
              bytes[at + 2] == 0x73 || bytes[at + 2] == 0x62 || bytes[at + 2] == 0x72 else { return nil }
        return longRun(bytes, at, prefix: 4, min: 24, ASCII.isBase64URL)
    }

    /// `PMAK-` + 24 hex + `-` + 34 hex: a Postman API key.
    static func postman(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard ASCII.hasPrefix(bytes, at: at, exactly: "PMAK-"), let first = run(bytes, from: at + 5, start: at, ASCII.isHexDigit, min: 24, max: 24),
              first.upperBound < bytes.count, bytes[first.upperBound] == UInt8(ascii: "-") else { return nil }
        return run(bytes, from: first.upperBound + 1, start: at, ASCII.isHexDigit, min: 34, max: 34)
    }

    /// `dp.st.…`, `dp.pt.…`, `dp.ct.…`, `dp.sa.…`, `dp.scim.…`, `dp.audit.…`: Doppler tokens.
    static func doppler(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard ASCII.hasPrefix(bytes, at: at, exactly: "dp.") else { return nil }
        var p = at + 3
        for kind: StaticString in ["st.", "pt.", "ct.", "sa.", "scim.", "audit."] where ASCII.hasPrefix(bytes, at: p, exactly: kind) {
            p += kind.utf8CodeUnitCount
            return longRun(bytes, at, prefix: p - at, min: 30) { ASCII.isBase64URL($0) || $0 == UInt8(ascii: ".") }
        }
        return nil
    }

    /// `HRKU-…`: a Heroku API key (the format since 2024).
    static func heroku(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard ASCII.hasPrefix(bytes, at: at, exactly: "HRKU-") else { return nil }
        return longRun(bytes, at, prefix: 5, min: 30, ASCII.isBase64URL)
    }

    /// `AGE-SECRET-KEY-1…`: an age identity (Bech32, upper case).
    static func ageSecretKey(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        fixed(bytes, at, prefix: 16, isUpperDigit, count: 58, exact: "AGE-SECRET-KEY-1")
    }

    /// `ya29.…`: a Google OAuth 2.0 access token.
    static func googleOAuth(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard ASCII.hasPrefix(bytes, at: at, exactly: "ya29.") else { return nil }
        return longRun(bytes, at, prefix: 5, min: 20, ASCII.isBase64URL)
    }

    /// `hf_…`: a Hugging Face access token (34 letters today; 30…40 alnum accepted).
    static func huggingFace(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard ASCII.hasPrefix(bytes, at: at, exactly: "hf_") else { return nil }
        return run(bytes, from: at + 3, start: at, ASCII.isAlnum, min: 30, max: 40)
    }

    /// `pypi-AgEIcHlwaS5vcmc…`: a PyPI API token (a macaroon whose first bytes name pypi.org).
    static func pypi(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard ASCII.hasPrefix(bytes, at: at, exactly: "pypi-AgEIcHlwaS5vcmc") else { return nil }
        return longRun(bytes, at, prefix: 20, min: 50, ASCII.isBase64URL)
    }

    /// `dckr_pat_…`: a Docker Hub personal access token.
    static func dockerHub(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard ASCII.hasPrefix(bytes, at: at, exactly: "dckr_pat_") else { return nil }
        return longRun(bytes, at, prefix: 9, min: 20, ASCII.isBase64URL)
    }

    /// `dop_v1_` / `doo_v1_` / `dor_v1_` + 64 hex: DigitalOcean personal, OAuth and refresh tokens.
    static func digitalOcean(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard at + 7 < bytes.count, ASCII.hasPrefix(bytes, at: at, exactly: "do"),
              bytes[at + 2] == 0x70 || bytes[at + 2] == 0x6F || bytes[at + 2] == 0x72,
              ASCII.hasPrefix(bytes, at: at + 3, exactly: "_v1_") else { return nil }
        return run(bytes, from: at + 7, start: at, ASCII.isHexDigit, min: 64, max: 64)
    }

    /// `shpat_` / `shpca_` / `shppa_` / `shpss_` + 32 hex: Shopify access tokens and shared secrets.
    static func shopify(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard at + 6 < bytes.count, ASCII.hasPrefix(bytes, at: at, exactly: "shp"), bytes[at + 5] == 0x5F else { return nil }
        switch (bytes[at + 3], bytes[at + 4]) {
        case (0x61, 0x74), (0x63, 0x61), (0x70, 0x61), (0x73, 0x73): break // at ca pa ss
        default: return nil
        }
        return run(bytes, from: at + 6, start: at, ASCII.isHexDigit, min: 32, max: 32)
    }

    static func stripe(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard at + 8 < bytes.count, bytes[at + 1] == 0x6B, bytes[at + 2] == 0x5F, // ?k_
              ASCII.hasPrefix(bytes, at: at + 3, exactly: "live_") || ASCII.hasPrefix(bytes, at: at + 3, exactly: "test_")
        else { return nil }
        return run(bytes, from: at + 8, start: at, ASCII.isAlnum, min: 16, max: 256)
    }

    static func openAI(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard at + 3 < bytes.count, bytes[at + 1] == 0x6B, bytes[at + 2] == 0x2D else { return nil } // sk-
        let p = at + 3
        var len = 0
        if ASCII.hasPrefix(bytes, at: p, exactly: "proj-") { len = 5 }
        else if ASCII.hasPrefix(bytes, at: p, exactly: "svcacct-") { len = 8 }
        else if ASCII.hasPrefix(bytes, at: p, exactly: "admin-") { len = 6 }
        else if ASCII.hasPrefix(bytes, at: p, exactly: "ant-") { len = 4 }
        if len > 0 { return run(bytes, from: p + len, start: at, ASCII.isBase64URL, min: 32, max: 1024) }
        // OpenRouter's `sk-or-v1-` + 64 hex, Langfuse's secret `sk-lf-` + a UUID.
        if ASCII.hasPrefix(bytes, at: p, exactly: "or-v1-") { return run(bytes, from: p + 6, start: at, ASCII.isHexDigit, min: 64, max: 64) }
        if ASCII.hasPrefix(bytes, at: p, exactly: "lf-") { return run(bytes, from: p + 3, start: at, isAlnumDash, min: 36, max: 36) }
        // DeepSeek (and other OpenAI-compatible APIs): `sk-` + 32 lower-case hex.
        if let r = run(bytes, from: p, start: at, isLowerHex, min: 32, max: 32) { return r }
        return run(bytes, from: p, start: at, ASCII.isAlnum, min: 48, max: 48)
    }

    static func slack(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard at + 5 < bytes.count, bytes[at + 1] == 0x6F, bytes[at + 2] == 0x78, bytes[at + 4] == 0x2D else { return nil }
        switch bytes[at + 3] {
        case 0x61, 0x62, 0x70, 0x6F, 0x73, 0x72: // a b p o s r
            return run(bytes, from: at + 5, start: at, isAlnumDash, min: 10, max: 512)
        default: return nil
        }
    }

    /// `hooks.slack.com/services/T…/B…/secret` → range of `T…/B…/secret`.
    static func slackWebhook(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        // A slash command's or an interaction's `response_url` (`hooks.slack.com/commands/T0001/5678/xXyY…`,
        // also URL-encoded): it posts to the channel for half an hour; its path is the credential.
        for prefix: StaticString in ["hooks.slack.com/commands/", "hooks.slack.com/actions/", "hooks.slack.com%2Fcommands%2F", "hooks.slack.com%2Factions%2F",
                                     "hooks.slack.com%2fcommands%2f", "hooks.slack.com%2factions%2f"] where ASCII.hasPrefix(bytes, at: at, exactly: prefix) {
            let start = at + prefix.utf8CodeUnitCount
            let end = CredentialScan.runEnd(bytes, from: start) { ASCII.isAlnum($0) || $0 == 0x2F || $0 == 0x25 || $0 == 0x2D || $0 == 0x5F }
            return end - start >= 12 ? start..<end : nil
        }
        guard ASCII.hasPrefix(bytes, at: at, exactly: "hooks.slack.com/services/") else { return nil }
        let start = at + 25
        var i = start
        for k in 0..<3 {
            if k == 0 { guard i < bytes.count, bytes[i] == 0x54 else { return nil } } // T
            if k == 1 { guard i < bytes.count, bytes[i] == 0x42 else { return nil } } // B
            let end = CredentialScan.runEnd(bytes, from: i, ASCII.isAlnum)
            guard end - i >= 8 else { return nil }
            i = end
            if k < 2 {
                guard i < bytes.count, bytes[i] == 0x2F else { return nil }
                i += 1
            }
        }
        return start..<i
    }

    static func sendGrid(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard ASCII.hasPrefix(bytes, at: at, exactly: "SG.") else { return nil }
        let first = CredentialScan.runEnd(bytes, from: at + 3, ASCII.isBase64URL)
        guard first - (at + 3) == 22, first < bytes.count, bytes[first] == 0x2E else { return nil }
        return run(bytes, from: first + 1, start: at, ASCII.isBase64URL, min: 43, max: 43)
    }

    /// PEM private key block.
    static func pem(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard ASCII.hasPrefix(bytes, at: at, exactly: "-----BEGIN "),
              let afterBegin = privateKeyLabel(bytes, at + 11) else { return nil }
        let limit = min(bytes.count, afterBegin + CredentialScan.maxToken)
        var i = afterBegin
        while i + 9 <= limit {
            if bytes[i] == 0x2D, ASCII.hasPrefix(bytes, at: i, exactly: "-----END "),
               let end = privateKeyLabel(bytes, i + 9) {
                return at..<end
            }
            i += 1
        }
        return at..<bytes.count // END missing: fail closed
    }

    /// Parses `(RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY( BLOCK)?-----` at `i`;
    /// returns the index after the closing dashes.
    static func privateKeyLabel(_ bytes: Bytes, _ i: Int) -> Int? {
        var p = i
        if ASCII.hasPrefix(bytes, at: p, exactly: "RSA ") || ASCII.hasPrefix(bytes, at: p, exactly: "DSA ")
            || ASCII.hasPrefix(bytes, at: p, exactly: "PGP ") { p += 4 }
        else if ASCII.hasPrefix(bytes, at: p, exactly: "EC ") { p += 3 }
        else if ASCII.hasPrefix(bytes, at: p, exactly: "OPENSSH ") { p += 8 }
        else if ASCII.hasPrefix(bytes, at: p, exactly: "ENCRYPTED ") { p += 10 }
        guard ASCII.hasPrefix(bytes, at: p, exactly: "PRIVATE KEY") else { return nil }
        p += 11
        if ASCII.hasPrefix(bytes, at: p, exactly: " BLOCK") { p += 6 }
        guard ASCII.hasPrefix(bytes, at: p, exactly: "-----") else { return nil }
        return p + 5
    }

    // MARK: - Helpers

    @inline(__always) static func isUpperDigit(_ b: UInt8) -> Bool { ASCII.isUpper(b) || ASCII.isDigit(b) }
    @inline(__always) static func isWord(_ b: UInt8) -> Bool { ASCII.isAlnum(b) || b == 0x5F }
    @inline(__always) static func isAlnumDash(_ b: UInt8) -> Bool { ASCII.isAlnum(b) || b == 0x2D }

    /// After a `prefix`-byte prefix: at least `min` bytes of `pred` (up to the scan cap; the
    /// whole run beyond it, fail closed), ended by the end or a byte that is not alphanumeric.
    @inline(__always)
    static func longRun(_ bytes: Bytes, _ at: Int, prefix: Int, min: Int, _ pred: (UInt8) -> Bool) -> Range<Int>? {
        let from = at + prefix
        var i = from
        while i < bytes.count, pred(bytes[i]) { i += 1 }
        while i > from, bytes[i - 1] == 0x2E { i -= 1 }  // sentence-final dots
        guard i - from >= min else { return nil }
        if i < bytes.count, ASCII.isAlnum(bytes[i]) { return nil }
        return at..<i
    }

    @inline(__always) static func isLowerDigit(_ b: UInt8) -> Bool { ASCII.isLower(b) || ASCII.isDigit(b) }

    /// `exact` prefix of length `prefix`, then exactly `count` bytes of `pred`.
    @inline(__always)
    static func fixed(_ bytes: Bytes, _ at: Int, prefix: Int, _ pred: (UInt8) -> Bool, count: Int, exact: StaticString) -> Range<Int>? {
        guard ASCII.hasPrefix(bytes, at: at, exactly: exact) else { return nil }
        return run(bytes, from: at + prefix, start: at, pred, min: count, max: count)
    }

    /// A run of `pred` bytes from `from` with length in `min...max`, ended by the end of
    /// `bytes` or by a byte that is neither in `pred` nor alphanumeric.
    @inline(__always)
    static func run(_ bytes: Bytes, from: Int, start: Int, _ pred: (UInt8) -> Bool, min: Int, max: Int) -> Range<Int>? {
        let limit = Swift.min(bytes.count, from + max + 1)
        var i = from
        while i < limit, pred(bytes[i]) { i += 1 }
        let n = i - from
        guard n >= min, n <= max else { return nil }
        if i < bytes.count, ASCII.isAlnum(bytes[i]) || pred(bytes[i]) { return nil }
        return start..<i
    }
}
