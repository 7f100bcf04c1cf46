import Foundation
import Testing
@testable import Veil

/// Real keys made with the `openssl` CLI, tokens signed by it, verified by ``JWKSVerifier``.
/// A class so that `deinit` removes each test's key directory.
@Suite final class AuditJWKSTests {
    let dir: URL

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("veil-jwks-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: dir) }

    @discardableResult
    func openssl(_ args: [String], stdin: Data? = nil) throws -> Data {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        p.arguments = args
        p.currentDirectoryURL = dir
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        _ = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw CocoaError(.fileReadUnknown, userInfo: ["args": args]) }
        return data
    }

    func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

    /// Generates a key; returns its JWK (public) members.
    func makeKey(_ name: String, kind: String) throws -> String {
        switch kind {
        case "RSA":
            try openssl(["genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", path(name)])
            let text = String(decoding: try openssl(["rsa", "-in", path(name), "-noout", "-modulus"]), as: UTF8.self)
            let hex = text.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "Modulus=", with: "")
            return "\"kty\":\"RSA\",\"n\":\"\(Base64URL.encode(EngineFixtures.hex(hex)))\",\"e\":\"AQAB\""
        case "EC":
            try openssl(["genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", path(name)])
            let der = [UInt8](try openssl(["pkey", "-in", path(name), "-pubout", "-outform", "DER"]))
            let point = der.suffix(65)
            return "\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"\(Base64URL.encode(Array(point.dropFirst().prefix(32))))\",\"y\":\"\(Base64URL.encode(Array(point.suffix(32))))\""
        default:
            try openssl(["genpkey", "-algorithm", "ED25519", "-out", path(name)])
            let der = [UInt8](try openssl(["pkey", "-in", path(name), "-pubout", "-outform", "DER"]))
            return "\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"\(Base64URL.encode(Array(der.suffix(32))))\""
        }
    }

    /// A signed compact JWS.
    func sign(_ header: String, _ payload: String, key: String, alg: String) throws -> String {
        let input = "\(AuditFixtures.b64(header)).\(AuditFixtures.b64(payload))"
        let file = path("input-\(UInt32.random(in: 0...UInt32.max))")
        try Data(input.utf8).write(to: URL(fileURLWithPath: file))
        var sig: [UInt8]
        switch alg {
        case "RS256": sig = [UInt8](try openssl(["dgst", "-sha256", "-sign", path(key), file]))
        case "PS256": sig = [UInt8](try openssl(["dgst", "-sha256", "-sigopt", "rsa_padding_mode:pss", "-sigopt", "rsa_pss_saltlen:digest", "-sign", path(key), file]))
        case "ES256": sig = Self.rawECDSA([UInt8](try openssl(["dgst", "-sha256", "-sign", path(key), file])), size: 32)
        default: sig = [UInt8](try openssl(["pkeyutl", "-sign", "-rawin", "-inkey", path(key), "-in", file]))
        }
        return "\(input).\(Base64URL.encode(sig))"
    }

    /// DER `SEQUENCE { INTEGER r, INTEGER s }` → fixed-width `r || s`.
    static func rawECDSA(_ der: [UInt8], size: Int) -> [UInt8] {
        var i = 2
        if der[1] & 0x80 != 0 { i += Int(der[1] & 0x7F) }
        var out: [UInt8] = []
        for _ in 0..<2 {
            let len = Int(der[i + 1])
            var int = Array(der[(i + 2)..<(i + 2 + len)])
            while int.count > size, int.first == 0 { int.removeFirst() }
            out += [UInt8](repeating: 0, count: size - int.count) + int
            i += 2 + len
        }
        return out
    }

    @Test func validTokensVerifyAndForgedOnesAreFlagged() throws {
        let rsa = try makeKey("rsa.pem", kind: "RSA")
        let ec = try makeKey("ec.pem", kind: "EC")
        let ed = try makeKey("ed.pem", kind: "ED")
        _ = try makeKey("other.pem", kind: "RSA")  // the attacker's key: not in the set
        let jwks = "{\"keys\":[{\"kid\":\"rsa1\",\"use\":\"sig\",\(rsa)},{\"kid\":\"ec1\",\"alg\":\"ES256\",\(ec)},{\"kid\":\"ed1\",\(ed)},{\"kid\":\"enc1\",\"use\":\"enc\",\(rsa)}]}"
        let verifier = try JWKSVerifier(json: Array(jwks.utf8))
        #expect(verifier.count == 3 && verifier.skipped.count == 1)

        let t = AuditFixtures.base + 60
        let payload = "{\"iss\":\"https://idp.example.com\",\"sub\":\"alice\",\"aud\":\"api\",\"iat\":\(t - 60),\"exp\":\(t + 600)}"
        let forged = "{\"iss\":\"https://idp.example.com\",\"sub\":\"admin\",\"aud\":\"api\",\"iat\":\(t - 60),\"exp\":\(t + 600)}"
        func header(_ alg: String, _ kid: String?) -> String { "{\"alg\":\"\(alg)\",\"typ\":\"JWT\"" + (kid.map { ",\"kid\":\"\($0)\"" } ?? "") + "}" }
        func tamper(_ token: String) -> String {
            let parts = token.split(separator: ".", omittingEmptySubsequences: false)
            return "\(parts[0]).\(AuditFixtures.b64(forged)).\(parts[2])"
        }

        let valid = [
            try sign(header("RS256", "rsa1"), payload, key: "rsa.pem", alg: "RS256"),
            try sign(header("PS256", "rsa1"), payload, key: "rsa.pem", alg: "PS256"),
            try sign(header("ES256", "ec1"), payload, key: "ec.pem", alg: "ES256"),
            try sign(header("EdDSA", "ed1"), payload, key: "ed.pem", alg: "EdDSA"),
            try sign(header("RS256", nil), payload, key: "rsa.pem", alg: "RS256"),  // no kid: any fitting key
        ]
        let invalid = [
            tamper(valid[0]), tamper(valid[2]), tamper(valid[3]),
            try sign(header("RS256", "rsa1"), payload, key: "other.pem", alg: "RS256"),  // wrong key, our kid
            try sign(header("RS256", "evil"), payload, key: "other.pem", alg: "RS256"),  // wrong key, unknown kid
            try sign(header("ES256", "ec1"), payload, key: "ed.pem", alg: "EdDSA"),  // Ed25519 bytes under an ES256 header
        ]
        let hs = AuditFixtures.jws(header("HS256", nil), payload, seed: 1)
        let lines = (valid + invalid + [hs]).map { "\(AuditFixtures.iso(t)) auth \($0)" }

        let auditor = TokenAuditor(scrubber: EngineFixtures.scrubber, verifier: verifier)
        let report = AuditFixtures.audit(lines, auditor: auditor)
        #expect(report.tokens.signaturesVerified == valid.count)
        #expect(report.tokens.signaturesInvalid == invalid.count)
        #expect(report.tokens.signaturesNotChecked == 1)
        let bad = report.violation(.invalidSignature)
        #expect(bad.count == invalid.count)
        #expect(bad.details.counts == ["RS256 kid rsa1": 2, "ES256 kid ec1": 2, "EdDSA kid ed1": 1, "RS256 kid (unknown kid)": 1], "\(bad.details.counts)")
        #expect(bad.locations == (valid.count + 1...valid.count + 5).map { "stream:\($0)" })
        #expect(report.jwksKeys == 3 && report.highestSeverity == .critical)
        let text = report.text() + report.json()
        for token in valid + invalid { #expect(!text.contains(token) && !text.contains(String(token.split(separator: ".")[2]))) }
        #expect(!text.contains("evil"), "an unknown kid is attacker-controlled: not printed")
    }

    @Test func badSetsAreConfigurationErrors() {
        #expect(throws: VeilError.self) { try JWKSVerifier(json: Array("[]".utf8)) }
        #expect(throws: VeilError.self) { try JWKSVerifier(json: Array("{\"keys\":[{\"kty\":\"oct\",\"k\":\"c2VjcmV0\"}]}".utf8)) }
        // An EC point that is not on the curve is rejected by OpenSSL.
        let x = Base64URL.encode([UInt8](repeating: 1, count: 32))
        #expect(throws: VeilError.self) { try JWKSVerifier(json: Array("{\"keys\":[{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"\(x)\",\"y\":\"\(x)\"}]}".utf8)) }
        try? FileManager.default.removeItem(at: dir)
    }
}
