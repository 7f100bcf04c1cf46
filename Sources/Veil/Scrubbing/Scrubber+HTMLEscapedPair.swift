/// Key context inside HTML-escaped text: JSON and XML that a web page, a template or an XML
/// document escaped before it reached the log (`{&quot;password&quot;:&quot;…&quot;}`,
/// `{&#39;password&#39;: &#39;…&#39;}`, `&lt;password&gt;…&lt;/password&gt;`). The quote
/// entities: `&quot;`, `&#34;`, `&#x22;`, `&apos;`, `&#39;`, `&#x27;`. Undecoded, these pairs have no quote or `<` for
/// key context to find, and their values were written raw.
extension Scrubber {
    /// `separator` is a `:` right after a quote entity: the pair `&quot;KEY&quot;: VALUE` under
    /// the key's rule. The value runs to the next quote entity when quoted, else to white
    /// space, `,`, `}` or `&`.
    func htmlQuotedPair(_ b: Bytes, separator: Int, floor: Int) -> KeyValueHit? {
        let n = b.count
        guard let closing = Self.quoteEntityLength(b, endingAt: separator) else { return nil }
        let keyEnd = separator - closing
        var keyStart = keyEnd
        while keyStart > 0, keyEnd - keyStart < Self.maximumKeyLength, Self.isEncodedKeyByte(b[keyStart - 1]) { keyStart -= 1 }
        guard keyStart < keyEnd, keyStart >= floor, ASCII.isLetter(b[keyStart]) || b[keyStart] == UInt8(ascii: "_"),
              Self.quoteEntityLength(b, endingAt: keyStart) != nil,
              let rule = compiled.fieldRule(forTextKey: b, Self.lastSegment(b, keyStart..<keyEnd)) else { return nil }
        var v = separator + 1
        while v < n, v - separator <= 8, b[v] == 0x20 { v += 1 }
        guard v < n else { return nil }
        var valueEnd: Int
        let valueStart: Int
        if let opening = Self.quoteEntityLength(b, at: v) {
            valueStart = v + opening
            valueEnd = valueStart
            while valueEnd < n, !(b[valueEnd] == UInt8(ascii: "&") && Self.quoteEntityLength(b, at: valueEnd) != nil) { valueEnd += 1 }  // unterminated: to the end (fail closed)
        } else {
            valueStart = v
            valueEnd = v
            scan: while valueEnd < n {
                switch b[valueEnd] {
                case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), UInt8(ascii: "&"): break scan
                default: valueEnd += 1
                }
            }
        }
        guard valueEnd > valueStart else { return nil }
        return fieldValue(b, rule: rule, valueStart: valueStart, valueEnd: valueEnd, afterPairSeparator: true)
    }

    /// `at` is a `&` that may start `&lt;TAG&gt;`: the element's text up to the next `&lt;`
    /// (or the end of the line) under the rule of the tag's local name (after any `ns:`).
    func htmlEscapedElement(_ b: Bytes, at: Int, floor: Int) -> KeyValueHit? {
        let n = b.count
        guard at >= floor, ASCII.hasPrefix(b, at: at, exactly: "&lt;") else { return nil }
        guard let (localStart, k) = Self.xmlTagName(b, from: at + 4), ASCII.hasPrefix(b, at: k, exactly: "&gt;"),
              let rule = compiled.fieldRule(forTextKey: b, localStart..<k) else { return nil }
        let valueStart = k + 4
        var valueEnd = valueStart
        while valueEnd < n, !ASCII.hasPrefix(b, at: valueEnd, exactly: "&lt;") { valueEnd += 1 }
        while valueEnd > valueStart, b[valueEnd - 1] == 0x20 || b[valueEnd - 1] == 0x09 { valueEnd -= 1 }
        guard valueEnd > valueStart, b[valueStart] != 0x20 else { return nil }
        return fieldValue(b, rule: rule, valueStart: valueStart, valueEnd: valueEnd, afterPairSeparator: false)
    }

    /// The length of the quote entity at `at`, if one starts there.
    static func quoteEntityLength(_ b: Bytes, at: Int) -> Int? {
        guard at < b.count, b[at] == UInt8(ascii: "&") else { return nil }
        if ASCII.hasPrefix(b, at: at, exactly: "&quot;") || ASCII.hasPrefix(b, at: at, exactly: "&apos;")
            || ASCII.hasPrefix(b, at: at, lowercased: "&#x22;") || ASCII.hasPrefix(b, at: at, lowercased: "&#x27;") { return 6 }
        if ASCII.hasPrefix(b, at: at, exactly: "&#34;") || ASCII.hasPrefix(b, at: at, exactly: "&#39;") { return 5 }
        return nil
    }

    /// The length of the quote entity that ends right before `end`, if any.
    static func quoteEntityLength(_ b: Bytes, endingAt end: Int) -> Int? {
        if end >= 6, let n = quoteEntityLength(b, at: end - 6), n == 6 { return 6 }
        if end >= 5, let n = quoteEntityLength(b, at: end - 5), n == 5 { return 5 }
        return nil
    }
}
