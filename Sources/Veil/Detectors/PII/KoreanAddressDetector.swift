/// Korean postal addresses in Hangul: road-name addresses (`서울 강남구 테헤란로 152`,
/// `부산광역시 해운대구 센텀중앙로 79`, `경기도 성남시 분당구 판교역로 166`) and lot addresses
/// (`서울 강남구 역삼동 737`), with the building, floor and unit after them (`A동 1503호`,
/// `21층 2104호`). Part of the `address-fields` rule (pseudonymised as an address).
///
/// **Trigger**: the first Hangul syllable of a word (after ASCII or the line's start).
/// **Accepts** one to four Hangul words, the last of them a district's (`…구`, `…시`, `…군`,
/// `…도`), then a road's or a neighbourhood's word (`…로`, `…길`, `…동`, `…읍`, `…면`, `…리`,
/// digits allowed inside: `분당로12번길`), a space and a number (`152`, `12-3`). The building,
/// floor and unit follow (after a space or a comma) when up to three more words end in `호` or `층`. **Rejects** everything
/// else: a road's word without a district before it (`서버로 5`) is prose.
enum KoreanAddressDetector {
    static func match(_ b: Bytes, at: Int) -> Range<Int>? {
        let n = b.count
        guard at == 0 || b[at - 1] < 0x80, hangul(b, at) != nil else { return nil }
        var k = at
        var words = 0
        var sawDistrict = false
        while words < 6 {
            // A word of Hangul syllables (ASCII digits allowed after the first syllable).
            var last: UInt32 = 0
            var e = k
            while e < n {
                if let s = hangul(b, e) { last = s; e += 3 } else if e > k, ASCII.isDigit(b[e]) { e += 1 } else { break }
            }
            guard e > k, last != 0, e == n || b[e] == 0x20 || b[e] == UInt8(ascii: ",") else { return nil }
            words += 1
            if sawDistrict, roadEndings.contains(last) {
                // The road's or the neighbourhood's number.
                guard e + 1 < n, b[e] == 0x20, ASCII.isDigit(b[e + 1]) else { return nil }
                var m = e + 1
                while m < n, m - e <= 5, ASCII.isDigit(b[m]) { m += 1 }
                if m + 1 < n, b[m] == UInt8(ascii: "-"), ASCII.isDigit(b[m + 1]) {
                    m += 1
                    while m < n, ASCII.isDigit(b[m]) { m += 1 }
                }
                guard m == n || !(ASCII.isAlnum(b[m]) || b[m] >= 0x80) || hangul(b, m) != nil else { return nil }
                return at..<unitEnd(b, m)
            }
            sawDistrict = districtEndings.contains(last)
            guard !(words >= 4 && !sawDistrict), e + 1 < n, b[e] == 0x20 else { return nil }
            k = e + 1
        }
        return nil
    }

    /// After the number: `, A동 1503호`, ` 21층 2104호`, `, 카카오판교아지트 B동 4층` (up to three
    /// words, the last ending in `호` or `층`); the end of what belongs to the address.
    private static func unitEnd(_ b: Bytes, _ from: Int) -> Int {
        let n = b.count
        var k = from
        if k + 1 < n, b[k] == UInt8(ascii: ","), b[k + 1] == 0x20 { k += 2 } else if k < n, b[k] == 0x20 || b[k] == UInt8(ascii: ",") { k += 1 } else { return from }
        var end = from
        for _ in 0..<3 {
            var e = k
            var last: UInt32 = 0
            while e < n {
                if let s = hangul(b, e) { last = s; e += 3 } else if ASCII.isAlnum(b[e]) || b[e] == UInt8(ascii: "-") { last = 0; e += 1 } else { break }
            }
            guard e > k else { break }
            if last == 0xD638 || last == 0xCE35 { end = e }  // 호, 층
            guard e + 1 < n, b[e] == 0x20 else { break }
            k = e + 1
        }
        return end
    }

    private static let districtEndings: Set<UInt32> = [0xC2DC, 0xAD6C, 0xAD70, 0xB3C4]  // 시 구 군 도
    private static let roadEndings: Set<UInt32> = [0xB85C, 0xAE38, 0xB3D9, 0xC74D, 0xBA74, 0xB9AC]  // 로 길 동 읍 면 리

    /// The Hangul syllable (U+AC00–U+D7A3) whose UTF-8 starts at `k`, or nil.
    @inline(__always)
    private static func hangul(_ b: Bytes, _ k: Int) -> UInt32? {
        guard k + 2 < b.count, b[k] >= 0xEA, b[k] <= 0xED else { return nil }
        let s = (UInt32(b[k] & 0x0F) << 12) | (UInt32(b[k + 1] & 0x3F) << 6) | UInt32(b[k + 2] & 0x3F)
        return s >= 0xAC00 && s <= 0xD7A3 ? s : nil
    }
}
