import CRE2

/// A compiled RE2 pattern: linear-time matching, safe on hostile input.
///
/// Immutable after compilation; RE2 objects are safe to use from many threads.
public final class RegexPattern: @unchecked Sendable, CustomStringConvertible {
    /// Memory RE2 may use for one compiled pattern (program + DFA cache), so a huge
    /// pattern fails at load time instead of at scan time.
    public static let maximumMemory: Int64 = 8 << 20

    /// The pattern as written.
    public let source: String
    /// Whether matching ignores case.
    public let caseInsensitive: Bool
    private let handle: OpaquePointer

    /// Compiles `source`.
    /// - Throws: ``VeilError`` with code `badPattern` and RE2's message.
    public init(_ source: String, caseInsensitive: Bool = false) throws(VeilError) {
        var error = [CChar](repeating: 0, count: 256)
        let utf8 = Array(source.utf8)
        let compiled: OpaquePointer? = utf8.withUnsafeBufferPointer { p in
            p.withMemoryRebound(to: CChar.self) { c in
                veil_re2_compile(c.baseAddress, c.count, caseInsensitive ? 1 : 0, Self.maximumMemory, &error, error.count)
            }
        }
        guard let compiled else {
            let message = String(decoding: error.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            throw VeilError(.badPattern, "invalid regex '\(source)': \(message)", hint: "patterns use RE2 syntax; backreferences and lookaround are not supported")
        }
        self.source = source
        self.caseInsensitive = caseInsensitive
        self.handle = compiled
    }

    deinit { veil_re2_free(handle) }

    /// The leftmost match at or after `start`: the span to replace (group 1 when the
    /// pattern has one and it took part) and the whole match.
    package func firstMatch(in bytes: Bytes, from start: Int) -> (value: Range<Int>, whole: Range<Int>)? {
        guard let base = bytes.baseAddress, start <= bytes.count else { return nil }
        var ms = 0, me = 0, ws = 0, we = 0
        let found = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { c in
            veil_re2_find(handle, c, bytes.count, start, &ms, &me, &ws, &we)
        }
        guard found == 1 else { return nil }
        return (ms..<me, ws..<we)
    }

    public var description: String { source }
}
