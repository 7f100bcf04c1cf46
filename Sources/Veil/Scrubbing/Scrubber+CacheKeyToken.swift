/// A token inside a cache key's name: Redis `MONITOR`'s `"SETEX" "pwreset:uAjyJZHG…" "900"`,
/// `GET session:8f3a9c…`, `DEL otp:…` — the key's prefix names a reset token, a session or a
/// one-time code, and the random part after the `:` is that secret.
extension Scrubber {
    /// Prefixes (lower-cased, before the `:`) whose key holds a secret after them.
    static let secretKeyPrefixes: [StaticString] = ["pwreset", "reset", "password_reset", "session", "sess", "token", "otp", "magic", "verify", "invite", "refresh"]

    /// At the `:` after a prefix of ``secretKeyPrefixes`` (a word start, after a quote, a space or
    /// `=`): the random value after it (``randomValue(_:at:)``), or nil.
    static func cacheKeyToken(_ b: Bytes, colon: Int) -> Range<Int>? {
        guard colon >= 3, colon + 17 < b.count else { return nil }
        var s = colon
        while s > 0, colon - s < 14, ASCII.isLower(b[s - 1]) || b[s - 1] == UInt8(ascii: "_") { s -= 1 }
        guard s < colon, s == 0 || b[s - 1] == UInt8(ascii: "\"") || b[s - 1] == 0x20 || b[s - 1] == UInt8(ascii: "="),
              secretKeyPrefixes.contains(where: { $0.utf8CodeUnitCount == colon - s && ASCII.hasPrefix(b, at: s, exactly: $0) }),
              let value = randomValue(b, at: colon + 1) else { return nil }
        return value
    }
}
