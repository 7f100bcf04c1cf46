/// User names in sshd / PAM / sudo / su / systemd-logind log phrasings.
///
/// **Trigger**: called at a word start. Anchor words (first byte rejects everything
/// else): `for`, `invalid`, `user`/`User`/`USER`, `role`, `sudo`, `to` (after `(`), `by`, `as`, `add`,
/// `admin`/`Administrator`, plus the
/// first word of a line (≤ 16 leading spaces) for journald's bare sudo message.
///
/// **Accepts** (X is returned; user names are `[A-Za-z0-9._@-]{1,64}`):
/// - `for`: `(password|publickey|keyboard-interactive[/pam]|none|hostbased|gssapi-with-mic|
///   gssapi-keyex|failure) for X from <IP | host port>` (`Failed …`, `Accepted …`, `Postponed …`,
///   `PAM: Authentication failure for X from`), `… for illegal user X from`, `maximum
///   authentication attempts exceeded for X from`,
///   `session (opened|closed) for user X` (then `(`, space or end).
///   `for invalid user` is left to the `invalid` anchor.
/// - `invalid`: `[Ii]nvalid user X` then end, ` from`, ` port`, ` [preauth]`-style tag or ` <IP>`.
/// - `user`: `(authenticating|Disconnected from|Connection closed by) user X <IP>`,
///   `User X [from H ]not allowed because`, `session N of user X.` (logind; systemd's `Session N of User X.`),
///   `user=X` when `authentication failure;` occurs in the 200 bytes before (pam_unix),
///   `; USER=Y` (sudo target user).
/// - `sudo`: `sudo: X : ` and `sudo[pid]: X : ` (padding spaces allowed).
/// - journald sudo message at line start: `X : TTY=…`, `X : user NOT in sudoers`,
///   `X : command not allowed`, `X : 3 incorrect password attempts`.
/// - `to`: `(to Y) X on` (`su:` and `FAILED SU`); X is returned.
/// - `by`: `by X(uid=N)` (PAM session opener).
/// - `A=`: Exim's `A=authenticator:X`; `identity`: strongSwan's `EAP identity 'X'`; Cisco's
///   `username X privilege|password|secret …` at a line's start.
/// - shadow-utils and gpasswd: `add 'X' to [shadow ]group '…'`, `user X added by` / `removed by`;
///   `delete user 'X'`, `change user 'X' password` are the quoted `user 'X'` form (also
///   `user "X"` and Cisco ASA's `User <X>`).
/// - `password changed for X` (pam_unix chauthtok), `changed password expiry for X` (chage),
///   `login keyring for X` (gkr-pam); vsftpd's `[X] OK LOGIN: Client` (``vsftpd(_:at:)``,
///   called by the scanner at the `OK` / `FAIL` after `] `).
///
/// **Rejects** empty names (`invalid user  from`), names over 64 bytes, anchors without
/// their context (`waiting for job from`, `user unknown`, `Connection closed by user request`).
///
/// **Returns** the user-name range only.
package enum AuthLogDetector {
    package static let maxUser = 64

    /// Inlined first-byte reject; the rest is out of line.
    @inline(__always)
    package static func match(_ bytes: Bytes, at: Int, floor: Int) -> Range<Int>? {
        var signIn = SignInContext()
        return match(bytes, at: at, floor: floor, signIn: &signIn)
    }

    /// `match` for a scan of a whole line: `signIn` remembers the line's sign-in context
    /// between calls (see ``SignInContext``).
    @inline(__always)
    package static func match(_ bytes: Bytes, at: Int, floor: Int, signIn: inout SignInContext) -> Range<Int>? {
        guard at >= floor, at >= 0, at + 1 < bytes.count else { return nil }
        // Line start: journald's bare sudo message (`X : TTY=…` after at most 16 spaces).
        if at <= 16, at == 0 || bytes[at - 1] == 0x20, let r = sudoMessage(bytes, at) { return r }
        switch (bytes[at] | 0x20, bytes[at + 1] | 0x20) {
        case (0x66, 0x6F), (0x69, 0x6E), (0x69, 0x64), (0x75, 0x73), (0x75, 0x27), (0x73, 0x75), (0x74, 0x6F), (0x62, 0x79), (0x61, 0x73), (0x61, 0x64), (0x61, 0x63), (0x61, 0x3D), (0x72, 0x6F), (0x70, 0x6B), (0x70, 0x61): // fo in id us su to by as ad ac a=/A= ro pk pa
            return matchSlow(bytes, at: at, signIn: &signIn)
        default: return nil
        }
    }

    @inline(never)
    static func matchSlow(_ bytes: Bytes, at: Int, signIn: inout SignInContext) -> Range<Int>? {
        switch bytes[at] | 0x20 {
        case 0x66:
            // Odoo's `Login successful for db:acme_prod login:lucia`: a short key glued to its value is no account.
            guard let r = forAnchor(bytes, at, signIn: &signIn) else { return nil }
            if r.count <= 8, r.upperBound + 1 < bytes.count, bytes[r.upperBound] == UInt8(ascii: ":"), ASCII.isLetter(bytes[r.upperBound + 1]),
               bytes[r].allSatisfy(ASCII.isLower) { return nil }
            return r // f
        case 0x69: return invalidAnchor(bytes, at) ?? eapIdentity(bytes, at) // i
        case 0x75: return userAnchor(bytes, at) ?? accountStateLabel(bytes, at) ?? personAfterUser(bytes, at) ?? networkDeviceUsername(bytes, at) ?? mosquittoUser(bytes, at)
            ?? providedUsername(bytes, at) ?? freeIPACommandAccount(bytes, at: at) // u
        case 0x70: return pkexecAnchor(bytes, at) ?? freeIPACommandAccount(bytes, at: at) // p
        case 0x73: return sudoAnchor(bytes, at) // s
        case 0x74: return toAnchor(bytes, at) ?? toUserAnchor(bytes, at, signIn: &signIn) // t
        case 0x62: return byAnchor(bytes, at) // b
        case 0x72: return roleAnchor(bytes, at) // r
        case 0x61: return asAnchor(bytes, at) ?? addAnchor(bytes, at) ?? administratorAnchor(bytes, at) ?? accountStateLabel(bytes, at) ?? eximAuthenticatedID(bytes, at) // a
        default: return nil
        }
    }

    // MARK: - Anchors

    static func forAnchor(_ bytes: Bytes, _ at: Int, signIn: inout SignInContext) -> Range<Int>? {
        // login(1): `FAILED LOGIN (1) on '/dev/tty1' FOR 'bob', Authentication failure`.
        if ASCII.hasPrefix(bytes, at: at, exactly: "FOR '"), CredentialScan.contains(bytes, from: max(0, at - 64), to: at, lowercased: "failed login") {
            return user(bytes, at + 5, then: { e in e < bytes.count && bytes[e] == UInt8(ascii: "'") })
        }
        // …and without quotes (`FAILED LOGIN 1 FROM tty1 FOR aleksander.nowak, Authentication failure`).
        if ASCII.hasPrefix(bytes, at: at, exactly: "FOR "), CredentialScan.contains(bytes, from: max(0, at - 64), to: at, lowercased: "failed login") {
            return user(bytes, at + 4, then: { e in e < bytes.count && bytes[e] == UInt8(ascii: ",") })
        }
        guard ASCII.hasPrefix(bytes, at: at, exactly: "for "), at >= 5, bytes[at - 1] == 0x20 else { return nil }
        let w = at - 1 // end of the previous word
        let p = at + 4
        // Cassandra's `Validating credentials for role 'marta'`: the role's name, not the word.
        if ASCII.hasPrefix(bytes, at: p, lowercased: "role ") { return roleAnchor(bytes, p) }
        // macOS's `screenIsUnlocked for user 501 (aoife.byrne)`: the uid, then the short name.
        if ASCII.hasPrefix(bytes, at: p, exactly: "user "), p + 5 < bytes.count, ASCII.isDigit(bytes[p + 5]), let r = userIDThenName(bytes, p + 5) { return r }
        if CredentialScan.hasSuffix(bytes, endingAt: w, exactly: "session opened")
            || CredentialScan.hasSuffix(bytes, endingAt: w, exactly: "session closed") {
            // (internal-sftp's `session opened for local user svc-acme-br from [198.51.100.9]`.)
            let q = ASCII.hasPrefix(bytes, at: p, exactly: "local user ") ? p + 6 : p
            guard ASCII.hasPrefix(bytes, at: q, exactly: "user ") else { return nil }
            return user(bytes, q + 5, then: { e in e == bytes.count || bytes[e] == 0x28 || bytes[e] == 0x20 })
        }
        if CredentialScan.hasSuffix(bytes, endingAt: w, exactly: "password changed")
            || CredentialScan.hasSuffix(bytes, endingAt: w, exactly: "changed password expiry")
            || CredentialScan.hasSuffix(bytes, endingAt: w, exactly: "login keyring") {
            // pam_unix(passwd:chauthtok): `password changed for X`; chage: `changed password expiry
            // for X`; gnome-keyring's PAM module: `unlocked login keyring for X`.
            return user(bytes, p, then: { e in e == bytes.count || bytes[e] == 0x20 || bytes[e] == 0x0D })
        }
        // sshd's `Starting session: shell on pts/3 for X from 10.0.0.1 port …`; pam_google_authenticator's
        // `Invalid verification code for X`.
        if CredentialScan.contains(bytes, from: max(0, at - 48), to: at, lowercased: "starting session: ") {
            return user(bytes, p, then: { e in fromHost(bytes, e) })
        }
        if CredentialScan.hasSuffix(bytes, endingAt: w, lowercased: "verification code") {
            return user(bytes, p, then: { e in e == bytes.count || bytes[e] == 0x20 || bytes[e] == 0x0D || bytes[e] == 0x0A })
        }
        guard isMethod(bytes, endingAt: w) else { return applicationFor(bytes, at: at, p, signIn: &signIn) }
        if ASCII.hasPrefix(bytes, at: p, exactly: "invalid user ") { return nil }
        let x = ASCII.hasPrefix(bytes, at: p, exactly: "illegal user ") ? p + 13 : p
        return user(bytes, x, then: { e in fromHost(bytes, e) }) ?? applicationFor(bytes, at: at, p, signIn: &signIn)
    }

    static func isMethod(_ bytes: Bytes, endingAt w: Int) -> Bool {
        let s: Int // start of the method word when it matches
        if CredentialScan.hasSuffix(bytes, endingAt: w, exactly: "password") { s = w - 8 }
        else if CredentialScan.hasSuffix(bytes, endingAt: w, exactly: "publickey") { s = w - 9 }
        else if CredentialScan.hasSuffix(bytes, endingAt: w, exactly: "keyboard-interactive/pam") { s = w - 24 }
        else if CredentialScan.hasSuffix(bytes, endingAt: w, exactly: "keyboard-interactive") { s = w - 20 }
        else if CredentialScan.hasSuffix(bytes, endingAt: w, exactly: "none") { s = w - 4 }
        else if CredentialScan.hasSuffix(bytes, endingAt: w, exactly: "hostbased") { s = w - 9 }
        else if CredentialScan.hasSuffix(bytes, endingAt: w, exactly: "gssapi-with-mic") { s = w - 15 }
        else if CredentialScan.hasSuffix(bytes, endingAt: w, exactly: "gssapi-keyex") { s = w - 12 }
        else if CredentialScan.hasSuffix(bytes, endingAt: w, lowercased: "failure") { s = w - 7 }
        else if CredentialScan.hasSuffix(bytes, endingAt: w, exactly: "attempts exceeded") { s = w - 17 }  // `maximum authentication attempts exceeded for X from`
        else { return false }
        return s == 0 || !ASCII.isAlnum(bytes[s - 1])
    }

    static func invalidAnchor(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard ASCII.hasPrefix(bytes, at: at, lowercased: "invalid user ") else { return nil }
        if let r = user(bytes, at + 13, then: { e in
            e == bytes.count || ASCII.hasPrefix(bytes, at: e, exactly: " from ") || ASCII.hasPrefix(bytes, at: e, exactly: " port ")
                || bracketTag(bytes, e) || ipFollows(bytes, e)
        }) { return r }
        // A password typed as the user name (`Failed password for invalid user Tr0ms0!Fjord from 203.0.113.7`):
        // any bytes up to ` from ` and an address.
        var e = at + 13
        while e < bytes.count, e - at - 13 < 64, bytes[e] > 0x20, bytes[e] < 0x7F { e += 1 }
        guard e > at + 13, fromHost(bytes, e) else { return nil }
        return (at + 13)..<e
    }

    /// ` [word]` with a lower-case word, as in sshd's ` [preauth]`; a Veil placeholder
    /// such as ` [jwt;…]` or ` [REDACTED:…]` is not one, so scrubbed output scans the same.
    static func bracketTag(_ bytes: Bytes, _ e: Int) -> Bool {
        guard ASCII.hasPrefix(bytes, at: e, exactly: " [") else { return false }
        var i = e + 2
        let limit = min(bytes.count, i + 32)
        while i < limit, bytes[i] >= 0x61, bytes[i] <= 0x7A { i += 1 }
        return i > e + 2 && i < bytes.count && bytes[i] == 0x5D
    }

    /// A database role, which is an account: PostgreSQL's `role "kpatel" does not exist`,
    /// Cassandra's `for role 'marta'` (a quoted name after `role`), and SQL's `ALTER ROLE x`,
    /// `CREATE ROLE x`, `DROP ROLE [IF EXISTS] x`.
    static func roleAnchor(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard ASCII.hasPrefix(bytes, at: at, lowercased: "role "), at == 0 || !ASCII.isAlnum(bytes[at - 1]), at + 6 < bytes.count else { return nil }
        let p = at + 5
        let q = bytes[p]
        if q == UInt8(ascii: "\"") || q == UInt8(ascii: "'") {
            var e = p + 1
            while e < bytes.count, e - p <= 128, bytes[e] != q, bytes[e] >= 0x20 { e += 1 }
            guard e < bytes.count, bytes[e] == q, e > p + 1 else { return nil }
            return (p + 1)..<e
        }
        guard CredentialScan.hasSuffix(bytes, endingAt: at, lowercased: "alter ") || CredentialScan.hasSuffix(bytes, endingAt: at, lowercased: "create ")
            || CredentialScan.hasSuffix(bytes, endingAt: at, lowercased: "drop ") else { return nil }
        var k = p
        if ASCII.hasPrefix(bytes, at: k, lowercased: "if not exists ") { k += 14 } else if ASCII.hasPrefix(bytes, at: k, lowercased: "if exists ") { k += 10 }
        return user(bytes, k, then: { e in e == bytes.count || bytes[e] == 0x20 || bytes[e] == UInt8(ascii: ";") || bytes[e] == UInt8(ascii: ",") })
    }

    static func userAnchor(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard ASCII.hasPrefix(bytes, at: at, lowercased: "user"), at + 5 < bytes.count else { return nil }
        let sep = bytes[at + 4]
        let p = at + 5
        if sep == 0x20 {
            // PostgreSQL, MySQL, many servers: `authentication failed for user "report_user"`,
            // `Access denied for user 'root'@'localhost'`, `User 'alice' (id 42) changed …`:
            // a quoted name right after the word `user`; Cisco ASA's `Group <VPN> User <bob> IP <…>`.
            // PostgreSQL's csvlog doubles the quotes inside its quoted message field:
            // `"password authentication failed for user ""tomasz.zielinski"""`.
            if p + 2 < bytes.count, bytes[p] == UInt8(ascii: "\""), bytes[p + 1] == UInt8(ascii: "\""), at == 0 || !ASCII.isAlnum(bytes[at - 1]) {
                var e = p + 2
                while e + 1 < bytes.count, e - p <= 130, bytes[e] >= 0x20, !(bytes[e] == UInt8(ascii: "\"") && bytes[e + 1] == UInt8(ascii: "\"")) { e += 1 }
                return e + 1 < bytes.count && bytes[e] == UInt8(ascii: "\"") && bytes[e + 1] == UInt8(ascii: "\"") && e > p + 2 ? (p + 2)..<e : nil
            }
            if p < bytes.count, bytes[p] == UInt8(ascii: "\"") || bytes[p] == UInt8(ascii: "'") || bytes[p] == UInt8(ascii: "<") || bytes[p] == UInt8(ascii: "`"),
               at == 0 || !ASCII.isAlnum(bytes[at - 1]) {
                let q = bytes[p] == UInt8(ascii: "<") ? UInt8(ascii: ">") : bytes[p]
                var e = p + 1
                while e < bytes.count, e - p <= 128, bytes[e] != q, bytes[e] >= 0x20 { e += 1 }
                guard e < bytes.count, bytes[e] == q, e > p + 1 else { return nil }
                // `user <redacted>` (a `Sensitive` value printed by swift-log), `User <none>`: no name.
                if q == UInt8(ascii: ">"), NoValue.matches(bytes, p..<(e + 1)) || NoValue.matches(bytes, (p + 1)..<e)
                    || (e - p - 1 == 8 && ASCII.hasPrefix(bytes, at: p + 1, lowercased: "redacted")) { return nil }
                return (p + 1)..<e
            }
            // The same inside a quoted logfmt or text value, the quotes escaped (Go's lib/pq in
            // logfmt: `error="pq: password authentication failed for user \"reporting\""`).
            if p + 1 < bytes.count, bytes[p] == UInt8(ascii: "\\"), bytes[p + 1] == UInt8(ascii: "\""),
               at == 0 || !ASCII.isAlnum(bytes[at - 1]) {
                var e = p + 2
                while e + 1 < bytes.count, e - p <= 130, bytes[e] >= 0x20, !(bytes[e] == UInt8(ascii: "\\") && bytes[e + 1] == UInt8(ascii: "\"")) { e += 1 }
                return e + 1 < bytes.count && bytes[e] == UInt8(ascii: "\\") && bytes[e + 1] == UInt8(ascii: "\"") && e > p + 2 ? (p + 2)..<e : nil
            }
            // Synology DSM's `User [tomasz.wojcik] from [192.168.1.20] via [SMB] accessed shared folder`,
            // `… failed to log in via [DSM]`: the name in brackets before ` from [`.
            if p < bytes.count, bytes[p] == UInt8(ascii: "["), at == 0 || !ASCII.isAlnum(bytes[at - 1]) {
                var e = p + 1
                while e < bytes.count, e - p <= 65, bytes[e] != UInt8(ascii: "]"), bytes[e] >= 0x20 { e += 1 }
                // (Also `User [jorg.muller] created a sharing link`, `User [chloe.dubois] on [laptop] (…) uploaded`: a verb
                // or ` on [` follows.)
                guard e > p + 1, e + 2 < bytes.count, ASCII.hasPrefix(bytes, at: e, exactly: "] from [") || ASCII.hasPrefix(bytes, at: e, exactly: "] on [")
                        || (bytes[e] == UInt8(ascii: "]") && bytes[e + 1] == 0x20 && ASCII.isLower(bytes[e + 2])), !Scrubber.isPseudonym(bytes, (p + 1)..<e),
                      Scrubber.placeholderEnd(bytes, at: p) == nil else { return nil }
                return (p + 1)..<e
            }
            if CredentialScan.hasSuffix(bytes, endingAt: at, exactly: "authenticating ")
                || CredentialScan.hasSuffix(bytes, endingAt: at, exactly: "Disconnected from ")
                || CredentialScan.hasSuffix(bytes, endingAt: at, exactly: "Connection closed by ") {
                return user(bytes, p, then: { e in ipFollows(bytes, e) })
            }
            if bytes[at] == 0x55, ASCII.hasPrefix(bytes, at: at, exactly: "User "), let r = user(bytes, p, then: { e in notAllowed(bytes, e) }) {
                return r
            }
            // SQL in query logs: `ALTER USER bob WITH …`, `CREATE USER IF NOT EXISTS app_rw;`, `DROP USER bob`.
            if CredentialScan.hasSuffix(bytes, endingAt: at, lowercased: "alter ") || CredentialScan.hasSuffix(bytes, endingAt: at, lowercased: "create ")
                || CredentialScan.hasSuffix(bytes, endingAt: at, lowercased: "drop ") {
                var q = p
                if ASCII.hasPrefix(bytes, at: q, lowercased: "if not exists ") { q += 14 } else if ASCII.hasPrefix(bytes, at: q, lowercased: "if exists ") { q += 10 }
                return user(bytes, q, then: { e in e == bytes.count || bytes[e] == 0x20 || bytes[e] == UInt8(ascii: ";") || bytes[e] == UInt8(ascii: ",") })
            }
            // Apache and many services: `AH01618: user bob not found: /admin`,
            // `AH01617: user bob: authentication failure for "/admin"`, `user bob does not exist`.
            if bytes[at] == UInt8(ascii: "u"), at == 0 || !ASCII.isAlnum(bytes[at - 1]),
               let r = user(bytes, p, then: { e in
                   ASCII.hasPrefix(bytes, at: e, exactly: " not found") || ASCII.hasPrefix(bytes, at: e, exactly: ": authentication failure")
                       || ASCII.hasPrefix(bytes, at: e, exactly: " does not exist")
                       || ASCII.hasPrefix(bytes, at: e, exactly: " added by ") || ASCII.hasPrefix(bytes, at: e, exactly: " removed by ")  // gpasswd
               }), !isEnglishFiller(bytes, r) {
                return r
            }
            // IBM's `by user ANAKAMUR in group`, `for user profile AKUMARSW.`, `for user ID fzahra.elidrissi.`.
            if at == 0 || !ASCII.isAlnum(bytes[at - 1]), let r = ibmUser(bytes, at: at) { return r }
            // Application sign-ins: `User X logged in`, `User not found: X`; proftpd's `USER X: Login`.
            if at == 0 || !ASCII.isAlnum(bytes[at - 1]), let r = applicationUser(bytes, p) ?? proftpdUser(bytes, at) { return r }
            if isLogindSession(bytes, at) {
                guard var r = user(bytes, p, then: { _ in true }) else { return nil }
                while r.count > 1, bytes[r.upperBound - 1] == 0x2E { r = r.lowerBound..<(r.upperBound - 1) }
                return r
            }
            return nil
        }
        guard sep == 0x3D else { return nil }
        if ASCII.hasPrefix(bytes, at: at, exactly: "USER="), CredentialScan.hasSuffix(bytes, endingAt: at, exactly: "; ") {
            return user(bytes, p, then: { e in e == bytes.count || ASCII.hasPrefix(bytes, at: e, exactly: " ;") })
        }
        guard ASCII.hasPrefix(bytes, at: at, exactly: "user="),
              CredentialScan.contains(bytes, from: at - 200, to: at, lowercased: "authentication failure;") else { return nil }
        return user(bytes, p, then: { e in e == bytes.count || bytes[e] == 0x20 || bytes[e] == 0x09 })
    }

    /// Words of a sentence, not a name (`the user was not found`, `user record not found`).
    static func isEnglishFiller(_ bytes: Bytes, _ r: Range<Int>) -> Bool {
        fillerWords.containsLowercased(bytes, r)
    }

    private static let fillerWords = WordTable(
        "was is has had not record records account profile id name that with entry object data info session already still")

    /// `sudo: X : ` / `sudo[123]: X : `.
    static func sudoAnchor(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard ASCII.hasPrefix(bytes, at: at, exactly: "sudo") else { return nil }
        var i = at + 4
        if i < bytes.count, bytes[i] == 0x5B {
            i += 1
            let d = i
            while i < bytes.count, i - d < 10, ASCII.isDigit(bytes[i]) { i += 1 }
            guard i > d, i < bytes.count, bytes[i] == 0x5D else { return nil }
            i += 1
        }
        guard i < bytes.count, bytes[i] == 0x3A else { return nil }
        i += 1
        let s = i
        while i < bytes.count, i - s < 32, bytes[i] == 0x20 { i += 1 }
        guard i > s else { return nil }
        return user(bytes, i, then: { e in ASCII.hasPrefix(bytes, at: e, exactly: " : ") })
    }

    /// journald's sudo message without the `sudo:` tag: `X : TTY=…` at line start.
    @inline(never)
    static func sudoMessage(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        for k in 0..<at where bytes[k] != 0x20 { return nil }
        // The user name is one word: ` : ` must follow its first space.
        var e = at
        while e < bytes.count, e - at <= 64, bytes[e] != 0x20 { e += 1 }
        guard e + 2 < bytes.count, bytes[e + 1] == UInt8(ascii: ":"), bytes[e + 2] == 0x20 else { return nil }
        return user(bytes, at, then: { e in
            guard ASCII.hasPrefix(bytes, at: e, exactly: " : ") else { return false }
            let q = e + 3
            return ASCII.hasPrefix(bytes, at: q, exactly: "TTY=") || ASCII.hasPrefix(bytes, at: q, exactly: "user NOT in sudoers")
                || ASCII.hasPrefix(bytes, at: q, exactly: "command not allowed")
                || (q < bytes.count && ASCII.isDigit(bytes[q]) && CredentialScan.contains(bytes, from: q, to: q + 16, lowercased: " incorrect password"))
        })
    }

    /// The `[` opening the bracket that closes at `closing` (a user-name run between them).
    static func vsftpdBracket(_ bytes: Bytes, closing: Int, floor: Int) -> Int? {
        var k = closing
        while k > floor, closing - k <= maxUser, isUserByte(bytes[k - 1]) || bytes[k - 1] == UInt8(ascii: "~") { k -= 1 }
        return k > floor && k < closing && bytes[k - 1] == UInt8(ascii: "[") ? k - 1 : nil
    }

    /// vsftpd: `[X] OK LOGIN: Client "…"`, `[X] FAIL LOGIN:`, `[X] OK UPLOAD:` … — `at` is the `[`.
    static func vsftpd(_ bytes: Bytes, at: Int) -> Range<Int>? {
        guard let r = userRun(bytes, at + 1), ASCII.hasPrefix(bytes, at: r.upperBound, exactly: "] ") else { return nil }
        var k = r.upperBound + 2
        if ASCII.hasPrefix(bytes, at: k, exactly: "OK ") { k += 3 } else if ASCII.hasPrefix(bytes, at: k, exactly: "FAIL ") { k += 5 } else { return nil }
        let word = k
        while k < bytes.count, k - word < 16, ASCII.isUpper(bytes[k]) { k += 1 }
        guard k > word, ASCII.hasPrefix(bytes, at: k, exactly: ": Client ") else { return nil }
        return r
    }

    /// `(to Y) X on`.
    static func toAnchor(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        // sshd's Kerberos check: `Authorized to hamid.rezaei, krb5 principal hamid.rezaei@CORP (krb5_kuserok)`.
        if at >= 11, ASCII.hasPrefix(bytes, at: at, exactly: "to "), CredentialScan.hasSuffix(bytes, endingAt: at, exactly: "Authorized ") {
            return user(bytes, at + 3, then: { e in ASCII.hasPrefix(bytes, at: e, exactly: ", krb5 principal ") })
        }
        guard at >= 1, bytes[at - 1] == 0x28, ASCII.hasPrefix(bytes, at: at, exactly: "to "),
              let y = userRun(bytes, at + 3), ASCII.hasPrefix(bytes, at: y.upperBound, exactly: ") ") else { return nil }
        return user(bytes, y.upperBound + 2, then: { e in ASCII.hasPrefix(bytes, at: e, exactly: " on ") })
    }

    /// `granted role=billing to user hkim`, `invitation sent to user 'kim'`: `to user X` after
    /// a sign-in or account administration word (``SignInContext``).
    static func toUserAnchor(_ bytes: Bytes, _ at: Int, signIn: inout SignInContext) -> Range<Int>? {
        guard ASCII.hasPrefix(bytes, at: at, exactly: "to user "), at >= 1, bytes[at - 1] == 0x20 else { return nil }
        var q = at + 8
        var quote: UInt8 = 0
        if q < bytes.count, bytes[q] == UInt8(ascii: "\"") || bytes[q] == UInt8(ascii: "'") { quote = bytes[q]; q += 1 }
        guard signIn.precedes(at, in: bytes) else { return nil }
        if quote != 0 { return user(bytes, q, then: { e in e < bytes.count && bytes[e] == quote }) }
        guard var r = user(bytes, q, then: { e in endsWord(bytes, e) }) else { return nil }
        while r.count > 1, bytes[r.upperBound - 1] == UInt8(ascii: ".") { r = r.lowerBound..<(r.upperBound - 1) }  // the sentence's end
        guard !isEnglishFiller(bytes, r), !isFollowUpWord(bytes, r) else { return nil }
        return r
    }

    /// shadow-utils' `usermod[…]: add 'X' to group 'sudo'` / `add 'X' to shadow group 'sudo'`.
    static func addAnchor(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard ASCII.hasPrefix(bytes, at: at, exactly: "add '"), at == 0 || !ASCII.isAlnum(bytes[at - 1]),
              let r = userRun(bytes, at + 5), ASCII.hasPrefix(bytes, at: r.upperBound, exactly: "' to "),
              ASCII.hasPrefix(bytes, at: r.upperBound + 5, exactly: "group '") || ASCII.hasPrefix(bytes, at: r.upperBound + 5, exactly: "shadow group '")
        else { return nil }
        return r
    }

    /// `by X(uid=`.
    static func byAnchor(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        // login(1): `LOGIN ON tty1 BY alice`, `LOGIN ON pts/0 BY alice FROM host`.
        if ASCII.hasPrefix(bytes, at: at, exactly: "BY "), at >= 1, CredentialScan.contains(bytes, from: max(0, at - 40), to: at, lowercased: "login on ") {
            return user(bytes, at + 3, then: { e in e == bytes.count || bytes[e] == 0x20 || bytes[e] == 0x0D || bytes[e] == 0x0A })
        }
        guard ASCII.hasPrefix(bytes, at: at, exactly: "by ") else { return nil }
        if let r = user(bytes, at + 3, then: { e in ASCII.hasPrefix(bytes, at: e, exactly: "(uid=") }) { return r }
        if ASCII.hasPrefix(bytes, at: at + 3, lowercased: "user "), let r = accountAfterByUser(bytes, at) { return r }
        // CUPS's error_log: `[Job 1188] Queued on "HP_LaserJet" by "aoconnor".`
        if ASCII.hasPrefix(bytes, at: at + 3, exactly: "\""), CredentialScan.contains(bytes, from: at - 160, to: at, lowercased: "] queued on \""),
           let r = user(bytes, at + 4, then: { e in e < bytes.count && bytes[e] == UInt8(ascii: "\"") }) { return r }
        // IOS's `%SYS-5-CONFIG_I: Configured from console by lgarcia on vty0 (10.1.1.44)`.
        if CredentialScan.contains(bytes, from: at - 40, to: at, lowercased: "configured from "),
           let r = user(bytes, at + 3, then: { e in ASCII.hasPrefix(bytes, at: e, exactly: " on ") }) { return r }
        return actorAfterBy(bytes, at)
    }

    /// Jenkins' `Started by user kwhitfield`, `deleted by user jdoe42`: the lower-case account
    /// after an action's `by user`, or an id in capitals (SAP's `HBRAUN`; a capitalised display name is the name detector's);
    /// `closed by user request`, `cancelled by user action` and other prose stay.
    static func accountAfterByUser(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard at >= 5, bytes[at - 1] == 0x20 else { return nil }
        var w = at - 1
        while w > 0, at - 1 - w < 12, ASCII.isLetter(bytes[w - 1]) { w -= 1 }
        guard w < at - 1, w == 0 || !ASCII.isAlnum(bytes[w - 1]),
              actionWords.containsLowercased(bytes, w..<(at - 1)) || stopActionWords.containsLowercased(bytes, w..<(at - 1)) else { return nil }
        let p = at + 8
        guard p < bytes.count, ASCII.isLower(bytes[p]) || ASCII.isDigit(bytes[p]) || ASCII.isUpper(bytes[p]), var r = user(bytes, p, then: { e in endsWord(bytes, e) }) else { return nil }
        if bytes[r.upperBound - 1] == UInt8(ascii: "."), r.upperBound == bytes.count || bytes[r.upperBound] == 0x20 { r = r.lowerBound..<(r.upperBound - 1) }
        // SAP's user ids are written in capitals (`is being processed by user HBRAUN`): an id of
        // capitals and digits, four or more, is an account too.
        let capitals = r.count >= 4 && bytes[r].allSatisfy({ ASCII.isUpper($0) || ASCII.isDigit($0) || $0 == UInt8(ascii: "_") }) && bytes[r].contains(where: ASCII.isUpper)
        guard r.count >= 2, capitals || !bytes[r].contains(where: ASCII.isUpper), !bytes[r].allSatisfy(ASCII.isDigit),
              !isFollowUpWord(bytes, r), !isEnglishFiller(bytes, r), !Scrubber.accountStateWords.containsLowercased(bytes, r),
              !byUserNouns.containsLowercased(bytes, r) else { return nil }
        return r
    }

    /// Actions that stop or run a job, as CI servers log who did it (`Aborted by user jdoe`).
    private static let stopActionWords = WordTable("aborted cancelled canceled stopped killed interrupted terminated restarted executed scheduled queued")

    /// Nouns that follow `by user` in prose (`rejected by user code`, `stopped by user signal`).
    private static let byUserNouns = WordTable("""
        error errors code policy policies choice choices cancellation cancel abort interrupt interruption signal timeout logout
        command commands configuration config data script scripts mistake intervention override selection decision
        """)

    /// Audit trails: `Created by jdoe on 2024-06-01`, `last modified by a.smith`, `approved by
    /// priya`: the account after an action's `by`, only when it has a person's shape (see
    /// ``personShapedAccount(_:_:afterUserWord:)``), so `created by terraform`, `updated by
    /// kubelet` and `modified by system` stay.
    static func actorAfterBy(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard at >= 5, bytes[at - 1] == 0x20 else { return nil }
        var w = at - 1
        while w > 0, at - 1 - w < 12, ASCII.isLetter(bytes[w - 1]) { w -= 1 }
        guard w < at - 1, w == 0 || !ASCII.isAlnum(bytes[w - 1]), actionWords.containsLowercased(bytes, w..<(at - 1)) else { return nil }
        return personShapedAccount(bytes, at + 3, afterUserWord: false)
    }

    /// An application's `user harper.white changed email …`, `deleting user jdoe42`: the
    /// account after the word `user` (at `at`, a word start) when it has a person's shape (see
    /// ``personShapedAccount(_:_:afterUserWord:)``). A given name that is also an English
    /// word (`the user may …`, `user will …`) is no account here.
    static func personAfterUser(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard at + 5 < bytes.count, bytes[at + 4] == 0x20, at == 0 || !ASCII.isAlnum(bytes[at - 1]) else { return nil }
        return personShapedAccount(bytes, at + 5, afterUserWord: true)
    }

    /// The lower-case account at `p` when it has a person's shape — a listed given name
    /// (`alice`), an initial and a listed family name of three letters or more (`jdoe`,
    /// `mjones`), two words joined by `.` or `_` (`j.doe`, `john_smith`, not a host such as
    /// `example.com`), or letters and then digits (`jdoe42`, not `python3` or `v2`) — ending
    /// at a word's end; a sentence's final `.` is not part of it. After the word `user`
    /// (`afterUserWord`) the shape is stricter: joined words need a listed name or an initial,
    /// and a given name that is also a word is none.
    static func personShapedAccount(_ bytes: Bytes, _ p: Int, afterUserWord: Bool, endsPathSegment: Bool = false) -> Range<Int>? {
        guard var r = user(bytes, p, then: { e in
            endsWord(bytes, e) || (endsPathSegment && (bytes[e] == UInt8(ascii: "/") || bytes[e] == UInt8(ascii: "?") || bytes[e] == UInt8(ascii: "#") || bytes[e] == UInt8(ascii: "\"") || bytes[e] == UInt8(ascii: "'") || bytes[e] == UInt8(ascii: "\\")))
        }) else { return nil }
        if bytes[r.upperBound - 1] == UInt8(ascii: "."), r.upperBound == bytes.count || bytes[r.upperBound] == 0x20 { r = r.lowerBound..<(r.upperBound - 1) }  // the sentence's end
        guard r.count >= 3, r.count <= 32 else { return nil }
        var separators = 0, digitsFrom = -1, hyphen = -1
        for k in r {
            let x = bytes[k]
            if x == UInt8(ascii: ".") || x == UInt8(ascii: "_") || x == UInt8(ascii: "-") {
                if x == UInt8(ascii: "-") { hyphen = k }
                guard k > r.lowerBound, k + 1 < r.upperBound, ASCII.isLower(bytes[k - 1]), ASCII.isLower(bytes[k + 1]) else { return nil }
                separators += 1
            } else if ASCII.isDigit(x) {
                if digitsFrom < 0 { digitsFrom = k }
            } else if !ASCII.isLower(x) || digitsFrom >= 0 {
                return nil  // upper case, `-`, `@`, or letters after digits
            }
        }
        if separators == 1, hyphen >= 0 {
            // `marta-nowak` (a CI actor's login): joined by `-` as tools' names are (`cert-manager`,
            // `kube-proxy`), so only a listed given name and a listed family name.
            guard digitsFrom < 0, PersonNameDetector.given.containsWithInitialCapital(bytes, r.lowerBound..<hyphen),
                  PersonNameDetector.family.containsWithInitialCapital(bytes, (hyphen + 1)..<r.upperBound) else { return nil }
            return r
        }
        if separators == 1 {
            // `example.com`, `app.internal`: a host, not an account.
            if let dot = bytes[r].firstIndex(of: UInt8(ascii: ".")), hostSuffixes.containsLowercased(bytes, (dot + 1)..<r.upperBound) { return nil }
            guard digitsFrom < 0 || digitsFrom > r.lowerBound + 2 else { return nil }
            // After `user`, `profile_data` and `events_processed` are no people: one part must
            // be an initial or a listed name (`j.doe`, `harper.white`, `john_smith`).
            if afterUserWord, let s = bytes[r].firstIndex(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") }) {
                let first = r.lowerBound..<s, last = (s + 1)..<(digitsFrom < 0 ? r.upperBound : digitsFrom)
                guard first.count == 1 || PersonNameDetector.given.containsWithInitialCapital(bytes, first)
                    || PersonNameDetector.family.containsWithInitialCapital(bytes, last) else { return nil }
            }
            return r
        }
        guard separators == 0 else { return nil }
        // `jdoe42`; `python3`, `v2` are no accounts.
        if digitsFrom >= 0 { return digitsFrom - r.lowerBound >= 2 && r.upperBound - digitsFrom >= 2 ? r : nil }
        if isEnglishFiller(bytes, r) { return nil }
        if PersonNameDetector.given.containsWithInitialCapital(bytes, r) {
            return !afterUserWord || !PersonNameDetector.givenAlsoWord.containsWithInitialCapital(bytes, r) ? r : nil
        }
        if r.count >= 4, PersonNameDetector.family.containsWithInitialCapital(bytes, (r.lowerBound + 1)..<r.upperBound),
           !initialAndFamilyWords.contains(bytes, r) { return r }
        return nil
    }

    /// English words that read as an initial and a family name (`space`, `trust`, `parent`).
    private static let initialAndFamilyWords = WordTable(NameLists.initialAndFamilyWords)

    /// The last labels of host names (`example.com`, `db.internal`).
    static let hostSuffixes = WordTable("com org net io dev co uk de fr app local internal cloud svc cluster lan corp")

    /// Actions an audit trail names with `by` and the account that did them.
    static let actionWords = WordTable("""
        created modified updated deleted approved rejected requested submitted uploaded initiated performed         changed edited reviewed assigned reassigned invited granted revoked reset locked unlocked disabled         enabled banned suspended closed reopened resolved signed authored added removed
        push pushed triggered merged started committed opened deployed processed blocked accessed viewed
        """)

    // MARK: - Helpers

    @inline(__always) static func isUserByte(_ b: UInt8) -> Bool {
        ASCII.isAlnum(b) || b == 0x2E || b == 0x5F || b == 0x40 || b == 0x2D
    }

    /// A user name run of 1…64 bytes at `i`.
    @inline(__always) static func userRun(_ bytes: Bytes, _ i: Int) -> Range<Int>? {
        let limit = min(bytes.count, i + maxUser + 1)
        var e = i
        // `~` is in no user name but in Veil's pseudonyms: a second pass sees the whole one
        // (and leaves it), not its `username` prefix.
        while e < limit {
            if isUserByte(bytes[e]) || bytes[e] == UInt8(ascii: "~") { e += 1; continue }
            // A Latin letter with a diacritic after the first byte (`jürgen.weiß`, `françois.lefèvre`).
            if e > i, e + 1 < limit, LatinFolding.spelling(bytes[e], bytes[e + 1]) != nil { e += 2; continue }
            break
        }
        guard e > i, e - i <= maxUser else { return nil }
        return i..<e
    }

    /// A user name at `i` whose end satisfies `then`.
    /// A run that starts with a pseudonym and goes on (`ip~k~….ah`) is a first pass's output
    /// with the bytes a detector left after it (`for 132.1.2.1.ah`: no user, an address), not a
    /// user name.
    @inline(__always) static func user(_ bytes: Bytes, _ i: Int, then: (Int) -> Bool) -> Range<Int>? {
        guard let r = userRun(bytes, i), then(r.upperBound) else { return nil }
        if r.count > 20, bytes[r].contains(UInt8(ascii: "~")),
           let end = Scrubber.pseudonymEnd(bytes, at: r.lowerBound), end < r.upperBound { return nil }
        return r
    }

    /// ` ` then an IPv4 (digit) or IPv6 (hex digits then `:`) address.
    static func ipFollows(_ bytes: Bytes, _ e: Int) -> Bool {
        guard e + 1 < bytes.count, bytes[e] == 0x20 else { return false }
        var i = e + 1
        if ASCII.isDigit(bytes[i]) { return true }
        let limit = min(bytes.count, i + 5)
        while i < limit, ASCII.isHexDigit(bytes[i]) { i += 1 }
        return i < bytes.count && bytes[i] == 0x3A
    }

    /// ` from ` then an IP address, or a host name followed by ` port `.
    static func fromHost(_ bytes: Bytes, _ e: Int) -> Bool {
        guard ASCII.hasPrefix(bytes, at: e, exactly: " from ") else { return false }
        if ipFollows(bytes, e + 5) { return true }
        var i = e + 6
        let limit = min(bytes.count, i + 256)
        while i < limit, bytes[i] != 0x20 { i += 1 }
        return i > e + 6 && ASCII.hasPrefix(bytes, at: i, exactly: " port ")
    }

    /// ` not allowed because` or ` from H not allowed because`.
    static func notAllowed(_ bytes: Bytes, _ e: Int) -> Bool {
        if ASCII.hasPrefix(bytes, at: e, exactly: " not allowed because") { return true }
        guard ASCII.hasPrefix(bytes, at: e, exactly: " from ") else { return false }
        var i = e + 6
        let limit = min(bytes.count, i + 256)
        while i < limit, bytes[i] != 0x20 { i += 1 }
        return ASCII.hasPrefix(bytes, at: i, exactly: " not allowed because")
    }

    /// `session <digits> of ` ends at `at` (systemd-logind `New session 3 of user X.`, systemd's
    /// `Started Session 3 of User X.`).
    static func isLogindSession(_ bytes: Bytes, _ at: Int) -> Bool {
        guard CredentialScan.hasSuffix(bytes, endingAt: at, exactly: " of ") else { return false }
        var j = at - 5
        let d = j
        while j >= 0, d - j < 12, ASCII.isDigit(bytes[j]) { j -= 1 }
        guard j < d else { return false }
        return CredentialScan.hasSuffix(bytes, endingAt: j + 1, lowercased: "session ")
    }
}
