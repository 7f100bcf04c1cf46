/// Pairs whose key and value are two attributes of one tag: an HTML form field in a logged page
/// or request dump (`<input type="password" name="password" value="hunter22">`), a .NET
/// configuration entry (`<add key="ApiKey" value="…"/>`), a Spring bean property
/// (`<property name="password" value="…"/>`), a page's `<meta name="csrf-token" content="…">`.
/// The `value` (or `content`) attribute is read under the rule of the field that the `name`
/// (else `key`, else `id`) attribute names — the last segment of a dotted or bracketed name
/// (`user[password]`, `spring.datasource.password`). That attribute's own value names a field,
/// not a person, and is kept.
///
/// The tag is parsed once, forwards from its `<` to its `>`, when the scan reaches the `<`; the
/// scan applies the pair when it reaches the attributes' `=`. A `<` or a line break inside the
/// tag is no tag (its pairs are read as usual); a line cut inside the tag ends it there. Each byte is parsed by at
/// most one tag, so the scan stays linear.
extension Scrubber {
    /// A tag whose attributes make a pair (see the extension's comment).
    struct TagAttributePair {
        /// The index after the tag's `>`.
        var end: Int
        /// The `=` of the attribute that names the field, and that attribute's value.
        var nameSeparator: Int
        var name: Range<Int>
        /// The last segment of `name`: the key whose field rule applies.
        var field: Range<Int>
        /// The `=` of the value attribute, and its value.
        var valueSeparator: Int
        var value: Range<Int>
        /// The field rule of `field`, if any (set by the scan).
        var rule: Int?
    }

