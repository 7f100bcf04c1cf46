/// SQL `INSERT` statements in query logs (MySQL's general log, PostgreSQL's `log_statement`,
/// ORM debug output): `INSERT INTO users (email, name, password) VALUES ('x@…', 'X Four', 'pw')`.
/// Columns and values pair up by position, so each value gets the field rule of its column —
/// the name and the password were written raw before (only detectors looked at the values).
extension Scrubber {
    /// Most columns (and values per row) read; most rows of a multi-row `VALUES` list.
    static let maximumInsertColumns = 256
    static let maximumInsertRows = 1024

    /// At the `i`/`I` of `INSERT INTO name (col, …) VALUES (value, …)[, (…)]`: appends a span
    /// for each value whose column a field rule names (out of scan order: the line's spans are
    /// re-sorted, and detectors still scan every value). Returns true when it appended one.
    /// A row whose value count differs from the column count gets one span over all its values
    /// under the first ruled column's rule (fail closed). `parsedEnd` is where the parse
    /// stopped: the caller starts no other statement before it, so a line of many `INSERT`
    /// words is still read in linear time.
    func sqlInsertValues(_ b: Bytes, at: Int, floor: Int, spans: inout [TextSpan], parsedEnd: inout Int) -> Bool {
        let n = b.count
        guard at >= floor, at + 20 < n, ASCII.hasPrefix(b, at: at, lowercased: "insert"), b[at + 6] == 0x20 else { return false }
        if at > 0, ASCII.isAlnum(b[at - 1]) || b[at - 1] == UInt8(ascii: "_") { return false }
        var k = Self.skipSpaces(b, at + 6)
        guard ASCII.hasPrefix(b, at: k, lowercased: "into"), k + 4 < n, b[k + 4] == 0x20 else { return false }
        k = Self.skipSpaces(b, k + 4)
        // The table: an identifier, quoted or not, with an optional schema (`app.users`, `"public"."users"`).
        let tableStart = k
        while k < n, k - tableStart < 128, b[k] != UInt8(ascii: "("), b[k] != 0x20 { k += 1 }
        guard k > tableStart else { return false }
        k = Self.skipSpaces(b, k)
        // `INSERT INTO contacts VALUES (NULL,'Zoe D\'Angelo','x')`: no columns, values by their shape.
        if ASCII.hasPrefix(b, at: k, lowercased: "values") { return positionalRows(b, from: k + 6, spans: &spans, parsedEnd: &parsedEnd) }
        guard k < n, b[k] == UInt8(ascii: "(") else { return false }
        // The columns.
        var columns: [Range<Int>] = []
        k += 1
        while k < n, columns.count < Self.maximumInsertColumns {
            k = Self.skipSpaces(b, k)
            var s = k
            var e = k
            if k < n, b[k] == UInt8(ascii: "`") || b[k] == UInt8(ascii: "\"") || b[k] == UInt8(ascii: "[") {
                let close = b[k] == UInt8(ascii: "[") ? UInt8(ascii: "]") : b[k]
                s = k + 1
                e = s
                // A quoted name ends at its closing quote, however long: a length limit would
                // make the parse depend on findings inside the name, which a first pass shortens
                // (then a second pass parsed what the first had not). The scan is linear: the
                // next `INSERT` opens with the same quote, which ends this one; with none left on
                // the line, no later statement is parsed. `[…]` (SQL Server) keeps a limit:
                // placeholders close it.
                let limit = close == UInt8(ascii: "]") ? min(n, s + 128) : n
                while e < limit, b[e] != close { e += 1 }
                guard e < n, b[e] == close else {
                    if limit == n { parsedEnd = n }
                    return false
                }
                k = e + 1
            } else {
                while e < n, e - s < 128, ASCII.isAlnum(b[e]) || b[e] == UInt8(ascii: "_") || b[e] == UInt8(ascii: "-") || b[e] >= 0x80 { e += 1 }
                k = e
            }
            guard e > s else { return false }
            columns.append(s..<e)
            k = Self.skipSpaces(b, k)
            guard k < n else { return false }
            if b[k] == UInt8(ascii: ",") { k += 1; continue }
            guard b[k] == UInt8(ascii: ")") else { return false }
            k += 1
            break
        }
        let rules = columns.map { compiled.fieldRule(forTextKey: b, $0) }
        // FreeRADIUS's `INSERT INTO radcheck (username, attribute, op, value) VALUES ('…', 'Cleartext-Password',
        // ':=', '…')`, a settings table's `(name, value)`: a label column names the value column's field.
        let labelColumn = columns.firstIndex { Self.isEntryLabelKey(FieldGlob.normalize(b[$0])) }
        let valueColumn = labelColumn == nil ? nil : columns.firstIndex { Self.isEntryValueKey(FieldGlob.normalize(b[$0])) }
        let firstRule = rules.first(where: { $0 != nil }) ?? nil
        guard firstRule != nil || valueColumn != nil else { return false }
        k = Self.skipSpaces(b, k)
        guard ASCII.hasPrefix(b, at: k, lowercased: "values") else { return false }
        k = Self.skipSpaces(b, k + 6)
        var appended = false
        var rows = 0
        while k < n, b[k] == UInt8(ascii: "("), rows < Self.maximumInsertRows {
            rows += 1
            let rowStart = k + 1
            let row = Self.sqlRow(b, from: k + 1)
            let values = row.values, quoted = row.quoted, closed = row.closed
            k = row.end
            if closed, values.count == columns.count {
                var labelRule: Int?
                if let labelColumn, valueColumn != nil, quoted[labelColumn] { labelRule = entryLabelRule(b, at: values[labelColumn].lowerBound - 1) }
                for (index, value) in values.enumerated() where valueColumn == nil || index != labelColumn {
                    // (The label names a field, no person: `('site_title', …)` under a `name` column.)
                    // `NULL` and placeholders only unquoted: `'$ecret'`, `'?'` are strings.
                    guard let rule = index == valueColumn ? labelRule ?? rules[index] : rules[index], !value.isEmpty, quoted[index] || !(Self.isSQLNull(b, value) || Self.isBindPlaceholder(b, value)),
                          let hit = fieldValue(b, rule: rule, valueStart: value.lowerBound, valueEnd: value.upperBound, afterPairSeparator: false),
                          let span = hit.span else { continue }
                    spans.append(span)
                    appended = true
                }
            } else {
                // Counts differ or the row does not close: all of it under the first ruled column's rule.
                var end = closed ? k - 1 : k
                if !closed { while end < n, b[end] != 0x0A { end += 1 } }
                if end > rowStart, let firstRule, let hit = fieldValue(b, rule: firstRule, valueStart: rowStart, valueEnd: end, afterPairSeparator: false), let span = hit.span {
                    spans.append(span)
                    appended = true
                }
                k = max(k, end)
                // A closed row goes on to the next one: stopping here left later rows to the
                // detectors, while a second pass (this row now one placeholder, a count that
                // matches) parsed them as rows (found by fuzz-text).
                if !closed { break }
            }
            k = Self.skipSpaces(b, k)
            guard k < n, b[k] == UInt8(ascii: ",") else { break }
            k = Self.skipSpaces(b, k + 1)
        }
        parsedEnd = max(parsedEnd, k)
        return appended
    }

