import Foundation
import Testing
@testable import Veil

/// JSON objects in base64 (stop 30: `state=eyJlbWFpbCI6…` carried an e-mail address and a
/// password through unchanged).
@Suite("Base64-encoded JSON")
struct EncodedJSONTests {
    static func encoded(_ json: String, urlSafe: Bool = false, padded: Bool = true) -> String {
        var s = Data(json.utf8).base64EncodedString()
        if urlSafe { s = s.replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_") }
        if !padded { s = s.replacingOccurrences(of: "=", with: "") }
        return s
    }

    @Test("a blob whose JSON holds personal data or a secret is redacted whole", arguments: [
        (#"{"email":"kim@example.com","returnTo":"/app"}"#, true, false),
        (#"{"user":"ann","password":"hunter2"}"#, false, true),
        (#"{"note":"call +44 20 7946 0958 ??>>"}"#, false, true),
    ])
    func redacted(_ json: String, _ urlSafe: Bool, _ padded: Bool) {
        let blob = Self.encoded(json, urlSafe: urlSafe, padded: padded)
        let out = FuzzRegressionTests.expectText("GET /cb?state=\(blob)&x=1 HTTP/1.1", blob, replaced: true)
        #expect(out == "GET /cb?state=[REDACTED:encoded_json]&x=1 HTTP/1.1", "\(out)")
        // At the end of a sentence too.
        #expect(FuzzRegressionTests.stable("payload was \(blob).") == "payload was [REDACTED:encoded_json].")
    }

    @Test("a blob whose JSON holds nothing to scrub, a JWT, and random base64 stay as before", arguments: [
        "meta=" + EncodedJSONTests.encoded(#"{"version":"1.2.3","region":"eu"}"#),
        "header eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0 only",
        "x eyJQ0b5344FJ6gNoFyPLG9ogWiJkFTCIqC76V1SvRF4 y",
        "short eyJhIjoxfQ end",
    ])
    func kept(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}
