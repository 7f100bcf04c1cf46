/// The HMAC keys loaded for pseudonyms: the newest writes, all can be used for look-ups.
///
/// "Newest" is the last key added. Loaders that read several keys at once
/// (directories, systemd credentials) add them in natural id order, so `key-10`
/// is newer than `key-9`.
public struct KeyRing: Sendable {
    /// All keys, oldest first.
    public private(set) var keys: [HMACKey]

    /// Creates a ring; the last key writes.
    public init(_ keys: [HMACKey] = []) { self.keys = keys }

    /// The key that writes new pseudonyms, if any.
    public var current: HMACKey? { keys.last }

    /// True when no key is loaded.
    public var isEmpty: Bool { keys.isEmpty }

    /// Adds a key as the newest. A second key with the same id is a configuration error.
    public mutating func add(_ key: HMACKey) throws(VeilError) {
        if keys.contains(where: { $0.id == key.id }) {
            throw VeilError(.keyFile, "two keys have the id '\(key.id)'", hint: "give each key file a distinct name or --key-id")
        }
        keys.append(key)
    }

    /// The key with `id`.
    public func key(id: String) -> HMACKey? { keys.first { $0.id == id } }

    /// A ring holding only ``HMACKey/test``.
    public static var test: KeyRing { KeyRing([HMACKey.test]) }

    /// Orders ids naturally: digit runs compare as numbers (`k2` < `k10`).
    public static func naturalOrder(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        var i = 0, j = 0
        while i < x.count, j < y.count {
            if ASCII.isDigit(x[i]), ASCII.isDigit(y[j]) {
                var ei = i, ej = j
                while ei < x.count, ASCII.isDigit(x[ei]) { ei += 1 }
                while ej < y.count, ASCII.isDigit(y[ej]) { ej += 1 }
                let nx = x[i..<ei].drop { $0 == 0x30 }, ny = y[j..<ej].drop { $0 == 0x30 }
                if nx.count != ny.count { return nx.count < ny.count }
                if !nx.elementsEqual(ny) { return nx.lexicographicallyPrecedes(ny) }
                i = ei; j = ej
            } else {
                if x[i] != y[j] { return x[i] < y[j] }
                i += 1; j += 1
            }
        }
        return x.count - i < y.count - j
    }
}
