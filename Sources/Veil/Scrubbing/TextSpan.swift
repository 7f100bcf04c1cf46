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

    package var range: Range<Int> { start..<end }

    package init(_ range: Range<Int>, rule: Int, kind: Kind, precedence: Int) {
        self.start = range.lowerBound
        self.end = range.upperBound
        self.rule = rule
        self.kind = kind
        self.precedence = precedence
    }

    /// Sorts by start and merges overlapping and touching spans: the union takes the
    /// winner's rule, so no byte of either match survives (fail closed). Only lines with
    /// multi-range findings (cookie headers) need this; other spans arrive sorted and apart.
    package static func normalize(_ spans: inout [TextSpan]) {
        guard spans.count > 1 else { return }
        spans.sort { $0.start != $1.start ? $0.start < $1.start : $0.precedence < $1.precedence }
        var merged = 0
        for k in 1..<spans.count {
            let next = spans[k]
            if next.start <= spans[merged].end {
                // Touching spans (cookie segments, a cookie next to a token) become one too:
                // two replacements written back to back would read as one value on a second pass.
                var winner = spans[merged].precedence <= next.precedence ? spans[merged] : next
                winner.start = min(spans[merged].start, next.start)
                winner.end = max(spans[merged].end, next.end)
                if winner.kind == .jwt, winner.end != (spans[merged].kind == .jwt ? spans[merged] : next).end {
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
