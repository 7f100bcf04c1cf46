import Foundation
import Testing

/// `veil pseudonym`, `rules explain`, `rules list`, help and usage errors.
@Suite struct CommandTests {
    let dir: TempDir

    init() throws { dir = try TempDir() }

    @Test func pseudonymMatchesWhatScrubWrites() throws {
        let key = try dir.key("k1.key")
        let p = try VeilBinary.run(args: ["pseudonym", "--type", "email", "--key-file", key, "Jane@Example.com"])
        #expect(p.status == 0, "\(p.err)")
        let pseudonym = p.out.trimmingCharacters(in: .newlines)
        #expect(p.out == pseudonym + "\n")
        #expect(isPseudonym(pseudonym, type: "email", keyID: "k1"), "\(pseudonym)")
        let s = try CLI.scrub("jane@example.com\n", keyFile: key)
        #expect(s.out == pseudonym + "\n")
    }

    @Test func pseudonymOfAnIPMatchesScrub() throws {
        let key = try dir.key("k1.key")
        let p = try CLI.pseudonym("203.0.113.7", type: "ip", keyFile: key)
        let s = try CLI.scrub("from 203.0.113.7\n", keyFile: key)
        #expect(s.out == "from \(p)\n")
    }

    @Test func differentKeysGiveDifferentPseudonyms() throws {
        let a = try dir.key("a.key", seed: 1)
        let b = try dir.key("b.key", seed: 2)
        let pa = try CLI.pseudonym("jane@example.com", type: "email", keyFile: a)
        let pb = try CLI.pseudonym("jane@example.com", type: "email", keyFile: b)
        #expect(pa.split(separator: "~").last != pb.split(separator: "~").last)
        #expect(pa.hasPrefix("email~a~") && pb.hasPrefix("email~b~"))
    }

    @Test func allKeysPrintsOneLinePerKey() throws {
        let old = try dir.key("old.key", seed: 1)
        let new = try dir.key("new.key", seed: 2)
        let r = try VeilBinary.run(args: ["pseudonym", "--type", "email", "--all-keys", "--key-file", old, "--key-file", new, "jane@example.com"])
        #expect(r.status == 0, "\(r.err)")
        let lines = r.out.split(separator: "\n").map(String.init)
        try #require(lines.count == 2, "\(r.out)")
        let pOld = try CLI.pseudonym("jane@example.com", type: "email", keyFile: old)
        let pNew = try CLI.pseudonym("jane@example.com", type: "email", keyFile: new)
        #expect(Set(lines) == ["old\t\(pOld)", "new\t\(pNew)"], "\(lines)")
        // The newest (last) key writes.
        let s = try VeilBinary.run(args: ["scrub", "--key-file", old, "--key-file", new], stdin: Data("jane@example.com"))
        #expect(s.out == pNew)
        let single = try VeilBinary.run(args: ["pseudonym", "--type", "email", "--key-file", old, "--key-file", new, "jane@example.com"])
        #expect(single.out == pNew + "\n")
    }

    @Test func pseudonymWithoutKeyExits78() throws {
        let r = try VeilBinary.run(args: ["pseudonym", "--type", "email", "jane@example.com"])
        #expect(r.status == 78)
        #expect(r.stdout.isEmpty)
        #expect(r.err.contains("--key-file"), "\(r.err)")
    }

    @Test func pseudonymUsageErrors() throws {
        let key = try dir.key("k1.key")
        #expect(try VeilBinary.run(args: ["pseudonym", "--type", "email", "--key-file", key]).status == 64)
        #expect(try VeilBinary.run(args: ["pseudonym", "--type", "E-Mail", "--key-file", key, "x"]).status == 64)
        #expect(try VeilBinary.run(args: ["pseudonym", "--key-file", key, "x"]).status == 64)
    }

