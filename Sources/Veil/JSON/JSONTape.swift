/// A JSON document parsed into a flat list of nodes in document order: no allocation per
/// value, and the buffers are reused from document to document (the JWT summary decodes
/// two documents per token).
///
/// Scalars and keys keep their text in ``text``: strings and keys unescaped, numbers as
/// written. A container's start node points at its end node, so a reader can skip it.
package struct JSONTape: Sendable {
    package enum Kind: UInt8, Sendable {
        case null, `true`, `false`, number, string, key, arrayStart, arrayEnd, objectStart, objectEnd
    }

    /// One node. For scalars and keys `start..<end` is the text in ``JSONTape/text``; for
    /// `arrayStart`/`objectStart`, `end` is the index of the matching end node.
    package struct Node: Sendable {
        package var kind: Kind
        package var start: Int
        package var end: Int
    }

    package var nodes: [Node] = []
    package var text: [UInt8] = []

    package init() {}

    /// The tape of an already parsed value (for callers holding a ``JSONValue``).
    package init(_ value: JSONValue) {
        append(value)
    }

    private mutating func append(_ value: JSONValue) {
        func scalar(_ kind: Kind, _ bytes: [UInt8]) {
            let start = text.count
            text += bytes
            nodes.append(Node(kind: kind, start: start, end: text.count))
        }
        switch value {
        case .null: nodes.append(Node(kind: .null, start: 0, end: 0))
        case .bool(let b): nodes.append(Node(kind: b ? .true : .false, start: 0, end: 0))
        case .number(let t): scalar(.number, t)
        case .string(let t): scalar(.string, t)
        case .array(let elements):
            let open = nodes.count
            nodes.append(Node(kind: .arrayStart, start: 0, end: 0))
            for e in elements { append(e) }
            nodes.append(Node(kind: .arrayEnd, start: 0, end: 0))
            nodes[open].end = nodes.count - 1
        case .object(let members):
            let open = nodes.count
            nodes.append(Node(kind: .objectStart, start: 0, end: 0))
            for m in members {
                scalar(.key, m.key)
                append(m.value)
            }
            nodes.append(Node(kind: .objectEnd, start: 0, end: 0))
            nodes[open].end = nodes.count - 1
        }
    }

    /// The text of a scalar or key node.
    @inline(__always)
    package func bytes(_ node: Node) -> ArraySlice<UInt8> { text[node.start..<node.end] }

    /// The text of a scalar as it would be written without quotes (string bytes, number
    /// text, `true`, `false`, `null`); nil for containers and keys.
    package func scalarText(_ index: Int) -> ArraySlice<UInt8>? {
        let node = nodes[index]
        switch node.kind {
        case .string, .number: return bytes(node)
        case .null: return Self.nullText[...]
        case .true: return Self.trueText[...]
        case .false: return Self.falseText[...]
        case .key, .arrayStart, .arrayEnd, .objectStart, .objectEnd: return nil
        }
    }

    static let nullText: [UInt8] = Array("null".utf8)
    static let trueText: [UInt8] = Array("true".utf8)
    static let falseText: [UInt8] = Array("false".utf8)

    /// Index of the node after the value starting at `index`.
    @inline(__always)
    package func next(after index: Int) -> Int {
        let node = nodes[index]
        return node.kind == .objectStart || node.kind == .arrayStart ? node.end + 1 : index + 1
    }

    /// The value node of the last member named `name` of the object starting at `object`
    /// (RFC 7515 §5.2: the last duplicate wins), or nil.
    package func lastMember(_ name: StaticString, of object: Int) -> Int? {
        guard nodes[object].kind == .objectStart else { return nil }
        let wanted = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        var found: Int?
        var k = object + 1
        let end = nodes[object].end
        while k < end {
            let key = nodes[k]
            if key.end - key.start == wanted.count, text[key.start..<key.end].elementsEqual(wanted) { found = k + 1 }
            k = next(after: k + 1)
        }
        return found
    }

    /// Parses one document into this tape (replacing its contents); false when it is not
    /// valid JSON (see ``JSONValueParser`` for the grammar).
    package mutating func parse(_ bytes: Bytes) -> Bool {
        (try? parseOrThrow(bytes)) != nil
    }

    /// Parses one document into this tape, throwing the reason when it is rejected.
    package mutating func parseOrThrow(_ bytes: Bytes) throws(JSONValueParser.Failure) {
        nodes.removeAll(keepingCapacity: true)
        text.removeAll(keepingCapacity: true)
        // Unescaped text is never longer than the document; every node takes at least a byte
        // (most take several), so this covers typical documents without regrowing.
        text.reserveCapacity(bytes.count)
        nodes.reserveCapacity(min(bytes.count, 64 + bytes.count / 4))
        var p = JSONTapeParser(b: bytes, tape: self)
        self = JSONTape()  // the parser owns the buffers meanwhile (no copy-on-write)
        defer { self = p.tape }
        p.skipWhitespace()
        try p.value(depth: 0)
        p.skipWhitespace()
        if p.i != bytes.count { throw .trailingGarbage(offset: p.i) }
    }
}

/// The strict RFC 8259 parser behind ``JSONTape`` and ``JSONValueParser``.
struct JSONTapeParser {
    typealias Failure = JSONValueParser.Failure
    let b: Bytes
    var i = 0
    var tape: JSONTape

    init(b: Bytes, tape: JSONTape) {
        self.b = b
        self.tape = tape
    }

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

    @inline(__always) mutating func append(_ kind: JSONTape.Kind, _ start: Int = 0, _ end: Int = 0) {
        tape.nodes.append(JSONTape.Node(kind: kind, start: start, end: end))
    }

