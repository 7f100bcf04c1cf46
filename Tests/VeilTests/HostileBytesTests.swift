import Testing
@testable import Veil

/// Lines with control bytes or invalid UTF-8 are scrubbed to a fixed point (``HostileBytes``).
@Suite("Hostile bytes: settling to a fixed point")
struct HostileBytesTests {
    /// `\xNN` escapes (as libFuzzer prints inputs) to bytes.
    static func bytes(_ escaped: String) -> [UInt8] {
        var out: [UInt8] = []
        let u = Array(escaped.utf8)
        var k = 0
        while k < u.count {
            if u[k] == UInt8(ascii: "\\"), k + 3 < u.count, u[k + 1] == UInt8(ascii: "x"), let v = UInt8(String(decoding: u[(k + 2)...(k + 3)], as: UTF8.self), radix: 16) {
                out.append(v)
                k += 4
            } else {
                out.append(u[k])
                k += 1
            }
        }
        return out
    }

    static func scrub(_ line: [UInt8]) -> [UInt8] {
        var report = ScrubReport(for: EngineFixtures.scrubber)
        var out: [UInt8] = []
        line.withUnsafeBufferPointer { EngineFixtures.scrubber.scrub(line: $0, format: .auto, into: &out, report: &report) }
        return out
    }

    // Saved inputs of fuzz-text and fuzz-logfmt runs of this stop (one line each, as the
    // harness splits them): a second pass changed each of them before settling.
    @Test("junk lines from fuzzing are stable under a second pass", arguments: [
        #"con2nal:2 Bearer 6~f14e@db.internal:2 Bearer card 412n\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00al:2 Beare\x00\x00\x00\x00r 8f14e45fcee25\x02\x10con2nal:2 Bearer 8f14e@db.internabd.@isnternal:2 Bearer car 4620460899611329 d 412nal:2 Bearer 8f14e45fcee2543"#,
        #" Failed password 'ol\xff\xff\x09l\xff\xff\xff\xff<eq\x09l\xff\xff\xff\xff<e\xff<e.do\x83@el\x08. 4124032211322215 \x05\x00"#,
        #" to po/app:ting to po/app:s3a22tP4ss@db\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00.intewl +2 (411111115) 4586461518875123  555-26711"#,
        #"Cookie:: se\x01\x00\x01*\x00noe@example-1]: Fa=ib\x01 cal111 1111 111ec*ing ting to\x16p\x00\x00e: session=\x0dt0Di12310\xff\xff\x00\x00\xff (4*15)#5.\x1c\x1c1F pskfjvg.wbefs@ms3fx.example.com IL\\\\C\x01\x00\x00\x02_FIL\\\\Eh\xff\x9aM\xff\x00\x00r"#,
    ])
    func settled(_ escaped: String) {
        let once = Self.scrub(Self.bytes(escaped))
        #expect(Self.scrub(once) == once, "\(String(decoding: once, as: UTF8.self))")
        #expect(!String(decoding: once, as: UTF8.self).contains("4586461518875123"))
    }

