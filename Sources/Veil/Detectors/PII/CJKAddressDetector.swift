/// Postal addresses written in Chinese or Japanese (`北京市朝阳区建国路88号`,
/// `上海市浦东新区世纪大道100号`, `東京都渋谷区神南1-2-3`, `大阪府大阪市北区梅田3丁目1番地`):
/// from the place name before the first province, city or prefecture character to the street
/// number. Part of the `address-fields` rule (pseudonymised as an address).
///
/// **Trigger**: the first ideograph of a run (the character before it is none), `at` its lead byte.
///
/// **Accepts** a run of at most 48 ideographs, ASCII or full-width digits and dashes that holds
/// a province, city or prefecture character (省 市 都 府 県 州) and, after it, a street number:
/// digits followed by 号 / 號 / 番地 / 番 / 丁目, or Japanese block numbers `1-2-3` after a ward,
/// town or city (区 區 町 村 市 丁目). Floors and rooms that follow (`5楼`, `502室`, `101号室`)
/// belong to it. The address starts two characters (three for a prefecture's 県) before the
/// first division character, not before the run.
///
/// **Rejects** runs without both parts (`市场部`, `2024年3月`, prose) and runs longer than 48.
package enum CJKAddressDetector {
    private struct Char {
        var scalar: UInt32
        var start: Int
        var end: Int
    }

    package static func match(_ b: Bytes, at: Int) -> Range<Int>? {
        let n = b.count
        if at >= 3, isIdeograph(decode(b, at - 3)?.scalar ?? 0) { return nil }
        var chars: [Char] = []
        var k = at
        while k < n, chars.count <= 48 {
            if b[k] < 0x80 {
                guard ASCII.isDigit(b[k]) || b[k] == UInt8(ascii: "-") else { break }
                chars.append(Char(scalar: UInt32(b[k]), start: k, end: k + 1))
                k += 1
                continue
            }
            guard let c = decode(b, k), isIdeograph(c.scalar) || isWideDigitOrDash(c.scalar) else { break }
            chars.append(c)
            k = c.end
        }
        guard chars.count >= 6, chars.count <= 48 else { return nil }
        guard let division = chars.firstIndex(where: { isDivision($0.scalar) }), division >= 2 else { return nil }
        var last = -1
        var j = division + 1
        var sawLocality = false
        while j < chars.count {
            let s = chars[j].scalar
            if isLocality(s) { sawLocality = true }
            if isDigit(s) {
                var e = j
                while e < chars.count, isDigit(chars[e].scalar) || isDash(chars[e].scalar) { e += 1 }
                if e < chars.count, isNumberSuffix(chars[e].scalar) {
                    last = e
                    if chars[e].scalar == 0x756A, e + 1 < chars.count, chars[e + 1].scalar == 0x5730 { last = e + 1 }  // 番地
                    if chars[e].scalar == 0x4E01, e + 1 < chars.count, chars[e + 1].scalar == 0x76EE { last = e + 1 }  // 丁目
                    j = last + 1
                    continue
                }
                // Japanese block numbers after a ward or town: `神南1-2-3`.
                if sawLocality, chars[j..<e].contains(where: { isDash($0.scalar) }), !isDash(chars[e - 1].scalar) { last = e - 1; j = e; continue }
                j = e
                continue
            }
            if last >= 0, !isRoomWord(s) { break }
            j += 1
        }
        guard last > division else { return nil }
        let back = chars[division].scalar == 0x770C && division >= 3 ? 3 : 2  // 県: 神奈川県
        return chars[division - back].start..<chars[last].end
    }

    private static func decode(_ b: Bytes, _ k: Int) -> Char? {
        guard k + 2 < b.count, b[k] >= 0xE0, b[k] <= 0xEF, b[k + 1] & 0xC0 == 0x80, b[k + 2] & 0xC0 == 0x80 else { return nil }
        let s = (UInt32(b[k] & 0x0F) << 12) | (UInt32(b[k + 1] & 0x3F) << 6) | UInt32(b[k + 2] & 0x3F)
        return Char(scalar: s, start: k, end: k + 3)
    }

    private static func isIdeograph(_ s: UInt32) -> Bool { (0x4E00...0x9FFF).contains(s) || s == 0x3007 || s == 0x30F6 || s == 0x30B1 }  // 〇, ヶ, ケ (霞ヶ関)
    private static func isWideDigitOrDash(_ s: UInt32) -> Bool { (0xFF10...0xFF19).contains(s) || s == 0xFF0D || s == 0x30FC }
    private static func isDigit(_ s: UInt32) -> Bool { (0x30...0x39).contains(s) || (0xFF10...0xFF19).contains(s) }
    private static func isDash(_ s: UInt32) -> Bool { s == 0x2D || s == 0xFF0D || s == 0x30FC }
    /// 省 市 都 府 県 州: a province, a city, a prefecture.
    private static func isDivision(_ s: UInt32) -> Bool { s == 0x7701 || s == 0x5E02 || s == 0x90FD || s == 0x5E9C || s == 0x770C || s == 0x5DDE }
    /// 区 區 县 縣 町 村 市 丁: a ward, a county, a town, a village, a block.
    private static func isLocality(_ s: UInt32) -> Bool { s == 0x533A || s == 0x5340 || s == 0x53BF || s == 0x7E23 || s == 0x753A || s == 0x6751 || s == 0x5E02 || s == 0x4E01 }
    /// 号 號 番 丁: what ends a street number.
    private static func isNumberSuffix(_ s: UInt32) -> Bool { s == 0x53F7 || s == 0x865F || s == 0x756A || s == 0x4E01 }
    /// 楼 樓 栋 棟 单 元 室 階 号 號: floors, buildings and rooms after the street number.
    private static func isRoomWord(_ s: UInt32) -> Bool {
        s == 0x697C || s == 0x6A13 || s == 0x680B || s == 0x68DF || s == 0x5355 || s == 0x5143 || s == 0x5BA4 || s == 0x968E || s == 0x53F7 || s == 0x865F
    }
}
