import Testing
@testable import Veil

@Suite("IBANDetector") struct IBANDetectorTests {
    static func find(_ s: String) -> [String] { findAll(s, trigger: Trigger.iban, IBANDetector.match) }

    @Test("finds IBANs in logs", arguments: [
        ("iban=DE89370400440532013000;", "DE89370400440532013000"),
        ("IBAN: DE89 3704 0044 0532 0130 00 (EUR)", "DE89 3704 0044 0532 0130 00"),
        (#"{"iban":"GB29NWBK60161331926819"}"#, "GB29NWBK60161331926819"),
        ("to FR14 2004 1010 0505 0001 3M02 606.", "FR14 2004 1010 0505 0001 3M02 606"),
    ])
    func positive(_ input: String, _ expected: String) {
        #expect(Self.find(input) == [expected])
    }

    @Test("validates the registry's countries", arguments: [
        "FR1420041010050500013M02606", "NL91ABNA0417164300", "BE68539007547034",
        "CH9300762011623852957", "ES9121000418450200051332", "IT60X0542811101000000123456",
        "AT611904300234573201", "PL61109010140000071219812874", "SE4550000000058398257466",
        "NO9386011117947", "DK5000400440116243", "FI2112345600000785",
        "IE29AIBK93115212345678", "PT50000201231234567890154", "LU280019400644750000",
    ])
    func countries(_ iban: String) {
        #expect(Self.find("account \(iban) ok") == [iban])
    }

    @Test("ignores near misses", arguments: [
        "DE89370400440532013001",
        "DE8937040044053201300",
        "DE893704004405320130001",
        "de89370400440532013000",
        "XX89370400440532013000",
        "DE89 3704 0044 0532 013000",
        "DE89  3704 0044 0532 0130 00",
        "xDE89370400440532013000",
        "DE89370400440532013000X",
        "AB12 CD34 EF56 GH78",
    ] + commonNegatives)
    func negative(_ input: String) {
        #expect(Self.find(input) == [])
    }
}

/// An IBAN in lower case under its key (stop 34: only its first group was replaced, the rest
/// written raw).
@Suite("IBAN under its key") struct IBANUnderKeyTests {
    @Test("the groups after the first word are the value", arguments: [
        "IBAN: de89 3704 0044 0532 0130 00",
        "iban=fr76 3000 6000 0112 3456 7890 189 ok",
    ])
    func lowerCaseGroups(_ line: String) {
        let out = FuzzRegressionTests.stable(line)
        for group in ["3704", "0044", "0532", "0130", "3000", "6000", "7890"] { #expect(!out.contains(group), "\(out)") }
        #expect(out.contains("[REDACTED:bank_account]"), "\(out)")
    }
}
