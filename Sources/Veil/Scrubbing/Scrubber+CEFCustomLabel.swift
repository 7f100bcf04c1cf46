/// ArcSight CEF's custom fields: `cs1Label=session cs1=s%3AQ2xE…` — the field's name is the
/// value of its `…Label` key, written before or after it in the same extension. The value
/// is read under the rule that label names.
extension Scrubber {
    /// How far either way, within the line, a custom field's label is looked for.
    static let cefLabelSearchWindow = 8 << 10

    /// The rule that the label of the CEF custom field `b[key]` names (`cs1`…`cs6`, `cn1`…,
    /// `flexString1`, `deviceCustomString1`, …); nil when the key is no custom field, it has
    /// no label in the line, or the label names no rule.
    func cefCustomLabelRule(_ b: Bytes, key: Range<Int>) -> Int? {
        guard key.count >= 3, key.count <= 24, Self.isCEFCustomFieldKey(b, key) else { return nil }
        let n = b.count
        // The line around the key.
        var lineStart = key.lowerBound
        while lineStart > 0, key.lowerBound - lineStart < Self.cefLabelSearchWindow, b[lineStart - 1] != 0x0A { lineStart -= 1 }
        var lineEnd = key.upperBound
        while lineEnd < n, lineEnd - key.upperBound < Self.cefLabelSearchWindow, b[lineEnd] != 0x0A { lineEnd += 1 }
        let suffix: [UInt8] = Array("Label=".utf8)
        let needleLength = key.count + suffix.count
        var k = lineStart
        while k + needleLength <= lineEnd {
            defer { k += 1 }
            // `<key>Label=` at the start of a pair (after a space, a `|` or the line's start).
            guard k == lineStart || b[k - 1] == 0x20 || b[k - 1] == UInt8(ascii: "|") else { continue }
            var same = true
            for j in 0..<key.count where b[k + j] != b[key.lowerBound + j] { same = false; break }
            guard same else { continue }
            for j in 0..<suffix.count where b[k + key.count + j] != suffix[j] { same = false; break }
            guard same else { continue }
            // The label's text: to the next ` name=` or the line's end.
            let start = k + needleLength
            var end = start
            while end < lineEnd, end - start <= Self.maximumKeyLength {
                if b[end] == 0x20, Self.startsExtensionKey(b, end + 1, lineEnd) { break }
                end += 1
            }
            while end > start, b[end - 1] == 0x20 { end -= 1 }
            guard end > start, end - start <= Self.maximumKeyLength else { return nil }
            // `API Key`, `Customer Email`: the words as one key (`API_Key`).
            let words = b[start..<end].map { $0 == 0x20 ? UInt8(ascii: "_") : $0 }
            return words.withUnsafeBufferPointer { compiled.fieldRule(forTextKey: $0, 0..<$0.count) }
        }
        return nil
    }

    /// `cs3`, `cn1`, `cfp2`, `c6a1`, `flexString1`, `flexNumber2`, `flexDate1`,
    /// `deviceCustomString4`, `deviceCustomNumber1`, `deviceCustomDate2`, … — a name and a digit.
    static func isCEFCustomFieldKey(_ b: Bytes, _ key: Range<Int>) -> Bool {
        let last = b[key.upperBound - 1]
        guard last >= UInt8(ascii: "1"), last <= UInt8(ascii: "9") else { return false }
        let nameEnd = key.upperBound - 1
        for name: StaticString in ["cs", "cn", "cfp", "c6a", "flexString", "flexNumber", "flexDate",
                                   "deviceCustomString", "deviceCustomNumber", "deviceCustomDate",
                                   "deviceCustomFloatingPoint", "deviceCustomIPv6Address"] {
            if nameEnd - key.lowerBound == name.utf8CodeUnitCount, ASCII.hasPrefix(b, at: key.lowerBound, exactly: name) { return true }
        }
        return false
    }

    /// A CEF extension key (`[A-Za-z0-9_.]+`) and its `=` at `i`.
    private static func startsExtensionKey(_ b: Bytes, _ i: Int, _ end: Int) -> Bool {
        var k = i
        while k < end, k - i < 64 {
            let x = b[k]
            if x == UInt8(ascii: "=") { return k > i }
            guard ASCII.isAlnum(x) || x == UInt8(ascii: "_") || x == UInt8(ascii: ".") else { return false }
            k += 1
        }
        return false
    }
}
