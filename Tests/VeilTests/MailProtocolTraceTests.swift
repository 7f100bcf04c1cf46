import Testing
@testable import Veil

/// IMAP's `LOGIN` command and FTP's/POP3's `PASS` on a line of its own, as protocol traces
/// log them (probe stop 41).
@Suite("IMAP LOGIN and PASS lines in protocol traces")
struct MailProtocolTraceTests {
    @Test("the password of IMAP's LOGIN is redacted, its account pseudonymised", arguments: [
        #"C: a001 LOGIN "dario.conti" "Tr0ub4dor&3""#,
        "a001 LOGIN dario.conti Tr0ub4dor3",
        #"> A1 LOGIN dario.conti "Tr0ub4dor \"3\"""#,
        #"[imap] C: 7 LOGIN dario.conti "Tr0ub4dor&3""#,
    ])
    func imapLogin(_ line: String) {
        let out = FuzzRegressionTests.expectText(line, "Tr0ub4dor", replaced: true)
        #expect(!out.contains("dario.conti"), "\(out)")
        #expect(out.contains("[REDACTED:"), "\(out)")
    }

    @Test("an unterminated quoted password runs to the line's end")
    func unterminatedPassword() {
        let out = FuzzRegressionTests.expectText(#"a001 LOGIN jdoe "Tr0ub4dor 3"#, "Tr0ub4dor", replaced: true)
        #expect(!out.contains(" 3"), "\(out)")
    }

    @Test("a PASS command on a line of its own is redacted", arguments: ["PASS Sv3nPass2026", "PASS Sv3nPass2026\r"])
    func passLine(_ line: String) {
        _ = FuzzRegressionTests.expectText(line, "Sv3nPass2026", replaced: true)
    }

    @Test("a masked password stays, its account is pseudonymised", arguments: ["C: a001 LOGIN dario.conti ****", #"a1 LOGIN "dario.conti" "<password>""#])
    func maskedPassword(_ line: String) {
        let out = FuzzRegressionTests.expectText(line, "dario.conti", replaced: true)
        #expect(out.contains("username~test~") && !out.contains("[REDACTED"), "\(out)")
    }

    @Test("LOGIN without a command tag, a literal and a test runner's PASS stay", arguments: [
        "Failed LOGIN for jdoe from 10.0.0.1",
        "a1 LOGIN {5}",
        "PASS src/app.test.js",
        "PASS  src/app.test.js (5 s)",
        "PASS",
        "PASS ****",
    ])
    func staysAsIs(_ line: String) {
        let out = FuzzRegressionTests.stable(line)
        #expect(!out.contains("[REDACTED"), "\(out)")
    }
}
