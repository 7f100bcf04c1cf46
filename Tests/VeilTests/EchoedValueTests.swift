import Testing
@testable import Veil

/// A value that a key names, written again elsewhere in the same record (stop 35: the
/// copies were written raw).
@Suite("Copies of a key's value elsewhere on the line")
struct EchoedValueTests {
    @Test("every whole-word copy takes the key's replacement", arguments: [
        (#"{"@t":"2024-12-02T09:20:00.000Z","@mt":"Signed in {UserName}","@m":"Signed in \"hsato88\"","UserName":"hsato88"}"#, "hsato88"),
        (#"{"@mt":"Created customer {FirstName} {LastName}","@m":"Created customer \"Wanjiru\" \"Kamau\"","FirstName":"Wanjiru","LastName":"Kamau"}"#, "Wanjiru"),
        (#"{"@mt":"Created customer {FirstName} {LastName}","@m":"Created customer \"Wanjiru\" \"Kamau\"","FirstName":"Wanjiru","LastName":"Kamau"}"#, "Kamau"),
        (#"{"level":"info","message":"Password changed for hsato88","username":"hsato88"}"#, "hsato88"),
        ("SequelizeUniqueConstraintError: Validation error { fields: { username: 'dragan.petrovic' }, value: 'dragan.petrovic' }", "dragan.petrovic"),
        ("password=hunter2x retry hunter2x", "hunter2x"),
    ])
    func copies(_ line: String, _ value: String) {
        FuzzRegressionTests.expectText(line, value, replaced: true)
    }

    @Test("one value, one pseudonym: the copy and the key's value read the same")
    func samePseudonym() {
        let out = EngineFixtures.scrub(#"{"message":"Password changed for hsato88","username":"hsato88"}"#)
        let pseudonyms = out.split(separator: "\"").filter { $0.hasPrefix("username~test~") || $0.hasPrefix("Password changed for username~test~") }
            .map { String($0.suffix(30)) }
        #expect(pseudonyms.count == 2 && pseudonyms[0] == pseudonyms[1], "\(out)")
    }

    @Test("longer words, addresses, compounds and numbers that hold the value stay", arguments: [
        ("user=ann msg=\"annual report\" ann_b annex", "annual report\" ann_b annex"),
        ("user=bob bob@example.com bob-smith mybob", "bob-smith mybob"),
        ("user_id=42 took 42 ms", "took 42 ms"),
        ("user=web web.example.com", "web.example.com"),
    ])
    func kept(_ line: String, _ tail: String) {
        let out = FuzzRegressionTests.stable(line)
        #expect(out.hasSuffix(tail), "\(out)")
    }
}
