/// Application log phrasings of sign-ins (Spring Security, Rails, Django, custom services):
/// - `User X logged in` / `logged out` / `logged on` / `logged off` / `signed in` / `signed out`
///   / `authenticated` (`user X …` too); WebLogic's `User X in security realm R has had 5 invalid
///   login attempts`;
/// - `User not found: X` (Spring's `UsernameNotFoundException`);
/// - `Administrator X logged in` / `Admin X login failed` (FortiGate and other appliances);
/// - `authenticated as [principal|user] X`, `logged in as X`, `signed in as X`, polkit's
///   `authenticated as unix-user:X`;
/// - `credentials for X`, `password for X`, `login for X`, `authentication for X`, `access for X`
///   (also `password for [X]`, pam_unix via sudo), and with an outcome or `attempt` between
///   (`Login succeeded for X`, `Authentication failed for X`, `Access denied for X`, `Failed
///   authentication attempt for X`);
/// - `for user X`, `for account X`, `for "X"` / `for 'X'` — only with sign-in context earlier
///   anywhere earlier in the line (`login`, `logon`, `sign`, `auth`, `credential`, `password`, `token`,
///   `session`, `access`, `denied`, `failed`, `succeeded`, `locked`), so `waiting for user
///   input` stays. X must end at the end of the line, white space or punctuation and is not
///   an English filler word (`for user was …`).
extension AuthLogDetector {
    /// After `user ` (at `p`): `X logged in` … or `not found: X`.
    static func applicationUser(_ bytes: Bytes, _ p: Int) -> Range<Int>? {
        if ASCII.hasPrefix(bytes, at: p, exactly: "not found: ") {
            return user(bytes, p + 11, then: { e in endsWord(bytes, e) })
        }
        // phpMyAdmin's syslog: `user denied: pma_wp8 (mysql-denied) from …`, `user allowed: ramirez_db from …`.
        if ASCII.hasPrefix(bytes, at: p, exactly: "denied: ") { return user(bytes, p + 8, then: { e in endsWord(bytes, e) }) }
        if ASCII.hasPrefix(bytes, at: p, exactly: "allowed: ") { return user(bytes, p + 9, then: { e in endsWord(bytes, e) }) }
        // JupyterHub's `User logged in: lhoang`, `User logged out: lhoang`.
        if ASCII.hasPrefix(bytes, at: p, exactly: "logged in: ") { return user(bytes, p + 11, then: { e in endsWord(bytes, e) }) }
        if ASCII.hasPrefix(bytes, at: p, exactly: "logged out: ") { return user(bytes, p + 12, then: { e in endsWord(bytes, e) }) }
        guard let r = user(bytes, p, then: { e in signInVerb(bytes, e) }), !isEnglishFiller(bytes, r) else { return nil }
        return r
    }

    /// Apereo CAS's ticket lines, `Granted service ticket [ST-…] for service [https://…] and principal
    /// [k.oconnor]`: the principal in brackets (`at` is the `p` of `principal`).
    static func casPrincipal(_ bytes: Bytes, at: Int) -> Range<Int>? {
        guard ASCII.hasPrefix(bytes, at: at, exactly: "principal ["), at >= 4,
              CredentialScan.contains(bytes, from: at - 400, to: at, lowercased: "ticket") else { return nil }
        return user(bytes, at + 11, then: { e in e < bytes.count && bytes[e] == UInt8(ascii: "]") })
    }

