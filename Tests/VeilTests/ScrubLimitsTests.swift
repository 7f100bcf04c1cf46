import Testing
@testable import Veil

@Suite("Scrubber: limits fail closed")
struct ScrubLimitsTests {
    @Test("line length: at the limit scrubbed, one byte more → [REDACTED:oversized_line]")
    func lineLength() throws {
        let s = try Scrubber(rules: .default, keys: .test, limits: ScrubLimits(maximumLineLength: 100))
        let body = String(repeating: "x", count: 100 - " jane@example.com".utf8.count) + " jane@example.com"
        #expect(body.utf8.count == 100)
        let ok = EngineFixtures.scrubBytes(Array(body.utf8), with: s)
        #expect(String(decoding: ok.out, as: UTF8.self) == String(repeating: "x", count: 83) + " email~test~l3vtreyjcyh557gp")
        #expect(ok.report.failClosed == 0)
        let over = EngineFixtures.scrubBytes(Array(("y" + body).utf8), with: s)
        #expect(String(decoding: over.out, as: UTF8.self) == "[REDACTED:oversized_line]")
        #expect(over.report.failClosed == 1)
        #expect(over.report.lines == 1)
        // the same through the String API, for each format
        for format in InputFormat.allCases {
            #expect(s.scrub("y" + body + "\nmail jane@example.com", format: format).output == "[REDACTED:oversized_line]\nmail email~test~l3vtreyjcyh557gp")
        }
    }

    @Test("line length default 1 MiB: 1 048 576 bytes scrubbed, 1 048 577 fail closed")
    func lineLengthDefault() {
        let tail = Array(" jane@example.com".utf8)
        let line = [UInt8](repeating: UInt8(ascii: "a"), count: (1 << 20) - tail.count) + tail
        let ok = EngineFixtures.scrubBytes(line)
        #expect(ok.out.count == (1 << 20) - tail.count + " email~test~l3vtreyjcyh557gp".utf8.count)
        #expect(ok.report.failClosed == 0)
        let over = EngineFixtures.scrubBytes([UInt8(ascii: "a")] + line)
        #expect(over.out == Array("[REDACTED:oversized_line]".utf8))
    }

    private static func nested(containers: Int, leaf: String) -> String {
        // {"a": [[…[leaf]…]]} — `containers` arrays/objects in all
        "{\"a\":" + String(repeating: "[", count: containers - 1) + leaf + String(repeating: "]", count: containers - 1) + "}"
    }

    @Test("JSON depth: 64 nested containers are scrubbed, 65 → [REDACTED:json_too_deep]")
    func jsonDepth() {
        let at = Self.nested(containers: 64, leaf: "")
        #expect(JSONValueParser.parse(Array(at.utf8)) != nil)
        #expect(EngineFixtures.scrub(at) == at)
        let over = Self.nested(containers: 65, leaf: "")
        #expect(JSONValueParser.parse(Array(over.utf8)) == nil)
        let r = EngineFixtures.scrubber.scrub(over)
        #expect(r.output == "[REDACTED:json_too_deep]")
        #expect(r.report.failClosed == 1)
        let deepSecret = Self.nested(containers: 65, leaf: "\"jane@example.com\"")
        #expect(EngineFixtures.scrub(deepSecret) == "[REDACTED:json_too_deep]")
    }

    @Test("JSON depth counts containers like the parser: 64 containers holding a scalar are scrubbed")
    func jsonDepthScalarLeaf() {
        let at = Self.nested(containers: 64, leaf: "\"jane@example.com\"")
        #expect(JSONValueParser.parse(Array(at.utf8)) != nil)
        #expect(EngineFixtures.scrub(at) == Self.nested(containers: 64, leaf: "\"email~test~l3vtreyjcyh557gp\""))
    }

    @Test("JSON depth with a custom limit 3")
    func jsonDepthCustom() throws {
        let s = try Scrubber(rules: .default, keys: .test, limits: ScrubLimits(maximumJSONDepth: 3))
        #expect(s.scrub(#"{"a":[{}]}"#).output == #"{"a":[{}]}"#)
        #expect(s.scrub(#"{"a":[{"b":[]}]}"#).output == "[REDACTED:json_too_deep]")
    }

