/// A secret's value printed in parentheses after its name: `AWS_SECRET_ACCESS_KEY loaded from
/// environment (hP1iZkzf…)`, `using client secret (Xy7_kP9m…)`. The value must read as random
/// (``Scrubber/randomValue(_:at:)``: 16 or more token bytes, mixed case with digits, hex or
/// standard base64) and close the parentheses; a name of a secret (`secret`, `password`,
/// `token`, `api_key`, `apikey`, `private_key`) must stand in the 64 bytes before the `(`.
extension Scrubber {
    /// The value inside the parentheses that open at `open`, or nil.
    static func secretInParentheses(_ b: Bytes, open: Int) -> Range<Int>? {
        guard open >= 8, open + 17 < b.count, let value = randomValue(b, at: open + 1),
              value.upperBound < b.count, b[value.upperBound] == UInt8(ascii: ")") else { return nil }
        let from = max(0, open - 64)
        for name: StaticString in ["secret", "password", "token", "api_key", "apikey", "private_key"]
        where CredentialScan.contains(b, from: from, to: open, lowercased: name) { return value }
        return nil
    }
}
