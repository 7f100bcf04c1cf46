import Testing
@testable import Veil

@Suite("Scrubber: actions on text")
struct ScrubberActionsTests {
    private static func order(_ action: RuleAction) throws -> Scrubber {
        try EngineFixtures.scrubber([Rule(id: "order", matcher: .pattern(try RegexPattern("order-([0-9]{6})")), action: action, type: "order")])
    }

    static let patternCases: [(name: String, action: RuleAction, expected: String)] = [
        ("redact", .redact, "ref order-[REDACTED:order] ok"),
        ("pseudonymize", .pseudonymize, "ref order-order~test~sggiipq7hxcbu33j ok"),
        ("mask default keeps at most half", .mask(MaskOptions()), "ref order-***456 ok"),
        ("mask keep_first 2 keep_last 2 capped at half", .mask(MaskOptions(keepFirst: 2, keepLast: 2, character: UInt8(ascii: "#"))), "ref order-1###56 ok"),
        ("keep", .keep, "ref order-123456 ok"),
        ("drop", .drop, "ref order- ok"),
    ]

    @Test("a pattern rule with a group replaces only the group, per action", arguments: patternCases)
    func patternActions(_ c: (name: String, action: RuleAction, expected: String)) throws {
        #expect(try Self.order(c.action).scrub("ref order-123456 ok").output == c.expected, "\(c.name)")
    }

    static let maskCases: [(options: MaskOptions, expected: String)] = [
        (MaskOptions(keepFirst: 2, keepLast: 4, character: UInt8(ascii: "x")), "acct=12xx-xxxx-9012;"),
        (MaskOptions(keepFirst: 2, keepLast: 4, character: UInt8(ascii: "x"), preserveSeparators: false), "acct=12xxxxxxxx9012;"),
        (MaskOptions(keepFirst: 0, keepLast: 0), "acct=****-****-****;"),
        (MaskOptions(keepFirst: 0, keepLast: 100), "acct=****-**78-9012;"),
        (MaskOptions(keepFirst: 100, keepLast: 0), "acct=1234-56**-****;"),
    ]

    @Test("mask: keep_first, keep_last, char, separators", arguments: maskCases)
    func mask(_ c: (options: MaskOptions, expected: String)) throws {
        let s = try EngineFixtures.scrubber([Rule(id: "acct", matcher: .pattern(try RegexPattern("acct=([0-9]{4}-[0-9]{4}-[0-9]{4})")), action: .mask(c.options), type: "acct")])
        #expect(s.scrub("acct=1234-5678-9012;").output == c.expected)
    }

    // The output is a fixed point (``Settling``): a pattern that also matches the characters its
    // mask keeps is applied again until its output no longer matches (docs/rules.md).
    @Test("mask: a pattern that matches its own output is applied until it no longer does")
    func maskSettles() throws {
        let s = try EngineFixtures.scrubber([Rule(id: "acct", matcher: .pattern(try RegexPattern("acct=([0-9-]+)")), action: .mask(MaskOptions(keepFirst: 2, keepLast: 0, character: UInt8(ascii: "x"))), type: "acct")])
        let once = s.scrub("acct=1234-5678-9012;").output
        #expect(once == "acct=xxxx-xxxx-xxxx;", "\(once)")
        #expect(s.scrub(once).output == once)
    }

    @Test("mask: a multi-byte character is one unit; stray UTF-8 bytes are masked, never dropped")
    func maskBytes() {
        func masked(_ bytes: [UInt8], _ options: MaskOptions = MaskOptions(keepFirst: 0, keepLast: 0)) -> [UInt8] {
            var out: [UInt8] = []
            Scrubber.mask(bytes, options, into: &out)
            return out
        }
        let star = UInt8(ascii: "*")
        #expect(masked(Array("Müller".utf8)) == [UInt8](repeating: star, count: 6))
        #expect(masked(Array("Müller".utf8), MaskOptions(keepFirst: 2, keepLast: 0)) == Array("Mü****".utf8))
        // A continuation byte with no lead (0xA4), a lead byte with no continuation (0xC3 before `x`).
        #expect(masked([0xA4]) == [star])
        #expect(masked([0xA4, 0x7D, 0xC3, 0x78]) == [star, star, star, star])
        #expect(masked([0xE2, 0x82, 0xAC, 0xBC]) == [star, star])  // `€` then a stray byte
    }

