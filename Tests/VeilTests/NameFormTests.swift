import Testing
@testable import Veil

/// Names in query strings and Vietnamese names (stop 36: helpers' probes of proxy and
/// observability logs).
@Suite("Names in query strings, Vietnamese names")
struct NameFormTests {
    @Test("the whole name is replaced", arguments: [
        ("GET /search?q=Ana+Maria+Popescu HTTP/1.1", ["Ana", "Maria", "Popescu"], " HTTP/1.1"),
        ("GET /hr/payroll?emp=Dmitri%20Volkov HTTP/1.1", ["Dmitri", "Volkov"], " HTTP/1.1"),
        (#"{"message":"Refund issued to Nguyen Thi Lan"}"#, ["Nguyen", "Lan"], #""}"#),
        ("Order shipped to Nguyen Van An", ["Nguyen", " An"], ""),
        ("Order shipped to Trần Thị Mai", ["Trần", "Mai"], ""),
        ("Order shipped to Nguyễn Văn Anh today", ["Nguyễn", "Anh"], " today"),
    ])
    func replaced(_ line: String, _ secrets: [String], _ suffix: String) {
        let out = FuzzRegressionTests.stable(line)
        for secret in secrets { #expect(!out.contains(secret), "\(out)") }
        #expect(out.hasSuffix(suffix), "\(out)")
    }

    @Test("words that only look like a Vietnamese name stay", arguments: [
        "Le Van Service restarted", "GET /x?q=Search+Results HTTP/1.1",
    ])
    func kept(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}
