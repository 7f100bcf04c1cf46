import Testing
@testable import Veil

/// `login:`, `user:` and `account:` before a date or an outcome word label a message; they
/// hold no account there.
@Suite("login labels before a date or an outcome")
struct LoginOutcomeLabelTests {
    @Test("the date or the outcome word stays", arguments: [
        "Last login: Tue Dec  1 10:00:00 2024 from ",
        "Identity: failed login: invalid password (attempt 3)",
        "user: unknown",
        "account: invalid",
    ])
    func kept(_ prefix: String) {
        let line = prefix.hasSuffix("from ") ? prefix + "pts/0" : prefix
        #expect(FuzzRegressionTests.stable(line) == line)
    }

    @Test("an account after the same keys is still replaced", arguments: [
        ("login: jdoe", "jdoe"),
        ("Successful login: jdoe", "jdoe"),
        ("user: Tue", "Tue"),
        ("login=invalid", "invalid"),
        ("userpass: wrong", "wrong"),
    ])
    func replaced(_ line: String, _ account: String) {
        FuzzRegressionTests.expectText(line, account, replaced: true)
    }
}
