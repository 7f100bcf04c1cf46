/// LDAP distinguished names in free text — OpenLDAP's `BIND dn="uid=mjones,ou=people,dc=example,dc=com"`,
/// Active Directory's `CN=John Smith,OU=Staff,DC=corp,DC=example,DC=com`: the value of the
/// entry's own `uid` (a user name) or `cn` (a person's or account's name) is replaced under
/// the rule for the key `user` or `name`.
///
/// Only the first RDN counts (not one after `,` or `+`: later RDNs name containers such as
/// `CN=Users` or `OU=Staff`), it must be followed by another RDN (`,ou=`, `,dc=`, `,o=`,
/// `,c=`, `,cn=`, `,uid=`, `,l=`, `,st=`), and a `cn` that is a host name (dots, no space:
/// TLS subjects `CN=api.example.com,O=…`) is left alone. Escaped commas (`\,`) stay inside
/// the value. OpenVPN's `VERIFY OK: depth=0, …, CN=greg` (the client certificate's subject) is
/// the exception: its `CN` counts wherever it stands.
extension Scrubber {
    /// The span of the value when `b[key]` (followed by `=` at `separator`) is the first
    /// `uid` or `cn` of a distinguished name and its rule is on; nil otherwise.
    func distinguishedNameValue(_ b: Bytes, key: Range<Int>, separator: Int) -> TextSpan? {
        let n = b.count
        guard separator == key.upperBound else { return nil }
        let isUID = key.count == 3 && ASCII.hasPrefix(b, at: key.lowerBound, lowercased: "uid")
        let isCN = key.count == 2 && ASCII.hasPrefix(b, at: key.lowerBound, lowercased: "cn")
        guard isUID || isCN else { return nil }
        let rule = isUID ? compiled.userRule : compiled.nameRule
        guard rule >= 0 else { return nil }
        if key.lowerBound > 0 {
            let before = b[key.lowerBound - 1]
            guard before != UInt8(ascii: ","), before != UInt8(ascii: "+"), !ASCII.isAlnum(before) else { return nil }
        }
        // The value, up to an unescaped `,`.
        let start = separator + 1
        var e = start
        while e < n, e - start < 256 {
            let x = b[e]
            if x == UInt8(ascii: "\\") { e += 2; continue }
            if x == UInt8(ascii: ",") || x == UInt8(ascii: "\"") || x == UInt8(ascii: "'") || x == UInt8(ascii: ")")
                || x == UInt8(ascii: ">") || x < 0x20 { break }
            e += 1
        }
        e = min(e, n)  // an escaping `\` as the last byte stepped past the end
        e = CredentialScan.failClosedEnd(b, start: start, end: e, cap: 256)
        if isCN, e > start, e == n || b[e] == UInt8(ascii: ",") || b[e] == 0x0A || b[e] == 0x0D,
           Self.followsCertificateDepthZero(b, before: key.lowerBound) {
            // OpenVPN's `VERIFY OK: depth=0, C=US, O=Acme, CN=greg`: the client certificate's
            // subject, whatever follows (host names stay, as below).
            // It is the user OpenVPN names in its other lines: the same pseudonym type.
            let userRule = compiled.userRule >= 0 ? compiled.userRule : rule
            return Self.isHostNameCN(b, start..<e) ? nil : TextSpan(start..<e, rule: userRule, kind: .field, precedence: 20)
        }
        guard e < n, e > start, b[e] == UInt8(ascii: ",") else { return nil }
        // Another RDN follows.
        var a = e + 1
        while a < n, a - e < 3, b[a] == 0x20 { a += 1 }
        let attributeStart = a
        while a < n, a - attributeStart < 6, ASCII.isLetter(b[a]) { a += 1 }
        guard a < n, a > attributeStart, b[a] == UInt8(ascii: "=") else { return nil }
        let attribute = attributeStart..<a
        guard Self.rdnAttributes.contains(where: { $0.utf8CodeUnitCount == attribute.count && ASCII.hasPrefix(b, at: attributeStart, lowercased: $0) })
        else { return nil }
        let value = start..<e
        if isCN, Self.isHostNameCN(b, value) || Self.isAuthorityCN(b, value) { return nil }
        return TextSpan(value, rule: rule, kind: .field, precedence: 20)
    }

    /// A certificate authority's or an organisation's common name (`CN=Acme Corp Issuing CA 02`,
    /// `CN=DigiCert Global Root G2`, `CN=Acme Corp User CA`): a word such as `CA`, `Root`,
    /// `Issuing`, `Authority`, `Corp`, `Inc` or `Ltd` among several words.
    static func isAuthorityCN(_ b: Bytes, _ value: Range<Int>) -> Bool {
        guard value.count >= 5, b[value].contains(0x20) else { return false }
        var k = value.lowerBound
        while k < value.upperBound {
            while k < value.upperBound, b[k] == 0x20 { k += 1 }
            let s = k
            while k < value.upperBound, b[k] != 0x20 { k += 1 }
            if authorityWords.contains(b, s..<k) { return true }
        }
        return false
    }

    private static let authorityWords = WordTable("CA Root Issuing Intermediate Authority Corp Corporation Inc Ltd LLC GmbH Certificate Certification Services Server Servers Services Trust")

    /// A common name with dots and no space that reads as a host name: two dots or more
    /// (`CN=api.example.com`), or one before a common top-level or site-local suffix
    /// (`CN=example.com`, `CN=vpn.local`). `CN=amira.haddad` is an account (stop 35: it was
    /// taken for a host and written raw).
    static func isHostNameCN(_ b: Bytes, _ value: Range<Int>) -> Bool {
        var dots = 0, lastDot = -1
        for k in value {
            if b[k] == UInt8(ascii: ".") { dots += 1; lastDot = k } else if b[k] == 0x20 { return false }
        }
        if dots >= 2 { return true }
        guard dots == 1 else { return false }
        return hostSuffixes.containsLowercased(b, (lastDot + 1)..<value.upperBound)
    }

    private static let hostSuffixes = WordTable(
        "com net org io dev app co cloud info biz edu gov mil int eu us uk de fr nl ca au jp cn in br es it ch se no dk fi pl ru be at ie nz local lan internal intranet corp home localdomain arpa")

    /// True when `depth=0, ` (OpenVPN's leaf certificate: the client's) stands in the 160 bytes
    /// before `before`, in the same line.
    static func followsCertificateDepthZero(_ b: Bytes, before: Int) -> Bool {
        var k = before - 1
        let limit = max(0, before - 160)
        while k >= limit + 8, b[k] != 0x0A {
            if b[k] == UInt8(ascii: "0"), b[k - 1] == UInt8(ascii: "="), ASCII.hasPrefix(b, at: k - 6, exactly: "depth=0,") { return true }
            k -= 1
        }
        return false
    }

    private static let rdnAttributes: [StaticString] = ["ou", "dc", "o", "c", "cn", "uid", "l", "st"]
}
