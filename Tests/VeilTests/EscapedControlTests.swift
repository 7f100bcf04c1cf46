import Testing
@testable import Veil

/// Request dumps and JSON strings written into text lines carry their line breaks escaped:
/// Python's `send: b'…\r\nHost: …'`, `%q`-quoted bodies, `"a=1\nuser=jane"`. An escaped line
/// break or tab separates pairs as a real one does.
@Suite("escaped line breaks and tabs inside text lines")
struct EscapedControlTests {
    @Test("a key after an escaped line break or tab is read from after the escape", arguments: [
        (#"body: a=1\nuser=jane"#, "jane"),
        (#"send: b'POST / HTTP/1.1\r\nHost: x\r\n\r\nuser=jane&password=pw123456'"#, "jane"),
        (#"send: b'POST / HTTP/1.1\r\nHost: x\r\n\r\nuser=jane&password=pw123456'"#, "pw123456"),
        (#"body: a=1\r\nuser: jane\r\nname: Jane Doe"#, "user: jane"),
        (#"fields: a=1\tuser=jane"#, "jane"),
    ])
    func keyAfterEscape(_ line: String, _ secret: String) {
        FuzzRegressionTests.expectText(line, secret, replaced: true)
    }

    // nginx's `escape=default` writes quotes as `\x22`; a JSON string inside a JSON string
    // escapes its quotes twice (stop 34: both were written raw).
    @Test("keys and values in nginx's hex-escaped and in doubly escaped JSON", arguments: [
        (#"10.0.0.1 - - [29/Nov/2024:10:00:00 +0000] "POST /login HTTP/1.1" 200 12 "{\x22username\x22:\x22alice.w\x22,\x22password\x22:\x22Montmartre!75\x22,\x22remember\x22:true}""#,
         ["alice.w", "Montmartre!75"], #"\x22password\x22:\x22[REDACTED:secret]\x22,\x22remember\x22:true}""#),
        (#"Response body: b'{"SecretString":"{\\"username\\":\\"admin\\",\\"password\\":\\"Sm-S3cr3t-Pw-99\\"}"}'"#,
         ["admin", "Sm-S3cr3t-Pw-99"], #"\\"password\\":\\"[REDACTED:secret]\\"}"}'"#),
        (#"{\x22password\x22:\x22unterminated"#, ["unterminated"], #"{\x22password\x22:\x22[REDACTED:secret]"#),
    ] as [(String, [String], String)])
    func escapedQuotes(_ line: String, _ secrets: [String], _ tail: String) {
        let out = FuzzRegressionTests.stable(line)
        for secret in secrets { #expect(!out.contains(secret), "\(out)") }
        #expect(out.hasSuffix(tail), "\(out)")
    }

    @Test("a value ends before an escaped line break that starts another escape or the next pair", arguments: [
        (#"send: b'GET / HTTP/1.1\r\nAuthorization: Bearer abc123def456ghi\r\nHost: x\r\n'"#, #"\r\nHost: x\r\n'"#),
        (#"send: b'GET / HTTP/1.1\r\nAuthorization: Basic d2ViOnNlY3JldDEyMw==\r\nContent-Type: text/plain\r\n'"#, #"\r\nContent-Type: text/plain\r\n'"#),
        (#"send: b'POST / HTTP/1.1\r\nX-Api-Key: k123456789\r\nHost: x\r\n'"#, #"\r\nHost: x\r\n'"#),
        (#"msg: "user=jane\ttoken=abcdef1234567890""#, #"\ttoken="#),
    ])
    func valueEndsAtEscape(_ line: String, _ kept: String) {
        let once = FuzzRegressionTests.stable(line)
        #expect(once.hasSuffix(kept) || once.contains(kept), "\(once)")
        #expect(!once.contains("abc123def456ghi") && !once.contains("d2ViOnNlY3JldDEyMw") && !once.contains("k123456789") && !once.contains("abcdef1234567890"), "\(once)")
    }

    @Test("an address right after an escaped line break leaves the escape whole")
    func addressAfterEscape() {
        let once = FuzzRegressionTests.expectText(#"body="x\r\n\r\nann@example.com\r\n\tbob@example.org""#, "ann@example.com", replaced: true)
        #expect(once.contains(#"\r\n\r\nemail~test~"#) && once.contains(#"\r\n\temail~test~"#), "\(once)")
    }

    @Test("a multipart form-data part in one line: the field's name stays, its value takes the field's rule", arguments: [
        (#"Content-Disposition: form-data; name="password"\r\n\r\ns3cret!\r\n------WebKitFormBoundary7MA4YWxkTrZu0gW"#,
         #"Content-Disposition: form-data; name="password"\r\n\r\n[REDACTED:secret]\r\n------WebKitFormBoundary7MA4YWxkTrZu0gW"#),
        (#"body="--b\r\nContent-Disposition: form-data; name=\"password\"\r\nContent-Type: text/plain\r\n\r\ns3 cret\"x\r\n--b--""#,
         #"body="--b\r\nContent-Disposition: form-data; name=\"password\"\r\nContent-Type: text/plain\r\n\r\n[REDACTED:secret]\r\n--b--""#),
        (#"Content-Disposition: form-data; name="email"\r\n\r\nann@example.com\r\n--b"#, #"name="email"\r\n\r\nemail~test~"#),
        (#"Content-Disposition: form-data; name="comment"\r\n\r\nhello world\r\n--b"#, #"Content-Disposition: form-data; name="comment"\r\n\r\nhello world\r\n--b"#),
        (#"Content-Disposition: form-data; name="password"; filename="a.txt"\r\n\r\nhello"#, #"Content-Disposition: form-data; name="password"; filename="a.txt"\r\n\r\nhello"#),
        // Another part header is not stepped over unscanned: it is replaced with the value.
        (#"Content-Disposition: form-data; name="password"\r\nX-Note: s3cret!\r\n\r\ns3 cret"#, #"form-data; name="password"[REDACTED:secret]"#),
    ])
    func formDataPart(_ line: String, _ expected: String) {
        let once = FuzzRegressionTests.stable(line)
        #expect(once.hasPrefix(expected) || once.contains(expected), "\(once)")
        #expect(!once.contains("s3cret") && !once.contains("s3 cret") && !once.contains("ann@"), "\(once)")
    }

    @Test("a backslash account and escaped backslashes stay one value", arguments: [
        (#"user=CORP\nancy ok"#, "nancy"),
        (#"password=ab\ncd ok"#, "cd"),
        (#"password=ab\\nuser=x ok"#, "user=x"),
    ])
    func backslashInsideValue(_ line: String, _ secretPart: String) {
        FuzzRegressionTests.expectText(line, secretPart, replaced: true)
    }
}
