import Testing
@testable import Veil

/// Values whose key the line before names: Kubernetes `env` lists and pretty-printed HAR entries
/// (stop 37: helpers' probes of CI/CD and front-end logs).
@Suite("Values named on the line before")
struct NamedValueLineTests {
    /// Feeds `lines` to a tracker in order and scrubs each as the stream reader does.
    static func scrub(_ lines: [String]) -> [String] {
        let scrubber = EngineFixtures.scrubber
        var tracker = NamedValueLines()
        return lines.map { line in
            let bytes = Array(line.utf8)
            var out: [UInt8] = []
            var report = ScrubReport(for: scrubber)
            bytes.withUnsafeBufferPointer { b in
                if let hit = tracker.namedValue(in: b, rules: scrubber.compiled) {
                    scrubber.scrubNamedValueLine(b, value: hit.value, rule: hit.rule, format: .auto, into: &out, report: &report)
                } else {
                    scrubber.scrub(line: b, format: .auto, into: &out, report: &report)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    @Test("a secret named on the line before is replaced, its line's shape kept")
    func kubernetesEnv() {
        let out = Self.scrub(["        - name: DB_PASSWORD", "          value: Kub3-S3cret!", "        - name: LOG_LEVEL", "          value: debug",
                              "        - name: API_TOKEN", "          value: \"tok_8f3e2a1b4c5d6e7f\""])
        #expect(out[0] == "        - name: DB_PASSWORD")
        #expect(out[1] == "          value: [REDACTED:secret]")
        #expect(out[2] == "        - name: LOG_LEVEL")
        #expect(out[3] == "          value: debug")
        #expect(out[5].hasPrefix("          value: \"token~test~") && out[5].hasSuffix("\""), "\(out[5])")
        #expect(Self.scrub(out) == out, "a second pass changes nothing")
    }

    @Test("HAR form fields, cookies and headers printed one field per line")
    func harEntries() {
        let out = Self.scrub(["                  \"name\": \"password\",", "                  \"value\": \"Kiwi!Fern2024\"",
                              "      \"name\": \"sessionid\",", "      \"value\": \"9s8d7f6g5h4j3k2l1qwertyuiopasdfg\",",
                              "      \"name\": \"Accept\",", "      \"value\": \"application/json\""])
        #expect(out[0] == "                  \"name\": \"password\",")
        #expect(out[1] == "                  \"value\": \"[REDACTED:secret]\"")
        #expect(out[3].hasPrefix("      \"value\": \"token~test~") && out[3].hasSuffix("\","), "\(out[3])")
        #expect(out[5] == "      \"value\": \"application/json\"")
        #expect(Self.scrub(out) == out, "a second pass changes nothing")
    }

    @Test("only the very next line is the named value")
    func nextLineOnly() {
        let out = Self.scrub(["- name: DB_PASSWORD", "  valueFrom:", "    value: not-the-password", "- name: DB_PASSWORD", "", "  value: later"])
        #expect(out[2] == "    value: not-the-password")
        #expect(out[5] == "  value: later")
    }

    @Test("under a name key, an identifier that names a field is kept; a person's name is not", arguments: [
        ("- name: DB_PASSWORD", true), ("\"name\": \"password\",", true), ("name: LOG_LEVEL", true), (#"{"name":"first_name","type":"string"}"#, true),
        ("name: Jane Doe", false), ("name: jane.doe", false), ("name: Nome", false),
    ])
    func nameKeyIdentifier(_ line: String, _ kept: Bool) {
        #expect((FuzzRegressionTests.stable(line) == line) == kept)
    }
}
