/// Values that sit in a list or a tuple next to their key:
/// - Django's `QueryDict`, Python lists: `'password': ['hunter2']`, `"email": ["a@b", "c@d"]`;
/// - PostgreSQL's unique / foreign key details: `Key (email)=(leo@example.com) already exists.`,
///   `Key (tenant_id, username)=(7, mike_t) already exists.`
extension Scrubber {
    /// At the `[` of a list of quoted strings: the start of the first string's text and the
    /// end of the last one's. nil when the list does not start with a quoted string.
    static func quotedListValues(_ b: Bytes, _ open: Int) -> (start: Int, end: Int)? {
        let n = b.count
        var k = open + 1
        while k < n, b[k] == 0x20 { k += 1 }
        guard k < n, b[k] == UInt8(ascii: "'") || b[k] == UInt8(ascii: "\"") else { return nil }
        let start = k + 1
        var end = start
        var elements = 0
        while k < n, elements < 64, b[k] == UInt8(ascii: "'") || b[k] == UInt8(ascii: "\"") {
            let quote = b[k]
            var e = k + 1
            while e < n, b[e] != quote, b[e] != 0x0A {
                if b[e] == UInt8(ascii: "\\") { e += 1 }
                e += 1
            }
            // Unterminated: the rest of the line (fail closed).
            guard e < n, b[e] == quote else { return (start, min(e, n)) }
            end = e
            elements += 1
            k = e + 1
            while k < n, b[k] == 0x20 { k += 1 }
            guard k < n, b[k] == UInt8(ascii: ",") else { break }
            k = Self.nextQuotedElement(b, after: k)
        }
        return end > start ? (start, end) : nil
    }

