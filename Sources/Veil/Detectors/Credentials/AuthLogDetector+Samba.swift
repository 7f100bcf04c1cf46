/// Samba's authentication audit lines and Dovecot's passdb lines name the account in
/// brackets or parentheses:
/// - `Authentication for user [harper] -> [harper] FAILED with error NT_STATUS_WRONG_PASSWORD`
/// - `Auth: [SMB2,(null)] user [CORP]\[jlee] at [Mon, …] with [NTLMv2] status [NT_STATUS_OK] …
///   became [CORP]\[jlee] [S-1-5-21-…]` (the domain stays, the user is replaced)
/// - `auth: passwd-file(frank,198.51.100.8): Password mismatch`, `pam(frank,198.51.100.8,<sid>)`
extension AuthLogDetector {
    /// At `user [` or `became [`: the user, and for `user [X] -> [Y]` the mapped name Y too.
    static func samba(_ bytes: Bytes, _ at: Int) -> (user: Range<Int>, mapped: Range<Int>?)? {
        var k: Int
        if ASCII.hasPrefix(bytes, at: at, exactly: "user [") { k = at + 6 }
        else if ASCII.hasPrefix(bytes, at: at, exactly: "became [") { k = at + 8 }
        else { return nil }
        guard at == 0 || bytes[at - 1] == 0x20, let first = userRun(bytes, k), ASCII.hasPrefix(bytes, at: first.upperBound, exactly: "]") else { return nil }
        k = first.upperBound + 1
        if ASCII.hasPrefix(bytes, at: k, exactly: "\\[") {
            // `[DOMAIN]\[user]`: the user.
            guard let user = userRun(bytes, k + 2), ASCII.hasPrefix(bytes, at: user.upperBound, exactly: "]") else { return nil }
            return (user, nil)
        }
        if ASCII.hasPrefix(bytes, at: k, exactly: " -> [") {
            guard let mapped = userRun(bytes, k + 5), ASCII.hasPrefix(bytes, at: mapped.upperBound, exactly: "]") else { return (first, nil) }
            return (first, mapped)
        }
        guard ASCII.hasPrefix(bytes, at: k, exactly: " at [") || ASCII.hasPrefix(bytes, at: k, exactly: " FAILED") || ASCII.hasPrefix(bytes, at: k, exactly: " succeeded") else { return nil }
        return (first, nil)
    }

    /// Dovecot's `passdb(user,ADDRESS…)` — `address` being the IPv4 address after the `,`:
    /// the user's range, or nil.
    static func dovecotPassdbUser(_ bytes: Bytes, address: Range<Int>, floor: Int) -> Range<Int>? {
        let comma = address.lowerBound - 1
        guard comma > floor, bytes[comma] == UInt8(ascii: ","), address.upperBound < bytes.count,
              bytes[address.upperBound] == UInt8(ascii: ")") || bytes[address.upperBound] == UInt8(ascii: ",") else { return nil }
        var k = comma
        while k > floor, comma - k < maxUser, isUserByte(bytes[k - 1]) { k -= 1 }
        guard k < comma, k - 1 > floor, bytes[k - 1] == UInt8(ascii: "(") else { return nil }
        // The passdb / userdb driver before the parenthesis.
        var d = k - 1
        while d > floor, ASCII.isLower(bytes[d - 1]) || bytes[d - 1] == UInt8(ascii: "-") || ASCII.isDigit(bytes[d - 1]) { d -= 1 }
        let driver = d..<(k - 1)
        guard passdbDrivers.contains(where: { $0.utf8CodeUnitCount == driver.count && ASCII.hasPrefix(bytes, at: d, exactly: $0) }) else { return nil }
        return k..<comma
    }

    static let passdbDrivers: [StaticString] = [
        "passwd-file", "passwd", "pam", "sql", "ldap", "shadow", "checkpassword", "static", "bsdauth", "oauth2", "lua", "dict", "imap", "vpopmail", "master", "userdb",
    ]
}
