/// logfmt lines (`key=value key2="quoted value"`).
///
/// Pairs whose key a `fields:` rule names are handled by key context exactly as in
/// free text (same last-segment matching), so a line scrubs the same whether it is
/// read as text or logfmt. The structural pass adds one thing: the `defaults.fields`
/// policy (`redact` or `drop`) for pairs no rule names. The output stays logfmt:
/// replacements contain no spaces, quotes or `=`.
extension Scrubber {
    func scrubLogfmt(_ b: Bytes, into out: inout [UInt8], report: inout ScrubReport) {
        guard compiled.defaults.fields != .scan else {
            scrubText(b, into: &out, report: &report)
            return
        }
        var i = 0
        let n = b.count
        var segmentStart = 0
        let lineStart = out.count
        /// Text between pairs; a separator left at the line start by dropped pairs is skipped.
        func flush(_ range: Range<Int>, report: inout ScrubReport) {
            var lo = range.lowerBound
            if out.count == lineStart, lo > 0 { while lo < range.upperBound, b[lo] == 0x20 { lo += 1 } }
            if lo < range.upperBound {
                scrubText(UnsafeBufferPointer(rebasing: b[lo..<range.upperBound]), offset: lo, into: &out, report: &report)
            }
        }
        while i < n {
            // token start
            while i < n, b[i] == 0x20 { i += 1 }
            let tokenStart = i
            var k = i
            while k < n, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "_") || b[k] == UInt8(ascii: ".") || b[k] == UInt8(ascii: "-") { k += 1 }
            var end = k
            let isPair = k > tokenStart && k < n && b[k] == UInt8(ascii: "=")
            if isPair {
                end = k + 1
                if end < n, b[end] == UInt8(ascii: "\"") {
                    end += 1
                    while end < n, b[end] != UInt8(ascii: "\"") { end += b[end] == UInt8(ascii: "\\") ? 2 : 1 }
                    end = min(end + 1, n)
                } else {
                    while end < n, b[end] != 0x20 { end += 1 }
                }
            } else {
                while end < n, b[end] != 0x20 { end += 1 }
            }
            if isPair, compiled.fieldRule(forTextKey: b, Self.lastSegment(b, tokenStart..<k)) == nil {
                // Unnamed pair under a redact/drop default: flush the text before it, then apply the default.
                if tokenStart > segmentStart { flush(segmentStart..<tokenStart, report: &report) }
                if compiled.defaults.fields == .redact {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: b[tokenStart...k]))
                    writeRedacted("field", into: &out)
                    report.replacements += 1
                } else if out.last == 0x20 {
                    out.removeLast()
                }
                segmentStart = end
            }
            i = max(end, i + 1)
        }
        if segmentStart < n { flush(segmentStart..<n, report: &report) }
    }

    static func lastSegment(_ b: Bytes, _ key: Range<Int>) -> Range<Int> {
        var s = key.upperBound
        while s > key.lowerBound, b[s - 1] != UInt8(ascii: ".") { s -= 1 }
        return s..<key.upperBound
    }
}
