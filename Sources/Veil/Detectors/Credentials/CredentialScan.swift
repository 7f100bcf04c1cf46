/// Small scanning helpers shared by the credential detectors. Everything here
/// works on `Bytes` with plain index loops: no allocation, no `String`.
package enum CredentialScan {
    /// Longest token a detector scans; a longer run is cut here (the match
    /// covers the first `maxToken` bytes).
    package static let maxToken = 16 * 1024

    /// Longest value the command-line and statement detectors scan for its end.
    package static let maxValueScan = 1024

    /// The end of a value whose scan from `start` stopped at `end`, at most `cap` bytes on:
    /// `end` when a terminator stopped it; the end of `bytes` when the cap did — a value cut
    /// there would leave its tail raw (fail closed, at constant cost).
    @inline(__always) package static func failClosedEnd(_ bytes: Bytes, start: Int, end: Int, cap: Int) -> Int {
        end - start >= cap && end < bytes.count ? bytes.count : end
    }

    /// RFC 6750 `b64token` alphabet: `A–Z a–z 0–9 - . _ ~ + / =`.
    @inline(__always) package static func isTokenByte(_ b: UInt8) -> Bool {
        ASCII.isAlnum(b) || b == 0x2D || b == 0x2E || b == 0x5F || b == 0x7E || b == 0x2B || b == 0x2F || b == 0x3D
    }

    /// Standard base64 alphabet without padding: `A–Z a–z 0–9 + /`.
    @inline(__always) package static func isBase64(_ b: UInt8) -> Bool {
        ASCII.isAlnum(b) || b == 0x2B || b == 0x2F
    }

    /// Skips the separators allowed between an auth scheme and its value: spaces, tabs,
    /// `%20` and `+` (URL-encoded forms). Returns the index after them (== `i` when none).
    @inline(__always) package static func skipSchemeSeparators(_ bytes: Bytes, from i: Int) -> Int {
        var j = i
        let limit = min(bytes.count, i + 64)
        while j < limit {
            let b = bytes[j]
            if b == 0x20 || b == 0x09 || b == 0x2B {
                j += 1
            } else if b == 0x25, j + 2 < bytes.count, bytes[j + 1] == 0x32, bytes[j + 2] == 0x30 {
                j += 3
            } else {
                break
            }
        }
        return j
    }

    /// End of the run of bytes satisfying `pred` starting at `i`, capped at `maxToken` bytes.
    @inline(__always) package static func runEnd(_ bytes: Bytes, from i: Int, _ pred: (UInt8) -> Bool) -> Int {
        let limit = min(bytes.count, i + maxToken)
        var j = i
        while j < limit, pred(bytes[j]) { j += 1 }
        return j
    }

    /// True when `range` reads like a prose word rather than a secret: only letters,
    /// `-` and `.`, with no upper-case letter after the first byte ("authentication",
    /// "Instrument", "well-known"). Random tokens almost always carry a digit, a
    /// symbol or mixed case.
    package static func looksLikeWord(_ bytes: Bytes, _ range: Range<Int>) -> Bool {
        for k in range {
            let b = bytes[k]
            if ASCII.isLower(b) || b == 0x2D || b == 0x2E { continue }
            if k == range.lowerBound, ASCII.isUpper(b) { continue }
            return false
        }
        return true
    }

    /// True when `bytes[from..<to]` contains `literal` (lower-case) compared case-insensitively.
    package static func contains(_ bytes: Bytes, from: Int, to: Int, lowercased literal: StaticString) -> Bool {
        let n = literal.utf8CodeUnitCount
        let lo = max(0, from)
        let hi = min(bytes.count, to)
        guard hi - lo >= n else { return false }
        let first = literal.utf8Start[0]
        var i = lo
        while i + n <= hi {
            if ASCII.lower(bytes[i]) == first, ASCII.hasPrefix(bytes, at: i, lowercased: literal) { return true }
            i += 1
        }
        return false
    }

    /// True when `bytes[..<end]` ends with `literal` (lower-case), compared case-insensitively.
    @inline(__always) package static func hasSuffix(_ bytes: Bytes, endingAt end: Int, lowercased literal: StaticString) -> Bool {
        ASCII.hasPrefix(bytes, at: end - literal.utf8CodeUnitCount, lowercased: literal)
    }

    /// True when `bytes[..<end]` ends with `literal` exactly.
    @inline(__always) package static func hasSuffix(_ bytes: Bytes, endingAt end: Int, exactly literal: StaticString) -> Bool {
        ASCII.hasPrefix(bytes, at: end - literal.utf8CodeUnitCount, exactly: literal)
    }
}