    /// The rows after an INSERT's `VALUES` without a column list: each value under the rule its
    /// shape gives (``positionalValueRule(_:_:)``); true when one was appended.
    private func positionalRows(_ b: Bytes, from start: Int, spans: inout [TextSpan], parsedEnd: inout Int) -> Bool {
        var k = Self.skipSpaces(b, start)
        var appended = false
        var rows = 0
        while k < b.count, b[k] == UInt8(ascii: "("), rows < Self.maximumInsertRows {
            rows += 1
            let row = Self.sqlRow(b, from: k + 1)
            k = row.end
            for (value, quoted) in zip(row.values, row.quoted) where !value.isEmpty && (quoted || !(Self.isSQLNull(b, value) || Self.isBindPlaceholder(b, value))) {
                guard let rule = positionalValueRule(b, value),
                      let hit = fieldValue(b, rule: rule, valueStart: value.lowerBound, valueEnd: value.upperBound, afterPairSeparator: false),
                      let span = hit.span else { continue }
                spans.append(span)
                appended = true
            }
            guard row.closed else { break }
            k = Self.skipSpaces(b, k)
            guard k < b.count, b[k] == UInt8(ascii: ",") else { break }
            k = Self.skipSpaces(b, k + 1)
        }
        parsedEnd = max(parsedEnd, k)
        return appended
    }

