import Testing
@testable import Veil

/// Keys whose values are harmless in most lines but hold a credential or a person in a
/// known context (`Scrubber+ContextualKeys.swift`), and the other realistic lines probed in
/// stop 22.
@Suite("Contextual keys") struct ContextualKeyTests {
    @Test("a name under a uid-style key, a Digest response and an OAuth code in logfmt are replaced", arguments: [
        ("GET /index.html 200 - Mozilla/5.0 uid=jane.doe&session=x", "jane.doe"),
        ("uid=1000(alice) gid=1000(alice) groups=1000(alice),27(sudo)", "alice"),
        (#"type=SYSCALL msg=audit(1732960000.1:7): auid=1000 uid=0 exe="/usr/bin/sudo" AUID="carol" UID="root""#, "carol"),
        (#"Authorization: Digest username="bob", realm="api", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", uri="/x", response="6629fae49393a05397450978507c4ef1""#, "6629fae49393a05397450978507c4ef1"),
        (#"REGISTER sip:pbx SIP/2.0 Authorization: Digest username="1001",realm="asterisk",nonce="1a2b",uri="sip:pbx",response=6629fae49393a05397450978507c4ef1,algorithm=MD5"#, "6629fae49393a05397450978507c4ef1"),
        (#"ts=2026-11-30T10:00:00Z msg="oauth callback" code=4/0AY0e-g7AbCdEfGhIjKlMnOp state=xyz123"#, "4/0AY0e-g7AbCdEfGhIjKlMnOp"),
        // iCalendar's CN parameter: an attendee's or organiser's name (stop 34).
        ("ATTENDEE;CN=Chidi Okeke;PARTSTAT=DECLINED:mailto:chidi@acme.io", "Chidi Okeke"),
        (#"ORGANIZER;CN="Nguyễn Thị Hương":mailto:x@y.vn"#, "Hương"),
        // A phone number under an SMS gateway's From/To (stop 34).
        ("plivo.callback From=919845012345 To=918067891234 CallStatus=completed", "919845012345"),
        ("twilio: From=%2B14155550100&To=%2B14155550199&Body=hi", "14155550100"),
        // A one-time code in a link's query (stop 34).
        (#""GET /verify?email=priya%40example.com&code=839201 HTTP/1.1" 200"#, "839201"),
        // A .netrc entry (stop 23): the account after `machine HOST login`.
        ("machine api.github.com login octocat password ghp_notreal1234567890", "octocat"),
        (#"{"out":"machine 10.0.0.5  login bob.smith\npassword x"}"#, "bob.smith"),
    ])
    func replaced(_ line: String, _ secret: String) {
        for out in FuzzRegressionTests.stableAsLogfmtAndText(line) { #expect(!out.contains(secret), "\(out)") }
    }

    @Test("numbers, ids and look-alikes under those keys stay", arguments: [
        ("type=SYSCALL auid=1000 uid=0 gid=0 euid=0 ses=3", "auid=1000 uid=0 gid=0 euid=0"),
        ("uid=550e8400-e29b-41d4-a716-446655440000 done", "550e8400-e29b-41d4-a716-446655440000"),
        ("uid=null guid=abc123", "uid=null guid=abc123"),
        ("groups=1000(alice),27(sudo)", ",27(sudo)"),
        ("exit code=ERR_CONNECTION_REFUSED_12345 done", "ERR_CONNECTION_REFUSED_12345"),
        ("GET /error?code=404 HTTP/1.1; exit code=839201", "code=404 HTTP/1.1; exit code=839201"),
        ("epoch from=1700000000123 to=1700000099 cdr src=1001 dst=2002", "from=1700000000123 to=1700000099 cdr src=1001 dst=2002"),
        ("response=6629fae49393a05397450978507c4ef1 (no Digest header)", "6629fae49393a05397450978507c4ef1"),
        ("login octocat failed; retry login sequence", "login octocat failed; retry login sequence"),
    ])
    func kept(_ line: String, _ kept: String) {
        for out in FuzzRegressionTests.stableAsLogfmtAndText(line) { #expect(out.contains(kept), "\(out)") }
    }

    @Test("a data class's closing parenthesis after a phone value is not part of the number", arguments: [
        "Customer(id=42, phone=+14155550123)", "Customer(id=42, email=eva@example.com, phone=+33 6 12 34 56 78)",
    ])
    func phoneBeforeClosingParenthesis(_ line: String) {
        for out in FuzzRegressionTests.stableAsLogfmtAndText(line) {
            #expect(out.hasSuffix(")") && !out.contains("12 34") && !out.contains("4155550123"), "\(out)")
        }
    }

    @Test("name/value entries: the value takes the label's rule, once; a value written before its label is scanned as usual")
    func jsonEntries() {
        let line = #"{"env":[{"name":"DB_PASSWORD","value":"hunter2"},{"name":"LOG_LEVEL","value":"debug"}],"spec":[{"type":"string","name":"password","value":"s3cret99"}]}"#
        let once = EngineFixtures.scrub(line, format: .json)
        #expect(!once.contains("hunter2") && !once.contains("s3cret99"), "\(once)")
        #expect(once.contains(#"{"name":"LOG_LEVEL","value":"debug"}"#), "\(once)")
        #expect(EngineFixtures.scrub(once, format: .json) == once)
        // Serialisers that sort keys write the label first; the other order is a documented limit.
        let reversed = #"{"env":[{"value":"debug","name":"LOG_LEVEL"}]}"#
        #expect(EngineFixtures.scrub(reversed, format: .json) == reversed)
    }

    @Test("name/value entries inside a text line: the value takes the label's rule, the label stays", arguments: [
        (#"env: [{"name":"POSTGRES_PASSWORD","value":"PgEnv!2026"},{"name":"LOG_LEVEL","value":"debug"}]"#, "PgEnv!2026", #"{"name":"LOG_LEVEL","value":"debug"}"#),
        (#"env: [{"name":"POSTGRES_PASSWORD","value":"PgEnv!2026"}]"#, "PgEnv!2026", #""name":"POSTGRES_PASSWORD""#),
        (#"tags [{"Key": "db_password", "Value": "Tag!Secret9"}, {"Key": "team", "Value": "core"}]"#, "Tag!Secret9", #"{"Key": "team", "Value": "core"}"#),
        (#"attrs={"Name":"email","Value":"kofi.m@example.gh"} ok"#, "kofi.m@example.gh", #""Name":"email""#),
        (#"spec {"name":"api_key","value":12345678901234} x"#, "12345678901234", #""name":"api_key""#),
        // Not an entry: a person's name, a value before its label, a value that is an object.
        (#"user: {"name":"Jane Doe","value":"gold"}"#, "Jane Doe", #""value":"gold""#),
        // A label that holds what a detector finds is no field name: it is not kept raw.
        (#"env: [{"name":"4111111111111111/password","value":"x1"}]"#, "4111111111111111", #""value":"#),
        (#"env: [{"name":"a.eyJhbGciOiJIUzI1NiJ9.password","value":"x2"}]"#, "eyJhbGciOiJIUzI1NiJ9", #""value":"#),
    ])
    func textEntries(_ line: String, _ secret: String, _ kept: String) {
        let once = FuzzRegressionTests.expectText(line, secret, replaced: true)
        #expect(once.contains(kept), "\(once)")
    }
}
