import Testing
@testable import Veil

/// Stop 46's probe of secrets managers, CI environment dumps and ad tech: session keys of
/// password-manager CLIs, Vault's token accessors, connection strings in a Kubernetes
/// Secret's base64 data, a login in parentheses after a person's name, and the device and
/// visitor ids and hashed e-mails of bid requests, CDPs and pixels.
@Suite("Secrets managers and ad tech")
struct SecretsAndAdTechTests {
    static let vault = #"{"type":"response","auth":{"accessor":"f0B1aV3nQ9xKcR7tLm2pW8sY","display_name":"approle"},"request":{"mount_accessor":"auth_userpass_5d1e7c3a"}}"#
    static let secretData = "2024-07-02T10:12:41.2218622Z   DATABASE_URL: cG9zdGdyZXM6Ly9iaWxsaW5nX3N2YzpYazIjcEw5dlF3QHBnLWJpbGxpbmcuaW50ZXJuYWw6NTQzMi9iaWxsaW5n"
    static let bid = #"{"device":{"ua":"Mozilla/5.0","ifa":"5f0c8a2e-3b1d-4e7a-9c62-0d8e4b7f1a93","ext":{"atts":3,"ifv":"0E7A3D52-94BB-4C1F-A8E6-5D21F09C3B74"}}}"#
    static let pixel = #"203.0.113.9 - - [02/Jul/2024:09:15:41 +0000] "GET /px.gif?ev=purchase&em=9304cef8729db42676524a772cf3b56e8ceee0ddfd5c996ee8ad41a70a945238&cur=EUR HTTP/1.1" 200 43"#

    @Test("the value is replaced", arguments: [
        (#"2024-07-02T10:10:05Z $ export BW_SESSION="nwPUhxAPCTDhPZkHx3ZTcJfXMoQ7o0t/AakVdadHaP+N/u7XFbVBUMI6g0kHEZDEG2Yb2EpiEfUE2K8ANjXt6Q==""#, "nwPUhxAPCTDhPZkHx3ZT"),
        (vault, "f0B1aV3nQ9xKcR7tLm2pW8sY"),
        (#"{"uuid":"LPFT7V4SEH2KVJ72CEUVW75EFR","session_uuid":"6EDT4SYWB5WKH7DNSIPZZ7FK4Z"}"#, "6EDT4SYWB5WKH7DNSIPZZ7FK4Z"),
        (secretData, "cG9zdGdyZXM6Ly9iaWxsaW5nX3N2Yz"),
        ("who=Ólafur Ragnarsson (oragnarsson) using password;who_ip=203.0.113.66;event=login", "oragnarsson"),
        ("who=Ólafur Ragnarsson (ragnarsson.o) using password", "ragnarsson.o"),
        (bid, "5f0c8a2e-3b1d-4e7a-9c62-0d8e4b7f1a93"), (bid, "0E7A3D52-94BB-4C1F-A8E6-5D21F09C3B74"),
        (#"{"device_info":{"platform":"iOS","ios_advertising_id":"C3F5E8A1-27D4-4B9E-8F10-9A6D2E4B7C55"},"mpid":"-8412398743123987412"}"#, "C3F5E8A1-27D4-4B9E-8F10-9A6D2E4B7C55"),
        (#"{"environment":"production","mpid":"-8412398743123987412"}"#, "8412398743123987412"),
        (pixel, "9304cef8729db42676524a772cf3b56e8ceee0ddfd5c996ee8ad41a70a945238"),
        ("collect body tealium_event=purchase tealium_visitor_id=0190700d8c1e0015a9f6c2d3e4b80506f001f06700bd0 order_id=TX-88120", "0190700d8c1e0015a9f6c2d3e4b80506f001f06700bd0"),
        ("cookie OptanonConsent=isGpcEnabled=0&version=202405.1.0&consentId=1c96b6ce-f548-4048-9c25-59762d1721aa&interactionCount=1", "1c96b6ce-f548-4048-9c25-59762d1721aa"),
    ])
    func replaced(_ line: String, _ raw: String) {
        FuzzRegressionTests.expectText(line, raw, replaced: true)
    }

    @Test("what is around the value stays", arguments: [
        (vault, #""mount_accessor":"auth_userpass_5d1e7c3a""#),
        (secretData, "2024-07-02T10:12:41.2218622Z   DATABASE_URL: "),
        ("  HEALTH_URL: aHR0cHM6Ly9hcGkuZXhhbXBsZS5jb20vdjEvaGVhbHRo", "  HEALTH_URL: aHR0cHM6Ly9hcGkuZXhhbXBsZS5jb20vdjEvaGVhbHRo"),
        ("name=Ana Silva (Sales) updated the record", "(Sales) updated the record"),
        ("user=jdoe (admin) ok", "(admin) ok"), ("who=Karen Whitfield (admin) ok", "(admin) ok"),
        (pixel, "GET /px.gif?ev=purchase&em="), (pixel, "&cur=EUR HTTP/1.1"),
    ])
    func kept(_ line: String, _ text: String) {
        FuzzRegressionTests.expectText(line, text, replaced: false)
    }
}
