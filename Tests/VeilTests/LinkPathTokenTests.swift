import Testing

@testable import Veil

/// Tokens in password-reset, verification, invitation and share links (access logs).
@Suite("Capability-link tokens in URL paths")
struct LinkPathTokenTests {
    @Test("the token of a reset, verification or invitation link is replaced", arguments: [
        (#"GET /users/12345/reset-password/5f1d7a2c9e8b4a6f3c2d1e0f9a8b7c6d HTTP/1.1" 200"#, "5f1d7a2c9e8b4a6f3c2d1e0f9a8b7c6d"),
        ("GET /password/reset/0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0?x=1 HTTP/1.1", "0f1e2d3c4b5a6978"),
        ("GET /accounts/reset/MQ/bm7x3c-5f0b8c6a1e4d2f9a7b3c/ HTTP/1.1", "5f0b8c6a1e4d2f9a7b3c"),
        ("GET /Invite/8c3f9e2a-7b1d-4f60-a5e8-c9d2b7f1e3a4 HTTP/1.1", "c9d2b7f1e3a4"),
        (#"{"path":"/verify_email/Zm9vYmFyYmF6cXV4MTIz","status":200}"#, "Zm9vYmFyYmF6cXV4MTIz"),
        ("referer=https://app.example.com/magic-link/k3J9xQ2mZ8pL4vN7?next=/home", "k3J9xQ2mZ8pL4vN7"),
        // In the link's query (stop 29: `/reset?t=…` in a mail provider's template data was kept).
        (#"{"reset_url":"https://app.example.com/reset?t=Zx8yW7vU6tS5rQ4pO3nM"}"#, "Zx8yW7vU6tS5rQ4pO3nM"),
        ("GET /verify?uid=7&code=a8F3kL9mQ2xZ7pR4tV1w HTTP/1.1", "a8F3kL9mQ2xZ7pR4tV1w"),
        ("GET /unsubscribe?e=bWFyaWEuZ2FyY2lhQGV4YW1wbGUuY29t&list=news HTTP/1.1", "bWFyaWEuZ2FyY2lhQGV4YW1wbGUuY29t"),
        ("GET /confirm?k=Zm9vYmFyYmF6cXV4MTIzNDU2%3D%3D HTTP/1.1", "Zm9vYmFyYmF6cXV4MTIzNDU2"),
        // Rails' reset paths and webhook URLs whose path is the credential (stop 34).
        ("GET /api/v1/password_resets/8f3a1c9e7b2d4f6a0c5e8b1d3f7a9c2e/edit HTTP/1.1", "8f3a1c9e7b2d4f6a0c5e8b1d3f7a9c2e"),
        ("POST https://outlook.office.com/webhook/abc/IncomingWebhook/9f8e7d6c5b4a39281706f5e4d3c2b1a0/1a2b3c4d-5e6f", "9f8e7d6c5b4a39281706f5e4d3c2b1a0"),
        ("POST https://events.pagerduty.com/integration/3f9a1c7e5b2d8f0a6c4e1b9d7f3a5c2e/enqueue", "3f9a1c7e5b2d8f0a6c4e1b9d7f3a5c2e"),
        ("POST https://chat.example.com/hooks/xi4kq9rwsbgu3p7ejtmyz8nfha", "xi4kq9rwsbgu3p7ejtmyz8nfha"),
    ])
    func replaced(_ line: String, _ token: String) {
        let once = FuzzRegressionTests.expectText(line, token, replaced: true)
        #expect(once.contains("token~test~"), "\(once)")
    }

    @Test("a JWT in a link is summarised by the JWT detector, not fingerprinted as opaque", arguments: [
        "GET /reset?token=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NSJ9.abc123def456ghi789jkl&uid=1",
        "GET /verify/eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NSJ9.abc123def456ghi789jkl HTTP/1.1",
    ])
    func jwtInLink(_ line: String) {
        let once = FuzzRegressionTests.expectText(line, "abc123def456ghi789jkl", replaced: true)
        #expect(once.contains("[jwt;alg=HS256;"), "\(once)")
    }

    @Test("words, short ids and other paths stay", arguments: [
        "GET /reset-password/new HTTP/1.1",
        "GET /confirm/12345 HTTP/1.1",
        "GET /share/reports/q3-2026-summary-v2 HTTP/1.1",
        "GET /static/5f1d7a2c9e8b4a6f3c2d1e0f9a8b7c6d/app.js HTTP/1.1",
        "GET /verify/email-address-change-request HTTP/1.1",
        "GET /reset?lang=en&next=/account/settings-page HTTP/1.1",
        "GET /share?id=12345678901234567890 HTTP/1.1",
        "GET /search?q=reset&page=2 HTTP/1.1",
    ])
    func kept(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}
