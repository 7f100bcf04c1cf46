/// A strict RFC 8259 JSON parser producing ``JSONValue``.
///
/// - Exactly one value, optionally surrounded by JSON whitespace (space, tab, LF, CR);
///   anything after it is `trailingGarbage`.
/// - Strings must be valid UTF-8 without raw control bytes (< 0x20). `\uXXXX`
///   escapes are decoded, surrogate pairs combined; a lone or mismatched
///   surrogate becomes U+FFFD (as WHATWG and most JOSE libraries do).
/// - Numbers follow the RFC grammar (`-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`)
///   and keep their text.
/// - Nesting is capped at ``maximumDepth`` arrays/objects; deeper input is
///   rejected with `.tooDeep`. This prevents stack exhaustion on hostile input
///   (the parser recurses once per container level). The total input size is
///   capped by the caller (a JWT segment is bounded by
///   ``JWTDetector/maximumTokenLength``).
package enum JSONValueParser {
    /// The deepest nesting of arrays and objects accepted: `[[…]]` with 64
    /// brackets parses, 65 is rejected. Prevents stack exhaustion on hostile input.
    package static let maximumDepth = 64

    /// Why a document was rejected. `offset` is the byte offset of the problem.
    package enum Failure: Error, Sendable, Equatable {
        case unexpectedEnd
        case unexpectedByte(offset: Int)
        case invalidNumber(offset: Int)
        case invalidEscape(offset: Int)
        case controlCharacterInString(offset: Int)
        case invalidUTF8(offset: Int)
        case tooDeep(offset: Int)
        case trailingGarbage(offset: Int)
    }

    /// Parses one JSON document; nil when it is not valid JSON (or is too deep).
    package static func parse(_ bytes: Bytes) -> JSONValue? {
        try? parseOrThrow(bytes)
    }

    /// Parses one JSON document from an array (convenience for tests and small inputs).
    package static func parse(_ bytes: [UInt8]) -> JSONValue? {
        bytes.withUnsafeBufferPointer { parse($0) }
    }

    /// Parses one JSON document, throwing the reason when it is rejected.
    package static func parseOrThrow(_ bytes: Bytes) throws(Failure) -> JSONValue {
        var p = Parser(b: bytes)
        p.skipWhitespace()
        let v = try p.value(depth: 0)
        p.skipWhitespace()
        if p.i != bytes.count { throw .trailingGarbage(offset: p.i) }
        return v
    }

    private struct Parser {
        let b: Bytes
        var i = 0

        init(b: Bytes) { self.b = b }

        @inline(__always) mutating func skipWhitespace() {
            while i < b.count {
                let c = b[i]
                if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { i += 1 } else { break }
            }
        }

        @inline(__always) func peek() throws(Failure) -> UInt8 {
            guard i < b.count else { throw .unexpectedEnd }
            return b[i]
        }

        mutating func value(depth: Int) throws(Failure) -> JSONValue {
            let c = try peek()
            switch c {
            case UInt8(ascii: "{"): return try object(depth: depth + 1)
            case UInt8(ascii: "["): return try array(depth: depth + 1)
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): try literal("true"); return .bool(true)
            case UInt8(ascii: "f"): try literal("false"); return .bool(false)
            case UInt8(ascii: "n"): try literal("null"); return .null
            case UInt8(ascii: "-"), 0x30...0x39: return .number(try number())
            default: throw .unexpectedByte(offset: i)
            }
        }

        mutating func literal(_ word: StaticString) throws(Failure) {
            let n = word.utf8CodeUnitCount
            let w = word.utf8Start
            for k in 0..<n {
                guard i + k < b.count else { throw .unexpectedEnd }
                if b[i + k] != w[k] { throw .unexpectedByte(offset: i + k) }
            }
            i += n
        }

        mutating func object(depth: Int) throws(Failure) -> JSONValue {
            if depth > JSONValueParser.maximumDepth { throw .tooDeep(offset: i) }
            i += 1  // {
            var members: [(key: [UInt8], value: JSONValue)] = []
            skipWhitespace()
            if try peek() == UInt8(ascii: "}") { i += 1; return .object(members) }
            while true {
                skipWhitespace()
                guard try peek() == UInt8(ascii: "\"") else { throw .unexpectedByte(offset: i) }
                let key = try string()
                skipWhitespace()
                guard try peek() == UInt8(ascii: ":") else { throw .unexpectedByte(offset: i) }
                i += 1
                skipWhitespace()
                let v = try value(depth: depth)
                members.append((key: key, value: v))
                skipWhitespace()
                let c = try peek()
                i += 1
                if c == UInt8(ascii: ",") { continue }
                if c == UInt8(ascii: "}") { return .object(members) }
                throw .unexpectedByte(offset: i - 1)
            }
        }

        mutating func array(depth: Int) throws(Failure) -> JSONValue {
            if depth > JSONValueParser.maximumDepth { throw .tooDeep(offset: i) }
            i += 1  // [
            var elements: [JSONValue] = []
            skipWhitespace()
            if try peek() == UInt8(ascii: "]") { i += 1; return .array(elements) }
            while true {
                skipWhitespace()
                elements.append(try value(depth: depth))
                skipWhitespace()
                let c = try peek()
                i += 1
                if c == UInt8(ascii: ",") { continue }
                if c == UInt8(ascii: "]") { return .array(elements) }
                throw .unexpectedByte(offset: i - 1)
            }
        }

        mutating func number() throws(Failure) -> [UInt8] {
            let start = i
            if b[i] == UInt8(ascii: "-") { i += 1 }
            guard i < b.count else { throw .unexpectedEnd }
            if b[i] == UInt8(ascii: "0") {
                i += 1
            } else if ASCII.isDigit(b[i]) {
                while i < b.count, ASCII.isDigit(b[i]) { i += 1 }
            } else {
                throw .invalidNumber(offset: i)
            }
            if i < b.count, b[i] == UInt8(ascii: ".") {
                i += 1
                guard i < b.count, ASCII.isDigit(b[i]) else { throw .invalidNumber(offset: i) }
                while i < b.count, ASCII.isDigit(b[i]) { i += 1 }
            }
            if i < b.count, b[i] | 0x20 == UInt8(ascii: "e") {
                i += 1
                if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
                guard i < b.count, ASCII.isDigit(b[i]) else { throw .invalidNumber(offset: i) }
                while i < b.count, ASCII.isDigit(b[i]) { i += 1 }
            }
            return Array(UnsafeBufferPointer(rebasing: b[start..<i]))
        }

        mutating func hex4() throws(Failure) -> UInt32 {
            guard i + 4 <= b.count else { throw .unexpectedEnd }
            var v: UInt32 = 0
            for k in 0..<4 {
                let c = b[i + k]
                let d: UInt32
                if ASCII.isDigit(c) { d = UInt32(c &- 0x30) }
                else if (c | 0x20) &- 0x61 < 6 { d = UInt32((c | 0x20) &- 0x61) + 10 }
                else { throw .invalidEscape(offset: i + k) }
                v = v << 4 | d
            }
            i += 4
            return v
        }

        static func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
            switch scalar {
            case 0..<0x80:
                out.append(UInt8(scalar))
            case 0x80..<0x800:
                out.append(0xC0 | UInt8(scalar >> 6))
                out.append(0x80 | UInt8(scalar & 0x3F))
            case 0x800..<0x10000:
                out.append(0xE0 | UInt8(scalar >> 12))
                out.append(0x80 | UInt8((scalar >> 6) & 0x3F))
                out.append(0x80 | UInt8(scalar & 0x3F))
            default:
                out.append(0xF0 | UInt8(scalar >> 18))
                out.append(0x80 | UInt8((scalar >> 12) & 0x3F))
                out.append(0x80 | UInt8((scalar >> 6) & 0x3F))
                out.append(0x80 | UInt8(scalar & 0x3F))
            }
        }

        /// Length of the valid UTF-8 sequence starting at `i` (lead byte ≥ 0x80), or 0.
        func utf8SequenceLength(at j: Int) -> Int {
            let c0 = b[j]
            @inline(__always) func cont(_ k: Int, _ lo: UInt8 = 0x80, _ hi: UInt8 = 0xBF) -> Bool {
                j + k < b.count && b[j + k] >= lo && b[j + k] <= hi
            }
            switch c0 {
            case 0xC2...0xDF: return cont(1) ? 2 : 0
            case 0xE0: return cont(1, 0xA0) && cont(2) ? 3 : 0
            case 0xE1...0xEC, 0xEE...0xEF: return cont(1) && cont(2) ? 3 : 0
            case 0xED: return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0
            case 0xF0: return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0
            case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
            case 0xF4: return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0
            default: return 0
            }
        }

        mutating func string() throws(Failure) -> [UInt8] {
            i += 1  // opening quote
            var out: [UInt8] = []
            while true {
                guard i < b.count else { throw .unexpectedEnd }
                let c = b[i]
                if c == UInt8(ascii: "\"") { i += 1; return out }
                if c < 0x20 { throw .controlCharacterInString(offset: i) }
                if c < 0x80 && c != UInt8(ascii: "\\") { out.append(c); i += 1; continue }
                if c >= 0x80 {
                    let n = utf8SequenceLength(at: i)
                    if n == 0 { throw .invalidUTF8(offset: i) }
                    for k in 0..<n { out.append(b[i + k]) }
                    i += n
                    continue
                }
                // Backslash escape.
                i += 1
                guard i < b.count else { throw .unexpectedEnd }
                let e = b[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    let u = try hex4()
                    if u >= 0xD800 && u < 0xDC00 {
                        // High surrogate: combine with a following \uDC00–\uDFFF, else U+FFFD.
                        if i + 6 <= b.count, b[i] == UInt8(ascii: "\\"), b[i + 1] == UInt8(ascii: "u") {
                            let save = i
                            i += 2
                            let lo = try hex4()
                            if lo >= 0xDC00 && lo < 0xE000 {
                                Self.appendUTF8(0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00), to: &out)
                            } else {
                                Self.appendUTF8(0xFFFD, to: &out)
                                i = save  // re-read the second escape on its own
                            }
                        } else {
                            Self.appendUTF8(0xFFFD, to: &out)
                        }
                    } else if u >= 0xDC00 && u < 0xE000 {
                        Self.appendUTF8(0xFFFD, to: &out)
                    } else {
                        Self.appendUTF8(u, to: &out)
                    }
                default:
                    throw .invalidEscape(offset: i - 1)
                }
            }
        }
    }
}
