/// An APNs device token (64 hex digits) where push senders write it without a key: Apple's
/// HTTP/2 API path `POST https://api.push.apple.com/3/device/0bfa2f2f…`, gorush's `[ios] c74a01cb…`,
/// `sending to device 740f4707…`. The token addresses one person's phone.
package enum PushDeviceToken {
    /// What ends right before a token (lower-cased).
    static let contexts: [StaticString] = ["/3/device/", "[ios] ", "device ", "devicetoken "]

    /// A cheap test at a word start: the two bytes before end one of ``contexts`` (`e/`, `] `, `e `, `n `).
    @inline(__always)
    package static func mayFollowContext(_ b: Bytes, _ at: Int) -> Bool {
        let p = b[at - 1], q = b[at - 2]
        return p == UInt8(ascii: "/") ? q == UInt8(ascii: "e") : p == 0x20 && (q == UInt8(ascii: "e") || q == UInt8(ascii: "]") || q == UInt8(ascii: "n"))
    }

    /// The token at `at` (its first hex digit): exactly 64 hex digits not glued to a letter, digit,
    /// `_` or `-`, after one of ``contexts``; nil otherwise.
    package static func match(_ b: Bytes, at: Int) -> Range<Int>? {
        let n = b.count
        guard at >= 6, at + 64 <= n, b[at - 1] == UInt8(ascii: "/") || b[at - 1] == 0x20,
              contexts.contains(where: { CredentialScan.hasSuffix(b, endingAt: at, lowercased: $0) }) else { return nil }
        for k in at..<(at + 64) where !ASCII.isHexDigit(b[k]) { return nil }
        let e = at + 64
        guard e == n || !(ASCII.isAlnum(b[e]) || b[e] == UInt8(ascii: "_") || b[e] == UInt8(ascii: "-")) else { return nil }
        return at..<e
    }
}
