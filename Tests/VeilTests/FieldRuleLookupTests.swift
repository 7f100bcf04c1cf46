import Testing
@testable import Veil

/// The allocation-free pre-check the swift-log handlers use before their rule cache must
/// never say "no rule" for a key that has one.
@Suite("Field rule look-up")
struct FieldRuleLookupTests {
    static let keys = [
        "password", "db_password", "DB-Password", "aws_secret_access_key", "x-auth-token", "access_token",
        "session", "email", "E-Mail", "name", "address", "phone_number", "request-id", "route",
        "status", "level", "passwordless", "token_count", "username", "cookie", "",
    ]

    @Test("mayHaveFieldRule is false only when fieldRule(forPath:) finds nothing", arguments: keys)
    func preCheckIsSound(_ key: String) throws {
        let compiled = try Scrubber(rules: .default, keys: .test).compiled
        let rule = compiled.fieldRule(forPath: [FieldGlob.normalize(Array(key.utf8))])
        let may = Array(key.utf8).withUnsafeBufferPointer { compiled.mayHaveFieldRule(forKey: $0) }
        if rule != nil { #expect(may, "\(key)") }
    }

    @Test("the two-byte suffix filter never rejects a key that ends with one of its suffixes")
    func suffixFilterIsSound() {
        let suffixes: [[UInt8]] = ["password", "token", "secretkey", "x", "id"].map { Array($0.utf8) }
        let filter = KeySuffixFilter(suffixes)
        let keys = Self.keys + ["X", "a_x", "tok-en", "TOKEN", "Pass_Word", "_", "-x-", "i_d", "d", "secret_Key", "mytoken_", "route"]
        for key in keys {
            let bytes = Array(key.utf8)
            bytes.withUnsafeBufferPointer { b in
                let matches = suffixes.contains { CompiledRules.hasNormalizedSuffix(b, 0..<b.count, $0) }
                if matches { #expect(filter.mayMatch(b, 0..<b.count), "\(key)") }
            }
        }
        // And it does reject: keys ending in no suffix's last two bytes.
        for key in ["route", "status", "level", "duration_ms"] {
            #expect(!Array(key.utf8).withUnsafeBufferPointer { filter.mayMatch($0, 0..<$0.count) }, "\(key)")
        }
    }

    @Test("common keys without a rule are rejected by the pre-check")
    func preCheckRejects() throws {
        let compiled = try Scrubber(rules: .default, keys: .test).compiled
        for key in ["request-id", "route", "status", "level", "duration_ms"] {
            #expect(!Array(key.utf8).withUnsafeBufferPointer { compiled.mayHaveFieldRule(forKey: $0) }, "\(key)")
        }
    }
}
