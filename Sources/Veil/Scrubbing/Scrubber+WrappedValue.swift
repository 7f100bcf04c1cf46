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
