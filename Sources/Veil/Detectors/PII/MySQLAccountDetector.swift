/// MySQL / MariaDB account names as statements, errors and the general query log write
/// them: `'carol'@'%'`, `` `app`@`10.0.0.%` ``, `"dave"@"localhost"` (quoted user, `@`,
/// quoted host) and the general log's `Connect	root@localhost on shop`. The user part
/// is returned; the host stays (addresses in it are found by the IP detectors).
///
/// **Trigger**: `at` is the `@`. Part of the `auth_log_user` detector.
package enum MySQLAccountDetector {
    package static func match(_ b: Bytes, at: Int, floor: Int) -> Range<Int>? {
        guard at >= 2, at + 1 < b.count else { return nil }
        let q = b[at - 1]
        if q == UInt8(ascii: "'") || q == UInt8(ascii: "`") || q == UInt8(ascii: "\"") {
            // `'user'@'host'`: the host is quoted with the same quote.
            guard b[at + 1] == q else { return nil }
            // The user: a name without white space (`"a b"@"x"` is prose in quotes, not an account).
            var k = at - 2
            while k >= floor, at - k <= 66, b[k] != q, AuthLogDetector.isUserByte(b[k]) || b[k] == UInt8(ascii: "~") || b[k] == UInt8(ascii: "$") || b[k] >= 0x80 { k -= 1 }
            guard k >= floor, b[k] == q, k + 1 < at - 1 else { return nil }
            return (k + 1)..<(at - 1)
        }
        // General log: `\tConnect\tuser@host on db`.
        var k = at
        while k > floor, at - k <= 64, AuthLogDetector.isUserByte(b[k - 1]) || b[k - 1] == UInt8(ascii: "~") { k -= 1 }
        guard k < at, k >= 9, b[k - 1] == 0x09, ASCII.hasPrefix(b, at: k - 8, exactly: "Connect") else { return nil }
        var e = at + 1
        while e < b.count, e - at <= 256, b[e] != 0x20 { e += 1 }
        guard ASCII.hasPrefix(b, at: e, exactly: " on ") || e == b.count || ASCII.hasPrefix(b, at: e, exactly: " as ") else { return nil }
        return k..<at
    }

    /// The slow query log's header, `# User@Host: hschmidt[hschmidt] @ localhost []`, at its `@`:
    /// the user and the bracketed effective user (the second may be empty).
    package static func slowLogUsers(_ b: Bytes, at: Int) -> (user: Range<Int>, effective: Range<Int>?)? {
        guard at >= 6, ASCII.hasPrefix(b, at: at - 4, exactly: "User@Host: ") else { return nil }
        var e = at + 7
        let start = e
        while e < b.count, e - start <= 64, b[e] != UInt8(ascii: "["), b[e] > 0x20 { e += 1 }
        guard e > start, e < b.count, b[e] == UInt8(ascii: "[") else { return nil }
        let open = e
        e += 1
        while e < b.count, e - open <= 65, b[e] != UInt8(ascii: "]"), b[e] > 0x20 { e += 1 }
        guard e < b.count, b[e] == UInt8(ascii: "]") else { return (start..<open, nil) }
        return (start..<open, e > open + 1 ? (open + 1)..<e : nil)
    }
}
