/// Erlang's key-value tuples, as proplists and crash reports print them:
/// `[{password,"s3cret"},{username,<<"jdoe">>}]`, `{<<"password">>,<<"s3cret">>}`. The first
/// element is the key (an atom, or a quoted or binary string), the second its value (a quoted or
/// binary string, or a bare term up to the tuple's `}`).
extension Scrubber {
    /// At a `{`: the key-context hit for a two-element tuple whose key a field rule names, or nil.
    func erlangTupleValue(_ b: Bytes, at open: Int, floor: Int) -> KeyValueHit? {
        let n = b.count
        var k = open + 1
        guard k < n else { return nil }
        // The key: `password`, `"password"`, `'password'` or `<<"password">>`.
        var binary = false
        if b[k] == UInt8(ascii: "<"), k + 2 < n, b[k + 1] == UInt8(ascii: "<"), b[k + 2] == UInt8(ascii: "\"") { binary = true; k += 2 }
        var quote: UInt8 = 0
        if b[k] == UInt8(ascii: "\"") || b[k] == UInt8(ascii: "'") { quote = b[k]; k += 1 }
        guard k < n, ASCII.isLetter(b[k]) else { return nil }
        let keyStart = k
        while k < n, k - keyStart <= Self.maximumKeyLength, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "_") || b[k] == UInt8(ascii: "-") { k += 1 }
        let key = keyStart..<k
        if quote != 0 { guard k < n, b[k] == quote else { return nil }; k += 1 }
        if binary { guard k + 1 < n, b[k] == UInt8(ascii: ">"), b[k + 1] == UInt8(ascii: ">") else { return nil }; k += 2 }
        guard k < n, b[k] == UInt8(ascii: ",") else { return nil }
        k += 1
        while k < n, b[k] == 0x20 { k += 1 }
        guard k < n, key.lowerBound >= floor, let rule = compiled.fieldRule(forTextKey: b, key) else { return nil }
        // The value.
        var valueStart = k
        var valueEnd: Int
        var valueQuote: UInt8 = 0
        if b[k] == UInt8(ascii: "<"), k + 2 < n, b[k + 1] == UInt8(ascii: "<"), b[k + 2] == UInt8(ascii: "\"") {
            valueQuote = UInt8(ascii: "\""); valueStart = k + 3
        } else if b[k] == UInt8(ascii: "\"") || b[k] == UInt8(ascii: "'") {
            valueQuote = b[k]; valueStart = k + 1
        }
        valueEnd = valueStart
        if valueQuote != 0 {
            // To the closing quote; unterminated, to the end of the line (fail closed).
            while valueEnd < n, b[valueEnd] != valueQuote, b[valueEnd] != 0x0A {
                if b[valueEnd] == UInt8(ascii: "\\") { valueEnd += 1 }
                valueEnd += 1
            }
            valueEnd = min(valueEnd, n)
        } else {
            // A bare term (`{password,s3cret}`, `{port,5672}`): up to the tuple's `}`; a nested
            // term (`{ssl,[…]}`, `{user,{a,b}}`) is read on its own.
            guard ASCII.isAlnum(b[k]) else { return nil }
            while valueEnd < n, b[valueEnd] != UInt8(ascii: "}"), b[valueEnd] != UInt8(ascii: ","), b[valueEnd] != 0x0A, b[valueEnd] != 0x20 { valueEnd += 1 }
            guard valueEnd < n, b[valueEnd] == UInt8(ascii: "}") else { return nil }
        }
        guard valueEnd > valueStart else { return nil }
        return fieldValue(b, rule: rule, valueStart: valueStart, valueEnd: valueEnd, afterPairSeparator: false)
    }
}
