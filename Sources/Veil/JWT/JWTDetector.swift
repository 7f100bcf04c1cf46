/// The shape of a JWT candidate, from its segment count.
package enum JWTShape: Sendable, Equatable {
    /// JWS compact: `header.payload.signature` (the signature may be empty: `alg: none`).
    case jws
    /// JWE compact: `header.encryptedKey.iv.ciphertext.tag` (the key is empty for `dir`).
    case jwe
    /// An `eyJ…` run with 4 (last one non-empty) or 6+ segments. Reported so the
    /// engine fails closed (the decoder calls it malformed → opaque credential).
    case unrecognized
}

/// A JWT span found by ``JWTDetector``. Offsets index the scanned buffer.
///
/// Segment ranges are stored in fixed fields (no allocation); ``segments``
/// builds an array on demand.
package struct JWTCandidate: Sendable, Equatable {
    /// The whole token (a trailing sentence dot is not included).
    package var range: Range<Int>
    /// JWS, JWE or unrecognized.
    package var shape: JWTShape
    /// Number of `.`-separated segments in ``range`` (may exceed 5 when unrecognized).
    package var segmentCount: Int
    /// True when ``range`` is longer than ``JWTDetector/maximumTokenLength``. The
    /// span is still reported so the engine replaces it (fails closed), but it
    /// is not decoded and segment ranges are not recorded.
    package var isOversized: Bool
    var s0: Range<Int> = 0..<0
    var s1: Range<Int> = 0..<0
    var s2: Range<Int> = 0..<0
    var s3: Range<Int> = 0..<0
    var s4: Range<Int> = 0..<0

    /// Segment `k` (0-based, `k < min(segmentCount, 5)`), in buffer offsets.
    package func segment(_ k: Int) -> Range<Int> {
        switch k {
        case 0: s0
        case 1: s1
        case 2: s2
        case 3: s3
        default: s4
        }
    }

    /// The segment ranges (3 for JWS, 5 for JWE); nil when oversized or unrecognized.
    package var segments: [Range<Int>]? {
        if isOversized { return nil }
        switch shape {
        case .jws: return [s0, s1, s2]
        case .jwe: return [s0, s1, s2, s3, s4]
        case .unrecognized: return nil
        }
    }
}

