import Testing
@testable import Veil

/// Validation and lookup errors that quote the rejected value next to the field's name:
/// Joi, Spring's binding errors, click's option errors, `with username '…'`.
@Suite("validation messages")
struct ValidationMessageTests {
    // Analytics and crash-reporting SDKs name the user in a call (stop 34: written raw).
    @Test("an SDK's user identifier takes the user rule; a variable stays", arguments: [
        (#"FirebaseCrashlytics.getInstance().setUserId("dang.vanlam")"#, "dang.vanlam"),
        ("D/FirebaseCrashlytics: Setting user identifier: dang.vanlam", "dang.vanlam"),
        (#"mixpanel.identify("dang.vanlam")"#, "dang.vanlam"),
        ("analytics.identify('dang.vanlam', { plan: 'pro' })", "dang.vanlam"),
        ("Amplitude: setUserId(dang.vanlam)", "dang.vanlam"),
    ])
    func sdkUser(_ line: String, _ user: String) {
        let out = FuzzRegressionTests.expectText(line, user, replaced: true)
        #expect(out.contains("username~test~"), "\(out)")
        #expect(FuzzRegressionTests.stable("identify(user) setUserId(uid)") == "identify(user) setUserId(uid)")
    }

    @Test("the rejected value takes its field's rule", arguments: [
        (#"ValidationError: "password" with value "hunter2x" fails to match the required pattern"#, "hunter2x", "[REDACTED:secret]"),
        (#"ValidationError: "email" with value "jo@example.com" fails"#, "jo@example.com", "email~test~"),
        ("Field error in object 'userForm' on field 'password': rejected value [secret123]; codes [Size.userForm.password]; arguments []", "secret123", "[REDACTED:secret]"),
        ("Field error in object 'userForm' on field 'username': rejected value [jdoe42]; codes [NotBlank]", "jdoe42", "username~test~"),
        ("on field 'password': rejected value [no close", "no close", "[REDACTED:secret]"),
        (#"Error: Invalid value for "--password": "clipw-987" is too short"#, "clipw-987", "[REDACTED:secret]"),
        ("Error: Invalid value for '--api-key': 'k-123abc'", "k-123abc", "[REDACTED:secret]"),
        ("could not find user with username 'ghost_user' in tenant 5", "ghost_user", "username~test~"),
        ("login 'jdoe' failed", "jdoe", "username~test~"),
        ("WARNING: Invalid phone '555-0123' for contact 77", "555-0123", "phone~test~"),
        (#"Phone "(555) 010-9999" rejected"#, "010-9999", "phone~test~"),
    ])
    func rejectedValue(_ line: String, _ value: String, _ replacement: String) {
        let out = FuzzRegressionTests.expectText(line, value, replaced: true)
        #expect(out.contains(replacement), "\(out)")
    }

    @Test("values of fields no rule names stay", arguments: [
        #"ValidationError: "limit" with value "500" fails"#,
        "Field error in object 'form' on field 'age': rejected value [-3]; codes [Min]",
        #"Error: Invalid value for "--port": "abc""#,
        "with value \"a\"",
    ])
    func kept(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}
