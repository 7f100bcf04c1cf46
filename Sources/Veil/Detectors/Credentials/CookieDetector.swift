/// Cookie values in `Cookie` / `Set-Cookie` headers (multi-value).
///
/// **Trigger**: called at a word start. Rejects on the first byte unless it is `c`/`C`
/// or `s`/`S`. A `Cookie` word preceded by `Set-` returns nil (the call at `Set-` owns it).
///
/// **Accepts** `Cookie` or `Set-Cookie` (any case), an optional closing quote of a key
/// (`"cookie"`, `'Cookie'`), optional spaces, `:` or `=`, optional spaces, then the header
/// value: quoted (`"…"` / `'…'`, JSON `\"` escapes skipped) up to the closing quote,
/// otherwise up to end of line (`:` form) or up to whitespace (unquoted `=` form, logfmt). In
/// the `:` form a header inside a log's `[…]` or `"…"` ends where they close, and a `key=` after
/// white space is the log's next field (values hold no white space).
/// - `Cookie`: `name=value; name2=value2` — every value is a range, names are kept.
/// - `Set-Cookie`: the first `name=value` is a range; attributes (`Path`, `Domain`,
///   `Expires`, `Max-Age`, `SameSite`, `Secure`, `HttpOnly`, `Partitioned`, `Priority`)
///   are kept. Fail closed: any later `name=value` whose name is not a known attribute
///   (folded headers) is a range too.
/// - Values may be quoted (`sid="abc"`: the range is `abc`). Segments without `=` and
///   empty values produce no range — unless the name is no RFC 6265 token (spaces, `@`,
///   NUL, …: `Cookie: a 4111… b=1`) or the segment is not a flag-like word
///   (`Cookie: a=b; jane@example.com`, `Cookie: eyJ…`), which is a range too (fail
///   closed; found by the fuzzer).
///
/// **Rejects** `Cookies`, `cookie_jar`, prose without a `:`/`=` right after the keyword.
///
/// **Returns** the index where the header value ends (closing quote or end of value), or
/// nil when the trigger does not match. The scan is capped at 64 KiB of header value; a
/// value cut by the cap extends to the cap (fail closed).
package enum CookieDetector {
    package static let maxHeader = 64 * 1024

    /// Inlined first-byte reject; the rest is out of line.
    @inline(__always)
    package static func detect(_ bytes: Bytes, at: Int, floor: Int, into ranges: inout [Range<Int>]) -> Int? {
        guard at >= 0, at + 1 < bytes.count else { return nil }
        let b0 = bytes[at] | 0x20, b1 = bytes[at + 1] | 0x20
        guard (b0 == 0x63 && b1 == 0x6F) || (b0 == 0x73 && b1 == 0x65) else { return nil } // co, se
        return detectSlow(bytes, at: at, floor: floor, b0, into: &ranges)
    }

    @inline(never)
    static func detectSlow(_ bytes: Bytes, at: Int, floor: Int, _ b0: UInt8, into ranges: inout [Range<Int>]) -> Int? {
        var i: Int
        let isSet: Bool
        if b0 == 0x63 { // c
            guard ASCII.hasPrefix(bytes, at: at, lowercased: "cookie") else { return nil }
            if CredentialScan.hasSuffix(bytes, endingAt: at, lowercased: "set-") { return nil }
            i = at + 6
            isSet = false
        } else if b0 == 0x73 { // s
            guard ASCII.hasPrefix(bytes, at: at, lowercased: "set-cookie") else { return nil }
            i = at + 10
            isSet = true
        } else {
            return nil
        }
        let n = bytes.count
        // Key closing quote, separator, opening quote.
        if i < n, bytes[i] == 0x22 || bytes[i] == 0x27 { i += 1 }
        while i < n, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        guard i < n, bytes[i] == 0x3A || bytes[i] == 0x3D else { return nil }
        let colonForm = bytes[i] == 0x3A
        i += 1
        while i < n, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        var quote: UInt8 = 0
        if i < n, bytes[i] == 0x22 || bytes[i] == 0x27 {
            quote = bytes[i]
            i += 1
        }
        // Go's `http.Header` printed as a map: `map[Cookie:[sid=…; theme=dark] User-Agent:[…]]`. The
        // value ends at a `]` before white space, another `]` or the line's end.
        var bracketed = false
        if quote == 0, colonForm, i < n, bytes[i] == UInt8(ascii: "["), i >= 1, bytes[i - 1] == UInt8(ascii: ":") {
            bracketed = true
            i += 1
        }
        // A header inside a log's brackets or quotes (`[cookie: sid=…] [host: …]`, HAProxy's and
        // access logs' `"cookie: sid=…" "GET / HTTP/1.1"`): the value ends where they close.
        if quote == 0, !bracketed, colonForm, at > 0, at - 1 >= floor, bytes[at + (isSet ? 10 : 6)] == 0x3A || bytes[at + (isSet ? 10 : 6)] == 0x20 {
            let opener = bytes[at - 1]
            if opener == UInt8(ascii: "[") { bracketed = true }
            else if opener == 0x22 || opener == 0x27 { quote = opener }
        }
        // In the `Cookie: a=b; c=d` form a value holds no white space: a `key=` after a space
        // is the log's next field (`…; theme=dark status=200 bytes=512`), not the header's.
        let spaceEndsHeader = colonForm && quote == 0 && !bracketed
        let limit = min(n, i + maxHeader)

        // Header value end.
        @inline(__always) func endsValue(_ k: Int) -> Bool {
            let b = bytes[k]
            if b == 0x0A || b == 0x0D { return true }
            if bracketed, b == UInt8(ascii: "]") {
                return k + 1 >= n || bytes[k + 1] == 0x20 || bytes[k + 1] == UInt8(ascii: "]") || bytes[k + 1] == 0x09
            }
            if quote != 0 { return b == quote }
            // mod_log_forensic's `|Cookie:a=b; c=d|Content-Length:112`: the next header after a `|`.
            if b == UInt8(ascii: "|"), colonForm, !bracketed, Self.headerNameFollows(bytes, k + 1, limit: limit) { return true }
            return !colonForm && (b == 0x20 || b == 0x09)
        }

        var segment = 0
        var ended = false
        while i < limit {
            // Skip spaces before a name.
            while i < limit, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
            if i >= limit || endsValue(i) { break }
            let nameStart = i
            while i < limit, bytes[i] != 0x3D, bytes[i] != 0x3B, !endsValue(i) {
                if spaceEndsHeader, bytes[i] == 0x20 || bytes[i] == 0x09, pairFollows(bytes, i, limit: limit) { ended = true; break }
                if bytes[i] == 0x5C, quote != 0 { i += 1 } // JSON escape
                i += 1
            }
            let nameEnd = min(i, limit)
            if !ended, i < limit, bytes[i] == 0x3D {
                i += 1
                var vStart = i
                // Inner quotes: `"v"`, or `\"v\"` inside a JSON string.
                var innerQuoted = false
                if i < limit, bytes[i] == 0x22, quote != 0x22 {
                    innerQuoted = true; i += 1; vStart = i
                } else if quote == 0x22, i + 1 < limit, bytes[i] == 0x5C, bytes[i + 1] == 0x22 {
                    innerQuoted = true; i += 2; vStart = i
                }
                // In the unquoted `=` form an inner-quoted value with a closing quote on the line
                // is one value even with spaces (`cookie=sid="a b"`), as key context reads it;
                // otherwise the second pass read the rest as junk (found by fuzz-json).
                let spacedValue = innerQuoted && quote == 0 && !colonForm && closesQuote(bytes, from: i, limit: limit)
                while i < limit, bytes[i] != 0x3B, spacedValue ? !endsLine(bytes[i]) : !endsValue(i) {
                    if spaceEndsHeader, bytes[i] == 0x20 || bytes[i] == 0x09, pairFollows(bytes, i, limit: limit) { ended = true; break }
                    if innerQuoted, bytes[i] == 0x22, quote != 0x22 { break }
                    if bytes[i] == 0x5C, quote != 0 {
                        if innerQuoted, i + 1 < limit, bytes[i + 1] == 0x22 { break }
                        i += 1
                    }
                    i += 1
                }
                var vEnd = min(i, limit)
                while vEnd > vStart, bytes[vEnd - 1] == 0x20 || bytes[vEnd - 1] == 0x09 { vEnd -= 1 }
                // The unquoted `=` form's last value inside a map dump (`{Host=x, Cookie=a=b; t=dark}`,
                // `…; t=dark, Host=x`): a closing bracket or comma before the header's end is the
                // dump's, not the cookie's (RFC 6265 values hold no `,`).
                if quote == 0, !colonForm, !innerQuoted, i >= limit || bytes[i] != 0x3B {
                    while vEnd > vStart + 1, bytes[vEnd - 1] == UInt8(ascii: ",") || bytes[vEnd - 1] == UInt8(ascii: "}")
                        || bytes[vEnd - 1] == UInt8(ascii: "]") || bytes[vEnd - 1] == UInt8(ascii: ")") { vEnd -= 1 }
                }
                // A name that is no cookie-name token (spaces, `@`, NUL …) is not kept raw.
                if let r = nonToken(bytes, nameStart..<nameEnd), r.lowerBound >= floor { ranges.append(r) }
                let keep = isSet && segment > 0 && isAttribute(bytes, nameStart..<nameEnd)
                if !keep, vEnd > vStart, vStart >= floor { ranges.append(vStart..<vEnd) }
                // Skip the rest of the segment (closing inner quote, junk) up to `;`.
                if i < limit, innerQuoted, bytes[i] == 0x22 { i += 1 }
                else if i + 1 < limit, innerQuoted, bytes[i] == 0x5C, bytes[i + 1] == 0x22 { i += 2 }
                let junkStart = i
                while !ended, i < limit, bytes[i] != 0x3B, !endsValue(i) {
                    if spaceEndsHeader, bytes[i] == 0x20 || bytes[i] == 0x09, pairFollows(bytes, i, limit: limit) { ended = true; break }
                    if bytes[i] == 0x5C, quote != 0 { i += 1 }
                    i += 1
                }
                // Junk after a quoted value (`a="b" eyJ…`) is not kept raw either (fail closed;
                // found by fuzz-json).
                var jLo = junkStart, jHi = min(i, limit)
                while jLo < jHi, bytes[jLo] == 0x20 || bytes[jLo] == 0x09 { jLo += 1 }
                while jHi > jLo, bytes[jHi - 1] == 0x20 || bytes[jHi - 1] == 0x09 { jHi -= 1 }
                if jHi > jLo, jLo >= floor, !isScrubbed(bytes, jLo..<jHi) { ranges.append(jLo..<jHi) }
            } else if let r = bareSegment(bytes, nameStart..<nameEnd), r.lowerBound >= floor {
                // A segment without `=` is kept only when it reads like a flag word (`flag`,
                // `HttpOnly`): `Cookie: a=b; jane@example.com`, `Cookie: eyJ…` are not kept raw.
                ranges.append(r)
            }
            segment += 1
            if !ended, i < limit, bytes[i] == 0x3B { i += 1 } else { break }
        }
        return min(i, limit)
    }

    /// At white space: more white space, then a `key=` (a token of letters, digits, `_`, `.`,
    /// `-`, then `=`) — a log's next field after the header.
    static func pairFollows(_ bytes: Bytes, _ at: Int, limit: Int) -> Bool {
        var k = at
        while k < limit, bytes[k] == 0x20 || bytes[k] == 0x09 { k += 1 }
        let start = k
        while k < limit, k - start <= 32, ASCII.isAlnum(bytes[k]) || bytes[k] == UInt8(ascii: "_") || bytes[k] == UInt8(ascii: ".") || bytes[k] == UInt8(ascii: "-") { k += 1 }
        return k - start >= 2 && k < limit && bytes[k] == 0x3D
    }

    /// Whether a `"` closes an inner-quoted value before `;` or the end of the line.
    static func closesQuote(_ bytes: Bytes, from: Int, limit: Int) -> Bool {
        var k = from
        while k < limit {
            let b = bytes[k]
            if b == 0x22 { return true }
            if b == 0x3B || endsLine(b) { return false }
            k += 1
        }
        return false
    }

    @inline(__always) static func endsLine(_ b: UInt8) -> Bool { b == 0x0A || b == 0x0D }

    /// A header's name and its `:` at `at` (`Content-Length:`, `X-Forwarded-For:`): letters,
    /// digits and `-`, a capital first.
    static func headerNameFollows(_ bytes: Bytes, _ at: Int, limit: Int) -> Bool {
        guard at < limit, ASCII.isUpper(bytes[at]) else { return false }
        var k = at + 1
        while k < limit, k - at <= 40, ASCII.isAlnum(bytes[k]) || bytes[k] == UInt8(ascii: "-") { k += 1 }
        return k < limit && bytes[k] == UInt8(ascii: ":")
    }

    /// The trimmed name when it is not an RFC 6265 cookie-name token (tchar), else nil.
    static func nonToken(_ bytes: Bytes, _ name: Range<Int>) -> Range<Int>? {
        var lo = name.lowerBound, hi = name.upperBound
        while lo < hi, bytes[lo] == 0x20 || bytes[lo] == 0x09 { lo += 1 }
        while hi > lo, bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09 { hi -= 1 }
        var k = lo
        while k < hi {
            let b = bytes[k]
            let tchar = ASCII.isAlnum(b) || b == 0x21 || (b >= 0x23 && b <= 0x27) || b == 0x2A || b == 0x2B || b == 0x2D || b == 0x2E
                || b == 0x5E || b == 0x5F || b == 0x60 || b == 0x7C || b == 0x7E
            if !tchar { return isScrubbed(bytes, lo..<hi) ? nil : lo..<hi }
            k += 1
        }
        return nil
    }

    /// The trimmed segment when it is not a flag-like word (letters, `-`, `.`, at most 32 bytes).
    static func bareSegment(_ bytes: Bytes, _ segment: Range<Int>) -> Range<Int>? {
        var lo = segment.lowerBound, hi = segment.upperBound
        while lo < hi, bytes[lo] == 0x20 || bytes[lo] == 0x09 { lo += 1 }
        while hi > lo, bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09 { hi -= 1 }
        guard hi > lo, !isScrubbed(bytes, lo..<hi) else { return nil }
        if hi - lo <= 32 {
            var word = true
            for k in lo..<hi where !(ASCII.isLetter(bytes[k]) || bytes[k] == 0x2D || bytes[k] == 0x2E) { word = false; break }
            if word { return nil }
        }
        return lo..<hi
    }

    /// Already a placeholder (`[REDACTED:…]`) — leave it (idempotence).
    static func isScrubbed(_ bytes: Bytes, _ r: Range<Int>) -> Bool {
        r.count >= 11 && bytes[r.lowerBound] == UInt8(ascii: "[") && bytes[r.upperBound - 1] == UInt8(ascii: "]")
            && ASCII.hasPrefix(bytes, at: r.lowerBound, lowercased: "[redacted:")
    }

    /// Known `Set-Cookie` attribute names (case-insensitive).
    static func isAttribute(_ bytes: Bytes, _ name: Range<Int>) -> Bool {
        var lo = name.lowerBound
        var hi = name.upperBound
        while lo < hi, bytes[lo] == 0x20 { lo += 1 }
        while hi > lo, bytes[hi - 1] == 0x20 { hi -= 1 }
        @inline(__always) func `is`(_ lit: StaticString) -> Bool {
            hi - lo == lit.utf8CodeUnitCount && ASCII.hasPrefix(bytes, at: lo, lowercased: lit)
        }
        switch hi - lo {
        case 4: return `is`("path")
        case 6: return `is`("domain") || `is`("secure")
        case 7: return `is`("expires") || `is`("max-age")
        case 8: return `is`("samesite") || `is`("httponly") || `is`("priority")
        case 11: return `is`("partitioned")
        default: return false
        }
    }
}
