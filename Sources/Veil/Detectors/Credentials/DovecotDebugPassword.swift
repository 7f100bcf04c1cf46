/// Dovecot with `auth_debug_passwords = yes` writes the password tried inside the scheme's name
/// when it compares it with the stored hash: `sql(jane,192.0.2.7,<x9Pq…>): SHA512-CRYPT(Vesuvio!1987)
/// != '$6$…'`, `PLAIN(hunter2) != 'xyz'`.
///
/// **Accepts** at a capital: a scheme's name of capitals, digits and `-` (at most 20 bytes) that
/// ends in `CRYPT` or is one of ``schemes``, then `(`, the password (any bytes but a line break, at
/// most 256), and `) != `. **Returns** the password's range.
package enum DovecotDebugPassword {
    static let schemes: [StaticString] = [
        "PLAIN", "CLEARTEXT", "CLEAR", "SSHA", "SSHA256", "SSHA512", "SHA", "SHA1", "SHA256", "SHA512", "SMD5", "MD5", "PLAIN-MD5",
        "PBKDF2", "ARGON2I", "ARGON2ID", "CRAM-MD5", "DIGEST-MD5", "SCRAM-SHA-1", "SCRAM-SHA-256", "NTLM", "LANMAN", "OTP", "RPA",
    ]

    package static func match(_ b: Bytes, at: Int) -> Range<Int>? {
        let n = b.count
        guard at == 0 || !(ASCII.isAlnum(b[at - 1]) || b[at - 1] == UInt8(ascii: "-")) else { return nil }
        var k = at
        while k < n, k - at <= 20, ASCII.isUpper(b[k]) || ASCII.isDigit(b[k]) || b[k] == UInt8(ascii: "-") { k += 1 }
        guard k - at >= 3, k + 6 < n, b[k] == UInt8(ascii: "(") else { return nil }
        let name = at..<k
        guard (name.count >= 5 && ASCII.hasPrefix(b, at: k - 5, exactly: "CRYPT"))
                || schemes.contains(where: { $0.utf8CodeUnitCount == name.count && ASCII.hasPrefix(b, at: at, exactly: $0) }) else { return nil }
        let start = k + 1
        var e = start
        while e + 4 < n, e - start <= 256, b[e] != 0x0A, b[e] != 0x0D {
            if b[e] == UInt8(ascii: ")"), b[e + 1] == 0x20, b[e + 2] == UInt8(ascii: "!"), b[e + 3] == UInt8(ascii: "="), b[e + 4] == 0x20 {
                return e > start ? start..<e : nil
            }
            e += 1
        }
        return nil
    }
}
