/// A glob over structured key paths: segments separated by `.`, `*` inside a
/// segment, `**` for any number of segments. Matching is case-insensitive and
/// ignores `_` and `-` (`api_key`, `API-Key` and `apiKey` are the same key).
///
/// Examples: `password` (a top-level key), `**.password` (a `password` key at any
/// depth, including the top level), `headers.authorization`, `user.*name`,
/// `request.**.token`.
public struct FieldGlob: Sendable, Hashable, CustomStringConvertible {
    /// One path segment of a glob.
    package enum Segment: Sendable, Hashable {
        /// `**`: zero or more segments.
        case anyDepth
        /// A segment pattern, normalised (lowercase, no `_`/`-`), where `*` (0x2A) matches any run.
        case pattern([UInt8])
    }

    /// The glob as written.
    public let source: String
    package let segments: [Segment]

    private static let star = UInt8(ascii: "*")

    /// Parses a glob.
    /// - Throws: ``VeilError`` (`badGlob`) for an empty glob, an empty segment
    ///   (`a..b`, `.a`, `a.`), `***`, and `**` that is not a whole segment (`a**`).
    public init(_ source: String) throws(VeilError) {
        guard !source.isEmpty else {
            throw VeilError(.badGlob, "empty field glob", hint: "write a key path such as 'password', 'headers.authorization' or '**.token'")
        }
        var segments: [Segment] = []
        for part in source.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false) {
            let bytes = Array(part)
            if bytes.isEmpty {
                throw VeilError(.badGlob, "empty segment in field glob '\(source)'", hint: "segments are separated by a single '.', with no '.' at the start or end")
            }
            if bytes == [Self.star, Self.star] {
                // `**.**` means the same as `**`.
                if segments.last != .anyDepth { segments.append(.anyDepth) }
                continue
            }
            var run = 0
            for b in bytes {
                run = b == Self.star ? run + 1 : 0
                if run >= 3 {
                    throw VeilError(.badGlob, "'***' in field glob '\(source)'", hint: "use '*' inside a segment or '**' as a whole segment for any depth")
                }
            }
            if bytes.count > 2, Self.containsDoubleStar(bytes) {
                throw VeilError(.badGlob, "'**' must be a whole segment in field glob '\(source)'", hint: "use '*' inside a segment (e.g. 'user.*name') or '**' between dots (e.g. '**.token')")
            }
            segments.append(.pattern(Self.normalize(bytes)))
        }
        self.source = source
        self.segments = segments
    }

    private static func containsDoubleStar(_ bytes: [UInt8]) -> Bool {
        var previous: UInt8 = 0
        for b in bytes {
            if b == star && previous == star { return true }
            previous = b
        }
        return false
    }

    /// Lowercases (ASCII, and the capitals ``LetterCase`` covers) and drops `_`, `-` and spaces
    /// (`"First Name"` is `first_name`, `Дата рождения` is `дата_рождения`).
    package static func normalize(_ key: some Sequence<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(key.underestimatedCount)
        normalize(key, into: &out)
        return out
    }

    /// Appends the normalised `key` to `out` (for reused buffers).
    package static func normalize(_ key: some Sequence<UInt8>, into out: inout [UInt8]) {
        let start = out.count
        var capital = false
        for b in key where b != UInt8(ascii: "_") && b != UInt8(ascii: "-") && b != 0x20 {
            out.append(ASCII.lower(b))
            capital = capital || (b >= 0xC3 && b <= 0xD3)
        }
        // Capitals of other scripts (`Пароль`, `ΑΦΜ`, `Név`), folded as text keys are.
        guard capital else { return }
        out[start...].withUnsafeMutableBufferPointer { LetterCase.fold($0, count: $0.count) }
    }

    /// The normalised last segment when it is a literal (no `*`, not `**`): the key
    /// to look for first when scanning free text.
    package var lastSegmentLiteral: [UInt8]? {
        guard case .pattern(let p)? = segments.last, !p.contains(Self.star) else { return nil }
        return p
    }

    /// True when the glob matches `path`, a key path whose segments are already
    /// normalised with ``normalize(_:)``. Does not allocate.
    package func matches(_ path: [[UInt8]]) -> Bool {
        // Wildcard matching over segments: `**` is the star, a segment pattern
        // matches one segment. Greedy with backtracking to the last `**` is exact
        // because each non-star element matches exactly one path element.
        var g = 0, p = 0
        var starG = -1, starP = 0
        let n = segments.count
        while p < path.count {
            if g < n {
                switch segments[g] {
                case .anyDepth:
                    starG = g
                    starP = p
                    g += 1
                    continue
                case .pattern(let pattern):
                    if path[p].withUnsafeBufferPointer({ Self.segmentMatches(pattern, $0) }) {
                        g += 1
                        p += 1
                        continue
                    }
                }
            }
            guard starG >= 0 else { return false }
            g = starG + 1
            starP += 1
            p = starP
        }
        while g < n, segments[g] == .anyDepth { g += 1 }
        return g == n
    }

    /// True when `path` (raw keys, normalised here) matches. For tests and cold paths.
    package func matches(keys path: [String]) -> Bool {
        matches(path.map { Self.normalize($0.utf8) })
    }

    /// True when one normalised key matches one normalised segment pattern, where
    /// `*` matches any run of bytes (including none). Does not allocate.
    package static func segmentMatches<Key: Collection<UInt8>>(_ pattern: [UInt8], _ key: Key) -> Bool {
        var pi = 0
        var ki = key.startIndex
        var starPi = -1
        var starKi = key.startIndex
        while ki != key.endIndex {
            if pi < pattern.count {
                let c = pattern[pi]
                if c == star {
                    starPi = pi
                    starKi = ki
                    pi += 1
                    continue
                }
                if c == key[ki] {
                    pi += 1
                    key.formIndex(after: &ki)
                    continue
                }
            }
            guard starPi >= 0 else { return false }
            pi = starPi + 1
            key.formIndex(after: &starKi)
            ki = starKi
        }
        while pi < pattern.count, pattern[pi] == star { pi += 1 }
        return pi == pattern.count
    }

    public var description: String { source }
}
