import Testing
@testable import Veil

@Suite("SSNDetector") struct SSNDetectorTests {
    static func find(_ s: String) -> [String] { findAll(s, trigger: Trigger.ssn, SSNDetector.match) }

    @Test("finds SSNs", arguments: [
        ("ssn=123-45-6789", "123-45-6789"),
        (#"{"ssn":"078-05-1120"}"#, "078-05-1120"),
        ("SSN 219 09 9999.", "219 09 9999"),
        ("(123-45-6789)", "123-45-6789"),
        ("ssn: 899-99-9999,", "899-99-9999"),
    ])
    func positive(_ input: String, _ expected: String) {
        #expect(Self.find(input) == [expected])
    }

    @Test("ignores never-issued ranges and other shapes", arguments: [
        "000-12-3456 666-12-3456 900-12-3456 999-12-3456",
        "123-00-4567 123-45-0000",
        "phone 415-555-2671",
        "date 2024-01-15",
        "123-45-67890",
        "123-45-6789-1",
        "9123-45-6789",
        "x-123-45-6789",
        "123 45 6789 0",
        "1 123 45 6789",
        "123-45 6789",
        "12-345-6789",
        "1.123-45-6789",
    ] + commonNegatives)
    func negative(_ input: String) {
        #expect(Self.find(input) == [])
    }
}
