import Foundation
import Testing

/// `veil scrub` on text, JSON lines, logfmt and mixed input, with a fixed key so the
/// expected pseudonyms come from `veil pseudonym`.
@Suite struct ScrubFormatTests {
    let dir: TempDir
    let key: String
    let email: String
    let ip: String

    init() throws {
        dir = try TempDir()
        key = try dir.key("k1.key")
        email = try CLI.pseudonym("jane@example.com", type: "email", keyFile: key)
        ip = try CLI.pseudonym("203.0.113.7", type: "ip", keyFile: key)
    }

    @Test func pseudonymsHaveTheDocumentedShape() {
        #expect(isPseudonym(email, type: "email", keyID: "k1"), "\(email)")
        #expect(isPseudonym(ip, type: "ip", keyID: "k1"), "\(ip)")
    }

    @Test func textLineExactOutput() throws {
        let r = try CLI.scrub("login jane@example.com from 203.0.113.7 ok\n", keyFile: key)
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out == "login \(email) from \(ip) ok\n")
        #expect(r.err.isEmpty)
    }

    @Test func bytesThatAreNotFindingsAreUnchanged() throws {
        let prefix = "  \tgrüße ✓  [a=b] {x} \"q\"  "
        let suffix = "\t\t; trailing  spaces   "
        let r = try CLI.scrub(prefix + "jane@example.com" + suffix + "\n", keyFile: key, ["--format", "text"])
        #expect(r.status == 0)
        #expect(r.out == prefix + email + suffix + "\n")
    }

    @Test func caseVariantsShareOnePseudonym() throws {
        let r = try CLI.scrub("a=Jane@Example.COM\nb JANE@EXAMPLE.COM\n", keyFile: key, ["--format", "text"])
        #expect(r.out == "a=\(email)\nb \(email)\n")
    }

    @Test func jwtBecomesSummaryWithoutSignature() throws {
        let r = try CLI.scrub("GET /api Authorization: Bearer \(sampleJWT) 200\n", keyFile: key)
        #expect(r.status == 0)
        #expect(!r.out.contains(sampleJWTSignature))
        #expect(!r.out.contains("eyJ"))
        #expect(r.out.hasPrefix("GET /api Authorization: Bearer [jwt;alg=HS256;"), "\(r.out)")
        #expect(r.out.contains(";fp=jwt~k1~"), "\(r.out)")
        #expect(r.out.hasSuffix("] 200\n"), "\(r.out)")
        // The same token gets the same fingerprint on another run.
        let again = try CLI.scrub("GET /api Authorization: Bearer \(sampleJWT) 200\n", keyFile: key)
        #expect(again.out == r.out)
    }

    @Test func jsonLinesStayJSONWithSecretsGone() throws {
        let lines = [
            #"{"ts":"2024-05-01T10:00:00Z","level":"info","msg":"login jane@example.com","password":"hunter2-secret","count":3,"ok":true,"nested":{"path":"/api/v1","n":null}}"#,
            #"{"level":"warn","msg":"token \#(sampleJWT)","client":"203.0.113.7","tags":["a","b"]}"#,
        ]
        let r = try CLI.scrub(lines.joined(separator: "\n") + "\n", keyFile: key, ["--format", "json"])
        #expect(r.status == 0, "\(r.err)")
        let out = r.outLines
        try #require(out.count == 3 && out[2] == "", "\(r.out)")
        #expect(!r.out.contains("hunter2-secret"))
        #expect(!r.out.contains("jane@example.com"))
        #expect(!r.out.contains(sampleJWTSignature))
        #expect(!r.out.contains("203.0.113.7"))

        let first = try #require(try JSONSerialization.jsonObject(with: Data(out[0])) as? [String: Any], "\(out[0])")
        #expect(first["ts"] as? String == "2024-05-01T10:00:00Z")
        #expect(first["level"] as? String == "info")
        #expect(first["msg"] as? String == "login \(email)")
        #expect(first["count"] as? Int == 3)
        #expect(first["ok"] as? Bool == true)
        let nested = try #require(first["nested"] as? [String: Any])
        #expect(nested["path"] as? String == "/api/v1")
        #expect(nested["n"] is NSNull)
        let password = try #require(first["password"] as? String)
        #expect(password.hasPrefix("[REDACTED"), "\(password)")
        #expect(Set(first.keys) == ["ts", "level", "msg", "password", "count", "ok", "nested"])

        let second = try #require(try JSONSerialization.jsonObject(with: Data(out[1])) as? [String: Any], "\(out[1])")
        #expect(second["level"] as? String == "warn")
        #expect(second["client"] as? String == ip)
        #expect(second["tags"] as? [String] == ["a", "b"])
        let msg = try #require(second["msg"] as? String)
        #expect(msg.hasPrefix("token [jwt;alg=HS256;"), "\(msg)")
    }

    @Test func jsonKeyOrderAndUntouchedBytesArePreserved() throws {
        // No finding: the line must come back byte for byte.
        let line = #"{"z":1,  "a":"x y",   "m":[1,2.5e3,{"k":"v"}],"u":"\u00e9"}"#
        let r = try CLI.scrub(line + "\n", keyFile: key, ["--format", "json"])
        #expect(r.out == line + "\n")
    }

    @Test func logfmtStaysLogfmt() throws {
        let input = #"ts=2024-05-01T10:00:00Z level=info msg="login by jane@example.com" password=hunter2-secret status=200 path=/api"# + "\n"
        let r = try CLI.scrub(input, keyFile: key, ["--format", "logfmt"])
        #expect(r.status == 0, "\(r.err)")
        #expect(!r.out.contains("hunter2-secret"))
        #expect(!r.out.contains("jane@example.com"))
        #expect(r.out.hasPrefix(#"ts=2024-05-01T10:00:00Z level=info msg="login by \#(email)" password="#), "\(r.out)")
        #expect(r.out.hasSuffix(" status=200 path=/api\n"), "\(r.out)")
        #expect(r.outLines.count == 2)
    }

    @Test func mixedAutoInputKeepsLineCountAndMissingFinalNewline() throws {
        let lines = [
            "plain text from jane@example.com",
            #"{"msg":"json from jane@example.com","password":"p4ss-json"}"#,
            #"level=info msg="logfmt from jane@example.com" password=p4ss-logfmt"#,
            "",
            "   ",
            "last line 203.0.113.7 without newline",
        ]
        let input = lines.joined(separator: "\n")
        let r = try CLI.scrub(input, keyFile: key)
        #expect(r.status == 0, "\(r.err)")
        let out = r.outLines
        #expect(out.count == lines.count, "\(r.out)")
        #expect(!r.out.hasSuffix("\n"), "a last line without newline must stay without one")
        #expect(!r.out.contains("jane@example.com"))
        #expect(!r.out.contains("p4ss-"))
        guard out.count == lines.count else { return }
        #expect(out[0] == "plain text from \(email)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(out[1])) as? [String: Any], "\(out[1])")
        #expect(json["msg"] as? String == "json from \(email)")
        #expect(out[2].hasPrefix(#"level=info msg="logfmt from \#(email)" password="#), "\(out[2])")
        #expect(out[3] == "")
        #expect(out[4] == "   ")
        #expect(out[5] == "last line \(ip) without newline")
    }

    @Test func manyLinesKeepCountAndOrder() throws {
        var input = ""
        for i in 0..<5000 { input += i % 3 == 0 ? "\(i) mail jane@example.com\n" : "\(i) nothing here\n" }
        let r = try CLI.scrub(input, keyFile: key)
        let out = r.outLines
        try #require(out.count == 5001)
        for i in [0, 1, 2, 2998, 4999] {
            #expect(out[i] == (i % 3 == 0 ? "\(i) mail \(email)" : "\(i) nothing here"))
        }
    }

    @Test func filesAreScrubbedInOrder() throws {
        let a = try dir.write("a.log", "a jane@example.com\n")
        let b = try dir.write("b.log", "b 203.0.113.7")
        let r = try VeilBinary.run(args: ["scrub", "--key-file", key, a, b])
        #expect(r.status == 0)
        #expect(r.out == "a \(email)\nb \(ip)")
    }

    @Test func missingInputFileIsARuntimeError() throws {
        let r = try VeilBinary.run(args: ["scrub", "--key-file", key, dir.path("nope.log")])
        #expect(r.status == 1)
        #expect(r.err.contains("nope.log"))
    }

    @Test func emptyInputGivesEmptyOutput() throws {
        let r = try CLI.scrub(Data(), keyFile: key)
        #expect(r.status == 0)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.isEmpty)
        let export = try CLI.scrub(Data(), keyFile: key, ["--format", "export"])
        #expect(export.status == 0)
        #expect(export.stdout.isEmpty)
    }

    @Test func invalidUTF8AndNULBytesPassThroughByteExact() throws {
        let before: [UInt8] = [0xFF, 0xFE, 0x20, 0x00, 0x41, 0x00, 0x20, 0xC3, 0x28, 0x20]
        let after: [UInt8] = [0x20, 0xE2, 0x82, 0x20, 0x00, 0x80, 0xC0, 0xAF, 0x20]
        var input = Data(before)
        input.append(Data("jane@example.com"))
        input.append(Data(after))
        input.append(0x0A)
        input.append(Data([0x00, 0x00, 0xFF]))
        input.append(0x0A)
        let r = try CLI.scrub(input, keyFile: key, ["--format", "text"])
        #expect(r.status == 0)
        var expected = Data(before)
        expected.append(Data(email))
        expected.append(Data(after))
        expected.append(0x0A)
        expected.append(Data([0x00, 0x00, 0xFF]))
        expected.append(0x0A)
        #expect(r.stdout == expected, "\(Array(r.stdout))")

        // Same under auto detection.
        let auto = try CLI.scrub(input, keyFile: key)
        #expect(auto.stdout == expected, "\(Array(auto.stdout))")
    }

    @Test("--stats counts every input byte, newlines included")
    func statsByteCountIsTheInputSize() throws {
        let input = "a jane@example.com\nb nothing\nc 203.0.113.7\n"
        let r = try CLI.scrub(input, keyFile: key, ["--stats"])
        #expect(r.err.contains("3 lines, \(input.utf8.count) bytes"), "\(r.err)")
    }

    @Test("scrubbing the output again changes nothing")
    func scrubbingTwiceChangesNothing() throws {
        let input = "GET /api Authorization: Bearer \(sampleJWT) 200\nAuthorization: Bearer abcdefghijklmnop123 x\nmail jane@example.com\n"
        let once = try CLI.scrub(input, keyFile: key)
        let twice = try CLI.scrub(once.stdout, keyFile: key)
        #expect(twice.out == once.out)
        let placeholder = try VeilBinary.run(args: ["scrub", "--no-default-rules", "--rules", VeilBinary.repoRoot.appendingPathComponent("rules").path, "--key-file", key],
                                             stdin: Data("Authorization: Bearer [REDACTED:token] x\n"))
        #expect(placeholder.out == "Authorization: Bearer [REDACTED:token] x\n")
    }

    @Test func statsGoToStderrOnly() throws {
        let input = "a jane@example.com\nb nothing\nc 203.0.113.7\n"
        let plain = try CLI.scrub(input, keyFile: key)
        let r = try CLI.scrub(input, keyFile: key, ["--stats"])
        #expect(r.status == 0)
        #expect(r.stdout == plain.stdout, "--stats must not change stdout")
        #expect(r.err.contains("3 lines"), "\(r.err)")
        #expect(r.err.range(of: #"^veil: 3 lines, [0-9]+ bytes in [0-9.]+ s \([0-9.]+ MB/s\)"#, options: .regularExpression) != nil, "\(r.err)")
        #expect(r.err.contains("2 findings"), "\(r.err)")
        #expect(r.err.contains("MB/s"), "\(r.err)")
        #expect(r.err.contains("email"), "\(r.err)")
        #expect(r.err.contains("ipv4"), "\(r.err)")
    }

    /// A Zeek log's data lines: their `#fields` header names the user and password columns.
    @Test func zeekColumnsNamedByTheHeader() throws {
        let log = "#fields\tts\tuser\tpassword\tcommand\n1.0\tsvc_backup\tWint3r-2024#ftp\tSTOR\n"
        for threads in ["1", "2"] {
            let r = try CLI.scrub(log, keyFile: key, ["--threads", threads])
            #expect(r.status == 0, "\(r.err)")
            #expect(!r.out.contains("svc_backup") && !r.out.contains("Wint3r"), "\(r.out)")
            #expect(r.out.hasSuffix("\t[REDACTED:secret]\tSTOR\n"), "\(r.out)")
        }
    }

    /// A CSV export in a log: its header names the name and e-mail columns of the rows after it.
    @Test func csvColumnsNamedByTheHeader() throws {
        let log = "export started\n\"Ticket\",\"First Name\",\"Last Name\",\"Email\"\n\"QZ5KD8\",\"Aoife\",\"Brennan\",\"aoife@example.ie\"\nexport done\n"
        for threads in ["1", "2"] {
            let r = try CLI.scrub(log, keyFile: key, ["--threads", threads])
            #expect(r.status == 0, "\(r.err)")
            #expect(!r.out.contains("Aoife") && !r.out.contains("Brennan") && !r.out.contains("aoife@"), "\(r.out)")
            #expect(r.out.contains("\n\"QZ5KD8\",\"name~"), "\(r.out)")
            #expect(r.out.hasSuffix("\nexport done\n"), "\(r.out)")
        }
    }

    /// A Kubernetes manifest's `env` list: the value line names no key, the line before does.
    @Test func valueNamedOnTheLineBefore() throws {
        let manifest = "        - name: DB_PASSWORD\n          value: Kub3-S3cret!\n        - name: LOG_LEVEL\n          value: debug\n"
        for threads in ["1", "2"] {
            let r = try CLI.scrub(manifest, keyFile: key, ["--threads", threads])
            #expect(r.status == 0, "\(r.err)")
            #expect(r.out == "        - name: DB_PASSWORD\n          value: [REDACTED:secret]\n        - name: LOG_LEVEL\n          value: debug\n", "\(r.out)")
        }
    }
}

