/// FreeIPA's API log names the account as a command's first argument:
/// `admin@CORP.EXAMPLE.COM: user_add/1('tnguyen', givenname='Thanh', …): SUCCESS`,
/// `user_mod/1('tnguyen', …)`, `user_disable/1('tnguyen', …)`, `passwd/1('tnguyen', …)`.
///
/// **Trigger**: the `u` of `user_` or the `p` of `passwd/` (a word start). **Accepts** the
/// quoted account (Python's `'…'` or `u'…'`) right after `/N(`.
extension AuthLogDetector {
    static func freeIPACommandAccount(_ bytes: Bytes, at: Int) -> Range<Int>? {
        let n = bytes.count
        guard at == 0 || !ASCII.isAlnum(bytes[at - 1]) else { return nil }
        var k = at
        if ASCII.hasPrefix(bytes, at: at, exactly: "user_") {
            k += 5
            let verb = k
            while k < n, k - verb < 16, ASCII.isLower(bytes[k]) || bytes[k] == UInt8(ascii: "_") { k += 1 }
            guard k > verb else { return nil }
        } else if ASCII.hasPrefix(bytes, at: at, exactly: "passwd") {
            k += 6
        } else {
            return nil
        }
        guard k + 4 < n, bytes[k] == UInt8(ascii: "/"), ASCII.isDigit(bytes[k + 1]) else { return nil }
        k += 1
        while k < n, ASCII.isDigit(bytes[k]) { k += 1 }
        guard k + 2 < n, bytes[k] == UInt8(ascii: "(") else { return nil }
        k += 1
        if bytes[k] == UInt8(ascii: "u"), k + 1 < n, bytes[k + 1] == UInt8(ascii: "'") { k += 1 }
        guard bytes[k] == UInt8(ascii: "'") else { return nil }
        return user(bytes, k + 1, then: { e in e < n && bytes[e] == UInt8(ascii: "'") })
    }
}
