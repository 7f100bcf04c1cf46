/// HashiCorp Vault's audit log hashes secrets but not request paths, and the user-name auth
/// methods put the account there: `"path":"auth/userpass/login/jmorrison"`,
/// `PUT /v1/auth/ldap/login/a.kowalski`, `auth/userpass/users/jmorrison/password`.
///
/// **Trigger**: the `a` of `auth/` at a string's start or after `"`, `/` or a space. **Accepts** the methods that take
/// a user name (`userpass`, `ldap`, `okta`, `radius`, also mounted under another name ending in
/// them, such as `corp-ldap`), then `/login/` or `/users/`, and the account up to `/`, `"`, `?`
/// or white space.
extension AuthLogDetector {
    static func vaultAuthPath(_ bytes: Bytes, at i: Int) -> Range<Int>? {
        let n = bytes.count
        guard i + 12 < n, ASCII.hasPrefix(bytes, at: i, exactly: "auth/"),
              i == 0 || bytes[i - 1] == UInt8(ascii: "\"") || bytes[i - 1] == UInt8(ascii: "/") || bytes[i - 1] == 0x20 else { return nil }
        var k = i + 5
        let mount = k
        while k < n, k - mount < 48, ASCII.isLower(bytes[k]) || ASCII.isDigit(bytes[k]) || bytes[k] == UInt8(ascii: "-") || bytes[k] == UInt8(ascii: "_") { k += 1 }
        guard k > mount, k < n, bytes[k] == UInt8(ascii: "/") else { return nil }
        var takesUser = false
        for method: StaticString in ["userpass", "ldap", "okta", "radius"] where CredentialScan.hasSuffix(bytes, endingAt: k, exactly: method) {
            takesUser = true
            break
        }
        guard takesUser else { return nil }
        var p = k
        if ASCII.hasPrefix(bytes, at: p, exactly: "/login/") { p += 7 } else if ASCII.hasPrefix(bytes, at: p, exactly: "/users/") { p += 7 } else { return nil }
        var e = p
        while e < n, e - p <= 128, bytes[e] > 0x20, bytes[e] != UInt8(ascii: "/"), bytes[e] != UInt8(ascii: "\""), bytes[e] != UInt8(ascii: "?"), bytes[e] != UInt8(ascii: "\\") { e += 1 }
        guard e > p, e - p <= 128 else { return nil }
        return p..<e
    }
}
