import Testing
@testable import Veil

/// Accounts, codes and addresses in forms stop 43's probes found raw: a Windows user's SID in
/// an event's text, an MFA device's ARN, ADFS claims named by URI, Spanish, Portuguese and
/// Italian one-time codes, macOS `dscl -passwd`, a street's compass suffix before a quote.
@Suite("SIDs, MFA ARNs, ADFS claims, Romance one-time codes, dscl, compass suffixes")
struct AccountsCodesAndClaimsTests {
    @Test("the value is replaced", arguments: [
        (#"New Logon:\n\tSecurity ID:\t\tS-1-5-21-3623811015-3361044348-30300820-1013\n\tAccount Name:"#, "30300820-1013"),
        (#"{"MFAIdentifier":"arn:aws:iam::123456789012:mfa/priya.shah-yubikey"}"#, "priya.shah"),
        (#"<saml:Attribute Name="http://schemas.xmlsoap.org/ws/2005/05/identity/claims/windowsaccountname"><saml:AttributeValue>bjohansson</saml:AttributeValue></saml:Attribute>"#, "bjohansson"),
        (#"SmsReceiver: body="Tu código de verificación es 482913""#, "482913"),
        ("O seu código de acesso é 553311", "553311"),
        ("Il tuo codice di accesso è 4815 ok", "4815"),
        ("COMMAND=/usr/bin/dscl . -passwd /Users/jkim OldPass1 NewPass2024!", "OldPass1"),
        ("COMMAND=/usr/bin/dscl . -passwd /Users/jkim OldPass1 NewPass2024!", "NewPass2024!"),
        (#"body="{\"streetLines\":[\"1820 Westlake Ave N\"],\"city\":\"Seattle\"}""#, "Westlake"),
        (#"body="{\"streetLines\":[\"1820 Westlake Ave N\"],\"city\":\"Seattle\"}""#, #"\" N\"#),
    ])
    func replaced(_ line: String, _ raw: String) {
        FuzzRegressionTests.expectText(line, raw, replaced: true)
    }

    @Test("well-known SIDs, an instance as a session, roles, error and bar codes stay", arguments: [
        "admin S-1-5-21-3623811015-3361044348-30300820-500 system S-1-5-18",
        "arn:aws:sts::123456789012:assumed-role/Deploy/i-0a1b2c3d4e5f67890",
        #"<saml:Attribute Name="http://schemas.microsoft.com/ws/2008/06/identity/claims/role"><saml:AttributeValue>Admins</saml:AttributeValue></saml:Attribute>"#,
        "código de error es 5001 x",
        "el codigo de barras es 7501031311309",
        "dscl . -read /Users",
    ])
    func kept(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}