    static let emailCases: [(action: RuleAction, expected: String)] = [
        (.redact, "mail [REDACTED:email] ok"),
        (.pseudonymize, "mail email~test~l3vtreyjcyh557gp ok"),
        (.mask(MaskOptions()), "mail ****@******e.com ok"),
        (.keep, "mail Jane@Example.com ok"),
        (.drop, "mail  ok"),
    ]

    @Test("each action on a detector's match", arguments: emailCases)
    func detectorActions(_ c: (action: RuleAction, expected: String)) throws {
        let s = try EngineFixtures.scrubber([Rule(id: "email", matcher: .detector(.email), action: c.action)])
        #expect(s.scrub("mail Jane@Example.com ok").output == c.expected)
    }

    @Test("masking a credential redacts it")
    func credentialMask() throws {
        let s = try EngineFixtures.scrubber([
            Rule(id: "bearer", matcher: .detector(.bearerToken), action: .mask(MaskOptions())),
            Rule(id: "aws", matcher: .detector(.apiKey), action: .mask(MaskOptions(keepFirst: 4, keepLast: 4))),
        ])
        #expect(s.scrub("Authorization: Bearer 8f14e45fceea167a5a36dedd4bea2543 k AKIAIOSFODNN7EXAMPLE").output
            == "Authorization: Bearer [REDACTED:token] k [REDACTED:api_key]")
    }

    @Test("the rule loader rejects keep and mask on credential detectors", arguments: ["keep", "mask"])
    func loaderRejectsCredentialKeep(_ action: String) {
        do {
            _ = try RuleSet.parse(yaml: "version: 1\nrules:\n  - id: k\n    detect: api_key\n    action: \(action)\n", file: "k.yaml")
            Issue.record("accepted")
        } catch {
            #expect(error.errors.contains { $0.code == .ruleSchema })
        }
    }

    static let credentialKeeps: [(detector: DetectorKind, line: String, secret: String)] = [
        (.apiKey, "k AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE"),
        (.bearerToken, "Authorization: Bearer 8f14e45fceea167a5a36dedd4bea2543", "8f14e45fceea167a5a36dedd4bea2543"),
        (.urlPassword, "postgres://app:s3cr3tP4ss@db:5432/x", "s3cr3tP4ss"),
        (.basicAuth, "Authorization: Basic YWxhZGRpbjpvcGVuc2VzYW1l", "YWxhZGRpbjpvcGVuc2VzYW1l"),
    ]

    @Test("a credential detector rule built in code with action keep still never writes the credential",
          arguments: credentialKeeps)
    func codeBuiltCredentialKeep(_ c: (detector: DetectorKind, line: String, secret: String)) throws {
        let s = try EngineFixtures.scrubber([Rule(id: "c", matcher: .detector(c.detector), action: .keep)])
        #expect(!s.scrub(c.line, format: .text).output.contains(c.secret))
    }

    @Test("keep on a PII detector is an allow-list: the detector is off, later rules still apply")
    func keepPII() throws {
        var files = try RuleSet.defaultFiles()
        files.append(try RuleSet.parse(yaml: "version: 1\nrules:\n  - id: ipv4\n    detect: ipv4\n    action: keep\n", file: "x.yaml"))
        let s = try Scrubber(rules: RuleSet(files: files), keys: .test)
        #expect(s.scrub("from 203.0.113.7 by jane@example.com").output == "from 203.0.113.7 by email~test~l3vtreyjcyh557gp")
    }

    @Test("drop on a field rule in text removes the value")
    func dropField() throws {
        let s = try EngineFixtures.scrubber(defaultPackPlus: "version: 1\nrules:\n  - id: dbg\n    fields: [\"**.debug\"]\n    action: drop\n")
        #expect(s.scrub("a=1 debug=verbose b=2", format: .text).output == "a=1 debug= b=2")
    }

    @Test("later files override rules by id")
    func override() throws {
        let s = try EngineFixtures.scrubber(defaultPackPlus: "version: 1\nrules:\n  - id: email\n    detect: email\n    action: redact\n")
        #expect(s.scrub("mail jane@example.com").output == "mail [REDACTED:email]")
    }
}
