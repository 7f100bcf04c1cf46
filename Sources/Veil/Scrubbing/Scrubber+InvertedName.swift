/// A name written family name first: `DOE, JANE A`, `Garcia, Maria Elena`, `Doe, J.`.
extension Scrubber {
    /// The end of the given names after `surname` and its `, `, or nil when what follows is
    /// not a name written family name first: one to three words in the surname's style (all
    /// upper-case or capitalised after `DOE`, capitalised after `Doe`; a single initial, with or without a
    /// dot, in either), ending at white space, the end or a closing delimiter. A word that is
    /// a label (`Doe, Status: active`, `Doe, Role=admin`) ends the name before the comma.
    static func invertedNameGivenEnd(_ b: Bytes, surname: Range<Int>) -> Int? {
        let n = b.count
        guard surname.count >= 2, surname.upperBound + 2 < n, b[surname.upperBound] == UInt8(ascii: ","),
              b[surname.upperBound + 1] == 0x20, ASCII.isUpper(b[surname.upperBound + 2]) else { return nil }
        var upper = true
        for k in surname where ASCII.isLetter(b[k]) && !ASCII.isUpper(b[k]) { upper = false; break }
        guard upper || isCapitalisedWord(b, surname) else { return nil }
        var end: Int?
        var at = surname.upperBound + 2
        var words = 0
        while words < 3, at < n, ASCII.isUpper(b[at]) {
            var k = at
            while k < n, ASCII.isLetter(b[k]) || b[k] == UInt8(ascii: "-") || b[k] == UInt8(ascii: "'") || b[k] >= 0x80 { k += 1 }
            let word = at..<k
            let initial = word.count == 1
            if k < n, b[k] == UInt8(ascii: ".") { guard initial else { break }; k += 1 }
            // The word ends the value or another word follows; a label or glued bytes end the name.
            guard k == n || b[k] == 0x20 || b[k] == 0x09 || b[k] == UInt8(ascii: ",") || b[k] == UInt8(ascii: ";")
                || b[k] == UInt8(ascii: ")") || b[k] == UInt8(ascii: "]") || b[k] == UInt8(ascii: "}") || b[k] == UInt8(ascii: "|")
                || b[k] == UInt8(ascii: "\"") || b[k] == UInt8(ascii: "'") || b[k] == 0x0D || b[k] == 0x0A else { break }
            if !initial {
                var allUpper = true
                for m in word where ASCII.isLetter(b[m]) && !ASCII.isUpper(b[m]) { allUpper = false; break }
                guard (upper && allUpper) || isCapitalisedWord(b, word) else { break }
            }
            end = k
            words += 1
            guard k + 1 < n, b[k] == 0x20 else { break }
            at = k + 1
        }
        return end
    }
}
