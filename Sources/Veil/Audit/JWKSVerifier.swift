import COpenSSL

/// Verifies JWS signatures against a JWK Set (RFC 7517) with OpenSSL.
///
/// Supported keys and algorithms:
/// - `kty: RSA` (`n`, `e`): `RS256`, `RS384`, `RS512` (PKCS#1 v1.5), `PS256`, `PS384`, `PS512` (PSS);
/// - `kty: EC` (`crv` `P-256`/`P-384`/`P-521`, `x`, `y`): `ES256`, `ES384`, `ES512`. JOSE
///   signatures are raw `r || s`; they are converted to DER before verifying;
/// - `kty: OKP` (`crv: Ed25519`, `x`): `EdDSA` (and `Ed25519`).
///
/// Keys with `use: enc`, other key types and curves are skipped. A key's `alg`, when
/// set, restricts it to that algorithm. A token whose `kid` names keys is checked
/// against those keys only; otherwise (no `kid`, or an unknown one) against every
/// key that fits the algorithm. `HS*` and `none` cannot be checked (no shared secret).
///
/// The `EVP_PKEY`s are immutable after loading and shared between threads
/// (OpenSSL 3 allows concurrent verification with one key).
public final class JWKSVerifier: @unchecked Sendable {
    struct Key {
        var kid: String?
        var alg: String?
        var family: Family
        var pkey: OpaquePointer
    }

    enum Family: Equatable {
        case rsa
        case ec(String)  // JWK crv
        case ed25519
    }

    private let keys: [Key]
    /// Key ids in the set (for reports: only ids the operator published are printed).
    public let keyIDs: Set<String>
    /// Keys that were skipped, with why (unsupported type, `use: enc`, bad parameters).
    public let skipped: [String]

    /// Number of usable keys.
    public var count: Int { keys.count }

    /// The outcome of checking one token.
    public enum Outcome: Sendable, Equatable {
        /// The signature verifies with a key of the set.
        case valid
        /// No key of the set verifies it. `kid` is the token's `kid` when the set has it,
        /// `"(unknown kid)"` when the set does not, `"(no kid)"` when the token has none.
        case invalid(kid: String)
        /// The algorithm cannot be checked (`HS*`, `none`, unknown).
        case notChecked
    }

    /// Loads a JWK Set from its JSON text.
    /// - Throws: ``VeilError`` when the text is not a JWK Set or holds no usable key.
    public init(json: [UInt8]) throws(VeilError) {
        guard let root = JSONValueParser.parse(json), let list = root["keys"]?.arrayValue else {
            throw VeilError(.keyFile, "the JWK Set is not a JSON object with a \"keys\" array", hint: "pass the issuer's JWKS document (its jwks_uri), e.g. {\"keys\":[{\"kty\":\"RSA\",\"kid\":\"…\",\"n\":\"…\",\"e\":\"AQAB\"}]}")
        }
        var keys: [Key] = []
        var skipped: [String] = []
        for (n, jwk) in list.enumerated() {
            let kid = jwk["kid"]?.stringValue
            let label = "key \(n + 1)" + (kid.map { " (kid \(auditLabel(Array($0.utf8))))" } ?? "")
            if jwk["use"]?.stringValue == "enc" { skipped.append("\(label): use is enc"); continue }
            do throws(VeilError) {
                keys.append(try Self.makeKey(jwk, kid: kid))
            } catch {
                skipped.append("\(label): \(error.message)")
            }
        }
        guard !keys.isEmpty else {
            for key in keys { veil_pkey_free(key.pkey) }
            throw VeilError(.keyFile, "the JWK Set has no usable signature key" + (skipped.isEmpty ? "" : ": " + skipped.joined(separator: "; ")), hint: "supported: RSA (n, e), EC P-256/P-384/P-521 (x, y), OKP Ed25519 (x)")
        }
        self.keys = keys
        self.keyIDs = Set(keys.compactMap(\.kid))
        self.skipped = skipped
    }

    /// Loads a JWK Set file.
    public convenience init(path: String) throws(VeilError) {
        let bytes = try FileSystem.readFile(path, limit: 4 << 20)
        do throws(VeilError) {
            try self.init(json: bytes)
        } catch {
            var e = error
            e.message = "\(path): \(e.message)"
            throw e
        }
    }

    deinit {
        for key in keys { veil_pkey_free(key.pkey) }
    }

    private static func bytes(_ jwk: JSONValue, _ name: String) throws(VeilError) -> [UInt8] {
        guard let text = jwk[name]?.stringValue, let raw = Base64URL.decode(text), !raw.isEmpty else {
            throw VeilError(.keyFile, "missing or invalid base64url '\(name)'")
        }
        return raw
    }

