/// Application log phrasings of sign-ins (Spring Security, Rails, Django, custom services):
/// - `User X logged in` / `logged out` / `logged on` / `logged off` / `signed in` / `signed out`
///   / `authenticated` (`user X …` too);
/// - `User not found: X` (Spring's `UsernameNotFoundException`);
/// - `for user X`, `for account X`, `for "X"` / `for 'X'` — only with sign-in context earlier
///   in the line (`login`, `logon`, `sign`, `auth`, `credential`, `password`, `token`,
///   `session`, `access`, `denied`, `failed`, `succeeded`, `locked`), so `waiting for user
///   input` stays. X must end at the end of the line, white space or punctuation and is not
///   an English filler word (`for user was …`).
extension AuthLogDetector {
    /// After `user ` (at `p`): `X logged in` … or `not found: X`.
    static func applicationUser(_ bytes: Bytes, _ p: Int) -> Range<Int>? {
        if ASCII.hasPrefix(bytes, at: p, exactly: "not found: ") {
            return user(bytes, p + 11, then: { e in endsWord(bytes, e) })
        }
        guard let r = user(bytes, p, then: { e in signInVerb(bytes, e) }), !isEnglishFiller(bytes, r) else { return nil }
        return r
    }

    /// After `for ` (at `p`, `at` is the `f`): `user X`, `account X`, `"X"`, `'X'` with sign-in context.
    static func applicationFor(_ bytes: Bytes, at: Int, _ p: Int) -> Range<Int>? {
        guard p < bytes.count else { return nil }
        var q = p
        var quote: UInt8 = 0
        if ASCII.hasPrefix(bytes, at: p, lowercased: "user ") { q = p + 5 } else if ASCII.hasPrefix(bytes, at: p, lowercased: "account ") { q = p + 8 }
        if q < bytes.count, bytes[q] == UInt8(ascii: "\"") || bytes[q] == UInt8(ascii: "'") { quote = bytes[q]; q += 1 }
        guard q > p, hasSignInContext(bytes, before: at) else { return nil }
        if quote != 0 {
            return user(bytes, q, then: { e in e < bytes.count && bytes[e] == quote })
        }
        guard let r = user(bytes, q, then: { e in endsWord(bytes, e) }), !isEnglishFiller(bytes, r), !isFollowUpWord(bytes, r) else { return nil }
        return r
    }

    /// ` logged in`, ` logged out`, ` signed in` … after the user name.
    static func signInVerb(_ bytes: Bytes, _ e: Int) -> Bool {
        guard e < bytes.count, bytes[e] == 0x20 else { return false }
        let v = e + 1
        for verb: StaticString in ["logged in", "logged out", "logged on", "logged off", "signed in", "signed out", "authenticated", "has logged"]
        where ASCII.hasPrefix(bytes, at: v, exactly: verb) {
            return true
        }
        return false
    }

    /// The end of the line, white space, or punctuation that ends a word.
    static func endsWord(_ bytes: Bytes, _ e: Int) -> Bool {
        guard e < bytes.count else { return true }
        switch bytes[e] {
        case 0x20, 0x09, 0x0D, UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: ")"), UInt8(ascii: "("), UInt8(ascii: "!"): return true
        case UInt8(ascii: "."): return e + 1 == bytes.count || bytes[e + 1] == 0x20
        default: return false
        }
    }

    /// Words that follow `for user` in prose rather than a name (`for user input`, `for user accounts`).
    static func isFollowUpWord(_ bytes: Bytes, _ r: Range<Int>) -> Bool {
        for word: StaticString in ["input", "accounts", "users", "request", "requests", "action", "confirmation", "interaction", "consent", "approval", "creation", "login", "logins", "authentication", "the", "a", "an", "in", "on", "at", "to", "from", "and", "or"]
        where r.count == word.utf8CodeUnitCount && ASCII.hasPrefix(bytes, at: r.lowerBound, lowercased: word) {
            return true
        }
        return false
    }

    /// A sign-in word in the 96 bytes before `at`.
    static func hasSignInContext(_ bytes: Bytes, before at: Int) -> Bool {
        let from = at - 96
        for word: StaticString in ["login", "logon", "log in", "sign", "auth", "credential", "password", "token", "session", "access", "denied", "failed", "succeeded", "locked"]
        where CredentialScan.contains(bytes, from: from, to: at, lowercased: word) {
            return true
        }
        return false
    }
}
