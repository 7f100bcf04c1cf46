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

/// Zeek's tab-separated logs, whose `#fields` header names the columns (stop 37: a helper's probe
/// of security tooling).
@Suite("Columns named by a Zeek header")
struct ZeekFieldLineTests {
    static func scrub(_ lines: [String]) -> [String] {
        var tracker = ZeekFieldLines()
        return scrubInOrder(lines, tracker: &tracker)
    }

    /// Scrubs `lines` in order as `veil scrub`'s stream reader does, `tracker` naming columns.
    static func scrubInOrder<Tracker: ColumnLineTracker>(_ lines: [String], tracker: inout Tracker) -> [String] {
        let scrubber = EngineFixtures.scrubber
        return lines.map { line in
            var out: [UInt8] = []
            var report = ScrubReport(for: scrubber)
            Array(line.utf8).withUnsafeBufferPointer { b in
                if let columns = tracker.columns(in: b, rules: scrubber.compiled) {
                    scrubber.scrubColumns(b, columns: columns, format: .auto, into: &out, report: &report)
                } else {
                    scrubber.scrub(line: b, format: .auto, into: &out, report: &report)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    static let ftp = ["#separator \\x09", "#fields\tts\tuid\tid.orig_h\tuser\tpassword\tcommand",
                      "1710167520.661209\tCUM0KZ3MLUfNB0cl11\t10.0.4.12\tsvc_backup\tWint3r-2024#ftp\tSTOR",
                      "1710167521.0\tCUM0KZ3MLUfNB0cl12\t10.0.4.13\t-\t-\tQUIT"]

    @Test("the user and password columns take their header's rules; unset values stay")
    func columns() {
        let out = Self.scrub(Self.ftp)
        #expect(out[1] == Self.ftp[1])
        #expect(!out[2].contains("svc_backup") && !out[2].contains("Wint3r"), "\(out[2])")
        #expect(out[2].hasSuffix("\t[REDACTED:secret]\tSTOR") && out[2].contains("\tusername~test~"), "\(out[2])")
        #expect(out[3].hasSuffix("\t-\t-\tQUIT"), "\(out[3])")
        #expect(Self.scrub(out) == out, "a second pass changes nothing")
    }

    @Test("a line with other columns, or after #close, is read as text")
    func otherLines() {
        let out = Self.scrub(Self.ftp + ["only\ttwo", "#close\t2024-03-11", "1\ta\tb\tsvc_backup\tWint3r-2024#ftp\tSTOR"])
        #expect(out[4] == "only\ttwo")
        #expect(out[6].contains("Wint3r-2024#ftp"), "no header is in force")
    }
}