    private static func makeKey(_ jwk: JSONValue, kid: String?) throws(VeilError) -> Key {
        let alg = jwk["alg"]?.stringValue
        switch jwk["kty"]?.stringValue {
        case "RSA":
            let n = try bytes(jwk, "n"), e = try bytes(jwk, "e")
            guard n.count >= 256 else { throw VeilError(.keyFile, "RSA modulus shorter than 2048 bits") }
            guard let p = veil_pkey_rsa_public(n, n.count, e, e.count) else { throw VeilError(.keyFile, "OpenSSL rejected the RSA parameters") }
            return Key(kid: kid, alg: alg, family: .rsa, pkey: p)
        case "EC":
            let crv = jwk["crv"]?.stringValue ?? ""
            guard let (group, size) = ecGroups[crv] else { throw VeilError(.keyFile, "unsupported EC curve '\(auditLabel(Array(crv.utf8)))'") }
            let x = try bytes(jwk, "x"), y = try bytes(jwk, "y")
            guard x.count == size, y.count == size else { throw VeilError(.keyFile, "EC x/y are not \(size) bytes") }
            let point = [0x04] + x + y
            guard let p = veil_pkey_ec_public(group, point, point.count) else { throw VeilError(.keyFile, "OpenSSL rejected the EC point (not on \(crv)?)") }
            return Key(kid: kid, alg: alg, family: .ec(crv), pkey: p)
        case "OKP":
            guard jwk["crv"]?.stringValue == "Ed25519" else { throw VeilError(.keyFile, "unsupported OKP curve (only Ed25519)") }
            let x = try bytes(jwk, "x")
            guard x.count == 32, let p = veil_pkey_ed25519_public(x, x.count) else { throw VeilError(.keyFile, "Ed25519 x is not 32 bytes") }
            return Key(kid: kid, alg: alg, family: .ed25519, pkey: p)
        case let other:
            throw VeilError(.keyFile, "unsupported kty '\(auditLabel(Array((other ?? "(none)").utf8)))'")
        }
    }

    static let ecGroups: [String: (String, Int)] = ["P-256": ("prime256v1", 32), "P-384": ("secp384r1", 48), "P-521": ("secp521r1", 66)]

    /// What an algorithm needs: key family, digest name (nil for EdDSA), PSS, raw ECDSA signature length.
    static func scheme(_ alg: String) -> (family: Family, md: String?, pss: Bool, ecdsaLength: Int)? {
        switch alg {
        case "RS256": (.rsa, "SHA256", false, 0)
        case "RS384": (.rsa, "SHA384", false, 0)
        case "RS512": (.rsa, "SHA512", false, 0)
        case "PS256": (.rsa, "SHA256", true, 0)
        case "PS384": (.rsa, "SHA384", true, 0)
        case "PS512": (.rsa, "SHA512", true, 0)
        case "ES256": (.ec("P-256"), "SHA256", false, 64)
        case "ES384": (.ec("P-384"), "SHA384", false, 96)
        case "ES512": (.ec("P-521"), "SHA512", false, 132)
        case "EdDSA", "Ed25519": (.ed25519, nil, false, 0)
        default: nil
        }
    }

    /// Checks a JWS: `signingInput` is `header.payload` (the ASCII bytes as sent),
    /// `signature` the base64url third segment.
    package func verify(signingInput: Bytes, signature: Bytes, alg: String, kid: String?) -> Outcome {
        guard let scheme = Self.scheme(alg) else { return .notChecked }
        let kidLabel: String
        if let kid { kidLabel = keyIDs.contains(kid) ? kid : "(unknown kid)" } else { kidLabel = "(no kid)" }
        guard var sig = Base64URL.decode(signature, range: 0..<signature.count) else { return .invalid(kid: kidLabel) }
        if scheme.ecdsaLength > 0 {
            guard sig.count == scheme.ecdsaLength else { return .invalid(kid: kidLabel) }
            var der = [UInt8](repeating: 0, count: scheme.ecdsaLength + 16)
            let n = veil_ecdsa_raw_to_der(sig, sig.count, &der, der.count)
            guard n > 0 else { return .invalid(kid: kidLabel) }
            sig = Array(der[0..<Int(n)])
        }
        let fits = keys.filter { $0.family == scheme.family && ($0.alg == nil || $0.alg == alg) }
        let named = kid.map { k in fits.filter { $0.kid == k } } ?? []
        let candidates = named.isEmpty ? fits : named
        for key in candidates {
            let ok: Int32
            if let md = scheme.md {
                ok = veil_verify(key.pkey, md, scheme.pss ? 1 : 0, signingInput.baseAddress, signingInput.count, sig, sig.count)
            } else {
                ok = veil_verify(key.pkey, nil, 0, signingInput.baseAddress, signingInput.count, sig, sig.count)
            }
            if ok == 1 { return .valid }
        }
        return .invalid(kid: kidLabel)
    }
}
