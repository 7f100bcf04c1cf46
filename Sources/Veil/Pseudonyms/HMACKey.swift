import COpenSSL

/// A secret HMAC-SHA256 key with an id, wiped from memory when released.
///
/// Keys must be at least ``minimumLength`` bytes and not a single repeated byte.
/// The id appears in every pseudonym the key writes (`email~<id>~…`).
public final class HMACKey: @unchecked Sendable, CustomStringConvertible {
    /// 32 bytes = the output size of SHA-256; shorter keys weaken the HMAC.
    public static let minimumLength = 32
    /// Upper bound for key material read from a file or credential.
    public static let maximumLength = 4096

    /// The key id (`[A-Za-z0-9_-]`, 1–32 characters).
    public let id: String
    /// The id's UTF-8 bytes (written into every pseudonym).
    package let idBytes: [UInt8]
    private let storage: UnsafeMutableBufferPointer<UInt8>
    /// The keyed SHA-256 states (inner and outer pad), computed once; read-only afterwards.
    private let template: UnsafeMutablePointer<veil_hmac_template>

    /// Creates a key from raw bytes.
    /// - Throws: ``VeilError`` `weakKey` if too short or trivially weak, `keyFile` for a bad id.
    public init(id: String, bytes: some Collection<UInt8>) throws(VeilError) {
        guard Self.isValidID(id) else {
            throw VeilError(.keyFile, "invalid key id '\(id)'", hint: "key ids use letters, digits, '_' and '-', at most 32 characters")
        }
        guard bytes.count >= Self.minimumLength else {
            throw VeilError(.weakKey, "key '\(id)' has \(bytes.count) bytes; at least \(Self.minimumLength) are required",
                            hint: "create one with: head -c 32 /dev/urandom > key && chmod 600 key")
        }
        guard bytes.count <= Self.maximumLength else {
            throw VeilError(.weakKey, "key '\(id)' has \(bytes.count) bytes; at most \(Self.maximumLength) are allowed")
        }
        if let first = bytes.first, bytes.allSatisfy({ $0 == first }) {
            throw VeilError(.weakKey, "key '\(id)' is one repeated byte", hint: "use random bytes: head -c 32 /dev/urandom > key")
        }
        self.id = id
        self.idBytes = Array(id.utf8)
        storage = .allocate(capacity: bytes.count)
        _ = storage.initialize(from: bytes)
        guard let template = veil_hmac_template_new(storage.baseAddress, storage.count) else {
            veil_cleanse(storage.baseAddress, storage.count)
            storage.deallocate()
            throw VeilError(.internalError, "OpenSSL could not set up HMAC-SHA256 for key '\(id)'")
        }
        self.template = template
    }

    /// A fresh random 32-byte key (for demos and tests; pseudonyms are not stable across runs).
    public static func ephemeral(id: String = "eph") throws(VeilError) -> HMACKey {
        var bytes = [UInt8](repeating: 0, count: 32)
        guard veil_random_bytes(&bytes, 32) == 1 else {
            throw VeilError(.internalError, "OpenSSL RAND_bytes failed")
        }
        defer { veil_cleanse(&bytes, bytes.count) }
        return try HMACKey(id: id, bytes: bytes)
    }

    /// The fixed, public key under which rule-file tests run (`expect:` outputs use it).
    /// Its id is `test`; its bytes are the ASCII text `veil.rules.test.key.not.a.secret`.
    public static let test: HMACKey = try! HMACKey(id: "test", bytes: Array("veil.rules.test.key.not.a.secret".utf8))

    deinit {
        veil_hmac_template_free(template)
        veil_cleanse(storage.baseAddress, storage.count)
        storage.deallocate()
    }

    /// HMAC-SHA256 of `message` under this key.
    package func mac(_ message: UnsafeRawBufferPointer) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: 32)
        let ok = veil_hmac_template_mac(template, message.baseAddress, message.count, &out)
        precondition(ok == 1, "OpenSSL HMAC-SHA256 failed")
        return out
    }

    /// HMAC-SHA256 of `prefix || data` under this key, written to the 32 bytes at `out`
    /// (no allocation: the pseudonym hot path).
    @inline(__always)
    package func mac(prefix: UnsafeRawBufferPointer, _ data: UnsafeRawBufferPointer, into out: UnsafeMutableRawPointer) {
        let ok = veil_hmac_template_mac2(template, prefix.baseAddress, prefix.count, data.baseAddress, data.count, out)
        precondition(ok == 1, "OpenSSL HMAC-SHA256 failed")
    }

    /// Constant-time equality of key material.
    public func hasSameMaterial(as other: HMACKey) -> Bool {
        storage.count == other.storage.count && veil_memcmp(storage.baseAddress, other.storage.baseAddress, storage.count) == 0
    }

    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.count <= 32 && id.utf8.allSatisfy { ASCII.isAlnum($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }
    }

    /// Never prints key material.
    public var description: String { "HMACKey(id: \(id))" }
}
