import Testing
@testable import Veil

/// Keys that name a person or a secret only beside a sibling, and value shapes stop 43's probes
/// found cut short or run long: FHIR's `family` beside `given`, Asterisk's security events, a
/// UK registration's two groups, an array value in escaped JSON, a record's closing parenthesis,
/// HL7's insurance policy number.
@Suite("Sibling-context keys and value shapes")
struct SiblingKeyAndValueShapeTests {
    @Test("the value is replaced", arguments: [
        ("GET /fhir/Patient?family=Zhang&given=Wei&birthdate=1980-01-02", "Zhang"),
        (#"{"payload":"{\"name\":[{\"family\":\"Pritchard\",\"given\":[\"Ann\"]}]}"}"#, "Pritchard"),
        (#"SecurityEvent="ChallengeResponseFailed",EventTV="2024",AccountID="tbaker",SessionID="0x7f",Challenge="3b1e8a2c",Response="e3c1a9f0b7d24c5e8a6b1f0c2d3e4a5b""#, "tbaker"),
        (#"SecurityEvent="ChallengeResponseFailed",EventTV="2024",AccountID="tbaker",SessionID="0x7f",Challenge="3b1e8a2c",Response="e3c1a9f0b7d24c5e8a6b1f0c2d3e4a5b""#, "e3c1a9f0b7d24c5e8a6b1f0c2d3e4a5b"),
        ("vehicle plate=WN68 XKT permit=ok", "XKT"),
        (#"representation="{\"attributes\":{\"birthdate\":[\"1988-07-14\"],\"locale\":[\"en\"]}}""#, "1988-07-14"),
        ("IN1|1|BCBS01|00460|BLUE CROSS||||||||||||||||||||||||||||||||VHI00998877", "VHI00998877"),
    ])
    func replaced(_ line: String, _ raw: String) {
        FuzzRegressionTests.expectText(line, raw, replaced: true)
    }

    @Test("what is around the value stays", arguments: [
        ("family=inet6 addr=::1 status response=200 accountid=42", "family=inet6 addr=::1 status response=200 accountid=42"),
        ("debug Contact(phone=(541) 555-0142) next", ") next"),
        // (A password's own last `)` is redacted with it: no byte of a secret is written raw.)
        (#"login password="Pa55)" next"#, #"password="[REDACTED:secret]" next"#),
        (#"representation="{\"attributes\":{\"birthdate\":[\"1988-07-14\"],\"locale\":[\"en\"]}}""#, #"\"],\"locale\":[\"en\"]}}""#),
        ("vehicle plate=WN68 XKT permit=ok", " permit=ok"),
        // A query parameter's value ends at the space (IIS's W3C columns); a path parameter's at the query.
        (#"GET /hr/Employee.aspx id=4471&ssn=536-22-8174 443 CONTOSO\dwilliams 10.1.2.3 200"#, "&ssn=[REDACTED:ssn] 443 CONTOSO\\"),
        ("GET /hr/Payslip.aspx iban=TR330006100519786457841326 443 CONTOSO", " 443 CONTOSO"),
        ("GET /x;jsessionid=9F8E7D6C5B4A39281706F5E4D3C2B1A0?lang=nl HTTP/1.1", "?lang=nl HTTP/1.1"),
        // A path before a response's arrow; a shop customer's counts and an access token's expiry.
        (#"GET /orders/v0/orders/114-1234567-1234567/address -> 200 {"x":1}"#, #"/address -> 200 {"x":1}"#),
        (#"{"customer":{"id":7712,"orders_count":4,"total_spent":"412.80","tags":"vip"},"customerAccessToken":{"accessToken":"abc123def456ghi789","expiresAt":"2024-12-18T09:58:01Z"}}"#,
         #""orders_count":4,"total_spent":"412.80","tags":"vip"},"customerAccessToken":{"accessToken":"token~test~"#),
        (#"{"customerAccessToken":{"accessToken":"abc123def456ghi789","expiresAt":"2024-12-18T09:58:01Z"}}"#, #""expiresAt":"2024-12-18T09:58:01Z"}}"#),
    ])
    func kept(_ line: String, _ kept: String) {
        let out = FuzzRegressionTests.stable(line)
        #expect(out.contains(kept), "\(out)")
    }
}
