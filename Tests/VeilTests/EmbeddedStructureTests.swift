import Foundation
import Testing
@testable import Veil

/// Text lines carry structure the engine does not own: a JSON object after a message
/// (`Retrying job {"user_id": 991}`), a Java map dump (`{Host=x, Cookie=a=b; t=dark}`). A
/// replacement must not break it.
@Suite("structure embedded in text lines survives replacement")
struct EmbeddedStructureTests {
    @Test("a bare JSON number replaced inside a text line is written as a JSON string", arguments: [
        (#"Retrying job {"user_id": 991, "x": 1}"#, #""user_id": ""#),
        (#"job {"user_id":991}"#, #""user_id":""#),
        (#"job {"user_id" : 991}"#, #""user_id" : ""#),
        (#"job {"ssn": 123456789, "card":4111111111111111}"#, #""ssn": "[REDACTED:ssn]""#),
        (#"body="{\"user_id\": 991, \"a\":1}""#, #"\"user_id\": \""#),
    ])
    func bareNumberQuoted(_ line: String, _ opening: String) throws {
        let once = FuzzRegressionTests.stable(line)
        #expect(once.contains(opening), "\(once)")
        #expect(!once.contains("991") && !once.contains("123456789") && !once.contains("4111111111111111"), "\(once)")
        // The embedded object parses as JSON after scrubbing.
        if let open = once.firstIndex(of: "{"), !line.contains(#"\""#) {
            let object = Data(once[open...].utf8)
            #expect((try? JSONSerialization.jsonObject(with: object)) != nil, "\(once)")
        }
    }

    @Test("a value that is not a bare JSON member value is written as before", arguments: [
        #"x "user_id": 991abc"#,
        "user_id: 991",
        "user_id=991",
    ])
    func otherValuesUnquoted(_ line: String) {
        let once = FuzzRegressionTests.stable(line)
        #expect(!once.contains("991"), "\(once)")
        #expect(!once.contains(#": ""#) && !once.contains(#"=""#), "\(once)")
    }

    @Test("a cookie header in a map dump leaves the dump's closing bracket and comma", arguments: [
        ("{Host=api.example.com, Cookie=JSESSIONID=A1B2C3D4E5F6; theme=dark}", "}", "dark"),
        ("{Cookie=JSESSIONID=A1B2C3D4E5F6; theme=dark, Host=x}", ", Host=x}", "dark"),
        ("headers=[cookie=sid=abc123def456]", "]", "abc123def456"),
        // Go's http.Header printed as a map.
        ("headers: map[Accept:[*/*] Cookie:[sid=abc123def456; theme=dark] User-Agent:[curl/8.0]]", "; theme=", "dark"),
        ("headers: map[Accept:[*/*] Cookie:[sid=abc123def456; theme=dark] User-Agent:[curl/8.0]]", "] User-Agent:[curl/8.0]]", "dark"),
        ("Cookie:[a=x]y; b=zsecret] ok", "] ok", "zsecret"),
    ])
    func cookieInMapDump(_ line: String, _ kept: String, _ secret: String) {
        let once = FuzzRegressionTests.stable(line)
        #expect(once.hasSuffix(kept) || (kept.hasPrefix(";") && once.contains(kept)), "\(once)")
        #expect(!once.contains(secret) && !once.contains("A1B2C3D4E5F6") && !once.contains("abc123def456"), "\(once)")
    }

    @Test("a value that is itself a list of pairs is one value", arguments: [
        ("Received webhook signature=t=1492774577,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd ok", "5257a869e7", " ok"),
        ("auth=user=a9;pw=b9secret x", "b9secret", " x"),
    ])
    func nestedPairList(_ line: String, _ secret: String, _ kept: String) {
        let once = FuzzRegressionTests.stable(line)
        #expect(!once.contains(secret) && once.hasSuffix(kept), "\(once)")
    }

    @Test("base64 padding and a pair after a plain value still end the value", arguments: [
        ("sig=abc==&user=jane", "username~test~"),
        ("password=ab,user=jane", "username~test~"),
        ("token=abc==,user=jane", "username~test~"),
    ])
    func paddingIsNoPair(_ line: String, _ userPseudonym: String) {
        let once = FuzzRegressionTests.stable(line)
        #expect(once.contains(",user=" + userPseudonym) || once.contains("&user=" + userPseudonym), "\(once)")
    }
}
