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

    /// The optional escapes a JSON writer used in a string, so a string written again after a
    /// replacement keeps the bytes it had elsewhere: Go's HTML-safe `\u003c` `\u003e` `\u0026`,
    /// PHP's `\/`, Python's and PHP's `\u00e9` for every character beyond ASCII (and the case of
    /// their hex digits).
    package struct EscapeStyle: Sendable {
        /// ASCII characters the writer wrote as `\u00XX` (Go's and Gson's `<` `>` `&` `=` `'`): a bitmap,
        /// bytes 0–63 and 64–127.
        var unicodeLow: UInt64 = 0
        var unicodeHigh: UInt64 = 0
        var htmlSafe = false
        var slash = false
        var asciiOnly = false
        var upperHex = false

        func escapesASCII(_ x: UInt8) -> Bool {
            x < 64 ? unicodeLow & (1 << UInt64(x)) != 0 : unicodeHigh & (1 << UInt64(x - 64)) != 0
        }

        /// The style of `content` (a string's escaped content, between its quotes).
        package init(of content: Bytes) {
            var i = 0
            let n = content.count
            while i + 1 < n {
                guard content[i] == UInt8(ascii: "\\") else { i += 1; continue }
                let e = content[i + 1]
                if e == UInt8(ascii: "/") { slash = true }
                if e == UInt8(ascii: "u"), i + 5 < n, let u = JSONText.hex4(content, i + 2) {
                    if u == 0x3C || u == 0x3E || u == 0x26 { htmlSafe = true }
                    if u >= 0x20, u < 0x80, u != 0x22, u != 0x5C {
                        if u < 64 { unicodeLow |= 1 << UInt64(u) } else { unicodeHigh |= 1 << UInt64(u - 64) }
                    }
                    if u >= 0x80 { asciiOnly = true }
                    if content[(i + 2)..<(i + 6)].contains(where: { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "F") }) { upperHex = true }
                    i += 6
                    continue
                }
                i += 2
            }
        }

        package init() {}

        var isPlain: Bool { !htmlSafe && !slash && !asciiOnly && unicodeLow == 0 && unicodeHigh == 0 }
    }

    /// ``escape(_:into:)`` in a string's own ``EscapeStyle``.
    package static func escape(_ s: Bytes, into out: inout [UInt8], style: EscapeStyle) {
        guard !style.isPlain else { escape(s, into: &out); return }
        let digits = style.upperHex ? upperHexDigits : hexDigits
        func unicode(_ u: UInt32) { out += [0x5C, UInt8(ascii: "u"), digits[Int(u >> 12 & 15)], digits[Int(u >> 8 & 15)], digits[Int(u >> 4 & 15)], digits[Int(u & 15)]] }
        var i = 0
        let n = s.count
        while i < n {
            let x = s[i]
            if x < 0x80, style.escapesASCII(x) || (style.htmlSafe && (x == UInt8(ascii: "<") || x == UInt8(ascii: ">") || x == UInt8(ascii: "&"))) {
                unicode(UInt32(x)); i += 1; continue
            }
            if style.slash, x == UInt8(ascii: "/") { out += [0x5C, x]; i += 1; continue }
            if x >= 0x80, style.asciiOnly || style.htmlSafe, let (scalar, length) = decodeUTF8(s, i) {
                // (Go escapes U+2028 and U+2029 only; an ASCII-only writer every scalar, as surrogates beyond U+FFFF.)
                if style.asciiOnly || scalar == 0x2028 || scalar == 0x2029 {
                    if scalar >= 0x10000 {
                        let v = scalar - 0x10000
                        unicode(0xD800 + (v >> 10)); unicode(0xDC00 + (v & 0x3FF))
                    } else {
                        unicode(scalar)
                    }
                } else {
                    out.append(contentsOf: s[i..<(i + length)])
                }
                i += length
                continue
            }
            escape(CollectionOfOne(x), into: &out)
            i += 1
        }
    }

    /// The scalar of the UTF-8 sequence at `i` and its length; nil for an invalid one.
    static func decodeUTF8(_ s: Bytes, _ i: Int) -> (UInt32, Int)? {
        let x = s[i]
        let length = x >= 0xF0 ? 4 : x >= 0xE0 ? 3 : x >= 0xC0 ? 2 : 0
        guard length > 0, i + length <= s.count else { return nil }
        var scalar = UInt32(x) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length {
            let y = s[i + k]
            guard y & 0xC0 == 0x80 else { return nil }
            scalar = scalar << 6 | UInt32(y & 0x3F)
        }
        return (scalar, length)
    }

    static let upperHexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)

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
