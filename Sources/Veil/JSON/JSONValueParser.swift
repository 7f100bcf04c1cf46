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
        var tape = JSONTape()
        try tape.parseOrThrow(bytes)
        return JSONValue(tape)
    }
}

extension JSONValue {
    /// The value a parsed tape holds.
    package init(_ tape: JSONTape) {
        var k = 0
        self = tape.nodes.isEmpty ? .null : JSONValueParser.value(tape, &k)
    }
}

extension JSONValueParser {
    /// The value starting at node `k` of a parsed tape; `k` moves past it.
    fileprivate static func value(_ tape: JSONTape, _ k: inout Int) -> JSONValue {
        let node = tape.nodes[k]
        k += 1
        switch node.kind {
        case .null: return .null
        case .true: return .bool(true)
        case .false: return .bool(false)
        case .number: return .number(Array(tape.bytes(node)))
        case .string, .key: return .string(Array(tape.bytes(node)))
        case .arrayStart:
            var elements: [JSONValue] = []
            while tape.nodes[k].kind != .arrayEnd { elements.append(value(tape, &k)) }
            k += 1
            return .array(elements)
        case .objectStart:
            var members: [(key: [UInt8], value: JSONValue)] = []
            while tape.nodes[k].kind != .objectEnd {
                let key = Array(tape.bytes(tape.nodes[k]))
                k += 1
                members.append((key: key, value: value(tape, &k)))
            }
            k += 1
            return .object(members)
        case .arrayEnd, .objectEnd:
            return .null  // unreachable: a parsed tape's containers are balanced
        }
    }
}
