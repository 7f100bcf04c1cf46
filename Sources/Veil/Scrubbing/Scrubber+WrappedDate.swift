/// A date of birth written as the object a language prints for it, not as a bare date: a
/// JavaScript `new Date("1985-12-01")`, Ruby's `#<Date: 1995-02-11 ((2449760j,0s,0n),+0s,2299161j)>`,
/// PHP's `Carbon\Carbon @543196800 {date: 1987-03-14 00:00:00.0 UTC (+00:00)}`, Python's
/// `datetime.date(1985, 12, 1)`, Java's `Date.toString()` (`Tue Mar 14 00:00:00 CET 1987`). The
/// key's first word alone (`new`, `#`, `Carbon\Carbon`) was replaced and the date left raw (stop 36).
extension Scrubber {
    /// The end of a date in its object when the value at `start` (its first word ending at `end`)
    /// holds no digit: through the bracket that closes the object, when the object holds a digit
    /// and closes within 160 bytes; through the year of Java's form. Nil otherwise.
    static func wrappedDateEnd(_ b: Bytes, _ start: Int, _ end: Int) -> Int? {
        let n = b.count
        guard end > start else { return nil }
        // `datetime.date(1985,` — the first word opened the object.
        if let open = b[start..<end].firstIndex(where: { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: "{") }), open > start,
           let close = closingBracket(b, open), close >= end {
            return close + 1
        }
        guard !b[start..<end].contains(where: ASCII.isDigit) else { return nil }
        if let java = javaDateEnd(b, start) { return java }
        var k = start
        while k < n, k - start < 64 {
            let x = b[k]
            if x == UInt8(ascii: "(") || x == UInt8(ascii: "{") || x == UInt8(ascii: "<") { break }
            if x == UInt8(ascii: ",") || x == UInt8(ascii: ";") || x == UInt8(ascii: "\"") && k > start && b[k - 1] != UInt8(ascii: "(") || x == 0x0A { return nil }
            k += 1
        }
        guard k < n, k - start < 64, let close = closingBracket(b, k), b[k..<close].contains(where: ASCII.isDigit) else { return nil }
        return close + 1
    }

    /// The bracket that closes the `(`, `{` or `<` at `open` within 160 bytes, or nil.
    private static func closingBracket(_ b: Bytes, _ open: Int) -> Int? {
        let opener = b[open]
        let closer: UInt8 = opener == UInt8(ascii: "(") ? UInt8(ascii: ")") : opener == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: ">")
        var depth = 0, e = open
        while e < b.count, e - open < 160 {
            if b[e] == opener { depth += 1 } else if b[e] == closer {
                depth -= 1
                if depth == 0 { return e }
            } else if b[e] == 0x0A { return nil }
            e += 1
        }
        return nil
    }

    /// Java's `EEE MMM dd HH:mm:ss zzz yyyy` at `at`: the end of the year, or nil.
    private static func javaDateEnd(_ b: Bytes, _ at: Int) -> Int? {
        guard weekdays.contains(where: { ASCII.hasPrefix(b, at: at, exactly: $0) }), at + 28 <= b.count, b[at + 3] == 0x20,
              months.contains(where: { ASCII.hasPrefix(b, at: at + 4, exactly: $0) }), b[at + 7] == 0x20 else { return nil }
        var k = at + 8
        guard ASCII.isDigit(b[k]), ASCII.isDigit(b[k + 1]), b[k + 2] == 0x20 else { return nil }
        k += 3
        // HH:mm:ss
        guard k + 9 <= b.count, ASCII.isDigit(b[k]), b[k + 2] == UInt8(ascii: ":"), b[k + 5] == UInt8(ascii: ":"), b[k + 8] == 0x20 else { return nil }
        k += 9
        // The zone: letters (`CET`, `GMT+01:00`).
        while k < b.count, k - at < 48, b[k] != 0x20 { k += 1 }
        guard k + 5 <= b.count, b[k] == 0x20, b[(k + 1)..<(k + 5)].allSatisfy(ASCII.isDigit) else { return nil }
        return k + 5
    }
}