    @Test func explainListsRuleAndOutput() throws {
        let r = try VeilBinary.run(args: ["rules", "explain", "mail jane@example.com"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("input:  mail jane@example.com"), "\(r.out)")
        #expect(r.out.contains("rule email"), "\(r.out)")
        #expect(r.out.contains("pseudonymize"), "\(r.out)")
        #expect(r.out.contains("bytes 5..<21"), "\(r.out)")
        // Without a key option the fixed test key is used, as in 'rules test'.
        #expect(r.out.contains("output: mail email~test~"), "\(r.out)")
        let lines = r.out.split(separator: "\n").map(String.init)
        let caret = try #require(lines.first { $0.contains("^") })
        #expect(caret.filter { $0 == "^" }.count == "jane@example.com".count, "\(caret)")
    }

    @Test func explainFromStdinAndWithKey() throws {
        let key = try dir.key("k1.key")
        let p = try CLI.pseudonym("jane@example.com", type: "email", keyFile: key)
        let r = try VeilBinary.run(args: ["rules", "explain", "-", "--key-file", key], stdin: Data("a jane@example.com\nnothing here\n"))
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("output: a \(p)"), "\(r.out)")
        #expect(r.out.contains("no findings"), "\(r.out)")
    }

    @Test func explainJSONField() throws {
        let r = try VeilBinary.run(args: ["rules", "explain", "--format", "json", #"{"password":"hunter2-secret"}"#])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("rule secret-fields"), "\(r.out)")
        #expect(!r.out.components(separatedBy: "output:").last!.contains("hunter2-secret"), "\(r.out)")
    }

    @Test func rulesListShowsRulesAndDetectors() throws {
        let r = try VeilBinary.run(args: ["rules", "list"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.hasPrefix("Rules ("), "\(r.out.prefix(200))")
        for id in ["jwt", "bearer-token", "email", "ipv4", "payment-card", "secret-fields"] {
            #expect(r.out.range(of: "\n  \(id) ", options: []) != nil, "rule \(id) missing")
        }
        #expect(r.out.contains("<default>/20-pii.yaml:"), "rule locations missing")
        let detectors = try #require(r.out.components(separatedBy: "Built-in detectors:").last)
        for d in ["jwt", "email", "ipv4", "ipv6", "iban", "payment_card"] {
            #expect(detectors.contains("\n  \(d) "), "detector \(d) missing")
        }
    }

    @Test func rulesListWithOverride() throws {
        let file = try dir.write("override.yaml", """
            version: 1
            rules:
              - id: email
                detect: email
                action: redact
                type: email

            """)
        let r = try VeilBinary.run(args: ["rules", "list", "--rules", file])
        #expect(r.status == 0, "\(r.err)")
        let emailLine = try #require(r.out.split(separator: "\n").first { $0.hasPrefix("  email ") }, "\(r.out)")
        #expect(emailLine.contains("redact"), "\(emailLine)")
        #expect(r.out.contains("override.yaml:3:5"), "\(r.out)")
        // And scrub honours it without a key for e-mails (other defaults still pseudonymise).
        let s = try VeilBinary.run(args: ["scrub", "--ephemeral-key", "--rules", file], stdin: Data("jane@example.com\n"))
        #expect(s.out == "[REDACTED:email]\n")
    }

    @Test(arguments: [
        ["--help"], ["scrub", "--help"], ["rules", "--help"], ["rules", "check", "--help"], ["rules", "test", "--help"],
        ["rules", "explain", "--help"], ["rules", "list", "--help"], ["pseudonym", "--help"], ["help", "scrub"],
    ])
    func helpExitsZero(args: [String]) throws {
        let r = try VeilBinary.run(args: args)
        #expect(r.status == 0, "\(args): \(r.err)")
        #expect(r.out.contains("USAGE:") || r.out.contains("Usage:"), "\(args): \(r.out.prefix(300))")
    }

    @Test(arguments: [
        ["scrub", "--bogus"], ["rules", "list", "--nope"], ["pseudonym", "--type", "email", "--frobnicate", "x"],
        ["nosuchcommand"], ["scrub", "--format", "yaml"], ["rules", "check"],
    ])
    func usageErrorsExit64(args: [String]) throws {
        let r = try VeilBinary.run(args: args, stdin: Data("x\n"))
        #expect(r.status == 64, "\(args): status \(r.status) \(r.err)")
        #expect(r.stdout.isEmpty, "\(args): \(r.out)")
        #expect(!r.err.isEmpty)
    }
}
