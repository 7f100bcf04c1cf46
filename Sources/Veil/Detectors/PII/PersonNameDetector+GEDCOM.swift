/// A person's name in a GEDCOM record (genealogy software's exchange format, printed by
/// importers and family-tree sites): `1 NAME Renée /Lefèvre-Dubois/`, `2 GIVN Renée`,
/// `2 SURN Lefèvre-Dubois`.
///
/// **Trigger**: the tag after a level number at the start of a line (or after white space).
/// **Returns** the rest of the line: for `NAME`, only when it holds the surname's slashes.
extension PersonNameDetector {
    static func gedcomName(_ b: Bytes, at: Int) -> Range<Int>? {
        let n = b.count
        guard at >= 2, at + 6 < n, b[at - 1] == 0x20, ASCII.isDigit(b[at - 2]), at == 2 || b[at - 3] == 0x20 || b[at - 3] == 0x0A || b[at - 3] == 0x09,
              b[at + 4] == 0x20 else { return nil }
        let name = ASCII.hasPrefix(b, at: at, exactly: "NAME")
        guard name || ASCII.hasPrefix(b, at: at, exactly: "GIVN") || ASCII.hasPrefix(b, at: at, exactly: "SURN") else { return nil }
        let start = at + 5
        var end = start
        while end < n, b[end] != 0x0A, b[end] != 0x0D { end += 1 }
        while end > start, b[end - 1] == 0x20 { end -= 1 }
        guard end > start, !name || b[start..<end].contains(UInt8(ascii: "/")) else { return nil }
        return start..<end
    }
}