    /// SQLAlchemy's bound parameters after a failed statement, `[parameters: ('kenji.w@docomo.ne.jp',
    /// 'Kenji Watanabe', 'Sh1buya!Tokyo')]` (also a list of such tuples, and a single value without
    /// a tuple's parentheses): each value under the rule its shape gives, as a failing row's (the
    /// dictionary form names its keys and is read as pairs). At the `p` of `parameters`; true when
    /// one was appended.
    func sqlAlchemyParameters(_ b: Bytes, at: Int, floor: Int, spans: inout [TextSpan]) -> Bool {
        guard at >= floor, ASCII.hasPrefix(b, at: at, exactly: "parameters: ") else { return false }
        var k = at + 12
        if k < b.count, b[k] == UInt8(ascii: "[") { k += 1 }
        var parsedEnd = 0
        return positionalRows(b, from: k, spans: &spans, parsedEnd: &parsedEnd)
    }

    /// PostgreSQL's bind values, `DETAIL:  parameters: $1 = 'ewa.nowak', $2 = 'Kotek2024!haslo'`,
    /// at the `p` of `parameters`: each value under the rule its shape gives (the statement that
    /// names the columns is on another line); true when one was appended.
    func postgresParameters(_ b: Bytes, at: Int, floor: Int, spans: inout [TextSpan]) -> Bool {
        let n = b.count
        guard at >= floor, at >= 9, ASCII.hasPrefix(b, at: at, exactly: "parameters: $"), CredentialScan.hasSuffix(b, endingAt: at, exactly: "DETAIL:  ") else { return false }
        var k = at + 12
        var appended = false
        var count = 0
        while k + 5 < n, b[k] == UInt8(ascii: "$"), count < Self.maximumInsertColumns {
            count += 1
            var e = k + 1
            while e < n, ASCII.isDigit(b[e]) { e += 1 }
            guard e > k + 1, ASCII.hasPrefix(b, at: e, exactly: " = ") else { break }
            k = e + 3
            guard k < n else { break }
            let value: Range<Int>
            if b[k] == UInt8(ascii: "'") {
                var q = k + 1
                while q < n, !(b[q] == UInt8(ascii: "'") && !(q + 1 < n && b[q + 1] == UInt8(ascii: "'"))) { q += b[q] == UInt8(ascii: "'") ? 2 : 1 }
                value = (k + 1)..<min(q, n)  // unterminated: to the end of the line
                k = min(q + 1, n)
                if !value.isEmpty, let rule = positionalValueRule(b, value),
                   let hit = fieldValue(b, rule: rule, valueStart: value.lowerBound, valueEnd: value.upperBound, afterPairSeparator: false), let span = hit.span {
                    spans.append(span)
                    appended = true
                }
            } else {
                while k < n, b[k] != UInt8(ascii: ",") { k += 1 }  // NULL, a number
            }
            guard k + 2 < n, b[k] == UInt8(ascii: ","), b[k + 1] == 0x20 else { break }
            k += 2
        }
        return appended
    }

