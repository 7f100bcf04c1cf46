/// A connection string encoded in base64: a Kubernetes Secret's `data:` printed by
/// `kubectl get secret -o yaml` (`DATABASE_URL: cG9zdGdyZXM6Ly9hcHA6czNjcmV0QGRiOjU0MzIvYXBw`),
/// a Helm value, an environment dump. Such a blob starts with the encoding of its scheme
/// (`postgres://` → `cG9zdGdyZXM6Ly`); it is decoded and scanned as text. If that finds
/// anything (a password in the URL, an e-mail …), the whole blob takes the `encoded_text`
/// key's rule (the default pack redacts it); a blob that decodes to a URL with nothing to
/// scrub stays as it is.
///
/// Standard and URL-safe alphabets, 16 bytes to 64 KiB, decoded text printable ASCII.
extension Scrubber {
    /// The blob's range at `at` when it is an encoded connection string that holds something
    /// to scrub; nil otherwise.
    func encodedText(_ b: Bytes, at: Int, credentialsOnly: Bool) -> Range<Int>? {
        guard Self.startsEncodedScheme(b, at) else { return nil }
        let n = b.count
        // Not the middle of a longer base64 run.
        if at > 0, ASCII.isAlnum(b[at - 1]) || b[at - 1] == UInt8(ascii: "+") || b[at - 1] == UInt8(ascii: "/") { return nil }
        guard let (body, end) = Self.base64Run(b, at: at), end == n || !(ASCII.isAlnum(b[end]) || b[end] == UInt8(ascii: ".")),
              let decoded = Self.decodeBase64(b, at..<body), decoded.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
        var spans: [TextSpan] = []
        var ranges: [Range<Int>] = []
        decoded.withUnsafeBufferPointer { collectSpans($0, credentialsOnly: credentialsOnly, into: &spans, ranges: &ranges) }
        return spans.contains(where: { $0.rule >= 0 }) ? at..<end : nil
    }

    /// The rule for encoded connection strings: the `encoded_text` key's.
    func encodedTextRule() -> Int? {
        fieldRule(forLiteralKey: "encoded_text")
    }

    /// The base64 of the schemes that carry credentials (`postgres://`, `mysql://`, `redis://`,
    /// `amqp://`, `mongodb://`, `https://`, `jdbc:` …), at the start of a blob.
    static func startsEncodedScheme(_ b: Bytes, _ at: Int) -> Bool {
        guard at + 16 < b.count else { return false }
        switch (b[at], b[at + 1]) {
        case (UInt8(ascii: "c"), UInt8(ascii: "G")), (UInt8(ascii: "c"), UInt8(ascii: "m")), (UInt8(ascii: "c"), UInt8(ascii: "3")), (UInt8(ascii: "c"), UInt8(ascii: "2")),
             (UInt8(ascii: "b"), UInt8(ascii: "X")), (UInt8(ascii: "b"), UInt8(ascii: "W")), (UInt8(ascii: "b"), UInt8(ascii: "G")),
             (UInt8(ascii: "Y"), UInt8(ascii: "W")), (UInt8(ascii: "a"), UInt8(ascii: "H")), (UInt8(ascii: "a"), UInt8(ascii: "m")), (UInt8(ascii: "Z"), UInt8(ascii: "n")):
            break
        default:
            return false
        }
        for prefix in encodedSchemes where at + prefix.count <= b.count {
            var k = 0
            while k < prefix.count, b[at + k] == prefix[k] { k += 1 }
            if k == prefix.count { return true }
        }
        return false
    }

    private static let encodedSchemes: [[UInt8]] = [
        "cG9zdGdyZXM6Ly", "cG9zdGdyZXNxbDovL", "bXlzcWw6Ly", "bW9uZ29kYjovL", "bW9uZ29kYitzcnY6Ly", "cmVkaXM6Ly", "cmVkaXNzOi8v",
        "YW1xcDovL", "YW1xcHM6Ly", "aHR0cHM6Ly", "aHR0cDovL", "amRiYz", "c3Fsc2VydmVyOi8v", "bWFyaWFkYjovL", "ZnRwOi8v", "c2Z0cDovL",
        "bGRhcDovL", "bGRhcHM6Ly", "c210cDovL", "c210cHM6Ly",
    ].map { Array($0.utf8) }
}