    /// The attribute pair of the tag opening at `b[lt]` (`<`), or nil when the tag has no name
    /// attribute holding a field name or no non-empty value attribute, or a `<` or line break
    /// comes before its `>` (a line that ends inside the tag ends it).
    static func tagAttributePair(_ b: Bytes, at lt: Int) -> TagAttributePair? {
        let n = b.count
        guard let (_, nameEnd) = xmlTagName(b, from: lt + 1) else { return nil }
        var name: (separator: Int, value: Range<Int>, rank: Int)?
        var value: (separator: Int, value: Range<Int>)?
        var k = nameEnd
        while true {
            // The tag's `>`, or the end of a line cut inside the tag (fail closed: a cut
            // `value="hunter22` is still the field's value).
            if k == n || b[k] == UInt8(ascii: ">") {
                guard let name, let value, let field = fieldNameSegment(b, name.value) else { return nil }
                return TagAttributePair(end: min(n, k + 1), nameSeparator: name.separator, name: name.value, field: field,
                                        valueSeparator: value.separator, value: value.value, rule: nil)
            }
            let x = b[k]
            if x == 0x20 || x == 0x09 || x == UInt8(ascii: "/") { k += 1; continue }
            guard ASCII.isLetter(x) || x == UInt8(ascii: "_") else { return nil }
            let attributeStart = k
            while k < n, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "_") || b[k] == UInt8(ascii: "-") || b[k] == UInt8(ascii: ":") || b[k] == UInt8(ascii: ".") { k += 1 }
            let attribute = attributeStart..<k
            guard k < n, b[k] == UInt8(ascii: "=") else { continue }  // a bare attribute (`disabled`)
            let separator = k
            k += 1
            guard let (valueRange, next) = attributeValue(b, from: k) else { return nil }
            k = next
            switch attributeRole(b, attribute) {
            case .value? where value == nil && !valueRange.isEmpty:
                value = (separator, valueRange)
            case .name(let rank)? where rank < (name?.rank ?? Int.max):
                name = (separator, valueRange, rank)
            default:
                break
            }
        }
        return nil
    }

    /// What an attribute does in a pair: the value, or the field's name (`name` ranks before
    /// `key`, `key` before `id`).
    enum TagAttributeRole {
        case value
        case name(rank: Int)
    }

    /// The role of the attribute named `b[r]`, any case, or nil for any other attribute.
    static func attributeRole(_ b: Bytes, _ r: Range<Int>) -> TagAttributeRole? {
        switch r.count {
        case 5 where ASCII.hasPrefix(b, at: r.lowerBound, lowercased: "value"): return .value
        case 7 where ASCII.hasPrefix(b, at: r.lowerBound, lowercased: "content"): return .value
        case 4 where ASCII.hasPrefix(b, at: r.lowerBound, lowercased: "name"): return .name(rank: 0)
        case 3 where ASCII.hasPrefix(b, at: r.lowerBound, lowercased: "key"): return .name(rank: 1)
        case 2 where ASCII.hasPrefix(b, at: r.lowerBound, lowercased: "id"): return .name(rank: 2)
        default: return nil
        }
    }

    /// An attribute value from `k` (after `=`): quoted (`"…"`, `'…'`, or JSON-escaped `\"…\"`)
    /// or bare up to white space or `>`. Its range without quotes and the index after it; nil
    /// when it reaches a `<` or a line break first. A line that ends inside it ends it.
    static func attributeValue(_ b: Bytes, from start: Int) -> (Range<Int>, Int)? {
        let n = b.count
        var k = start
        let escaped = k < n && b[k] == UInt8(ascii: "\\")
        if escaped { k += 1 }
        guard k < n else { return nil }
        if b[k] == UInt8(ascii: "\"") || b[k] == UInt8(ascii: "'") {
            let quote = b[k]
            k += 1
            let valueStart = k
            while k < n, b[k] != quote, b[k] != UInt8(ascii: "<"), b[k] != 0x0A, b[k] != 0x0D { k += 1 }
            // A line cut inside the quotes: the value runs to its end.
            if k == n, !escaped { return (valueStart..<n, n) }
            guard k < n, b[k] == quote else { return nil }
            var valueEnd = k
            if escaped {
                guard valueEnd > valueStart, b[valueEnd - 1] == UInt8(ascii: "\\") else { return nil }
                valueEnd -= 1
            }
            return (valueStart..<valueEnd, k + 1)
        }
        guard !escaped else { return nil }
        let valueStart = k
        while k < n, !ASCII.isSpace(b[k]), b[k] != UInt8(ascii: ">"), b[k] != UInt8(ascii: "<"), b[k] != UInt8(ascii: "\""), b[k] != UInt8(ascii: "'") { k += 1 }
        // `value=x/>`: the `/` closes the tag.
        if k > valueStart, k < n, b[k] == UInt8(ascii: ">"), b[k - 1] == UInt8(ascii: "/") { k -= 1 }
        guard k > valueStart, k == n || b[k] != UInt8(ascii: "<") else { return nil }
        return (valueStart..<k, k)
    }

    /// A field name — letters, digits, `_`, `-`, `.`, `[`, `]`, starting with a letter or `_`,
    /// at most ``maximumKeyLength`` bytes — and its last segment: after the last `.`, or inside
    /// the last brackets (`user[password]` → `password`). Nil for anything else (a person's
    /// name, an address, a pseudonym).
    static func fieldNameSegment(_ b: Bytes, _ r: Range<Int>) -> Range<Int>? {
        guard !r.isEmpty, r.count <= maximumKeyLength, ASCII.isLetter(b[r.lowerBound]) || b[r.lowerBound] == UInt8(ascii: "_") else { return nil }
        var segmentStart = r.lowerBound
        var segmentEnd = r.upperBound
        for k in r {
            let x = b[k]
            if x == UInt8(ascii: ".") || x == UInt8(ascii: "[") {
                segmentStart = k + 1
                segmentEnd = r.upperBound
            } else if x == UInt8(ascii: "]") {
                if segmentEnd == r.upperBound { segmentEnd = k }
            } else if !(ASCII.isAlnum(x) || x == UInt8(ascii: "_") || x == UInt8(ascii: "-")) {
                return nil
            }
        }
        guard segmentStart < segmentEnd, ASCII.isLetter(b[segmentStart]) || b[segmentStart] == UInt8(ascii: "_") else { return nil }
        return segmentStart..<segmentEnd
    }
}
