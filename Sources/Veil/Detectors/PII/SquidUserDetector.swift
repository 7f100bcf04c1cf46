/// The authenticated user of a Squid native access-log line:
/// `1714557600.123    245 10.1.2.3 TCP_MISS/200 5120 GET http://example.com/ frank DIRECT/93.184.216.34 text/html`
/// — the eighth field, when it is not `-`.
///
/// The line must start (after at most 16 spaces, or a syslog header when Squid logs to syslog)
/// with Squid's `seconds.millis` time, and the
/// fields around the user must have their shapes: result code `TCP_MISS/200`-style
/// (capitals and `_`, `/`, three digits), a byte count, a method, the URL, and after the user
/// the hierarchy code (`DIRECT/…`, `HIER_NONE/-`). Fields are separated by runs of spaces.
///
/// Called once per line; part of the `auth_log_user` detector.
package enum SquidUserDetector {
    package static func match(_ b: Bytes) -> Range<Int>? {
        let n = b.count
        var k = 0
        while k < n, k < 16, b[k] == 0x20 { k += 1 }
        // Squid logging to syslog (`access_log syslog:…`): `Jun  3 12:10:10 proxy squid[333]: 1714557600.123 …`.
        if k + 20 < n, ASCII.isUpper(b[k]), let body = syslogBodyStart(b, from: k) { k = body }
        // `1714557600.123`: 9–10 digits, `.`, 3 digits.
        guard k + 16 < n, ASCII.isDigit(b[k]) else { return nil }
        let timeStart = k
        while k < n, ASCII.isDigit(b[k]) { k += 1 }
        guard k - timeStart >= 9, k - timeStart <= 10, k + 4 < n, b[k] == UInt8(ascii: "."),
              ASCII.isDigit(b[k + 1]), ASCII.isDigit(b[k + 2]), ASCII.isDigit(b[k + 3]), b[k + 4] == 0x20 else { return nil }
        k += 4
        guard let elapsed = field(b, &k), elapsed.allSatisfy(ASCII.isDigit, in: b),
              field(b, &k) != nil,  // client address
              let code = field(b, &k), isResultCode(b, code),
              let size = field(b, &k), size.allSatisfy(ASCII.isDigit, in: b),
              let method = field(b, &k), method.allSatisfy({ ASCII.isUpper($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }, in: b),
              field(b, &k) != nil,  // URL
              let user = field(b, &k),
              let hierarchy = field(b, &k), isHierarchyCode(b, hierarchy) else { return nil }
        if user.count == 1, b[user.lowerBound] == UInt8(ascii: "-") { return nil }
        return user
    }

    /// After a syslog header (`Mmm dd hh:mm:ss host tag[pid]: `, a month's capital at `from`): where
    /// the message starts, when it starts with a digit; nil otherwise.
    private static func syslogBodyStart(_ b: Bytes, from: Int) -> Int? {
        let n = b.count
        guard from + 3 < n, ASCII.isLower(b[from + 1]), ASCII.isLower(b[from + 2]), b[from + 3] == 0x20 else { return nil }
        var k = from + 15
        let limit = min(n - 3, from + 96)
        while k < limit {
            if b[k] == UInt8(ascii: ":"), b[k + 1] == 0x20, b[k - 1] == UInt8(ascii: "]") || ASCII.isAlnum(b[k - 1]) {
                return ASCII.isDigit(b[k + 2]) ? k + 2 : nil
            }
            k += 1
        }
        return nil
    }

    /// The next run of non-space bytes after spaces, moving `k` past it.
    private static func field(_ b: Bytes, _ k: inout Int) -> Range<Int>? {
        let n = b.count
        while k < n, b[k] == 0x20 { k += 1 }
        let start = k
        while k < n, b[k] > 0x20 { k += 1 }
        return k > start && k - start <= 8192 ? start..<k : nil
    }

    /// `TCP_MISS/200`, `TCP_DENIED/407`, `NONE_NONE/000`, `TAG_NONE/503`.
    private static func isResultCode(_ b: Bytes, _ r: Range<Int>) -> Bool {
        guard r.count >= 8, b[r.upperBound - 4] == UInt8(ascii: "/"),
              ASCII.isDigit(b[r.upperBound - 3]), ASCII.isDigit(b[r.upperBound - 2]), ASCII.isDigit(b[r.upperBound - 1]) else { return false }
        return (r.lowerBound..<(r.upperBound - 4)).allSatisfy({ ASCII.isUpper($0) || $0 == UInt8(ascii: "_") }, in: b)
    }

    /// `DIRECT/93.184.216.34`, `HIER_NONE/-`, `FIRSTUP_PARENT/proxy2`.
    private static func isHierarchyCode(_ b: Bytes, _ r: Range<Int>) -> Bool {
        var k = r.lowerBound
        while k < r.upperBound, ASCII.isUpper(b[k]) || b[k] == UInt8(ascii: "_") { k += 1 }
        return k - r.lowerBound >= 4 && k < r.upperBound && b[k] == UInt8(ascii: "/")
    }
}

private extension Range where Bound == Int {
    func allSatisfy(_ predicate: (UInt8) -> Bool, in b: Bytes) -> Bool {
        for k in self where !predicate(b[k]) { return false }
        return true
    }
}
