/// FTP's log-in commands as servers and clients log the protocol: vsftpd's `log_ftp_protocol`
/// (`FTP command: Client "…", "USER jorge.silva"`), ProFTPD's `%r` (`"USER p.schmidt" 331`), curl's
/// and lftp's traces (`> PASS s3cret`, `---> USER anna`), Python ftplib's debug output
/// (`*cmd* 'USER anna'`), Pure-FTPd's debug log (`Command [user] [mateus.oliveira]`, `Command
/// [pass] [Lisboa!2024]`).
///
/// **Trigger**: `USER ` / `PASS ` in capitals right after a quote, `> `, `: ` or an escaped line
/// break (`\r\nPASS …`, to the next escape), at a record's start when one token without a `/`
/// is the rest of its line (`PASS s3cret`), or
/// Pure-FTPd's `Command [user] [` / `Command [pass] [`. **Returns** the argument: up to the closing
/// quote or bracket, or the end of the token. A server's own mask (`PASS <password>`,
/// `PASS (hidden)`, `PASS ****`) and `USER anonymous`/`ftp` are left alone. The password takes
/// the `cli_password` detector's rule, the user name the `auth_log_user` detector's.
package enum FTPCommandDetector {
    /// The argument of `USER` (`password` false) or `PASS` (`password` true) at `at`, or nil.
    package static func argument(_ b: Bytes, at: Int) -> (value: Range<Int>, password: Bool)? {
        let n = b.count
        guard at + 6 < n else { return nil }
        let password: Bool
        if ASCII.hasPrefix(b, at: at, exactly: "USER ") { password = false } else if ASCII.hasPrefix(b, at: at, exactly: "PASS ") { password = true } else { return nil }
        var close: UInt8 = 0
        // A trace's line on its own (`PASS s3cret`): only one token, the rest of the line, and
        // no path (Jest's `PASS src/app.test.js` is a test's result).
        guard at > 0 else { return wholeLineArgument(b, password: password) }
        let before = b[at - 1]
        if before == UInt8(ascii: "\"") || before == UInt8(ascii: "'") {
            close = before
        } else if (before == UInt8(ascii: "n") && at >= 2 && b[at - 2] == UInt8(ascii: "\\")) || before == 0x0A {
            // A session dumped into one string, its line breaks escaped or decoded (Suricata's
            // `payload_printable`: `USER joao\r\nPASS Porto#Vinho7\r\n`): to the next escape or break.
            close = UInt8(ascii: "\\")
        } else {
            // `> PASS x` (curl), `---> PASS x` (lftp), `C: USER x`, `< PASS oauth:…` (tmi.js's IRC trace); WinSCP's session log, a time
            // between (`> 2024-03-12 11:10:05.140 PASS x`).
            guard before == 0x20, at >= 2, b[at - 2] == UInt8(ascii: ">") || b[at - 2] == UInt8(ascii: "<") || b[at - 2] == UInt8(ascii: ":") || (ASCII.isDigit(b[at - 2]) && afterWinSCPTime(b, at)) else { return nil }
        }
        let start = at + 5
        var end = start
        // (A line break written as an escape ends the argument inside a quoted session too.)
        while end < n, b[end] > 0x20, b[end] != close || close == 0,
              !(b[end] == UInt8(ascii: "\\") && end + 1 < n && (b[end + 1] == UInt8(ascii: "r") || b[end + 1] == UInt8(ascii: "n"))) { end += 1 }
        guard end > start else { return nil }
        // postscreen's verdict on a client (`postscreen[880]: PASS NEW [198.51.100.7]:52111`).
        if password, close == 0, end - start == 3, end + 1 < n, b[end + 1] == UInt8(ascii: "["),
           ASCII.hasPrefix(b, at: start, exactly: "NEW") || ASCII.hasPrefix(b, at: start, exactly: "OLD") { return nil }
        if close != 0, close != UInt8(ascii: "\\") {
            guard end < n, b[end] == close || b[end] == UInt8(ascii: "\\") else { return nil }
        }
        return isMask(b, start..<end, password: password) ? nil : (start..<end, password)
    }

    /// Whether the line holding `at` starts with WinSCP's `> ` (a command sent) and only a time
    /// stands between it and `at`.
    private static func afterWinSCPTime(_ b: Bytes, _ at: Int) -> Bool {
        var s = at - 1
        while s > 0, at - s <= 32, b[s - 1] != 0x0A {
            guard ASCII.isDigit(b[s - 1]) || b[s - 1] == 0x20 || b[s - 1] == UInt8(ascii: "-") || b[s - 1] == UInt8(ascii: ":") || b[s - 1] == UInt8(ascii: ".")
                || b[s - 1] == UInt8(ascii: ">") else { return false }
            s -= 1
        }
        return (s == 0 || b[s - 1] == 0x0A) && at - s >= 12 && ASCII.hasPrefix(b, at: s, exactly: "> ")
    }

    /// `USER x` / `PASS x` as a whole record: the argument when it is one token to the end of
    /// the line and holds no `/`.
    private static func wholeLineArgument(_ b: Bytes, password: Bool) -> (value: Range<Int>, password: Bool)? {
        let start = 5
        var end = start
        while end < b.count, b[end] > 0x20 {
            if b[end] == UInt8(ascii: "/") { return nil }
            end += 1
        }
        guard end > start else { return nil }
        var rest = end
        while rest < b.count, b[rest] == 0x0D || b[rest] == 0x20 { rest += 1 }
        guard rest == b.count || b[rest] == 0x0A else { return nil }
        return isMask(b, start..<end, password: password) ? nil : (start..<end, password)
    }

    /// Pure-FTPd's `Command [user] [x]` / `Command [pass] [x]` at `at` (the `C`), or nil.
    package static func pureFTPdArgument(_ b: Bytes, at: Int) -> (value: Range<Int>, password: Bool)? {
        guard ASCII.hasPrefix(b, at: at, exactly: "Command [") else { return nil }
        let password: Bool
        if ASCII.hasPrefix(b, at: at + 9, lowercased: "user] [") { password = false }
        else if ASCII.hasPrefix(b, at: at + 9, lowercased: "pass] [") { password = true } else { return nil }
        let start = at + 16
        var end = b.count
        // (The last `]` of the line: a password may hold one.)
        while end > start, b[end - 1] != UInt8(ascii: "]") { end -= 1 }
        guard end > start + 1 else { return nil }
        return isMask(b, start..<(end - 1), password: password) ? nil : (start..<(end - 1), password)
    }

    /// A server's mask in place of the password, or the anonymous accounts.
    static func isMask(_ b: Bytes, _ r: Range<Int>, password: Bool) -> Bool {
        if password {
            // vsftpd's `<password>`, ProFTPD's `(hidden)`, clients' `****` / `XXXX` — nothing else.
            return (r.count == 10 && ASCII.hasPrefix(b, at: r.lowerBound, lowercased: "<password>"))
                || (r.count == 8 && ASCII.hasPrefix(b, at: r.lowerBound, lowercased: "(hidden)"))
                || (r.count >= 3 && b[r].allSatisfy { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "X") })
        }
        return (r.count == 9 && ASCII.hasPrefix(b, at: r.lowerBound, lowercased: "anonymous")) || (r.count == 3 && ASCII.hasPrefix(b, at: r.lowerBound, lowercased: "ftp"))
    }
}
