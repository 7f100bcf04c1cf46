/// International bank account numbers.
///
/// **Trigger**: `at` is the index of an uppercase letter whose previous byte (if any)
/// is not alphanumeric.
///
/// **Accepts** a country code (2 uppercase letters) from the SWIFT IBAN registry,
/// 2 check digits and a BBAN of uppercase letters and digits, with exactly the
/// registry length for that country, either contiguous (`DE89370400440532013000`) or
/// printed in groups of 4 separated by single spaces
/// (`DE89 3704 0044 0532 0130 00`), and whose ISO 13616 mod-97 remainder is 1
/// (computed digit by digit, no big integers).
///
/// **Rejects** unknown country codes, wrong lengths, lowercase, other groupings,
/// candidates glued to a following letter or digit, and checksum failures (which
/// also rules out look-alike upper-case ids).
package enum IBANDetector {
    package static func match(_ bytes: Bytes, at: Int, floor: Int) -> Range<Int>? {
        let n = bytes.count
        guard at >= floor, at + 15 <= n else { return nil }
        // Cheapest, most selective checks first: `LLdd`.
        guard ASCII.isUpper(bytes[at]), ASCII.isUpper(bytes[at + 1]),
              ASCII.isDigit(bytes[at + 2]), ASCII.isDigit(bytes[at + 3]) else { return nil }
        if at > 0, ASCII.isAlnum(bytes[at - 1]) { return nil }
        guard let length = registryLength(bytes[at], bytes[at + 1]) else { return nil }

        var i = at + 4
        var chars = 4
        let grouped = bytes[i] == UInt8(ascii: " ")
        while chars < length {
            if grouped, chars % 4 == 0 {
                guard i + 1 < n, bytes[i] == UInt8(ascii: " ") else { return nil }
                i += 1
            }
            guard i < n, isBBAN(bytes[i]) else { return nil }
            i += 1
            chars += 1
        }
        let end = i
        if end < n, ASCII.isAlnum(bytes[end]) { return nil }
        guard mod97(bytes, at: at, end: end) == 1 else { return nil }
        return at..<end
    }

    @inline(__always)
    private static func isBBAN(_ b: UInt8) -> Bool { ASCII.isDigit(b) || ASCII.isUpper(b) }

    /// The remainder mod 97 of the IBAN moved to `BBAN + country + check digits`, with
    /// letters as 10–35. Spaces are skipped.
    private static func mod97(_ bytes: Bytes, at: Int, end: Int) -> Int {
        var r = 0
        for k in (at + 4)..<end { r = step(r, bytes[k]) }
        for k in at..<(at + 4) { r = step(r, bytes[k]) }
        return r
    }

    @inline(__always)
    private static func step(_ r: Int, _ b: UInt8) -> Int {
        if ASCII.isDigit(b) { return (r * 10 + Int(b &- 0x30)) % 97 }
        if ASCII.isUpper(b) { return (r * 100 + Int(b &- 0x41) + 10) % 97 }
        return r
    }

    /// Country code and IBAN length, from the SWIFT IBAN registry (release 2024+).
    private static var registry: StaticString {
        """
        AD24AE23AL28AT20AZ28BA20BE16BG22BH22BI27BR29BY28CH21CR22CY28CZ24DE22DJ27DK18DO28\
        EE20EG29ES24FI18FK18FO18FR27GB22GE22GI23GL18GR27GT28HN28HR21HU28IE22IL23IQ23IS26\
        IT27JO30KW30KZ20LB28LC32LI21LT20LU20LV21LY25MC27MD24ME22MK19MN20MR27MT31MU30NI28\
        NL18NO15OM23PK24PL28PS29PT25QA29RO24RS22RU33SA24SC31SD18SE24SI19SK24SM27SO23ST25\
        SV28TL23TN24TR26UA29VA22VG24XK20YE30
        """
    }

    /// Linear scan over ~90 four-byte entries; only reached after `LLdd` matched.
    private static func registryLength(_ a: UInt8, _ b: UInt8) -> Int? {
        let p = registry.utf8Start
        let count = registry.utf8CodeUnitCount
        var k = 0
        while k + 4 <= count {
            if p[k] == a, p[k + 1] == b { return Int(p[k + 2] &- 0x30) * 10 + Int(p[k + 3] &- 0x30) }
            k += 4
        }
        return nil
    }
}
