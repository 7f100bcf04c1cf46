import Testing
@testable import Veil

/// ArcSight CEF's custom fields (`cs1`…, `cn1`…, `flexString1`, `deviceCustomString1`) are
/// named by their `…Label` key, before or after them (probe stop 41).
@Suite("CEF custom fields under their labels")
struct CEFCustomLabelTests {
    @Test("a custom field's value is read under the rule its label names", arguments: [
        ("CEF:0|Acme|WAF|1.0|100|Blocked login|7|src=10.0.0.1 cs1Label=session cs1=s%3AQ2xEp5Vt8Wm3Nz7Rk1Jy4Hb6.Fg9", "Q2xEp5Vt8Wm3Nz7Rk1Jy4Hb6"),
        ("CEF:0|Acme|WAF|1.0|100|x|7|cs2=Qz8xLm2Pq9Rt4Vw7Yz1Ab cs2Label=API Key", "Qz8xLm2Pq9Rt4Vw7Yz1Ab"),
        ("CEF:0|Acme|IdP|1|2|x|3|deviceCustomString1Label=Customer Email deviceCustomString1=ana.ruiz@corp-mail.internal", "ana.ruiz"),
        ("CEF:0|Acme|IdP|1|2|x|3|deviceCustomString2Label=Display Name deviceCustomString2=Ana Ruiz act=login", "Ana Ruiz"),
        ("CEF:0|Acme|IdP|1|2|x|3|cn1Label=userId cn1=88123 act=login", "88123"),
    ])
    func labelledValue(_ line: String, _ value: String) {
        _ = FuzzRegressionTests.expectText(line, value, replaced: true)
    }

    @Test("a custom field whose label names no rule, and a key that only looks like one, stay", arguments: [
        "CEF:0|Acme|WAF|1.0|100|x|7|cs1=1234567 cs1Label=Rule ID cn1=443 cn1Label=port",
        "CEF:0|Acme|WAF|1.0|100|x|7|cs3=POST cs3Label=Request Method",
        "CEF:0|Acme|WAF|1.0|100|x|7|cs4=942100 cs1Label=session",
        "css1=abc cs1Label=session",
    ])
    func unlabelled(_ line: String) {
        let out = FuzzRegressionTests.stable(line)
        #expect(out == line, "\(out)")
    }
}
