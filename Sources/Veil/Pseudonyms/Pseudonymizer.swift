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
    /// `context + type + NUL` prefix, the MAC and the pseudonym's text live on the stack,
    /// and the text is appended to `out` at once. Returns the full MAC's ``TokenDigest``.
    @discardableResult
    package static func write(value normalized: [UInt8], type: String, key: HMACKey, into out: inout [UInt8]) -> TokenDigest {
        normalized.withUnsafeBytes { write(normalized: $0, type: type, key: key, into: &out) }
    }

    /// ``write(value:type:key:into:)`` for a normal form held in any buffer.
    @discardableResult
    package static func write(normalized: UnsafeRawBufferPointer, type: String, key: HMACKey, into out: inout [UInt8]) -> TokenDigest {
        var type = type
        return type.withUTF8 { typeBytes in
            key.idBytes.withUnsafeBufferPointer { id in
                // prefix (context, type, NUL) | MAC (32) | text (type ~ id ~ 16 base32)
                let prefixCount = context.count + typeBytes.count + 1
                let textCount = typeBytes.count + 1 + id.count + 1 + Base32.encodedCount(digestBytes)
                return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: prefixCount + 32 + textCount) { buffer in
                    let base = buffer.baseAddress!
                    var n = 0
                    for b in context { base[n] = b; n += 1 }
                    for b in typeBytes { base[n] = b; n += 1 }
                    base[n] = 0; n += 1
                    let mac = base + prefixCount
                    key.mac(prefix: UnsafeRawBufferPointer(start: base, count: prefixCount), normalized, into: mac)
                    let text = mac + 32
                    var t = 0
                    for b in typeBytes { text[t] = b; t += 1 }
                    text[t] = UInt8(ascii: "~"); t += 1
                    for b in id { text[t] = b; t += 1 }
                    text[t] = UInt8(ascii: "~"); t += 1
                    t += Base32.encodeLowercase(UnsafeBufferPointer(start: mac, count: digestBytes), into: text + t)
                    out.append(contentsOf: UnsafeBufferPointer(start: text, count: t))
                    return TokenDigest(mac)
                }
            }
        }
    }
}

/// Lowercase RFC 4648 base32 without padding.
package enum Base32 {
    static let alphabet: StaticString = "abcdefghijklmnopqrstuvwxyz234567"

    /// Characters written for `count` bytes.
    @inline(__always)
    package static func encodedCount(_ count: Int) -> Int { (count * 8 + 4) / 5 }

    /// Writes the encoding of `bytes` at `out` (``encodedCount(_:)`` bytes); returns that count.
    @inline(__always)
    package static func encodeLowercase(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>) -> Int {
        let a = alphabet.utf8Start
        var buffer: UInt64 = 0
        var bits = 0
        var n = 0
        for b in bytes {
            buffer = buffer << 8 | UInt64(b)
            bits += 8
            while bits >= 5 {
                bits -= 5
                out[n] = a[Int((buffer >> UInt64(bits)) & 31)]
                n += 1
            }
        }
        if bits > 0 { out[n] = a[Int((buffer << UInt64(5 - bits)) & 31)]; n += 1 }
        return n
    }
}
