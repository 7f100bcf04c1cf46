/// Timestamps are on nearly every log line, and their digit groups look like the start of a
/// card, phone, IPv6 or key (`2024-05-12T07:50:25.109Z` sends the scanner into five
/// detectors). None of them can be inside one, so the scanner steps over a whole timestamp
/// at once. Recognised, starting at a word start and ending before a delimiter:
///
/// - ISO 8601 / RFC 3339 dates: `2024-05-12`, optionally `T` or one space and a time
///   `07:50`, `07:50:25`, `07:50:25.109` (1–9 fraction digits), optionally `Z` or an offset
///   `+02:00` / `+0200` / `-05`;
/// - clock times `07:50:25` with an optional fraction (syslog, access logs, Go's log).
///
/// The byte after the timestamp must be a delimiter (end, white space, `"` `'` `,` `;` `]`
/// `)` `}` `|` `>`), so nothing that continues it — an e-mail's `@`, a key's `=`, a longer
/// number — is skipped.
enum TimestampSkip {
    /// The index after the timestamp starting at `i`, or nil.
    @inline(__always)
    static func end(_ b: Bytes, _ i: Int) -> Int? {
        let n = b.count
        guard i + 8 <= n else { return nil }
        @inline(__always) func digits(_ k: Int, _ count: Int) -> Bool {
            guard k + count <= n else { return false }
            for j in k..<(k + count) where !ASCII.isDigit(b[j]) { return false }
            return true
        }
        @inline(__always) func at(_ k: Int, _ x: UInt8) -> Bool { k < n && b[k] == x }
        var k: Int
        if digits(i, 4), at(i + 4, UInt8(ascii: "-")), digits(i + 5, 2), at(i + 7, UInt8(ascii: "-")), digits(i + 8, 2) {
            k = i + 10
            if k < n, b[k] == UInt8(ascii: "T") || b[k] == 0x20, let e = clockEnd(b, k + 1, seconds: false) {
                k = e
                k = zoneEnd(b, k)
            }
        } else if let e = clockEnd(b, i, seconds: true) {
            k = e
        } else {
            return nil
        }
        return k == n || isDelimiter(b[k]) ? k : nil
    }

    /// `HH:MM`, `HH:MM:SS` (required when `seconds`), then an optional `.fraction`.
    @inline(__always)
    static func clockEnd(_ b: Bytes, _ i: Int, seconds: Bool) -> Int? {
        let n = b.count
        guard i + 5 <= n, ASCII.isDigit(b[i]), ASCII.isDigit(b[i + 1]), b[i + 2] == UInt8(ascii: ":"),
              ASCII.isDigit(b[i + 3]), ASCII.isDigit(b[i + 4]) else { return nil }
        var k = i + 5
        if k + 3 <= n, b[k] == UInt8(ascii: ":"), ASCII.isDigit(b[k + 1]), ASCII.isDigit(b[k + 2]) {
            k += 3
            if k + 1 < n, b[k] == UInt8(ascii: ".") || b[k] == UInt8(ascii: ","), ASCII.isDigit(b[k + 1]) {
                var e = k + 1
                while e < n, e - k <= 9, ASCII.isDigit(b[e]) { e += 1 }
                guard e - k <= 9 + 1 else { return nil }
                k = e
            }
        } else if seconds {
            return nil
        }
        return k
    }

    /// After a time: `Z`, or `+HH`, `+HHMM`, `+HH:MM` (and `-`); otherwise `k` itself.
    @inline(__always)
    static func zoneEnd(_ b: Bytes, _ k: Int) -> Int {
        let n = b.count
        guard k < n else { return k }
        if b[k] == UInt8(ascii: "Z") { return k + 1 }
        guard b[k] == UInt8(ascii: "+") || b[k] == UInt8(ascii: "-"), k + 3 <= n, ASCII.isDigit(b[k + 1]), ASCII.isDigit(b[k + 2]) else { return k }
        var e = k + 3
        if e + 3 <= n, b[e] == UInt8(ascii: ":"), ASCII.isDigit(b[e + 1]), ASCII.isDigit(b[e + 2]) {
            e += 3
        } else if e + 2 <= n, ASCII.isDigit(b[e]), ASCII.isDigit(b[e + 1]) {
            e += 2
        }
        return e
    }

    @inline(__always)
    static func isDelimiter(_ x: UInt8) -> Bool {
        switch x {
        case 0x20, 0x09, UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "]"),
             UInt8(ascii: ")"), UInt8(ascii: "}"), UInt8(ascii: "|"), UInt8(ascii: ">"):
            return true
        default:
            return false
        }
    }
}
