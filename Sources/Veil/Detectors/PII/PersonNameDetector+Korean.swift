/// Korean names in their usual romanisation: a given name of two syllables joined by `-`, the
/// second in small letters (`Ji-woo`, `Hye-jin`, `Seo-yeon`), before or after one of the common
/// family names (`Ji-woo Park`, `Park Ji-woo`, `Kim Min-jun`). The given name alone is in no
/// list; its shape and the family name beside it make the pair a name. (`Re-run Lee`, with an
/// English prefix for its first part, is none.)
extension PersonNameDetector {
    static let koreanFamily = WordTable("""
Kim Lee Park Choi Jung Jeong Chung Kang Gang Cho Jo Yoon Yun Jang Lim Im Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Ryu Hong
Jeon Ko Moon Yang Son Bae Baek Heo Nam Noh Ha Kwak Sung Cha Joo Woo Min Na Jin Yim Choe Shim Byun Chae Won Hyun Ham Yeo Chun
""")

    /// English prefixes written with a hyphen (`Re-run`, `Pre-auth`, `Co-op`): no given name.
    static let hyphenPrefixes = WordTable("Re Pre Non Co Sub Un Anti Pro De Ex Post Auto Mid Semi Bi Tri Multi Over Out Up In On Off Self")

    /// A Korean name at `at` (a capital letter), given name first or family name first, or nil.
    static func koreanName(_ b: Bytes, at: Int) -> Range<Int>? {
        if let given = hyphenatedGivenEnd(b, at), given + 2 < b.count, b[given] == 0x20, ASCII.isUpper(b[given + 1]) {
            let family = wordEnd(b, given + 1)
            guard koreanFamily.contains(b, (given + 1)..<family), isWordBoundary(b, family) else { return nil }
            return at..<family
        }
        let family = wordEnd(b, at)
        guard family + 2 < b.count, b[family] == 0x20, koreanFamily.contains(b, at..<family),
              let given = hyphenatedGivenEnd(b, family + 1), isWordBoundary(b, given) else { return nil }
        return at..<given
    }

    /// The end of a given name like `Ji-woo` at `at`: a capital and one to three small letters,
    /// `-`, two to five small letters.
    static func hyphenatedGivenEnd(_ b: Bytes, _ at: Int) -> Int? {
        let n = b.count
        guard at < n, ASCII.isUpper(b[at]) else { return nil }
        var k = at + 1
        while k < n, k - at <= 4, ASCII.isLower(b[k]) { k += 1 }
        guard k - at >= 2, k - at <= 4, k + 3 < n, b[k] == UInt8(ascii: "-"), !hyphenPrefixes.contains(b, at..<k) else { return nil }
        let second = k + 1
        var e = second
        while e < n, e - second <= 5, ASCII.isLower(b[e]) { e += 1 }
        guard e - second >= 2, e - second <= 5 else { return nil }
        return e
    }

    private static func isWordBoundary(_ b: Bytes, _ e: Int) -> Bool {
        e == b.count || !(ASCII.isAlnum(b[e]) || b[e] == UInt8(ascii: "_") || b[e] == UInt8(ascii: "@") || b[e] == UInt8(ascii: "-") || b[e] >= 0x80)
    }
}
