import Testing
@testable import Veil

/// Accounts named in sentences — `my login is praman`, Jenkins' `Started by user kwhitfield`
/// — as support tickets and CI servers log them (probe stop 42).
@Suite("Accounts named in prose")
struct ProseAccountTests {
    @Test("the account after `username is` / `login is` is pseudonymised", arguments: [
        ("Hi, my login is praman and I reset my password", "praman"),
        ("my username is praman and", "praman"),
        ("Your username is: jdoe42.", "jdoe42"),
        (#"the username is "j.smith" now"#, "j.smith"),
        ("ticket: user says their login is tnguyen_ext", "tnguyen_ext"),
    ])
    func accountAfterIs(_ line: String, _ account: String) {
        let out = FuzzRegressionTests.expectText(line, account, replaced: true)
        #expect(out.contains("username~test~"), "\(out)")
    }

    @Test("a word about the account stays", arguments: [
        "Login is handled by SSO",
        "Login is invalid",
        "the login is successful",
        "my login is blocked",
        "username is required",
        "Username is already taken",
        "username is case sensitive",
        "login is 8 characters",
    ])
    func stateWordStays(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }

    @Test("the lower-case account after an action's `by user` is pseudonymised", arguments: [
        ("Started by user kwhitfield", "kwhitfield"),
        ("Aborted by user anonymous2", "anonymous2"),
        ("Job 42 deleted by user jdoe42.", "jdoe42"),
    ])
    func accountAfterByUser(_ line: String, _ account: String) {
        let out = FuzzRegressionTests.expectText(line, account, replaced: true)
        #expect(out.contains("username~test~"), "\(out)")
    }

    @Test("prose after `by user` stays", arguments: [
        "Connection closed by user request",
        "Cancelled by user action",
        "caused by user error",
        "denied by user policy",
        "rejected by user code",
        "aborted by user",
        "blocked by user settings",
    ])
    func byUserProseStays(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}

/// The account printed after its owner's name, and other shapes of stop 42's probes.
@Suite("Accounts after names, machine principals, class names")
struct AccountAfterNameTests {
    @Test("the account after its owner's name is pseudonymised", arguments: [
        ("Started by user Karen Whitfield (kwhitfield)", "kwhitfield"),
        ("Assigned to Karen Whitfield (karen.whitfield2)", "karen.whitfield2"),
        ("owner: Karen Whitfield <kwhitfield>", "kwhitfield"),
    ])
    func accountAfterName(_ line: String, _ account: String) {
        let out = FuzzRegressionTests.expectText(line, account, replaced: true)
        #expect(out.contains("username~test~"), "\(out)")
    }

    @Test("another word in parentheses after a name stays", arguments: ["Karen Whitfield (admin)", "Karen Whitfield (deleted)"])
    func otherWordStays(_ line: String) {
        let out = FuzzRegressionTests.stable(line)
        #expect(out.hasSuffix(line.hasSuffix("(admin)") ? "(admin)" : "(deleted)"), "\(out)")
    }

    @Test("FreeRADIUS: a machine's principal is one account; the password after it is redacted")
    func radiusMachinePrincipal() {
        let ok = FuzzRegressionTests.stable("radiusd[1200]: (15) Login OK: [host/LAPTOP-4K2J.corp.example.com] (from client ap-floor3 port 0)")
        #expect(!ok.contains("[REDACTED") && !ok.contains("LAPTOP-4K2J"), "\(ok)")
        let bad = FuzzRegressionTests.expectText("Login incorrect (Failed): [host/LAPTOP-4K2J.corp.example.com/S3cret!] (from client ap port 0)", "S3cret!", replaced: true)
        #expect(bad.contains("[REDACTED:"), "\(bad)")
    }

    @Test("a class's name and a Zipkin span's name stay", arguments: [
        #"{"uuid":"7d3c1e2f-0000-4000-8000-000000000001","displayName":"App\\Jobs\\SyncCrmContact","job":"x"}"#,
        #"{"traceId":"463ac35c9f6413ad48485a3953bb6124","id":"a2fb4a1d1a96d312","name":"query","kind":"CLIENT"}"#,
    ])
    func codeNameStays(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }

    @Test("a person's display name is still replaced")
    func displayNameReplaced() {
        _ = FuzzRegressionTests.expectText(#"{"name":"Jane Doe","displayName":"Jane Doe"}"#, "Jane Doe", replaced: true)
    }
}
