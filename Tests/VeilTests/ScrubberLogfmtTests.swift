import Testing
@testable import Veil

@Suite("Scrubber: logfmt lines")
struct ScrubberLogfmtTests {
    static let line = #"ts=2024-05-01T10:00:00Z level=info msg="login ok" user_id=42 password=hunter2 email=Jane@Example.com ip=203.0.113.7"#

    @Test("logfmt under defaults.fields scan equals the text result")
    func scanEqualsText() {
        let expected = #"ts=2024-05-01T10:00:00Z level=info msg="login ok" user_id=username~test~zjrxzcnqh7bjkbiz password=[REDACTED:secret] email=email~test~l3vtreyjcyh557gp ip=ip~test~dmvwde3q42zdvhes"#
        #expect(EngineFixtures.scrub(Self.line) == expected)
        #expect(EngineFixtures.scrub(Self.line, format: .logfmt) == expected)
        #expect(EngineFixtures.scrub(Self.line, format: .text) == expected)
    }

    @Test("defaults.fields redact: unnamed pairs become [REDACTED:field], named rules apply")
    func redactDefault() throws {
        let s = try EngineFixtures.scrubber(defaultPackPlus: "version: 1\ndefaults:\n  fields: redact\n")
        #expect(s.scrub(Self.line).output == #"ts=[REDACTED:field] level=[REDACTED:field] msg=[REDACTED:field] user_id=username~test~zjrxzcnqh7bjkbiz password=[REDACTED:secret] email=email~test~l3vtreyjcyh557gp ip=[REDACTED:field]"#)
    }

    @Test("defaults.fields drop: unnamed pairs are removed, the line stays logfmt")
    func dropDefault() throws {
        let s = try EngineFixtures.scrubber(defaultPackPlus: "version: 1\ndefaults:\n  fields: drop\n")
        let out = s.scrub(Self.line).output
        #expect(out.split(separator: " ") == ["user_id=username~test~zjrxzcnqh7bjkbiz", "password=[REDACTED:secret]", "email=email~test~l3vtreyjcyh557gp"])
        #expect(s.scrub("password=x level=info", format: .logfmt).output == "password=[REDACTED:secret]")
    }

    @Test("defaults.fields drop: no leading space when the first pairs are dropped")
    func dropDefaultLeadingSpace() throws {
        let s = try EngineFixtures.scrubber(defaultPackPlus: "version: 1\ndefaults:\n  fields: drop\n")
        #expect(s.scrub(Self.line).output == #"user_id=username~test~zjrxzcnqh7bjkbiz password=[REDACTED:secret] email=email~test~l3vtreyjcyh557gp"#)
        #expect(s.scrub("level=info password=x", format: .logfmt).output == "password=[REDACTED:secret]")
    }

    @Test("quoted values with spaces are one value")
    func quoted() {
        #expect(EngineFixtures.scrub(#"level=info user="Jane Doe" password="a b c" x=1"#) == #"level=info user="username~test~p2tlygamfzoqh6e2" password="[REDACTED:secret]" x=1"#)
        #expect(EngineFixtures.scrub(#"level=info msg="say \"hi\" to jane@example.com" x=1"#) == #"level=info msg="say \"hi\" to email~test~l3vtreyjcyh557gp" x=1"#)
    }

    @Test("sniffing: two key= pairs make logfmt, one does not")
    func sniff() {
        func sniff(_ s: String) -> InputFormat { Array(s.utf8).withUnsafeBufferPointer { Scrubber.sniff($0) } }
        #expect(sniff("a=1 b=2") == .logfmt)
        #expect(sniff("  {\"a\":1}") == .json)
        #expect(sniff("a=1 text") == .text)
        #expect(sniff("GET /x a=1 b=2") == .text)
        #expect(sniff("") == .text)
    }
}
