/// Hibernate's trace of a statement's bound values names no column on the value's line:
/// `binding parameter [2] as [VARCHAR] - [Sara]` (Hibernate 5), `binding parameter (2:VARCHAR)
/// <- [Sara]` (Hibernate 6). Detectors read every value as text (an address, a phone number);
/// a value of one to three capitalised words that are all listed given or family names, and
/// one at least a given name, is a person's name (`[Sara]`, `[Sara Lind]`, `[Lind]` stays).
extension Scrubber {
    /// At the `b` of `binding parameter`: the bound string value's range and the `name` key's
    /// rule when the value is a person's name, or nil.
    func sqlBindingName(_ b: Bytes, at: Int) -> (Range<Int>, Int)? {
        let rule = compiled.nameRule
        guard rule >= 0, ASCII.hasPrefix(b, at: at, exactly: "binding parameter ") else { return nil }
        let n = b.count
        var k = at + 18
        let limit = min(n, k + 48)
        // `[2] as [VARCHAR] - [` or `(2:VARCHAR) <- [`: the type must be a string type.
        while k < limit, b[k] != UInt8(ascii: "[") || !(CredentialScan.hasSuffix(b, endingAt: k, exactly: "] - ") || CredentialScan.hasSuffix(b, endingAt: k, exactly: ") <- ")) { k += 1 }
        guard k < limit, CredentialScan.contains(b, from: at + 18, to: k, lowercased: "char") else { return nil }
        let start = k + 1
        var end = start
        while end < n, end - start <= 64, b[end] != UInt8(ascii: "]") { end += 1 }
        guard end < n, b[end] == UInt8(ascii: "]"), end > start else { return nil }
        // One to three capitalised words, all listed names, a given name among them.
        var w = start, words = 0, given = false
        while w < end {
            guard words < 3, PersonNameDetector.upperInitialLength(b, w) > 0 else { return nil }
            let e = PersonNameDetector.wordEnd(b, w)
            guard e <= end, e - w >= 2 else { return nil }
            if PersonNameDetector.given.contains(b, w..<e) { given = true } else if !PersonNameDetector.family.contains(b, w..<e) { return nil }
            words += 1
            w = e
            if w < end { guard b[w] == 0x20, w + 1 < end else { return nil }; w += 1 }
        }
        return given ? (start..<end, rule) : nil
    }
}
