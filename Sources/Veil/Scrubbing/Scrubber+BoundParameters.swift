/// TypeORM's query log writes a statement with numbered placeholders and its values after it:
/// `INSERT INTO "user"("firstName", "lastName", "email") VALUES ($1, $2, $3) -- PARAMETERS:
/// ["Mateo","Gonzalez Reyes","mateo@example.com"]`, `UPDATE "session" SET "token" = $1 WHERE
/// "userId" IN ($2) -- PARAMETERS: ["sess_…",58213]`; Ecto's (Elixir) writes the list right after
/// the statement, dates as sigils: `… VALUES ($1,$2,$3) RETURNING "id" ["Håkon", ~D[1985-03-17],
/// "17038549812"]`. Each value takes the rule of the column its placeholder stands for (an
/// INSERT's column list, a `"column" = $N` comparison), else the rule its shape gives, as
/// PostgreSQL's `DETAIL:  parameters:` values do.
extension Scrubber {
    /// At the `P` of `PARAMETERS: [` after `-- `: the values' spans appended; true when one was.
    func boundParameters(_ b: Bytes, at: Int, floor: Int, spans: inout [TextSpan]) -> Bool {
        guard at >= floor, at >= 3, ASCII.hasPrefix(b, at: at, exactly: "PARAMETERS: ["), CredentialScan.hasSuffix(b, endingAt: at, exactly: "-- ") else { return false }
        let columns = Self.placeholderColumns(b, before: at - 3)
        return boundValues(b, from: at + 13, columns: columns, spans: &spans)
    }

    /// At a `[` after a space that ends a statement with numbered placeholders on the same line
    /// (Ecto's `… RETURNING "id" ["Håkon", …]`, `… WHERE u0."email" = $1 ["a@b.c"]`): the values'
    /// spans appended; true when one was.
    func ectoParameters(_ b: Bytes, open: Int, floor: Int, spans: inout [TextSpan]) -> Bool {
        let n = b.count
        guard open >= floor, open >= 8, open + 2 < n, b[open - 1] == 0x20 else { return false }
        let first = b[open + 1]
        guard first == UInt8(ascii: "\"") || first == UInt8(ascii: "~") || ASCII.isDigit(first) || first == UInt8(ascii: "n") || first == UInt8(ascii: "<") else { return false }
        // The statement: on this line, with a `$1` placeholder, and no `]` between it and the list.
        var lineStart = open - 1
        while lineStart > 0, open - lineStart < 4096, b[lineStart - 1] != 0x0A { lineStart -= 1 }
        var dollar = lineStart
        while dollar + 2 < open, !(b[dollar] == UInt8(ascii: "$") && b[dollar + 1] == UInt8(ascii: "1") && !ASCII.isDigit(b[dollar + 2])) { dollar += 1 }
        guard dollar + 2 < open, !b[dollar..<open].contains(UInt8(ascii: "]")) else { return false }
        var statement = false
        for keyword: StaticString in ["select ", "insert into ", "update ", "delete from "] where CredentialScan.contains(b, from: lineStart, to: dollar, lowercased: keyword) {
            statement = true
        }
        guard statement else { return false }
        let columns = Self.placeholderColumns(b, from: lineStart, before: open)
        return boundValues(b, from: open + 1, columns: columns, spans: &spans)
    }

    /// The values of a bound list from `k` (after its `[`) to its `]`: a string (`"…"`, escapes
    /// inside), an Elixir date or time sigil (`~D[1985-03-17]`, its text), or a bare number.
    private func boundValues(_ b: Bytes, from start: Int, columns: [(number: Int, column: Range<Int>)], spans: inout [TextSpan]) -> Bool {
        let n = b.count
        var k = start
        var index = 0
        var appended = false
        while k < n, index < Self.maximumInsertColumns {
            while k < n, b[k] == 0x20 { k += 1 }
            guard k < n, b[k] != UInt8(ascii: "]") else { break }
            index += 1
            let column = columns.first(where: { $0.number == index })?.column
            if b[k] == UInt8(ascii: "\"") || (b[k] == UInt8(ascii: "~") && k + 2 < n && ASCII.isUpper(b[k + 1]) && b[k + 2] == UInt8(ascii: "[")) {
                let sigil = b[k] == UInt8(ascii: "~")
                let close = sigil ? UInt8(ascii: "]") : UInt8(ascii: "\"")
                let valueStart = sigil ? k + 3 : k + 1
                var e = valueStart
                // (A first pass's placeholder inside the sigil, `~D[[REDACTED:dob]]`, is done.)
                if sigil, let end = Self.placeholderEnd(b, at: valueStart) { e = end }
                while e < n, b[e] != close, b[e] != 0x0A { e += b[e] == UInt8(ascii: "\\") ? 2 : 1 }
                let value = valueStart..<min(e, n)  // unterminated: to the end of the line
                k = min(e + 1, n)
                if !value.isEmpty, !(sigil && b[valueStart] == UInt8(ascii: "[")), let rule = column.flatMap({ compiled.fieldRule(forTextKey: b, $0) }) ?? positionalValueRule(b, value),
                   let hit = fieldValue(b, rule: rule, valueStart: value.lowerBound, valueEnd: value.upperBound, afterPairSeparator: false), let span = hit.span {
                    spans.append(span)
                    appended = true
                }
            } else {
                // A number, `null`, `true`, an object (a JSON column) — the object's pairs are read as text.
                if b[k] == UInt8(ascii: "{") || b[k] == UInt8(ascii: "[") || b[k] == UInt8(ascii: "%") || b[k] == UInt8(ascii: "<") { break }
                let start = k
                while k < n, b[k] != UInt8(ascii: ","), b[k] != UInt8(ascii: "]"), b[k] != 0x0A { k += 1 }
                // A number under its column's rule only (`"userId" IN ($3)` → `58213`).
                if k > start, b[start..<k].allSatisfy(ASCII.isDigit), let column,
                   let rule = compiled.fieldRule(forTextKey: b, column),
                   let hit = fieldValue(b, rule: rule, valueStart: start, valueEnd: k, afterPairSeparator: false), let span = hit.span {
                    spans.append(span)
                    appended = true
                }
            }
            while k < n, b[k] == 0x20 { k += 1 }
            guard k < n, b[k] == UInt8(ascii: ",") else { break }
            k += 1
        }
        return appended
    }

