/// Unique-key errors that quote the duplicate value and name the index it broke:
/// - MySQL and MariaDB: `Duplicate entry 'jdoe42' for key 'users.username'` (also
///   `users_email_unique`, `idx_phone`, `uk_users_phone_number`);
/// - SQL Server: `Violation of UNIQUE KEY constraint 'UQ_Users_Email'. Cannot insert duplicate
///   key in object 'dbo.Users'. The duplicate key value is (jdoe@example.com).`, and `… with
///   unique index 'IX_Customers_Username'. The duplicate key value is (jsmith).`
///
/// The value takes the rule of the column the index is named after: the index name's last
/// dotted part, split at `_`, is tried one to three parts at a time, longest first, without
/// the usual affixes (`unique`, `uk`, `idx`, `key` …). An index that names no rule
/// (`PRIMARY`, `orders_number_unique`) leaves the value to the text scan.
extension Scrubber {
    /// At a word starting with `du`/`Du` (MySQL) or `Th` (SQL Server): the quoted value and
    /// the rule its index names.
    func duplicateKeyValue(_ b: Bytes, at i: Int) -> (Range<Int>, Int)? {
        if ASCII.hasPrefix(b, at: i, lowercased: "duplicate entry '") {
            let start = i + 17
            guard let marker = Self.find(b, "' for key '", from: start, within: 1024), marker > start else { return nil }
            let nameStart = marker + 11
            guard let nameEnd = Self.find(b, "'", from: nameStart, within: 192), nameEnd > nameStart,
                  let rule = indexNameRule(b, nameStart..<nameEnd) else { return nil }
            return (start..<marker, rule)
        }
        if ASCII.hasPrefix(b, at: i, exactly: "The duplicate key value is (") {
            let start = i + 28
            guard let close = Self.find(b, ").", from: start, within: 1024) ?? (b.last == UInt8(ascii: ")") && b.count - 1 > start ? b.count - 1 : nil),
                  close > start,
                  let nameStart = Self.find(b, "constraint '", from: max(0, i - 512), within: i - max(0, i - 512)).map({ $0 + 12 })
                    ?? Self.find(b, "index '", from: max(0, i - 512), within: i - max(0, i - 512)).map({ $0 + 7 }),
                  let nameEnd = Self.find(b, "'", from: nameStart, within: 192), nameEnd > nameStart,
                  let rule = indexNameRule(b, nameStart..<nameEnd) else { return nil }
            return (start..<close, rule)
        }
        return nil
    }

    /// The rule the column in an index name names (see the type's comment), or nil.
    func indexNameRule(_ b: Bytes, _ name: Range<Int>) -> Int? {
        var s = name.lowerBound
        if let dot = b[name].lastIndex(of: UInt8(ascii: ".")) { s = dot + 1 }
        var parts: [Range<Int>] = []
        var k = s
        while k < name.upperBound, parts.count < 8 {
            let p = k
            while k < name.upperBound, b[k] != UInt8(ascii: "_") { k += 1 }
            if k > p, !Self.isIndexAffix(b, p..<k) { parts.append(p..<k) }
            k += 1
        }
        guard !parts.isEmpty else { return nil }
        for length in stride(from: min(3, parts.count), through: 1, by: -1) {
            for first in 0...(parts.count - length) {
                let window = parts[first].lowerBound..<parts[first + length - 1].upperBound
                if let rule = compiled.fieldRule(forTextKey: b, window), compiled.active[rule].action != .keep { return rule }
            }
        }
        return nil
    }

    /// Whether `b[r]` is a part of index names that names no column (any case).
    private static func isIndexAffix(_ b: Bytes, _ r: Range<Int>) -> Bool {
        for affix: StaticString in ["unique", "uniq", "unq", "uk", "uq", "ux", "u", "idx", "index", "ix", "key", "pk", "fk", "primary", "constraint"]
        where r.count == affix.utf8CodeUnitCount && ASCII.hasPrefix(b, at: r.lowerBound, lowercased: affix) { return true }
        return false
    }

    /// The first position of `needle` in `b[from..<from + within]` (the match may end past it).
    static func find(_ b: Bytes, _ needle: StaticString, from: Int, within: Int) -> Int? {
        let count = needle.utf8CodeUnitCount
        let first = needle.utf8Start[0]
        var k = from
        let last = min(b.count - count, from + within)
        while k <= last {
            if b[k] == first, ASCII.hasPrefix(b, at: k, exactly: needle) { return k }
            k += 1
        }
        return nil
    }
}
