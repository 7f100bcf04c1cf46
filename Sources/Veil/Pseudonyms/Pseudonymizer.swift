/// Computes pseudonyms: HMAC-SHA256 (OpenSSL) over a normalised value with domain
/// separation by type, tagged with the type and key id.
///
/// Format: `<type>~<key id>~<digest>`, where digest is the first ``digestBytes``
/// bytes of `HMAC-SHA256(key, "veil/v1\0" + type + "\0" + normalised value)` in
/// lowercase RFC 4648 base32 without padding (80 bits → 16 characters). Every
/// character is in `[a-z0-9_~-]`, so pseudonyms need no escaping in JSON,
/// logfmt, URLs or journald fields.
public struct Pseudonymizer: Sendable {
    /// 10 bytes = 80 bits: collisions stay negligible for billions of distinct values.
    public static let digestBytes = 10
    /// The domain-separation prefix; bump the version if the construction ever changes.
    static let context: [UInt8] = Array("veil/v1".utf8) + [0]

    /// The keys; the newest writes.
    public let keys: KeyRing

    public init(keys: KeyRing) { self.keys = keys }

    /// The pseudonym of `value` (normalised for `type`) under `key` (default: the newest).
    /// Returns nil when no key is loaded.
    public func pseudonym(of value: some Collection<UInt8>, type: String, key: HMACKey? = nil) -> String? {
        guard let key = key ?? keys.current else { return nil }
        var out: [UInt8] = []
        Self.write(value: ValueNormalizer.normalize(value, type: type), type: type, key: key, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the pseudonym of an already normalised value. Allocation-free: the
    /// `context + type + NUL` prefix and the MAC live on the stack.
    /// Returns the full MAC's ``TokenDigest``.
    @discardableResult
    package static func write(value normalized: [UInt8], type: String, key: HMACKey, into out: inout [UInt8]) -> TokenDigest {
        var type = type
        return type.withUTF8 { typeBytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: context.count + typeBytes.count + 1 + 32) { buffer in
                let base = buffer.baseAddress!
                var n = 0
                for b in context { base[n] = b; n += 1 }
                for b in typeBytes { base[n] = b; n += 1 }
                base[n] = 0; n += 1
                let mac = base + n
                normalized.withUnsafeBytes { key.mac(prefix: UnsafeRawBufferPointer(start: base, count: n), $0, into: mac) }
                out.append(contentsOf: typeBytes)
                out.append(UInt8(ascii: "~"))
                out += key.id.utf8
                out.append(UInt8(ascii: "~"))
                Base32.appendLowercase(UnsafeBufferPointer(start: mac, count: digestBytes), to: &out)
                return TokenDigest(mac)
            }
        }
    }
}

/// Lowercase RFC 4648 base32 without padding.
package enum Base32 {
    static let alphabet: StaticString = "abcdefghijklmnopqrstuvwxyz234567"

    package static func appendLowercase(_ bytes: some Collection<UInt8>, to out: inout [UInt8]) {
        let a = alphabet.utf8Start
        out.reserveCapacity(out.count + (bytes.count * 8 + 4) / 5)
        var buffer: UInt64 = 0
        var bits = 0
        for b in bytes {
            buffer = buffer << 8 | UInt64(b)
            bits += 8
            while bits >= 5 {
                bits -= 5
                out.append(a[Int((buffer >> UInt64(bits)) & 31)])
            }
        }
        if bits > 0 { out.append(a[Int((buffer << UInt64(5 - bits)) & 31)]) }
    }
}
