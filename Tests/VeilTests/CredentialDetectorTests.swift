import Testing
@testable import Veil

/// Drives a detector through its real trigger contract over a whole line, the way the
/// central scanner does: a call at every trigger index, `floor` = end of the last match.
enum CredentialScanHarness {
    typealias Match = (Bytes, Int, Int) -> Range<Int>?

    static func isWordStart(_ b: Bytes, _ i: Int) -> Bool {
        ASCII.isAlnum(b[i]) && (i == 0 || !ASCII.isAlnum(b[i - 1]))
    }

    /// Word start, or a `-` that starts the line or follows a non-`-` byte (PEM trigger).
    static func isAPIKeyTrigger(_ b: Bytes, _ i: Int) -> Bool {
        isWordStart(b, i) || (b[i] == 0x2D && (i == 0 || b[i - 1] != 0x2D))
    }

    /// `:` followed by `//` or `\/\/`.
    static func isURLTrigger(_ b: Bytes, _ i: Int) -> Bool {
        guard b[i] == 0x3A else { return false }
        return ASCII.hasPrefix(b, at: i + 1, exactly: "//") || ASCII.hasPrefix(b, at: i + 1, exactly: "\\/\\/")
    }

    static func scan(_ line: String, trigger: (Bytes, Int) -> Bool = isWordStart, _ match: Match) -> [String] {
        let bytes = Array(line.utf8)
        return bytes.withUnsafeBufferPointer { b in
            var out: [String] = []
            var floor = 0
            for i in 0..<b.count where trigger(b, i) {
                guard let r = match(b, i, floor) else { continue }
                precondition(r.lowerBound >= floor && r.upperBound <= b.count && !r.isEmpty, "bad range \(r)")
                out.append(String(decoding: b[r], as: UTF8.self))
                floor = r.upperBound
            }
            return out
        }
    }

    /// Cookie contract: a call at every word start; after a header, continue after its end.
    static func cookies(_ line: String) -> (values: [String], ends: [Int]) {
        let bytes = Array(line.utf8)
        return bytes.withUnsafeBufferPointer { b in
            var ranges: [Range<Int>] = []
            var ends: [Int] = []
            var i = 0
            var floor = 0
            while i < b.count {
                if isWordStart(b, i), let end = CookieDetector.detect(b, at: i, floor: floor, into: &ranges) {
                    precondition(end > i && end <= b.count)
                    ends.append(end)
                    floor = end
                    i = end
                    continue
                }
                i += 1
            }
            return (ranges.map { String(decoding: b[$0], as: UTF8.self) }, ends)
        }
    }
}

@Suite("BearerTokenDetector") struct BearerTokenDetectorTests {
    static let tok = "fxIq2HZt~.PlJhx2jIclHkCiHp6bR1IqfEouHgxz"

