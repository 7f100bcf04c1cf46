import Testing
@testable import Veil

/// Runs a detector the way the scanner does: at every index that satisfies the
/// detector's documented trigger, left to right, with `floor` at the end of the last
/// finding. Returns the matched substrings.
func findAll(
    _ text: String,
    trigger: (Bytes, Int) -> Bool,
    _ match: (Bytes, Int, Int) -> Range<Int>?
) -> [String] {
    let utf8 = Array(text.utf8)
    return utf8.withUnsafeBufferPointer { buf in
        var found: [String] = []
        var floor = 0
        var i = 0
        while i < buf.count {
            if trigger(buf, i), let r = match(buf, i, floor) {
                #expect(r.lowerBound >= floor && r.lowerBound <= i && r.upperBound > i && r.upperBound <= buf.count)
                found.append(String(decoding: UnsafeBufferPointer(rebasing: buf[r]), as: UTF8.self))
                floor = r.upperBound
                i = max(i + 1, r.upperBound)
            } else {
                i += 1
            }
        }
        return found
    }
}

/// The documented triggers.
enum Trigger {
    @inline(__always) static func prevNotAlnum(_ b: Bytes, _ i: Int) -> Bool { i == 0 || !ASCII.isAlnum(b[i - 1]) }

    static func email(_ b: Bytes, _ i: Int) -> Bool {
        b[i] == UInt8(ascii: "@") || ((b[i] == UInt8(ascii: "%") || b[i] == UInt8(ascii: "&")) && EmailDetector.atSign(b, i) != nil)
    }
    static func ipv4(_ b: Bytes, _ i: Int) -> Bool { ASCII.isDigit(b[i]) && prevNotAlnum(b, i) }
    static func ipv6(_ b: Bytes, _ i: Int) -> Bool {
        guard ASCII.isHexDigit(b[i]) || b[i] == UInt8(ascii: ":") else { return false }
        guard i > 0 else { return true }
        let p = b[i - 1]
        return !ASCII.isAlnum(p) && p != UInt8(ascii: ":") && p != UInt8(ascii: ".")
    }
    static func phone(_ b: Bytes, _ i: Int) -> Bool {
        (b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "(") || ASCII.isDigit(b[i])) && prevNotAlnum(b, i)
    }
    static func card(_ b: Bytes, _ i: Int) -> Bool { ASCII.isDigit(b[i]) && prevNotAlnum(b, i) }
    static func ssn(_ b: Bytes, _ i: Int) -> Bool {
        ASCII.isDigit(b[i]) && prevNotAlnum(b, i) && (i == 0 || b[i - 1] != UInt8(ascii: "-"))
    }
    static func iban(_ b: Bytes, _ i: Int) -> Bool { ASCII.isUpper(b[i]) && prevNotAlnum(b, i) }
}

/// Log-shaped text none of the PII detectors may fire on.
let commonNegatives: [String] = [
    "request_id=550e8400-e29b-41d4-a716-446655440000 done",
    "commit 3f786850e387550fdab836ed7e6dc881de23001b merged",
    "ts=2024-01-15T10:30:45.123Z level=info",
    "Jan 15 10:30:45 host sshd[1234]: Accepted publickey",
    "epoch=1700000000 millis=1700000000123",
    "240115 103045 job started",
    "version 10.0.19041.1 build=4.2.1.7 nginx/1.25.3.1",
    "listening on port 8080, took 1234 ms",
    "GET /api/v1/users 200 5123 0.042",
    "payload=eyJhbGciOiJIUzI1NiJ9dGVzdA+/base64== ok",
    "order 123456789012345678901234 shipped",
]