    /// After `for ` (at `p`, `at` is the `f`): `user X`, `account X`, `"X"`, `'X'` with sign-in context.
    static func applicationFor(_ bytes: Bytes, at: Int, _ p: Int, signIn: inout SignInContext) -> Range<Int>? {
        guard p < bytes.count else { return nil }
        var q = p
        var quote: UInt8 = 0
        if ASCII.hasPrefix(bytes, at: p, lowercased: "user ") { q = p + 5 } else if ASCII.hasPrefix(bytes, at: p, lowercased: "account ") { q = p + 8 }
        else if ASCII.hasPrefix(bytes, at: p, lowercased: "user: ") { q = p + 6 }  // `login for user: wei.zhang`
        else if ASCII.hasPrefix(bytes, at: p, lowercased: "username: ") { q = p + 10 }  // Joomla's `User login failed for username: …`
        else if ASCII.hasPrefix(bytes, at: p, lowercased: "username ") { q = p + 9 }
        else if ASCII.hasPrefix(bytes, at: p, lowercased: "principal ") { q = p + 10 }  // Spring Security events
        if q < bytes.count, bytes[q] == UInt8(ascii: "\"") || bytes[q] == UInt8(ascii: "'") { quote = bytes[q]; q += 1 }
        // A Matrix user id (`for user @bertrand.lefevre:matrix.example.org`): its sigil stays.
        if q > p, quote == 0, q + 1 < bytes.count, bytes[q] == UInt8(ascii: "@"), ASCII.isAlnum(bytes[q + 1]) { q += 1 }
        if q == p, bytes[p] == UInt8(ascii: "["), signInWordBefore(bytes, at) {
            // pam_unix via sudo: `auth could not identify password for [mike]`.
            return user(bytes, p + 1, then: { e in e < bytes.count && bytes[e] == UInt8(ascii: "]") })
        }
        if q == p, ASCII.isLetter(bytes[p]), signInWordBefore(bytes, at) {
            // `bad credentials for rachel.green`, `Invalid password for jdoe`: the word right after.
            // (Ivanti's `authentication failed for ewright/Corp-LDAP from …`: the user before its realm.)
            guard var r = user(bytes, p, then: { e in endsWord(bytes, e) || (e + 1 < bytes.count && bytes[e] == UInt8(ascii: "/") && ASCII.isUpper(bytes[e + 1])) }),
                  !isEnglishFiller(bytes, r), !isFollowUpWord(bytes, r), !isObjectDump(bytes, r),
                  !bytes[r].contains(UInt8(ascii: "@")) else { return nil }  // an address: the e-mail detector's
            while r.count > 1, bytes[r.upperBound - 1] == UInt8(ascii: ".") { r = r.lowerBound..<(r.upperBound - 1) }  // the sentence's end
            // `New device login for Noah Kim from …`: a person's name, both words.
            if let end = PersonNameDetector.familyNameAfterGivenName(bytes, r) { return r.lowerBound..<end }
            return r
        }
        guard q > p, signIn.precedes(at, in: bytes) else { return nil }
        // pure-ftpd: `Authentication failed for user [ftpuser1]` (not Samba's `for user [a] -> [b]`,
        // whose detector takes both names).
        if quote == 0, q < bytes.count, bytes[q] == UInt8(ascii: "[") {
            return user(bytes, q + 1, then: { e in e < bytes.count && bytes[e] == UInt8(ascii: "]") && !ASCII.hasPrefix(bytes, at: e + 1, exactly: " -> ") })
        }
        if quote != 0 {
            return user(bytes, q, then: { e in e < bytes.count && bytes[e] == quote })
        }
        guard var r = user(bytes, q, then: { e in endsWord(bytes, e) }) else { return nil }
        while r.count > 1, bytes[r.upperBound - 1] == UInt8(ascii: ".") { r = r.lowerBound..<(r.upperBound - 1) }  // the sentence's end
        guard !isEnglishFiller(bytes, r), !isFollowUpWord(bytes, r) else { return nil }
        // `for user John Smith`: a person's name, both words.
        if let end = PersonNameDetector.familyNameAfterGivenName(bytes, r) { return r.lowerBound..<end }
        return r
    }

    /// True when the word at `r` names a type whose dump follows (`failed for LoginAttempt(username=…)`,
    /// .NET's `failed for LoginRequest { UserName = … }`): a capitalised word before `(`, `{` or ` {`.
    /// The dump's own fields are read by their keys.
    static func isObjectDump(_ bytes: Bytes, _ r: Range<Int>) -> Bool {
        guard ASCII.isUpper(bytes[r.lowerBound]), r.upperBound < bytes.count else { return false }
        let next = bytes[r.upperBound]
        return next == UInt8(ascii: "(") || next == UInt8(ascii: "{") || (next == 0x20 && r.upperBound + 1 < bytes.count && bytes[r.upperBound + 1] == UInt8(ascii: "{"))
    }

    /// proftpd: `USER X: Login successful.`, `USER X (Login failed): …`, `USER X: no such user`
    /// (`at` is the `U` of an upper-case `USER `).
    static func proftpdUser(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard ASCII.hasPrefix(bytes, at: at, exactly: "USER ") else { return nil }
        return user(bytes, at + 5, then: { e in
            ASCII.hasPrefix(bytes, at: e, exactly: ": Login") || ASCII.hasPrefix(bytes, at: e, exactly: " (Login failed)")
                || ASCII.hasPrefix(bytes, at: e, exactly: ": no such user")
        })
    }

