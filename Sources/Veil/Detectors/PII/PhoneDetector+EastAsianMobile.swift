/// Mobile numbers that Korean and Chinese services write as eleven bare digits: Korea's
/// `01077032291` (`010` and eight digits) anywhere; mainland China's `18612093357` (`1`, then
/// `3`–`9`, then nine digits) in a line that holds Chinese characters (a courier's CSV row
/// `SF1402958371624,买买提·艾力,19901874452,…`) — elsewhere eleven digits are as often an order's
/// or an account's number.
///
/// **Accepts** the run of exactly eleven digits at `at` (ending at `end`), not glued to a
/// letter, a digit, `_`, `+`, or a `-`/`.` with more digits.
extension PhoneDetector {
    static func bareEastAsianMobile(_ b: Bytes, at: Int, end: Int) -> Range<Int>? {
        let n = b.count
        guard end - at == 11, at + 3 <= n else { return nil }
        if at > 0 {
            let p = b[at - 1]
            if ASCII.isAlnum(p) || p == UInt8(ascii: "_") || p == UInt8(ascii: "+") || p == UInt8(ascii: "-") || p == UInt8(ascii: ".") { return nil }
        }
        if end < n {
            let x = b[end]
            if ASCII.isAlnum(x) || x == UInt8(ascii: "_") { return nil }
            if x == UInt8(ascii: "-") || x == UInt8(ascii: "."), end + 1 < n, ASCII.isDigit(b[end + 1]) { return nil }
        }
        if b[at] == UInt8(ascii: "0"), b[at + 1] == UInt8(ascii: "1"), b[at + 2] == UInt8(ascii: "0") { return at..<end }
        guard b[at] == UInt8(ascii: "1"), b[at + 1] >= UInt8(ascii: "3"), b[at + 1] <= UInt8(ascii: "9") else { return nil }
        // A Chinese ideograph's lead byte (U+4E00–U+9FFF: E4–E9) somewhere on the line.
        return b.contains(where: { $0 >= 0xE4 && $0 <= 0xE9 }) ? at..<end : nil
    }
}
