import Testing
@testable import Veil

/// Brackets inside an unquoted secret: a `)` that closes the value's own `(` or a bracket with
/// more of the word glued after it is part of the secret; a bracket that closes the record
/// around the pair is not.
@Suite("Brackets inside unquoted secrets")
struct BracketedSecretValueTests {
    @Test("no byte of the secret is written raw", arguments: [
        ("login failed password=Pa55(wo)rd user=bob", "rd user"),
        ("auth(password=Pa55(wo)rd)", "rd)"),
        ("password=Pa55)rd user=x", ")rd"),
        ("secret=ab]cd,user=x", "]cd"),
        ("api_key=k3y}tail next", "}tail"),
        ("token=abc>def ok", ">def"),
    ])
    func secretStaysWhole(_ line: String, _ raw: String) {
        FuzzRegressionTests.expectText(line, raw, replaced: true)
    }

    @Test("the record around the pair stays", arguments: [
        ("Customer(password=x, name=Bob Smith)", "Customer(password=[REDACTED:secret], name="),
        ("auth(password=Pa55(wo)rd)", "auth(password=[REDACTED:secret])"),
        ("[password=abc] ok", "[password=[REDACTED:secret]] ok"),
        ("f(token=abc) ok", ") ok"),
        ("debug Contact(phone=(541) 555-0142) next", ") next"),
        ("cfg{secret=abc},{user=x}", "},{user="),
    ])
    func recordStays(_ line: String, _ kept: String) {
        FuzzRegressionTests.expectText(line, kept, replaced: false)
    }
}
