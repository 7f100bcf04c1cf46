/// A byte range of a line to replace, and the rule that replaces it.
package struct TextSpan: Sendable {
    package enum Kind: UInt8, Sendable {
        /// A JWT candidate: decoded and summarised.
        case jwt
        /// A validated detector match.
        case detector
        /// A value attached to a key named by a `fields:` rule.
        case field
        /// An RE2 `pattern:` match.
        case pattern
    }

    package var start: Int
    package var end: Int
    /// Index into ``CompiledRules/active``.
    package var rule: Int
    package var kind: Kind
    /// Lower wins when spans overlap.
    package var precedence: Int
    /// Set when merged spans left no rule that may write the union: it is redacted whole.
    package var redactWhole: Bool = false

    package var range: Range<Int> { start..<end }

    package init(_ range: Range<Int>, rule: Int, kind: Kind, precedence: Int) {
        self.start = range.lowerBound
        self.end = range.upperBound
        self.rule = rule
        self.kind = kind
        self.precedence = precedence
    }

    /// True when two neighbours of sorted `spans` touch or overlap.
    @inline(__always)
    package static func touch(_ spans: [TextSpan]) -> Bool {
        guard spans.count > 1 else { return false }
        for k in 1..<spans.count where spans[k].start <= spans[k - 1].end { return true }
        return false
    }

    /// Sorts by start and merges overlapping and touching spans: the union takes the
    /// winner's rule, so no byte of either match survives (fail closed). Lines with
    /// multi-range findings (cookie headers) need this, and lines where two findings touch;
    /// other spans arrive sorted and apart.
    ///
    /// A rule that writes some of its match's bytes (`reveals`: `mask` with `keep_last`,
    /// `keep`) never takes a union larger than its own match — the kept bytes would be the
    /// other match's (a card inside a logged password would show the password's last four
    /// characters). The other rule takes it instead, or, when both reveal, the union is
    /// redacted whole.
    package static func normalize(_ spans: inout [TextSpan], reveals: (Int) -> Bool) {
        guard spans.count > 1 else { return }
        spans.sort { $0.start != $1.start ? $0.start < $1.start : $0.precedence < $1.precedence }
        var merged = 0
        for k in 1..<spans.count {
            let next = spans[k]
            if next.start <= spans[merged].end {
                // Touching spans (cookie segments, a cookie next to a token) become one too:
                // two replacements written back to back would read as one value on a second pass.
                let previous = spans[merged]
                let previousWins = previous.precedence <= next.precedence
                var winner = previousWins ? previous : next
                let loser = previousWins ? next : previous
                let union = min(previous.start, next.start)..<max(previous.end, next.end)
                if union != winner.range, winner.redactWhole || reveals(winner.rule) {
                    if !loser.redactWhole, !reveals(loser.rule) { winner = loser } else { winner.redactWhole = true }
                }
                let winnerEnd = winner.end
                winner.start = union.lowerBound
                winner.end = union.upperBound
                if winner.kind == .jwt, winner.end != winnerEnd {
                    // A grown JWT span is no longer exactly a token: treat it as a detector span.
                    winner.kind = .detector
                }
                spans[merged] = winner
            } else {
                merged += 1
                spans[merged] = next
            }
        }
        spans.removeSubrange((merged + 1)...)
    }
}
