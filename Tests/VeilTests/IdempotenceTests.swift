import Testing
@testable import Veil

@Suite("Scrubber: idempotence")
struct IdempotenceTests {
    static let corpus: [String] = [
        "login jane.doe@example.com from 203.0.113.7 and 2001:db8::1",
        "call +1 (415) 555-2671 card 4111 1111 1111 1111 iban DE89370400440532013000 ssn 123-45-6789",
        "connecting to postgres://app:s3cr3tP4ss@db.internal:5432/orders",
        "using key AKIAIOSFODNN7EXAMPLE and ghp_abcdefghijklmnopqrstuvwxyz0123456789",
        "password=hunter2 api_key=abc secret: xyz",
        "got user=\"Jane Doe\" action=login",
        "sshd[811]: Failed password for invalid user admin from 203.0.113.9 port 52144 ssh2",
        "level=info msg=\"login ok\" user_id=42 password=hunter2 email=jane@example.com",
        "{\"event\":\"signup\",\"password\":\"x\",\"ip\":\"203.0.113.7\",\"n\":4111111111111111}",
        "{\"msg\":\"auth eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c ok\"}",
        "token=eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImsxIn0.eyJpc3MiOiJodHRwczovL2lkcC5leGFtcGxlLmNvbSIsInN1YiI6InVzZXItNDIiLCJlbWFpbCI6ImphbmVAZXhhbXBsZS5jb20iLCJleHAiOjE3MDAwMDAwMDAsImZhdm9yaXRlX2NvbG9yIjoiYmx1ZSJ9.c2lnbmF0dXJlLWJ5dGVzLWhlcmU",
        "2024-05-01T10:00:00.123Z req=550e8400-e29b-41d4-a716-446655440000 version=1.2.3.4 status=200",
    ]

    /// Lines whose second pass changes the output today (each a bug, see the disabled test).
    static let unstable: [String] = [
        "Authorization: Bearer 8f14e45fceea167a5a36dedd4bea2543",
        "{\"user\":\"bob\",\"ip\":\"203.0.113.7\",\"card_number\":\"4111111111111111\"}",
        "> Authorization: Basic YWxhZGRpbjpvcGVuc2VzYW1l",
        "Cookie: session=abc123def456; theme=dark",
        "Set-Cookie: sid=31d4d96e407aad42; Path=/; HttpOnly",
        "curl https://example.com/cb?access_token=abcdefgh12345678&state=xyz",
        "X-Auth-Token: abcdefghijklmnop",
        "{\"users\":[{\"email\":\"a@example.com\"}],\"user\":{\"name\":\"Jane Doe\"}}",
        "{\"headers\":{\"cookie\":\"a=b\",\"x-auth-token\":\"abcdefghijklmnop\"},\"session_id\":\"s-123456789\"}",
    ]

    @Test("scrubbing the output again changes nothing", arguments: corpus)
    func idempotent(_ line: String) {
        let once = EngineFixtures.scrub(line)
        #expect(EngineFixtures.scrub(once) == once)
    }

    @Test("scrubbing the output again changes nothing: tokens, cookies, Basic, JSON pseudonyms",
          arguments: unstable)
    func idempotentUnstable(_ line: String) {
        let once = EngineFixtures.scrub(line)
        #expect(EngineFixtures.scrub(once) == once)
    }

    @Test("record scrubbing is idempotent")
    func records() {
        let record: [RecordField] = [RecordField("m", .string("login jane@example.com from 203.0.113.7")), RecordField("password", .string("x")), RecordField("n", .map([RecordField("ssn", .string("123-45-6789"))]))]
        var report = ScrubReport(for: EngineFixtures.scrubber)
        let once = EngineFixtures.scrubber.scrub(record: record, report: &report)
        #expect(EngineFixtures.scrubber.scrub(record: once, report: &report) == once)
    }
}
