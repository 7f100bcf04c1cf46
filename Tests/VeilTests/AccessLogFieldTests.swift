import Testing
@testable import Veil

/// Form-encoded values and headers inside access logs (stop 36: a helper's probe of proxy,
/// CDN and SaaS webhook logs).
@Suite("Form bodies and headers in access logs")
struct AccessLogFieldTests {
    @Test("a phone number with the form's `+` or `%20` between its groups is one number", arguments: [
        ("text=call+me+at+%2B971+50+123+4567&x=1", "4567", "&x=1"),
        ("Body=Jestem+Marta+Kowalczyk%2C+tel+%2B48+601+234+567", "601", ""),
        ("q=%2B1%20415%20555%202671", "2671", ""),
    ])
    func formEncodedPhones(_ line: String, _ digits: String, _ suffix: String) {
        let out = FuzzRegressionTests.expectText(line, digits, replaced: true)
        #expect(out.hasSuffix(suffix), "\(out)")
    }

    @Test("the log's fields after a header or a URL-encoded number stay", arguments: [
        ("Cookie: sid=5e0f1c2d3b4a59687766554433221100; theme=dark status=200 bytes=512", "5e0f1c2d3b4a", " status=200 bytes=512"),
        ("[cookie: sid=5e0f1c2d3b4a59687766554433221100] [host: www.example.com] [status: 200]", "5e0f1c2d3b4a", "] [host: www.example.com] [status: 200]"),
        (#""cookie: sid=5e0f1c2d3b4a59687766554433221100" "GET / HTTP/1.1""#, "5e0f1c2d3b4a", #"" "GET / HTTP/1.1""#),
        ("Set-Cookie: sid=abc123def456; Path=/; HttpOnly status=200", "abc123def456", "; Path=/; HttpOnly status=200"),
        ("GET /cb?tel=%2B4915112345678 200 512 443", "4915112345678", " 200 512 443"),
    ])
    func fieldsAfter(_ line: String, _ secret: String, _ suffix: String) {
        let out = FuzzRegressionTests.expectText(line, secret, replaced: true)
        #expect(out.hasSuffix(suffix), "\(out)")
    }

    @Test("a cookie value with a space and no field after it is still replaced whole")
    func spacedValue() {
        FuzzRegressionTests.expectText("Cookie: sid=abc123 def456", "def456", replaced: true)
    }
}

/// Pipelines' escapes and chat tools' mentions (stop 36: a helper's probe of observability and
/// SaaS logs).
@Suite("Escaped @, no-break spaces, mentions")
struct EscapedAndMentionTests {
    @Test("the address, the number, the account are replaced", arguments: [
        (#"{"log":"{\"message\":\"Reset link sent to lukas.huber\\u0040aon.at\"}\n"}"#, "lukas.huber"),
        (#"{"message":"Contact: +48\u00a0601\u00a0234\u00a0567"}"#, "601"),
        ("Contact: +48\u{00A0}601\u{00A0}234\u{00A0}567 ok", "234"),
        ("pull_request.opened #42 by @yuki-tanaka", "yuki-tanaka"),
        (#"{"text":"cc @kwame-mensah please review"}"#, "kwame-mensah"),
        ("reviewers: @anna.k, @bob42 added", "bob42"),
    ])
    func replaced(_ line: String, _ secret: String) {
        FuzzRegressionTests.expectText(line, secret, replaced: true)
    }

    @Test("an escaped address and its plain spelling share one pseudonym")
    func samePseudonym() {
        #expect(FuzzRegressionTests.stable(#"x to lukas.huber\u0040aon.at ok"#) == FuzzRegressionTests.stable("x to lukas.huber@aon.at ok"))
    }

    @Test("group mentions, scoped packages and annotations stay", arguments: [
        "ping @here deploy done", "npm i @types/node", "@Override public void x()", "sent to @channel", #"path C:\u0040x"#,
    ])
    func kept(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}
