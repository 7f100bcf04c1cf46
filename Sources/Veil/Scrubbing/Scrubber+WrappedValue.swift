/// A value printed inside a wrapper: Swift's `Optional("s3cret")` (string interpolation of an
/// optional), Rust's `Some("…")`, pydantic's `SecretStr('…')`, `Secret(…)`. The value is what
/// the wrapper holds: `password: Optional("s3cret")` once wrote the wrapper's name as the value
/// and left the string after it raw.
extension Scrubber {
    /// At `at`, a wrapper's name (a letter, then up to 40 letters, digits, `_`, `.`), `(`, and
    /// one argument: a quoted string (then its text, between the quotes), or, after a known
    /// wrapper's name (``wrapperNames``), anything up to the matching `)`. An empty argument is
    /// an empty range. An unclosed string or wrapper runs to the end of the line (fail closed).
    /// nil for no wrapper, for keyword arguments (`authenticate(username="nina", …)`: pairs of
    /// their own) and for other calls (`Smith(admin)`: a name and its note, one value).
    static func wrappedValue(_ b: Bytes, at: Int) -> Range<Int>? {
        let n = b.count
        guard at < n, ASCII.isLetter(b[at]) else { return nil }
        var k = at
        while k < n, k - at <= 40, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "_") || b[k] == UInt8(ascii: ".") { k += 1 }
        guard k < n, k - at <= 40, b[k] == UInt8(ascii: "("), k + 1 < n, !startsPair(b, k + 1) else { return nil }
        let open = k
        let lineEnd = b[open...].firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) ?? n
        let first = b[open + 1]
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            var e = open + 2
            while e < lineEnd, b[e] != first {
                if b[e] == UInt8(ascii: "\\") { e += 1 }
                e += 1
            }
            guard e < lineEnd else { return (open + 2)..<lineEnd }  // unclosed string
            // The string and the wrapper's `)` right after it; anything else is the whole call.
            if e + 1 < n, b[e + 1] == UInt8(ascii: ")") { return (open + 2)..<e }
        } else if !isWrapperName(b, at..<open) {
            // A first pass's replacement of a described struct's arguments (`Token(token~k~…)`,
            // `Credentials([REDACTED:secret])`): its output, wrapped.
            if let e = pseudonymEnd(b, at: open + 1) ?? placeholderEnd(b, at: open + 1), e < n, b[e] == UInt8(ascii: ")") { return (open + 1)..<e }
            return nil
        }
        guard let close = parenValueEnd(b, open) else { return (open + 1)..<lineEnd }  // unclosed call
        return (open + 1)..<close
    }

    /// Wrappers that hold one value: `Optional`, `Some`, `Ok`, `Just`, `Secret`, `SecretStr`,
    /// `SecretString`, `SecretBytes`, `Sensitive`, `Redacted`, `Masked`, `Protected`, `Box`,
    /// `Arc`, `Rc`, `Cow` (exact case).
    static func isWrapperName(_ b: Bytes, _ r: Range<Int>) -> Bool {
        for name in wrapperNames where r.count == name.utf8CodeUnitCount && ASCII.hasPrefix(b, at: r.lowerBound, exactly: name) { return true }
        return false
    }

    static let wrapperNames: [StaticString] = [
        "Optional", "Some", "Ok", "Just", "Secret", "SecretStr", "SecretString", "SecretBytes", "Sensitive", "Redacted", "Masked",
        "Protected", "Box", "Arc", "Rc", "Cow",
    ]
}

