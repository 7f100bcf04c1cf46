import Foundation
import Testing
@testable import Veil

/// Builds JWTs and a log stream with a known mix of policy violations.
enum AuditFixtures {
    static func b64(_ json: String) -> String { Base64URL.encode(Array(json.utf8)) }

    /// `header.payload.signature` from JSON texts (the signature is random-looking base64url).
    static func jws(_ header: String, _ payload: String, signature: String? = nil, seed: Int) -> String {
        let sig = signature ?? Base64URL.encode((0..<64).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ seed &* 7) })
        return "\(b64(header)).\(b64(payload)).\(sig)"
    }

    static func jwe(_ header: String, seed: Int) -> String {
        "\(b64(header)).\(Base64URL.encode([UInt8](repeating: UInt8(seed), count: 32))).\(Base64URL.encode([1, 2, 3, UInt8(seed)])).\(Base64URL.encode([UInt8](repeating: 9, count: 40))).\(Base64URL.encode([UInt8](repeating: 5, count: 16)))"
    }

    /// 2024-05-01T10:00:00Z
    static let base = 1_714_557_600

    static func iso(_ t: Int) -> String { LogTimestamp.format(Double(t)) }

    struct Stream {
        var lines: [String] = []
        /// Every raw value that must never appear in a report.
        var secrets: [String] = []
        /// Lines (1-based) of each unsigned token.
        var unsignedLines: [Int] = []
    }

    /// The known mix. Counts: 20 clean JWS, 3 unsigned, 4 HS256, 2 missing exp,
    /// 3 long-lived, 2 expired at log time, 2 missing aud, 1 missing iss, 3 with PII claims
    /// (2 issuers), 2 clean JWE, 2 unsafe JWE, 2 malformed, 3 opaque bearer tokens,
    /// 5 e-mails and 5 IPs in text.
    static func stream() -> Stream {
        var s = Stream()
        var n = 0
        func add(_ token: String, kind: Int = -1, extraSecrets: [String] = []) {
            n += 1
            let t = base + n * 60
            s.secrets.append(token)
            s.secrets += token.split(separator: ".").map(String.init).filter { $0.count > 8 }
            s.secrets += extraSecrets
            switch n % 3 {
            case 0: s.lines.append("\(iso(t)) INFO request auth \(token) done")
            case 1: s.lines.append("{\"ts\":\"\(iso(t))\",\"level\":\"info\",\"msg\":\"request\",\"jwt\":\"\(token)\"}")
            default: s.lines.append("ts=\(iso(t)) level=info msg=request jwt=\(token)")
            }
        }
        func now() -> Int { base + (n + 1) * 60 }
        func claims(sub: String, iss: String? = "https://idp.example.com", aud: String? = "orders-api", iat: Int? = nil, exp: Int?? = nil, extra: String = "") -> String {
            let t = now()
            var parts: [String] = []
            if let iss { parts.append("\"iss\":\"\(iss)\"") }
            parts.append("\"sub\":\"\(sub)\"")
            if let aud { parts.append("\"aud\":\"\(aud)\"") }
            parts.append("\"iat\":\(iat ?? t - 60)")
            switch exp {
            case .none: parts.append("\"exp\":\(t + 600)")
            case .some(.none): break
            case .some(.some(let e)): parts.append("\"exp\":\(e)")
            }
            if !extra.isEmpty { parts.append(extra) }
            return "{" + parts.joined(separator: ",") + "}"
        }
        let rs = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"k1\"}"
        for i in 0..<20 { add(jws(rs, claims(sub: "user-clean-\(i)"), seed: i), extraSecrets: ["user-clean-\(i)"]) }
        for i in 0..<3 {
            add(jws("{\"alg\":\"none\",\"typ\":\"JWT\"}", claims(sub: "user-none-\(i)"), signature: "", seed: 0), extraSecrets: ["user-none-\(i)"])
            s.unsignedLines.append(n)
        }
        for i in 0..<4 { add(jws("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", claims(sub: "user-hs-\(i)"), seed: 100 + i), extraSecrets: ["user-hs-\(i)"]) }
        for i in 0..<2 { add(jws(rs, claims(sub: "user-noexp-\(i)", exp: .some(nil)), seed: 200 + i), extraSecrets: ["user-noexp-\(i)"]) }
        for i in 0..<3 { add(jws(rs, claims(sub: "user-long-\(i)", iat: now() - 400, exp: now() + 86_000), seed: 300 + i), extraSecrets: ["user-long-\(i)"]) }
        for i in 0..<2 { add(jws(rs, claims(sub: "user-old-\(i)", iat: now() - 3900, exp: now() - 3600), seed: 400 + i), extraSecrets: ["user-old-\(i)"]) }
        for i in 0..<2 { add(jws(rs, claims(sub: "user-noaud-\(i)", aud: nil), seed: 500 + i), extraSecrets: ["user-noaud-\(i)"]) }
        add(jws(rs, claims(sub: "user-noiss-0", iss: nil), seed: 600), extraSecrets: ["user-noiss-0"])
        for i in 0..<2 {
            add(jws(rs, claims(sub: "user-pii-\(i)", extra: "\"email\":\"jane.pii\(i)@example.com\",\"phone_number\":\"+1 415 555 01\(i)9\""), seed: 700 + i),
                extraSecrets: ["user-pii-\(i)", "jane.pii\(i)@example.com", "+1 415 555 01\(i)9"])
        }
        add(jws(rs, claims(sub: "user-pii-2", iss: "https://login.partner.example", extra: "\"name\":\"Olga Ivanova\",\"birthdate\":\"1980-02-03\""), seed: 800),
            extraSecrets: ["user-pii-2", "Olga Ivanova", "1980-02-03"])
        for i in 0..<2 { add(jwe("{\"alg\":\"RSA-OAEP-256\",\"enc\":\"A256GCM\",\"kid\":\"e\(i)\"}", seed: 10 + i)) }
        add(jwe("{\"alg\":\"RSA-OAEP-256\",\"enc\":\"A256GCM\",\"zip\":\"DEF\"}", seed: 20))
        add(jwe("{\"alg\":\"ECDH-ES\",\"enc\":\"A128GCM\",\"sub\":\"user-jwe-sub\",\"email\":\"jwe.leak@example.com\"}", seed: 21), extraSecrets: ["user-jwe-sub", "jwe.leak@example.com"])
        add("eyJhbGciOiJ.eyJzdWIiOiJtYWxmb3JtZWQtMSJ9.c2lnbmF0dXJl")
        add("\(b64("{\"alg\":\"RS256\"}")).\(b64("{\"sub\":\"malformed-2\"}")).c2ln.ZXh0cmE")
        for i in 0..<3 {
            n += 1
            let opaque = "0123456789abcdef\(i)fedcba9876543210"
            s.secrets.append(opaque)
            s.lines.append("\(iso(base + n * 60)) DEBUG > Authorization: Bearer \(opaque)")
        }
        for i in 0..<5 {
            n += 1
            s.secrets += ["person\(i).doe@example.org", "203.0.113.\(20 + i)"]
            s.lines.append("\(iso(base + n * 60)) INFO contact person\(i).doe@example.org from 203.0.113.\(20 + i)")
        }
        return s
    }

    static func audit(_ lines: [String], auditor: TokenAuditor, source: String = "stream") -> AuditReport {
        var acc = AuditAccumulator(for: auditor)
        for (i, line) in lines.enumerated() {
            var bytes = Array(line.utf8)
            bytes.withUnsafeBufferPointer { auditor.audit(line: $0, format: .auto, source: AuditSource(name: source, line: i + 1), into: &acc) }
            bytes.removeAll()
        }
        return auditor.report(acc)
    }
}

