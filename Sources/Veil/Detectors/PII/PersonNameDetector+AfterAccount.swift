/// The owner's full name a tool prints in parentheses after an account or an address it
/// replaced: YSoft SafeQ's `User 'gdalmeida' (Gonçalo d'Almeida) authenticated by card`,
/// `reviewer d.kowalczyk (Dorota)`, `jane@example.com (Jane Doe)`.
///
/// **Trigger**: `(` after one space (and a closing quote) that follows an account's or an
/// address's replacement. **Returns** the one to four capitalised words inside the parentheses
/// (family-name particles and `d'…` allowed between them) when `)` closes them and the name
/// lists hold one of them (`(Google Chrome)`, `(Service Account)` hold none); one word only when
/// the lists hold it as a given name. Words that follow names in titles (`(Read Only)`,
/// `(Domain Admins)`) make it no name.
extension PersonNameDetector {
    static func nameAfterAccount(_ b: Bytes, open: Int) -> Range<Int>? {
        let n = b.count
        let at = open + 1
        guard at + 2 < n, upperInitialLength(b, at) > 0 else { return nil }
        var k = at
        var end = at
        var words = 0
        var listed = false
        while words < 4 {
            var wordStart = k
            // `d'Almeida`, `l'Hôte`: an elided particle glued to the family name.
            if words > 0, k + 3 < n, b[k] == UInt8(ascii: "d") || b[k] == UInt8(ascii: "l"), b[k + 1] == UInt8(ascii: "'") { wordStart = k + 2 }
            let e: Int
            if let name = familyName(b, wordStart) {
                e = name
            } else if words > 0, let name = familyNameAfterParticles(b, k) {
                e = name
            } else {
                return nil
            }
            guard !roleTitleWords.contains(b, wordStart..<e), !notFamily.contains(b, wordStart..<e) || given.contains(b, wordStart..<e) else { return nil }
            words += 1
            listed = listed || given.contains(b, wordStart..<e) || family.contains(b, wordStart..<e)
            end = e
            guard e + 1 < n, b[e] == 0x20 else { break }
            k = e + 1
        }
        guard end < n, b[end] == UInt8(ascii: ")") else { return nil }
        if words == 1 { return given.contains(b, at..<end) ? at..<end : nil }
        return listed ? at..<end : nil
    }
}
