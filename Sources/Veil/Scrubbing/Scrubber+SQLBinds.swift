/// SQL statements as ORMs log them: bind placeholders that stand where a value would
/// (`"email" = $1`), and the bound values listed apart from the statement, under their
/// column's name (Rails' `[["last_name", "Bhriain"], ["LIMIT", 1]]`).
extension Scrubber {
    /// The end of the SQL bind placeholder at `v` (``isBindPlaceholder(_:_:)``) when one stands
    /// there alone (white space, `,`, `)`, `;` or the line's end after it); nil otherwise.
    static func sqlPlaceholderEnd(_ b: Bytes, at v: Int) -> Int? {
        var e = v
        // (`%(email_1)s`: pyformat's name in parentheses.)
        if v + 1 < b.count, b[v] == UInt8(ascii: "%"), b[v + 1] == UInt8(ascii: "("), let close = b[v..<min(b.count, v + 40)].firstIndex(of: UInt8(ascii: ")")) { e = close + 1 }
        while e < b.count, e - v <= 40, b[e] > 0x20, b[e] != UInt8(ascii: ","), b[e] != UInt8(ascii: ")"), b[e] != UInt8(ascii: ";") { e += 1 }
        guard e > v, e == b.count || b[e] <= 0x20 || b[e] == UInt8(ascii: ",") || b[e] == UInt8(ascii: ")") || b[e] == UInt8(ascii: ";") else { return nil }
        return isBindPlaceholder(b, v..<e) ? e : nil
    }

    /// Rails' bind list element at `open` (a `[` before a `"`): `["last_name", "Bhriain"]`. The
    /// value (a Ruby `inspect` string, or a bare `nil`/number) under its column's rule; nil when the
    /// column has none or the element has another shape.
    func railsBindValue(_ b: Bytes, open: Int) -> KeyValueHit? {
        let n = b.count
        guard open > 0, b[open - 1] == UInt8(ascii: "[") || b[open - 1] == 0x20, open + 6 < n, b[open + 1] == UInt8(ascii: "\"") else { return nil }
        var k = open + 2
        while k < n, k - open < 66, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "_") || b[k] == UInt8(ascii: ".") { k += 1 }
        let column = (open + 2)..<k
        guard !column.isEmpty, k + 3 < n, b[k] == UInt8(ascii: "\""), b[k + 1] == UInt8(ascii: ","), b[k + 2] == 0x20,
              let rule = compiled.fieldRule(forTextKey: b, Self.lastSegment(b, column)) else { return nil }
        let v = k + 3
        var valueStart = v, valueEnd: Int
        if b[v] == UInt8(ascii: "\"") {
            // To the closing quote (`\"` inside); unterminated: to the end of the line (fail closed).
            valueStart = v + 1
            var e = valueStart
            while e < n, b[e] != UInt8(ascii: "\"") { e += b[e] == UInt8(ascii: "\\") ? 2 : 1 }
            valueEnd = min(e, n)
        } else {
            var e = v
            while e < n, b[e] != UInt8(ascii: "]"), b[e] != 0x20 { e += 1 }
            valueEnd = e
        }
        guard valueEnd > valueStart else { return nil }
        return fieldValue(b, rule: rule, valueStart: valueStart, valueEnd: valueEnd, afterPairSeparator: true)
    }
}
