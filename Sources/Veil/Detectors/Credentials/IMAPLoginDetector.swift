/// IMAP's `LOGIN` command as clients' and servers' protocol traces log it (`C: a001 LOGIN
/// "dario.conti@example.it" "Tr0ub4dor&3"`, `> A1 LOGIN jdoe s3cret`, Dovecot's and Cyrus'
/// raw logs, mail libraries' debug output).
///
/// **Trigger**: `LOGIN ` in capitals after a command tag that holds a digit (`a001`, `A1`,
/// `3`), the tag at a line's start or after `: `, `> ` or a quote. **Returns** the user name
/// and the password, each an atom or a quoted string (an unterminated quoted password runs to
/// the line's end: fail closed). A literal (`{12}`), a masked password (`****`, `<password>`)
/// and prose (`Failed LOGIN for jdoe`: no tag) are left alone. The password takes the
/// `cli_password` detector's rule, the user name the `auth_log_user` detector's.
package enum IMAPLoginDetector {
    /// The user name's and the password's ranges of the `LOGIN` command at `at` (no password
    /// when the trace masks it), or nil.
    package static func arguments(_ b: Bytes, at: Int) -> (user: Range<Int>, password: Range<Int>?)? {
        let n = b.count
        guard ASCII.hasPrefix(b, at: at, exactly: "LOGIN "), at >= 2, b[at - 1] == 0x20, hasCommandTag(b, before: at - 1) else { return nil }
        guard let user = argument(b, at: at + 6, unterminatedRunsOn: false), user.end < n, b[user.end] == 0x20,
              let password = argument(b, at: user.end + 1, unterminatedRunsOn: true) else { return nil }
        guard !user.value.isEmpty, !password.value.isEmpty else { return nil }
        return (user.value, FTPCommandDetector.isMask(b, password.value, password: true) ? nil : password.value)
    }

    /// A tag of up to 16 letters, digits and `.`, with a digit, ending at `end` (the space
    /// before `LOGIN`), that starts a line or follows `: `, `> ` or a quote.
    static func hasCommandTag(_ b: Bytes, before end: Int) -> Bool {
        var k = end
        var digit = false
        while k > 0, end - k < 16, ASCII.isAlnum(b[k - 1]) || b[k - 1] == UInt8(ascii: ".") {
            if ASCII.isDigit(b[k - 1]) { digit = true }
            k -= 1
        }
        guard digit, k < end else { return false }
        if k == 0 || b[k - 1] == 0x0A || b[k - 1] == UInt8(ascii: "\"") || b[k - 1] == UInt8(ascii: "'") { return true }
        return b[k - 1] == 0x20 && k >= 2 && (b[k - 2] == UInt8(ascii: ":") || b[k - 2] == UInt8(ascii: ">"))
    }

    /// An atom (to the next white space or quote) or a quoted string (its text, `\"` inside it)
    /// at `at`; `end` is the index after it (after the closing quote).
    static func argument(_ b: Bytes, at: Int, unterminatedRunsOn: Bool) -> (value: Range<Int>, end: Int)? {
        let n = b.count
        guard at < n else { return nil }
        if b[at] == UInt8(ascii: "{") { return nil }
        if b[at] == UInt8(ascii: "\"") {
            var e = at + 1
            while e < n, b[e] != UInt8(ascii: "\""), b[e] != 0x0A {
                if b[e] == UInt8(ascii: "\\") { e += 1 }
                e += 1
            }
            e = min(e, n)
            if e < n, b[e] == UInt8(ascii: "\"") { return ((at + 1)..<e, e + 1) }
            return unterminatedRunsOn ? ((at + 1)..<e, e) : nil
        }
        var e = at
        while e < n, b[e] > 0x20, b[e] != UInt8(ascii: "\"") { e += 1 }
        return e > at ? (at..<e, e) : nil
    }
}
