/// HTTP Basic credentials (`Basic base64(user:password)`).
///
/// **Trigger**: called at a word start. Rejects on the first byte unless it is `b`/`B`.
///
/// **Accepts** `Basic` (any case), one or more separators (space, tab, `%20`, `+`), then
/// base64 `[A-Za-z0-9+/]` with up to two `=` of padding, at least 8 bytes, not followed
/// by `-`, `_` or another `=`. It fires when either
/// - the 24 bytes before `Basic` contain `authorization` (any case: header, JSON key,
///   logfmt key, `Proxy-Authorization`) and the value is not a prose word, or
/// - the value is well-formed base64 that decodes to printable ASCII containing `:`
///   (`user:password`), checked without allocating.
///
/// **Rejects** prose (`Basic usage`, `basic authentication is enabled`), short values,
/// and base64 that neither sits in an authorization context nor decodes to `user:password`.
///
/// **Returns** the base64 range including padding (never the keyword). A value that
/// goes on with `.` is taken up to the end of the dotted token; a JWT (`eyJ…` with two
/// dots) is left to the JWT detector.
package enum BasicAuthDetector {
    package static let minLength = 8

    /// Inlined first-byte reject; the rest is out of line.
    @inline(__always)
    package static func match(_ bytes: Bytes, at: Int, floor: Int) -> Range<Int>? {
        guard at >= 0, at + 1 < bytes.count, bytes[at] | 0x20 == 0x62, bytes[at + 1] | 0x20 == 0x61 else { return nil }
        return matchSlow(bytes, at: at, floor: floor)
    }

    @inline(never)
    static func matchSlow(_ bytes: Bytes, at: Int, floor: Int) -> Range<Int>? {
        guard ASCII.hasPrefix(bytes, at: at, lowercased: "basic") else { return nil }
        let start = CredentialScan.skipSchemeSeparators(bytes, from: at + 5)
        guard start > at + 5, start >= floor else { return nil }
        let bodyEnd = CredentialScan.runEnd(bytes, from: start, CredentialScan.isBase64)
        var end = bodyEnd
        while end < bytes.count, end - bodyEnd < 2, bytes[end] == 0x3D { end += 1 }
        if end < bytes.count, bytes[end] == 0x2E {
            // `Basic eyJ….eyJ….sig` or another dotted token: stopping at the first `.` wrote
            // the rest (a JWT's payload and signature) raw. A JWT goes to the JWT detector;
            // any other dotted run is the credential whole (fail closed).
            let full = CredentialScan.runEnd(bytes, from: start, CredentialScan.isTokenByte)
            if BearerTokenDetector.isJWT(bytes, start..<full) { return nil }
            end = full
        }
        guard end - start >= minLength else { return nil }
        if end < bytes.count {
            let next = bytes[end]
            if next == 0x2D || next == 0x5F || next == 0x3D { return nil }
        }
        let range = start..<end
        if CredentialScan.contains(bytes, from: at - 24, to: at, lowercased: "authorization") {
            return CredentialScan.looksLikeWord(bytes, range) ? nil : extended(bytes, range)
        }
        return decodesToUserPassword(bytes, body: start..<bodyEnd, padding: end - bodyEnd) ? extended(bytes, range) : nil
    }

    /// A credential that goes on past the base64 charset (`Basic dXNlcjpwYXNz:rest`,
    /// `Basic …!x`) runs to where an unquoted value ends: cut at the `:`, the rest was
    /// written raw next to the placeholder.
    static func extended(_ bytes: Bytes, _ range: Range<Int>) -> Range<Int> {
        guard range.upperBound < bytes.count else { return range }
        var end = max(range.upperBound, Scrubber.unquotedValueEnd(bytes, from: range.lowerBound))
        while end > range.upperBound, bytes[end - 1] == 0x2E { end -= 1 }  // sentence-final dots
        return range.lowerBound..<end
    }

    /// Decodes base64 on the fly; true when the input is well-formed (length and padding),
    /// every decoded byte is printable ASCII, and one of them is `:`.
    static func decodesToUserPassword(_ bytes: Bytes, body: Range<Int>, padding: Int) -> Bool {
        let n = body.count
        guard n % 4 != 1 else { return false }
        if padding > 0, (n + padding) % 4 != 0 { return false }
        var acc: UInt32 = 0
        var bits = 0
        var colon = false
        for k in body {
            acc = (acc << 6) | UInt32(sextet(bytes[k]))
            bits += 6
            if bits >= 8 {
                bits -= 8
                let out = UInt8(truncatingIfNeeded: acc >> UInt32(bits))
                guard out >= 0x20, out < 0x7F else { return false }
                if out == 0x3A { colon = true }
                acc &= (1 << UInt32(bits)) - 1
            }
        }
        return colon
    }

    @inline(__always) static func sextet(_ b: UInt8) -> UInt8 {
        if ASCII.isUpper(b) { return b - 0x41 }
        if ASCII.isLower(b) { return b - 0x61 + 26 }
        if ASCII.isDigit(b) { return b - 0x30 + 52 }
        return b == 0x2B ? 62 : 63
    }
}
