/// The account a tool prints after its owner's full name: Jenkins' and Gerrit's `Karen
/// Whitfield (kwhitfield)`, a directory's `Karen Whitfield <kwhitfield>`.
///
/// **Trigger**: the end of a person's name the name detector found. **Accepts**, after one
/// space, an account in `(…)` or `<…>` (no `@`: an address is the e-mail detector's) that
/// carries the name's first or last word (3 letters or more), in any case: `kwhitfield`,
/// `karen.whitfield`, `whitfieldk2`; a name's accented letters match their base letters
/// (`Sébastien Lefèvre (sebastien.lefevre)`). Another word in parentheses (`(admin)`,
/// `(deleted)`) is no account of that person.
extension AuthLogDetector {
    static func accountAfterName(_ bytes: Bytes, name: Range<Int>) -> Range<Int>? {
        let n = bytes.count
        let open = name.upperBound + 1
        guard open + 3 < n, bytes[name.upperBound] == 0x20, bytes[open] == UInt8(ascii: "(") || bytes[open] == UInt8(ascii: "<") else { return nil }
        let close = bytes[open] == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: ">")
        guard let account = user(bytes, open + 1, then: { e in e < n && bytes[e] == close }), account.count >= 3, account.count <= 40,
              !bytes[account].contains(UInt8(ascii: "@")), !bytes[account].contains(UInt8(ascii: "~")) else { return nil }
        // The name's first and last words (letters only; accented ones by their base letters).
        let first = name.lowerBound..<(bytes[name].firstIndex(of: 0x20) ?? name.upperBound)
        let last = ((bytes[name].lastIndex(of: 0x20) ?? (name.lowerBound - 1)) + 1)..<name.upperBound
        let accountWord = bytes[account].map(ASCII.lower)
        for word in [last, first] where word.count >= 3 && word.count <= 40 {
            guard let base = LetterCase.asciiBase(bytes[word]), base.count >= 3, base.count <= 20 else { continue }
            if accountWord.count >= base.count, (0...(accountWord.count - base.count)).contains(where: { accountWord[$0..<($0 + base.count)].elementsEqual(base) }) {
                return account
            }
        }
        return nil
    }
}
