#if canImport(Glibc)
import Glibc
#endif

/// FIX protocol messages (trading gateways, QuickFIX logs): `8=FIX.4.4|35=A|553=user|554=pw|…`,
/// with SOH (0x01), `|` or `^A` between fields. Tags are numbers, so no key names them:
/// 553 (Username) and 448 (PartyID) take the `user` rule, 554 (Password), 925 (NewPassword) and
/// 96 (RawData, a logon's credential at some venues) the `password` rule, 1 (Account) the
/// `account_number` rule.
extension Scrubber {
    /// The values of those tags in the FIX message that starts in the first 256 bytes of `b`.
    func fixMessageFields(_ b: Bytes) -> [(Range<Int>, Int)] {
        let n = b.count
        guard n > 16, let base = b.baseAddress else { return [] }
        // The message starts in the first 256 bytes; its `X` (rare in log lines) is searched for.
        let limit = min(n, 256)
        var start = -1
        var k = 4
        while k < limit {
            guard let hit = memchr(base + k, Int32(UInt8(ascii: "X")), limit - k) else { break }
            k = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base
            if b[k - 1] == UInt8(ascii: "I"), b[k - 2] == UInt8(ascii: "F"), b[k - 3] == UInt8(ascii: "="), b[k - 4] == UInt8(ascii: "8"),
               k == 4 || !ASCII.isAlnum(b[k - 5]) {
                start = k - 4
                break
            }
            k += 1
        }
        guard start >= 0 else { return [] }
        // The separator: what ends the BeginString's value.
        var e = start + 5
        while e < n, ASCII.isAlnum(b[e]) || b[e] == UInt8(ascii: ".") { e += 1 }
        guard e + 1 < n else { return [] }
        let separator: [UInt8]
        switch b[e] {
        case 0x01: separator = [0x01]
        case UInt8(ascii: "|"): separator = [UInt8(ascii: "|")]
        case UInt8(ascii: "^") where b[e + 1] == UInt8(ascii: "A"): separator = [UInt8(ascii: "^"), UInt8(ascii: "A")]
        default: return []
        }
        var fields: [(Range<Int>, Int)] = []
        var p = e + separator.count
        while p < n {
            var t = p
            var tag = 0
            while t < n, t - p < 6, ASCII.isDigit(b[t]) { tag = tag * 10 + Int(b[t] - 48); t += 1 }
            guard t > p, t < n, b[t] == UInt8(ascii: "=") else { break }
            let valueStart = t + 1
            var v = nextSeparator(b, from: valueStart, separator)
            let rule = fixRule(tag)
            // A value that holds the separator (`554=pa|ss|`): it runs on to the next `tag=` (fail
            // closed: no part of a password is left for the text scan).
            if rule != nil {
                while v < n, v + separator.count < n, !startsTag(b, v + separator.count) { v = nextSeparator(b, from: v + separator.count, separator) }
            }
            if v > valueStart, let rule, !Self.isPseudonym(b, valueStart..<v) { fields.append((valueStart..<v, rule)) }
            p = v + separator.count
        }
        return fields
    }

    /// The index of the next `separator` at or after `from`, or `b.count`.
    private func nextSeparator(_ b: Bytes, from: Int, _ separator: [UInt8]) -> Int {
        var v = from
        while v < b.count, !(b[v] == separator[0] && (separator.count == 1 || (v + 1 < b.count && b[v + 1] == separator[1]))) { v += 1 }
        return v
    }

    /// Whether a field (`digits=`) starts at `i`.
    private func startsTag(_ b: Bytes, _ i: Int) -> Bool {
        var t = i
        while t < b.count, t - i < 6, ASCII.isDigit(b[t]) { t += 1 }
        return t > i && t < b.count && b[t] == UInt8(ascii: "=")
    }

    private func fixRule(_ tag: Int) -> Int? {
        switch tag {
        case 553, 448: return compiled.userRule >= 0 ? compiled.userRule : nil
        case 554, 925, 96: return fieldRule(forLiteralKey: "password")
        case 1: return fieldRule(forLiteralKey: "account_number")
        default: return nil
        }
    }
}