    // fuzz-text soak: each pass peeled one more `…mE=_iFai Failed@@@@\x01\x00` layer off a
    // `namE=` value (five passes); four settling passes were not enough.
    @Test("a line that needs several settling passes is stable")
    func deepSettling() {
        let line = Self.bytes(#"Co\x00c12\xff\x81ed: terallth+\xff@namE=_iFai Failed@@@@\x01\x00 Failed@`@@\x01-6789mE=_iFai Failed@anmE=_iFai Failed8@@@\x01\x00mE=_iF45-6789mE=_iFai Failed@@@@\x01\x00mE=_iF4 tail"#)
        let once = Self.scrub(line)
        let text = String(decoding: once, as: UTF8.self)
        #expect(Self.scrub(once) == once, "\(text)")
        #expect(!text.contains("_iF") && text.hasSuffix(" tail"), "\(text)")
    }

    // Junk built so that every pass peels one more layer does not settle within the bound:
    // the line becomes one fail-closed placeholder, which is stable.
    @Test("a line that does not settle becomes a placeholder")
    func unsettledLine() {
        let shallow = Self.bytes(#"x\x00 @namE=_iFai Failed"# + String(repeating: #"@@@@\x01\x00mE=_iFai Failed"#, count: 2) + " tail")
        let kept = String(decoding: Self.scrub(shallow), as: UTF8.self)
        #expect(kept.hasPrefix("x\u{0} @namE=name~") && kept.hasSuffix(" tail"), "\(kept)")
        let deep = Self.bytes(#"x\x00 @namE=_iFai Failed"# + String(repeating: #"@@@@\x01\x00mE=_iFai Failed"#, count: Scrubber.maximumSettlingPasses + 2) + " tail")
        var report = ScrubReport(for: EngineFixtures.scrubber)
        var out: [UInt8] = []
        deep.withUnsafeBufferPointer { EngineFixtures.scrubber.scrub(line: $0, format: .auto, into: &out, report: &report) }
        #expect(String(decoding: out, as: UTF8.self) == "[REDACTED:unsettled_line]")
        #expect(report.failClosed == 1)
        #expect(Self.scrub(out) == out)
    }

    // fuzz-export soak: a field value (the record path: journald, export, swift-log
    // metadata) was not settled; `email~….@example.c\xff…` was re-read as an e-mail.
    @Test("record values with hostile bytes settle too")
    func recordValueSettles() {
        let value = Self.bytes(#"ane@exAmple.c\xff\xff\xff\xff\xff\xff\xffh\xff\xff\xff\xff\xff\xff\xff\xffjan\xa3=ane@example.c\xff\xff\xffle.@example.c\xff\xff\xffle..xU7"#)
        func scrub(_ v: [UInt8]) -> [UInt8] {
            var report = ScrubReport(for: EngineFixtures.scrubber)
            let out = EngineFixtures.scrubber.scrub(record: [RecordField("MESSAGE", .bytes(v))], report: &report)
            guard case .bytes(let b)? = out.first?.value else { return [] }
            return b
        }
        let once = scrub(value)
        #expect(!once.isEmpty && scrub(once) == once, "\(String(decoding: once, as: UTF8.self))")
        #expect(!String(decoding: once, as: UTF8.self).contains("ane@"))
        // Needs settling (each pass peels a layer), not only the e-mail fix.
        let layered = Self.bytes(#"x\x00 @namE=_iFai Failed"# + String(repeating: #"@@@@\x01\x00mE=_iFai Failed"#, count: 3) + " tail")
        let settled = scrub(layered)
        #expect(scrub(settled) == settled, "\(String(decoding: settled, as: UTF8.self))")
        #expect(String(decoding: settled, as: UTF8.self).hasSuffix(" tail"))
    }

    @Test("what counts as hostile", arguments: [
        ("plain ASCII with\ttab", false), ("Grüße, 東京 🙂", false),
        (#"nul \x00 byte"#, true), (#"escape \x1b[31m"#, true), (#"del \x7f"#, true),
        (#"lone \xff"#, true), (#"overlong \xc0\x80"#, true), (#"truncated \xe2\x82"#, true),
        (#"surrogate \xed\xa0\x80"#, true), (#"beyond U+10FFFF \xf4\x90\x80\x80"#, true),
    ])
    func classification(_ escaped: String, _ hostile: Bool) {
        let b = escaped.contains(#"\x"#) ? Self.bytes(escaped) : Array(escaped.utf8)
        #expect(b.withUnsafeBufferPointer { HostileBytes.contains($0) } == hostile)
    }

    @Test("well-formed lines take one pass: output equals a single pass")
    func wellFormedSinglePass() {
        let line = Array("Cookie: session=abc;!td=hunter2 user=jane@example.com".utf8)
        var report = ScrubReport(for: EngineFixtures.scrubber)
        var single: [UInt8] = []
        line.withUnsafeBufferPointer { EngineFixtures.scrubber.scrubPass($0, format: .auto, into: &single, report: &report) }
        #expect(Self.scrub(line) == single)
    }
}