/// Finds JWS/JWE compact serializations.
///
/// The central scanner calls ``match(_:at:floor:)`` where it sees `eyJ` (the
/// base64url of `{"`, the start of every JOSE header). The detector walks the
/// run of base64url characters and dots that follows and classifies it:
///
/// | segments | result |
/// |---|---|
/// | 1–2 | not a JWT (nil) |
/// | 3 | JWS if header and payload are non-empty (an empty signature is an unsecured `alg: none` JWS) |
/// | 4, last empty | a JWS followed by a sentence dot: the JWS, without the dot |
/// | 5 | JWE (any segment but the header may be empty, e.g. the `dir` key) |
/// | 6, last empty | a JWE followed by a dot |
/// | 4 (last non-empty), 6+ | `.unrecognized`: reported over the whole run so the engine fails closed |
///
/// A segment may end with up to two `=` when a `.` follows (padded base64, which
/// JOSE forbids): the segments stay joined so the whole token is replaced, and
/// the decoder reports it malformed.
///
/// The token ends at the first byte that is neither base64url nor `.`: this
/// covers `Bearer eyJ…`, `?access_token=eyJ…&…`, `#id_token=eyJ…`,
/// `session=eyJ…;`, `"token":"eyJ…"`, `(eyJ…)`, `eyJ…,` and end of input.
///
/// No allocation. Runs longer than ``maximumTokenLength`` are still reported,
/// flagged ``JWTCandidate/isOversized``.
package enum JWTDetector {
    /// Longest token decoded (64 KiB). Longer candidates are reported as oversized.
    package static let maximumTokenLength = 64 * 1024

    /// True when the bytes just before `at` are a complete escape that ends in a
    /// base64url byte: `%XX` (URL-encoded `=`, `&`, `/`: `id_token%3DeyJ…`),
    /// `\uXXXX` or a one-letter JSON escape such as `\n` (`"a\neyJ…"`). The
    /// token then starts at `at` although the previous byte is alphanumeric.
    @inline(__always)
    static func endsEscape(_ bytes: Bytes, before at: Int, floor: Int) -> Bool {
        if at - 3 >= floor, bytes[at - 3] == UInt8(ascii: "%"),
           ASCII.isHexDigit(bytes[at - 2]), ASCII.isHexDigit(bytes[at - 1]) { return true }
        if at - 2 >= floor, bytes[at - 2] == UInt8(ascii: "\\"), ASCII.isLower(bytes[at - 1]) { return true }
        if at - 6 >= floor, bytes[at - 6] == UInt8(ascii: "\\"), bytes[at - 5] == UInt8(ascii: "u"),
           ASCII.isHexDigit(bytes[at - 4]), ASCII.isHexDigit(bytes[at - 3]),
           ASCII.isHexDigit(bytes[at - 2]), ASCII.isHexDigit(bytes[at - 1]) { return true }
        return false
    }

    /// Matches a token starting exactly at `at` (the `e` of `eyJ`).
    ///
    /// - Parameters:
    ///   - floor: the first byte the detector may look at (start of the value being
    ///     scanned). `at` must be ≥ `floor`; when `at > floor` the byte before
    ///     `at` must not be base64url (the token must not start mid-word), unless
    ///     it ends a `%XX`, `\uXXXX` or `\n`-style escape (see ``endsEscape(_:before:floor:)``).
    package static func match(_ bytes: Bytes, at: Int, floor: Int) -> JWTCandidate? {
        let end = bytes.count
        guard at >= floor, at >= 0, at + 3 <= end,
              bytes[at] == UInt8(ascii: "e"), bytes[at + 1] == UInt8(ascii: "y"), bytes[at + 2] == UInt8(ascii: "J")
        else { return nil }
        if at > floor && ASCII.isBase64URL(bytes[at - 1]) && !endsEscape(bytes, before: at, floor: floor) { return nil }

        var c = JWTCandidate(range: at..<at, shape: .unrecognized, segmentCount: 0, isOversized: false)
        var count = 0
        var i = at
        var lastEmpty = false
        while true {
            let start = i
            while i < end, ASCII.isBase64URL(bytes[i]) { i += 1 }
            var segEnd = i
            // Padding: up to two '=' only when a '.' follows, so padded tokens stay whole.
            var j = i
            while j < end, j - i < 2, bytes[j] == UInt8(ascii: "=") { j += 1 }
            if j > i, i > start, j < end, bytes[j] == UInt8(ascii: ".") {
                i = j
                segEnd = j
            }
            let seg = start..<segEnd
            switch count {
            case 0: c.s0 = seg
            case 1: c.s1 = seg
            case 2: c.s2 = seg
            case 3: c.s3 = seg
            case 4: c.s4 = seg
            default: break
            }
            count += 1
            lastEmpty = seg.isEmpty
            if i < end, bytes[i] == UInt8(ascii: ".") {
                i += 1
                continue
            }
            break
        }
        var tokenEnd = i
        // A trailing empty segment after 3 or 5 real ones is a sentence dot.
        if (count == 4 || count == 6) && lastEmpty {
            count -= 1
            tokenEnd -= 1
            if count == 3 { c.s3 = 0..<0 }
        }
        switch count {
        case 0, 1, 2:
            return nil
        case 3:
            if c.s1.isEmpty { return nil }
            c.shape = .jws
        case 5:
            c.shape = .jwe
        default:
            c.shape = .unrecognized
        }
        c.segmentCount = count
        // Base64 padding after the last segment (`….VE_=`, not base64url, so no real token's)
        // is part of the token: left behind, a second pass read the fingerprint and the `=` as
        // one new token (fuzz-export soak, stop 21). So is a longer run of `=` (`…_access====`,
        // fuzz-export soak, stop 23): a run of any length that ends the token.
        if !lastEmpty, tokenEnd < end, bytes[tokenEnd] == UInt8(ascii: "=") {
            var j = tokenEnd
            while j < end, bytes[j] == UInt8(ascii: "=") { j += 1 }
            if j == end || !(ASCII.isBase64URL(bytes[j]) || bytes[j] == UInt8(ascii: "=")) { tokenEnd = j }
        }
        c.range = at..<tokenEnd
        if tokenEnd - at > maximumTokenLength {
            c.isOversized = true
            c.s0 = 0..<0; c.s1 = 0..<0; c.s2 = 0..<0; c.s3 = 0..<0; c.s4 = 0..<0
        }
        return c
    }
}