    /// After a list's `,` at `comma`: where the next quoted string starts, past white space and
    /// bare elements (`null`, `None`, `42`, `true`) with their commas; or where the list ends.
    static func nextQuotedElement(_ b: Bytes, after comma: Int) -> Int {
        let n = b.count
        var k = comma + 1
        while k < n, b[k] == 0x20 { k += 1 }
        while k < n, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "-") {
            var e = k
            while e < n, e - k < 32, ASCII.isAlnum(b[e]) || b[e] == UInt8(ascii: "-") || b[e] == UInt8(ascii: ".") || b[e] == UInt8(ascii: "_") { e += 1 }
            while e < n, b[e] == 0x20 { e += 1 }
            guard e < n, b[e] == UInt8(ascii: ",") else { return k }
            k = e + 1
            while k < n, b[k] == 0x20 { k += 1 }
        }
        return k
    }

    /// Whether `b[r]` is a bare element that names no value: `null`, `None`, `nil`, `undefined`.
    static func isNullElement(_ b: Bytes, _ r: Range<Int>) -> Bool {
        for word: StaticString in ["null", "None", "nil", "undefined"] where r.count == word.utf8CodeUnitCount && ASCII.hasPrefix(b, at: r.lowerBound, exactly: word) { return true }
        return false
    }

    /// At the `[` of a list of two or more quoted strings: each string's text, or nil when the
    /// list has one string, holds something else, or is not closed (then all of it is one value).
    static func quotedListElements(_ b: Bytes, _ open: Int) -> [Range<Int>]? {
        let n = b.count
        var k = open + 1
        while k < n, b[k] == 0x20 { k += 1 }
        var elements: [Range<Int>] = []
        while k < n, elements.count < 64, b[k] == UInt8(ascii: "'") || b[k] == UInt8(ascii: "\"") {
            let quote = b[k]
            var e = k + 1
            while e < n, b[e] != quote, b[e] != 0x0A {
                if b[e] == UInt8(ascii: "\\") { e += 1 }
                e += 1
            }
            guard e < n, b[e] == quote else { return nil }
            elements.append((k + 1)..<e)
            k = e + 1
            while k < n, b[k] == 0x20 { k += 1 }
            guard k < n, b[k] == UInt8(ascii: ",") else { break }
            k += 1
            while k < n, b[k] == 0x20 { k += 1 }
            // `null` / `None` between strings names no value; any other bare element (`42`) makes
            // the list one value.
            while k < n, ASCII.isLetter(b[k]) {
                var e = k
                while e < n, ASCII.isLetter(b[e]) { e += 1 }
                guard Self.isNullElement(b, k..<e) else { return nil }
                while e < n, b[e] == 0x20 { e += 1 }
                guard e < n, b[e] == UInt8(ascii: ",") else { k = e; break }
                k = e + 1
                while k < n, b[k] == 0x20 { k += 1 }
            }
        }
        guard elements.count > 1, k < n, b[k] == UInt8(ascii: "]") else { return nil }
        return elements
    }

    /// At the `[` of a JSON list of numbers (`[4, 5]`, `[-1.5]`): each number's range, or nil
    /// for any other list (then the list is read as before).
    static func bareNumberListElements(_ b: Bytes, _ open: Int) -> [Range<Int>]? {
        let n = b.count
        var k = open + 1
        var elements: [Range<Int>] = []
        while elements.count < 64 {
            while k < n, b[k] == 0x20 { k += 1 }
            let start = k
            if k < n, b[k] == UInt8(ascii: "-") { k += 1 }
            let digits = k
            while k < n, ASCII.isDigit(b[k]) || (b[k] == UInt8(ascii: ".") && k > digits) { k += 1 }
            guard k > digits, ASCII.isDigit(b[k - 1]) else { return nil }
            elements.append(start..<k)
            while k < n, b[k] == 0x20 { k += 1 }
            guard k < n else { return nil }
            if b[k] == UInt8(ascii: "]") { return elements }
            guard b[k] == UInt8(ascii: ",") else { return nil }
            k += 1
        }
        return nil
    }

    /// A JSON-quoted key's list of numbers in a text line as one hit whose elements are replaced
    /// one by one (each written as a JSON string: ``bareJSONMemberQuote(_:_:)``); nil when the
    /// rule keeps values or an element is not replaced whole.
    func bareNumberListValue(_ b: Bytes, rule: Int, open: Int) -> KeyValueHit? {
        guard compiled.active[rule].action != .keep, let elements = Self.bareNumberListElements(b, open) else { return nil }
        var spans: [TextSpan] = []
        for element in elements {
            guard let hit = fieldValue(b, rule: rule, valueStart: element.lowerBound, valueEnd: element.upperBound, afterPairSeparator: true),
                  let span = hit.span, span.range == element, hit.elements.isEmpty else { return nil }
            spans.append(span)
        }
        guard let first = spans.first, let last = elements.last else { return nil }
        return KeyValueHit(span: first, valueStart: elements[0].lowerBound, valueEnd: last.upperBound, elements: Array(spans.dropFirst()))
    }

    /// A key's list of quoted strings as one hit whose elements are replaced one by one, so
    /// each keeps its own pseudonym. nil when the list is to be taken whole: a rule that keeps
    /// values (its credentials are scanned over the whole list), or an element whose value is
    /// not a plain replacement within its quotes (fail closed: the whole list is replaced).
    func listElementsValue(_ b: Bytes, rule: Int, open: Int) -> KeyValueHit? {
        guard compiled.active[rule].action != .keep, let elements = Self.quotedListElements(b, open) else { return nil }
        var first: KeyValueHit?
        var rest: [TextSpan] = []
        for element in elements where !element.isEmpty {
            guard let hit = fieldValue(b, rule: rule, valueStart: element.lowerBound, valueEnd: element.upperBound, afterPairSeparator: true) else { return nil }
            if let span = hit.span {
                // (A span that ends inside its element would leave the element's rest unscanned.)
                guard span.range.lowerBound >= element.lowerBound, span.range.upperBound == element.upperBound else { return nil }
            } else {
                // Nothing to replace (a first pass's pseudonym, `null`): nothing left to scan either.
                guard hit.valueStart >= element.upperBound else { return nil }
            }
            if first == nil { first = hit } else if let span = hit.span { rest.append(span) }
        }
        guard var hit = first else { return nil }
        hit.elements = rest
        return hit
    }

    /// At the `=` of PostgreSQL's `Key (col, …)=(value, …)`: the span from the first value to
    /// the last value of a column that a field rule names (columns and values pair up by
    /// position); values after it are scanned as text. When the counts differ, all values are
    /// taken (fail closed).
    func tupleKeyValue(_ b: Bytes, separator: Int, floor: Int) -> KeyValueHit? {
        let n = b.count
        guard separator >= 3, separator + 2 < n, b[separator - 1] == UInt8(ascii: ")"), b[separator + 1] == UInt8(ascii: "(") else { return nil }
        // The columns, back to `(`.
        var open = separator - 2
        while open > floor, separator - open < 256, b[open] != UInt8(ascii: "("), b[open] != UInt8(ascii: ")") { open -= 1 }
        guard open >= floor, b[open] == UInt8(ascii: "(") else { return nil }
        let columns = Self.commaSeparated(b, (open + 1)..<(separator - 1))
        // The values, up to the `)` before the message's verb, or the line's last `)`.
        let valuesStart = separator + 2
        var close = -1
        var k = valuesStart
        while k < n, b[k] != 0x0A {
            if b[k] == UInt8(ascii: ")") {
                close = k
                if ASCII.hasPrefix(b, at: k + 1, exactly: " already exists") || ASCII.hasPrefix(b, at: k + 1, exactly: " is not present")
                    || ASCII.hasPrefix(b, at: k + 1, exactly: " is still referenced") || ASCII.hasPrefix(b, at: k + 1, exactly: " conflicts with") { break }
            }
            k += 1
        }
        guard close > valuesStart else { return nil }
        let ruled = columns.indices.filter { compiled.fieldRule(forTextKey: b, columns[$0]) != nil }
        guard let firstRuled = ruled.first, let rule = compiled.fieldRule(forTextKey: b, columns[firstRuled]) else { return nil }
        let values = Self.commaSeparated(b, valuesStart..<close)
        var span = valuesStart..<close
        if values.count == columns.count, let lastRuled = ruled.last {
            // The scan goes on after the span, so the span starts at the first value: values of
            // columns no rule names before a ruled one are replaced with it (fail closed), never
            // skipped unscanned.
            span = valuesStart..<values[lastRuled].upperBound
        }
        guard !span.isEmpty else { return nil }
        return fieldValue(b, rule: rule, valueStart: span.lowerBound, valueEnd: span.upperBound, afterPairSeparator: false)
    }

    /// The parts of `b[r]` between `, ` separators (spaces trimmed).
    static func commaSeparated(_ b: Bytes, _ r: Range<Int>) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var s = r.lowerBound
        var k = r.lowerBound
        while k <= r.upperBound {
            if k == r.upperBound || b[k] == UInt8(ascii: ",") {
                var a = s, e = k
                while a < e, b[a] == 0x20 { a += 1 }
                while e > a, b[e - 1] == 0x20 { e -= 1 }
                parts.append(a..<e)
                s = k + 1
            }
            k += 1
        }
        return parts
    }
}
