/// The redaction engine: one compiled rule set and key ring, many inputs.
///
/// A `Scrubber` is immutable and `Sendable`: share one between threads and give
/// each thread its own ``ScrubReport`` (which also carries the scratch buffers).
///
/// ```swift
/// let scrubber = try Scrubber(rules: .default, keys: KeyRing([key]))
/// let result = scrubber.scrub("login jane@example.com from 203.0.113.7")
/// print(result.output)   // login email~k1~… from ip~k1~…
/// ```
public final class Scrubber: Sendable {
    package let compiled: CompiledRules
    /// The rule set this scrubber was built from.
    public let rules: RuleSet
    /// The pseudonym keys.
    public let pseudonymizer: Pseudonymizer
    /// The enforced limits.
    public let limits: ScrubLimits
    /// JWT replacements already written, by token digest (see ``JWTSummaryCache``).
    let summaryCache = JWTSummaryCache()
    /// ``claimDecision(_:)`` for every top-level claim name a `jwt_claims` rule names,
    /// computed once (most claims are top-level; the walk asks for each).
    let topLevelClaimDecisions: [String: ClaimDecision]

    /// Compiles `rules`.
    /// - Throws: ``VeilError`` `missingKey` when a rule pseudonymises and `keys` is empty.
    public init(rules: RuleSet, keys: KeyRing = KeyRing(), limits: ScrubLimits = .default) throws(VeilError) {
        let compiled = CompiledRules(rules)
        if compiled.needsKey && keys.isEmpty {
            let users = rules.rules.filter { $0.action.needsKey }.prefix(3).map(\.id)
            let which = users.isEmpty ? "the JWT rule" : "rule(s) \(users.joined(separator: ", "))"
            throw VeilError(
                .missingKey,
                "\(which) pseudonymize values, but no HMAC key is loaded",
                hint: "pass --key-file PATH (≥ 32 random bytes, e.g. head -c 32 /dev/urandom > veil.key), --key-credential NAME under systemd, or --ephemeral-key for a demo"
            )
        }
        self.compiled = compiled
        self.rules = rules
        self.pseudonymizer = Pseudonymizer(keys: keys)
        self.limits = limits
        self.topLevelClaimDecisions = Dictionary(uniqueKeysWithValues: compiled.claimRulesByFirst.keys.map {
            ($0, Self.claimDecision([$0], compiled: compiled, hasKeys: !keys.isEmpty))
        })
    }

    /// Rule ids, indexed like ``ScrubReport/counts``.
    public var ruleIDs: [String] { compiled.active.map(\.id) }
    /// Rule types, indexed like ``ScrubReport/counts``.
    public var ruleTypes: [String] { compiled.active.map(\.type) }

    /// Scrubs one line (without its newline) and appends the result to `out`.
    ///
    /// Bytes that are not part of a finding are copied unchanged (invalid UTF-8 too). A line
    /// that a pass changed is scrubbed again until a pass changes nothing (see
    /// ``Settling``), so the output is a fixed point of the engine.
    public func scrub(line: UnsafeBufferPointer<UInt8>, format: InputFormat, into out: inout [UInt8], report: inout ScrubReport) {
        report.lines += 1
        report.bytes += line.count
        guard line.count <= limits.maximumLineLength else {
            writeFailClosed("oversized_line", into: &out, report: &report)
            return
        }
        let start = out.count
        report.echoes.removeAll()
        scrubPass(line, format: format, into: &out, report: &report)
        if Settling.changed(line, out, from: start) {
            settle(from: start, format: format, into: &out, report: &report)
            // Copies of a key's value elsewhere on the line take its replacement; the line is
            // settled again after them (a copy's context may read differently now).
            if replaceEchoes(from: start, into: &out, report: &report) {
                settle(from: start, format: format, into: &out, report: &report)
                report.echoes.removeAll()
            }
        }
    }

    /// One pass of the engine over a line in `format`.
    func scrubPass(_ line: Bytes, format: InputFormat, into out: inout [UInt8], report: inout ScrubReport) {
        switch format {
        case .text:
            if !scrubTextWithJSONTail(line, into: &out, report: &report) { scrubText(line, into: &out, report: &report) }
        case .json:
            if !scrubJSONLine(line, into: &out, report: &report), !scrubTextWithJSONTail(line, into: &out, report: &report) { scrubText(line, into: &out, report: &report) }
        case .logfmt:
            scrubLogfmt(line, into: &out, report: &report)
        case .auto:
            switch Self.sniff(line) {
            case .json:
                if !scrubJSONLine(line, into: &out, report: &report), !scrubTextWithJSONTail(line, into: &out, report: &report) { scrubText(line, into: &out, report: &report) }
            case .logfmt:
                scrubLogfmt(line, into: &out, report: &report)
            default:
                if !scrubTextWithJSONTail(line, into: &out, report: &report) { scrubText(line, into: &out, report: &report) }
            }
        }
    }

