import Testing
@testable import Veil

/// Probe finding (stop 38, health): `Patient: Maria Garcia Room: 4W` kept the family name — the
/// name and the next label were read as a two-word label (`Account Name:`).
@Suite("A labelled name before another label") struct LabelledNameTests {
    @Test("the whole name is replaced", arguments: [
        ("Patient: Maria Garcia Room: 4W", "Garcia"),
        ("Subscriber: Ahmed Al-Farsi Group: 0012345", "Al-Farsi"),
        ("Customer: Olufemi Adeyemi Order: 123", "Adeyemi"),
    ])
    func wholeName(_ line: String, _ family: String) {
        FuzzRegressionTests.expectText(line, family, replaced: true)
    }

    @Test("Windows' two-word labels stay labels", arguments: [
        ("Account Name: Jane Account Domain: CORP", "Account Domain: CORP"),
        ("Account Name: Jane Logon ID: 0x3E7", "Logon ID: 0x3E7"),
        ("Account Name: Jane Security ID: S-1-5-21", "Security ID: S-1-5-21"),
    ])
    func labels(_ line: String, _ kept: String) {
        FuzzRegressionTests.expectText(line, kept, replaced: false)
    }
}
