import Testing
@testable import Veil

/// National identity and tax numbers without a label (stop 37: a helper's probe of HR, payroll,
/// KYC and government logs): found by their shape and check, redacted under `national_id`.
@Suite("National ids by their shape and check")
struct NationalIDDetectorTests {
    static let valid: [String] = [
        "390.533.447-05",          // Brazil CPF
        "45.372.816/0001-84",      // Brazil CNPJ
        "310104199202176325",      // China resident id
        "11010519491231002X",      // China, check X
        "4983 1275 6043",          // India Aadhaar
        "131052-308T",             // Finland HETU
        "880504-2345716",          // South Korea RRN
        "48291736Q", "12345678-Z", // Spain DNI
        "X3718294E",               // Spain NIE
        "GOMA850312MDFRRN09",      // Mexico CURP
        "RSSMRA85T10A562S",        // Italy codice fiscale
        "S8536472C", "T0123456G",  // Singapore NRIC
        "PZ451289D",               // UK NINO
        "ABCPE1234F",              // India PAN
    ]

    static func find(_ text: String) -> Range<Int>? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { b in
            ASCII.isDigit(b[0]) ? NationalIDDetector.matchDigitFirst(b, at: 0) : NationalIDDetector.matchLetterFirst(b, at: 0)
        }
    }

    @Test("a valid number is found whole", arguments: valid)
    func found(_ id: String) {
        #expect(Self.find(id) == 0..<id.utf8.count)
        let out = FuzzRegressionTests.expectText("lookup failed for \(id) (retry)", id, replaced: true)
        #expect(out == "lookup failed for [REDACTED:ssn] (retry)", "\(out)")
    }

    @Test("one character changed fails the check", arguments: [
        "390.533.447-06", "45.372.816/0001-85", "310104199202176326", "4983 1275 6044", "131052-308U", "880504-2345717",
        "48291736R", "X3718294F", "GOMA850312MDFRRN08", "RSSMRA85T10A562T", "S8536472D",
    ])
    func checkFails(_ id: String) {
        #expect(Self.find(id) == nil)
    }

    @Test("shapes of other things stay", arguments: [
        "v2.390.533.447-05.tar", "build 310104199202176325abc", "card 4111 1111 1111 1111", "order 20240115-0930 shipped",
        "1234 5678 9012 3456 charged", "PZ451289E", "BG123456A", "ABCDE1234F", "id=a390.533.447-05",
    ])
    func otherShapes(_ line: String) {
        let out = FuzzRegressionTests.stable(line)
        #expect(!out.contains("REDACTED:ssn"), "\(out)")
    }

    @Test("an identity number named in prose or under a key, whole", arguments: [
        ("EIN 84-3721956 on file", "3721956"), ("cnpj 45.372.816/0001-84", "0001-84"), ("HETU 240791A217L vahvistettu", "240791A217L"),
        ("nin 70123948561 and bvn 22184039271", "22184039271"), ("NIR 1 85 05 78 006 084 91", " 91"), ("IdNr 52847196033", "52847196033"),
        ("Invalid national ID 8507099235 for country SWE", "8507099235"), ("personal number 811228-9874 (SE)", "9874"),
        ("nir=1 85 05 78 006 084 91", " 91"), ("kontonummer=8601 11 17947", "17947"), ("SA ID 7902255827081", "7902255827081"),
    ])
    func named(_ line: String, _ part: String) {
        FuzzRegressionTests.expectText(line, part, replaced: true)
    }

    @Test("words that start like an identity phrase stay", arguments: ["einstein was here", "insert into table", "nhs trust meeting", "uid=1000 gid=1000", "install 3 packages"])
    func words(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}