    /// The statement's placeholders before `end` and the columns they stand for: an INSERT's
    /// column list paired with its `VALUES ($1, $2, …)`, and `"column" = $N` / `"column" IN ($N)`.
    static func placeholderColumns(_ b: Bytes, from: Int? = nil, before end: Int) -> [(number: Int, column: Range<Int>)] {
        var pairs: [(number: Int, column: Range<Int>)] = []
        var k = from ?? max(0, end - 4096)
        // An INSERT's columns.
        var insertColumns: [Range<Int>] = []
        while k < end {
            if b[k] == UInt8(ascii: "$"), k + 1 < end, ASCII.isDigit(b[k + 1]), k == 0 || !ASCII.isAlnum(b[k - 1]) {
                var e = k + 1
                var number = 0
                while e < end, ASCII.isDigit(b[e]), number < 10_000 { number = number * 10 + Int(b[e] - 0x30); e += 1 }
                if let column = columnBefore(b, placeholder: k) {
                    pairs.append((number, column))
                } else if pairs.count < insertColumns.count, number >= 1, number <= insertColumns.count {
                    pairs.append((number, insertColumns[number - 1]))
                }
                k = e
                continue
            }
            if insertColumns.isEmpty, (b[k] | 0x20) == UInt8(ascii: "i"), ASCII.hasPrefix(b, at: k, lowercased: "insert into ") {
                // `INSERT INTO "user"("a", "b")`: the quoted names in the first parentheses.
                guard let open = b[k..<end].firstIndex(of: UInt8(ascii: "(")) else { break }
                var q = open + 1
                while q < end, b[q] != UInt8(ascii: ")") {
                    if b[q] == UInt8(ascii: "\"") || b[q] == UInt8(ascii: "`"), let close = b[(q + 1)..<end].firstIndex(of: b[q]) {
                        insertColumns.append((q + 1)..<close)
                        q = close + 1
                    } else {
                        q += 1
                    }
                }
                k = q
                continue
            }
            k += 1
        }
        return pairs
    }

    /// `"email" = $1`, `"email"=$1`, `email = $1`, `"userId" IN ($3)`: the column before the
    /// placeholder at `placeholder`, or nil.
    static func columnBefore(_ b: Bytes, placeholder: Int) -> Range<Int>? {
        var k = placeholder - 1
        if k >= 0, b[k] == UInt8(ascii: "(") {
            k -= 1
            while k >= 0, b[k] == 0x20 { k -= 1 }
            guard k >= 2, (b[k] | 0x20) == UInt8(ascii: "n"), (b[k - 1] | 0x20) == UInt8(ascii: "i"), b[k - 2] == 0x20 else { return nil }
            k -= 2
        } else {
            while k >= 0, b[k] == 0x20 { k -= 1 }
            guard k >= 0, b[k] == UInt8(ascii: "=") else { return nil }
            k -= 1
        }
        while k >= 0, b[k] == 0x20 { k -= 1 }
        guard k >= 0 else { return nil }
        if b[k] == UInt8(ascii: "\"") || b[k] == UInt8(ascii: "`") {
            let quote = b[k]
            let close = k
            k -= 1
            while k >= 0, b[k] != quote { k -= 1 }
            return k >= 0 && k + 1 < close ? (k + 1)..<close : nil
        }
        let close = k + 1
        while k >= 0, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "_") { k -= 1 }
        return k + 1 < close ? (k + 1)..<close : nil
    }
}
