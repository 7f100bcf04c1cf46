/// The machine-readable zone of a passport, identity card or visa (ICAO 9303), as identity
/// verification services log what they read: `P<FRADUPONT<<MARIE<CLAIRE<<<<<<<<<<<<<<<<<<<`,
/// `19AF283749FRA8804123F3208173<<<<<<<<<<<<<<<6`. Each line holds the holder's names or the
/// document's number, nationality, birth date and expiry, so the whole line is replaced.
///
/// **Accepts** a run of 30 to 44 capitals, digits and `<` fillers (a TD1 line is 30 long, TD2 36,
/// TD3 44) with `<<` in it, not glued to another letter, digit or `<`; a `<` written as JSON's
/// `\u003c` (Go escapes it) counts as one filler.
extension Scrubber {
    /// At a `<` (or the `\` of `\u003c`): the machine-readable line around it, or nil.
    static func machineReadableZoneLine(_ b: Bytes, at i: Int) -> Range<Int>? {
        let n = b.count
        /// The width of an MRZ character at `k` (1, or 6 for `\u003c`), 0 for anything else.
        func width(_ k: Int) -> Int {
            let x = b[k]
            if ASCII.isUpper(x) || ASCII.isDigit(x) || x == UInt8(ascii: "<") { return 1 }
            if x == UInt8(ascii: "\\"), k + 5 < n, ASCII.hasPrefix(b, at: k + 1, lowercased: "u003c") { return 6 }
            return 0
        }
        // Back to the run's start (`\u003c` read backwards from its `c`).
        var start = i
        var count = 0
        while start > 0, i - start < 300 {
            let p = start - 1
            if ASCII.isUpper(b[p]) || ASCII.isDigit(b[p]) || b[p] == UInt8(ascii: "<") {
                // (`…\u003c`'s last five bytes look like MRZ characters: step over the escape whole.)
                if p >= 5, b[p - 5] == UInt8(ascii: "\\"), ASCII.hasPrefix(b, at: p - 4, lowercased: "u003c") { start -= 6 } else { start -= 1 }
                count += 1
                continue
            }
            break
        }
        var end = i
        var fillerPairs = false
        var lastFiller = false
        while end < n, count <= 44 {
            let w = width(end)
            guard w > 0 else { break }
            let filler = w == 6 || b[end] == UInt8(ascii: "<")
            if filler, lastFiller { fillerPairs = true }
            lastFiller = filler
            end += w
            count += 1
        }
        // (A rule of `<<<<…` alone is no document: five letters or digits at least.)
        var letters = 0
        var k = start
        while k < end {
            let w = width(k)
            if w == 1, b[k] != UInt8(ascii: "<") { letters += 1 }
            k += max(w, 1)
        }
        guard letters >= 5 else { return nil }
        guard count >= 30, count <= 44, fillerPairs || b[start..<end].contains(UInt8(ascii: "<")) && ASCII.hasPrefix(b, at: start, exactly: "P<") else { return nil }
        if start > 0, ASCII.isLower(b[start - 1]) { return nil }
        if end < n, ASCII.isLower(b[end]) { return nil }
        return start..<end
    }
}
