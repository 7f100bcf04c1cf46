import Testing
@testable import Veil

/// Masks the logging application wrote in place of a secret (stop 35: they were replaced
/// again, `[hidden]` → `[[REDACTED:secret]]`).
@Suite("Values the application masked already")
struct ApplicationMaskTests {
    @Test("a mask under a secret's key stays as written", arguments: [
        #"Parameters: {"authenticity_token"=>"[FILTERED]", "commit"=>"Sign up"}"#,
        "\tconnection.password = [hidden]",
        "      + password             = (sensitive value)",
        "admin_password = <sensitive> dbPassword=[secret] x",
        #"{"masterUserPassword":"HIDDEN_DUE_TO_SECURITY_REASONS","password":"[FILTERED]"}"#,
        "password=******** token=[REDACTED] secret=<redacted>",
    ])
    func kept(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }

    @Test("a bare word or a longer value is still the secret", arguments: [
        (#"{"pw":"hidden"}"#, "hidden"), ("pass=hidden", "hidden"), ("password=[hidden]xyz7", "xyz7"), ("token=[FILTERED-ish]", "ish"),
    ])
    func replaced(_ line: String, _ secret: String) {
        FuzzRegressionTests.expectText(line, secret, replaced: true)
    }
}
