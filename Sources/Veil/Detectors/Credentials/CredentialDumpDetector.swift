/// Credential dumps that incident responders and red-team tooling leave in logs:
/// - pwdump / secretsdump lines, `Administrator:500:aad3b435…:cd1eb1fc…:::` (account, RID, LM
///   hash, NT hash): the NT hash logs in by itself (pass-the-hash);
/// - mimikatz's `sekurlsa::logonpasswords` blocks, `\t * NTLM     : …`, `* LM : …`,
///   `* SHA1 : …`, `* DPAPI : …`, `* Password : …`.
///
/// **Trigger**: the line's first byte that is no space or tab. **Returns** the account (pwdump
/// only) and the credential ranges to redact.
package enum CredentialDumpDetector {
    package static func match(_ b: Bytes, lineStart: Int) -> (account: Range<Int>?, secrets: [Range<Int>])? {
        let n = b.count
        var k = lineStart
        while k < n, k - lineStart < 32, b[k] == 0x20 || b[k] == 0x09 { k += 1 }
        guard k + 8 < n else { return nil }
        if b[k] == UInt8(ascii: "*"), b[k + 1] == 0x20 { return mimikatzField(b, k + 2) }
        return pwdump(b, k)
    }

    /// `account:RID:LM:NT:::` from `k`.
    private static func pwdump(_ b: Bytes, _ k: Int) -> (account: Range<Int>?, secrets: [Range<Int>])? {
        let n = b.count
        var e = k
        while e < n, e - k <= 128, b[e] != UInt8(ascii: ":"), b[e] > 0x20 { e += 1 }
        guard e > k, e < n, b[e] == UInt8(ascii: ":") else { return nil }
        let account = k..<e
        var r = e + 1
        let rid = r
        while r < n, r - rid < 10, ASCII.isDigit(b[r]) { r += 1 }
        guard r > rid, r < n, b[r] == UInt8(ascii: ":") else { return nil }
        guard let lm = hex32(b, r + 1), lm.upperBound < n, b[lm.upperBound] == UInt8(ascii: ":"),
              let nt = hex32(b, lm.upperBound + 1), ASCII.hasPrefix(b, at: nt.upperBound, exactly: ":::") else { return nil }
        return (account, [lm, nt])
    }

    /// 32 hex digits at `k`, glued to no further hex digit.
    private static func hex32(_ b: Bytes, _ k: Int) -> Range<Int>? {
        guard k + 32 <= b.count else { return nil }
        for j in k..<(k + 32) where !ASCII.isHexDigit(b[j]) { return nil }
        return k..<(k + 32)
    }

    /// `NTLM     : <value>` and its kin after mimikatz's `* `.
    private static func mimikatzField(_ b: Bytes, _ k: Int) -> (account: Range<Int>?, secrets: [Range<Int>])? {
        let n = b.count
        var matched = false
        for label: StaticString in ["NTLM ", "LM ", "SHA1 ", "DPAPI ", "Password ", "NTLM:", "LM:", "SHA1:"] where ASCII.hasPrefix(b, at: k, exactly: label) {
            matched = true
            break
        }
        guard matched else { return nil }
        var c = k
        while c < n, c - k < 16, b[c] != UInt8(ascii: ":") { c += 1 }
        guard c < n, b[c] == UInt8(ascii: ":") else { return nil }
        var v = c + 1
        while v < n, b[v] == 0x20 { v += 1 }
        var e = n
        while e > v, b[e - 1] == 0x20 || b[e - 1] == 0x0D || b[e - 1] == 0x09 { e -= 1 }
        guard e > v else { return nil }
        // `(null)`: no credential.
        if e - v == 6, ASCII.hasPrefix(b, at: v, exactly: "(null)") { return nil }
        return (nil, [v..<e])
    }
}
