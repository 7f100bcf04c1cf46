import Testing
@testable import Veil

@Suite("Scrubber: free text with the default pack")
struct ScrubberTextTests {
    // Expected pseudonyms were computed outside Swift (Python hmac) under the test key.
    static let cases: [(input: String, expected: String)] = [
        ("login jane.doe@example.com from 203.0.113.7", "login email~test~4ejqblq3pcmsnbz3 from ip~test~dmvwde3q42zdvhes"),
        ("reset for JANE.DOE@Example.COM done", "reset for email~test~4ejqblq3pcmsnbz3 done"),
        ("to=jane.doe%40example.com&x=1", "to=email~test~4ejqblq3pcmsnbz3&x=1"),
        ("peer 2001:db8::1 and 2001:0DB8:0000:0000:0000:0000:0000:0001 end", "peer ip~test~4scngj773vma5kug and ip~test~4scngj773vma5kug end"),
        ("client [2001:db8::7]:8443 ok", "client [ip~test~qocoatf4mzbp6oc7]:8443 ok"),
        ("call +1 (415) 555-2671 now", "call phone~test~flgw2bmkc3kwr2ue now"),
        ("call 415-555-2671 now", "call phone~test~rwhteumilvl4clt4 now"),
        ("call +44 20 7946 0958 now", "call phone~test~trl5uujinn4hu6lp now"),
        ("charge card 4111 1111 1111 1111 ok", "charge card **** **** **** 1111 ok"),
        ("pan 4111111111111111 ok", "pan ************1111 ok"),
        ("mc 5500-0000-0000-0004 amex 378282246310005", "mc ****-****-****-0004 amex ***********0005"),
        ("iban DE89370400440532013000 ok", "iban iban~test~ac6jorobdsasibpe ok"),
        ("iban GB82 WEST 1234 5698 7654 32 ok", "iban iban~test~cpbfy6kgbi4xrkvu ok"),
        ("ssn on file 123-45-6789.", "ssn on file [REDACTED:ssn]."),
        ("connecting to postgres://app:s3cr3tP4ss@db.internal:5432/orders", "connecting to postgres://username~test~4nbf3p44wry5oahu:[REDACTED:password]@db.internal:5432/orders"),
        ("fetch https://oauth2:pa55w0rd@example.com/x?y=1", "fetch https://oauth2:[REDACTED:password]@example.com/x?y=1"),
        ("using key AKIAIOSFODNN7EXAMPLE for s3", "using key [REDACTED:api_key] for s3"),
        ("gh ghp_abcdefghijklmnopqrstuvwxyz0123456789 end", "gh [REDACTED:api_key] end"),
        ("stripe sk_live_abcdefghijklmnop1234 end", "stripe [REDACTED:api_key] end"),
        ("slack xoxb-123456789012-abcdefghij end", "slack [REDACTED:api_key] end"),
        ("Authorization: Bearer 8f14e45fceea167a5a36dedd4bea2543", "Authorization: Bearer token~test~avqv7f7fym4xyxxh"),
        ("> Authorization: Basic YWxhZGRpbjpvcGVuc2VzYW1l", "> Authorization: Basic [REDACTED:credential]"),
        ("Cookie: session=abc123def456; theme=dark", "Cookie: session=cookie~test~ihgvjfvwcbqitmhz; theme=cookie~test~hty4sgxc2rljodsx"),
        ("Set-Cookie: sid=31d4d96e407aad42; Path=/; HttpOnly", "Set-Cookie: sid=cookie~test~jw3q6kvd5leywp4m; Path=/; HttpOnly"),
        ("login ok password=hunter2 next=1", "login ok password=[REDACTED:secret] next=1"),
        ("PassWord: hunter2", "PassWord: [REDACTED:secret]"),
        ("client-secret=abc123 db.password=x", "client-secret=[REDACTED:secret] db.password=[REDACTED:secret]"),
        ("got user=\"Jane Doe\" action=login", "got user=\"username~test~p2tlygamfzoqh6e2\" action=login"),
        ("got user='Jane Doe' ok", "got user='username~test~p2tlygamfzoqh6e2' ok"),
        // An apostrophe between letters is part of an unquoted value (`Brien` was written raw).
        ("name=O'Brien status=ok", "name=\(EngineReference.pseudonym("o'brien", type: "name")) status=ok"),
        ("msg='login for user=bob' x=1", "msg='login for user=username~test~crkfnjlfjwquqcym' x=1"),
        ("msg \"email\": \"Jane@Example.com\" sent", "msg \"email\": \"email~test~l3vtreyjcyh557gp\" sent"),
        ("api_key=abc email: jane@example.com user: bob", "api_key=[REDACTED:secret] email: email~test~l3vtreyjcyh557gp user: username~test~crkfnjlfjwquqcym"),
        ("curl https://example.com/cb?access_token=abcdefgh12345678&state=xyz", "curl https://example.com/cb?access_token=token~test~pguvewyxr2ok6vbz&state=xyz"),
        ("X-Auth-Token: abcdefghijklmnop", "X-Auth-Token: token~test~45kr6zujt3dfxfud"),
        ("sshd[811]: Failed password for invalid user admin from 203.0.113.9 port 52144 ssh2",
         "sshd[811]: Failed password for invalid user username~test~n5wsnui4wdebm6cg from ip~test~smnoncwylcgigf66 port 52144 ssh2"),
        ("sshd[812]: Accepted publickey for bob from 198.51.100.4 port 22 ssh2",
         "sshd[812]: Accepted publickey for username~test~crkfnjlfjwquqcym from ip~test~mkdohxqzwztnz4ve port 22 ssh2"),
        ("pam_unix(sudo:session): session opened for user root(uid=0) by alice(uid=1000)",
         "pam_unix(sudo:session): session opened for user username~test~bcvpeu66keqxr5mq(uid=0) by username~test~gmribhrzmakegzde(uid=1000)"),
    ]

    @Test("each detector and key context gives the exact expected output", arguments: cases)
    func exact(_ c: (input: String, expected: String)) {
        #expect(EngineFixtures.scrub(c.input, format: .text) == c.expected)
    }

    static let harmless: [String] = [
        "2024-05-01T10:00:00.123Z req=550e8400-e29b-41d4-a716-446655440000 version=1.2.3.4 status=200 took=1234ms order=100012345678",
        "GET /api/v1/orders/12345 HTTP/1.1 200 5123 0.012",
        "Jan 12 10:00:01 host kernel: [ 1234.5678] eth0: link up 1000 Mbps",
        "build 2.14.0-rc1 sha 9fceb02d0ae598e95dc970b74767f19372d61af8 ok",
        "netmask 255.255.255.0 loopback 127.0.0.1 range 100-200",
        "epoch 1714557600 millis 1714557600123 pid 4711",
        "Bearer authentication is required",
        "token_type=bearer expires_in=3600",
        "GET /auth/callback?token_type=Bearer HTTP/1.1",
        "order 4111111111111112 (not Luhn) and 000-12-3456",
        "iban DE89370400440532013001 has a bad checksum",
        "",
        "äöü 日本語 🚀 tabs\tand trailing spaces   ",
    ]

    @Test("lines without findings come back byte for byte", arguments: harmless)
    func unchanged(_ line: String) {
        let r = EngineFixtures.scrubber.scrub(line, format: .text)
        #expect(r.output == line)
        #expect(r.findings.isEmpty)
    }

    @Test("JSON-in-text with escaped quotes: \\\"password\\\":\\\"x\\\"")
    func escapedJSONInText() {
        #expect(EngineFixtures.scrub(#"msg {\"password\":\"x\"} end"#, format: .text) == #"msg {\"password\":\"[REDACTED:secret]\"} end"#)
        #expect(EngineFixtures.scrub(#"body="{\"secret\":\"abc def\",\"ok\":1}""#, format: .text) == #"body="{\"secret\":\"[REDACTED:secret]\",\"ok\":1}""#)
    }

    @Test("JSON-in-text with escaped quotes and a space after the colon")
    func escapedJSONInTextSpaced() {
        #expect(EngineFixtures.scrub(#"msg {\"password\": \"x y\"} end"#, format: .text) == #"msg {\"password\": \"[REDACTED:secret]\"} end"#)
    }

    @Test("a key-context value with spaces is replaced whole: phone=(415) 555-2671")
    func keyContextPhoneWithSpaces() {
        let out = EngineFixtures.scrub("phone=(415) 555-2671 ok", format: .text)
        #expect(!out.contains("555-2671"))
        #expect(out == "phone=phone~test~rwhteumilvl4clt4 ok")
    }

    @Test("invalid UTF-8 and NUL bytes that are not findings are copied unchanged")
    func binarySafe() {
        let prefix: [UInt8] = [0xFF, 0xFE, 0x00, 0x41, 0xC3, 0x28, 0x20, 0xE2, 0x82, 0x20]
        let mail = Array(" jane@example.com ".utf8)
        let suffix: [UInt8] = [0x00, 0x00, 0x80, 0xBF, 0xF0, 0x9F, 0x98]
        let (out, report) = EngineFixtures.scrubBytes(prefix + mail + suffix, format: .text)
        #expect(out == prefix + Array(" email~test~l3vtreyjcyh557gp ".utf8) + suffix)
        #expect(report.totalFindings == 1)
        let (plain, _) = EngineFixtures.scrubBytes(prefix + suffix, format: .text)
        #expect(plain == prefix + suffix)
    }

    @Test("multi-line input: each line on its own, line count preserved")
    func multiLine() {
        let input = "a jane@example.com\n\n{\"password\":\"x\"}\nlevel=info password=y user_id=7\nlast line no newline"
        let out = EngineFixtures.scrub(input)
        #expect(out.split(separator: "\n", omittingEmptySubsequences: false).count == 5)
        #expect(out == "a email~test~l3vtreyjcyh557gp\n\n{\"password\":\"[REDACTED:secret]\"}\nlevel=info password=[REDACTED:secret] user_id=username~test~ginviio5vtak7m6p\nlast line no newline")
        let trailing = EngineFixtures.scrub("x\ny\n")
        #expect(trailing == "x\ny\n")
    }

    @Test("findings carry rule, type, action and byte range, never the value")
    func findings() {
        let r = EngineFixtures.scrubber.scrub("mail jane@example.com pw password=hunter2", format: .text)
        #expect(r.findings.map(\.ruleID) == ["email", "secret-fields"])
        #expect(r.findings.map(\.type) == ["email", "secret"])
        #expect(r.findings.map(\.action) == ["pseudonymize", "redact"])
        #expect(r.findings.map(\.range) == [5..<21, 34..<41])
        #expect(!r.findings.description.contains("hunter2"))
        #expect(r.report.totalFindings == 2)
        #expect(r.report.lines == 1)
    }

    @Test("a JWT in text becomes a summary without signature or payload")
    func jwt() {
        let token = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImsxIn0.eyJpc3MiOiJodHRwczovL2lkcC5leGFtcGxlLmNvbSIsInN1YiI6InVzZXItNDIiLCJlbWFpbCI6ImphbmVAZXhhbXBsZS5jb20iLCJleHAiOjE3MDAwMDAwMDAsImZhdm9yaXRlX2NvbG9yIjoiYmx1ZSJ9.c2lnbmF0dXJlLWJ5dGVzLWhlcmU"
        let out = EngineFixtures.scrub("GET / Authorization: Bearer \(token) 200", format: .text)
        #expect(out == "GET / Authorization: Bearer [jwt;alg=RS256;typ=JWT;kid=k1;iss=https://idp.example.com;sub=sub~test~hl2b7sjd37qalr7p;email=email~test~l3vtreyjcyh557gp;exp=1700000000;fp=\(EngineReference.pseudonym(token, type: "jwt"))] 200")
    }

    @Test("an undecodable token-shaped value after Bearer is an opaque credential")
    func undecodableJWT() {
        let out = EngineFixtures.scrub("Authorization: Bearer eyJhbGciOi.eyJzdWIi.c2ln", format: .text)
        #expect(!out.contains("c2ln"))
        #expect(!out.contains("eyJ"))
        #expect(out.hasPrefix("Authorization: Bearer token~test~") || out.hasPrefix("Authorization: Bearer [REDACTED:"))
    }
}

@Suite("Scrubber: unsecured JWS after a token key")
struct UnsecuredTokenAfterKeyTests {
    @Test("token=<alg:none JWS> at the end of a line is summarised as a JWT, not fingerprinted as opaque")
    func unsecuredJWSAtLineEnd() throws {
        let scrubber = try Scrubber(rules: .default, keys: .test)
        let out = scrubber.scrub("cb token=eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.", format: .text).output
        #expect(out.hasPrefix("cb token=[jwt;alg=none;"), "\(out)")
        #expect(!out.contains("eyJzdWIiOiJ4In0"))
    }
}

@Suite("Scrubber: cookie headers are scanned whole")
struct CookieHeaderScanTests {
    @Test("a JWT in the name position of a cookie header is still summarised (fuzz-json)")
    func jwtAsCookieName() throws {
        let jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1LTJhY29uaWJ6In0.k9Ah217E5Hm92QE9VHSQypQo-LWp_AF8peidjaycMdI"
        let scrubber = try Scrubber(rules: .default, keys: .test)
        let out = scrubber.scrub("{\"msg\":\"x\"cookie\": \(jwt) =b\"oken\":\"cdef\"}}k", format: .json).output
        #expect(!out.contains("k9Ah217E5Hm92QE9VHSQypQo"), "\(out)")
        #expect(out.contains("[jwt;alg=HS256;"), "\(out)")
    }
}

/// Dumps of language data structures that services log as they are.
@Suite("Data-structure dumps")
struct DataStructureDumpTests {
    @Test("PHP print_r: `[key] => value`, the value up to the end of the line", arguments: [
        ("    [password] => s3cr3t!! with spaces", "s3cr3t!!", "    [password] => [REDACTED:secret]"),
        ("    [name] => Nora Ephron", "Nora", nil),
        ("[password] => hunter2", "hunter2", "[password] => [REDACTED:secret]"),
        // A dump flattened into one line: each value ends before the next member, an escaped line
        // break or the array's closing parenthesis.
        ("[password] => ab\\ncd9", "cd9", "[password] => [REDACTED:secret]"),
        ("Array ( [password] => phpSecret1 [first_name] => Pieter )", "phpSecret1", nil),
        ("Array ( [password] => phpSecret1 [first_name] => Pieter )", "Pieter", nil),
        (#"{"msg":"Array\n(\n    [password] => x y z\n    [id] => 7\n)\n"}"#, "x y z", #"{"msg":"Array\n(\n    [password] => [REDACTED:secret]\n    [id] => 7\n)\n"}"#),
        // The array's end with the rest of the message after it (stop 43: the rest was redacted).
        ("Checkout failed: Array ( [iban] => PL61109010140000071219812874 ) in /var/www/shop/src/Checkout.php on line 214", "PL61109010140000071219812874",
         "Checkout failed: Array ( [iban] => iban~test~rokcgpgnly7lz347 ) in /var/www/shop/src/Checkout.php on line 214"),
    ])
    func printR(_ line: String, _ secret: String, _ expected: String?) {
        let out = FuzzRegressionTests.expectText(line, secret, replaced: true)
        if let expected { #expect(out == expected) }
        if line.hasPrefix("Array ( ") {
            #expect(out.hasPrefix("Array ( [password] => [REDACTED:secret] [first_name] => name~test~") && out.hasSuffix(" )"), "\(out)")
        }
    }

    @Test("brackets that are no print_r key stay as they were", arguments: [
        "[info] => started",
        "[password]=>x",
    ])
    func notPrintR(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}
