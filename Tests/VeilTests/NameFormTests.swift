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

/// A name under its key up to the next label, in the forms probes found cut short (stop 36).
@Suite("Names under a key before the next label")
struct NameBeforeLabelTests {
    @Test("every word of the name is replaced; the next label and its value stay a pair", arguments: [
        ("Name: Jane Smith Email: jane@x.io", ["Jane", "Smith"], " Email: email~test~"),
        ("Nama: Siti Nurhaliza binti Tarudin Telefon: +60 12-345 6789", ["Nurhaliza", "Tarudin"], " Telefon: phone~test~"),
        ("ชื่อ: สมชาย ใจดี เลขประจำตัวประชาชน: 1-1037-02345-67-8", ["ใจดี"], " เลขประจำตัวประชาชน: [REDACTED:gov_id]"),
        ("IBAN: DE89370400440532013000 получатель: ФОП Мельник Олег", ["Мельник", "Олег"], ""),
        (#"1C:Enterprise 8.3 Ref="Srvr=""app1c.corp.local"";Usr=""Бухгалтер Орлова"";Pwd=""Zup#2023pass"";""#, ["Орлова", "Zup#2023pass"], #"";""#),
    ])
    func replaced(_ line: String, _ secrets: [String], _ after: String) {
        let out = FuzzRegressionTests.stable(line)
        for secret in secrets { #expect(!out.contains(secret), "\(out)") }
        #expect(after.isEmpty || out.contains(after), "\(out)")
    }

    @Test("a two-word label no rule names ends the value before it", arguments: [
        ("Account Name: jsmith Account Domain: CORP", " Account Domain: CORP"),
        (#"password="" user=x"#, #"password="" "#),
    ])
    func labels(_ line: String, _ kept: String) {
        let out = FuzzRegressionTests.stable(line)
        #expect(out.contains(kept), "\(out)")
    }
}
