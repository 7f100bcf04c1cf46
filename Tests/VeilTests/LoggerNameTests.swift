import Testing
@testable import Veil

/// Bunyan, pino and Python's JSON formatters put the logger's name under a top-level `name`,
/// the key the default pack pseudonymises as a person's name.
@Suite("a top-level name that reads as a logger's name")
struct LoggerNameTests {
    @Test("a logger's name is kept (and still scanned)", arguments: [
        (#"{"name":"payments-service","hostname":"web-1","pid":1,"level":30,"msg":"listening","v":0}"#, "payments-service"),
        (#"{"name":"uvicorn.error","levelname":"INFO","message":"started"}"#, "uvicorn.error"),
        (#"{"name":"root","hostname":"h","pid":7,"msg":"x"}"#, "root"),
        (#"{"name":"app","levelname":"INFO"}"#, "app"),
        (#"{"level":30,"name":"api2","hostname":"h","pid":3,"msg":"ok"}"#, "api2"),
    ])
    func loggerNameKept(_ line: String, _ name: String) {
        FuzzRegressionTests.expectText(line, "\"name\":\"\(name)\"", replaced: false)
    }

    @Test("a person's name, an account or a nested name is replaced as before", arguments: [
        (#"{"name":"jdoe"}"#, "jdoe"),
        (#"{"event":"signup","name":"jsmith2"}"#, "jsmith2"),
        (#"{"name":"jane.doe","event":"login"}"#, "jane.doe"),
        (#"{"name":"jean-luc"}"#, "jean-luc"),
        (#"{"name":"Jane Doe"}"#, "Jane Doe"),
        (#"{"name":"smith","hostname":"h","pid":1}"#, "smith"),
        (#"{"user":{"name":"svc-a1"}}"#, "svc-a1"),
    ])
    func personNameReplaced(_ line: String, _ name: String) {
        FuzzRegressionTests.expectText(line, name, replaced: true)
    }

    @Test("in a text line, a service's name under `name` is kept; a person's is replaced", arguments: [
        ("2024-06-01 INFO name=checkout-service version=2.3.1", "checkout-service", false),
        ("2024-06-01 INFO name: payments-worker", "payments-worker", false),
        (#"job {"name":"app.api","v":1}"#, "app.api", false),
        ("2024-06-01 INFO name=jane-doe", "jane-doe", true),
        ("2024-06-01 INFO name=Ann-Lee ok", "Ann-Lee", true),
        ("2024-06-01 INFO name=jdoe", "jdoe", true),
        ("2024-06-01 INFO full_name=checkout-service", "checkout-service", true),
    ])
    func textName(_ line: String, _ value: String, _ replaced: Bool) {
        FuzzRegressionTests.expectText(line, value, replaced: replaced)
    }

    @Test("a kept logger name is still scanned by the detectors")
    func keptNameScanned() {
        FuzzRegressionTests.expectText(#"{"name":"svc:192.0.2.7","hostname":"h","pid":1}"#, "192.0.2.7", replaced: true)
    }

    @Test("Python's `LEVEL logger: message`: a logger named like a key, then a sentence, is no pair", arguments: [
        ("2024-05-01 10:00:00,123 WARNING auth: Failed login for a@example.org", "Failed"),
        ("2024-05-01 10:00:00,123 INFO user: Created account for bob", "Created"),
        ("2024-05-01 10:00:00,123 ERROR session: Expired session cleanup failed", "Expired"),
        ("2024-05-01 10:00:00,123 DEBUG token: Refreshing access token", "Refreshing"),
        ("INFO:auth:Login succeeded", "Login"),
        ("WARNING:password:Password reset requested", "Password"),
        ("[ERROR] app.auth: Invalid credentials supplied", "Invalid"),
        // A module path of three parts: a logger whatever word the message starts with (stop 41).
        ("2026-12-01 10:00:05,123 WARNING django.security.csrf: Forbidden (CSRF token missing.): /accounts/login/", "Forbidden"),
        ("INFO app.session.token: Rotated (generation 4)", "Rotated"),
    ])
    func loggerNameBeforeSentence(_ line: String, _ word: String) {
        FuzzRegressionTests.expectText(line, word, replaced: false)
    }

    @Test("after a level, a value that is no sentence's first word is still a value", arguments: [
        ("2024-05-01 10:00:00,123 WARNING token: 9f8e7d6c5b4a39281706f5e4d3c2b1a0", "9f8e7d6c5b4a39281706f5e4d3c2b1a0"),
        ("2024-05-01 10:00:00,123 INFO password: hunter2 accepted", "hunter2"),
        ("2024-05-01 10:00:00,123 INFO password: Summer", "Summer"),
        ("INFO:password:letmein", "letmein"),
        ("2024-05-01 10:00:00,123 INFOX password: swordfish word", "swordfish"),
        // `%(levelname)s %(message)s` with a message that starts with a pair.
        ("2024-05-01 10:00:00,123 ERROR password: Sunshine rejected for bob", "Sunshine"),
        ("ERROR token: abcdefgh expired", "abcdefgh"),
        // A dotted name that ends in a password's name, and a module path before a token.
        ("ERROR app.auth.password: Sunshine rejected", "Sunshine"),
        ("ERROR app.db.secret_key: Sunshine rejected", "Sunshine"),
        ("INFO myapp.session.token: abc123def456ghi789 issued", "abc123def456ghi789"),
    ])
    func valueAfterLevelStillScrubbed(_ line: String, _ value: String) {
        FuzzRegressionTests.expectText(line, value, replaced: true)
    }
}