/// A PEM private key logged over several lines: the body lines hold only base64, so the
/// stream reader (not the per-line engine) must know they are key material.
@Suite struct MultiLinePrivateKeyTests {
    let dir: TempDir
    let key: String

    init() throws {
        dir = try TempDir()
        key = try dir.key("k1.key")
    }

    static let body = ["MIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9OiZ1BjP5CE/Wm/Rr500PRK+Lh9x", "Z1BjP5CE/Wm/Rr500PRK+Lh9xQ=="]

    @Test("body lines are replaced, with and without a log prefix, on one or more threads, across batches",
          arguments: ["", "Nov 29 10:00:01 web app[812]: "], [1, 2])
    func bodyLinesReplaced(_ prefix: String, _ threads: Int) throws {
        // 300 KB of filler first, so the key starts in a later batch than the stream.
        let filler = String(repeating: "GET /healthz 200 took=3ms\n", count: 12_000)
        var key = [prefix + "-----BEGIN RSA PRIVATE KEY-----", prefix + "Proc-Type: 4,ENCRYPTED", prefix]
        key += Self.body.map { prefix + $0 }
        key += [prefix + "-----END RSA PRIVATE KEY-----", prefix + "next jane@example.com"]
        let input = filler + key.joined(separator: "\n") + "\n"
        let r = try CLI.scrub(input, keyFile: self.key, ["--threads", "\(threads)"])
        #expect(r.status == 0, "\(r.err)")
        for secret in Self.body + ["MIIEpAIB", "jane@example.com"] { #expect(!r.out.contains(secret)) }
        let lines = r.out.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == input.split(separator: "\n", omittingEmptySubsequences: false).count)
        let tail = lines.suffix(8).map(String.init)
        #expect(tail[3] == prefix + "[REDACTED:api_key]" && tail[4] == prefix + "[REDACTED:api_key]", "\(tail)")
        #expect(tail[1] == prefix + "Proc-Type: 4,ENCRYPTED" && tail[5] == prefix + "-----END RSA PRIVATE KEY-----", "\(tail)")
    }