    @Test("findings per line: at the limit scrubbed, one more → [REDACTED:too_many_findings]")
    func findingsPerLine() throws {
        let s = try Scrubber(rules: .default, keys: .test, limits: ScrubLimits(maximumFindingsPerLine: 3))
        #expect(s.scrub("123-45-6789 123-45-6789 123-45-6789").output == "[REDACTED:ssn] [REDACTED:ssn] [REDACTED:ssn]")
        let r = s.scrub("123-45-6789 123-45-6789 123-45-6789 123-45-6789")
        #expect(r.output == "[REDACTED:too_many_findings]")
        #expect(r.report.failClosed == 1)
        // In a JSON string too: the whole value must not leak.
        let j = s.scrub(#"{"m":"123-45-6789 123-45-6789 123-45-6789 123-45-6789","k":1}"#).output
        #expect(!j.contains("123-45-6789"))
    }

    @Test("findings per line default 10 000")
    func findingsPerLineDefault() {
        let at = Array(repeating: "123-45-6789", count: 10_000).joined(separator: " ")
        let out = EngineFixtures.scrub(at)
        #expect(out == Array(repeating: "[REDACTED:ssn]", count: 10_000).joined(separator: " "))
        #expect(EngineFixtures.scrub(at + " 123-45-6789") == "[REDACTED:too_many_findings]")
    }

    private static func b64url(_ s: String) -> String { Base64URL.encode(Array(s.utf8)) }

    @Test("token length: a JWT at the limit is summarised, one byte over is never decoded nor written")
    func tokenLength() throws {
        let header = Self.b64url(#"{"alg":"HS256","typ":"JWT"}"#)
        let payload = Self.b64url(#"{"sub":"u1","email":"jane@example.com","pad":"\#(String(repeating: "p", count: 300))"}"#)
        let signature = "c2lnbmF0dXJlLWJ5dGVzLWhlcmUtc2lnbmF0dXJl"
        let token = "\(header).\(payload).\(signature)"
        let atLimit = try Scrubber(rules: .default, keys: .test, limits: ScrubLimits(maximumTokenLength: token.utf8.count))
        let a = atLimit.scrub("Authorization: Bearer \(token)")
        #expect(a.output.hasPrefix("Authorization: Bearer [jwt;alg=HS256;typ=JWT;sub="))
        #expect(a.report.failClosed == 0)
        let below = try Scrubber(rules: .default, keys: .test, limits: ScrubLimits(maximumTokenLength: token.utf8.count - 1))
        let b = below.scrub("Authorization: Bearer \(token)")
        #expect(!b.output.contains(signature))
        #expect(!b.output.contains(payload))
        #expect(!b.output.contains("[jwt;"))
        #expect(b.report.failClosed == 1)
        #expect(b.output == "Authorization: Bearer \(EngineReference.pseudonym(token, type: "token"))" || b.output == "Authorization: Bearer [REDACTED:jwt]")
    }
}

@Suite("PrivateKeyLines: multi-line PEM keys in a stream")
struct PrivateKeyLinesTests {
    func feed(_ lines: [String]) -> [Int?] {
        var tracker = PrivateKeyLines()
        return lines.map { line in Array(line.utf8).withUnsafeBufferPointer { tracker.keyMaterial(in: $0) } }
    }

    @Test("body lines after BEGIN until END; headers, blank lines and other keys' markers")
    func blocks() {
        #expect(feed(["-----BEGIN OPENSSH PRIVATE KEY-----", "b3BlbnNzaC1rZXk=", "", "AAAA", "-----END OPENSSH PRIVATE KEY-----", "AAAA"])
                == [nil, 0, nil, 0, nil, nil])
        #expect(feed(["x: -----BEGIN EC PRIVATE KEY-----", "x: DEK-Info: AES-128-CBC,00", "x: MHcCAQEE", "x: -----END EC PRIVATE KEY-----"])
                == [nil, nil, 3, nil])
        // One-line blocks, certificates and public keys open nothing.
        #expect(feed(["-----BEGIN PRIVATE KEY-----MIIE-----END PRIVATE KEY-----", "MIIE"]) == [nil, nil])
        #expect(feed(["-----BEGIN CERTIFICATE-----", "MIIC", "-----BEGIN PUBLIC KEY-----", "MIIB"]) == [nil, nil, nil, nil])
        // Prose ends a block that was cut short.
        #expect(feed(["-----BEGIN RSA PRIVATE KEY-----", "MIIE", "user bob logged in", "MIIE"]) == [nil, 0, nil, nil])
    }

    @Test("an environment dump's key: body lines without the first line's prefix are key material from their start")
    func bodyWithoutPrefix() {
        #expect(feed(["SSH_PRIVATE_KEY=-----BEGIN OPENSSH PRIVATE KEY-----", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW",
                      "El+OrxMKVYUoXTMURawxAAAAEGRlcGxveUBjaS1ydW5uZXIBAgMEBQ==", "-----END OPENSSH PRIVATE KEY-----"]) == [nil, 0, 0, nil])
        // A journald prefix that the body lines share still stays.
        #expect(feed(["Nov 29 10:00:01 web app[812]: -----BEGIN RSA PRIVATE KEY-----", "Nov 29 10:00:01 web app[812]: MIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi"]) == [nil, 30])
    }

    @Test("a block that never ends closes after the body limit")
    func limit() {
        let results = feed(["-----BEGIN PRIVATE KEY-----"] + Array(repeating: "QUFB", count: PrivateKeyLines.maximumBodyLines + 2))
        #expect(results.dropFirst().prefix(PrivateKeyLines.maximumBodyLines).allSatisfy { $0 == 0 })
        #expect(results.suffix(2).allSatisfy { $0 == nil })
    }
}
