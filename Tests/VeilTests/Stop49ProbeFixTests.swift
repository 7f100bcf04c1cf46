import Testing
@testable import Veil

/// Stop 49's probes: an account in parentheses after a name with accents, and the fixes for
/// the helpers' rounds of this stop.
@Suite("Stop 49 probe fixes")
struct Stop49ProbeFixTests {
    @Test("the value is replaced", arguments: [
        ("User Sébastien Lefèvre (sebastien.lefevre) changed password", "sebastien.lefevre"),
        ("Approved by Tomáš Dvořák (tdvorak)", "tdvorak"),
    ])
    func replaced(_ line: String, _ raw: String) {
        FuzzRegressionTests.expectText(line, raw, replaced: true)
    }

    @Test("what only looks like these stays", arguments: [
        ("Approved by Tomáš Dvořák (admin)", "(admin)"),
        ("Assigned to Émile Zola (deleted)", "(deleted)"),
    ])
    func kept(_ line: String, _ text: String) {
        FuzzRegressionTests.expectText(line, text, replaced: false)
    }
}
