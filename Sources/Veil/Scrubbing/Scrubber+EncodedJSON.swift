/// A JSON object encoded in base64 (`eyJlbWFpbCI6ImFAYi5jb20iLCJwYXNzd29yZCI6Ii4uLiJ9`): OAuth
/// `state` parameters, session payloads, unsigned JWT-like cookies, message bodies. Such a blob
/// starts with `eyJ` (`{"` encoded); when it is no JWT, it is decoded and scrubbed as a JSON
/// line. If that finds anything (an e-mail, a password under its key …), the whole blob takes
/// the `encoded_json` key's rule (the default pack redacts it); a blob whose JSON holds nothing
/// to scrub stays as it is.
///
/// Standard (`+/`) and URL-safe (`-_`) alphabets, with or without `=` padding, 16 bytes to
/// 64 KiB. A blob that does not decode to a JSON object stays (it is scanned as text).
extension Scrubber {
    static let maximumEncodedJSON = 64 << 10

    /// The blob's range at `at` (on `eyJ`) when it decodes to JSON that holds something to
    /// scrub; nil otherwise.
    func encodedJSON(_ b: Bytes, at: Int) -> Range<Int>? {
        let n = b.count
        guard let (body, end) = Self.base64Run(b, at: at) else { return nil }
        // Not glued to more (a `.` starts a JWT's next part, unless it ends a sentence).
        let sentenceDot = end < n && b[end] == UInt8(ascii: ".") && (end + 1 == n || !ASCII.isBase64URL(b[end + 1]))
        guard end == n || sentenceDot || !(ASCII.isAlnum(b[end]) || b[end] == UInt8(ascii: ".") || b[end] == UInt8(ascii: "_") || b[end] == UInt8(ascii: "-")),
              let json = Self.decodeBase64(b, at..<body), json.first == UInt8(ascii: "{") else { return nil }
        var out: [UInt8] = []
        var report = ScrubReport(for: self)
        let scrubbed = json.withUnsafeBufferPointer { scrubJSONLine($0, into: &out, report: &report) }
        guard scrubbed, out != json else { return nil }
        return at..<end
    }

    /// The base64 run at `at` (either alphabet, up to two `=`): where its body and its padding
    /// end; nil when the body is shorter than 16 bytes or longer than ``maximumEncodedJSON``.
    static func base64Run(_ b: Bytes, at: Int) -> (body: Int, end: Int)? {
        let n = b.count
        var end = at
        while end < n, end - at <= maximumEncodedJSON, ASCII.isBase64URL(b[end]) || b[end] == UInt8(ascii: "+") || b[end] == UInt8(ascii: "/") { end += 1 }
        let body = end
        while end < n, end - body < 2, b[end] == UInt8(ascii: "=") { end += 1 }
        guard body - at >= 16, body - at <= maximumEncodedJSON else { return nil }
        return (body, end)
    }

    /// `b[body]` decoded with either alphabet (read as the URL-safe one: `+` → `-`, `/` → `_`).
    /// A length ≡ 1 mod 4 is cut by one: a truncated blob still shows its start.
    static func decodeBase64(_ b: Bytes, _ body: Range<Int>) -> [UInt8]? {
        var text = [UInt8](b[body])
        for k in text.indices {
            if text[k] == UInt8(ascii: "+") { text[k] = UInt8(ascii: "-") } else if text[k] == UInt8(ascii: "/") { text[k] = UInt8(ascii: "_") }
        }
        if text.count % 4 == 1 { text.removeLast() }
        return text.withUnsafeBufferPointer { Base64URL.decode($0) }
    }

    /// The rule for encoded JSON blobs: the `encoded_json` key's.
    func encodedJSONRule() -> Int? {
        fieldRule(forLiteralKey: "encoded_json")
    }
}
