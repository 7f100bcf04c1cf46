import Testing
@testable import Veil

/// Validation errors that quote an identity number right after its label (probe stop 41).
@Suite("Identity numbers quoted after their label")
struct QuotedIdentityNumberTests {
    @Test("the quoted number is redacted", arguments: [
        ("ValueError: invalid national id '850101-1234567' for user x", "850101-1234567"),
        (#"passport number "X1234567" is expired"#, "X1234567"),
        ("rejected tax id '12-3456789'", "12-3456789"),
        ("Invalid ID number '9001015009087'", "9001015009087"),
        ("driver's license 'D123-4567-8901' not found", "D123-4567-8901"),
    ])
    func redacted(_ line: String, _ value: String) {
        let out = FuzzRegressionTests.expectText(line, value, replaced: true)
        #expect(out.contains("[REDACTED:"), "\(out)")
    }

    @Test("a quoted word with few digits, or a label glued to a word, stays", arguments: [
        "passport 'expired'",
        "id number 'abc'",
        "national id 'NID-12'",
        "rapid number '12345678'",
    ])
    func stays(_ line: String) {
        let out = FuzzRegressionTests.stable(line)
        #expect(out == line, "\(out)")
    }
}
