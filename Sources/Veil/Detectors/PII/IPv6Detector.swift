/// IPv6 addresses in text form.
///
/// **Trigger**: `at` is the index of a hex digit or `:` whose previous byte (if any)
/// is not alphanumeric, `:` or `.`.
///
/// **Accepts** the full 8-group form, `::`-compressed forms (≤ 7 groups), an IPv4
/// tail (`::ffff:192.0.2.1`, counting as two groups), inside brackets
/// (`[2001:db8::1]:443`). Groups are 1–4 hex digits. A trailing single `:` and a
/// `%zone` are left out of the span, and so is a five-digit port glued on with one colon
/// (`2001:db8::1:53211`, as Mosquitto prints a client's address).
///
/// **Rejects** `::` and `::1` (unspecified / loopback), forms without `::` and fewer
/// than 8 groups (times `12:34:56`, MAC addresses), times with fractions
/// (`12:34:56.789`: a dotted tail that is no IPv4), groups of 5+ hex digits, two
/// `::`, three colons (`201:::x`), C++/Rust paths (`std::vec` never triggers; `a::b_c` is glued to `_`), and
/// `::` forms of fewer than 4 groups made only of hex letters (`dead::beef`), and
/// uncompressed forms whose 8 groups all have exactly 2 hex digits (EUI-64 / WWN
/// byte dumps such as `50:01:43:80:12:34:56:78`), and an address glued by `-` to a word
/// before it (Erlang's dates, `14-May-2024::10:22:38`).
package enum IPv6Detector {
    package static func match(_ bytes: Bytes, at: Int, floor: Int) -> Range<Int>? {
        let n = bytes.count
        guard at >= floor, at < n else { return nil }
        if at > 0 {
            let prev = bytes[at - 1]
            if ASCII.isAlnum(prev) || prev == UInt8(ascii: ":") || prev == UInt8(ascii: ".") { return nil }
            // Erlang's `14-May-2024::10:22:38` (RabbitMQ): a date's year glued to a word by `-`.
            if prev == UInt8(ascii: "-"), at >= 2, ASCII.isLetter(bytes[at - 2]) { return nil }
        }
        let colon = UInt8(ascii: ":")
        var i = at
        var groups = 0
        var compressed = false
        var hasDigit = false
        var nonZero = 0          // groups with a non-zero value
        var lastValue = 0        // value of the last group
        var allTwoDigit = true   // every group has exactly 2 hex digits (a byte dump)
        var end = at
        var port = false
        if bytes[i] == colon {
            guard i + 1 < n, bytes[i + 1] == colon else { return nil }
            compressed = true
            i += 2
            end = i
        } else if !ASCII.isHexDigit(bytes[i]) {
            return nil
        }
        while groups < 8 {
            let s = i
            var v = 0
            var decimal = true
            while i < n, i - s < 5, ASCII.isHexDigit(bytes[i]) {
                let b = bytes[i]
                if ASCII.isDigit(b) { hasDigit = true; v = v << 4 | Int(b &- 0x30) } else {
                    decimal = false; v = v << 4 | Int(ASCII.lower(b) &- 0x61 + 10)
                }
                i += 1
            }
            let len = i - s
            if len == 0 { break }  // after `::` with nothing more
            if i < n, bytes[i] == UInt8(ascii: ".") {
                // Only an IPv4 tail may follow with a dot.
                guard decimal, groups <= 6, let (v4, e) = IPv4Detector.parse(bytes, at: s) else { return nil }
                if e < n, bytes[e] == UInt8(ascii: "."), e + 1 < n, ASCII.isDigit(bytes[e + 1]) { return nil }
                groups += 2
                hasDigit = true
                allTwoDigit = false
                if v4 != 0 { nonZero += 1 }
                lastValue = Int(v4)
                i = e
                end = e
                break
            }
            if len > 4 {
                // Mosquitto's `2001:db8::1:53211`: a port of five digits glued on with one colon, after
                // a compressed (or full) address — the address ends before it.
                while i < n, ASCII.isDigit(bytes[i]) { i += 1 }
                guard decimal, i - s == 5, groups >= 1, compressed || groups == 8, bytes[s - 1] == colon, bytes[s - 2] != colon,
                      i == n || !(ASCII.isAlnum(bytes[i]) || bytes[i] == colon || bytes[i] == UInt8(ascii: ".")) else { return nil }
                port = true
                break
            }
            if len != 2 { allTwoDigit = false }
            groups += 1
            if v != 0 { nonZero += 1 }
            lastValue = v
            end = i
            guard i < n, bytes[i] == colon else { break }
            if i + 1 < n, bytes[i + 1] == colon {
                guard !compressed else { return nil }
                compressed = true
                i += 2
                end = i
            } else if i + 1 < n, ASCII.isHexDigit(bytes[i + 1]) {
                i += 1
            } else {
                break  // a trailing single `:` is punctuation
            }
        }
        if end < n, !port {
            let next = bytes[end]
            // `*` continues like a digit: Veil's masked digits (`170::*********4000` was
            // `170::4444444444000`, no address), so scrubbed output scans the same.
            if ASCII.isAlnum(next) || next == UInt8(ascii: "_") || next == UInt8(ascii: "*") || next == UInt8(ascii: "@") { return nil }
            if next == colon, end + 1 < n, ASCII.isHexDigit(bytes[end + 1]) { return nil }  // a 9th group
            // `201:::x`: three colons are no address, whatever follows (`201:::8.51.151.100` was
            // rejected as a 9th group; after that address became `ip~…`, `201::` was taken).
            if next == colon, end >= 2, bytes[end - 1] == colon { return nil }
        }
        if compressed {
            guard groups >= 1, groups <= 7 else { return nil }
        } else {
            guard groups == 8, !allTwoDigit else { return nil }
        }
        // Unspecified and loopback.
        if nonZero == 0 || (nonZero == 1 && lastValue == 1) { return nil }
        if groups < 4, !hasDigit { return nil }
        return at..<end
    }
}
