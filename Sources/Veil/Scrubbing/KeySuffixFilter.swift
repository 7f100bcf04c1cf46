/// Which normalised endings (lowercase, `_`/`-` skipped) a set of key suffixes has: the
/// last three bytes hashed into 65 536 bits, and exact tables for suffixes of one or two
/// bytes. A few bit tests reject almost every key before the suffixes are compared one
/// by one (`request-id` is not compared with `…sessionid`).
struct KeySuffixFilter: Sendable {
    /// `[0, 1024)`: three-byte endings (hashed); `[1024, 2048)`: two-byte suffixes
    /// (`b << 8 | c`); `[2048, 2052)`: one-byte suffixes.
    private let bits: [UInt64]

    init(_ suffixes: some Sequence<[UInt8]>) {
        var bits = [UInt64](repeating: 0, count: 2052)
        func set(_ index: Int) { bits[index >> 6] |= 1 << UInt64(index & 63) }
        for suffix in suffixes {
            let n = suffix.count
            switch n {
            case 0: continue
            case 1: set(2048 * 64 + Int(suffix[0]))
            case 2: set(1024 * 64 + (Int(suffix[0]) << 8 | Int(suffix[1])))
            default: set(Self.index(Int(suffix[n - 3]), Int(suffix[n - 2]), Int(suffix[n - 1])))
            }
        }
        self.bits = bits
    }

    /// The bit for a three-byte ending `a b c`.
    @inline(__always)
    static func index(_ a: Int, _ b: Int, _ c: Int) -> Int {
        let x = UInt32(truncatingIfNeeded: a << 16 | b << 8 | c)
        return Int((x &* 2_654_435_761) >> 16)
    }

    /// False when `bytes[range]`, normalised, cannot end with any of the suffixes.
    @inline(__always)
    func mayMatch(_ bytes: Bytes, _ range: Range<Int>) -> Bool {
        var ending = (0, 0, 0)
        var found = 0
        var j = range.upperBound - 1
        while j >= range.lowerBound, found < 3 {
            let x = bytes[j]
            j -= 1
            if KeyNameTable.isIgnored(x) { continue }
            let lower = Int(ASCII.lower(x))
            switch found {
            case 0: ending.2 = lower
            case 1: ending.1 = lower
            default: ending.0 = lower
            }
            found += 1
        }
        guard found > 0 else { return false }
        return bits.withUnsafeBufferPointer { bits in
            func test(_ index: Int) -> Bool { bits[index >> 6] & (1 << UInt64(index & 63)) != 0 }
            if test(2048 * 64 + ending.2) { return true }
            if found >= 2, test(1024 * 64 + (ending.1 << 8 | ending.2)) { return true }
            return found == 3 && test(Self.index(ending.0, ending.1, ending.2))
        }
    }
}