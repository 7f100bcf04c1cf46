import Testing
@testable import Veil

/// HTTP headers logged as name/value lists rather than objects: `[["Cookie","a=b"]]`
/// (fetch's `Headers` entries, many HTTP clients) and Node's flat `rawHeaders`.
@Suite("credential headers in JSON name/value lists")
struct JSONHeaderListTests {
    @Test("the value after a credential header's name takes that header's rule", arguments: [
        (#"{"headers":[["Authorization","Bearer sk_test_4eC39HqLyjWDarjtT1zdp7dc"],["Cookie","a=bsecret9"],["X-Request-Id","abc"]]}"#, "bsecret9", #"["X-Request-Id","abc"]"#),
        (#"{"rawHeaders":["Host","x","Cookie","sid=abc123secret","Accept","*/*"]}"#, "abc123secret", #""Accept","*/*""#),
        (#"{"h":[["x-api-key","k-9f8e7d6c5b4a"]]}"#, "k-9f8e7d6c5b4a", #"["x-api-key",""#),
    ])
    func headerValueReplaced(_ line: String, _ secret: String, _ kept: String) {
        let once = FuzzRegressionTests.stable(line)
        #expect(!once.contains(secret) && !once.contains("sk_test_4eC39") && once.contains(kept), "\(once)")
    }

    @Test("lists of field names and other shapes stay", arguments: [
        #"{"missing":["email","password","cookie"]}"#,
        #"{"h":["cookie",{"a":1},"x"]}"#,
        #"{"tags":["Cookie jar","session"]}"#,
    ])
    func otherListsKept(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}
