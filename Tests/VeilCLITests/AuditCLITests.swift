import Foundation
import Testing
import Veil
import VeilTestSupport

/// `veil audit` end to end: inputs, report formats, exit statuses, no raw values.
@Suite struct AuditCLITests {
    let dir: TempDir

    init() throws { dir = try TempDir() }

    static func b64(_ s: String) -> String {
        Data(s.utf8).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    static func token(_ header: String, _ payload: String, sig: String = "c2lnbmF0dXJlLWJ5dGVzLWZvci10ZXN0") -> String {
        "\(b64(header)).\(b64(payload)).\(sig)"
    }

    /// 2024-05-01T10:00:00Z + minutes
    static func time(_ minute: Int) -> (iso: String, unix: Int) {
        let t = 1_714_557_600 + minute * 60
        return (String(format: "2024-05-01T%02d:%02d:00Z", 10 + minute / 60, minute % 60), t)
    }

    /// 30 clean RS256 tokens, 2 unsigned, 5 HS256 with e-mail claims, 4 without exp, 3 opaque,
    /// 4 e-mails in text; formats rotate between text, JSON and logfmt.
    static func stream(unsigned: Bool = true) -> (text: String, secrets: [String]) {
        var lines: [String] = []
        var secrets: [String] = []
        var minute = 0
        func add(_ tok: String, _ extra: [String] = []) {
            minute += 1
            let t = time(minute)
            secrets += [tok, String(tok.split(separator: ".")[1])] + extra
            switch minute % 3 {
            case 0: lines.append("\(t.iso) INFO api request auth=\(tok) ok")
            case 1: lines.append("{\"ts\":\"\(t.iso)\",\"msg\":\"request\",\"jwt\":\"\(tok)\"}")
            default: lines.append("ts=\(t.iso) level=info msg=request jwt=\(tok)")
            }
        }
        func claims(_ sub: String, exp: Bool = true, extra: String = "") -> String {
            let t = time(minute + 1).unix
            return "{\"iss\":\"https://idp.example.com\",\"sub\":\"\(sub)\",\"aud\":\"orders\",\"iat\":\(t - 30)" + (exp ? ",\"exp\":\(t + 300)" : "") + extra + "}"
        }
        for i in 0..<30 { add(token("{\"alg\":\"RS256\",\"kid\":\"k\(i % 3)\"}", claims("clean-subject-\(i)")), ["clean-subject-\(i)"]) }
        if unsigned { for i in 0..<2 { add(token("{\"alg\":\"none\"}", claims("none-subject-\(i)"), sig: ""), ["none-subject-\(i)"]) } }
        for i in 0..<5 {
            add(token("{\"alg\":\"HS256\"}", claims("hs-subject-\(i)", extra: ",\"email\":\"hs.user\(i)@example.com\"")), ["hs-subject-\(i)", "hs.user\(i)@example.com"])
        }
        for i in 0..<4 { add(token("{\"alg\":\"ES256\"}", claims("noexp-subject-\(i)", exp: false)), ["noexp-subject-\(i)"]) }
        for i in 0..<3 {
            minute += 1
            let opaque = "opaqueToken\(i)x9f8e7d6c5b4a3210"
            secrets.append(opaque)
            lines.append("\(time(minute).iso) DEBUG > Authorization: Bearer \(opaque)")
        }
        for i in 0..<4 {
            minute += 1
            secrets.append("mary\(i).major@example.net")
            lines.append("\(time(minute).iso) INFO mail sent to mary\(i).major@example.net")
        }
        return (lines.joined(separator: "\n") + "\n", secrets)
    }

    func json(_ r: RunResult) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: r.stdout) as? [String: Any], "\(r.out)\n\(r.err)")
    }

    func violation(_ report: [String: Any], _ id: String) -> [String: Any]? {
        (report["violations"] as? [[String: Any]])?.first { $0["id"] as? String == id }
    }

    @Test func jsonReportCountsAreExactAndRawValuesNeverAppear() throws {
        let key = try dir.key("k1.key")
        let (text, secrets) = Self.stream()
        let log = try dir.write("app.log", text)
        for threads in ["1", "2"] {
            let r = try VeilBinary.run(args: ["audit", "--key-file", key, "--json", "--threads", threads, log])
            #expect(r.status == 0, "\(r.err)")
            let report = try json(r)
            let tokens = try #require(report["tokens"] as? [String: Any])
            #expect(tokens["jws"] as? Int == 41 && tokens["opaque"] as? Int == 3 && tokens["malformed"] as? Int == 0)
            #expect((tokens["by_alg"] as? [String: Int]) == ["RS256": 30, "none": 2, "HS256": 5, "ES256": 4])
            #expect(violation(report, "unsigned_token")?["count"] as? Int == 2)
            #expect(violation(report, "symmetric_alg")?["count"] as? Int == 5)
            #expect(violation(report, "pii_claims")?["count"] as? Int == 5)
            #expect((violation(report, "pii_claims")?["details"] as? [String: Int]) == ["https://idp.example.com: email": 5])
            #expect(violation(report, "missing_exp")?["count"] as? Int == 4)
            #expect(violation(report, "unsigned_token")?["first_seen"] as? String == Self.time(31).iso)
            #expect((violation(report, "unsigned_token")?["locations"] as? [String]) == ["\(log):31", "\(log):32"])
            #expect(report["highest_severity"] as? String == "critical")
            #expect(((report["violations"] as? [[String: Any]]) ?? []).count == 4)
            let exposure = (report["pii_exposure"] as? [[String: Any]]) ?? []
            #expect(exposure.contains { $0["source"] as? String == log && $0["type"] as? String == "email" && $0["count"] as? Int == 4 }, "\(exposure)")
            for s in secrets { #expect(!r.out.contains(s) && !r.err.contains(s), "leaks \(s)") }
        }
        let t = try VeilBinary.run(args: ["audit", "--key-file", key, log])
        #expect(t.status == 0)
        #expect(t.out.contains("critical  unsigned_token") && t.out.contains("PII EXPOSURE"))
        let lines = t.out.split(separator: "\n").map(String.init)
        let order = ["unsigned_token", "pii_claims", "missing_exp", "symmetric_alg"].compactMap { id in lines.firstIndex { $0.contains("  \(id) ") } }
        #expect(order == order.sorted() && order.count == 4, "most severe first:\n\(t.out)")
        for s in secrets { #expect(!t.out.contains(s), "text report leaks \(s)") }
    }

    @Test func failOnSetsTheExitStatus() throws {
        let key = try dir.key("k1.key")
        let log = try dir.write("app.log", Self.stream().text)
        let clean = try dir.write("clean.log", Self.stream(unsigned: false).text)
        #expect(try VeilBinary.run(args: ["audit", "--key-file", key, "--fail-on", "critical", log]).status == 1)
        #expect(try VeilBinary.run(args: ["audit", "--key-file", key, "--fail-on", "critical", clean]).status == 0)
        let high = try VeilBinary.run(args: ["audit", "--key-file", key, "--fail-on", "high", "--json", clean])
        #expect(high.status == 1 && high.err.contains("severity high"))
        #expect(try json(high)["highest_severity"] as? String == "high")
        #expect(try VeilBinary.run(args: ["audit", "--key-file", key, "--fail-on", "severe", log]).status == 64)
    }

    @Test func usageAndConfigurationErrors() throws {
        let key = try dir.key("k1.key")
        let j = try VeilBinary.run(args: ["audit", "--key-file", key, "--journal", "--since", "last tuesday"])
        #expect(j.status == 64 && j.err.contains("invalid --since"), "\(j.err)")
        #expect(try VeilBinary.run(args: ["audit", "--key-file", key, "--journal", "app.log"]).status == 64)
        #expect(try VeilBinary.run(args: ["audit", "--key-file", key, "--namespace", "x"]).status == 64)
        #expect(try VeilBinary.run(args: ["audit", "x.log"], stdin: Data()).status == 78)  // no key for the default pack
        let jwks = try dir.write("jwks.json", "{\"keys\":[]}")
        let bad = try VeilBinary.run(args: ["audit", "--key-file", key, "--jwks", jwks], stdin: Data())
        #expect(bad.status == 78 && bad.err.contains("no usable signature key"))
        let missing = try VeilBinary.run(args: ["audit", "--key-file", key, dir.path("nope.log")])
        #expect(missing.status == 1)
    }

    @Test func exportInputUsesUnitsAndJournalTimes() throws {
        let key = try dir.key("k1.key")
        let unsigned = Self.token("{\"alg\":\"none\"}", "{\"iss\":\"https://idp.example.com\",\"sub\":\"export-subject\",\"aud\":\"a\",\"iat\":1714557600,\"exp\":1714557900}", sig: "")
        var export = ""
        for (n, unit) in ["api.service", "api.service", "billing.service"].enumerated() {
            export += "__CURSOR=s=1;i=\(n)\n__REALTIME_TIMESTAMP=\(1_714_557_660 + n * 60)000000\n_SYSTEMD_UNIT=\(unit)\nSYSLOG_IDENTIFIER=x\n"
            export += "MESSAGE=login by export.user@example.com token \(unsigned)\n\n"
        }
        let r = try VeilBinary.run(args: ["audit", "--key-file", key, "--format", "export", "--json"], stdin: Data(export))
        #expect(r.status == 0, "\(r.err)")
        let report = try json(r)
        let v = try #require(violation(report, "unsigned_token"))
        #expect(v["count"] as? Int == 3)
        #expect((v["sources"] as? [String: Int]) == ["api.service": 2, "billing.service": 1])
        #expect(v["first_seen"] as? String == "2024-05-01T10:01:00Z" && v["last_seen"] as? String == "2024-05-01T10:03:00Z")
        #expect((v["locations"] as? [String]) == ["stdin entry 1", "stdin entry 2", "stdin entry 3"])
        let exposure = (report["pii_exposure"] as? [[String: Any]]) ?? []
        #expect(exposure.contains { $0["source"] as? String == "api.service" && $0["type"] as? String == "email" && $0["count"] as? Int == 2 }, "\(exposure)")
        for s in [unsigned, "export-subject", "export.user@example.com"] { #expect(!r.out.contains(s)) }
    }
}

/// `veil audit --journal` against a private journald namespace, and security events
/// (native protocol, through the test sender) landing there with their MESSAGE_ID.
@Suite(.serialized, .enabled(if: PrivateJournald.canStart, "needs root, systemd-journald and journalctl for a private namespace"))
struct AuditJournalTests {
    @Test(.timeLimit(.minutes(2)))
    func auditsANamespaceJournal() throws {
        let dir = try TempDir()
        let key = try dir.key("k1.key")
        let journal = try PrivateJournald(prefix: "veil-audit")
        defer { journal.stop() }
        let tag = "t\(UInt32.random(in: 0...UInt32.max))"
        let unsigned = AuditCLITests.token("{\"alg\":\"none\"}", "{\"iss\":\"https://idp.example.com\",\"sub\":\"journal-subject\",\"aud\":\"a\",\"exp\":4102444800}", sig: "")
        for n in 0..<3 {
            try journal.send([("MESSAGE", "login \(n) by journal.user@example.com with \(unsigned)"), ("SYSLOG_IDENTIFIER", n == 2 ? "billing" : "api"), ("VEIL_TEST_TAG", tag)])
        }
        try journal.send([("MESSAGE", "already scrubbed \(unsigned)"), ("VEIL_SCRUBBED", "1"), ("VEIL_TEST_TAG", tag)])
        #expect(try journal.waitForEntries("VEIL_TEST_TAG=\(tag)", count: 4))
        let r = try VeilBinary.run(args: ["audit", "--journal", "--namespace", journal.namespace, "--since=-1h", "--key-file", key, "--json"], timeout: 60)
        #expect(r.status == 0, "\(r.err)")
        let report = try #require(JSONSerialization.jsonObject(with: r.stdout) as? [String: Any])
        let v = try #require((report["violations"] as? [[String: Any]])?.first { $0["id"] as? String == "unsigned_token" })
        #expect(v["count"] as? Int == 3)
        #expect((v["sources"] as? [String: Int]) == ["api": 2, "billing": 1])
        #expect(v["first_seen"] is String)
        for s in [unsigned, "journal-subject", "journal.user@example.com"] { #expect(!r.out.contains(s)) }
        let future = try VeilBinary.run(args: ["audit", "--journal", "--namespace", journal.namespace, "--since", "@4102444800", "--key-file", key, "--json"], timeout: 60)
        #expect((try JSONSerialization.jsonObject(with: future.stdout) as? [String: Any])?["violations"] as? [Any] == nil || !future.out.contains("unsigned_token"))
        let missing = try VeilBinary.run(args: ["audit", "--journal", "--namespace", "veil-no-such-namespace-\(tag)", "--key-file", key])
        #expect(missing.status == 0 || missing.status == 1)
    }

    @Test(.timeLimit(.minutes(2)))
    func auditSendsSecurityEventsWithTheirMessageIDs() throws {
        let dir = try TempDir()
        let key = try dir.key("k1.key")
        let journal = try PrivateJournald(prefix: "veil-audit-ev")
        defer { journal.stop() }
        let (text, secrets) = AuditCLITests.stream()
        let log = try dir.write("app.log", text)
        let r = try VeilBinary.run(args: ["audit", "--key-file", key, "--events-namespace", journal.namespace, "--json", log])
        #expect(r.status == 0, "\(r.err)")
        let ids = [("unsigned_token", "934e517ac4c2497ab49095b047fdecae", "2", "2"), ("pii_claims", "0f6b135810b94644bab31f5dd719038d", "5", "3"),
                   ("missing_exp", "c86f0e6ecd0342e28ee55a10596add8a", "4", "3"), ("symmetric_alg", "120c7e1599674d71bf0ed2c768b9e109", "5", "4")]
        #expect(try journal.waitForEntries("SYSLOG_IDENTIFIER=veil", count: ids.count))
        let out = try journal.journalctl(["-o", "json", "SYSLOG_IDENTIFIER=veil"])
        let entries = out.split(separator: 0x0A).compactMap { try? JSONSerialization.jsonObject(with: Data($0)) as? [String: Any] }
        #expect(entries.count == ids.count)
        for (violation, id, count, priority) in ids {
            let e = try #require(entries.first { $0["MESSAGE_ID"] as? String == id }, "no event for \(violation)")
            #expect(e["VEIL_VIOLATION"] as? String == violation && e["VEIL_COUNT"] as? String == count && e["PRIORITY"] as? String == priority)
            #expect((e["VEIL_SAMPLE"] as? String)?.hasPrefix("jwt~k1~") == true && e["VEIL_SOURCES"] as? String == "\(log) (\(count))")
            #expect(e["VEIL_SCRUBBED"] as? String == "1")
        }
        for s in secrets { #expect(!out.string.contains(s), "event leaks \(s)") }

        // journalctl -x renders the catalog entry (with @FIELD@ substitutions) once the
        // catalog is in the system database; installed for this check and removed after
        // unless it was already installed.
        let installed = "/usr/lib/systemd/catalog/veil.catalog"
        let preinstalled = FileManager.default.fileExists(atPath: installed)
        if !preinstalled {
            try FileManager.default.copyItem(atPath: VeilBinary.repoRoot.appendingPathComponent("systemd/veil.catalog").path, toPath: installed)
        }
        defer {
            if !preinstalled {
                try? FileManager.default.removeItem(atPath: installed)
                _ = try? Self.journalctl(["--update-catalog"])
            }
        }
        _ = try Self.journalctl(["--update-catalog"])
        let explained = try journal.journalctl(["-x", "MESSAGE_ID=934e517ac4c2497ab49095b047fdecae"]).string
        #expect(explained.contains("Subject: Unsigned JWT (alg: none) in logs: 2 token(s)"), "\(explained)")
        #expect(explained.contains("veil audit saw 2 JSON Web Token(s)") && explained.contains("of \(log) (2)") && explained.contains("Defined-By: veil"))
    }

    static func journalctl(_ args: [String]) throws -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: PrivateJournald.journalctlPath!)
        p.arguments = args
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        return p.terminationStatus
    }
}
