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

    @Test("the one-segment look-up on raw bytes agrees with the path match", arguments: [false, true])
    func oneSegmentLookupAgrees(customRules: Bool) throws {
        let scrubber: Scrubber
        if customRules {
            // Top-level-only and nested globs, a `**.*suffix`, a later rule overriding an earlier one.
            scrubber = try EngineFixtures.scrubber(yaml: """
                version: 1
                rules:
                  - {id: top, description: d, fields: ["password", "user.email"], action: redact}
                  - {id: deep, description: d, fields: ["**.token", "**.*secret"], action: redact}
                  - {id: later, description: d, fields: ["**.password"], action: pseudonymize}
                """)
        } else {
            scrubber = EngineFixtures.scrubber
        }
        let compiled = scrubber.compiled
        #expect(compiled.decidesOneSegmentKeys)
        var named = 0
        for key in Self.keys + ["Pass-Word", "email", "user", "client_secret", "TOKEN", "x_token", "secret"] {
            let expected = compiled.fieldRule(forPath: [FieldGlob.normalize(Array(key.utf8))])
            let direct = Array(key.utf8).withUnsafeBufferPointer { compiled.fieldRule(forOneSegmentKey: $0) }
            #expect(direct == expected, "\(key)")
            if expected != nil { named += 1 }
        }
        #expect(named >= 5, "the keys include ones the rules name")
    }

    @Test("KeyNameTable equals a dictionary of normalised names (case, `_` and `-` ignored; first/last-byte pre-check)")
    func keyNameTableMatchesReference() {
        let names = ["password", "pwd", "x", "sessionid", "authorization", "apikey", "ab", "ba", "token", "setcookie"].map { Array($0.utf8) }
        let table = KeyNameTable(names.enumerated().map { ($0.element, $0.offset) })
        var reference: [[UInt8]: Int] = [:]
        for (i, n) in names.enumerated() { reference[n] = i }
        var rng = SystemRandomNumberGenerator()
        let pieces = ["pass", "word", "p", "w", "d", "x", "_", "-", "token", "Session", "ID", "a", "b", "API", "key", "set", "cookie", "Authorization", ""]
        var hits = 0
        for _ in 0..<20_000 {
            let key = (0..<Int.random(in: 0...4, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            let bytes = Array(key.utf8)
            let expected = reference[FieldGlob.normalize(bytes)]
            let got = bytes.withUnsafeBufferPointer { table.lookup($0, 0..<$0.count) }
            #expect(got == expected, "\(key)")
            if expected != nil { hits += 1 }
        }
        #expect(hits > 500, "the random keys include names")
    }

    @Test("the three-byte suffix filter never rejects a key that ends with one of its suffixes")
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
        // Three bytes, not two: `request-id` ends like `sessionid` in two bytes only.
        let sessions = KeySuffixFilter([Array("sessionid".utf8), Array("sessid".utf8)])
        #expect(!Array("request-id".utf8).withUnsafeBufferPointer { sessions.mayMatch($0, 0..<$0.count) })
        #expect(Array("x_Session-ID".utf8).withUnsafeBufferPointer { sessions.mayMatch($0, 0..<$0.count) })
        #expect(Array("PHPSESSID".utf8).withUnsafeBufferPointer { sessions.mayMatch($0, 0..<$0.count) })
    }

    @Test("common keys without a rule are rejected by the pre-check")
    func preCheckRejects() throws {
        let compiled = try Scrubber(rules: .default, keys: .test).compiled
        for key in ["request-id", "route", "status", "level", "duration_ms"] {
            #expect(!Array(key.utf8).withUnsafeBufferPointer { compiled.mayHaveFieldRule(forKey: $0) }, "\(key)")
        }
    }
}
