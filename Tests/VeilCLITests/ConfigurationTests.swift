import Foundation
import Testing

/// Keys, rule files and exit codes 64 / 78 / 1.
@Suite struct ConfigurationTests {
    let dir: TempDir

    init() throws { dir = try TempDir() }

    // MARK: keys

    @Test func missingKeyExits78WithHowTo() throws {
        let r = try VeilBinary.run(args: ["scrub"], stdin: Data("mail jane@example.com\n"))
        #expect(r.status == 78)
        #expect(r.stdout.isEmpty)
        #expect(r.err.contains("--key-file"), "\(r.err)")
        #expect(r.err.contains("--ephemeral-key"), "\(r.err)")
    }

    @Test func missingKeyWithEmptyInputStillExits78() throws {
        let r = try VeilBinary.run(args: ["scrub"])
        #expect(r.status == 78)
        #expect(r.stdout.isEmpty)
    }

    @Test func weakKeyFileExits78() throws {
        let weak = try dir.key("weak.key", length: 16)
        let r = try VeilBinary.run(args: ["scrub", "--key-file", weak], stdin: Data("mail jane@example.com\n"))
        #expect(r.status == 78)
        #expect(r.stdout.isEmpty)
        #expect(r.err.contains("'weak'") && r.err.contains("32"), "\(r.err)")
    }

    @Test func thirtyOneBytesPlusNewlineIsStillWeak() throws {
        var bytes = Data(repeating: 0x41, count: 31)
        bytes.append(0x0A)
        let k = try dir.write("nl.key", bytes, mode: 0o600)
        let r = try VeilBinary.run(args: ["scrub", "--key-file", k], stdin: Data("x\n"))
        #expect(r.status == 78, "one trailing newline is ignored, so 31 bytes remain")
    }

    @Test func worldReadableKeyFileExits78() throws {
        let open = try dir.key("open.key", mode: 0o644)
        let r = try VeilBinary.run(args: ["scrub", "--key-file", open], stdin: Data("mail jane@example.com\n"))
        #expect(r.status == 78)
        #expect(r.stdout.isEmpty)
        #expect(r.err.contains("open.key"), "\(r.err)")
    }

    @Test func missingKeyFileExits78() throws {
        let r = try VeilBinary.run(args: ["scrub", "--key-file", dir.path("absent.key")], stdin: Data("x\n"))
        #expect(r.status == 78)
        #expect(r.stdout.isEmpty)
    }

    @Test func ephemeralKeyWorksAndWarns() throws {
        let r = try VeilBinary.run(args: ["scrub", "--ephemeral-key"], stdin: Data("mail jane@example.com\n"))
        #expect(r.status == 0)
        #expect(!r.out.contains("jane@example.com"))
        #expect(r.out.hasPrefix("mail email~"), "\(r.out)")
        #expect(r.err.contains("ephemeral"))
    }

    @Test func keyIDOptionRenamesTheKey() throws {
        let k = try dir.key("k1.key")
        let r = try VeilBinary.run(args: ["scrub", "--key-file", k, "--key-id", "prod2024"], stdin: Data("jane@example.com"))
        #expect(isPseudonym(r.out, type: "email", keyID: "prod2024"), "\(r.out)")
    }

