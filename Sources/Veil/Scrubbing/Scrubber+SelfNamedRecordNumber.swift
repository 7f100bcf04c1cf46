/// A medical record number that carries its own label, as EHR exports, FHIR audit events and
/// HIPAA access logs write patient ids: `MRN-00482913`, `MRN00482913`, `MRN#4829130`,
/// `Patient/MRN-00519274`. Without a key before it, the `MRN` prefix is the context.
extension Scrubber {
    /// At the `M` of `MRN`: the whole token when `MRN` (no letter, digit or `_` before it) is
    /// followed by nothing or one `-`, `_`, `#` or `.`, then 5…12 digits (a single `-` may split
    /// them) up to a byte that is no letter, digit or `_`.
    static func selfNamedRecordNumber(_ b: Bytes, at i: Int) -> Range<Int>? {
        let n = b.count
        guard i + 8 < n, ASCII.hasPrefix(b, at: i, exactly: "MRN") else { return nil }
        if i > 0, ASCII.isAlnum(b[i - 1]) || b[i - 1] == UInt8(ascii: "_") { return nil }
        var k = i + 3
        if b[k] == UInt8(ascii: "-") || b[k] == UInt8(ascii: "_") || b[k] == UInt8(ascii: "#") || b[k] == UInt8(ascii: ".") { k += 1 }
        var e = k, digits = 0
        while e < n, ASCII.isDigit(b[e]) || (b[e] == UInt8(ascii: "-") && e > k && ASCII.isDigit(b[e - 1]) && e + 1 < n && ASCII.isDigit(b[e + 1])) {
            if ASCII.isDigit(b[e]) { digits += 1 }
            e += 1
        }
        guard digits >= 5, digits <= 12 else { return nil }
        if e < n, ASCII.isLetter(b[e]) || b[e] == UInt8(ascii: "_") { return nil }
        return i..<e
    }
}
