#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import Veil

/// Parses `yaml` and returns its errors (empty when it parses).
private func errors(_ yaml: String, file: String = "t.yaml") -> [VeilError] {
    do {
        _ = try RuleSet.parse(yaml: yaml, file: file)
        return []
    } catch {
        return error.errors
    }
}

/// Expects exactly one error with this location, code, message and hint.
private func expectError(
    _ yaml: String, at location: String, _ code: VeilError.Code, _ message: String, hint: String?,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    let found = errors(yaml)
    #expect(found.count == 1, "errors: \(found)", sourceLocation: sourceLocation)
    guard let e = found.first else { return }
    #expect(e.location?.description == location, sourceLocation: sourceLocation)
    #expect(e.code == code, sourceLocation: sourceLocation)
    #expect(e.message == message, sourceLocation: sourceLocation)
    #expect(e.hint == hint, sourceLocation: sourceLocation)
}

@Suite struct RuleLoaderTests {
    static let full = """
        version: 1
        defaults:
          jwt_claims: redact
          fields: drop
        rules:
          - id: email
            description: E-mail addresses
            detect: email
            action: pseudonymize
            type: email
          - id: card
            detect: payment_card
            action: mask
            mask: { keep_last: 4, keep_first: 2, char: "#" }
          - id: order-secret
            pattern: 'secret_code=([A-Z0-9]{8})'
            case_insensitive: true
            action: redact
          - id: passwords
            fields: ["**.password", "headers.authorization"]
            action: drop
          - id: oidc-identity
            jwt_claims: [sub, email, "address.street_address"]
            action: pseudonymize
          - id: internal.ip_allow
            detect: ipv4
            action: keep
        tests:
          - name: email is pseudonymized
            input: "login jane@example.com"
            expect: "login email~test~x"
            must_not_contain: ["jane@example.com"]
            format: text
          - input: '{"password":"x"}'
            must_not_contain: x
        """

    // MARK: Valid files

    @Test("a full file round-trips into the model")
    func fullFile() throws {
        let f = try RuleSet.parse(yaml: Self.full, file: "rules/base.yaml")
        #expect(f.path == "rules/base.yaml")
        #expect(f.defaults == PartialDefaults(jwtClaims: .redact, fields: .drop))
        #expect(f.rules.map(\.id) == ["email", "card", "order-secret", "passwords", "oidc-identity", "internal.ip_allow"])

        let email = f.rules[0]
        guard case .detector(.email) = email.matcher else { Issue.record("matcher \(email.matcher)"); return }
        #expect(email.action == .pseudonymize)
        #expect(email.type == "email")
        #expect(email.description == "E-mail addresses")
        #expect(email.location == Veil.SourceLocation(file: "rules/base.yaml", line: 6, column: 5))

        let card = f.rules[1]
        guard case .detector(.paymentCard) = card.matcher else { Issue.record("matcher \(card.matcher)"); return }
        #expect(card.action == .mask(MaskOptions(keepFirst: 2, keepLast: 4, character: UInt8(ascii: "#"))))
        #expect(card.type == nil)
        #expect(card.effectiveType == "card")

        let secret = f.rules[2]
        guard case .pattern(let p) = secret.matcher else { Issue.record("matcher \(secret.matcher)"); return }
        #expect(p.source == "secret_code=([A-Z0-9]{8})")
        #expect(p.caseInsensitive)
        #expect(secret.action == .redact)
        #expect(secret.effectiveType == "order-secret")

        guard case .fields(let globs) = f.rules[3].matcher else { Issue.record("matcher"); return }
        #expect(globs.map(\.source) == ["**.password", "headers.authorization"])
        #expect(f.rules[3].action == .drop)

        guard case .jwtClaims(let claims) = f.rules[4].matcher else { Issue.record("matcher"); return }
        #expect(claims == [["sub"], ["email"], ["address", "street_address"]])

        #expect(f.rules[5].action == .keep)

        #expect(f.tests.count == 2)
        let t0 = f.tests[0]
        #expect(t0.name == "email is pseudonymized")
        #expect(t0.input == "login jane@example.com")
        #expect(t0.expect == "login email~test~x")
        #expect(t0.mustNotContain == ["jane@example.com"])
        #expect(t0.format == .text)
        #expect(t0.location == Veil.SourceLocation(file: "rules/base.yaml", line: 29, column: 5))
        let t1 = f.tests[1]
        #expect(t1.name == nil)
        #expect(t1.input == #"{"password":"x"}"#)
        #expect(t1.expect == nil)
        #expect(t1.mustNotContain == ["x"])
        #expect(t1.format == .auto)
    }

