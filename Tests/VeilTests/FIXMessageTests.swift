import Testing
@testable import Veil

/// Probe finding (stop 38, trading back office): FIX messages' logon credentials and accounts were
/// written raw — their tags are numbers, which no key names.
@Suite("FIX messages") struct FIXMessageTests {
    @Test("credential, user and account tags, with |, ^A or SOH between fields", arguments: [
        ("8=FIX.4.4|35=A|553=mkowalczyk|554=Tr4d3r!Warsaw2024|", ["mkowalczyk", "Tr4d3r!Warsaw2024"]),
        ("2024-01-01 12:00:00 IN: 8=FIX.4.4^A9=120^A35=A^A553=hiroshi.tanaka^A554=Kq9#vLm2$Tz^A925=N3wP@ss^A10=123^A", ["hiroshi.tanaka", "Kq9#vLm2$Tz", "N3wP@ss"]),
        ("8=FIX.4.4\u{01}35=D\u{01}1=U1234567\u{01}448=PRIYA.RAGHAVAN\u{01}447=D\u{01}", ["U1234567", "PRIYA.RAGHAVAN"]),
        // A password that holds the separator runs on to the next field (review, stop 38).
        ("8=FIX.4.4|35=A|553=kowal|554=Tr4d|3r!Warsaw|98=0|", ["Tr4d", "3r!Warsaw"]),
    ])
    func replaced(_ line: String, _ secrets: [String]) {
        let out = FuzzRegressionTests.stable(line)
        for secret in secrets { #expect(!out.contains(secret), "\(out)") }
    }

    @Test("session headers and other tags stay", arguments: [
        "8=FIX.4.2|35=0|49=BROKER|56=CLIENT|34=12|52=20240101-12:00:00.000|10=001|",
        "price=1.2345 554=abc (no FIX message on this line)",
    ])
    func kept(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}
