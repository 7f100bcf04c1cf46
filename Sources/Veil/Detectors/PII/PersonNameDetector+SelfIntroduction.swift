/// A person introducing themselves in a transcript or a chat: `my name is Daniel`, `My name is
/// Jideofor Okafor`, `mein Name ist Sabine`, `me llamo Lucía`, `mi nombre es Ana`, `meu nome é
/// João`, `mi chiamo Giulia`. The phrase is the context: the name need not be in the name lists.
///
/// **Trigger**: the phrase at a word start (any case). **Returns** one to three capitalised words
/// after it (`my name is not important` has none).
extension PersonNameDetector {
    static let selfIntroductions: [StaticString] = ["my name is ", "mein name ist ", "me llamo ", "mi nombre es ", "meu nome é ", "mi chiamo "]

    package static func selfIntroduction(_ b: Bytes, at: Int) -> Range<Int>? {
        guard at == 0 || !ASCII.isAlnum(b[at - 1]) else { return nil }
        guard let phrase = selfIntroductions.first(where: { ASCII.hasPrefix(b, at: at, lowercased: $0) }) else { return nil }
        let start = at + phrase.utf8CodeUnitCount
        var end = start
        var words = 0
        var k = start
        while words < 3, k < b.count, upperInitialLength(b, k) > 0 {
            let e = wordEnd(b, k + upperInitialLength(b, k) - 1)
            guard e - k >= 2, e > k + upperInitialLength(b, k) else { break }
            end = e
            words += 1
            guard e + 1 < b.count, b[e] == 0x20 else { break }
            k = e + 1
        }
        return words > 0 ? start..<end : nil
    }
}