    @Test("mask options: both spellings, defaults, all keys")
    func maskSpellings() throws {
        let f = try RuleSet.parse(yaml: """
            version: 1
            rules:
              - id: a
                detect: phone
                action: { mask: { keep_last: 2, char: "x", preserve_separators: false } }
              - id: b
                detect: phone
                action:
                  mask:
                    keep_first: 3
              - id: c
                detect: phone
                action: mask
              - id: d
                detect: phone
                action: { mask: {} }
              - id: e
                detect: phone
                action: mask
                mask:
                  keep_last: 0
            """, file: "m.yaml")
        #expect(f.rules.map(\.action) == [
            .mask(MaskOptions(keepFirst: 0, keepLast: 2, character: UInt8(ascii: "x"), preserveSeparators: false)),
            .mask(MaskOptions(keepFirst: 3, keepLast: 4)),
            .mask(MaskOptions()),
            .mask(MaskOptions()),
            .mask(MaskOptions(keepFirst: 0, keepLast: 0)),
        ])
    }

    @Test("single-string fields and must_not_contain, explicit claim paths, null lists")
    func singleStrings() throws {
        let f = try RuleSet.parse(yaml: """
            version: 1
            rules:
              - id: pw
                fields: "**.password"
                action: redact
              - id: roles
                jwt_claims: [["https://example.com/roles"], sub]
                action: keep
            tests:
            """, file: "s.yaml")
        guard case .fields(let g) = f.rules[0].matcher else { Issue.record("matcher"); return }
        #expect(g.map(\.source) == ["**.password"])
        guard case .jwtClaims(let c) = f.rules[1].matcher else { Issue.record("matcher"); return }
        #expect(c == [["https://example.com/roles"], ["sub"]])
        #expect(f.tests.isEmpty)
        #expect(f.defaults == PartialDefaults())
    }

    @Test("a file with only a version is valid and empty")
    func minimal() throws {
        let f = try RuleSet.parse(yaml: "version: 1\n", file: "v.yaml")
        #expect(f.rules.isEmpty && f.tests.isEmpty)
        let set = RuleSet(files: [f])
        #expect(set.defaults == RuleDefaults())
        #expect(set.files == ["v.yaml"])
    }

    @Test("every action name parses")
    func actions() throws {
        let f = try RuleSet.parse(yaml: """
            version: 1
            rules:
              - { id: a, detect: email, action: redact }
              - { id: b, detect: email, action: pseudonymize }
              - { id: c, detect: email, action: keep }
              - { id: d, detect: email, action: drop }
              - { id: e, detect: email, action: mask }
              - { id: f, detect: jwt, action: drop }
            """, file: "a.yaml")
        #expect(f.rules.map(\.action.name) == ["redact", "pseudonymize", "keep", "drop", "mask", "drop"])
    }

    @Test("the complete example in docs/rules.md parses")
    func documentedExample() throws {
        let parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        let root = parts.prefix { $0 != "Tests" }.joined(separator: "/")
        let doc = String(decoding: try FileSystem.readFile(root + "/docs/rules.md"), as: UTF8.self)
        let lines = doc.split(separator: "\n", omittingEmptySubsequences: false)
        let start = try #require(lines.firstIndex(of: "```yaml")) + 1
        let end = try #require(lines[start...].firstIndex(of: "```"))
        let yaml = lines[start..<end].joined(separator: "\n")
        let f = try RuleSet.parse(yaml: yaml, file: "docs/rules.md")
        #expect(f.rules.map(\.id) == ["email", "card", "order-secret", "passwords", "oidc-identity"])
        #expect(f.tests.count == 1)
        #expect(f.defaults == PartialDefaults(jwtClaims: .drop, fields: .scan))
    }

    // MARK: Errors, one per class

    @Test("YAML syntax errors carry Yams' line and column")
    func syntax() {
        let found = errors("""
            version: 1
            rules:
              - id: a
                detect: email
               action: redact
            """)
        #expect(found.count == 1)
        #expect(found.first?.code == .ruleSyntax)
        #expect(found.first?.location?.description == "t.yaml:5:4")
        #expect(found.first?.message == "invalid YAML: did not find expected '-' indicator (while parsing a block collection at line 3, column 3)")
        #expect(found.first?.hint != nil)
    }

    @Test("unterminated flow list")
    func syntaxFlow() {
        let found = errors("version: 1\nrules: [a, b\n")
        #expect(found.count == 1)
        #expect(found.first?.code == .ruleSyntax)
        #expect(found.first?.location?.line == 3)
        #expect(found.first?.message == "invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence at line 2, column 8)")
    }

    @Test("duplicate YAML keys")
    func duplicateKeys() {
        expectError("""
            version: 1
            rules:
              - id: a
                detect: email
                action: redact
                action: drop
            """, at: "t.yaml:6:5", .ruleSyntax, "duplicate key 'action' in a mapping",
            hint: "each key may appear once in a mapping; for several rules, add more entries to the 'rules' list")
        #expect(errors("a: 1\nb: [x, y]\nb: 2\n").first?.location?.description == "t.yaml:3:1")
        // Flow mappings: the first occurrence.
        #expect(errors("version: 1\ndefaults: { fields: scan, fields: drop }\n").first?.location?.description == "t.yaml:2:13")
    }

    @Test("empty file")
    func emptyFile() {
        expectError("# nothing\n", at: "t.yaml:1:1", .ruleSchema, "the rule file is empty",
                    hint: "a rule file starts with 'version: 1' and has a 'rules:' list")
    }

    @Test("missing and unsupported version")
    func version() {
        expectError("rules: []\n", at: "t.yaml:1:1", .ruleSchema, "the rule file has no 'version'",
                    hint: "add 'version: 1' at the top of the file")
        expectError("version: 2\n", at: "t.yaml:1:10", .ruleSchema, "unsupported rule file version 2",
                    hint: "this version of veil reads 'version: 1' files")
        expectError("version: [1]\n", at: "t.yaml:1:10", .ruleSchema, "'version': expected an integer, found a list",
                    hint: "write version: 1")
    }

    @Test("unknown keys get a did-you-mean hint at the key")
    func unknownKeys() {
        expectError("version: 1\nrule: []\n", at: "t.yaml:2:1", .ruleSchema, "unknown key 'rule' in a rule file",
                    hint: "did you mean 'rules'?")
        expectError("""
            version: 1
            rules:
              - id: a
                detect: email
                acton: redact
            """, at: "t.yaml:5:5", .ruleSchema, "unknown key 'acton' in a rule", hint: "did you mean 'action'?")
    }

    @Test("unknown keys: synonyms, lists, and misplaced keys")
    func unknownKeyHints() {
        let found = errors("""
            version: 1
            defaults:
              claims: drop
            rules:
              - id: a
                detect: email
                regex: x
                action: redact
                keep_last: 4
              - id: b
                detect: email
                action: redact
                input: x
              - id: c
                detect: email
                action: redact
                zzz: 1
            tests:
              - input: a
                expect: a
                expected: b
            """)
        #expect(found.map(\.location?.description) == ["t.yaml:3:3", "t.yaml:7:5", "t.yaml:9:5", "t.yaml:13:5", "t.yaml:17:5", "t.yaml:21:5"])
        #expect(found.map(\.message) == [
            "unknown key 'claims' in 'defaults'", "unknown key 'regex' in a rule", "unknown key 'keep_last' in a rule",
            "unknown key 'input' in a rule", "unknown key 'zzz' in a rule", "unknown key 'expected' in a test",
        ])
        #expect(found.map(\.hint) == [
            "did you mean 'jwt_claims'?", "did you mean 'pattern'?",
            "'keep_last' is a mask option: put it under 'mask:' and use 'action: mask'",
            "tests go into the top-level 'tests:' list",
            "allowed keys: id, description, detect, pattern, case_insensitive, fields, jwt_claims, action, type, mask",
            "did you mean 'expect'?",
        ])
    }

    @Test("missing id, action and matcher point at the rule")
    func missingKeys() {
        expectError("""
            version: 1
            rules:
              - detect: email
                action: redact
            """, at: "t.yaml:3:5", .ruleSchema, "a rule has no 'id'", hint: "add a unique id, e.g. id: customer-email")
        expectError("""
            version: 1
            rules:
              - id: a
                detect: email
            """, at: "t.yaml:3:5", .ruleSchema, "rule 'a' has no 'action'", hint: "add action: redact, pseudonymize, mask, keep or drop")
        expectError("""
            version: 1
            rules:
              - id: a
                action: redact
            """, at: "t.yaml:3:5", .ruleSchema, "rule 'a' has no matcher", hint: "add one of detect, pattern, fields or jwt_claims")
    }

    @Test("more than one matcher")
    func twoMatchers() {
        expectError("""
            version: 1
            rules:
              - id: a
                detect: email
                pattern: 'x+'
                action: redact
            """, at: "t.yaml:5:5", .ruleSchema,
            "a rule has exactly one matcher: detect, pattern, fields or jwt_claims; found detect and pattern",
            hint: "split it into separate rules with different ids")
        let three = errors("""
            version: 1
            rules:
              - id: a
                fields: x
                detect: email
                jwt_claims: sub
                action: redact
            """)
        #expect(three.map(\.message) == ["a rule has exactly one matcher: detect, pattern, fields or jwt_claims; found fields, detect and jwt_claims"])
    }

    @Test("unknown detector", arguments: [
        ("emial", "did you mean 'email'?"),
        ("EMAIL", "did you mean 'email'?"),
        ("credit_card", "did you mean 'payment_card'?"),
        ("ssn", "did you mean 'us_ssn'?"),
        ("ipv5", "did you mean 'ipv4'?"),
        ("bearer-token", "did you mean 'bearer_token'?"),
        ("zzzzzz", "detectors: " + DetectorKind.allCases.map(\.rawValue).joined(separator: ", ")),
    ])
    func unknownDetector(name: String, hint: String) {
        expectError("""
            version: 1
            rules:
              - id: a
                detect: \(name)
                action: redact
            """, at: "t.yaml:4:13", .unknownDetector, "unknown detector '\(name)'", hint: hint)
    }

    @Test("unknown action", arguments: [
        ("hmac", "pseudonymize"), ("hash", "pseudonymize"), ("pseudonymise", "pseudonymize"),
        ("anonymize", "pseudonymize"), ("Pseudonymize", "pseudonymize"),
        ("remove", "drop"), ("delete", "drop"), ("allow", "keep"),
        ("mask_last", "mask"), ("redcat", "redact"), ("dorp", "drop"),
    ])
    func unknownAction(name: String, suggestion: String) {
        expectError("""
            version: 1
            rules:
              - id: a
                detect: email
                action: \(name)
            """, at: "t.yaml:5:13", .unknownAction, "unknown action '\(name)'", hint: "did you mean '\(suggestion)'?")
    }

    @Test("unknown action without a close name lists the actions; options on other actions")
    func unknownActionList() {
        expectError("""
            version: 1
            rules:
              - id: a
                detect: email
                action: frobnicate
            """, at: "t.yaml:5:13", .unknownAction, "unknown action 'frobnicate'",
            hint: "actions: redact, pseudonymize, mask, keep, drop")
        expectError("""
            version: 1
            rules:
              - id: a
                detect: email
                action: { hmac: {} }
            """, at: "t.yaml:5:15", .unknownAction, "unknown action 'hmac'", hint: "did you mean 'pseudonymize'?")
        expectError("""
            version: 1
            rules:
              - id: a
                detect: email
                action: { redact: { keep_last: 1 } }
            """, at: "t.yaml:5:15", .ruleSchema, "action 'redact' takes no options",
            hint: "write action: redact; only mask takes options: action: { mask: { keep_last: 4 } }")
    }

    @Test("the description reads like a compiler error")
    func description() {
        let found = errors("version: 1\nrules:\n  - id: a\n    detect: email\n    action: hmac\n")
        #expect(found.map(\.description) == ["t.yaml:5:13: error: unknown action 'hmac' (did you mean 'pseudonymize'?)"])
    }

    @Test("invalid regex carries RE2's message at the pattern")
    func badRegex() {
        let found = errors("""
            version: 1
            rules:
              - id: a
                pattern: 'a(b'
                action: redact
              - id: b
                pattern: ''
                action: redact
            """)
        #expect(found.count == 2)
        #expect(found.first?.code == .badPattern)
        #expect(found.first?.location?.description == "t.yaml:4:14")
        #expect(found.first?.message.hasPrefix("invalid regex 'a(b': ") == true)
        #expect(found.first?.message.contains("missing )") == true)
        #expect(found.first?.hint == "patterns use RE2 syntax; backreferences and lookaround are not supported")
        #expect(found.last?.message == "'pattern' is empty")
        #expect(found.last?.location?.description == "t.yaml:7:14")
        // RE2 does not support backreferences.
        let back = errors("version: 1\nrules:\n  - id: a\n    pattern: '(a)\\1'\n    action: redact\n")
        #expect(back.first?.code == .badPattern)
    }

    @Test("invalid glob points at the list item")
    func badGlob() {
        expectError("""
            version: 1
            rules:
              - id: a
                fields: [ok, "a..b"]
                action: redact
            """, at: "t.yaml:4:18", .badGlob, "empty segment in field glob 'a..b'",
            hint: "segments are separated by a single '.', with no '.' at the start or end")
    }

    @Test("wrong YAML types", arguments: [
        ("id: [a, b]", "t.yaml:3:9", "'id': expected a string, found a list"),
        ("id: { x: 1 }", "t.yaml:3:9", "'id': expected a string, found a mapping"),
        ("id: ~", "t.yaml:3:9", "'id': expected a string, found null"),
    ])
    func wrongTypes(idLine: String, location: String, message: String) {
        expectError("""
            version: 1
            rules:
              - \(idLine)
                detect: email
                action: redact
            """, at: location, .ruleSchema, message, hint: "write one value, quoted if it contains special characters")
    }

    @Test("more wrong types")
    func moreWrongTypes() {
        let found = errors("""
            version: 1
            defaults: [drop]
            rules:
              email: x
            tests:
              - just a string
            """)
        #expect(found.map(\.message) == [
            "'defaults': expected a mapping, found a list",
            "'rules': expected a list, found a mapping",
            "each entry of 'tests': expected a mapping, found a string",
        ])
        #expect(found.map(\.location?.description) == ["t.yaml:2:11", "t.yaml:4:3", "t.yaml:6:5"])
        let more = errors("""
            version: 1
            rules:
              - id: a
                pattern: x
                case_insensitive: "yes please"
                action: redact
              - id: b
                detect: phone
                action: { mask: { keep_last: -1, keep_first: two, char: "**" } }
            """)
        #expect(more.map(\.message) == [
            "'case_insensitive': expected true or false, found a string",
            "'keep_first': expected an integer, found a string",
            "'keep_last' must be 0 or more, found -1",
            "'char' must be one printable ASCII character, found '**'",
        ])
        #expect(more.map(\.location?.description) == ["t.yaml:5:23", "t.yaml:9:50", "t.yaml:9:34", "t.yaml:9:61"])
    }

    @Test("credentials are never kept or masked")
    func credentials() {
        expectError("""
            version: 1
            rules:
              - id: a
                detect: jwt
                action: keep
            """, at: "t.yaml:5:13", .ruleSchema, "action 'keep' is not allowed on the credential detector 'jwt'",
            hint: "credentials are never kept: use redact or pseudonymize")
        expectError("""
            version: 1
            rules:
              - id: a
                detect: bearer_token
                action: { mask: { keep_last: 4 } }
            """, at: "t.yaml:5:13", .ruleSchema, "action 'mask' is not allowed on the credential detector 'bearer_token'",
            hint: "credentials are never kept: use redact or pseudonymize")
        for kind in DetectorKind.allCases where kind.isCredential {
            #expect(errors("version: 1\nrules:\n  - { id: a, detect: \(kind.rawValue), action: keep }\n").count == 1)
            #expect(errors("version: 1\nrules:\n  - { id: a, detect: \(kind.rawValue), action: pseudonymize }\n").isEmpty)
        }
    }

    @Test("mask options without action: mask, or twice")
    func maskWithoutMask() {
        expectError("""
            version: 1
            rules:
              - id: a
                detect: phone
                action: redact
                mask: { keep_last: 2 }
            """, at: "t.yaml:6:5", .ruleSchema, "'mask' options need 'action: mask'", hint: "set 'action: mask', or remove 'mask:'")
        expectError("""
            version: 1
            rules:
              - id: a
                detect: phone
                action: { mask: { keep_last: 2 } }
                mask: { keep_last: 2 }
            """, at: "t.yaml:6:5", .ruleSchema, "mask options are given twice",
            hint: "use either 'action: { mask: {…} }' or 'action: mask' with 'mask: {…}'")
    }

    @Test("empty fields and jwt_claims lists")
    func emptyLists() {
        let found = errors("""
            version: 1
            rules:
              - id: a
                fields: []
                action: redact
              - id: b
                jwt_claims: []
                action: drop
              - id: c
                jwt_claims: [a..b]
                action: drop
            """)
        #expect(found.map(\.message) == ["'fields' is empty", "'jwt_claims' is empty", "invalid claim path 'a..b'"])
        #expect(found.map(\.location?.description) == ["t.yaml:4:13", "t.yaml:7:17", "t.yaml:10:18"])
        #expect(found.first?.hint == "list at least one entry, e.g. fields: [\"**.password\", \"headers.authorization\"]")
    }

    @Test("duplicate id within a file; invalid id and type")
    func duplicateID() {
        expectError("""
            version: 1
            rules:
              - id: a
                detect: email
                action: redact
              - id: a
                detect: phone
                action: redact
            """, at: "t.yaml:6:9", .ruleSchema, "duplicate rule id 'a'",
            hint: "first defined at line 3, column 9; ids are unique within a file (a later file may override an earlier file's rule)")
        let found = errors("""
            version: 1
            rules:
              - id: Bad Id
                detect: email
                action: redact
                type: Email
              - id: -x
                detect: email
                action: redact
                type: abcdefghijabcdefghijabcdefghijabc
            """)
        #expect(found.map(\.message) == ["invalid rule id 'Bad Id'", "invalid type 'Email'", "invalid rule id '-x'", "invalid type 'abcdefghijabcdefghijabcdefghijabc'"])
        #expect(found.map(\.location?.description) == ["t.yaml:3:9", "t.yaml:6:11", "t.yaml:7:9", "t.yaml:10:11"])
    }

    @Test("tests without input or without a check")
    func badTests() {
        let found = errors("""
            version: 1
            tests:
              - expect: x
              - input: x
              - input: y
                must_not_contain: [""]
                format: jsn
            """)
        #expect(found.map(\.message) == [
            "a test has no 'input'",
            "a test has neither 'expect' nor 'must_not_contain'",
            "'must_not_contain' has an empty string",
            "unknown format 'jsn'",
        ])
        #expect(found.map(\.hint) == [
            "add input: with a log line to scrub",
            "add expect: with the exact output, or must_not_contain: with values that must be gone",
            "every output contains the empty string; remove it",
            "did you mean 'json'?",
        ])
        #expect(found.map(\.location?.description) == ["t.yaml:3:5", "t.yaml:4:5", "t.yaml:6:24", "t.yaml:7:13"])
    }

    @Test("defaults: bad values")
    func badDefaults() {
        let found = errors("""
            version: 1
            defaults:
              jwt_claims: hmac
              fields: redcat
            """)
        #expect(found.map(\.message) == ["unknown action 'hmac' for 'defaults.jwt_claims'", "unknown default 'redcat' for 'defaults.fields'"])
        #expect(found.map(\.hint) == ["did you mean 'pseudonymize'?", "did you mean 'redact'?"])
        #expect(found.map(\.location?.description) == ["t.yaml:3:15", "t.yaml:4:11"])
        #expect(found.first?.code == .unknownAction)
        expectError("version: 1\ndefaults: { jwt_claims: mask }\n", at: "t.yaml:2:25", .ruleSchema,
                    "'mask' cannot be the default for JWT claims", hint: "use drop, redact, pseudonymize or keep")
    }

    @Test("case_insensitive without a pattern")
    func caseInsensitiveWithoutPattern() {
        expectError("""
            version: 1
            rules:
              - id: a
                detect: email
                case_insensitive: true
                action: redact
            """, at: "t.yaml:5:5", .ruleSchema, "'case_insensitive' only applies to 'pattern'", hint: "remove it, or match with a pattern: rule")
    }

    @Test("all errors of a file are collected, in order")
    func collectsAll() {
        let found = errors("""
            version: 1
            rulez: []
            rules:
              - id: a
                detect: emial
                action: hmac
              - id: b
                pattern: '('
                action: keep
              - id: c
            tests:
              - input: x
            """, file: "many.yaml")
        #expect(found.map(\.location?.description) == [
            "many.yaml:2:1", "many.yaml:5:13", "many.yaml:6:13", "many.yaml:8:14",
            "many.yaml:10:5", "many.yaml:10:5", "many.yaml:12:5",
        ])
        #expect(found.allSatisfy { $0.hint != nil })
    }

    // MARK: Sets of files

    @Test("a later file replaces a rule by id and takes its position; defaults merge per key")
    func override() throws {
        let a = try RuleSet.parse(yaml: """
            version: 1
            defaults: { jwt_claims: redact, fields: redact }
            rules:
              - { id: a, detect: email, action: redact }
              - { id: b, detect: phone, action: redact }
              - { id: c, detect: iban, action: redact }
            tests:
              - { input: a, expect: a }
            """, file: "a.yaml")
        let b = try RuleSet.parse(yaml: """
            version: 1
            defaults: { fields: scan }
            rules:
              - { id: b, detect: phone, action: { mask: { keep_last: 2 } } }
              - { id: d, detect: ipv4, action: drop }
            tests:
              - { input: b, must_not_contain: b }
            """, file: "b.yaml")
        let set = RuleSet(files: [a, b])
        #expect(set.rules.map(\.id) == ["a", "c", "b", "d"])
        #expect(set.rule(id: "b")?.action == .mask(MaskOptions(keepLast: 2)))
        #expect(set.rule(id: "b")?.location.file == "b.yaml")
        #expect(set.defaults == RuleDefaults(jwtClaims: .redact, fields: .scan))
        #expect(set.tests.map(\.input) == ["a", "b"])
        #expect(set.files == ["a.yaml", "b.yaml"])
        let reversed = RuleSet(files: [b, a])
        #expect(reversed.rules.map(\.id) == ["d", "a", "b", "c"])
        #expect(reversed.rule(id: "b")?.action == .redact)
        #expect(reversed.defaults == RuleDefaults(jwtClaims: .redact, fields: .redact))
        #expect(RuleSet.empty.rules.isEmpty && RuleSet.empty.defaults == RuleDefaults())
    }

    @Test("directories load *.yaml/*.yml in byte order, not recursively, then the next path")
    func directory() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        func rule(_ id: String, _ action: String = "redact") -> String {
            "version: 1\nrules:\n  - { id: \(id), detect: email, action: \(action) }\n"
        }
        try dir.write("20-b.yaml", rule("b"))
        try dir.write("10-a.yml", rule("a"))
        try dir.write("B.yaml", rule("upper"))
        try dir.write("30-c.yaml", rule("a", "drop"))
        try dir.write(".hidden.yaml", "not: valid")
        try dir.write("notes.txt", "not yaml")
        try dir.mkdir("sub.yaml")
        try dir.write("sub.yaml/inner.yaml", "broken: [")
        let extra = try TempDir()
        defer { extra.remove() }
        try extra.write("x.conf", rule("x"))

        let set = try RuleSet.load(paths: [dir.path, extra.path + "/x.conf"])
        #expect(set.files == [dir.path + "/10-a.yml", dir.path + "/20-b.yaml", dir.path + "/30-c.yaml", dir.path + "/B.yaml", extra.path + "/x.conf"])
        #expect(set.rules.map(\.id) == ["b", "a", "upper", "x"])
        #expect(set.rule(id: "a")?.action == .drop)
        #expect(set.rule(id: "a")?.location.file == dir.path + "/30-c.yaml")
        #expect(try RuleSet.load(paths: []).rules.isEmpty)
    }

    @Test("loading reports a missing path and the errors of every file")
    func loadErrors() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        try dir.write("a.yaml", "version: 1\nrules:\n  - { id: a, detect: emial, action: redact }\n")
        try dir.write("b.yaml", "version: 1\nrules:\n  - { id: b, detect: email, action: hmac }\n")
        try dir.write("c.yaml", [0x76, 0x3A, 0x20, 0xFF, 0x0A])
        do {
            _ = try RuleSet.load(paths: [dir.path, dir.path + "/missing.yaml"])
            Issue.record("expected errors")
        } catch {
            let e = error.errors
            #expect(e.count == 4)
            #expect(e.map(\.location?.description) == [dir.path + "/a.yaml:3:22", dir.path + "/b.yaml:3:37", dir.path + "/c.yaml:1:4", nil])
            #expect(e.last?.code == .io)
            #expect(e.last?.message == "cannot read rules from '\(dir.path)/missing.yaml': No such file or directory")
            #expect(e[2].message == "the file is not valid UTF-8")
        }
    }
}

/// A temporary directory made with `mkdtemp`, removed recursively at the end.
private struct TempDir {
    let path: String

    init() throws {
        var template = Array("/tmp/veil-rules-XXXXXX".utf8CString)
        guard let p = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw VeilError(.io, "mkdtemp failed")
        }
        path = String(cString: p)
    }

    func write(_ name: String, _ text: String) throws { try write(name, Array(text.utf8)) }

    func write(_ name: String, _ bytes: [UInt8]) throws {
        let fd = open(path + "/" + name, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw VeilError(.io, "open failed") }
        defer { close(fd) }
        let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        guard n == bytes.count else { throw VeilError(.io, "write failed") }
    }

    func mkdir(_ name: String) throws {
        guard Glibc.mkdir(path + "/" + name, 0o755) == 0 else { throw VeilError(.io, "mkdir failed") }
    }

    func remove() { Self.removeTree(path) }

    private static func removeTree(_ path: String) {
        if case .directory = FileSystem.kind(of: path) {
            for name in (try? FileSystem.listDirectory(path)) ?? [] { removeTree(path + "/" + name) }
            rmdir(path)
        } else {
            unlink(path)
        }
    }
}
