/// The account column of database servers' CSV logs, found once per line (as the access-log
/// user is). Part of `auth_log_user`.
///
/// - PostgreSQL's csvlog: `2024-03-12 14:05:02.100 UTC,"tomasz.zielinski","analytics",23155,"192.168.44.17:61022",…`:
///   the second field (the quoted user name) after the timestamp, when the third is a quoted
///   database name and the fourth the process id.
/// - MariaDB's server_audit plugin: `20240312 14:13:03,db-01,mallory,198.51.100.9,32,0,FAILED_CONNECT,,,1045`:
///   the third field, when the fifth and sixth are numbers and the seventh is an operation in
///   capitals (`CONNECT`, `QUERY`, `FAILED_CONNECT` …).
///
/// An empty user (a background process's `""`) or a pseudonym (a second pass) is none.
package enum DatabaseAuditUserDetector {
    package static func match(_ b: Bytes) -> Range<Int>? {
        guard b.count > 32, ASCII.isDigit(b[0]) else { return nil }
        if b[4] == UInt8(ascii: "-") { return postgresCSVLog(b) }
        if b[8] == 0x20 { return mariaDBAudit(b) }
        return nil
    }

    private static func postgresCSVLog(_ b: Bytes) -> Range<Int>? {
        let n = b.count
        guard b[7] == UInt8(ascii: "-"), b[10] == 0x20, b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":") else { return nil }
        var k = 19
        if b[k] == UInt8(ascii: ".") {
            k += 1
            while k < n, k < 27, ASCII.isDigit(b[k]) { k += 1 }
        }
        guard k < n, b[k] == 0x20 else { return nil }
        k += 1
        let zone = k
        while k < n, k - zone < 8, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "+") || b[k] == UInt8(ascii: "-") { k += 1 }
        guard k > zone, ASCII.hasPrefix(b, at: k, exactly: ",\"") else { return nil }
        let user = quotedField(b, open: k + 1)
        guard let user, !user.isEmpty, user.upperBound + 2 < n, b[user.upperBound + 1] == UInt8(ascii: ","),
              let database = quotedField(b, open: user.upperBound + 2), database.upperBound + 2 < n, b[database.upperBound + 1] == UInt8(ascii: ",") else { return nil }
        var p = database.upperBound + 2
        let digits = p
        while p < n, p - digits < 10, ASCII.isDigit(b[p]) { p += 1 }
        guard p > digits, p < n, b[p] == UInt8(ascii: ","), !Scrubber.isPseudonym(b, user) else { return nil }
        return user
    }

    /// At `open`, a `"`: the field's content up to the next `"` (at most 64 bytes, no doubled quote).
    private static func quotedField(_ b: Bytes, open: Int) -> Range<Int>? {
        guard open < b.count, b[open] == UInt8(ascii: "\"") else { return nil }
        var e = open + 1
        while e < b.count, e - open <= 65, b[e] != UInt8(ascii: "\""), b[e] >= 0x20 { e += 1 }
        guard e < b.count, b[e] == UInt8(ascii: "\""), e + 1 < b.count, b[e + 1] != UInt8(ascii: "\"") else { return nil }
        return (open + 1)..<e
    }

    private static func mariaDBAudit(_ b: Bytes) -> Range<Int>? {
        let n = b.count
        for k in 0..<8 where !ASCII.isDigit(b[k]) { return nil }
        guard b[11] == UInt8(ascii: ":"), b[14] == UInt8(ascii: ":"), b[17] == UInt8(ascii: ",") else { return nil }
        // serverhost, username, host, connectionid, queryid, operation.
        var fields: [Range<Int>] = []
        var s = 18
        while fields.count < 6 {
            var e = s
            while e < n, e - s <= 128, b[e] != UInt8(ascii: ","), b[e] >= 0x20 { e += 1 }
            guard e < n, b[e] == UInt8(ascii: ",") else { return nil }
            fields.append(s..<e)
            s = e + 1
        }
        let user = fields[1]
        guard !user.isEmpty, !fields[3].isEmpty, b[fields[3]].allSatisfy(ASCII.isDigit), !fields[4].isEmpty, b[fields[4]].allSatisfy(ASCII.isDigit),
              fields[5].count >= 4, b[fields[5]].allSatisfy({ ASCII.isUpper($0) || $0 == UInt8(ascii: "_") }),
              !Scrubber.isPseudonym(b, user) else { return nil }
        return user
    }
}