    /// False only when scrubbing `line` as `format` (`.auto` or `.text`) would copy it
    /// unchanged — nothing found, no limit hit. A pre-check for callers that forward unchanged
    /// input as it was (the swift-log handlers): it allocates nothing when it finds nothing.
    /// JSON and logfmt lines (by `.auto`'s sniffing, or by `format`) always answer true.
    package func mayChange(line: Bytes, format: InputFormat) -> Bool {
        guard line.count <= limits.maximumLineLength else { return true }
        switch format {
        case .text: break
        case .auto: if Self.sniff(line) != .text { return true }
        default: return true
        }
        if hasJSONTailCandidate(line) { return true }
        // Nothing the detectors find fits in six bytes without `@`, `%`, `:`, `=`, `~` or `>` (the
        // shortest findings are `1.1.1.1`, `Basic x`, a home's `~ab/` and an XML element's
        // `<CF>7'`); a custom pattern can, so it is asked.
        if line.count <= 6, compiled.patterns.isEmpty,
           !line.contains(where: { $0 == UInt8(ascii: "@") || $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "=") || $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: ">") }) {
            return false
        }
        var spans: [TextSpan] = []
        var ranges: [Range<Int>] = []
        collectSpans(line, into: &spans, ranges: &ranges)
        if spans.isEmpty, !compiled.patterns.isEmpty { collectPatternSpans(line, into: &spans) }
        return !spans.isEmpty
    }

    /// The result of scrubbing a string.
    public struct Result: Sendable {
        /// The scrubbed text.
        public var output: String
        /// What was found (rule, type, action, span) — never raw values.
        public var findings: [Finding]
        /// Counters.
        public var report: ScrubReport
    }

    /// Scrubs a string (one or more lines; each line on its own). Convenience API: allocates.
    public func scrub(_ text: String, format: InputFormat = .auto) -> Result {
        var report = ScrubReport(for: self, recordsFindings: true)
        var out: [UInt8] = []
        var bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { all in
            var start = 0
            while start <= all.count {
                var end = start
                while end < all.count, all[end] != 0x0A { end += 1 }
                scrub(line: UnsafeBufferPointer(rebasing: all[start..<end]), format: format, into: &out, report: &report)
                if end < all.count { out.append(0x0A) }
                start = end + 1
            }
        }
        bytes.removeAll()
        return Result(output: String(decoding: out, as: UTF8.self), findings: report.findings, report: report)
    }

    /// What a line looks like, for `--format auto`.
    package static func sniff(_ line: Bytes) -> InputFormat {
        var i = 0
        while i < line.count, line[i] == 0x20 || line[i] == 0x09 { i += 1 }
        guard i < line.count else { return .text }
        if line[i] == UInt8(ascii: "{") { return .json }
        // logfmt: starts with `key=` and has at least two `key=` pairs.
        guard ASCII.isLetter(line[i]) || line[i] == UInt8(ascii: "_") else { return .text }
        var pairs = 0
        var atTokenStart = true
        var inQuote = false
        var j = i
        while j < line.count {
            let b = line[j]
            if inQuote {
                if b == UInt8(ascii: "\\") { j += 2; continue }
                if b == UInt8(ascii: "\"") { inQuote = false }
            } else if b == UInt8(ascii: "\"") {
                inQuote = true
            } else if b == 0x20 {
                atTokenStart = true
            } else if atTokenStart {
                // scan the key
                var k = j
                while k < line.count, ASCII.isAlnum(line[k]) || line[k] == UInt8(ascii: "_") || line[k] == UInt8(ascii: ".") || line[k] == UInt8(ascii: "-") { k += 1 }
                if k < line.count, k > j, line[k] == UInt8(ascii: "=") {
                    pairs += 1
                    if pairs >= 2 { return .logfmt }
                } else if pairs == 0 {
                    return .text
                }
                atTokenStart = false
                j = k
                continue
            }
            j += 1
        }
        return .text
    }

    func writeFailClosed(_ reason: StaticString, into out: inout [UInt8], report: inout ScrubReport) {
        out += Self.redactedPrefix
        out.append(contentsOf: UnsafeBufferPointer(start: reason.utf8Start, count: reason.utf8CodeUnitCount))
        out.append(UInt8(ascii: "]"))
        report.failClosed += 1
    }

    static let redactedPrefix: [UInt8] = Array("[REDACTED:".utf8)
}
