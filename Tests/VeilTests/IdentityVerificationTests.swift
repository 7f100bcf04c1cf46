import Testing
@testable import Veil

/// Stop 45's probe of e-signature and identity verification services: passports' and identity
/// cards' machine-readable lines, signed webhooks' `t=…,v1=…` signatures, an OAuth code in a
/// token-exchange error, Sumsub's and Veriff's signing headers, XML name/value entries
/// (DocuSign's tabs, Cognito's attributes) and JSON entries written value first (Onfido).
@Suite("Identity verification and e-signature")
struct IdentityVerificationTests {
    static let td3 = "MRZ read: P<FRADUPONT<<MARIE<CLAIRE<<<<<<<<<<<<<<<<<<< 19AF283749FRA8804123F3208173<<<<<<<<<<<<<<<6 ok"
    static let escaped = #"{"lines":["P\u003cGBRHUGHES\u003cWHITFIELD\u003c\u003cOLIVER\u003cJAMES\u003c\u003c\u003c\u003c\u003c\u003c\u003c\u003c\u003c"]}"#

    @Test("the value is replaced", arguments: [
        (td3, "DUPONT"), (td3, "MARIE"), (td3, "19AF28374"), (td3, "8804123"),
        (escaped, "HUGHES"), (escaped, "OLIVER"),
        ("IDD<<T220001293<<<<<<<<<<<<<<< 6408125<2010315D<<<<<<<<<<<<<4", "T220001293"),
        ("verified Persona-Signature t=1732009002,v1=e5ba4ea44829a470d9f11638f8bafa21c6d7089c73e461fd21421e5b657124f0", "e5ba4ea44829a470d9f11638f8bafa21"),
        ("token exchange failed: invalid_grant (code=CF2F0E4A91B7D3C5E8A6F0B2D4C6E8A0-1, redirect_uri=https://esign.example.com/cb)", "CF2F0E4A91B7D3C5E8A6F0B2D4C6E8A0"),
        ("GET /resources/applicants/1/one X-App-Access-Ts=1732009743 X-App-Access-Sig=4a3e567a68db802f10194ce58e3afd4c2a4dee8211a27c0c85ea58cd75095c17", "4a3e567a68db802f"),
        (#"{"headers":{"x-auth-client":"c4e07f04-ebd7-4dac-b822-cf21c82ab99c"}}"#, "c4e07f04-ebd7-4dac-b822-cf21c82ab99c"),
        ("<TabStatus><TabLabel>pesel</TabLabel><TabName>Text</TabName><TabValue>85112704828</TabValue></TabStatus>", "85112704828"),
        ("<UserAttributes><member><Name>custom:ssn</Name><Value>123456789</Value></member></UserAttributes>", "123456789"),
        ("<Key>ghp_1234567890abcdefghij1234567890abcdef</Key><Value>x</Value>", "ghp_1234567890abcdefghij1234567890abcdef"),
        ("<Name>Jane Doe</Name>", "Jane Doe"),
        (#"INFO -- : [Onfido] document report extracted {"document_numbers":[{"value":"19AF28374","type":"document_number"}],"x":1}"#, "19AF28374"),
        (#"{"value":42123456,"type":"ssn"}"#, "42123456"),
    ])
    func replaced(_ line: String, _ raw: String) {
        FuzzRegressionTests.expectText(line, raw, replaced: true)
    }

    @Test("what is around the value stays", arguments: [
        (td3, "MRZ read: "), (td3, " ok"),
        ("<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<< END", "<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<< END"),
        ("vector<int> x; a<<b; List<String> HashMap<String,Integer>", "vector<int> x; a<<b; List<String> HashMap<String,Integer>"),
        ("version t=5,v1=abc ok", "version t=5,v1=abc ok"),
        ("<member><Name>custom:ssn</Name><Value>123456789</Value></member>", "<Name>custom:ssn</Name><Value>"),
        ("<Key>LOG_LEVEL</Key><Value>debug</Value>", "<Key>LOG_LEVEL</Key><Value>debug</Value>"),
        (#"{"value":"debug","name":"LOG_LEVEL"}"#, #"{"value":"debug","name":"LOG_LEVEL"}"#),
        (#"{"value":"19AF28374","type":"document_number"}"#, #"","type":"document_number"}"#),
        ("verified Persona-Signature t=1732009002,v1=e5ba4ea44829a470d9f11638f8bafa21c6d7089c73e461fd21421e5b657124f0", "verified Persona-Signature t=1732009002,v1="),
    ])
    func kept(_ line: String, _ text: String) {
        FuzzRegressionTests.expectText(line, text, replaced: false)
    }
}
