/// What was found and done: never the raw value.
public struct Finding: Sendable, Hashable, CustomStringConvertible {
    /// The rule that applied.
    public var ruleID: String
    /// The type tag written.
    public var type: String
    /// The action taken.
    public var action: String
    /// What found it: a detector name, `pattern`, `field` or `jwt_claims`.
    public var matcher: String
    /// Byte range in the scrubbed input (text findings), if known.
    public var range: Range<Int>?

    public var description: String {
        var text = "\(ruleID) [\(matcher)] \(action) → \(type)"
        if let range { text += " at \(range.lowerBound)..<\(range.upperBound)" }
        return text
    }
}

/// Counters (and optionally the findings) of one or more scrub calls.
///
/// A report also holds scratch buffers, so a worker that keeps one report
/// scrubs without allocating per line. Use one report per thread.
public struct ScrubReport: Sendable {
    /// Findings per active rule, indexed like ``Scrubber/ruleIDs``.
    public package(set) var counts: [Int]
    /// Fail-closed placeholders written (oversized lines, too-deep JSON, …).
    public package(set) var failClosed: Int = 0
    /// Lines scrubbed.
    public package(set) var lines: Int = 0
    /// Bytes read.
    public package(set) var bytes: Int = 0
    /// When true, every finding is appended to ``findings`` (for `veil rules explain`).
    public var recordsFindings: Bool
    /// The recorded findings, when ``recordsFindings`` is set.
    public package(set) var findings: [Finding] = []

    var spans: [TextSpan] = []
    var scratch: [UInt8] = []
    var scratch2: [UInt8] = []
    var ranges: [Range<Int>] = []
    /// JSON key paths and spare path segments, kept between lines so that keys are
    /// normalised into reused buffers instead of fresh arrays.
    var jsonPath: [[UInt8]] = []
    var jsonSegmentPool: [[UInt8]] = []
    /// Buffers for decoding JWTs.
    var jose = JOSEScratch()
    /// Replacements written so far (spans, fields, claims are not counted separately).
    package var replacements = 0
    /// Values that key rules replaced on the current line, with what was written for them
    /// (see ``Scrubber/replaceEchoes(from:into:report:)``).
    var echoes = EchoedValues()

    /// Creates an empty report for `scrubber`.
    public init(for scrubber: Scrubber, recordsFindings: Bool = false) {
        counts = Array(repeating: 0, count: scrubber.compiled.active.count)
        self.recordsFindings = recordsFindings
    }

    /// A report whose ``counts`` grow on the first finding instead of being sized up front:
    /// for callers that scrub one small input and never read the counts (the swift-log
    /// handlers), so a call without findings allocates nothing here.
    package static var growing: ScrubReport { ScrubReport(counts: []) }

    private init(counts: [Int]) {
        self.counts = counts
        self.recordsFindings = false
    }

    /// Counts one finding of active rule `rule` (and one replacement).
    @inline(__always)
    package mutating func count(_ rule: Int) {
        if rule >= counts.count { counts += repeatElement(0, count: rule + 1 - counts.count) }
        counts[rule] += 1
        replacements += 1
    }

    /// Total findings.
    public var totalFindings: Int { counts.reduce(0, +) }

    /// Counts a line separator read between lines (``bytes`` counts line contents).
    @inline(__always)
    public mutating func countNewline() { bytes += 1 }

    /// Counts a line that was replaced whole because it exceeded the line limit.
    public mutating func countOversizedLine() {
        lines += 1
        failClosed += 1
    }

    /// Adds another report's counters (e.g. from a worker thread).
    public mutating func merge(_ other: ScrubReport) {
        for i in counts.indices where i < other.counts.count { counts[i] += other.counts[i] }
        failClosed += other.failClosed
        lines += other.lines
        bytes += other.bytes
        if recordsFindings { findings += other.findings }
    }
}
