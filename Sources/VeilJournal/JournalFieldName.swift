/// journald field names: mapping arbitrary keys (swift-log metadata keys, JSON paths)
/// to names journald accepts.
///
/// journald's rules: only `A`–`Z`, `0`–`9` and `_`; not starting with `_` (reserved for
/// trusted fields journald sets itself) or a digit; at most 64 bytes. ``map(_:)`` makes any
/// key valid:
///
/// 1. ASCII letters are upper-cased; digits and `_` are kept; every other byte (`.`, `-`,
///    space, each byte of a non-ASCII character) becomes `_`: `request-id` → `REQUEST_ID`,
///    `user.email` → `USER_EMAIL`.
/// 2. A result starting with `_` or a digit gets the prefix `F`: `_secret` → `F_SECRET`,
///    `2fa` → `F2FA`. An empty key becomes `F`.
/// 3. A result longer than 64 bytes keeps its first 55 bytes, then `_` and 8 upper-case
///    hex digits of the FNV-1a 32-bit hash of the *original* key, so distinct long keys
///    stay distinct and the same key always maps to the same name.
///
/// Nested metadata is flattened by joining the path with `_` before mapping
/// (``map(path:)``): `["user": ["email": …]]` and `user.email` both become `USER_EMAIL`.
///
/// Different keys can map to the same name (`a-b` and `a_b` → `A_B`). Within one entry,
/// ``Uniquer`` resolves that: the first keeps the name, later ones get `_2`, `_3`, …
/// (`A_B_2`), shortening the base when needed to stay within 64 bytes.
public enum JournalFieldName {
    /// journald's limit on field-name length.
    public static let maximumLength = 64
    /// Bytes kept before the hash suffix when a name is too long (64 − `_` − 8 hex digits).
    static let truncatedPrefixLength = maximumLength - 9

    /// Whether journald accepts `name` from a client as is.
    public static func isValid(_ name: String) -> Bool {
        let utf8 = name.utf8
        guard let first = utf8.first, utf8.count <= maximumLength else { return false }
        guard isUpper(first) else { return false }
        return utf8.allSatisfy { isUpper($0) || isDigit($0) || $0 == 0x5F }
    }

    /// Maps any key to a valid journald field name (rules in the type's documentation).
    public static func map(_ key: String) -> String {
        if isValid(key) { return key }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(key.utf8.count + 1)
        for b in key.utf8 {
            if isUpper(b) || isDigit(b) || b == 0x5F {
                bytes.append(b)
            } else if b >= 0x61 && b <= 0x7A {
                bytes.append(b - 0x20)
            } else {
                bytes.append(0x5F)
            }
        }
        if bytes.isEmpty || bytes[0] == 0x5F || isDigit(bytes[0]) { bytes.insert(UInt8(ascii: "F"), at: 0) }
        if bytes.count > maximumLength {
            bytes.removeSubrange(truncatedPrefixLength...)
            bytes.append(0x5F)
            bytes.append(contentsOf: hex8(fnv1a(key.utf8)))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Maps a nested key path (`["user", "email"]`) by joining it with `_`.
    public static func map(path: [String]) -> String {
        map(path.joined(separator: "_"))
    }

    /// Makes mapped names unique within one entry: the first use of a name keeps it,
    /// later ones become `NAME_2`, `NAME_3`, … (the base is shortened to stay ≤ 64 bytes).
    public struct Uniquer: Sendable {
        private var used: Set<String> = []

        /// An empty set; ``reserve(_:)`` names the writer sets itself (`MESSAGE`, `PRIORITY`, …).
        public init() {}

        /// Marks `name` as taken without returning a variant.
        public mutating func reserve(_ name: String) { used.insert(name) }

        /// Returns `name` if unused in this entry, otherwise the first free `name_N` (N ≥ 2).
        public mutating func unique(_ name: String) -> String {
            if used.insert(name).inserted { return name }
            var n = 2
            while true {
                let suffix = "_\(n)"
                var base = name
                if base.utf8.count + suffix.utf8.count > maximumLength {
                    base = String(decoding: base.utf8.prefix(maximumLength - suffix.utf8.count), as: UTF8.self)
                }
                let candidate = base + suffix
                if used.insert(candidate).inserted { return candidate }
                n += 1
            }
        }
    }

    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    static func fnv1a(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var h: UInt32 = 0x811C_9DC5
        for b in bytes { h = (h ^ UInt32(b)) &* 0x0100_0193 }
        return h
    }

    static func hex8(_ v: UInt32) -> [UInt8] {
        let digits = Array("0123456789ABCDEF".utf8)
        return (0..<8).map { digits[Int((v >> (28 - 4 * UInt32($0))) & 0xF)] }
    }
}
