/// A CV's file name that carries its owner's name, as applicant tracking systems (Greenhouse,
/// Lever, Workable) and upload handlers log it: `Jane_Doe_CV.pdf`, `Mei-Ling_Chen_Resume_2024.docx`,
/// `Anneliese_van_der_Berg_CV.pdf`, `Max-Mustermann-Lebenslauf.pdf`.
///
/// **Trigger**: a capital at a word start. **Accepts** two to five name parts joined by `_` or `-`
/// (each a capitalised word, or a lower-case particle such as `van`, `de`, `da`), then `CV`,
/// `Resume`, `Résumé` or `Lebenslauf` in any case, then `.`, `_` or `-`. **Returns** the name parts
/// (the rest of the file name stays).
extension PersonNameDetector {
    static func resumeFileOwner(_ b: Bytes, at: Int) -> Range<Int>? {
        let n = b.count
        var k = at
        var parts = 0
        while k < n, parts < 6 {
            let part = k
            if ASCII.isUpper(b[k]) {
                k += 1
                while k < n, k - part < 24, ASCII.isLower(b[k]) || b[k] >= 0x80 { k += 1 }
                guard k - part >= 2 else { return nil }
            } else if ASCII.isLower(b[k]) {
                while k < n, k - part < 4, ASCII.isLower(b[k]) { k += 1 }
                guard Self.particles.contains(where: { $0.utf8CodeUnitCount == k - part && ASCII.hasPrefix(b, at: part, lowercased: $0) }) else { return nil }
            } else {
                return nil
            }
            guard k + 3 < n, b[k] == UInt8(ascii: "_") || b[k] == UInt8(ascii: "-") else { return nil }
            parts += 1
            let nameEnd = k
            k += 1
            if parts >= 2, let word = resumeWordEnd(b, at: k), word < n, b[word] == UInt8(ascii: ".") || b[word] == UInt8(ascii: "_") || b[word] == UInt8(ascii: "-") {
                return at..<nameEnd
            }
        }
        return nil
    }

    private static func resumeWordEnd(_ b: Bytes, at k: Int) -> Int? {
        for word: StaticString in ["cv", "resume", "résumé", "lebenslauf", "curriculum"] where ASCII.hasPrefix(b, at: k, lowercased: word) {
            return k + word.utf8CodeUnitCount
        }
        return nil
    }
}
