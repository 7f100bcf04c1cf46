/// Identity providers' user ids outside a key that names them: Okta's `00u4m8n2p6q0r3s5t7v9`
/// (`00u` and 17 letters and digits) in prose, Auth0's `auth0|65a3f8e1d4b7c90e2a6f1d38` and
/// `google-oauth2|1098…` in paths and messages (also URL-encoded: `auth0%7C65a3…`); a CRM's and a
/// payment platform's ids of people: Salesforce's contacts, users and leads
/// (`0035g00000Qw3ErAAJ`, checked by its case checksum) and Stripe's customers (`cus_P8x2LmQ4vT9w`).
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

    /// Salesforce's 18-byte id of a contact (`003`), a user (`005`) or a lead (`00Q`) at `at`:
    /// 15 letters and digits and three checksum letters that encode the case of the first 15
    /// (five bits each, `A`…`Z` then `0`…`5`); not glued to letters or digits.
    package static func salesforcePerson(_ b: Bytes, at: Int) -> Range<Int>? {
        let n = b.count
        guard at + 18 <= n, b[at] == UInt8(ascii: "0"), b[at + 1] == UInt8(ascii: "0"),
              b[at + 2] == UInt8(ascii: "3") || b[at + 2] == UInt8(ascii: "5") || b[at + 2] == UInt8(ascii: "Q"),
              at == 0 || !(ASCII.isAlnum(b[at - 1]) || b[at - 1] == UInt8(ascii: "_")),
              at + 18 == n || !(ASCII.isAlnum(b[at + 18]) || b[at + 18] == UInt8(ascii: "_")) else { return nil }
        for k in at..<(at + 18) where !ASCII.isAlnum(b[k]) { return nil }
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ012345".utf8)
        for chunk in 0..<3 {
            var bits = 0
            for j in 0..<5 where ASCII.isUpper(b[at + chunk * 5 + j]) { bits |= 1 << j }
            guard b[at + 15 + chunk] == alphabet[bits] else { return nil }
        }
        return at..<(at + 18)
    }

    /// Stripe's customer id at `at` (its `c`): `cus_` and 10 to 24 letters and digits with a digit
    /// and a letter, not glued to letters, digits or `_` on either side.
    package static func stripeCustomer(_ b: Bytes, at: Int) -> Range<Int>? {
        let n = b.count
        guard at + 14 <= n, ASCII.hasPrefix(b, at: at, exactly: "cus_"), at == 0 || !(ASCII.isAlnum(b[at - 1]) || b[at - 1] == UInt8(ascii: "_")) else { return nil }
        var e = at + 4, digits = 0, letters = 0
        while e < n, e - at <= 29, ASCII.isAlnum(b[e]) {
            if ASCII.isDigit(b[e]) { digits += 1 } else { letters += 1 }
            e += 1
        }
        guard e - at - 4 >= 10, e - at - 4 <= 24, digits > 0, letters > 0, e == n || !(ASCII.isAlnum(b[e]) || b[e] == UInt8(ascii: "_")) else { return nil }
        return at..<e
    }
}
