/// Opaque bearer tokens after the `Bearer` auth scheme (and GitHub's `token` scheme).
///
/// **Trigger**: called at a word start (an alphanumeric byte whose predecessor, if any,
/// is not alphanumeric). Rejects on the first byte unless it is `b`/`B` or `t`/`T`.
///
/// **Accepts**
/// - `Bearer` (any case), then one or more separators (space, tab, `%20`, `+`), then a
///   token of `[A-Za-z0-9._~+/=-]`, at least 8 bytes. Trailing `.` (sentence end) is
///   not part of the token.
/// - `token <value>` (same separators and charset), only when `token` directly follows
///   an `Authorization` key within 24 bytes: `Authorization: token …`,
///   `authorization=token …`, `"Authorization":"token …"`, `'Authorization': 'token …'`.
///
/// **Rejects**: no separator (`Bearers`), tokens shorter than 8 bytes, prose words
/// (`Bearer authentication`, `bearer Instrument`: letters only, no inner capital),
/// and JWTs (token starting `eyJ` with two or more dots: the JWT detector owns those).
///
/// **Returns** the token range (never the keyword). A token longer than 16 KiB is cut
/// at 16 KiB.
package enum BearerTokenDetector {
    package static let minLength = 8

    package static func match(_ bytes: Bytes, at: Int, floor: Int) -> Range<Int>? {
        guard at >= 0, at < bytes.count else { return nil }
        let b0 = bytes[at] | 0x20
        let valueStart: Int
        if b0 == 0x62 { // b
            guard ASCII.hasPrefix(bytes, at: at, lowercased: "bearer") else { return nil }
            valueStart = at + 6
        } else if b0 == 0x74 { // t
            guard ASCII.hasPrefix(bytes, at: at, lowercased: "token"), followsAuthorizationKey(bytes, at: at) else {
                return nil
            }
            valueStart = at + 5
        } else {
            return nil
        }
        let start = CredentialScan.skipSchemeSeparators(bytes, from: valueStart)
        guard start > valueStart, start >= floor else { return nil }
        var end = CredentialScan.runEnd(bytes, from: start, CredentialScan.isTokenByte)
        while end > start, bytes[end - 1] == 0x2E { end -= 1 } // sentence-final dots
        guard end - start >= minLength else { return nil }
        let range = start..<end
        if isJWT(bytes, range) || CredentialScan.looksLikeWord(bytes, range) { return nil }
        return range
    }

    /// `eyJ` prefix and at least two dots.
    @inline(__always) static func isJWT(_ bytes: Bytes, _ range: Range<Int>) -> Bool {
        guard ASCII.hasPrefix(bytes, at: range.lowerBound, exactly: "eyJ") else { return false }
        var dots = 0
        for k in range where bytes[k] == 0x2E {
            dots += 1
            if dots == 2 { return true }
        }
        return false
    }

    /// True when the bytes before `at` (≤ 24) read `authorization` + `:`/`=` with optional
    /// quotes and spaces around the separator, and `authorization` starts a word.
    static func followsAuthorizationKey(_ bytes: Bytes, at: Int) -> Bool {
        let lowest = max(0, at - 24)
        var j = at - 1
        @inline(__always) func skipSpaces() { while j >= lowest, bytes[j] == 0x20 || bytes[j] == 0x09 { j -= 1 } }
        @inline(__always) func skipQuote() { if j >= lowest, bytes[j] == 0x22 || bytes[j] == 0x27 { j -= 1 } }
        skipSpaces(); skipQuote(); skipSpaces()
        guard j >= lowest, bytes[j] == 0x3A || bytes[j] == 0x3D else { return false }
        j -= 1
        skipSpaces(); skipQuote()
        let keyStart = j + 1 - 13
        guard keyStart >= lowest, ASCII.hasPrefix(bytes, at: keyStart, lowercased: "authorization") else { return false }
        return keyStart == 0 || !ASCII.isAlnum(bytes[keyStart - 1])
    }
}
