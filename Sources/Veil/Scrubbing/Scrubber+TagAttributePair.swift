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
/// scan applies the pair when it reaches the attributes' `=`. Quoted attribute values may hold
/// `<` and `>`; a line break inside the tag, or a `<` outside quotes, makes it no tag (its pairs
/// are read as usual); a line cut inside the tag ends it there. A `<` inside a parsed tag starts
/// no tag of its own, so each byte is parsed once and the scan stays linear.
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

    /// The attribute pair of the tag opening at `b[lt]` (`<`) — nil when the tag has no name
    /// attribute holding a field name or no non-empty value attribute, or is no tag — and the
    /// index where the parse stopped: after the tag's `>`, at the end of a line cut inside the
    /// tag (which ends it), or at a line break or `<` outside quotes (no tag). Bytes that are no
    /// attribute syntax are skipped to the next white space. A `<` before the returned index
    /// starts no tag of its own, so every byte is parsed once.
    static func tagAttributePair(_ b: Bytes, at lt: Int) -> (pair: TagAttributePair?, parsedEnd: Int) {
        let n = b.count
        guard let (_, nameEnd) = xmlTagName(b, from: lt + 1) else { return (nil, lt + 1) }
        var name: (separator: Int, value: Range<Int>, rank: Int)?
        var value: (separator: Int, value: Range<Int>)?
        var k = nameEnd
        while true {
            // The tag's `>`, or the end of a line cut inside the tag (fail closed: a cut
            // `value="hunter22` is still the field's value).
            if k == n || b[k] == UInt8(ascii: ">") {
                let end = min(n, k + 1)
                guard let name, let value, let field = fieldNameSegment(b, name.value) else { return (nil, end) }
                return (TagAttributePair(end: end, nameSeparator: name.separator, name: name.value, field: field,
                                         valueSeparator: value.separator, value: value.value, rule: nil), end)
            }
            let x = b[k]
            if x == 0x20 || x == 0x09 || x == UInt8(ascii: "/") { k += 1; continue }
            if x == UInt8(ascii: "<") || x == 0x0A || x == 0x0D { return (nil, k) }
            guard ASCII.isLetter(x) || x == UInt8(ascii: "_") else {
                // Bytes that are no attribute (`k)ey=…`, or a first pass's placeholder or pseudonym
                // where a bare word was): skipped to the next white space, so a tag reads the same
                // before and after its other attributes are replaced. A quoted value after an `=`
                // in them (`k)ey="a<b"`) is stepped over as an attribute's value is, so a `<` or
                // white space a first pass replaces there cannot change where the tag ends.
                while k < n, b[k] != 0x20, b[k] != 0x09, b[k] != UInt8(ascii: ">"), b[k] != UInt8(ascii: "<"), b[k] != 0x0A, b[k] != 0x0D {
                    guard b[k] == UInt8(ascii: "="), startsQuotedAttributeValue(b, at: k + 1) else { k += 1; continue }
                    let (read, next) = attributeValue(b, from: k + 1)
                    guard read != nil else { return (nil, next) }
                    k = next
                }
                continue
            }
            let attributeStart = k
            while k < n, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "_") || b[k] == UInt8(ascii: "-") || b[k] == UInt8(ascii: ":") || b[k] == UInt8(ascii: ".") { k += 1 }
            let attribute = attributeStart..<k
            guard k < n, b[k] == UInt8(ascii: "=") else { continue }  // a bare attribute (`disabled`)
            let separator = k
            k += 1
            let (read, next) = attributeValue(b, from: k)
            guard let valueRange = read else { return (nil, next) }
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

    /// Whether an attribute value quoted with `"`, `'` or JSON-escaped `\"` starts at `b[k]`.
    static func startsQuotedAttributeValue(_ b: Bytes, at k: Int) -> Bool {
        guard k < b.count else { return false }
        let x = b[k] == UInt8(ascii: "\\") && k + 1 < b.count ? b[k + 1] : b[k]
        return x == UInt8(ascii: "\"") || x == UInt8(ascii: "'")
    }

    /// An attribute value from `k` (after `=`): quoted (`"…"`, `'…'`, or JSON-escaped `\"…\"`;
    /// `<` and `>` may be inside) or bare up to white space, `>` or a quote. Its range without
    /// quotes, or nil when a line break comes first or a bare value reaches a `<` (or is empty);
    /// and the index after it, or where the read stopped. A line that ends inside the value ends it.
    static func attributeValue(_ b: Bytes, from start: Int) -> (Range<Int>?, Int) {
        let n = b.count
        var k = start
        let escaped = k < n && b[k] == UInt8(ascii: "\\")
        if escaped { k += 1 }
        guard k < n else { return (nil, k) }
        if b[k] == UInt8(ascii: "\"") || b[k] == UInt8(ascii: "'") {
            let quote = b[k]
            k += 1
            let valueStart = k
            while k < n, b[k] != quote, b[k] != 0x0A, b[k] != 0x0D { k += 1 }
            // A line cut inside the quotes: the value runs to its end.
            if k == n { return (escaped ? nil : valueStart..<n, n) }
            guard b[k] == quote else { return (nil, k) }
            var valueEnd = k
            if escaped {
                guard valueEnd > valueStart, b[valueEnd - 1] == UInt8(ascii: "\\") else { return (nil, k) }
                valueEnd -= 1
            }
            return (valueStart..<valueEnd, k + 1)
        }
        guard !escaped else { return (nil, k) }
        let valueStart = k
        // (`value=hunter2<b>`: a `<` inside a bare value is the value's — fail closed.)
        while k < n, !ASCII.isSpace(b[k]), b[k] != UInt8(ascii: ">"), b[k] != UInt8(ascii: "\""), b[k] != UInt8(ascii: "'") { k += 1 }
        // `value=x/>`: the `/` closes the tag.
        if k > valueStart, k < n, b[k] == UInt8(ascii: ">"), b[k - 1] == UInt8(ascii: "/") { k -= 1 }
        // (A quote glued after a bare value ends it, as it ends an unquoted pair's value.)
        guard k > valueStart else { return (nil, k) }
        return (valueStart..<k, k)
    }

    /// A field name — letters, digits, `_`, `-`, `.`, `[`, `]`, at most ``maximumKeyLength``
    /// bytes, every part (between `.`, `[` and `]`) starting with a letter or `_` and at most 32
    /// bytes long, no part starting with `eyJ` (a JWT's header) and no run of six digits (a card,
    /// a phone) — and its last segment: after the last `.`, or inside the last brackets
    /// (`user[password]` → `password`). Nil for anything else (a person's name, an address, a
    /// pseudonym, a token): the scan skips a field name unread, so nothing a detector would
    /// find may pass as one.
    static func fieldNameSegment(_ b: Bytes, _ r: Range<Int>) -> Range<Int>? {
        guard !r.isEmpty, r.count <= maximumKeyLength else { return nil }
        var segmentStart = r.lowerBound
        var segmentEnd = r.upperBound
        var partStart = r.lowerBound
        var digits = 0
        for k in r.lowerBound...r.upperBound {
            let x: UInt8 = k < r.upperBound ? b[k] : UInt8(ascii: ".")
            if x == UInt8(ascii: ".") || x == UInt8(ascii: "[") || x == UInt8(ascii: "]") {
                // A part ends here: it must be a word (`]` right after `]` or `[` is an empty part).
                if k > partStart {
                    guard ASCII.isLetter(b[partStart]) || b[partStart] == UInt8(ascii: "_"), k - partStart <= 32,
                          !ASCII.hasPrefix(b, at: partStart, exactly: "eyJ") else { return nil }
                } else if k == r.lowerBound || x != UInt8(ascii: "[") && b[k - 1] != UInt8(ascii: "]") {
                    return nil
                }
                partStart = k + 1
                digits = 0
                if k == r.upperBound { break }
                if x == UInt8(ascii: "]") {
                    if segmentEnd == r.upperBound { segmentEnd = k }
                } else {
                    segmentStart = k + 1
                    segmentEnd = r.upperBound
                }
            } else if ASCII.isDigit(x) {
                digits += 1
                guard digits < 6 else { return nil }
            } else if ASCII.isLetter(x) || x == UInt8(ascii: "_") || x == UInt8(ascii: "-") {
                digits = 0
            } else {
                return nil
            }
        }
        guard segmentStart < segmentEnd, ASCII.isLetter(b[segmentStart]) || b[segmentStart] == UInt8(ascii: "_") else { return nil }
        return segmentStart..<segmentEnd
    }
}
