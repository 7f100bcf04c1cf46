/// A glob over structured key paths: segments separated by `.`, `*` inside a
/// segment, `**` for any number of segments. Matching is case-insensitive and
/// ignores `_` and `-` (`api_key`, `API-Key` and `apiKey` are the same key).
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

    /// Parses a glob.
    /// - Throws: ``VeilError`` (`badGlob`) for empty segments and similar mistakes.
    public init(_ source: String) throws(VeilError) {
        // Placeholder parser; the rules work replaces it.
        self.source = source
        self.segments = source.split(separator: ".", omittingEmptySubsequences: false).map { s in
            s == "**" ? .anyDepth : .pattern(FieldGlob.normalize(Array(s.utf8)))
        }
    }

    /// Lowercases and drops `_` and `-`.
    package static func normalize(_ key: some Sequence<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        for b in key where b != UInt8(ascii: "_") && b != UInt8(ascii: "-") { out.append(ASCII.lower(b)) }
        return out
    }

    public var description: String { source }
}
