import Foundation
import Testing

/// Inputs that try to slip a value past the scrubber, and per-file errors.
@Suite struct RobustnessTests {
    let dir: TempDir
    let key: String
    let email: String

    init() throws {
        dir = try TempDir()
        key = try dir.key("k1.key")
        email = try CLI.pseudonym("jane@example.com", type: "email", keyFile: key)
    }

    @Test func jsonEscapesDoNotHideAnEmail() throws {
        let r = try CLI.scrub(#"{"msg":"mail jane\u0040example.com"}"# + "\n", keyFile: key)
        #expect(r.status == 0)
        #expect(!r.out.contains("jane"), "\(r.out)")
        let json = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any])
        #expect(json["msg"] as? String == "mail \(email)")
    }

    @Test func jsonKeysAreScannedToo() throws {
        let r = try CLI.scrub(#"{"jane@example.com":1}"# + "\n", keyFile: key)
        #expect(!r.out.contains("jane@example.com"), "\(r.out)")
        #expect(try JSONSerialization.jsonObject(with: r.stdout) is [String: Any])
    }

    @Test func tooDeepJSONFailsClosed() throws {
        let deep = String(repeating: #"{"a":"#, count: 5000) + #""jane@example.com""# + String(repeating: "}", count: 5000)
        let r = try CLI.scrub(deep + "\nnext jane@example.com\n", keyFile: key)
        #expect(r.status == 0)
        #expect(!r.out.contains("jane@example.com"))
        let lines = r.outLines
        #expect(lines.count == 3)
        #expect(lines.first?.hasPrefix("[REDACTED:") == true, "\(r.out.prefix(200))")
        #expect(lines.dropFirst().first == "next \(email)")
    }

    @Test func invalidJSONLineIsScannedAsText() throws {
        let r = try CLI.scrub(#"{"msg": "jane@example.com""# + "\n" + #"{"k":"v"} trailing jane@example.com"# + "\n", keyFile: key)
        #expect(r.out == #"{"msg": "\#(email)""# + "\n" + #"{"k":"v"} trailing \#(email)"# + "\n")
    }

    @Test func crlfLineEndingsArePreserved() throws {
        let r = try CLI.scrub("a jane@example.com\r\nb\r\n", keyFile: key)
        #expect(r.stdout == Data("a \(email)\r\nb\r\n"))
    }

    @Test func jsonLineWithNULAndInvalidUTF8() throws {
        var input = Data(#"{"m":"a"#)
        input.append(0xFF)
        input.append(Data(#"b jane@example.com"}"#))
        input.append(0x0A)
        let r = try CLI.scrub(input, keyFile: key)
        var expected = Data(#"{"m":"a"#)
        expected.append(0xFF)
        expected.append(Data(#"b \#(email)"}"#))
        expected.append(0x0A)
        #expect(r.stdout == expected, "\(Array(r.stdout))")
    }

    @Test func aMissingFileDoesNotStopTheOthers() throws {
        let a = try dir.write("a.log", "a jane@example.com\n")
        let b = try dir.write("b.log", "b jane@example.com\n")
        let r = try VeilBinary.run(args: ["scrub", "--key-file", key, a, dir.path("missing.log"), b])
        #expect(r.status == 1)
        #expect(r.out == "a \(email)\nb \(email)\n")
        #expect(r.err.contains("missing.log"))
    }

    @Test func dashReadsStandardInput() throws {
        let a = try dir.write("a.log", "a jane@example.com\n")
        let r = try VeilBinary.run(args: ["scrub", "--key-file", key, a, "-"], stdin: Data("s jane@example.com\n"))
        #expect(r.status == 0)
        #expect(r.out == "a \(email)\ns \(email)\n")
    }

    @Test func plantedSecretsDoNotSurvive() throws {
        let secrets = [
            "jane@example.com", "203.0.113.7", "4111111111111111", "123-45-6789", "DE89370400440532013000",
            sampleJWTSignature, "AKIAIOSFODNN7EXAMPLE", "hunter2pass", "s3cr3t-cookie-value",
        ]
        let lines = [
            "user jane@example.com from 203.0.113.7",
            "card 4111111111111111 ssn 123-45-6789 iban DE89370400440532013000",
            "Authorization: Bearer \(sampleJWT)",
            "aws key AKIAIOSFODNN7EXAMPLE",
            "connect https://admin:hunter2pass@db.example.net/x",
            "Cookie: session=s3cr3t-cookie-value",
            #"{"password":"hunter2pass","msg":"from 203.0.113.7"}"#,
            #"level=info password=hunter2pass msg="card 4111111111111111""#,
        ]
        let r = try CLI.scrub(lines.joined(separator: "\n") + "\n", keyFile: key)
        #expect(r.status == 0)
        #expect(r.outLines.count == lines.count + 1)
        for s in secrets { #expect(!r.out.contains(s), "\(s) survived:\n\(r.out)") }
    }
}
