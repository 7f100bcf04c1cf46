/// JSON string escaping and unescaping over bytes (no Foundation).
package enum JSONText {
    /// Unescapes the content of a JSON string (without quotes) into `out`.
    /// Returns false on an invalid escape. Lone surrogates become U+FFFD.
    package static func unescape(_ s: Bytes, into out: inout [UInt8]) -> Bool {
        var i = 0
        let n = s.count
        while i < n {
            let x = s[i]
            if x != UInt8(ascii: "\\") { out.append(x); i += 1; continue }
            guard i + 1 < n else { return false }
            let e = s[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                guard let u = hex4(s, i) else { return false }
                i += 4
                var scalar = UInt32(u)
                if u >= 0xD800, u < 0xDC00 {
                    if i + 6 <= n, s[i] == UInt8(ascii: "\\"), s[i + 1] == UInt8(ascii: "u"), let lo = hex4(s, i + 2), lo >= 0xDC00, lo < 0xE000 {
                        scalar = 0x10000 + ((UInt32(u) - 0xD800) << 10) + (UInt32(lo) - 0xDC00)
                        i += 6
                    } else {
                        scalar = 0xFFFD
                    }
                } else if u >= 0xDC00, u < 0xE000 {
                    scalar = 0xFFFD
                }
                appendUTF8(scalar, to: &out)
            default:
                return false
            }
        }
        return true
    }

    static func hex4(_ s: Bytes, _ at: Int) -> UInt16? {
        guard at + 4 <= s.count else { return nil }
        var v: UInt16 = 0
        for k in 0..<4 {
            let x = s[at + k]
            guard ASCII.isHexDigit(x) else { return nil }
            v = v << 4 | UInt16(ASCII.isDigit(x) ? x - 0x30 : ASCII.lower(x) - 0x61 + 10)
        }
        return v
    }

    static func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
        switch scalar {
        case ..<0x80: out.append(UInt8(scalar))
        case ..<0x800:
            out.append(UInt8(0xC0 | (scalar >> 6))); out.append(UInt8(0x80 | (scalar & 0x3F)))
        case ..<0x10000:
            out.append(UInt8(0xE0 | (scalar >> 12))); out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F))); out.append(UInt8(0x80 | (scalar & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (scalar >> 18))); out.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F))); out.append(UInt8(0x80 | (scalar & 0x3F)))
        }
    }

    static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Escapes bytes for the inside of a JSON string: `"`, `\` and control bytes.
    package static func escape(_ s: some Collection<UInt8>, into out: inout [UInt8]) {
        for x in s {
            switch x {
            case UInt8(ascii: "\""): out += [0x5C, 0x22]
            case UInt8(ascii: "\\"): out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x0D: out += [0x5C, UInt8(ascii: "r")]
            case 0x09: out += [0x5C, UInt8(ascii: "t")]
            case ..<0x20:
                out += [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hexDigits[Int(x >> 4)], hexDigits[Int(x & 15)]]
            default: out.append(x)
            }
        }
    }
}