/// Every PII detector over realistic log lines, with the exact findings expected.
@Suite("PII detectors on log lines") struct PIIDetectorLogLineTests {
    static func findings(_ line: String) -> [String] {
        var out: [String] = []
        out += findAll(line, trigger: Trigger.email, EmailDetector.match).map { "email:\($0)" }
        out += findAll(line, trigger: Trigger.ipv4, IPv4Detector.match).map { "ipv4:\($0)" }
        out += findAll(line, trigger: Trigger.ipv6, IPv6Detector.match).map { "ipv6:\($0)" }
        out += findAll(line, trigger: Trigger.phone, PhoneDetector.match).map { "phone:\($0)" }
        out += findAll(line, trigger: Trigger.card, PaymentCardDetector.match).map { "card:\($0)" }
        out += findAll(line, trigger: Trigger.ssn, SSNDetector.match).map { "ssn:\($0)" }
        out += findAll(line, trigger: Trigger.iban, IBANDetector.match).map { "iban:\($0)" }
        return out
    }

    @Test("finds exactly the expected values", arguments: [
        (#"127.0.0.1 - - [15/Jan/2024:10:30:45 +0000] "GET /index.html?id=42&ref=abc HTTP/1.1" 200 5123 "-" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/120.0.6099.129 Safari/537.36""#, []),
        (#"203.0.113.9 - bob [15/Jan/2024:10:30:45 +0100] "POST /api/v2/login HTTP/2.0" 401 12 0.004"#, ["ipv4:203.0.113.9"]),
        ("Jan 15 10:30:45 web01 sshd[23411]: Failed password for invalid user admin from 185.220.101.4 port 52344 ssh2", ["ipv4:185.220.101.4"]),
        ("Jan 15 10:30:45 web01 kernel: [12345.678901] eth0: link up, 1000 Mbps, full duplex, lpa 0x45E1", []),
        (#"{"ts":"2024-01-15T10:30:45.123456Z","level":"info","user_id":184467440737,"email":"Jane.Doe@Example.COM","ip":"2001:db8:85a3::8a2e:370:7334","duration_ms":1234}"#,
         ["email:Jane.Doe@Example.COM", "ipv6:2001:db8:85a3::8a2e:370:7334"]),
        (#"time=2024-01-15T10:30:45+01:00 level=debug msg="cache hit" key=sess:9f86d081884c7d65 ttl=3600 trace_id=4bf92f3577b34da6a3ce929d0e0e4736"#, []),
        ("2024-01-15 10:30:45,123 ERROR [main] c.e.PaymentService - charge failed card=4111 1111 1111 1111 amount=12.50 iban=DE89 3704 0044 0532 0130 00",
         ["card:4111 1111 1111 1111", "iban:DE89 3704 0044 0532 0130 00"]),
        ("java.lang.NullPointerException at com.example.Foo.bar(Foo.java:123) at java.base/java.lang.Thread.run(Thread.java:840)", []),
        ("pod nginx-7d9c6b5f4-abcde image sha256:3f786850e387550fdab836ed7e6dc881de23001b6c5d4e3f2a1b0c9d8e7f6a5b on 10.244.1.17:8080", ["ipv4:10.244.1.17"]),
        ("Installed: openssl-3.0.7-27.el9.x86_64 kernel-5.14.0-362.8.1.el9_3.x86_64 glibc-2.34.100.1", []),
        ("mac 3c:22:fb:12:34:56 vlan 100 lease 192.168.1.105 until 1705314645 netmask 255.255.255.0 gw 192.168.1.1",
         ["ipv4:192.168.1.105", "ipv4:192.168.1.1"]),
        ("Order #100045678912 placed by +1 (415) 555-2671 total 1,234.56 USD; tracking 1Z999AA10123456784", ["phone:+1 (415) 555-2671"]),
        ("Contact support at 1-800-555-0199 or +44 20 7946 0958, fax (212) 555-0143",
         ["phone:1-800-555-0199", "phone:+44 20 7946 0958", "phone:(212) 555-0143"]),
        ("ssn 123-45-6789 dob 1985-03-14 zip 94105-1234 phone 415.555.2671", ["phone:415.555.2671", "ssn:123-45-6789"]),
        ("GC pause 12.345ms heap 1024M->512M(2048M) 2024-01-15 10:30:45.678 uptime 3600.123s", []),
        ("uuid=123e4567-e89b-12d3-a456-426614174000 span=00f067aa0ba902b7 pid=4821 tid=4822", []),
        ("numbers 1 22 333 4444 55555 666666 7777777 88888888 999999999 1234567890 12345678901 123456789012", []),
        ("checksum md5=d41d8cd98f00b204e9800998ecf8427e sha1=da39a3ee5e6b4b0d3255bfef95601890afd80709", []),
        ("ratio 16:9 aspect 4:3 scale 1:2:3 at 2024-01-15 10:30", []),
        ("C++ std::vector<int>::iterator and Rust core::fmt::Display, Foo::new(), a::b::c", []),
        ("Version: 1.2.3.4 (build 5.6.7.8) git v2.43.0.windows.1 Python/3.11.4.1", []),
        ("ranges 10-20 100-200 1000-2000 pages 12-15 ports 8000-8100 30000-32767", []),
        ("durations 1h2m3s 250ms 1.5s elapsed=00:01:23.456", []),
        ("hexdump 00 1a 2b 3c 4d 5e 6f 70 81 92 a3 b4 c5 d6 e7 f8 06 12 34 56 78 9a", []),
        ("french 06 12 34 56 78 belgian 0470 12 34 56 german 030 1234 5678",
         ["phone:06 12 34 56 78", "phone:0470 12 34 56", "phone:030 1234 5678"]),
        ("ipv6 fe80::1ff:fe23:4567:890a%eth2 [2001:db8::1]:443 ::1 ::",
         ["ipv6:fe80::1ff:fe23:4567:890a", "ipv6:2001:db8::1"]),
        ("AWS AKIAIOSFODNN7EXAMPLE region EU1234567890123456 US12345678901234567890 GB29NWBK60161331926819", ["iban:GB29NWBK60161331926819"]),
        ("base64 dGhpcyBpcyBhIHRlc3QgMTIzNDU2Nzg5MDEyMzQ1Ng== QUJDRDEyMzQ1Njc4OTAxMjM0NTY3OA", []),
    ] as [(String, [String])])
    func line(_ line: String, _ expected: [String]) {
        #expect(Self.findings(line) == expected)
    }
}

@Suite("PII detector contract") struct PIIDetectorContractTests {
    typealias Match = @Sendable (Bytes, Int, Int) -> Range<Int>?
    static let detectors: [(String, Match)] = [
        ("email", EmailDetector.match), ("ipv4", IPv4Detector.match), ("ipv6", IPv6Detector.match),
        ("phone", PhoneDetector.match), ("card", PaymentCardDetector.match), ("ssn", SSNDetector.match),
        ("iban", IBANDetector.match),
    ]

    @Test("never matches below floor or past the trigger", arguments: [
        ("email", "x jane@x.com", 6), ("ipv4", "x 203.0.113.7", 2), ("ipv6", "x 2001:db8::1", 2),
        ("phone", "x +44 20 7946 0958", 2), ("card", "x 4111111111111111", 2), ("ssn", "x 123-45-6789", 2),
        ("iban", "x DE89370400440532013000", 2),
    ])
    func floor(_ name: String, _ text: String, _ at: Int) throws {
        let match = try #require(Self.detectors.first { $0.0 == name }?.1)
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { b in
            #expect(match(b, at, 0) != nil)
            #expect(match(b, at, at + 1) == nil)
        }
    }

    @Test("random input never traps and spans stay in bounds")
    func fuzz() {
        let alphabet = Array("0123456789012345.:-+() @%40abcdefABCDEFDEGBXZ[]/=\"".utf8)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<1500 {
            var s: [UInt8] = []
            for _ in 0..<48 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                s.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            s.withUnsafeBufferPointer { b in
                for (_, match) in Self.detectors {
                    for at in 0..<b.count {
                        if let r = match(b, at, 0) {
                            #expect(r.lowerBound >= 0 && r.lowerBound <= at && r.upperBound <= b.count && !r.isEmpty)
                        }
                    }
                }
            }
        }
    }
}