    /// Nextcloud / ownCloud: `Login failed: 'X' (Remote IP: …)`, and the older unquoted
    /// `Login failed: X (Remote IP: …)` (`at` is the `L`).
    static func loginFailedQuoted(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard ASCII.hasPrefix(bytes, at: at, lowercased: "login failed: ") else { return nil }
        if at + 14 < bytes.count, bytes[at + 14] == UInt8(ascii: "'") {
            return user(bytes, at + 15, then: { e in e < bytes.count && bytes[e] == UInt8(ascii: "'") })
        }
        return user(bytes, at + 14, then: { e in ASCII.hasPrefix(bytes, at: e, exactly: " (Remote IP: ") })
    }

    /// FortiGate and other appliances: `Administrator X logged in successfully from …`,
    /// `Administrator X login failed from …`, `Admin X logged out` (`at` is the `A`/`a`).
    static func administratorAnchor(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        let p: Int
        if ASCII.hasPrefix(bytes, at: at, lowercased: "administrator ") { p = at + 14 } else if ASCII.hasPrefix(bytes, at: at, lowercased: "admin ") { p = at + 6 } else { return nil }
        guard at == 0 || !ASCII.isAlnum(bytes[at - 1]),
              let r = user(bytes, p, then: { e in signInVerb(bytes, e) || ASCII.hasPrefix(bytes, at: e, exactly: " login failed") }),
              !isEnglishFiller(bytes, r), !isFollowUpWord(bytes, r) else { return nil }
        return r
    }

    /// cron: `(X) CMD (…)`, `(X) RELOAD (…)` — `at` is the `(`.
    static func cronUser(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard let r = userRun(bytes, at + 1), ASCII.hasPrefix(bytes, at: r.upperBound, exactly: ") ") else { return nil }
        let v = r.upperBound + 2
        guard ASCII.hasPrefix(bytes, at: v, exactly: "CMD (") || ASCII.hasPrefix(bytes, at: v, exactly: "RELOAD (")
            || ASCII.hasPrefix(bytes, at: v, exactly: "BEGIN EDIT (") || ASCII.hasPrefix(bytes, at: v, exactly: "END EDIT (")
            || ASCII.hasPrefix(bytes, at: v, exactly: "REPLACE (") || ASCII.hasPrefix(bytes, at: v, exactly: "LIST (") else { return nil }
        return r
    }

    /// FreeRADIUS: `Login OK: [X/…] (from client …)`, `Login incorrect (…): [X/PASSWORD] (from client …)`:
    /// the user, and the password when the server logs it (`auth_badpass`/`auth_goodpass`;
    /// `<via Auth-Type = …>` is no password). `at` is the `L` of `Login `.
    static func radius(_ bytes: Bytes, _ at: Int) -> (user: Range<Int>, password: Range<Int>?)? {
        guard ASCII.hasPrefix(bytes, at: at, exactly: "Login OK: [") || ASCII.hasPrefix(bytes, at: at, exactly: "Login incorrect") else { return nil }
        var k = at + 6
        let limit = min(bytes.count, at + 512)
        while k + 2 < limit, !(bytes[k] == UInt8(ascii: ":") && bytes[k + 1] == 0x20 && bytes[k + 2] == UInt8(ascii: "[")) { k += 1 }
        guard k + 2 < limit else { return nil }
        let open = k + 2
        // The closing `] (from client`: the last one on the line (a password may hold `]`).
        var close = -1
        var m = open + 1
        while m < bytes.count, m - open < 1024 {
            if bytes[m] == UInt8(ascii: "]"), ASCII.hasPrefix(bytes, at: m, exactly: "] (from client") { close = m }
            m += 1
        }
        guard close > open + 1 else { return nil }
        var slash = open + 1
        while slash < close, bytes[slash] != UInt8(ascii: "/") { slash += 1 }
        // A machine's principal (`host/LAPTOP-4K2J.corp.example.com`): its `/` is no separator.
        if slash - open - 1 == 4, ASCII.hasPrefix(bytes, at: open + 1, lowercased: "host") {
            slash += 1
            while slash < close, bytes[slash] != UInt8(ascii: "/") { slash += 1 }
        }
        let userRange = (open + 1)..<slash
        guard !userRange.isEmpty, userRange.count <= 128 else { return nil }
        guard slash < close - 1, !ASCII.hasPrefix(bytes, at: slash + 1, exactly: "<via ") else { return (userRange, nil) }
        return (userRange, (slash + 1)..<close)
    }