    /// One parenthesised row of SQL literals, read from `start` (after its `(`): each value
    /// (inside its quotes when quoted; `''` and backslash escapes stay inside), whether it was
    /// quoted, whether the row closed with `)`, and where reading stopped.
    static func sqlRow(_ b: Bytes, from start: Int) -> (values: [Range<Int>], quoted: [Bool], closed: Bool, end: Int) {
        let n = b.count
        var values: [Range<Int>] = []
        var quoted: [Bool] = []
        var k = start
        var closed = false
        while k < n, values.count <= Self.maximumInsertColumns {
            k = Self.skipSpaces(b, k)
            guard k < n else { break }
            let value: Range<Int>
            let isQuoted = b[k] == UInt8(ascii: "'") || b[k] == UInt8(ascii: "\"")
            if isQuoted {
                let quote = b[k]
                var e = k + 1
                while e < n {
                    if b[e] == UInt8(ascii: "\\") { e += 2; continue }
                    if b[e] == quote {
                        if e + 1 < n, b[e + 1] == quote { e += 2; continue }  // `''` inside a string
                        break
                    }
                    e += 1
                }
                guard e < n else { break }  // unterminated: the row is taken whole by the caller
                value = (k + 1)..<e
                k = e + 1
                // PostgreSQL's cast after a literal (`'1985-01-07'::date`, Django's SQL log).
                if k + 2 < n, b[k] == UInt8(ascii: ":"), b[k + 1] == UInt8(ascii: ":") {
                    k += 2
                    while k < n, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "_") || b[k] == UInt8(ascii: "[") || b[k] == UInt8(ascii: "]") { k += 1 }
                }
            } else {
                // A number, NULL, a function call (`NOW()`) or a bind placeholder: up to the
                // next `,` or `)` outside parentheses.
                var depth = 0
                var e = k
                while e < n {
                    let x = b[e]
                    if x == UInt8(ascii: "(") { depth += 1 } else if x == UInt8(ascii: ")") { if depth == 0 { break }; depth -= 1 } else if x == UInt8(ascii: ","), depth == 0 { break }
                    e += 1
                }
                var t = e
                while t > k, b[t - 1] == 0x20 { t -= 1 }
                value = k..<t
                k = e
            }
            values.append(value)
            quoted.append(isQuoted)
            k = Self.skipSpaces(b, k)
            guard k < n else { break }
            if b[k] == UInt8(ascii: ",") { k += 1; continue }
            if b[k] == UInt8(ascii: ")") { closed = true; k += 1 }
            break
        }
        return (values, quoted, closed, k)
    }

    /// A bind placeholder, no value: `?`, `$1`, `:name`, `@p0`, `%s`, `%(name)s`.
    static func isBindPlaceholder(_ b: Bytes, _ r: Range<Int>) -> Bool {
        guard let first = r.first.map({ b[$0] }) else { return false }
        switch first {
        case UInt8(ascii: "?"): return r.count == 1 || b[(r.lowerBound + 1)..<r.upperBound].allSatisfy(ASCII.isDigit)
        case UInt8(ascii: "$"), UInt8(ascii: ":"), UInt8(ascii: "@"):
            return r.count > 1 && r.count <= 32 && b[(r.lowerBound + 1)..<r.upperBound].allSatisfy { ASCII.isAlnum($0) || $0 == UInt8(ascii: "_") }
        case UInt8(ascii: "%"): return r.count <= 40 && b[r.upperBound - 1] == UInt8(ascii: "s")
        default: return false
        }
    }

    /// An unquoted `NULL` / `null`.
    static func isSQLNull(_ b: Bytes, _ r: Range<Int>) -> Bool {
        r.count == 4 && ASCII.hasPrefix(b, at: r.lowerBound, lowercased: "null")
    }

    @inline(__always)
    static func skipSpaces(_ b: Bytes, _ at: Int) -> Int {
        var k = at
        while k < b.count, b[k] == 0x20 || b[k] == 0x09 { k += 1 }
        return k
    }
}
