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