    /// `authenticated as X`, `logged in as X`, `signed in as X`, `logged on as X` (optionally
    /// `as principal X` / `as user X`, MongoDB, Kerberos services) — `at` is the `a` of `as`.
    static func asAnchor(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard ASCII.hasPrefix(bytes, at: at, exactly: "as "), at >= 2, bytes[at - 1] == 0x20 else { return nil }
        let w = at - 1
        // `ssh -v`'s `debug1: Authenticating to db-bastion.example.net:22 as 'rkapoor'`.
        if at + 4 < bytes.count, bytes[at + 3] == UInt8(ascii: "'"), CredentialScan.contains(bytes, from: at - 300, to: at, lowercased: "authenticating to ") {
            var e = at + 4
            while e < bytes.count, e - at - 4 <= maxUser, bytes[e] != UInt8(ascii: "'"), bytes[e] > 0x20 { e += 1 }
            return e < bytes.count && bytes[e] == UInt8(ascii: "'") && e > at + 4 ? (at + 4)..<e : nil
        }
        guard CredentialScan.hasSuffix(bytes, endingAt: w, lowercased: "authenticated") || CredentialScan.hasSuffix(bytes, endingAt: w, lowercased: "logged in")
            || CredentialScan.hasSuffix(bytes, endingAt: w, lowercased: "signed in") || CredentialScan.hasSuffix(bytes, endingAt: w, lowercased: "logged on")
            // CUPS's `[Client 17] Authorized as ahmed.elsayed using Basic.`
            || (CredentialScan.hasSuffix(bytes, endingAt: w, exactly: "Authorized") && CredentialScan.contains(bytes, from: at, to: at + 80, lowercased: " using "))
        else { return nil }
        var p = at + 3
        if ASCII.hasPrefix(bytes, at: p, exactly: "principal ") { p += 10 } else if ASCII.hasPrefix(bytes, at: p, exactly: "user ") { p += 5 }
        // polkit: `successfully authenticated as unix-user:leo`.
        else if ASCII.hasPrefix(bytes, at: p, exactly: "unix-user:") { p += 10 }
        var quote: UInt8 = 0
        if p < bytes.count, bytes[p] == UInt8(ascii: "\"") || bytes[p] == UInt8(ascii: "'") { quote = bytes[p]; p += 1 }
        if quote != 0 {
            var e = p
            while e < bytes.count, e - p <= maxUser, bytes[e] != quote, bytes[e] >= 0x20 { e += 1 }
            return e < bytes.count && bytes[e] == quote && e > p ? p..<e : nil
        }
        guard var r = user(bytes, p, then: { e in endsWord(bytes, e) }), !isEnglishFiller(bytes, r), !isFollowUpWord(bytes, r),
              !bytes[r].contains(UInt8(ascii: "@")) else { return nil }
        // A display name of two capitalised words (`Logged in as Priya Raghunathan from …`): both.
        if r.count >= 2, ASCII.isUpper(bytes[r.lowerBound]), bytes[(r.lowerBound + 1)..<r.upperBound].allSatisfy(ASCII.isLower),
           r.upperBound + 3 < bytes.count, bytes[r.upperBound] == 0x20, ASCII.isUpper(bytes[r.upperBound + 1]) {
            var e = r.upperBound + 2
            while e < bytes.count, e - r.upperBound <= 24, ASCII.isLower(bytes[e]) { e += 1 }
            if e - r.upperBound >= 3, e == bytes.count || ASCII.hasPrefix(bytes, at: e, exactly: " from ") || bytes[e] == UInt8(ascii: ",") || bytes[e] == UInt8(ascii: ".")
                || bytes[e] == UInt8(ascii: ")") || bytes[e] == 0x0D {
                r = r.lowerBound..<e
            }
        }
        return r
    }

    /// ` logged in`, ` logged out`, ` signed in` … after the user name.
    static func signInVerb(_ bytes: Bytes, _ e: Int) -> Bool {
        guard e < bytes.count, bytes[e] == 0x20 else { return false }
        let v = e + 1
        for verb: StaticString in ["logged in", "logged out", "logged on", "logged off", "signed in", "signed out", "authenticated", "has logged", "in security realm"]
        where ASCII.hasPrefix(bytes, at: v, exactly: verb) {
            return true
        }
        return false
    }

