/// Carriers' proof of delivery names who signed: `Delivered - Signed for by: J. MÜLLER-LÜDENSCHEIDT`
/// (DHL, FedEx, UPS tracking), `Signed by: KOWALCZYK`. The signer's name follows the label up to
/// a quote, `,`, `;`, `(` or the line's end (at most 64 bytes), written in any case; a value with
/// `=`, `/` or `:` (a certificate's issuer, a key) is no signer.
extension Scrubber {
    /// At the `S` or `s` of `Signed for by:` / `Signed by:`: the signer's name and the name rule.
    func signedForName(_ b: Bytes, at: Int) -> (Range<Int>, Int)? {
        let n = b.count
        guard compiled.nameRule >= 0, at == 0 || !ASCII.isAlnum(b[at - 1]) else { return nil }
        var k: Int
        if ASCII.hasPrefix(b, at: at, lowercased: "signed for by: ") { k = at + 15 } else if ASCII.hasPrefix(b, at: at, lowercased: "signed by: ") { k = at + 11 } else { return nil }
        while k < n, b[k] == 0x20 { k += 1 }
        guard k < n, ASCII.isLetter(b[k]) || b[k] >= 0xC3 else { return nil }
        var e = k
        while e < n, e - k <= 64, b[e] != UInt8(ascii: "\""), b[e] != UInt8(ascii: ","), b[e] != UInt8(ascii: ";"), b[e] != UInt8(ascii: "("),
              b[e] != 0x0A, b[e] != 0x0D, b[e] != UInt8(ascii: "\\") { e += 1 }
        while e > k, b[e - 1] == 0x20 { e -= 1 }
        // (A certificate's issuer, `Signed by: CN=R3, O=Let's Encrypt`, and a key's id are no person.)
        guard e > k, e - k <= 64, !b[k..<e].contains(UInt8(ascii: "=")), !b[k..<e].contains(UInt8(ascii: "/")), !b[k..<e].contains(UInt8(ascii: ":")),
              !Self.isPseudonym(b, k..<e), Self.placeholderEnd(b, at: k) == nil else { return nil }
        return (k..<e, compiled.nameRule)
    }
}