    @Test("a block longer than a read batch stays open across batches", arguments: [1, 2])
    func acrossBatches(_ threads: Int) throws {
        // 400 body lines of 1 000 bytes: 400 KB, more than one 256 KiB batch.
        let line = String(repeating: "QUJD", count: 250)
        let input = "-----BEGIN PRIVATE KEY-----\n" + String(repeating: line + "\n", count: 400) + "-----END PRIVATE KEY-----\nok\n"
        let r = try CLI.scrub(input, keyFile: key, ["--threads", "\(threads)"])
        #expect(r.status == 0 && !r.out.contains("QUJD"), "\(r.out.prefix(200))")
        #expect(r.out == String(repeating: "[REDACTED:api_key]\n", count: 401) + "-----END PRIVATE KEY-----\nok\n")
    }

    @Test("a key cut short ends the block: the next prose line is scrubbed as usual")
    func cutShort() throws {
        let r = try CLI.scrub("-----BEGIN PRIVATE KEY-----\nMIIE\ncut short by user bob\nafter 10.0.0.9 ok\n", keyFile: key)
        // (`user bob`: an account after `user`, found by the prose scan since stop 33.)
        #expect(r.out.hasPrefix("[REDACTED:api_key]\n[REDACTED:api_key]\ncut short by user username~k1~"), "\(r.out)")
        #expect(r.out.contains("\nafter ip~k1~") && !r.out.contains("bob"), "\(r.out)")
    }
}
