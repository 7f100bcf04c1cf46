import Testing
@testable import Veil

/// Values whose shape says what they are, whatever their key (stop 36: helpers' probes of
/// observability, SaaS, Kerberos and payment logs).
@Suite("Operation names, webhook addresses, service principals, UPI addresses")
struct IdentityShapeTests {
    @Test("a `name` that names a span, a transaction or a CI check, an `address` that is a URL, a Windows log, a service principal stay", arguments: [
        #"{"name":"SELECT users","kind":"SPAN_KIND_CLIENT"}"#,
        #"{"name":"GET /api/v1/users/{id}","traceId":"4bf92f3577b34da6a3ce929d0e0e4736"}"#,
        #"{"eventType":"Transaction","name":"WebTransaction/SpringController/UserController/getUser"}"#,
        #"check_run.completed conclusion=success name="CI / build (ubuntu-latest, 3.12)""#,
        "Webhook subscription created topic=orders/paid address=https://hooks.acme.io/shopify/orders format=json",
        #"{"address":"https://hooks.acme.io/shopify/orders"}"#,
        "LogName=Security EventCode=4625",
        "ISSUE: authtime 1710410884, host/ws22.corp.example.com@CORP.EXAMPLE.COM for ldap/dc01.corp.example.com@CORP.EXAMPLE.COM",
        "TGS_REQ for krbtgt/CORP.EXAMPLE.COM@CORP.EXAMPLE.COM",
    ])
    func kept(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }

    @Test("a person's name, a street, a user principal and a UPI payment address are still replaced", arguments: [
        (#"{"name":"Jane Doe","kind":"user"}"#, "Jane"),
        (#"{"address":"12 Main St"}"#, "Main St"),
        ("AS_REQ 10.0.0.5: ISSUE: jdoe@CORP.EXAMPLE.COM for krbtgt/CORP.EXAMPLE.COM@CORP.EXAMPLE.COM", "jdoe"),
        ("UPI collect request from priya.verma@okaxis to shop@paytm", "priya.verma"),
        ("vpa=rakesh.k99@ybl ok", "rakesh.k99"),
    ])
    func replaced(_ line: String, _ secret: String) {
        FuzzRegressionTests.expectText(line, secret, replaced: true)
    }
}

/// Form tools' answers, labelled by a sibling `question` or `title` (stop 36: Calendly, Typeform,
/// Google Forms in a helper's probe).
@Suite("Answers labelled by their question")
struct QuestionAnswerTests {
    @Test("the answer takes the rule its question or title names", arguments: [
        (#"{"question":"Date of birth","answer":"03/11/1992"}"#, "03/11/1992"),
        (#"{"title":"Phone","value":"+44 7911 123456"}"#, "7911"),
        (#"{"question":"What is your mother's maiden name?","answer":"Blue"}"#, "Blue"),
    ])
    func replaced(_ line: String, _ secret: String) {
        FuzzRegressionTests.expectText(line, secret, replaced: true)
    }

    @Test("an answer to a question no rule names stays", arguments: [
        #"{"title":"Order status","value":"shipped"}"#, #"{"question":"How did you hear about us?","answer":"Google"}"#,
    ])
    func kept(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}
