import Testing
@testable import Veil

@Suite("Timestamp skip")
struct TimestampSkipTests {
    static func end(_ s: String, at i: Int = 0) -> Int? {
        Array(s.utf8).withUnsafeBufferPointer { TimestampSkip.end($0, i) }
    }

    @Test("ISO 8601 / RFC 3339 dates and times and clock times are stepped over whole",
          arguments: ["2024-05-12", "2024-05-12T07:50", "2024-05-12T07:50:25", "2024-05-12T07:50:25.109Z",
                      "2024-05-12 07:50:25,109", "2024-05-12T07:50:25.123456789+02:00", "2024-05-12T07:50:25-0500",
                      "2024-05-12T07:50:25+05", "07:50:25", "07:50:25.5"])
    func skipped(_ timestamp: String) {
        #expect(Self.end(timestamp) == timestamp.utf8.count, "\(timestamp)")
        #expect(Self.end(timestamp + " next") == timestamp.utf8.count, "\(timestamp)")
        #expect(Self.end(timestamp + "\"}") == timestamp.utf8.count, "\(timestamp)")
    }

    @Test("anything that continues the timestamp is not skipped",
          arguments: ["2024-05-12@example.com", "07:50:25=x", "2024-05-120", "07:50:25:1", "12:34:56::1", "07:50",
                      "2024-05-12T07:50:25.1234567890Z", "2024-5-12", "07:50:25x", "2024-05-12T07:50:25Zulu"])
    func notSkipped(_ text: String) {
        #expect(Self.end(text) == nil, "\(text)")
    }

    @Test("findings next to timestamps are still found")
    func neighbours() {
        let s = EngineFixtures.scrubber
        let cases = [
            "2024-05-12 10:00:00 login jane@example.com": "jane@example.com",
            "10:13:11 card 4111 1111 1111 1111 ok": "4111 1111 1111 1111",
            "at 2024-05-12T07:50:25Z user=bob from 203.0.113.7": "203.0.113.7",
            "12:34:56::1 connected": "12:34:56::1",
            "May  1 10:50:34 web01 sshd[1]: Failed password for root from 198.51.100.23 port 22 ssh2": "198.51.100.23",
            "{\"ts\":\"2024-05-12T07:50:25.109Z\",\"ip\":\"2001:db8::1\"}": "2001:db8::1",
        ]
        for (line, secret) in cases {
            let out = s.scrub(line).output
            #expect(!out.contains(secret), "\(line) → \(out)")
        }
        #expect(s.scrub("2024-05-12T07:50:25.109Z started").output == "2024-05-12T07:50:25.109Z started")
    }
}