    @Test func noDefaultRulesNeedsNoKey() throws {
        let r = try VeilBinary.run(args: ["scrub", "--no-default-rules"], stdin: Data("mail jane@example.com\n"))
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out == "mail jane@example.com\n")
    }

    @Test func keyCredentialReadsCredentialsDirectory() throws {
        try dir.key("veil-key-cred1", seed: 7)
        let viaFile = try dir.key("cred1.key", seed: 7)
        let r = try VeilBinary.run(args: ["scrub", "--key-credential", "veil-key-cred1"], stdin: Data("jane@example.com"),
                                   env: ["CREDENTIALS_DIRECTORY": dir.url.path])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out == (try CLI.pseudonym("jane@example.com", type: "email", keyFile: viaFile)))
        let without = try VeilBinary.run(args: ["scrub", "--key-credential", "veil-key-cred1"], stdin: Data("x"))
        #expect(without.status == 78)
    }

    // MARK: rule files

    static let brokenRule = """
        version: 1
        rules:
          - id: customer-ref
            pattern: 'CUST-[0-9]{6}'
            action: hmac
            type: customer

        """

    @Test func brokenRuleFileWithRulesExits78() throws {
        let file = try dir.write("broken.yaml", Self.brokenRule)
        let k = try dir.key("k1.key")
        let r = try VeilBinary.run(args: ["scrub", "--key-file", k, "--rules", file], stdin: Data("CUST-123456\n"))
        #expect(r.status == 78)
        #expect(r.stdout.isEmpty)
        #expect(r.err.contains("\(file):5:"), "\(r.err)")
        #expect(r.err.range(of: #"broken\.yaml:5:\d+"#, options: .regularExpression) != nil, "\(r.err)")
        #expect(r.err.contains("did you mean 'pseudonymize'?"), "\(r.err)")
    }

    @Test func rulesCheckReportsTheSameProblem() throws {
        let file = try dir.write("broken.yaml", Self.brokenRule)
        let r = try VeilBinary.run(args: ["rules", "check", file])
        #expect(r.status == 1)
        let all = r.out + r.err
        #expect(all.range(of: #"broken\.yaml:5:\d+"#, options: .regularExpression) != nil, "\(all)")
        #expect(all.contains("did you mean 'pseudonymize'?"), "\(all)")
    }

    @Test func rulesCheckOnTheDefaultPackPasses() throws {
        let rules = VeilBinary.repoRoot.appendingPathComponent("rules").path
        let r = try VeilBinary.run(args: ["rules", "check", rules])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.hasPrefix("ok: 4 file(s)"), "\(r.out)")
    }

    @Test func customRuleFileApplies() throws {
        let file = try dir.write("custom.yaml", """
            version: 1
            rules:
              - id: customer-ref
                pattern: 'CUST-[0-9]{6}'
                action: redact
                type: customer

            """)
        let r = try VeilBinary.run(args: ["scrub", "--no-default-rules", "--rules", file], stdin: Data("ref CUST-123456 ok jane@example.com\n"))
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out == "ref [REDACTED:customer] ok jane@example.com\n")
    }

    @Test func unreadableRulePathExits78() throws {
        let k = try dir.key("k1.key")
        let r = try VeilBinary.run(args: ["scrub", "--key-file", k, "--rules", dir.path("missing.yaml")], stdin: Data("x\n"))
        #expect(r.status == 78)
        #expect(r.stdout.isEmpty)
    }

    // MARK: rule tests

    @Test func defaultPackTestsPass() throws {
        let rules = VeilBinary.repoRoot.appendingPathComponent("rules").path
        let r = try VeilBinary.run(args: ["rules", "test", rules])
        #expect(r.status == 0, "\(r.out)\(r.err)")
        let last = r.out.split(separator: "\n").last.map(String.init) ?? ""
        let match = last.range(of: #"^[1-9][0-9]* passed, 0 failed$"#, options: .regularExpression)
        #expect(match != nil, "\(r.out)")
    }

    @Test func wrongExpectationFailsWithDiffAndCaret() throws {
        let file = try dir.write("wrong.yaml", """
            version: 1
            rules:
              - id: ssn
                detect: us_ssn
                action: redact
                type: ssn
            tests:
              - name: deliberately wrong
                input: "ssn 123-45-6789 end"
                expect: "ssn [REDACTED:social] end"
              - name: right
                input: "ssn 123-45-6789 end"
                expect: "ssn [REDACTED:ssn] end"

            """)
        let r = try VeilBinary.run(args: ["rules", "test", file])
        #expect(r.status == 1)
        #expect(r.out.contains("deliberately wrong"), "\(r.out)")
        #expect(r.out.contains("expected: ssn [REDACTED:social] end"), "\(r.out)")
        #expect(r.out.contains("actual:   ssn [REDACTED:ssn] end"), "\(r.out)")
        // The caret sits under the first difference ('s' of 'social' vs 's' of 'ssn' → index of "o"/"s").
        let lines = r.out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let caretLine = lines.first { $0.contains("^") && !$0.contains("expected:") && !$0.contains("actual:") }
        #expect(caretLine != nil, "\(r.out)")
        if let caretLine, let actualLine = lines.first(where: { $0.contains("actual:   ") }) {
            let caretColumn = caretLine.distance(from: caretLine.startIndex, to: caretLine.firstIndex(of: "^")!)
            let actualText = actualLine
            let idx = actualText.index(actualText.startIndex, offsetBy: min(caretColumn, actualText.count - 1))
            // "[REDACTED:s" is common; the first difference is the character after it.
            #expect(String(actualText[idx...]).hasPrefix("sn]"), "caret at column \(caretColumn): \(r.out)")
        }
        #expect(r.out.contains("1 passed, 1 failed"), "\(r.out)")
    }

    @Test func mustNotContainFailureIsReported() throws {
        let file = try dir.write("leak.yaml", """
            version: 1
            rules:
              - id: keep-all
                detect: email
                action: keep
            tests:
              - name: leaks
                input: "mail jane@example.com"
                must_not_contain: ["jane@example.com"]

            """)
        let r = try VeilBinary.run(args: ["rules", "test", file])
        #expect(r.status == 1)
        #expect(r.out.contains("0 passed, 1 failed"), "\(r.out)")
    }

    @Test func rulesTestOnBrokenFileExits78() throws {
        let file = try dir.write("broken.yaml", Self.brokenRule)
        let r = try VeilBinary.run(args: ["rules", "test", file])
        #expect(r.status == 78)
        #expect(r.err.contains("did you mean 'pseudonymize'?"), "\(r.err)")
    }

    @Test func rulesTestWithDefaults() throws {
        let file = try dir.write("extra.yaml", """
            version: 1
            rules:
              - id: customer-ref
                pattern: 'CUST-[0-9]{6}'
                action: redact
                type: customer
            tests:
              - name: defaults still apply
                input: "CUST-123456 by jane@example.com"
                expect: "[REDACTED:customer] by email~test~l3vtreyjcyh557gp"

            """)
        let r = try VeilBinary.run(args: ["rules", "test", "--with-defaults", file])
        #expect(r.status == 0, "\(r.out)\(r.err)")
        #expect(r.out.contains("1 passed, 0 failed"), "\(r.out)")
        let alone = try VeilBinary.run(args: ["rules", "test", file])
        #expect(alone.status == 1, "without the defaults the e-mail stays: \(alone.out)")
    }
}