/// A value printed as Swift describes a struct: `Token(value: "…", expiresAt: …)`,
/// `Credentials(username: "jdoe", password: "…")` (`String(describing:)`, string interpolation).
extension Scrubber {
    /// At `at`, a type's name (a letter or `_`, then up to 64 letters, digits, `_`, `.`), `(`, and
    /// a first argument labelled `label: ` (a lower-case letter or `_` first): where the arguments
    /// start (after the `(`), the label, and the first argument's value (a quoted string's text, to
    /// the end of the line when unclosed; else up to the `,` or `)` that ends it, quotes and
    /// parentheses respected). nil for anything else.
    static func describedArguments(_ b: Bytes, at: Int) -> (arguments: Int, label: Range<Int>, value: Range<Int>)? {
        let n = b.count
        guard at < n, ASCII.isLetter(b[at]) || b[at] == UInt8(ascii: "_") else { return nil }
        var k = at
        while k < n, k - at <= 64, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "_") || b[k] == UInt8(ascii: ".") { k += 1 }
        guard k < n, k - at <= 64, b[k] == UInt8(ascii: "("), k + 1 < n, ASCII.isLower(b[k + 1]) || b[k + 1] == UInt8(ascii: "_") else { return nil }
        let arguments = k + 1
        k = arguments
        while k < n, k - arguments <= 64, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "_") { k += 1 }
        guard k + 1 < n, b[k] == UInt8(ascii: ":"), b[k + 1] == 0x20 else { return nil }
        let label = arguments..<k
        let valueStart = k + 2
        let lineEnd = b[valueStart...].firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) ?? n
        guard valueStart < lineEnd else { return nil }
        if b[valueStart] == UInt8(ascii: "\"") {
            var e = valueStart + 1
            while e < lineEnd, b[e] != UInt8(ascii: "\"") {
                if b[e] == UInt8(ascii: "\\") { e += 1 }
                e += 1
            }
            return (arguments, label, (valueStart + 1)..<min(e, lineEnd))
        }
        var e = valueStart
        var depth = 0
        var quote: UInt8 = 0
        while e < lineEnd {
            let x = b[e]
            if quote != 0 {
                if x == UInt8(ascii: "\\") { e += 2; continue }
                if x == quote { quote = 0 }
            } else if x == UInt8(ascii: "\"") || x == UInt8(ascii: "'") {
                quote = x
            } else if x == UInt8(ascii: "(") || x == UInt8(ascii: "[") {
                depth += 1
            } else if x == UInt8(ascii: ")") || x == UInt8(ascii: "]") {
                if depth == 0 { break }
                depth -= 1
            } else if x == UInt8(ascii: ","), depth == 0 {
                break
            }
            e += 1
        }
        return (arguments, label, valueStart..<min(e, lineEnd))
    }

    /// The string inside a one-member wrapper object at `open` (its `{`): `{"value":"…"}`,
    /// `{"string":"…"}`, `{"$eq":"…"}`, `{ $eq: '…' }` — the member's name one of `value`,
    /// `string`, `query`, `text`, `$eq`, `$ne`, `$regex`, quoted or not; the range inside the
    /// string's quotes, or nil when more follows it than the closing `}`.
    static func wrappedString(_ b: Bytes, open: Int) -> Range<Int>? {
        let n = b.count
        var k = open + 1
        while k < n, b[k] == 0x20 { k += 1 }
        guard k + 6 < n else { return nil }
        let nameQuote: UInt8 = b[k] == UInt8(ascii: "\"") || b[k] == UInt8(ascii: "'") ? b[k] : 0
        if nameQuote != 0 { k += 1 }
        var name = k
        while name < n, name - k < 8, ASCII.isLower(b[name]) || b[name] == UInt8(ascii: "$") { name += 1 }
        let word = k..<name
        guard wrapperMemberNames.contains(where: { $0.utf8CodeUnitCount == word.count && ASCII.hasPrefix(b, at: k, exactly: $0) }) else { return nil }
        k = name
        if nameQuote != 0 {
            guard k < n, b[k] == nameQuote else { return nil }
            k += 1
        }
        while k < n, b[k] == 0x20 { k += 1 }
        guard k < n, b[k] == UInt8(ascii: ":") else { return nil }
        k += 1
        while k < n, b[k] == 0x20 { k += 1 }
        guard k < n, b[k] == UInt8(ascii: "\"") || b[k] == UInt8(ascii: "'") else { return nil }
        let q = b[k]
        let start = k + 1
        var e = start
        while e < n, b[e] != q {
            if b[e] == UInt8(ascii: "\\") { e += 1 }
            e += 1
        }
        guard e < n else { return start..<n }  // unterminated: to the line's end (fail closed)
        var after = e + 1
        while after < n, b[after] == 0x20 { after += 1 }
        return after < n && b[after] == UInt8(ascii: "}") ? start..<e : nil
    }

    static let wrapperMemberNames: [StaticString] = ["value", "string", "query", "text", "$eq", "$ne", "$regex"]
}
