/// Decimal digits of other scripts, as phone numbers and identity numbers are written in
/// Arabic (`٠٥٠١٢٣٤٥٦٧`), Persian (`۰۹۱۲…`), Hindi (`०९८…`), Bengali, Thai and full-width
/// forms: read as the ASCII digits they stand for.
package enum NativeDigits {
    /// The digit's value and UTF-8 length at `at`, when `b[at...]` starts with a digit of one of
    /// these scripts; nil otherwise (also for ASCII digits).
    @inline(__always)
    package static func digit(_ b: UnsafeBufferPointer<UInt8>, at: Int) -> (value: UInt8, length: Int)? {
        let x = b[at]
        guard x >= 0xD9, at + 1 < b.count else { return nil }
        let y = b[at + 1]
        switch x {
        case 0xD9 where y >= 0xA0 && y <= 0xA9: return (y - 0xA0, 2)  // Arabic-Indic U+0660…
        case 0xDB where y >= 0xB0 && y <= 0xB9: return (y - 0xB0, 2)  // Persian U+06F0…
        case 0xE0, 0xEF:
            guard at + 2 < b.count else { return nil }
            let z = b[at + 2]
            switch (x, y) {
            case (0xE0, 0xA5), (0xE0, 0xA7), (0xE0, 0xAB), (0xE0, 0xAF): return z >= 0xA6 && z <= 0xAF ? (z - 0xA6, 3) : nil  // Devanagari, Bengali, Gujarati, Tamil
            case (0xE0, 0xB9): return z >= 0x90 && z <= 0x99 ? (z - 0x90, 3) : nil  // Thai
            case (0xEF, 0xBC): return z >= 0x90 && z <= 0x99 ? (z - 0x90, 3) : nil  // full-width
            default: return nil
            }
        default: return nil
        }
    }

    /// The length of the digit at `at`: 1 for an ASCII digit, 2 or 3 for one of ``digit(_:at:)``'s, 0 otherwise.
    @inline(__always)
    package static func length(_ b: UnsafeBufferPointer<UInt8>, at: Int) -> Int {
        if ASCII.isDigit(b[at]) { return 1 }
        return digit(b, at: at)?.length ?? 0
    }

    /// True when `b[range]` holds a digit, ASCII or of another script.
    package static func contains(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var k = range.lowerBound
        while k < range.upperBound {
            if ASCII.isDigit(b[k]) { return true }
            if b[k] >= 0xD9, let d = digit(b, at: k), k + d.length <= range.upperBound { return true }
            k += 1
        }
        return false
    }
}