    @Test("finds the opaque token after Bearer / token schemes", arguments: [
        ("> Authorization: Bearer \(tok)", tok),
        ("< WWW-Authenticate: Bearer realm=x\r\n> authorization: bearer 2YotnFZFEjr1zKsicMWpAA", "2YotnFZFEjr1zKsicMWpAA"),
        (#"{"level":"info","headers":{"authorization":"Bearer ya29.a0AfH6SMBx3-kq_Z9"},"msg":"call"}"#, "ya29.a0AfH6SMBx3-kq_Z9"),
        ("{'Authorization': 'Bearer sl.BKx9_0aZ-abc123=='}", "sl.BKx9_0aZ-abc123=="),
        ("GET /cb?auth=Bearer%20abcDEF123456789 HTTP/1.1", "abcDEF123456789"),
        ("auth=Bearer+abcDEF123456789&x=1", "abcDEF123456789"),
        ("level=warn msg=\"retry\" authorization=\"BEARER  AbC0123456789xyz\"", "AbC0123456789xyz"),
        ("I0412 10:00:01.123 round_trippers.go:466] curl -H \"Authorization: Bearer sha256~Xk3v9Qw1Zp\" https://10.0.0.1:6443/api", "sha256~Xk3v9Qw1Zp"),
        ("token refreshed. Authorization: Bearer gho_16C7e42F292c6912E7710c838347Ae178B4a.", "gho_16C7e42F292c6912E7710c838347Ae178B4a"),
        ("> Authorization: token 0123456789abcdef0123456789abcdef01234567", "0123456789abcdef0123456789abcdef01234567"),
        ("authorization=token a1b2c3d4e5f6a7b8", "a1b2c3d4e5f6a7b8"),
        (#""Authorization":"token ghs_abcdEFGH1234""#, "ghs_abcdEFGH1234"),
        (#"{'Authorization': 'token ABCdef1234567'}"#, "ABCdef1234567"),
        ("GET /oauth/callback?code=x&access_token=AbC123dEf456gHi789&state=1 HTTP/1.1", "AbC123dEf456gHi789"),
        ("10.0.0.1 - - [01/May/2024:10:00:00 +0000] \"GET /ws?token=9f8e7d6c5b4a3210 HTTP/1.1\" 101 0", "9f8e7d6c5b4a3210"),
        (#"{"grant_type":"refresh_token","refresh_token":"def50200a1b2c3d4e5","expires_in":3600}"#, "def50200a1b2c3d4e5"),
        ("> X-Auth-Token: 5f2b1c9e-7a3d-4e8f-9b0c-1d2e3f4a5b6c", "5f2b1c9e-7a3d-4e8f-9b0c-1d2e3f4a5b6c"),
        ("level=info ACCESS_TOKEN=\"s.Qf1s5zigZ4LX6vQpz\"", "s.Qf1s5zigZ4LX6vQpz"),
        ("{'csrf_token': 'Xy9aB8cD7eF6gH5i'}", "Xy9aB8cD7eF6gH5i"),
        // Prose: `token` then 16+ bytes with a digit and a letter (a reset or session token in a message).
        ("token abcdef1234567890 expired", "abcdef1234567890"),
        ("refresh token a1b2c3d4e5f6a7b8 rotated", "a1b2c3d4e5f6a7b8"),
        ("password reset mail sent with token 6f1c2e9a8b7d4c3e2f1a0b9c8d7e6f5a", "6f1c2e9a8b7d4c3e2f1a0b9c8d7e6f5a"),
    ] as [(String, String)])
    func positives(line: String, secret: String) {
        #expect(CredentialScanHarness.scan(line, BearerTokenDetector.match) == [secret])
    }

    @Test("ignores prose, short values, JWTs and bare token words", arguments: [
        "He was the Bearer of bad news",
        "bearer authentication is required for this endpoint",
        "the bearer Instrument is negotiable",
        "Authorization: Bearer <redacted>",
        "Authorization: Bearer ${TOKEN}",
        "Authorization: Bearer abc123",
        "Bearers: 3",
        "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlMTIz",
        // A bare `token` word takes a value of 16+ bytes with digits and letters (positives below);
        // shorter or letters-only values stay.
        "token a1b2c3d4e5f6 expired",
        "refresh token abcdefghijklmnopqrst rotated",
        "x-authorization-hint: token 1234567",
        "unauthorization: token expired",
        "token_type=bearer expires_in=3600",
        "tokens=12345678901",
        "token: expired",
        "token:abcdef1234567890",
        "id_token=eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlMTIz",
        #"{"token_type":"Bearer","expires_in":3600}"#,
    ])
    func negatives(line: String) {
        #expect(CredentialScanHarness.scan(line, BearerTokenDetector.match).isEmpty)
    }

    @Test("floor: a token starting before floor is not reported")
    func floorRespected() {
        let bytes = Array("Authorization: Bearer abcDEF123456789".utf8)
        bytes.withUnsafeBufferPointer { b in
            #expect(BearerTokenDetector.match(b, at: 15, floor: 0) == 22..<37)
            #expect(BearerTokenDetector.match(b, at: 15, floor: 23) == nil)
        }
    }
}

@Suite("BasicAuthDetector") struct BasicAuthDetectorTests {
    @Test("finds Basic credentials in context or when they decode to user:password", arguments: [
        ("> Authorization: Basic YWxpY2U6czNjcjN0IQ==", "YWxpY2U6czNjcjN0IQ=="),
        (#"{"ts":"2024-05-01T10:00:00Z","req":{"headers":{"authorization":"Basic ZGVwbG95LWJvdDpYazkjcHEyOno="}}}"#, "ZGVwbG95LWJvdDpYazkjcHEyOno="),
        ("level=debug authorization=\"basic OnNrX3Rlc3Rfa2V5\"", "OnNrX3Rlc3Rfa2V5"),
        ("Proxy-Authorization: Basic Zm9vYmFyYmF6cXV4", "Zm9vYmFyYmF6cXV4"), // context: need not decode to user:pass
        ("upstream sent creds Basic YWxpY2U6czNjcjN0IQ== to backend", "YWxpY2U6czNjcjN0IQ=="),
        ("{'headers': {'Authorization': 'Basic YWxpY2U6czNjcjN0IQ=='}}", "YWxpY2U6czNjcjN0IQ=="),
        ("curl -H Authorization:Basic%20YWxpY2U6czNjcjN0IQ%3D%3D", "YWxpY2U6czNjcjN0IQ%3D%3D"),  // URL-encoded padding is part of the credential
    ] as [(String, String)])
    func positives(line: String, secret: String) {
        #expect(CredentialScanHarness.scan(line, BasicAuthDetector.match) == [secret])
    }

    @Test("ignores prose and base64 that is neither in context nor user:password", arguments: [
        "Basic usage: veil scrub < in.log",
        "basic authentication is enabled for /admin",
        "BASIC dXNhZ2U= encoded", // decodes to "usage": no colon
        "Basic Zm9vYmFyYmF6cXV4 seen", // "foobarbazqux": no colon, no context
        "Authorization: Basic <redacted>",
        "Authorization: Basic abc",
        "Basic-Auth: enabled",
        "Basic YWxpY2U6czNjcjN0IQ-more", // runs into a non-base64 token byte
    ])
    func negatives(line: String) {
        #expect(CredentialScanHarness.scan(line, BasicAuthDetector.match).isEmpty)
    }

    @Test("the decoder checks length, padding and printable output")
    func decoder() {
        func check(_ s: String) -> Bool {
            let bytes = Array(s.utf8)
            return bytes.withUnsafeBufferPointer { b in
                var body = 0
                while body < b.count, b[body] != 0x3D { body += 1 }
                return BasicAuthDetector.decodesToUserPassword(b, body: 0..<body, padding: b.count - body)
            }
        }
        #expect(check("YWxpY2U6czNjcjN0IQ=="))
        #expect(check("YWxpY2U6czNjcjN0IQ")) // unpadded is fine
        #expect(!check("YWxpY2U6czNjcjN0IQ=")) // wrong padding
        #expect(!check("YWxpY2U6czNjcjN0I")) // length % 4 == 1
        #expect(!check("AAAAOkFBQUE=")) // NUL bytes
    }
}

@Suite("CookieDetector") struct CookieDetectorTests {
    @Test("finds every cookie value, keeps names and attributes", arguments: [
        ("> Cookie: sessionid=38afes7a8; csrftoken=u32t4o3tb3gg43; theme=dark", ["38afes7a8", "u32t4o3tb3gg43", "dark"]),
        ("< Set-Cookie: sid=31d4d96e407aad42; Path=/; Secure; HttpOnly; Expires=Wed, 21 Oct 2026 07:28:00 GMT", ["31d4d96e407aad42"]),
        ("< set-cookie: __Host-id=\"a3fWa\"; Max-Age=2592000; Domain=example.com; SameSite=Lax; Partitioned", ["a3fWa"]),
        (#"{"method":"GET","headers":{"cookie":"JSESSIONID=ABC123DEF; remember_me=1"},"status":200}"#, ["ABC123DEF", "1"]),
        (#"{"Set-Cookie": "token=eyAbc.def; Path=/"}"#, ["eyAbc.def"]),
        ("{'Cookie': 'a=1; b=2'}", ["1", "2"]),
        ("msg=req cookie=\"_ga=GA1.2.3; _gid=GA1.2.4\" status=200", ["GA1.2.3", "GA1.2.4"]),
        ("HTTP_COOKIE=sid=abcdef123 REMOTE_ADDR=10.0.0.1", ["abcdef123"]),
        ("Cookie: empty=; sid=xyz; flag", ["xyz"]),
        (#"{"cookie":"pref=\"v1\"; sid=q9"}"#, ["v1", "q9"]),
        ("Set-Cookie: a=1; Path=/, b=2; Path=/; foo=bar", ["1", "bar"]), // unknown attribute: fail closed
    ] as [(String, [String])])
    func positives(line: String, values: [String]) {
        #expect(CredentialScanHarness.cookies(line).values == values)
    }

    @Test("header end is returned: end of line or the closing quote")
    func headerEnd() {
        let line = #"{"cookie":"a=1; b=2","x":"y"}"#
        let r = CredentialScanHarness.cookies(line)
        #expect(r.values == ["1", "2"])
        #expect(r.ends == [Array(line.utf8).firstIndex(of: UInt8(ascii: ","))! - 1])
        #expect(CredentialScanHarness.cookies("Cookie: a=1").ends == [11])
    }

    @Test("ignores prose and look-alike keys", arguments: [
        "Cookies are used to improve your experience",
        "cookie_jar loaded from disk",
        "the cookie monster",
        "Cookie: ",
        "set cookie failed: quota",
    ])
    func negatives(line: String) {
        #expect(CredentialScanHarness.cookies(line).values.isEmpty)
    }

    @Test("Cookie inside Set-Cookie does not trigger twice")
    func noDoubleTrigger() {
        let bytes = Array("Set-Cookie: a=1".utf8)
        bytes.withUnsafeBufferPointer { b in
            var ranges: [Range<Int>] = []
            #expect(CookieDetector.detect(b, at: 4, floor: 0, into: &ranges) == nil)
            #expect(ranges.isEmpty)
        }
    }
}

private struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite("Credential detectors: bounds and limits") struct CredentialDetectorRobustnessTests {
    static let fragments: [String] = [
        "Bearer ", "bearer%20", "Basic ", "token ", "Authorization: ", "\"authorization\":\"", "Cookie: ",
        "Set-Cookie: ", "=", ";", "\"", "'", "\\\"", "://", ":\\/\\/", "@", ":", "/", " ", "-----BEGIN ",
        "PRIVATE KEY-----", "-----END ", "AKIA", "ghp_", "github_pat_", "sk_live_", "sk-proj-", "xoxb-",
        "hooks.slack.com/services/T", "AIza", "glpat-", "npm_", "SG.", "for ", "invalid user ", "user ",
        "user=", "USER=", "sudo: ", "sudo[1]: ", " : TTY=", "(to ", ") ", " on ", "by ", "(uid=",
        " from ", "1.2.3.4", "authentication failure; ", "session opened for user ", "eyJ", ".",
        "abcDEF123456", "QUJDRA==", "YWxpY2U6czNjcjN0IQ==", "%20", "+", "\n", "\u{00}", "é",
    ]

    static func allDetectors(_ b: Bytes, _ i: Int, _ floor: Int) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for m in [BearerTokenDetector.match, BasicAuthDetector.match, APIKeyDetector.match,
                  URLUserInfoDetector.match, AuthLogDetector.match] as [CredentialScanHarness.Match] {
            if let r = m(b, i, floor) { out.append(r) }
        }
        var ranges: [Range<Int>] = []
        if let end = CookieDetector.detect(b, at: i, floor: floor, into: &ranges) {
            #expect(end >= i && end <= b.count)
        }
        return out + ranges
    }

    @Test("random trigger-rich lines: every call at every index returns an in-bounds range at or after floor")
    func randomLines() {
        var rng = SplitMix64(state: 0x5EED)
        for _ in 0..<3000 {
            var line: [UInt8] = []
            for _ in 0..<Int.random(in: 1...14, using: &rng) {
                if Int.random(in: 0..<5, using: &rng) == 0 {
                    line.append(UInt8.random(in: 0...255, using: &rng))
                } else {
                    line += Array(Self.fragments.randomElement(using: &rng)!.utf8)
                }
            }
            line.withUnsafeBufferPointer { b in
                for i in 0..<b.count {
                    let floor = Int.random(in: 0...i, using: &rng)
                    for r in Self.allDetectors(b, i, floor) {
                        #expect(r.lowerBound >= floor && r.upperBound <= b.count && !r.isEmpty,
                                "range \(r) floor \(floor) in \(Array(b))")
                    }
                }
                // Truncated lines (every prefix) must not trap either.
                for n in stride(from: 0, through: b.count, by: 3) {
                    let cut = Bytes(rebasing: b[0..<n])
                    for i in 0..<n { for r in Self.allDetectors(cut, i, 0) { #expect(r.upperBound <= n) } }
                }
            }
        }
    }

    @Test("a token longer than 16 KiB is taken whole (fail closed); a missing PEM END runs to the end of the line")
    func limits() {
        let long = Array(("Authorization: Bearer " + String(repeating: "aB3", count: 8000)).utf8)
        long.withUnsafeBufferPointer { b in
            #expect(BearerTokenDetector.match(b, at: 15, floor: 0) == 22..<b.count)
        }
        let pem = Array(("-----BEGIN PRIVATE KEY-----" + String(repeating: "A", count: 20000) + "-----END PRIVATE KEY-----").utf8)
        pem.withUnsafeBufferPointer { b in
            #expect(APIKeyDetector.match(b, at: 0, floor: 0) == 0..<b.count)
        }
        let user = Array(("Invalid user " + String(repeating: "u", count: 64) + " from 1.2.3.4").utf8)
        user.withUnsafeBufferPointer { b in
            #expect(AuthLogDetector.match(b, at: 0, floor: 0) == 13..<77)
        }
    }
}
