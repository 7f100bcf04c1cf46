import Testing
import Veil
@testable import VeilJournal

@Suite("Journal entries scrubbed field by field")
struct JournalEntryScrubberTests {
    static let scrubber: Scrubber = try! Scrubber(rules: .default, keys: .test)

    static func entry(_ fields: [(String, String)]) -> JournalExportFormat.Entry {
        JournalExportFormat.Entry(fields: fields.map { (Array($0.0.utf8), Array($0.1.utf8)) })
    }

    static func scrub(_ fields: [(String, String)]) -> [String: String] {
        var report = ScrubReport(for: Self.scrubber)
        let out = JournalEntryScrubber.scrub(entry(fields), with: scrubber, report: &report)
        return Dictionary(out.fields.map { (String(decoding: $0.name, as: UTF8.self), String(decoding: $0.value, as: UTF8.self)) }, uniquingKeysWith: { a, _ in a })
    }

    @Test("a value a field's rule replaced is replaced in the message too, before or after the field")
    func echoesAcrossFields() {
        for order in [false, true] {
            var fields = [("MESSAGE", "Password changed for hsato88 by helpdesk"), ("USER_NAME", "hsato88"), ("_PID", "812")]
            if order { fields.reverse() }
            let out = Self.scrub(fields)
            let user = out["USER_NAME"] ?? ""
            #expect(user.hasPrefix("username~"), "\(out)")
            #expect(out["MESSAGE"] == "Password changed for \(user) by helpdesk", "\(out)")
            #expect(out["_PID"] == "812")
        }
    }

    @Test("a key's value in the message is replaced in another text field; kept fields stay as written")
    func echoesFromMessage() {
        let out = Self.scrub([("MESSAGE", "login ok user=dragan.petrovic"), ("CODE_FUNC", "dragan.petrovic"), ("_COMM", "dragan.petrovic")])
        let message = out["MESSAGE"] ?? ""
        #expect(!message.contains("dragan"), "\(out)")
        #expect(out["CODE_FUNC"].map { message.hasSuffix($0) && !$0.contains("dragan") } == true, "\(out)")
        #expect(out["_COMM"] == "dragan.petrovic")
    }

    @Test("values are not carried from one entry to the next")
    func echoesPerEntry() {
        var report = ScrubReport(for: Self.scrubber)
        _ = JournalEntryScrubber.scrub(Self.entry([("USER_NAME", "hsato88")]), with: Self.scrubber, report: &report)
        let next = JournalEntryScrubber.scrub(Self.entry([("MESSAGE", "hsato88 is a word here")]), with: Self.scrubber, report: &report)
        #expect(next.fields.map { String(decoding: $0.value, as: UTF8.self) } == ["hsato88 is a word here"])
    }
}
