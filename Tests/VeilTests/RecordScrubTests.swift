import Testing
@testable import Veil

@Suite("Scrubber: structured records")
struct RecordScrubTests {
    private func scrub(_ record: [RecordField], with s: Scrubber = EngineFixtures.scrubber) -> [RecordField] {
        var report = ScrubReport(for: s)
        return s.scrub(record: record, report: &report)
    }

    @Test("nested maps, lists, dotted keys, detectors in free values")
    func nested() {
        let record: [RecordField] = [
            RecordField("message", .string("login jane@example.com from 203.0.113.7")),
            RecordField("password", .string("hunter2")),
            RecordField("request.headers.authorization", .string("Bearer abcdefgh12345678")),
            RecordField("tags", .list([.string("a"), .string("203.0.113.7")])),
            RecordField("password", .list([.string("x"), .string("y")])),
            RecordField("phones", .list([.string("+1 (415) 555-2671")])),
            RecordField("status", .string("200")),
        ]
        let expected: [RecordField] = [
            RecordField("message", .string("login email~test~l3vtreyjcyh557gp from ip~test~dmvwde3q42zdvhes")),
            RecordField("password", .string("[REDACTED:secret]")),
            RecordField("request.headers.authorization", .string("Bearer [REDACTED:secret]")),  // the scheme stays, as in text
            RecordField("tags", .list([.string("a"), .string("ip~test~dmvwde3q42zdvhes")])),
            RecordField("password", .string("[REDACTED:secret]")),
            RecordField("phones", .list([.string("phone~test~flgw2bmkc3kwr2ue")])),
            RecordField("status", .string("200")),
        ]
        #expect(scrub(record) == expected)
    }

    @Test("a pseudonymising rule on a map recurses into its leaves, as in JSON (user → user.name, user.email)")
    func pseudonymisedMapRecurses() {
        let out = scrub([RecordField("user", .map([
            RecordField("name", .string("Jane Doe")),
            RecordField("email", .string("Jane@Example.com")),
        ]))])
        #expect(out == [RecordField("user", .map([
            RecordField("name", .string("name~test~73fxuqzjclezi23f")),
            RecordField("email", .string("email~test~l3vtreyjcyh557gp")),
        ]))])
        // the JSON path gives exactly that
        #expect(EngineFixtures.scrub(#"{"user":{"name":"Jane Doe","email":"Jane@Example.com"}}"#) == #"{"user":{"name":"name~test~73fxuqzjclezi23f","email":"email~test~l3vtreyjcyh557gp"}}"#)
    }

    @Test("dotted keys and nested maps reach the same rule")
    func dottedEqualsNested() throws {
        let s = try EngineFixtures.scrubber([Rule(id: "c", matcher: .fields([try FieldGlob("customer.profile.ssn")]), action: .redact, type: "ssn")])
        let a = scrub([RecordField("customer.profile.ssn", .string("x"))], with: s)
        let b = scrub([RecordField("customer", .map([RecordField("profile.ssn", .string("x"))]))], with: s)
        let c = scrub([RecordField("Customer", .map([RecordField("Profile", .map([RecordField("SSN", .string("x"))]))]))], with: s)
        #expect(a == [RecordField("customer.profile.ssn", .string("[REDACTED:ssn]"))])
        #expect(b == [RecordField("customer", .map([RecordField("profile.ssn", .string("[REDACTED:ssn]"))]))])
        #expect(c == [RecordField("Customer", .map([RecordField("Profile", .map([RecordField("SSN", .string("[REDACTED:ssn]"))]))]))])
        #expect(scrub([RecordField("other.profile.ssn", .string("x"))], with: s) == [RecordField("other.profile.ssn", .string("x"))])
    }

    @Test("drop rules remove fields; order of the rest is kept")
    func drop() throws {
        let s = try EngineFixtures.scrubber(defaultPackPlus: "version: 1\nrules:\n  - id: dbg\n    fields: [\"**.debug\"]\n    action: drop\n")
        let out = scrub([
            RecordField("z", .string("1")),
            RecordField("debug", .string("x")),
            RecordField("m", .map([RecordField("debug", .map([RecordField("k", .string("v"))])), RecordField("a", .string("2"))])),
            RecordField("a", .string("3")),
        ], with: s)
        #expect(out == [RecordField("z", .string("1")), RecordField("m", .map([RecordField("a", .string("2"))])), RecordField("a", .string("3"))])
    }

    @Test("keep rules keep a subtree; credentials inside are still scrubbed")
    func keep() throws {
        let s = try EngineFixtures.scrubber(defaultPackPlus: "version: 1\nrules:\n  - id: keep-meta\n    fields: [\"meta\"]\n    action: keep\n")
        let out = scrub([
            RecordField("meta", .map([
                RecordField("email", .string("jane@example.com")),
                RecordField("password", .string("kept-by-rule")),
                RecordField("auth", .string("Bearer abcdefgh12345678")),
            ])),
            RecordField("email", .string("jane@example.com")),
        ], with: s)
        #expect(out == [
            RecordField("meta", .map([
                RecordField("email", .string("jane@example.com")),
                RecordField("password", .string("kept-by-rule")),
                RecordField("auth", .string("Bearer token~test~pguvewyxr2ok6vbz")),
            ])),
            RecordField("email", .string("email~test~l3vtreyjcyh557gp")),
        ])
    }

    @Test("defaults.fields redact and drop apply to unnamed record fields")
    func defaults() throws {
        let redact = try EngineFixtures.scrubber(defaultPackPlus: "version: 1\ndefaults:\n  fields: redact\n")
        #expect(scrub([RecordField("a", .string("x")), RecordField("email", .string("j@example.com"))], with: redact)
            == [RecordField("a", .string("[REDACTED:field]")), RecordField("email", .string("email~test~lmceg6yq3c2ukggg"))])
        let drop = try EngineFixtures.scrubber(defaultPackPlus: "version: 1\ndefaults:\n  fields: drop\n")
        #expect(scrub([RecordField("a", .string("x")), RecordField("m", .map([RecordField("b", .string("y"))])), RecordField("password", .string("p"))], with: drop)
            == [RecordField("m", .map([])), RecordField("password", .string("[REDACTED:secret]"))])
    }

    @Test("binary values are scanned and copied byte for byte")
    func binary() {
        let raw: [UInt8] = [0x00, 0xFF, 0x20] + Array("jane@example.com".utf8) + [0x20, 0xC3]
        let out = scrub([RecordField("blob", .bytes(raw))])
        #expect(out == [RecordField("blob", .bytes([0x00, 0xFF, 0x20] + Array("email~test~l3vtreyjcyh557gp".utf8) + [0x20, 0xC3]))])
    }

    @Test("a record value longer than the line limit fails closed")
    func oversizedValue() throws {
        let s = try Scrubber(rules: .default, keys: .test, limits: ScrubLimits(maximumLineLength: 64))
        var report = ScrubReport(for: s)
        let out = s.scrub(record: [RecordField("m", .string(String(repeating: "a", count: 60) + "jane@example.com")), RecordField("n", .string("ok"))], report: &report)
        #expect(out == [RecordField("m", .string("[REDACTED:oversized_value]")), RecordField("n", .string("ok"))])
        #expect(report.failClosed == 1)
    }
}
