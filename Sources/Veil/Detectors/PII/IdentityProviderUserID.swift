/// Identity providers' user ids outside a key that names them: Okta's `00u4m8n2p6q0r3s5t7v9`
/// (`00u` and 17 letters and digits) in prose, Auth0's `auth0|65a3f8e1d4b7c90e2a6f1d38` and
/// `google-oauth2|1098…` in paths and messages (also URL-encoded: `auth0%7C65a3…`).
package enum IdentityProviderUserID {
    /// Okta's user id at `at` (its first `0`): 20 bytes, not glued to letters or digits.
    package static func okta(_ b: Bytes, at: Int) -> Range<Int>? {
        let n = b.count
        guard at + 20 <= n, b[at] == UInt8(ascii: "0"), b[at + 1] == UInt8(ascii: "0"), b[at + 2] == UInt8(ascii: "u"),
              at == 0 || !ASCII.isAlnum(b[at - 1]) else { return nil }
        var e = at + 3
        var letters = 0
        while e < n, e - at < 21, ASCII.isAlnum(b[e]) { if ASCII.isLetter(b[e]) { letters += 1 }; e += 1 }
        guard e - at == 20, letters >= 2, e == n || !(ASCII.isAlnum(b[e]) || b[e] == UInt8(ascii: "_")) else { return nil }
        return at..<e
    }

    /// Auth0's connections whose user ids read `<connection>|<id>`.
    static let connections: [StaticString] = ["auth0", "google-oauth2", "github", "facebook", "windowslive", "apple", "linkedin", "samlp", "waad", "oidc", "twitter"]

    /// Auth0's `<connection>|<id>` at `at` (the connection's first letter): the whole id.
    package static func auth0(_ b: Bytes, at: Int) -> Range<Int>? {
        let n = b.count
        guard at == 0 || !(ASCII.isAlnum(b[at - 1]) || b[at - 1] == UInt8(ascii: "-")) else { return nil }
        for connection in connections where ASCII.hasPrefix(b, at: at, exactly: connection) {
            var k = at + connection.utf8CodeUnitCount
            if k < n, b[k] == UInt8(ascii: "|") { k += 1 } else if ASCII.hasPrefix(b, at: k, lowercased: "%7c") { k += 3 } else { return nil }
            let start = k
            while k < n, k - start <= 64, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "_") || b[k] == UInt8(ascii: "-") || b[k] == UInt8(ascii: ".") { k += 1 }
            while k > start, b[k - 1] == UInt8(ascii: ".") { k -= 1 }
            guard k - start >= 6, b[start..<k].contains(where: ASCII.isDigit) else { return nil }
            return at..<k
        }
        return nil
    }
}
