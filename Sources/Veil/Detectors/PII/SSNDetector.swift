/// US social security numbers.
///
/// **Trigger**: `at` is the index of a digit whose previous byte (if any) is not
/// alphanumeric or `-`.
///
/// **Accepts** `AAA-GG-SSSS`, and `AAA GG SSSS` with single spaces (one separator
/// kind throughout).
///
/// **Rejects** never-issued numbers — area `000`, `666`, `900–999`, group `00`,
/// serial `0000` — and candidates that are part of a longer run: followed by a digit,
/// a letter or `-digit` (also ` digit` in the spaced form), preceded by `digit.`,
/// `digit/`, `digit:` (also `digit ` in the spaced form). Phone numbers (3-3-4) and
/// dates (4-2-2) never have the 3-2-4 shape.
package enum SSNDetector {
    package static func match(_ bytes: Bytes, at: Int, floor: Int) -> Range<Int>? {
        let n = bytes.count
        guard at >= floor, at + 11 <= n else { return nil }
        let sep = bytes[at + 3]
        guard sep == UInt8(ascii: "-") || sep == UInt8(ascii: " "), bytes[at + 6] == sep,
              let area = number(bytes, at, 3), let group = number(bytes, at + 4, 2),
              let serial = number(bytes, at + 7, 4) else { return nil }
        guard area != 0, area != 666, area < 900, group != 0, serial != 0 else { return nil }
        if at > 0 {
            let prev = bytes[at - 1]
            if ASCII.isAlnum(prev) || prev == UInt8(ascii: "-") || prev == UInt8(ascii: "_") { return nil }
            // Bytes before `floor` belong to a finding already replaced (`c::4 004 04 4040`: the
            // address `c::4`): nothing is glued to them, as a second pass sees a pseudonym there.
            if at > 1, at - 2 >= floor, ASCII.isDigit(bytes[at - 2]) || bytes[at - 2] == UInt8(ascii: "*") {
                if prev == UInt8(ascii: ".") || prev == UInt8(ascii: "/") || prev == UInt8(ascii: ":") { return nil }
                // Only after a group of digits (`12 123 45 6789`), not after a word that ends in
                // a digit (a token `…Ko9 556 11 1111`, read as `[jwt;…] 556 11 1111` next time).
                if prev == UInt8(ascii: " "), sep == UInt8(ascii: " "), Self.digitGroupEnds(bytes, at - 2) { return nil }
            }
        }
        let end = at + 11
        if end < n {
            let next = bytes[end]
            if ASCII.isAlnum(next) || next == UInt8(ascii: "_") || next == UInt8(ascii: "@") { return nil }  // `@`: an e-mail local part
            // `*` continues like a digit: a card Veil masked on an earlier pass (`411 11 4111 ****…`).
            if end + 1 < n, ASCII.isDigit(bytes[end + 1]) || bytes[end + 1] == UInt8(ascii: "*") {
                if next == UInt8(ascii: "-") || next == UInt8(ascii: ".") || next == UInt8(ascii: "/") { return nil }
                if next == UInt8(ascii: " "), sep == UInt8(ascii: " ") { return nil }
            }
        }
        return at..<end
    }

    /// `count` digits at `i` as a number, or nil.
    @inline(__always)
    private static func number(_ bytes: Bytes, _ i: Int, _ count: Int) -> Int? {
        var v = 0
        for k in i..<(i + count) {
            let b = bytes[k]
            guard ASCII.isDigit(b) else { return nil }
            v = v * 10 + Int(b &- 0x30)
        }
        return v
    }

    /// True when the run of digits ending at `last` is a whole word (not the tail of a token).
    static func digitGroupEnds(_ bytes: Bytes, _ last: Int) -> Bool {
        if bytes[last] == UInt8(ascii: "*") { return true }
        var k = last
        while k > 0, ASCII.isDigit(bytes[k - 1]) { k -= 1 }
        return k == 0 || !ASCII.isAlnum(bytes[k - 1])
    }
}
