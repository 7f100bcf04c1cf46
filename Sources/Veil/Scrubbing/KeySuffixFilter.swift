/// Which normalised two-byte endings (lowercase, `_`/`-` skipped) a set of key suffixes
/// has: one bit test rejects almost every key before the suffixes are compared one by one.
/// A one-byte suffix marks every ending with that last byte.
struct KeySuffixFilter: Sendable {
    /// 65 536 bits, indexed by `second-to-last << 8 | last`.
    private let bits: [UInt64]

    init(_ suffixes: some Sequence<[UInt8]>) {
        var bits = [UInt64](repeating: 0, count: 1024)
        func set(_ index: Int) { bits[index >> 6] |= 1 << UInt64(index & 63) }
        for suffix in suffixes {
            guard let last = suffix.last else { continue }
            if suffix.count >= 2 {
                set(Int(suffix[suffix.count - 2]) << 8 | Int(last))
            } else {
                for before in 0..<256 { set(before << 8 | Int(last)) }
            }
        }
        self.bits = bits
    }

    /// False when `bytes[range]`, normalised, cannot end with any of the suffixes.
    @inline(__always)
    func mayMatch(_ bytes: Bytes, _ range: Range<Int>) -> Bool {
        var j = range.upperBound - 1
        while j >= range.lowerBound, KeyNameTable.isIgnored(bytes[j]) { j -= 1 }
        guard j >= range.lowerBound else { return false }
        let last = Int(ASCII.lower(bytes[j]))
        j -= 1
        while j >= range.lowerBound, KeyNameTable.isIgnored(bytes[j]) { j -= 1 }
        // A one-byte key: only one-byte suffixes can match, and those set every `before`.
        let before = j >= range.lowerBound ? Int(ASCII.lower(bytes[j])) : 0
        let index = before << 8 | last
        return bits.withUnsafeBufferPointer { $0[index >> 6] & (1 << UInt64(index & 63)) != 0 }
    }
}
