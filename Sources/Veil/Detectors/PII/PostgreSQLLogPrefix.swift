/// PostgreSQL's log lines start with the prefix `log_line_prefix` configures; with `%u@%d` it
/// names the session's account (stop 35: written raw). Part of the `auth_log_user` detector.
package enum PostgreSQLLogPrefix {
    /// PostgreSQL's `log_line_prefix` with `%u@%d` (`… [3004] kpatel@hr FATAL:  …`,
    /// `…:app_user@orders:[1234]:ERROR: …`), at its `@`: the user, when a database name and
    /// then a message level (`LOG`, `ERROR`, `FATAL` …) or `:[pid]:` follow. `[unknown]` stays.
    package static func user(_ b: Bytes, at: Int, floor: Int) -> Range<Int>? {
        let n = b.count
        var k = at
        while k > floor, at - k <= 64, AuthLogDetector.isUserByte(b[k - 1]) { k -= 1 }
        guard k < at, k > 0, b[k - 1] == 0x20 || b[k - 1] == UInt8(ascii: ":") || b[k - 1] == UInt8(ascii: "]") else { return nil }
        var e = at + 1
        while e < n, e - at <= 64, AuthLogDetector.isUserByte(b[e]) || b[e] == UInt8(ascii: "[") || b[e] == UInt8(ascii: "]") { e += 1 }
        guard e > at + 1, e + 4 < n else { return nil }
        if b[e] == UInt8(ascii: ":") {
            guard b[e + 1] == UInt8(ascii: "[") else { return nil }
        } else {
            guard b[e] == 0x20, postgresLevels.contains(where: { ASCII.hasPrefix(b, at: e + 1, exactly: $0) }) else { return nil }
        }
        return k..<at
    }

    private static let postgresLevels: [StaticString] = [
        "LOG:", "ERROR:", "FATAL:", "PANIC:", "WARNING:", "NOTICE:", "INFO:", "DEBUG", "DETAIL:", "HINT:", "STATEMENT:", "CONTEXT:",
    ]
}
