import Testing
@testable import Veil

@Suite("Default rule pack")
struct DefaultPackTests {
    /// `rules/` of this repository, found from this file's path.
    static let rulesDirectory: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        parts.removeLast(3)  // DefaultPackTests.swift, VeilTests, Tests
        return parts.joined(separator: "/") + "/rules"
    }()

    @Test("every test in the default pack passes under the test key")
    func ruleTests() throws {
        let summary = try RuleTestRunner.run(RuleSet.default)
        #expect(summary.failures.isEmpty, "\(summary.failures.map(\.description).joined(separator: "\n"))")
        #expect(summary.total == RuleSet.default.tests.count)
        #expect(summary.total >= 15)
    }

    @Test("the embedded pack equals rules/*.yaml (run scripts/embed-rules.sh after editing rules/)")
    func embeddedEqualsFiles() throws {
        let names = try FileSystem.listDirectory(Self.rulesDirectory)
            .filter { $0.hasSuffix(".yaml") }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        #expect(names == DefaultRulePack.files.map(\.name))
        for (name, yaml) in DefaultRulePack.files {
            let bytes = try FileSystem.readFile(Self.rulesDirectory + "/" + name)
            var text = String(decoding: bytes, as: UTF8.self)
            if text.hasSuffix("\n") { text.removeLast() }  // the script's closing delimiter takes the final newline
            #expect(text == yaml, "\(name) differs from the embedded copy")
        }
    }

    @Test("loading rules/ from disk gives the same rules as the embedded pack")
    func diskEqualsEmbedded() throws {
        let disk = try RuleSet.load(paths: [Self.rulesDirectory])
        #expect(disk.rules.map(\.id) == RuleSet.default.rules.map(\.id))
        #expect(disk.rules.map(\.action) == RuleSet.default.rules.map(\.action))
        #expect(disk.rules.map(\.effectiveType) == RuleSet.default.rules.map(\.effectiveType))
        #expect(disk.defaults == RuleSet.default.defaults)
        #expect(disk.tests.count == RuleSet.default.tests.count)
    }

    @Test("policy: unnamed JWT claims are not kept, fields are scanned, credentials are never kept or masked")
    func policy() {
        let set = RuleSet.default
        #expect(set.defaults.jwtClaims != .keep)
        #expect(set.defaults.fields == .scan)
        #expect(Set(set.rules.map(\.id)).count == set.rules.count)
        for rule in set.rules {
            if case .detector(let kind) = rule.matcher, kind.isCredential {
                #expect(rule.action == .redact || rule.action == .pseudonymize, "\(rule.id)")
            }
        }
        for kind in DetectorKind.allCases {
            let named = set.rules.contains { if case .detector(let k) = $0.matcher { return k == kind } else { return false } }
            #expect(named, "detector \(kind.rawValue) is not used by the default pack")
        }
    }

    @Test("the default pack needs a key and gets one from KeyRing.test")
    func needsKey() throws {
        #expect(throws: VeilError.self) { try Scrubber(rules: .default) }
        let s = try Scrubber(rules: .default, keys: .test)
        #expect(s.ruleIDs == RuleSet.default.rules.map(\.id))
    }
}
