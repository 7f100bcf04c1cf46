/// The account of a `.netrc` entry written to a log (`curl -v`, CI debug output, config
/// dumps): `machine api.example.com login jane password PW`. The password is read by the
/// password detectors; the `login` word, common in prose (`login failed`), is a key only right
/// after `machine HOST`.
extension Scrubber {
    /// The account after `login` at `at` (a word start) when `machine HOST ` comes right before;
    /// the account's range and the `login` key's rule, or nil.
    func netrcLogin(_ b: Bytes, at: Int) -> (value: Range<Int>, rule: Int)? {
        let n = b.count
        guard at >= 10, at + 7 < n, ASCII.hasPrefix(b, at: at, lowercased: "login "), b[at - 1] == 0x20 else { return nil }
        // Backwards: the host, one or more spaces, then the word `machine`.
        var k = at - 1
        while k > 0, b[k - 1] == 0x20 { k -= 1 }
        let hostEnd = k
        while k > 0, at - k <= 260, !ASCII.isSpace(b[k - 1]) { k -= 1 }
        guard hostEnd - k >= 1, k >= 8, b[k - 1] == 0x20 else { return nil }
        var m = k - 1
        while m > 0, b[m - 1] == 0x20 { m -= 1 }
        guard m >= 7, ASCII.hasPrefix(b, at: m - 7, lowercased: "machine"),
              m == 7 || !(ASCII.isAlnum(b[m - 8]) || b[m - 8] == UInt8(ascii: "_")) else { return nil }
        // Forwards: the account, up to whitespace or a quote or `\` (the end of a JSON string).
        var v = at + 6
        while v < n, b[v] == 0x20 { v += 1 }
        var e = v
        while e < n, !ASCII.isSpace(b[e]), b[e] != UInt8(ascii: "\""), b[e] != UInt8(ascii: "\\") { e += 1 }
        guard e > v, !Self.isPseudonym(b, v..<e), let rule = fieldRule(forLiteralKey: "login") else { return nil }
        return (v..<e, rule)
    }
}
