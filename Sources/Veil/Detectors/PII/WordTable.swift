/// A fixed set of words looked up by their bytes without allocating: 64-bit FNV-1a hashes
/// in an open-addressing table (a false hit needs a 64-bit collision).
struct WordTable: Sendable {
    private let slots: [UInt64]
    private let mask: Int

    /// `words`: separated by white space; each is stored as written (case-sensitive).
    init(_ words: String) {
        let list = words.split(whereSeparator: { $0 == " " || $0 == "\n" })
        var size = 16
        while size < list.count * 2 { size <<= 1 }
        var slots = [UInt64](repeating: 0, count: size)
        for word in list {
            let h = Self.hash(Array(word.utf8)[...])
            var i = Int(truncatingIfNeeded: h) & (size - 1)
            while slots[i] != 0, slots[i] != h { i = (i + 1) & (size - 1) }
            slots[i] = h
        }
        self.slots = slots
        mask = size - 1
    }

    /// Also finds a word with Latin diacritics that the table spells in ASCII (`Siobhán` as
    /// `Siobhan`, `İsmail` as `Ismail`).
    func contains(_ b: Bytes, _ r: Range<Int>) -> Bool {
        if contains(hash: Self.hash(b[r])) { return true }
        guard b[r].contains(where: { $0 >= 0xC3 && $0 <= 0xC5 }) else { return false }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var k = r.lowerBound
        var folded = false
        while k < r.upperBound {
            if k + 1 < r.upperBound, let s = LatinFolding.spelling(b[k], b[k + 1]) {
                for j in 0..<s.utf8CodeUnitCount { h = (h ^ UInt64(s.utf8Start[j])) &* 0x100_0000_01b3 }
                folded = true
                k += 2
            } else {
                h = (h ^ UInt64(b[k])) &* 0x100_0000_01b3
                k += 1
            }
        }
        return folded && contains(hash: h == 0 ? 1 : h)
    }

    /// ``contains(_:_:)`` for an ASCII word written in capitals, looked up as written
    /// capitalised (`WILSON` as `Wilson`).
    func containsCapitalised(_ b: Bytes, _ r: Range<Int>) -> Bool {
        guard !r.isEmpty else { return false }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        h = (h ^ UInt64(b[r.lowerBound])) &* 0x100_0000_01b3
        for k in (r.lowerBound + 1)..<r.upperBound {
            var x = ASCII.lower(b[k])
            // A Latin-1 capital after the first letter (`MARÍA`, `JOSÉ`): its lower-case second byte.
            if k - 1 > r.lowerBound, b[k - 1] == 0xC3, x >= 0x80, x <= 0x9E, x != 0x97 { x += 0x20 }
            h = (h ^ UInt64(x)) &* 0x100_0000_01b3
        }
        return contains(hash: h == 0 ? 1 : h)
    }

    /// ``contains(_:_:)`` for an ASCII word written in lower case, looked up capitalised
    /// (`jane` as `Jane`).
    func containsWithInitialCapital(_ b: Bytes, _ r: Range<Int>) -> Bool {
        guard !r.isEmpty else { return false }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        let first = b[r.lowerBound]
        h = (h ^ UInt64(first >= 0x61 && first <= 0x7A ? first - 0x20 : first)) &* 0x100_0000_01b3
        for k in (r.lowerBound + 1)..<r.upperBound { h = (h ^ UInt64(b[k])) &* 0x100_0000_01b3 }
        return contains(hash: h == 0 ? 1 : h)
    }

    /// ``contains(_:_:)`` for an ASCII word in any case, looked up in lower case
    /// (`Phone` and `PHONE` as `phone`); the table's words are written in lower case.
    func containsLowercased(_ b: Bytes, _ r: Range<Int>) -> Bool {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in r { h = (h ^ UInt64(ASCII.lower(b[k]))) &* 0x100_0000_01b3 }
        return contains(hash: h == 0 ? 1 : h)
    }

    /// Open-addressing probe for a hash made by ``hash(_:)``'s scheme.
    private func contains(hash h: UInt64) -> Bool {
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let s = slots[i]
            if s == h { return true }
            if s == 0 { return false }
            i = (i + 1) & mask
        }
    }

    @inline(__always)
    static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for x in bytes { h = (h ^ UInt64(x)) &* 0x100_0000_01b3 }
        return h == 0 ? 1 : h
    }
}
