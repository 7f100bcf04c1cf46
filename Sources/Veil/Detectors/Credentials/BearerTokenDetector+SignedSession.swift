/// Django's `signing.dumps(…, compress=True)` and Flask's session cookie: a `.` then the base64url
/// of zlib-compressed JSON (zlib's header encodes to `eJ`), then the timestamp and the signature
/// (`.eJxVjEEOgjAQRe8ya9K0pZTi0r1nIMMwSKMWMtNqiPHuxsSFbv977-IwPFqTtzpe:1rZ2…:Xk…`). Logged as a
/// `session_data` column or a `session=` cookie, it is the session itself: a bearer credential.
extension BearerTokenDetector {
    /// At the `e` of `.eJ` (the `.` at `at - 1`): the blob with its `:`/`.`-separated timestamp and
    /// signature, at least 20 bytes, up to 16 KiB (past that, the rest of the line: fail closed).
    package static func signedSession(_ b: Bytes, at: Int) -> Range<Int>? {
        let n = b.count
        guard at > 0, at + 20 < n, b[at - 1] == UInt8(ascii: "."), b[at] == UInt8(ascii: "e"), b[at + 1] == UInt8(ascii: "J") else { return nil }
        var e = at + 2
        while e < n, e - at <= 16 << 10, ASCII.isBase64URL(b[e]) || b[e] == UInt8(ascii: ".") || b[e] == UInt8(ascii: ":") { e += 1 }
        if e - at > 16 << 10 { return at..<n }
        while e > at, b[e - 1] == UInt8(ascii: ".") || b[e - 1] == UInt8(ascii: ":") { e -= 1 }
        // The compressed JSON alone is at least 20 bytes; a word that merely starts `eJ` is no blob.
        var body = at
        while body < e, ASCII.isBase64URL(b[body]) { body += 1 }
        guard body - at >= 20, e == n || !ASCII.isAlnum(b[e]) else { return nil }
        // Random base64 has digits and both cases.
        let digits = b[at..<body].contains(where: ASCII.isDigit), upper = b[(at + 2)..<body].contains(where: ASCII.isUpper)
        guard digits || upper else { return nil }
        return at..<e
    }
}