@Suite struct AuditReportTests {
    static let auditor = TokenAuditor(scrubber: EngineFixtures.scrubber, now: Double(AuditFixtures.base + 86400))

    @Test func knownMixGivesExactCounts() {
        let stream = AuditFixtures.stream()
        let report = AuditFixtures.audit(stream.lines, auditor: Self.auditor)
        #expect(report.lines == stream.lines.count)
        #expect(report.tokens.jws == 20 + 3 + 4 + 2 + 3 + 2 + 2 + 1 + 3)
        #expect(report.tokens.jwe == 4)
        #expect(report.tokens.malformed == 2)
        #expect(report.tokens.opaque == 3)
        let expected: [ViolationKind: Int] = [
            .unsignedToken: 3, .symmetricAlgorithm: 4, .missingExp: 2, .excessiveLifetime: 3, .expiredAtLogTime: 2,
            .missingAud: 2, .missingIss: 1, .piiClaims: 3, .jweUnsafeHeader: 2, .malformedToken: 2, .invalidSignature: 0,
        ]
        for (kind, count) in expected { #expect(report.violation(kind).count == count, "\(kind)") }
        #expect(report.tokens.byAlgorithm.counts == ["RS256": 33, "none": 3, "HS256": 4, "RSA-OAEP-256": 3, "ECDH-ES": 1])
        #expect(report.tokens.byIssuer.counts == ["https://idp.example.com": 38, "https://login.partner.example": 1, "(none)": 1])
        let pii = report.violation(.piiClaims).details.counts
        #expect(pii == ["https://idp.example.com: email": 2, "https://idp.example.com: phone_number": 2, "https://login.partner.example: name": 1, "https://login.partner.example: birthdate": 1])
        let jwe = report.violation(.jweUnsafeHeader).details.counts
        #expect(jwe.keys.contains { $0.hasPrefix("zip") } && jwe.keys.contains("claim 'sub' copied into the header") && jwe.keys.contains("claim 'email' copied into the header"))
        // Sorted by severity, first/last seen and locations from the lines.
        #expect(report.violations.first?.kind == .unsignedToken)
        #expect(report.highestSeverity == .critical)
        let unsigned = report.violation(.unsignedToken)
        #expect(unsigned.firstSeen == Double(AuditFixtures.base + stream.unsignedLines[0] * 60))
        #expect(unsigned.lastSeen == Double(AuditFixtures.base + stream.unsignedLines[2] * 60))
        #expect(unsigned.locations == stream.unsignedLines.map { "stream:\($0)" })
        #expect(unsigned.sources.counts == ["stream": 3])
        #expect(unsigned.sample?.hasPrefix("jwt~test~") == true)
        // The scrubber's PII findings by source.
        let exposure = report.exposure.bySource["stream"]?.counts ?? [:]
        #expect(exposure["email"] == 5 && exposure["ip"] == 5, "\(exposure)")
        #expect(report.count(atLeast: .high) == 3 + 2 + 3 + 2)
    }

    @Test func reportsNeverContainRawValues() {
        let stream = AuditFixtures.stream()
        let report = AuditFixtures.audit(stream.lines, auditor: Self.auditor)
        let text = report.text(), json = report.json()
        #expect(stream.secrets.count > 100)
        for secret in stream.secrets {
            #expect(!text.contains(secret), "text report leaks \(secret)")
            #expect(!json.contains(secret), "JSON report leaks \(secret)")
        }
        for event in SecurityEvent.events(for: report) {
            for secret in stream.secrets { #expect(!event.exportFormat.contains(secret)) }
        }
        #expect((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil)
        #expect(text.contains("unsigned_token") && text.contains("critical"))
    }

    @Test func workerAccumulatorsMergeLikeOneStream() {
        let stream = AuditFixtures.stream()
        let whole = AuditFixtures.audit(stream.lines, auditor: Self.auditor)
        var main = AuditAccumulator(for: Self.auditor)
        var worker = AuditAccumulator(for: Self.auditor)
        for chunk in stride(from: 0, to: stream.lines.count, by: 7) {
            for i in chunk..<min(chunk + 7, stream.lines.count) {
                let bytes = Array(stream.lines[i].utf8)
                bytes.withUnsafeBufferPointer { Self.auditor.audit(line: $0, format: .auto, source: AuditSource(name: "stream", line: i + 1), into: &worker) }
            }
            worker.drain(into: &main)
        }
        let merged = Self.auditor.report(main)
        #expect(merged.json() == whole.json())
    }

    @Test func policyBlockChangesChecks() throws {
        let yaml = """
            version: 1
            policy:
              require_asymmetric: false
              max_access_token_lifetime: 2d
              require_aud: false
              pii_claims: [birthdate]
            """
        var files = try RuleSet.defaultFiles()
        files.append(try RuleSet.parse(yaml: yaml, file: "policy.yaml"))
        let set = RuleSet(files: files)
        #expect(set.policy.maxAccessTokenLifetime == 172_800 && !set.policy.requireAsymmetric && set.policy.requireIss)
        let auditor = TokenAuditor(scrubber: try Scrubber(rules: set, keys: .test))
        let report = AuditFixtures.audit(AuditFixtures.stream().lines, auditor: auditor)
        #expect(report.violation(.symmetricAlgorithm).count == 0)
        #expect(report.violation(.excessiveLifetime).count == 0)
        #expect(report.violation(.missingAud).count == 0)
        #expect(report.violation(.missingIss).count == 1)
        #expect(report.violation(.piiClaims).count == 1)
    }

    @Test func policyErrorsAreLocated() {
        let yaml = """
            version: 1
            policy:
              max_access_token_lifetime: soon
              require_aud: maybe
              pii_claim: [email]
            """
        do {
            _ = try RuleSet.parse(yaml: yaml, file: "p.yaml")
            Issue.record("expected errors")
        } catch {
            let text = error.errors.map(\.description)
            #expect(error.errors.count == 3, "\(text)")
            #expect(text.contains { $0.hasPrefix("p.yaml:3:30") && $0.contains("duration") }, "\(text)")
            #expect(text.contains { $0.hasPrefix("p.yaml:4:16") && $0.contains("true or false") }, "\(text)")
            #expect(text.contains { $0.hasPrefix("p.yaml:5:3") && $0.contains("pii_claims") }, "\(text)")
        }
        #expect(PartialPolicy.parseDuration("15m") == 900 && PartialPolicy.parseDuration("900") == 900 && PartialPolicy.parseDuration("1h") == 3600)
        #expect(PartialPolicy.parseDuration("m") == nil && PartialPolicy.parseDuration("-5s") == nil && PartialPolicy.parseDuration("1w") == nil)
        #expect(RuleSet.default.policy == AuditPolicy.default)
    }

    @Test func timestamps() {
        func parse(_ s: String) -> Double? {
            let b = Array(s.utf8)
            return b.withUnsafeBufferPointer { LogTimestamp.parse($0, now: 1_714_557_600) }
        }
        #expect(parse("2024-05-01T10:00:00Z x") == 1_714_557_600)
        #expect(parse("2024-05-01 12:00:00.5+02:00 x") == 1_714_557_600.5)
        #expect(parse("ts=2024-05-01T10:00:00+0000 level=info") == 1_714_557_600)
        #expect(parse("{\"level\":\"info\",\"time\":1714557600123}") == 1_714_557_600.123)
        #expect(parse("{\"timestamp\":\"2024-05-01T10:00:00Z\"}") == 1_714_557_600)
        #expect(parse("May  1 10:00:00 web01 sshd[1]: hi") == 1_714_557_600)
        #expect(parse("Dec 31 23:00:00 host x") == Double(1_704_063_600))  // last year, not the future
        #expect(parse("203.0.113.1 - - [01/May/2024:12:00:00 +0200] \"GET /\"") == 1_714_557_600)
        #expect(parse("no time here") == nil)
        #expect(LogTimestamp.format(1_714_557_600) == "2024-05-01T10:00:00Z")
    }

    @Test func securityEventsAndRateLimit() {
        let report = AuditFixtures.audit(AuditFixtures.stream().lines, auditor: Self.auditor)
        let events = SecurityEvent.events(for: report)
        #expect(events.count == 10)
        let unsigned = events[0]
        #expect(unsigned.messageID == "934e517ac4c2497ab49095b047fdecae" && unsigned["MESSAGE_ID"] == unsigned.messageID)
        #expect(unsigned["VEIL_COUNT"] == "3" && unsigned["PRIORITY"] == "2" && unsigned["VEIL_SAMPLE"]?.hasPrefix("jwt~test~") == true)
        #expect(unsigned["VEIL_SOURCES"] == "stream (3)")
        for event in events {
            for field in event.fields {
                #expect(field.name.utf8.allSatisfy { ($0 >= 0x41 && $0 <= 0x5A) || $0 == 0x5F || ($0 >= 0x30 && $0 <= 0x39) } && field.name.count <= 64)
            }
        }
        var limiter = SecurityEventRateLimiter(window: 60)
        #expect(limiter.admit(.unsignedToken, now: 0) == 0)
        #expect(limiter.admit(.unsignedToken, now: 10) == nil)
        #expect(limiter.admit(.unsignedToken, now: 59) == nil)
        #expect(limiter.admit(.missingAud, now: 59) == 0)  // per class
        #expect(limiter.suppressedCount(.unsignedToken) == 2)
        #expect(limiter.admit(.unsignedToken, now: 60) == 2)
        #expect(limiter.admit(.unsignedToken, now: 61) == nil)
    }
}

/// `systemd/veil.catalog`: one entry per violation class, accepted by journalctl.
@Suite struct AuditCatalogTests {
    static let catalog = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("systemd/veil.catalog")

    @Test func entriesMatchTheViolationClasses() throws {
        let text = try String(contentsOf: Self.catalog, encoding: .utf8)
        let entries = text.components(separatedBy: "\n-- ").dropFirst()
        var ids: [String] = []
        for entry in entries {
            let id = String(entry.prefix(32))
            ids.append(id)
            #expect(id.count == 32 && id.allSatisfy(\.isHexDigit))
            #expect(entry.contains("\nSubject: ") && entry.contains("\nDefined-By: veil") && entry.contains("\nDocumentation: "))
            #expect(entry.contains("@VEIL_COUNT@") && entry.contains("Fix:"))
        }
        #expect(Set(ids) == Set(ViolationKind.allCases.map(\.messageID)))
        #expect(ids.count == ViolationKind.allCases.count)
    }

    @Test func journalctlUpdatesAndListsTheCatalog() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("veil-catalog-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        defer { try? FileManager.default.removeItem(at: root) }
        let dir = root.appendingPathComponent("usr/lib/systemd/catalog")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.catalog, to: dir.appendingPathComponent("veil.catalog"))
        func journalctl(_ args: [String]) throws -> (Int32, String) {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/journalctl")
            p.arguments = ["--root=\(root.path)"] + args
            let out = Pipe()
            p.standardOutput = out
            p.standardError = out
            try p.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            return (p.terminationStatus, String(decoding: data, as: UTF8.self))
        }
        let (status, output) = try journalctl(["--update-catalog"])
        #expect(status == 0, "\(output)")
        let (_, list) = try journalctl(["--list-catalog"])
        for kind in ViolationKind.allCases { #expect(list.contains("\(kind.messageID) veil: "), "\(kind) missing from --list-catalog") }
        let (_, dump) = try journalctl(["--dump-catalog", ViolationKind.invalidSignature.messageID])
        #expect(dump.contains("Subject: JWT signature does not verify") && dump.contains("@VEIL_SAMPLE@"))
    }
}
