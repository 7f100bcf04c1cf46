import Testing
@testable import Veil

/// CSV tables written into a log with their header line (stop 52: exports in the helpers' probes of
/// ticketing, payroll, education and transit logs).
@Suite("Columns named by a CSV header")
struct CSVHeaderColumnsTests {
    static func scrub(_ lines: [String]) -> [String] {
        var tracker = CSVHeaderColumns()
        return ZeekFieldLineTests.scrubInOrder(lines, tracker: &tracker)
    }

    static let export = [
        "\"Confirmation Number\",\"First Name\",\"Last Name\",\"Email Address\",\"Company Name\",\"Registration Type\"",
        "\"K7XZ9PL4QRM\",\"Aoife\",\"Brennan\",\"aoife@example.ie\",\"Acme\",\"VIP\"",
        "\"M2RT8VQ5WXN\",\"Kwame\",\"Mensah\",\"\",\"Beta, \"\"the\"\" Co\",\"Standard\"",
    ]

    @Test("the name columns take their header's rules; other columns and empty values stay")
    func quotedColumns() {
        let out = Self.scrub(Self.export)
        #expect(out[0] == Self.export[0])
        for raw in ["Aoife", "Brennan", "aoife@example.ie", "Kwame", "Mensah"] { #expect(!out.joined().contains(raw), "\(out)") }
        #expect(out[1].hasPrefix("\"K7XZ9PL4QRM\",\"name~test~") && out[1].hasSuffix(",\"Acme\",\"VIP\""), "\(out[1])")
        #expect(out[2].hasSuffix(",\"\",\"Beta, \"\"the\"\" Co\",\"Standard\""), "\(out[2])")
        #expect(Self.scrub(out) == out, "a second pass changes nothing")
    }

    @Test("unquoted and semicolon-separated tables; a row with another field count ends the table", arguments: [
        (["id,first_name,last_name,email", "1,Anna,Schmidt,a@b.de", "only,three,fields", "2,Bernd,Vogel,x"], "Vogel"),
        (["Kundennummer;Vorname;Nachname;Ort", "K-1;Jürgen;Weißhaupt;Köln", "done", "K-2;alpha;beta;Bonn"], "K-2;alpha;beta;Bonn"),
    ])
    func tableEnds(_ lines: [String], _ afterEnd: String) {
        let out = Self.scrub(lines)
        #expect(!out[1].contains("Schmidt") && !out[1].contains("Weißhaupt"), "\(out[1])")
        #expect(out[2] == lines[2])
        #expect(out[3].contains(afterEnd), "no header is in force: \(out[3])")
    }

    @Test("log lines are no header", arguments: [
        "Mar 12 14:51:44 host sshd[1]: Accepted publickey for deploy",
        "INFO,WARN,ERROR counts follow",
        "status,count,duration_ms",
        "2024-06-01,name,email",
        "a@b.com,c@d.com,e@f.com",
    ])
    func noHeader(_ line: String) {
        var tracker = CSVHeaderColumns()
        Array(line.utf8).withUnsafeBufferPointer { _ = tracker.columns(in: $0, rules: EngineFixtures.scrubber.compiled) }
        #expect(!tracker.isActive, "\(line)")
    }
}
