/// Identity numbers that prose names in words, without a `key=value` separator:
/// `passport X12345678`, `Passport no. C01X00T47`, `driver license D1234567`,
/// `DL# D1234-56789-01234`, `NI number AB123456C`, `tax id 12-3456789`.
///
/// The phrase (any case, at a word start) may be followed by `number`, `no`, `no.` or `#`, and
/// by `:`; short phrases that are also ordinary words or abbreviations (`DL`, `NI`, `TIN`) need
/// one of these. The value is 6…20 letters and digits, with single `-` between groups, and at
/// least five digits (`D1234567`, `12-3456789`); a value glued to `_`, `@` or `.word` is part of
/// something else and stays. The value takes the field rule of the phrase's key (`passport`,
/// `driver_license`, `nino`, `tax_id`), so a rule file can treat prose and `key=value` alike.
extension Scrubber {
    /// One way prose names an identity number, and the key whose field rule its value takes.
    struct IdentityPhrase: Sendable {
        let words: StaticString
        let key: StaticString
        /// Whether `number`, `no` or `#` must follow (the phrase alone is too common a word).
        let needsQualifier: Bool
    }

    static let identityPhrases: [IdentityPhrase] = [
        IdentityPhrase(words: "passport", key: "passport", needsQualifier: false),
        IdentityPhrase(words: "driver's license", key: "driver_license", needsQualifier: false),
        IdentityPhrase(words: "driver's licence", key: "driver_license", needsQualifier: false),
        IdentityPhrase(words: "drivers license", key: "driver_license", needsQualifier: false),
        IdentityPhrase(words: "drivers licence", key: "driver_license", needsQualifier: false),
        IdentityPhrase(words: "driver license", key: "driver_license", needsQualifier: false),
        IdentityPhrase(words: "driver licence", key: "driver_license", needsQualifier: false),
        IdentityPhrase(words: "driving licence", key: "driver_license", needsQualifier: false),
        IdentityPhrase(words: "driving license", key: "driver_license", needsQualifier: false),
        IdentityPhrase(words: "dl", key: "driver_license", needsQualifier: true),
        IdentityPhrase(words: "national insurance", key: "nino", needsQualifier: true),
        IdentityPhrase(words: "nino", key: "nino", needsQualifier: false),
        IdentityPhrase(words: "ni", key: "nino", needsQualifier: true),
        IdentityPhrase(words: "taxpayer id", key: "tax_id", needsQualifier: false),
        IdentityPhrase(words: "tax id", key: "tax_id", needsQualifier: false),
        IdentityPhrase(words: "tax identification", key: "tax_id", needsQualifier: true),
        IdentityPhrase(words: "tax", key: "tax_id", needsQualifier: true),
        IdentityPhrase(words: "tin", key: "tax_id", needsQualifier: true),
    ]

    /// Whether `at` can start an identity phrase (`p`, `d`, `n`, `t`): the scan's cheap test.
    @inline(__always)
    static func mayStartIdentityPhrase(_ lower: UInt8) -> Bool {
        lower == UInt8(ascii: "p") || lower == UInt8(ascii: "d") || lower == UInt8(ascii: "n") || lower == UInt8(ascii: "t")
    }

    /// The identity number named by a phrase at `at` (a word start): the key whose rule applies
    /// and the value's range; nil when no phrase or no value of the shape is there.
    static func proseIdentityNumber(_ b: Bytes, at: Int) -> (key: StaticString, value: Range<Int>)? {
        let n = b.count
        if at > 0, ASCII.isAlnum(b[at - 1]) || b[at - 1] == UInt8(ascii: "_") { return nil }
        let first = b[at] | 0x20
        for phrase in identityPhrases where phrase.words.utf8Start.pointee == first {
            let length = phrase.words.utf8CodeUnitCount
            guard at + length < n, ASCII.hasPrefix(b, at: at, lowercased: phrase.words) else { continue }
            let next = b[at + length]
            guard next == 0x20 || next == UInt8(ascii: "#") || next == UInt8(ascii: ":") else { continue }
            guard let v = valueStart(b, after: at + length, needsQualifier: phrase.needsQualifier),
                  let end = identityValueEnd(b, from: v) else { return nil }
            return (phrase.key, v..<end)
        }
        return nil
    }

    /// Where the value starts after a phrase ending at `p`: past `number` / `no` / `no.` / `#`,
    /// an optional `:` and one or two spaces.
    private static func valueStart(_ b: Bytes, after p: Int, needsQualifier: Bool) -> Int? {
        let n = b.count
        var v = p
        var qualified = false
        if v < n, b[v] == UInt8(ascii: "#") {
            v += 1; qualified = true
        } else if v < n, b[v] == 0x20 {
            for word: StaticString in ["number", "no.", "no", "#"] where ASCII.hasPrefix(b, at: v + 1, lowercased: word) {
                let e = v + 1 + word.utf8CodeUnitCount
                if e < n, b[e] == 0x20 || b[e] == UInt8(ascii: ":") || (word.utf8CodeUnitCount <= 3 && ASCII.isAlnum(b[e]) == false) {
                    v = e; qualified = true
                    break
                }
            }
        }
        guard qualified || !needsQualifier else { return nil }
        if v < n, b[v] == UInt8(ascii: ":") { v += 1 }
        let spaces = v
        while v < n, b[v] == 0x20, v - spaces < 2 { v += 1 }
        guard v < n, ASCII.isAlnum(b[v]) else { return nil }
        return v
    }

    /// The end of an identity value starting at `v`, or nil when it has no such shape.
    private static func identityValueEnd(_ b: Bytes, from v: Int) -> Int? {
        let n = b.count
        var e = v, digits = 0
        while e < n, e - v <= 20 {
            if ASCII.isAlnum(b[e]) {
                if ASCII.isDigit(b[e]) { digits += 1 }
                e += 1
            } else if b[e] == UInt8(ascii: "-"), e + 1 < n, ASCII.isAlnum(b[e + 1]) {
                e += 1
            } else {
                break
            }
        }
        guard e - v >= 6, e - v <= 20, digits >= 5 else { return nil }
        if e < n, b[e] == UInt8(ascii: "_") || b[e] == UInt8(ascii: "-") || b[e] == UInt8(ascii: "@") || ASCII.isAlnum(b[e]) { return nil }
        if e + 1 < n, b[e] == UInt8(ascii: "."), ASCII.isAlnum(b[e + 1]) { return nil }
        return e
    }
}
