import Testing
@testable import Veil

/// Lines from mail servers and object dumps that stop 43's probes found over-replaced: a
/// postscreen verdict read as a password, a process id read as a Dovecot user, a type name read
/// as the account after `failed for`, the rest of a message after a print_r array.
@Suite("Mail server verdicts and object dumps")
struct MailAndObjectDumpTests {
    @Test("postscreen's PASS NEW / PASS OLD is a verdict; an FTP trace's PASS is still a password")
    func postscreen() {
        for verdict in ["NEW", "OLD"] {
            let out = FuzzRegressionTests.stable("Nov 3 mx1 postfix/postscreen[880]: PASS \(verdict) [198.51.100.170]:52111")
            #expect(out.hasPrefix("Nov 3 mx1 postfix/postscreen[880]: PASS \(verdict) [ip~test~") && !out.contains("198.51.100.170"), "\(out)")
        }
        FuzzRegressionTests.expectText("ftp: > PASS NEWp4ss!", "NEWp4ss!", replaced: true)
        FuzzRegressionTests.expectText("ftp: > PASS NEW", "PASS NEW", replaced: true)
    }

    @Test("Dovecot's lmtp(PID) is the process; lmtp(user) is the user")
    func dovecotProcess() {
        let out = FuzzRegressionTests.stable("dovecot: lmtp(44321): lmtp(ana.silva): msgid=<x@y>: saved mail to INBOX")
        #expect(out.hasPrefix("dovecot: lmtp(44321): lmtp(username~test~") && !out.contains("ana.silva"), "\(out)")
    }

    @Test("a type name after `failed for` is no account; the dump's fields are read by their keys", arguments: [
        ("login failed for LoginAttempt(username=jdoe, ip=192.0.2.7)", "login failed for LoginAttempt(username=username~test~", "jdoe"),
        ("Auth failed for LoginRequest { UserName = mkowalski, Remember = True }", "Auth failed for LoginRequest { UserName = username~test~", "mkowalski"),
        ("Authentication failed for Jdoe77 from 192.0.2.7", "Authentication failed for username~test~", "Jdoe77"),
    ])
    func typeName(_ line: String, _ prefix: String, _ account: String) {
        let out = FuzzRegressionTests.stable(line)
        #expect(out.hasPrefix(prefix) && !out.contains(account), "\(out)")
    }

    @Test("an object's dump under an account key is read field by field; its type name stays", arguments: [
        (#"CheckoutRequest { user: User { name: "Jane Doe", email: "jane@x.com" }, total: 12 }"#, "user: User { name: \"name~test~", "Jane"),
        (#"debug user=main.User{ID:1093, Name:"Jane Doe", Email:"jane@x.com"} ok"#, "user=main.User{ID:1093, Name:\"name~test~", "jane@x.com"),
        // Quoted, all of it stays one value (a field under a key no rule names would be written raw).
        (#"user="&{ID:1093 Handle:jdoe LastIP:192.0.2.4}""#, "user=\"username~test~", "jdoe"),
        (##"user="#<User id: 5512, email: \"jane@x.com\", created_at: \"2024-01-01\">""##, "user=\"username~test~", "jane@x.com"),
    ])
    func objectDump(_ line: String, _ kept: String, _ raw: String) {
        let out = FuzzRegressionTests.stable(line)
        #expect(out.contains(kept) && !out.contains(raw), "\(out)")
    }
}
