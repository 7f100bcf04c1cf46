import Testing
@testable import Veil

/// A change's new value: after an arrow (`phone: 555-0100 -> 555-0199`) and in audit records'
/// name/value entries (`{"attribute":"givenName","oldValue":"Ann","newValue":"Anne"}`).
/// Stop 30: the new value was written raw unless a detector knew its shape.
@Suite("Changed values: a -> b, oldValue/newValue")
struct ChangedValueTests {
    @Test("the new value after an arrow takes the key's rule", arguments: [
        ("phone: 555-0100 -> 555-0199", ["555-0100", "555-0199"], "phone: phone~test~"),
        ("user_id: 1234 => 5678 ok", ["1234", "5678"], "user_id: username~test~"),
        ("name: Ann Lee → Anne Leigh", ["Ann", "Anne", "Leigh"], "name: name~test~"),
        ("password: old1 -> new2", ["old1", "new2"], "password: [REDACTED:secret] -> [REDACTED:secret]"),
        (#"user: "ann" -> "bob""#, ["ann", "bob"], #"user: "username~test~"#),
    ])
    func arrow(_ line: String, _ values: [String], _ expected: String) {
        let out = FuzzRegressionTests.stable(line)
        for value in values { #expect(!out.contains(value), "\(out)") }
        #expect(out.hasPrefix(expected), "\(out)")
    }

    @Test("an arrow before a pair, or after a kept value, changes nothing else", arguments: [
        ("status: active -> suspended", "status: active -> suspended"),
        ("user=alice -> upstream=web1", "-> upstream=web1"),
        // A cache's value after its key: a structure, read by the scan (its `{` was taken as a token).
        (#"redis GET session:7f3a9c2e8b1d4f6a0e5c9b8a7d6f5e4c -> {"uid":991,"plan":"pro"}"#, #"-> {"uid":991,"plan":"pro"}"#),
        ("token: abc123def456 -> [1, 2]", "-> [1, 2]"),
    ])
    func arrowKept(_ line: String, _ kept: String) {
        FuzzRegressionTests.expectText(line, kept, replaced: false)
    }

    @Test("an audit record's old and new values take the rule the label names", arguments: [
        (#"{"attribute":"givenName","oldValue":"Ann","newValue":"Anne"}"#, ["Ann\"", "Anne"]),
        (#"{"changes":[{"field":"last_name","from":"Lee","to":"Li"}]}"#, ["Lee", "\"Li\""]),
        (#"audit: [{"key":"username","old":"ann","new":"bob"}]"#, ["ann", "bob"]),
        // Stop 35: Entra ID's modifiedProperties; an audit line's old=/new= about a password.
        (#"{"targetResources":[{"modifiedProperties":[{"displayName":"TemporaryPassword","oldValue":null,"newValue":"Welcome2024!Dv"}]}]}"#, ["Welcome2024!Dv"]),
        ("audit user_changed_password user=rajesh.iyer@infosys.com old=Chennai@2020 new=Chennai@2024", ["Chennai@2020", "Chennai@2024"]),
    ])
    func entries(_ line: String, _ values: [String]) {
        let out = FuzzRegressionTests.stable(line)
        for value in values { #expect(!out.contains(value), "\(out)") }
    }

    @Test("from/to entries whose label names no rule stay", arguments: [
        #"{"type":"transfer","from":"acct1","to":"acct2"}"#,
        #"audit: [{"field":"plan","old":"free","new":"pro"}]"#,
        "resize old=3 new=4 replicas", "password policy loaded; resize old=3 new=4",
    ])
    func entriesKept(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}
