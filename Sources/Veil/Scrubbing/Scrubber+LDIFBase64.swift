/// LDIF writes a value that is not plain ASCII in base64 after a double colon (`cn:: SsO2cmcg
/// U2NobWlkdA==` for `Jörg Schmidt`, `userPassword:: e1NTSEF9…`): OpenLDAP's and 389-ds's audit
/// logs, `ldapsearch` output. The encoded value is still the attribute's, so it takes the rule
/// the attribute names.
extension Scrubber {
    /// At the first `:` of `attr:: value` that starts a line (or the text): the base64 value under
    /// the attribute's rule, or nil.
    func ldifBase64Value(_ b: Bytes, separator: Int, floor: Int) -> KeyValueHit? {
        let n = b.count
        guard separator + 3 < n, b[separator + 1] == UInt8(ascii: ":"), b[separator + 2] == 0x20 else { return nil }
        var s = separator
        while s > 0, separator - s < 64, ASCII.isAlnum(b[s - 1]) || b[s - 1] == UInt8(ascii: "-") || b[s - 1] == UInt8(ascii: ";") { s -= 1 }
        guard s < separator, s == 0 || b[s - 1] == 0x0A, s >= floor, ASCII.isLetter(b[s]) else { return nil }
        // (`cn;lang-de:: …`: an attribute's options after `;` name the same attribute.)
        let attribute = s..<(b[s..<separator].firstIndex(of: UInt8(ascii: ";")) ?? separator)
        // (`cn` and `gecos` name a person in a directory's people; encoded, they are no group's plain name.)
        let namesPerson = attribute.count == 2 && ASCII.hasPrefix(b, at: s, lowercased: "cn") || attribute.count == 5 && ASCII.hasPrefix(b, at: s, lowercased: "gecos")
        guard let rule = compiled.fieldRule(forTextKey: b, attribute) ?? (namesPerson ? fieldRule(forLiteralKey: "name") : nil) else { return nil }
        let v = separator + 3
        var e = CredentialScan.runEnd(b, from: v, CredentialScan.isBase64)
        while e < n, e - v < 4096, b[e] == UInt8(ascii: "=") { e += 1 }
        guard e - v >= 4, e == n || b[e] == 0x20 || b[e] == 0x0A || b[e] == 0x0D else { return nil }
        // (An encoded value cannot be judged by its shape: all of it, under the attribute's rule.)
        if let hit = fieldValue(b, rule: rule, valueStart: v, valueEnd: e, afterPairSeparator: true), hit.span != nil { return hit }
        guard compiled.active[rule].action != .keep else { return nil }
        return KeyValueHit(span: TextSpan(v..<e, rule: rule, kind: .field, precedence: 20), valueStart: v, valueEnd: e)
    }
}
