/// The account and password of a Go `database/sql` MySQL data source name
/// (go-sql-driver/mysql), which has no scheme: `app:S3cret@tcp(mysql.acme.io:3306)/orders`,
/// `root:pw@unix(/run/mysqld/mysqld.sock)/db`, `user:pw@tcp6([::1]:3306)/db`.
///
/// **Trigger**: the `@` before `tcp(`, `tcp6(` or `unix(`.
///
/// **Accepts**: going back from the `@` to the name's start (white space, a quote, `=`, `(`,
/// or the line's start; at most 256 bytes, not below `floor`): the user up to the first `:`,
/// the password from there to the `@` (a password may hold `:` and `@`; the driver splits the
/// same way). A name without a `:` has no password: only its user.
///
/// **Returns** the user's range (nil when empty) and the password's (nil when there is none).
package enum GoDSNDetector {
    static let protocols: [StaticString] = ["@tcp(", "@tcp6(", "@unix("]

    package static func match(_ b: Bytes, at: Int, floor: Int) -> (user: Range<Int>?, password: Range<Int>?)? {
        guard at > floor, protocols.contains(where: { ASCII.hasPrefix(b, at: at, exactly: $0) }) else { return nil }
        var start = at
        while start > floor, at - start < 256 {
            let x = b[start - 1]
            if x <= 0x20 || x == UInt8(ascii: "\"") || x == UInt8(ascii: "'") || x == UInt8(ascii: "=") || x == UInt8(ascii: "(") || x == UInt8(ascii: "`") { break }
            start -= 1
        }
        guard start < at, at - start < 256 else { return nil }
        guard let colon = b[start..<at].firstIndex(of: UInt8(ascii: ":")) else { return (start..<at, nil) }
        return (colon > start ? start..<colon : nil, colon + 1 < at ? (colon + 1)..<at : nil)
    }
}
