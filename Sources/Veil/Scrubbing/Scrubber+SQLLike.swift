/// SQL's pattern comparisons in query logs and query histories: `WHERE FIRST_NAME ILIKE
/// 'Thandiwe%'`, `email LIKE '%@example.com'`, `u."last_name" NOT LIKE 'Kowal%'`. The literal is
/// the column's value (without the `%` and `_` wildcards at its ends) and takes the rule of the
/// column's name, as `FIRST_NAME = '…'` does. OData's equality in a `$filter` reads the same way:
/// `Employees/LastName eq 'Schäfer'` (the wildcards then are literal, and stay in the value).
extension Scrubber {
    /// At the `L` of `LIKE`, the `I` of `ILIKE` (any case) or the `e` of `eq` after a space: the literal's content
    /// and the column's rule, or nil.
    func sqlLikeValue(_ b: Bytes, at: Int) -> (Range<Int>, Int)? {
        let n = b.count
        let keyword = ASCII.hasPrefix(b, at: at, lowercased: "like ") ? 5 : ASCII.hasPrefix(b, at: at, lowercased: "ilike ") ? 6
            : ASCII.hasPrefix(b, at: at, exactly: "eq ") ? 3 : 0
        guard keyword > 0, at >= 3, b[at - 1] == 0x20 else { return nil }
        // The literal.
        var q = at + keyword
        while q < n, b[q] == 0x20 { q += 1 }
        guard q < n, b[q] == UInt8(ascii: "'") else { return nil }
        var e = q + 1
        while e < n, b[e] != 0x0A {
            if b[e] == UInt8(ascii: "'") {
                if e + 1 < n, b[e + 1] == UInt8(ascii: "'") { e += 2; continue }  // SQL's doubled quote
                break
            }
            e += 1
        }
        var s = q + 1
        var t = min(e, n)  // unterminated: to the line's end (fail closed)
        while s < t, b[s] == UInt8(ascii: "%") || b[s] == UInt8(ascii: "_") { s += 1 }
        while t > s, b[t - 1] == UInt8(ascii: "%") || b[t - 1] == UInt8(ascii: "_") { t -= 1 }
        guard t > s else { return nil }
        // The column before (`NOT` skipped): an identifier, quoted or with a table's prefix.
        var k = at - 1
        while k > 0, b[k - 1] == 0x20 { k -= 1 }
        if k >= 4, ASCII.hasPrefix(b, at: k - 3, lowercased: "not"), b[k - 4] == 0x20 {
            k -= 4
            while k > 0, b[k - 1] == 0x20 { k -= 1 }
        }
        var columnEnd = k
        if columnEnd > 0, b[columnEnd - 1] == UInt8(ascii: "\"") || b[columnEnd - 1] == UInt8(ascii: "`") { columnEnd -= 1 }
        var columnStart = columnEnd
        while columnStart > 0, columnEnd - columnStart < 64, ASCII.isAlnum(b[columnStart - 1]) || b[columnStart - 1] == UInt8(ascii: "_") { columnStart -= 1 }
        guard columnStart < columnEnd, let rule = compiled.fieldRule(forTextKey: b, columnStart..<columnEnd), compiled.active[rule].action != .keep,
              !Self.isPseudonym(b, s..<t), Self.placeholderEnd(b, at: s) == nil else { return nil }
        return (s..<t, rule)
    }
}