    mutating func value(depth: Int) throws(Failure) {
        let c = try peek()
        switch c {
        case UInt8(ascii: "{"): try object(depth: depth + 1)
        case UInt8(ascii: "["): try array(depth: depth + 1)
        case UInt8(ascii: "\""):
            let start = tape.text.count
            try string()
            append(.string, start, tape.text.count)
        case UInt8(ascii: "t"): try literal("true"); append(.true)
        case UInt8(ascii: "f"): try literal("false"); append(.false)
        case UInt8(ascii: "n"): try literal("null"); append(.null)
        case UInt8(ascii: "-"), 0x30...0x39:
            let start = tape.text.count
            try number()
            append(.number, start, tape.text.count)
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

    mutating func object(depth: Int) throws(Failure) {
        if depth > JSONValueParser.maximumDepth { throw .tooDeep(offset: i) }
        i += 1  // {
        let open = tape.nodes.count
        append(.objectStart)
        defer { if tape.nodes.count > open { tape.nodes[open].end = tape.nodes.count - 1 } }
        skipWhitespace()
        if try peek() == UInt8(ascii: "}") { i += 1; append(.objectEnd); return }
        while true {
            skipWhitespace()
            guard try peek() == UInt8(ascii: "\"") else { throw .unexpectedByte(offset: i) }
            let start = tape.text.count
            try string()
            append(.key, start, tape.text.count)
            skipWhitespace()
            guard try peek() == UInt8(ascii: ":") else { throw .unexpectedByte(offset: i) }
            i += 1
            skipWhitespace()
            try value(depth: depth)
            skipWhitespace()
            let c = try peek()
            i += 1
            if c == UInt8(ascii: ",") { continue }
            if c == UInt8(ascii: "}") { append(.objectEnd); return }
            throw .unexpectedByte(offset: i - 1)
        }
    }

    mutating func array(depth: Int) throws(Failure) {
        if depth > JSONValueParser.maximumDepth { throw .tooDeep(offset: i) }
        i += 1  // [
        let open = tape.nodes.count
        append(.arrayStart)
        defer { if tape.nodes.count > open { tape.nodes[open].end = tape.nodes.count - 1 } }
        skipWhitespace()
        if try peek() == UInt8(ascii: "]") { i += 1; append(.arrayEnd); return }
        while true {
            skipWhitespace()
            try value(depth: depth)
            skipWhitespace()
            let c = try peek()
            i += 1
            if c == UInt8(ascii: ",") { continue }
            if c == UInt8(ascii: "]") { append(.arrayEnd); return }
            throw .unexpectedByte(offset: i - 1)
        }
    }

    mutating func number() throws(Failure) {
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
        tape.text.append(contentsOf: UnsafeBufferPointer(rebasing: b[start..<i]))
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

    /// Length of the valid UTF-8 sequence starting at `j` (lead byte ≥ 0x80), or 0.
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

    /// Appends the unescaped string at `i` (its opening quote) to the tape's text.
    mutating func string() throws(Failure) {
        i += 1  // opening quote
        while true {
            guard i < b.count else { throw .unexpectedEnd }
            let c = b[i]
            if c == UInt8(ascii: "\"") { i += 1; return }
            if c < 0x20 { throw .controlCharacterInString(offset: i) }
            if c < 0x80 && c != UInt8(ascii: "\\") {
                // A run of plain ASCII is copied at once.
                var e = i + 1
                while e < b.count, b[e] >= 0x20, b[e] < 0x80, b[e] != UInt8(ascii: "\""), b[e] != UInt8(ascii: "\\") { e += 1 }
                tape.text.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<e]))
                i = e
                continue
            }
            if c >= 0x80 {
                let n = utf8SequenceLength(at: i)
                if n == 0 { throw .invalidUTF8(offset: i) }
                for k in 0..<n { tape.text.append(b[i + k]) }
                i += n
                continue
            }
            // Backslash escape.
            i += 1
            guard i < b.count else { throw .unexpectedEnd }
            let e = b[i]
            i += 1
            switch e {
            case UInt8(ascii: "\""): tape.text.append(0x22)
            case UInt8(ascii: "\\"): tape.text.append(0x5C)
            case UInt8(ascii: "/"): tape.text.append(0x2F)
            case UInt8(ascii: "b"): tape.text.append(0x08)
            case UInt8(ascii: "f"): tape.text.append(0x0C)
            case UInt8(ascii: "n"): tape.text.append(0x0A)
            case UInt8(ascii: "r"): tape.text.append(0x0D)
            case UInt8(ascii: "t"): tape.text.append(0x09)
            case UInt8(ascii: "u"):
                let u = try hex4()
                if u >= 0xD800 && u < 0xDC00 {
                    // High surrogate: combine with a following \uDC00–\uDFFF, else U+FFFD.
                    if i + 6 <= b.count, b[i] == UInt8(ascii: "\\"), b[i + 1] == UInt8(ascii: "u") {
                        let save = i
                        i += 2
                        let lo = try hex4()
                        if lo >= 0xDC00 && lo < 0xE000 {
                            Self.appendUTF8(0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00), to: &tape.text)
                        } else {
                            Self.appendUTF8(0xFFFD, to: &tape.text)
                            i = save  // re-read the second escape on its own
                        }
                    } else {
                        Self.appendUTF8(0xFFFD, to: &tape.text)
                    }
                } else if u >= 0xDC00 && u < 0xE000 {
                    Self.appendUTF8(0xFFFD, to: &tape.text)
                } else {
                    Self.appendUTF8(u, to: &tape.text)
                }
            default:
                throw .invalidEscape(offset: i - 1)
            }
        }
    }
}
