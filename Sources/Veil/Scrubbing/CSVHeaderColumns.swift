/// CSV exports and reports written into a log with their header line (a loyalty or attendee
/// export, an audit report, a payroll import):
///
///     "Confirmation Number","First Name","Last Name","Email Address","Mobile Phone"
///     "K7XZ9PL4QRM","Jane","Doe","jane@example.com","+44 7700 900123"
///
/// The engine scrubs one line at a time, and a data row alone names no key. A stream reader feeds
/// every line, in order, to this tracker, as to ``ZeekFieldLines``: after a header whose columns a
/// field rule names (`First Name` is read as the key `first_name`), each following row with as
/// many fields gets those columns' ranges and rules, and
/// ``Scrubber/scrubColumns(_:columns:format:into:report:)`` writes it. A row with another field
/// count ends the table.
///
/// **A header** is a line of three or more comma-, semicolon- or tab-separated names, quoted or
/// not: each 1…48 bytes of letters, digits, spaces, `_ - . / # ( )`, starting with a letter,
/// with no `@` and more letters than digits; at least one names a rule that replaces values.
package struct CSVHeaderColumns: ColumnLineTracker {
    private var separator: UInt8 = 0
    /// The rule of each column (−1: none), or empty when no header is in force.
    private var columnRules: [Int] = []

    package init() {}

    /// True while a header's columns are in force.
    package var isActive: Bool { !columnRules.isEmpty }

    /// Feeds the next line of the stream. Returns the ranges (inside any quotes) and rules of the
    /// columns a rule names, when the line is a row under a header with such columns.
    package mutating func columns(in line: Bytes, rules: CompiledRules) -> [(range: Range<Int>, rule: Int)]? {
        if let header = Self.header(line, rules: rules) {
            separator = header.separator
            columnRules = header.rules
            return nil
        }
        guard !columnRules.isEmpty else { return nil }
        guard let fields = Self.fields(line, separator: separator, limit: columnRules.count), fields.count == columnRules.count else {
            columnRules = []
            return nil
        }
        var found: [(range: Range<Int>, rule: Int)] = []
        for (k, field) in fields.enumerated() where columnRules[k] >= 0 && !field.isEmpty { found.append((field, columnRules[k])) }
        return found.isEmpty ? nil : found
    }

    /// The fields of `line` split at `separator` (inside quotes when quoted, `""` an escaped
    /// quote); nil when a quote is left open or there are more than `limit` fields.
    static func fields(_ line: Bytes, separator: UInt8, limit: Int) -> [Range<Int>]? {
        var result: [Range<Int>] = []
        var n = line.count
        if n > 0, line[n - 1] == 0x0D { n -= 1 }
        var k = 0
        while true {
            guard result.count < limit + 1 else { return nil }
            if k < n, line[k] == UInt8(ascii: "\"") {
                let start = k + 1
                var e = start
                while true {
                    guard e < n else { return nil }
                    if line[e] == UInt8(ascii: "\"") {
                        if e + 1 < n, line[e + 1] == UInt8(ascii: "\"") { e += 2; continue }
                        break
                    }
                    e += 1
                }
                result.append(start..<e)
                k = e + 1
                guard k == n || line[k] == separator else { return nil }
            } else {
                let start = k
                while k < n, line[k] != separator { k += 1 }
                result.append(start..<k)
            }
            if k >= n { return result }
            k += 1  // the separator
        }
    }

    /// The separator and each column's rule when `line` is a header with a ruled column; nil otherwise.
    static func header(_ line: Bytes, rules: CompiledRules) -> (separator: UInt8, rules: [Int])? {
        let n = line.count
        guard n >= 8, n <= 4096, ASCII.isLetter(line[0]) || line[0] == UInt8(ascii: "\"") else { return nil }
        // The first name decides the separator (a cheap reject for most log lines).
        var k = line[0] == UInt8(ascii: "\"") ? 1 : 0
        while k < n, k < 64, isNameByte(line[k]) { k += 1 }
        if k < n, line[k] == UInt8(ascii: "\""), line[0] == UInt8(ascii: "\"") { k += 1 }
        guard k < n, line[k] == UInt8(ascii: ",") || line[k] == UInt8(ascii: ";") || line[k] == 0x09 else { return nil }
        let separator = line[k]
        guard let fields = fields(line, separator: separator, limit: 256), fields.count >= 3 else { return nil }
        var result: [Int] = []
        result.reserveCapacity(fields.count)
        var any = false
        var key: [UInt8] = []
        for field in fields {
            guard isName(line, field) else { return nil }
            key.removeAll(keepingCapacity: true)
            for x in line[field] { key.append(x == 0x20 || x == UInt8(ascii: "-") || x == UInt8(ascii: "/") ? UInt8(ascii: "_") : x) }
            var rule = -1
            key.withUnsafeBufferPointer { buffer in
                if let r = rules.fieldRule(forTextKey: buffer, 0..<buffer.count), rules.active[r].action != .keep { rule = r }
            }
            if rule >= 0 { any = true }
            result.append(rule)
        }
        return any ? (separator, result) : nil
    }

    private static func isNameByte(_ x: UInt8) -> Bool {
        ASCII.isAlnum(x) || x == 0x20 || x == UInt8(ascii: "_") || x == UInt8(ascii: "-") || x == UInt8(ascii: ".") || x == UInt8(ascii: "/")
            || x == UInt8(ascii: "#") || x == UInt8(ascii: "(") || x == UInt8(ascii: ")")
    }

    /// A column's name: 1…48 name bytes, a letter first, more letters than digits.
    private static func isName(_ line: Bytes, _ r: Range<Int>) -> Bool {
        guard r.count >= 1, r.count <= 48, ASCII.isLetter(line[r.lowerBound]) else { return false }
        var letters = 0, digits = 0
        for x in line[r] {
            guard isNameByte(x) else { return false }
            if ASCII.isLetter(x) { letters += 1 } else if ASCII.isDigit(x) { digits += 1 }
        }
        return letters > digits
    }
}
