/// Chinese, Japanese and Korean text writes pairs with full-width punctuation:
/// `用户名：张三，手机号：13812345678，密码：abc123`. The full-width colon `：` separates a key
/// from its value like `:`; the full-width comma `，`, semicolon `；`, ideographic comma `、`
/// and full stop `。` end an unquoted value before the next pair (as `,` does).
enum WidePunctuation {
    /// The length of the full-width punctuation at `at` (`，` `；` `：` `（` `）` `、` `。`), or 0.
    @inline(__always)
    static func length(_ b: Bytes, _ at: Int) -> Int {
        guard at + 2 < b.count else { return 0 }
        switch (b[at], b[at + 1], b[at + 2]) {
        case (0xEF, 0xBC, 0x8C), (0xEF, 0xBC, 0x9B), (0xEF, 0xBC, 0x9A), (0xEF, 0xBC, 0x88), (0xEF, 0xBC, 0x89),
             (0xE3, 0x80, 0x81), (0xE3, 0x80, 0x82):
            return 3
        default:
            return 0
        }
    }

    /// The length of the UTF-8 punctuation or symbol that ends right before `end` — Latin-1
    /// punctuation (`«` `»` NBSP `·`), `×` `÷`, general punctuation, arrows and other symbols
    /// (U+2000–U+2FFF: `“` `”` `–` `…` `→`), CJK punctuation (`、` `。` `「`), full-width forms
    /// (`，` `：`), emoji — or 0 for a letter (or an ASCII byte). A key never runs back over one:
    /// `“password: x”` has the key `password`.
    static func symbolLength(_ b: Bytes, endingAt end: Int) -> Int {
        guard end >= 2, b[end - 1] >= 0x80 else { return 0 }
        var s = end - 1
        while s > 0, end - s < 4, b[s] & 0xC0 == 0x80 { s -= 1 }
        let lead = b[s], second: UInt8 = s + 1 < end ? b[s + 1] : 0
        let symbol: Bool
        switch lead {
        case 0xC2: symbol = true
        case 0xC3: symbol = second == 0x97 || second == 0xB7
        case 0xE2: symbol = true
        case 0xE3: symbol = second == 0x80
        case 0xEF: symbol = second >= 0xBC
        case 0xF0: symbol = second == 0x9F
        default: symbol = false
        }
        return symbol ? end - s : 0
    }

    /// Whether the character starting at `at` is one ``symbolLength(_:endingAt:)`` calls
    /// punctuation or a symbol.
    @inline(__always)
    static func startsSymbol(_ b: Bytes, _ at: Int) -> Bool {
        guard at + 1 < b.count else { return false }
        let second = b[at + 1]
        switch b[at] {
        case 0xC2, 0xE2: return true
        case 0xC3: return second == 0x97 || second == 0xB7
        case 0xE3: return second == 0x80
        case 0xEF: return second >= 0xBC
        case 0xF0: return second == 0x9F
        default: return false
        }
    }

    /// Whether a full-width colon `：` is at `at`.
    @inline(__always)
    static func isColon(_ b: Bytes, _ at: Int) -> Bool {
        at + 2 < b.count && b[at] == 0xEF && b[at + 1] == 0xBC && b[at + 2] == 0x9A
    }

    /// Whether a key (letters of any script, digits, `_`, `-`, `.`) and a separator (`=`, `:` or
    /// `：`) start at `at`.
    static func startsPair(_ b: Bytes, _ at: Int) -> Bool {
        var k = at
        while k < b.count, k - at < 64 {
            let x = b[k]
            if x == UInt8(ascii: "=") || x == UInt8(ascii: ":") || isColon(b, k) { return k > at }
            guard ASCII.isAlnum(x) || x == UInt8(ascii: "_") || x == UInt8(ascii: "-") || x == UInt8(ascii: ".") || (x >= 0x80 && length(b, k) == 0) else { return false }
            k += 1
        }
        return false
    }
}

extension Scrubber {
    /// At a full-width colon `colon`: the value of the key before it, under the key's field
    /// rule; nil when no rule names the key.
    func wideColonPair(_ b: Bytes, colon: Int, floor: Int) -> KeyValueHit? {
        let n = b.count
        // The key, backwards: letters of any script, digits, `_`, `-`; not past full-width punctuation.
        var keyStart = colon
        while keyStart > 0, colon - keyStart < Self.maximumKeyLength {
            let x = b[keyStart - 1]
            if x >= 0x80, WidePunctuation.symbolLength(b, endingAt: keyStart) > 0 { break }
            guard ASCII.isAlnum(x) || x == UInt8(ascii: "_") || x == UInt8(ascii: "-") || x >= 0x80 else { break }
            keyStart -= 1
        }
        // (A key starts at a character's first byte, not inside one.)
        while keyStart < colon, b[keyStart] & 0xC0 == 0x80 { keyStart += 1 }
        guard keyStart < colon, keyStart >= floor, let rule = compiled.fieldRule(forTextKey: b, keyStart..<colon) else { return nil }
        var v = colon + 3
        while v < n, b[v] == 0x20 { v += 1 }
        guard v < n, v >= floor else { return nil }
        // `用户名："张三"`, `姓名：「山田太郎」`: the quoted text; unclosed, the rest of the line (fail closed).
        if let (open, close) = Self.wideQuote(b, at: v) {
            var e = v + open.count
            while e < n, !b[e...].starts(with: close) { e += 1 }
            let value = (v + open.count)..<e
            guard !value.isEmpty else { return nil }
            return fieldValue(b, rule: rule, valueStart: value.lowerBound, valueEnd: value.upperBound, afterPairSeparator: true)
        }
        let end = Self.unquotedValueEnd(b, from: v)
        guard end > v else { return nil }
        return fieldValue(b, rule: rule, valueStart: v, valueEnd: end, afterPairSeparator: true)
    }

    /// The opening and closing quote at `at`: `"…"`, `'…'`, `「…」`, `『…』`, `“…”`.
    static func wideQuote(_ b: Bytes, at: Int) -> (open: [UInt8], close: [UInt8])? {
        for (open, close) in wideQuotes where b[at...].starts(with: open) { return (open, close) }
        return nil
    }

    private static let wideQuotes: [(open: [UInt8], close: [UInt8])] = [
        ([0x22], [0x22]), ([0x27], [0x27]), ([0xE3, 0x80, 0x8C], [0xE3, 0x80, 0x8D]), ([0xE3, 0x80, 0x8E], [0xE3, 0x80, 0x8F]),
        ([0xE2, 0x80, 0x9C], [0xE2, 0x80, 0x9D]),
    ]
}
