/// The bounds the engine enforces on every input, and what happens past them.
///
/// Each limit fails closed: the value it protects is replaced by a typed
/// placeholder, never written raw, and the rest of the stream goes on.
public struct ScrubLimits: Sendable, Hashable {
    /// Longest line (bytes) scrubbed as such. A longer line is replaced by
    /// `[REDACTED:oversized_line]` (1 MiB: far above real log lines, small enough
    /// that one line cannot exhaust memory).
    public var maximumLineLength: Int
    /// Deepest JSON nesting. A deeper JSON line becomes `[REDACTED:json_too_deep]`
    /// (bounds the parser's stack against hostile input).
    public var maximumJSONDepth: Int
    /// Longest JWT (bytes) that is decoded. A longer one becomes `[REDACTED:jwt]`.
    public var maximumTokenLength: Int
    /// Most findings in one line. Past it the whole line becomes
    /// `[REDACTED:too_many_findings]` (bounds per-line work and memory).
    public var maximumFindingsPerLine: Int

    public init(maximumLineLength: Int = 1 << 20, maximumJSONDepth: Int = 64, maximumTokenLength: Int = 64 << 10, maximumFindingsPerLine: Int = 10_000) {
        self.maximumLineLength = maximumLineLength
        self.maximumJSONDepth = maximumJSONDepth
        self.maximumTokenLength = maximumTokenLength
        self.maximumFindingsPerLine = maximumFindingsPerLine
    }

    /// The documented defaults.
    public static let `default` = ScrubLimits()
}
