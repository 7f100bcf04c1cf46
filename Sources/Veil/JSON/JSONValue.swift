/// A parsed JSON value, kept close to the bytes it came from.
///
/// - Numbers keep their text exactly as written (`1300819380`, `1.5e3`), so a
///   kept or pseudonymised number is reproduced byte for byte and no precision is lost.
/// - Strings hold their unescaped UTF-8 bytes (the parser validates UTF-8).
/// - Objects keep their members in document order, duplicates included; the
///   ``subscript(key:)`` accessor follows RFC 7515 §5.2 / ECMAScript and returns
///   the *last* member with a given name.
package indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// The number's text as written in the document.
    case number([UInt8])
    /// The string's unescaped UTF-8 bytes.
    case string([UInt8])
    case array([JSONValue])
    /// Members in document order; duplicate keys are kept.
    case object([(key: [UInt8], value: JSONValue)])

    package static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.number(a), .number(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)):
            guard a.count == b.count else { return false }
            for i in a.indices where a[i].key != b[i].key || a[i].value != b[i].value { return false }
            return true
        default: return false
        }
    }

    /// The value of the last member named `key` when this is an object; nil otherwise.
    package subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        var k = key
        return k.withUTF8 { wanted -> JSONValue? in
            for i in members.indices.reversed() where members[i].key.elementsEqual(wanted) {
                return members[i].value
            }
            return nil
        }
    }

    /// The string's text when this is a string.
    package var stringValue: String? {
        guard case .string(let bytes) = self else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The number's text as written when this is a number.
    package var numberText: String? {
        guard case .number(let bytes) = self else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The boolean when this is `true` or `false`.
    package var boolValue: Bool? {
        guard case .bool(let b) = self else { return nil }
        return b
    }

    /// The members when this is an object.
    package var objectMembers: [(key: [UInt8], value: JSONValue)]? {
        guard case .object(let members) = self else { return nil }
        return members
    }

    /// The elements when this is an array.
    package var arrayValue: [JSONValue]? {
        guard case .array(let elements) = self else { return nil }
        return elements
    }

    /// True for `.object`.
    package var isObject: Bool {
        if case .object = self { return true }
        return false
    }

    /// The scalar's text as it would be written without quotes: string bytes,
    /// number text, `true`/`false`, `null`. Nil for arrays and objects.
    package var scalarBytes: [UInt8]? {
        switch self {
        case .null: return Array("null".utf8)
        case .bool(let b): return b ? Array("true".utf8) : Array("false".utf8)
        case .number(let t), .string(let t): return t
        case .array, .object: return nil
        }
    }
}
