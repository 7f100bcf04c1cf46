/// Base64url (RFC 4648 §5) without padding, as JOSE uses it (RFC 7515 §2).
///
/// Decoding is strict: only `A–Z a–z 0–9 - _`; `=` padding, whitespace and the
/// standard alphabet's `+ /` are rejected; a length ≡ 1 (mod 4) is rejected.
/// Non-zero trailing bits are tolerated (decoders in the wild accept them).
package enum Base64URL {
    /// The 6-bit value of a base64url character, or 0xFF.
    @inline(__always)
    package static func sextet(_ c: UInt8) -> UInt8 {
        if ASCII.isUpper(c) { return c &- 0x41 }
        if ASCII.isLower(c) { return c &- 0x61 &+ 26 }
        if ASCII.isDigit(c) { return c &- 0x30 &+ 52 }
        if c == UInt8(ascii: "-") { return 62 }
        if c == UInt8(ascii: "_") { return 63 }
        return 0xFF
    }

    /// Decodes `bytes[range]`; nil when a character is invalid or the length is impossible.
    package static func decode(_ bytes: Bytes, range: Range<Int>) -> [UInt8]? {
        var out: [UInt8] = []
        return decode(bytes, range: range, into: &out) ? out : nil
    }

    /// Decodes `bytes[range]` into `out` (replacing its contents, keeping its capacity);
    /// false when a character is invalid or the length is impossible.
    package static func decode(_ bytes: Bytes, range: Range<Int>, into out: inout [UInt8]) -> Bool {
        out.removeAll(keepingCapacity: true)
        guard range.lowerBound >= 0, range.upperBound <= bytes.count else { return false }
        let n = range.count
        if n % 4 == 1 { return false }
        let full = n / 4 * 3 + (n % 4 == 0 ? 0 : n % 4 - 1)
        out.append(contentsOf: repeatElement(0, count: full))
        let table = sextets
        let ok = out.withUnsafeMutableBufferPointer { o -> Bool in
            // Four characters → three bytes; an invalid character (0xFF) sets bits above 6.
            var j = range.lowerBound
            var w = 0
            while j + 4 <= range.upperBound {
                let a = table[Int(bytes[j])], b = table[Int(bytes[j + 1])], c = table[Int(bytes[j + 2])], d = table[Int(bytes[j + 3])]
                if (a | b | c | d) & 0xC0 != 0 { return false }
                let v = UInt32(a) << 18 | UInt32(b) << 12 | UInt32(c) << 6 | UInt32(d)
                o[w] = UInt8(truncatingIfNeeded: v >> 16)
                o[w + 1] = UInt8(truncatingIfNeeded: v >> 8)
                o[w + 2] = UInt8(truncatingIfNeeded: v)
                w += 3
                j += 4
            }
            let rest = range.upperBound - j
            if rest >= 2 {
                let a = table[Int(bytes[j])], b = table[Int(bytes[j + 1])]
                let c = rest == 3 ? table[Int(bytes[j + 2])] : 0
                if (a | b | c) & 0xC0 != 0 { return false }
                let v = UInt32(a) << 18 | UInt32(b) << 12 | UInt32(c) << 6
                o[w] = UInt8(truncatingIfNeeded: v >> 16)
                w += 1
                if rest == 3 { o[w] = UInt8(truncatingIfNeeded: v >> 8); w += 1 }
            }
            return w == full
        }
        if !ok { out.removeAll(keepingCapacity: true) }
        return ok
    }

    /// ``sextet(_:)`` for every byte, in one never-freed block (read once per decode).
    nonisolated(unsafe) static let sextets: UnsafePointer<UInt8> = {
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for k in 0..<256 { p[k] = sextet(UInt8(k)) }
        return UnsafePointer(p)
    }()

    /// Decodes all of `bytes`.
    package static func decode(_ bytes: Bytes) -> [UInt8]? {
        decode(bytes, range: 0..<bytes.count)
    }

    /// Decodes a string (convenience for tests).
    package static func decode(_ text: String) -> [UInt8]? {
        Array(text.utf8).withUnsafeBufferPointer { decode($0) }
    }

    /// Encodes without padding.
    package static func encode(_ data: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
        var out: [UInt8] = []
        out.reserveCapacity((data.count * 4 + 2) / 3)
        var i = 0
        while i + 3 <= data.count {
            let v = UInt32(data[i]) << 16 | UInt32(data[i + 1]) << 8 | UInt32(data[i + 2])
            out.append(alphabet[Int(v >> 18)])
            out.append(alphabet[Int(v >> 12 & 63)])
            out.append(alphabet[Int(v >> 6 & 63)])
            out.append(alphabet[Int(v & 63)])
            i += 3
        }
        let rest = data.count - i
        if rest == 1 {
            let v = UInt32(data[i]) << 16
            out.append(alphabet[Int(v >> 18)])
            out.append(alphabet[Int(v >> 12 & 63)])
        } else if rest == 2 {
            let v = UInt32(data[i]) << 16 | UInt32(data[i + 1]) << 8
            out.append(alphabet[Int(v >> 18)])
            out.append(alphabet[Int(v >> 12 & 63)])
            out.append(alphabet[Int(v >> 6 & 63)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