    /// The end of the line, white space, or punctuation that ends a word.
    /// `Account locked: jane.smith`, `User created: kim`, `Account disabled - bob`: `account` or
    /// `user` (at `at`, at a word start), a state word, then `:` or ` - ` and the account.
    static func accountStateLabel(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard at == 0 || !ASCII.isAlnum(bytes[at - 1]) else { return nil }
        var k: Int
        if ASCII.hasPrefix(bytes, at: at, lowercased: "account ") { k = at + 8 } else if ASCII.hasPrefix(bytes, at: at, lowercased: "user ") { k = at + 5 } else { return nil }
        guard let state = accountStates.first(where: { ASCII.hasPrefix(bytes, at: k, lowercased: $0) }) else { return nil }
        k += state.utf8CodeUnitCount
        if ASCII.hasPrefix(bytes, at: k, lowercased: " out") { k += 4 }
        if k < bytes.count, bytes[k] == UInt8(ascii: ":") { k += 1 } else if ASCII.hasPrefix(bytes, at: k, exactly: " -") { k += 2 } else { return nil }
        guard k < bytes.count, bytes[k] == 0x20 else { return nil }
        k += 1
        var quote: UInt8 = 0
        if k < bytes.count, bytes[k] == UInt8(ascii: "'") || bytes[k] == UInt8(ascii: "\"") { quote = bytes[k]; k += 1 }
        if quote != 0 { return user(bytes, k, then: { e in e < bytes.count && bytes[e] == quote }) }
        guard var r = user(bytes, k, then: { e in endsWord(bytes, e) }) else { return nil }
        while r.count > 1, bytes[r.upperBound - 1] == UInt8(ascii: ".") { r = r.lowerBound..<(r.upperBound - 1) }
        // `account created: 2024-01-01`: a date or a number is no account.
        guard bytes[r].contains(where: ASCII.isLetter), !isEnglishFiller(bytes, r), !isFollowUpWord(bytes, r) else { return nil }
        return r
    }

    static let accountStates: [StaticString] = [
        "locked", "unlocked", "disabled", "enabled", "created", "deleted", "removed", "suspended", "expired", "reactivated",
        "activated", "deactivated", "blocked", "unblocked", "added", "renamed",
    ]

