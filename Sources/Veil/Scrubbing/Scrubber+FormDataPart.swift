/// A `multipart/form-data` part dumped into one line with its line breaks escaped, as HTTP
/// debug logs write request bodies: `Content-Disposition: form-data; name="password"\r\n\r\n
/// s3cret\r\n------WebKitFormBoundary…`. The part's name is a field name, not a person's
/// (`name="email"` was pseudonymised as one), and its value, after the escaped blank line,
/// takes that field's rule (the password was written raw).
extension Scrubber {
    /// At `form-data;`: the value's span under the field's rule, or a span to step over (rule
    /// −2) that ends after the part's name when no rule names the field, the part is a file
    /// (`filename=`), or no escaped blank line follows within 256 bytes.
    func formDataPart(_ b: Bytes, at i: Int) -> (Range<Int>, TextSpan.Kind, Int, Int)? {
        let n = b.count
        guard ASCII.hasPrefix(b, at: i, lowercased: "form-data;") else { return nil }
        var k = i + 10
        while k < n, b[k] == 0x20 { k += 1 }
        guard ASCII.hasPrefix(b, at: k, lowercased: "name=") else { return nil }
        k += 5
        // `name="…"` or, inside an escaped string, `name=\"…\"`.
        let escapedQuote = k + 1 < n && b[k] == UInt8(ascii: "\\") && b[k + 1] == UInt8(ascii: "\"")
        if escapedQuote { k += 2 } else { guard k < n, b[k] == UInt8(ascii: "\"") else { return nil }; k += 1 }
        let nameStart = k
        while k < n, k - nameStart <= 64, b[k] != UInt8(ascii: "\"") && b[k] != UInt8(ascii: "\\") { k += 1 }
        guard k < n, k > nameStart, k - nameStart <= 64 else { return nil }
        let name = nameStart..<k
        k += escapedQuote ? 2 : 1
        guard k <= n else { return nil }
        let skip = (i..<k, TextSpan.Kind.detector, -2, 0)
        if ASCII.hasPrefix(b, at: k, lowercased: "; filename=") { return skip }
        guard let rule = compiled.fieldRule(forTextKey: b, name) else { return skip }
        // The escaped blank line (`\r\n\r\n` or `\n\n`), past part headers (`\r\nContent-Type: …`).
        var valueStart = -1
        var p = k
        while p + 3 < n, p - k < 256 {
            if ASCII.hasPrefix(b, at: p, exactly: "\\r\\n\\r\\n") { valueStart = p + 8; break }
            if ASCII.hasPrefix(b, at: p, exactly: "\\n\\n") { valueStart = p + 4; break }
            if b[p] == 0x0A || b[p] == 0x0D { break }
            p += 1
        }
        guard valueStart >= 0, valueStart <= n else { return skip }
        // The value's span steps over the part's headers unscanned: only `Content-…` headers
        // (`Content-Type: text/plain`) may stand there; with any other, the headers are part of
        // the value (fail closed).
        var line = k
        var otherHeader = false
        while line < p {
            if ASCII.hasPrefix(b, at: line, exactly: "\\r") || ASCII.hasPrefix(b, at: line, exactly: "\\n") { line += 2; continue }
            if !ASCII.hasPrefix(b, at: line, lowercased: "content-") { otherHeader = true; break }
            while line < p, !(b[line] == UInt8(ascii: "\\") && line + 1 < p && (b[line + 1] == UInt8(ascii: "r") || b[line + 1] == UInt8(ascii: "n"))) { line += 1 }
        }
        // The value runs to the next escaped line break (the boundary's), a real one, or a
        // quote that closes the enclosing string (at the end, or before a delimiter).
        var valueEnd = valueStart
        while valueEnd < n {
            let x = b[valueEnd]
            if x == 0x0A || x == 0x0D { break }
            if x == UInt8(ascii: "\\"), valueEnd + 1 < n, b[valueEnd + 1] == UInt8(ascii: "r") || b[valueEnd + 1] == UInt8(ascii: "n") { break }
            if x == UInt8(ascii: "\"") || x == UInt8(ascii: "'"),
               valueEnd + 1 == n || b[valueEnd + 1] == 0x20 || b[valueEnd + 1] == UInt8(ascii: ",") || b[valueEnd + 1] == UInt8(ascii: "}") || b[valueEnd + 1] == UInt8(ascii: ")") { break }
            valueEnd += 1
        }
        if otherHeader { valueStart = k }
        guard valueEnd > valueStart, let hit = fieldValue(b, rule: rule, valueStart: valueStart, valueEnd: valueEnd, afterPairSeparator: false) else {
            return skip
        }
        guard let span = hit.span else { return (i..<max(k, hit.valueStart), .detector, -2, 0) }
        return (span.range, span.kind, span.rule, span.precedence)
    }
}
