/// Keys that unlock a device or a licence, printed without a key's name:
/// - a BitLocker recovery password, `566478-416658-561011-042658-018700-403238-275363-530156`:
///   eight groups of six digits, each a multiple of 11 (PowerShell transcripts, `manage-bde`
///   output, MDM escrow logs);
/// - a key of five groups of five capitals and digits, `TYH6X-TJHJW-C1Y42-19056-D5UA6`: Apple's
///   Activation Lock bypass code and Microsoft's product keys share the shape.
///
/// **Trigger**: a word start (a digit or a capital). **Returns** the whole key; it takes the
/// `secret` key's rule. A group count, length or check that differs leaves it alone.
package enum RecoveryKeyDetector {
    package static func match(_ b: Bytes, at: Int) -> Range<Int>? {
        let n = b.count
        guard at + 29 <= n else { return nil }
        if at > 0 {
            let p = b[at - 1]
            guard !(ASCII.isAlnum(p) || p == UInt8(ascii: "-") || p == UInt8(ascii: "_")) else { return nil }
        }
        if ASCII.isDigit(b[at]), at + 55 <= n, let r = bitLocker(b, at: at) { return r }
        return fiveByFive(b, at: at)
    }

    private static func bitLocker(_ b: Bytes, at: Int) -> Range<Int>? {
        var k = at
        for group in 0..<8 {
            var value = 0
            for _ in 0..<6 {
                guard ASCII.isDigit(b[k]) else { return nil }
                value = value * 10 + Int(b[k] - 48)
                k += 1
            }
            guard value % 11 == 0 else { return nil }
            if group < 7 { guard b[k] == UInt8(ascii: "-") else { return nil }; k += 1 }
        }
        return isEnd(b, k) ? at..<k : nil
    }

    private static func fiveByFive(_ b: Bytes, at: Int) -> Range<Int>? {
        var k = at
        var letters = 0, digits = 0
        for group in 0..<5 {
            for _ in 0..<5 {
                let x = b[k]
                if ASCII.isUpper(x) { letters += 1 } else if ASCII.isDigit(x) { digits += 1 } else { return nil }
                k += 1
            }
            if group < 4 { guard b[k] == UInt8(ascii: "-") else { return nil }; k += 1 }
        }
        // (Random groups hold both; `AAAAA-BBBBB-…` placeholders and digit-only serials do not.)
        guard letters >= 5, digits >= 3 else { return nil }
        return isEnd(b, k) ? at..<k : nil
    }

    private static func isEnd(_ b: Bytes, _ k: Int) -> Bool {
        k == b.count || !(ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "-") || b[k] == UInt8(ascii: "_"))
    }
}
