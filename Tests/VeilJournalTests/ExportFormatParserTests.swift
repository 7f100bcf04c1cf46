import Testing
@testable import VeilJournal

@Suite("Journal Export Format parser")
struct ExportFormatParserTests {
    @Test("text and binary fields round-trip through serialize and parse")
    func roundTrip() {
        let entry = JournalExportFormat.Entry(fields: [
            (Array("MESSAGE".utf8), Array("hello".utf8)),
            (Array("DATA".utf8), Array("two\nlines".utf8)),
        ])
        var bytes: [UInt8] = []
        entry.serialize(into: &bytes)
        var parser = JournalExportFormat.Parser()
        parser.feed(bytes)
        let parsed = parser.next()
        #expect(parsed == entry)
        #expect(parser.next(atEnd: true) == nil)
    }
}