    static func endsWord(_ bytes: Bytes, _ e: Int) -> Bool {
        guard e < bytes.count else { return true }
        switch bytes[e] {
        case 0x20, 0x09, 0x0D, UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: ")"), UInt8(ascii: "("), UInt8(ascii: "!"): return true
        case UInt8(ascii: "."): return e + 1 == bytes.count || bytes[e + 1] == 0x20 || bytes[e + 1] == UInt8(ascii: "|")
        case UInt8(ascii: "|"): return true  // a field separator (Drupal's watchdog, HL7)
        default: return false
        }
    }

    /// Words that follow `for user` in prose rather than a name (`for user input`, `for user accounts`).
    static func isFollowUpWord(_ bytes: Bytes, _ r: Range<Int>) -> Bool {
        for word: StaticString in ["input", "accounts", "users", "request", "requests", "action", "confirmation", "interaction", "consent", "approval", "creation", "login", "logins", "authentication", "the", "a", "an", "in", "on", "at", "to", "from", "and", "or",
                                  "every", "all", "each", "any", "some", "this", "these", "those", "your", "my", "his", "her", "their", "our", "its", "new", "more", "too", "now",
                                  "reason", "reasons", "unknown", "sessions", "space", "agent", "agents", "preferences", "settings", "groups", "roles",
                                  "permissions", "mode", "level", "type", "interface", "management", "service", "services", "content", "namespace",
                                  "namespaces", "home", "directory", "directories", "ids", "lookup", "deletion", "activity", "details", "list",
                                  "attributes", "metadata", "cache", "quota", "quotas", "storage", "files", "keys", "tokens", "credentials", "limit", "limits",
                                  "token", "key", "client", "app", "application", "device", "host", "api", "endpoint", "resource", "repository", "repo"]
        where r.count == word.utf8CodeUnitCount && ASCII.hasPrefix(bytes, at: r.lowerBound, lowercased: word) {
            return true
        }
        return false
    }

    /// `credentials for`, `password for`, `login for`, `logon for`, `authentication for`, `access for`,
    /// `auth for`, `sign-in for`, `authentication failure for`, and each of these words with an
    /// outcome after it (`login succeeded for`, `authentication failed for`, `access denied for`),
    /// and su's `'su root' failed for`
    /// (`at` is the `f` of `for`, after one space).
    static func signInWordBefore(_ bytes: Bytes, _ at: Int) -> Bool {
        var w = at - 1
        // PAM via su, login, polkit: `pam_authenticate: Authentication failure for bob`.
        if CredentialScan.hasSuffix(bytes, endingAt: w, lowercased: "authentication failure") { return true }
        // `Login succeeded for jane.smith`, `Authentication failed for alice`: an outcome after the word.
        for outcome: StaticString in [" failed", " succeeded", " successful", " success", " denied", " rejected"]
        where CredentialScan.hasSuffix(bytes, endingAt: w, lowercased: outcome) {
            w -= outcome.utf8CodeUnitCount
            break
        }
        // `Failed authentication attempt for daniel_k` (Gitea), `login attempt failed for bob`.
        for noun: StaticString in [" attempt", " attempts"] where CredentialScan.hasSuffix(bytes, endingAt: w, lowercased: noun) {
            w -= noun.utf8CodeUnitCount
            break
        }
        // util-linux su: `'su root' failed for lonvick on /dev/pts/8`.
        if w > 4, w < at - 1, bytes[w - 1] == UInt8(ascii: "'"), CredentialScan.contains(bytes, from: w - 40, to: w, lowercased: "'su ") { return true }
        // Drupal's `Session opened for sanne.de.vries.`, `Session closed for …`.
        for phrase: StaticString in ["session opened", "session closed"] where CredentialScan.hasSuffix(bytes, endingAt: w, lowercased: phrase) {
            let start = w - phrase.utf8CodeUnitCount
            return start == 0 || !ASCII.isAlnum(bytes[start - 1])
        }
        for word: StaticString in ["credentials", "password", "login", "logon", "authentication", "access", "auth", "sign-in"]
        where CredentialScan.hasSuffix(bytes, endingAt: w, lowercased: word) {
            let start = w - word.utf8CodeUnitCount
            return start == 0 || !ASCII.isAlnum(bytes[start - 1])
        }
        return false
    }

    /// True when `p` lies in a pseudonym (`type~key~hash`) or in a `[REDACTED:…]` / `[jwt;…]`
    /// placeholder.
    ///
    /// The pseudonym may touch other pseudonym-like bytes (`token~k~…~` when the input had a
    /// `~` right after the value), so every `type~key~hash` inside the run around `p` counts,
    /// not only a run that is exactly one pseudonym.
    static func isInScrubbedOutput(_ bytes: Bytes, _ p: Int) -> Bool {
        @inline(__always) func isPseudonymByte(_ x: UInt8) -> Bool { ASCII.isAlnum(x) || x == UInt8(ascii: "~") || x == UInt8(ascii: "_") || x == UInt8(ascii: "-") }
        var s = p, e = p
        while s > 0, p - s < 100, isPseudonymByte(bytes[s - 1]) { s -= 1 }
        while e < bytes.count, e - p < 100, isPseudonymByte(bytes[e]) { e += 1 }
        if Scrubber.isPseudonym(bytes, s..<e) || pseudonymInRun(bytes, s..<e, covering: p) { return true }
        var k = p - 1
        while k >= 0, p - k <= 256, bytes[k] != UInt8(ascii: "]") {
            if bytes[k] == UInt8(ascii: "[") {
                return ASCII.hasPrefix(bytes, at: k + 1, exactly: "REDACTED:") || ASCII.hasPrefix(bytes, at: k + 1, exactly: "jwt;")
            }
            k -= 1
        }
        return false
    }

    /// True when some `type~key~hash` inside `run` covers `p`. Each `~` that could end one
    /// (16 bytes after it, past `p`) fixes its start: after the `~` two tildes back, or the
    /// run's start. One check per candidate `~`, so a hostile run stays linear.
    private static func pseudonymInRun(_ bytes: Bytes, _ run: Range<Int>, covering p: Int) -> Bool {
        @inline(__always) func tilde(before i: Int) -> Int? {
            var k = i - 1
            while k >= run.lowerBound { if bytes[k] == UInt8(ascii: "~") { return k }; k -= 1 }
            return nil
        }
        var last = max(run.lowerBound, p - 16)
        while last + 17 <= run.upperBound {
            defer { last += 1 }
            guard bytes[last] == UInt8(ascii: "~"), let keyTilde = tilde(before: last) else { continue }
            let start = tilde(before: keyTilde).map { $0 + 1 } ?? run.lowerBound
            if start <= p, Scrubber.isPseudonym(bytes, start..<(last + 17)) { return true }
        }
        return false
    }
}
