import Testing
@testable import Veil

/// Credentials in protocol traces, headers and printed objects (stop 36: helpers' probes of
/// mail, FTP, SaaS and exception logs).
@Suite("Protocol commands, authorization schemes and printed objects")
struct ProtocolAndDumpCredentialTests {
    @Test("the credential is replaced", arguments: [
        // Dovecot's auth protocol with auth_debug_passwords: base64 of the user and the password.
        ("AUTH\t1\tPLAIN\tservice=imap\tresp=AHlhc21pbi5raGFsaWxAZXhhbXBsZS5jb20ASmFzbWluZTIwMjQh", "AHlhc21pbi5raGFsaWxAZXhhbXBsZS5jb20ASmFzbWluZTIwMjQh"),
        ("dovecot: auth: Debug: client in: AUTH\t1\tPLAIN\tservice=imap\tsecured\tresp=AHUAcGFzc3dvcmQ=", "AHUAcGFzc3dvcmQ="),
        // Authorization schemes of Okta, Discord, Opsgenie, unquoted after `=`.
        ("Authorization=SSWS 00QCjAl4MlV-WPXM-ABCDEFGHIJKLMNOPQRSTUVWXYZ-0123456", "00QCjAl4MlV"),
        ("authorization=Bot MTk4NjIyNDgzNDcxOTI1MjQ4.Cl2FMQ.ZnCjm1XVW7vRze4b7Cq4se7kKWs next=1", "MTk4NjIy"),
        (#"{"Authorization":"GenieKey eb243592-faa2-4ba2-a551-1afdf565c889"}"#, "eb243592"),
        // FTP's log-in commands as servers and clients log them.
        (#"[pid 31021] FTP command: Client "192.0.2.7", "USER jorge.silva""#, "jorge.silva"),
        (#"[pid 31021] FTP command: Client "192.0.2.7", "PASS Brasil#2024x""#, "Brasil#2024x"),
        ("pure-ftpd: (?@192.0.2.9) [DEBUG] Command [user] [mateus.oliveira]", "mateus.oliveira"),
        ("pure-ftpd: (?@192.0.2.9) [DEBUG] Command [pass] [Lisboa!2024]", "Lisboa!2024"),
        (#"192.0.2.1 UNKNOWN - [14/Mar/2024:10:12:02 +0100] "USER p.schmidt" 331 -"#, "p.schmidt"),
        ("> PASS s3cr3t!", "s3cr3t!"),
        // Only the servers' own masks are masks: a password in angle brackets or parentheses is one.
        (#"FTP command: Client "192.0.2.7", "PASS <s3cr3t>""#, "s3cr3t"),
        ("*cmd* 'USER anna.k'", "anna.k"),
        // A secret with spaces or commas in a printed object runs to the next field or the bracket.
        ("User(password=correct horse battery staple)", "horse battery staple"),
        ("{Password:correct horse battery staple}", "horse battery staple"),
        ("User { Password = correct horse battery staple }", "horse battery staple"),
        ("User(id=5, password=Sl4inte, Gaelic!, email=a@b.co)", "Gaelic!"),
        ("{Name:Ann Lee Password:correct horse Email:a@b.co}", "horse"),
    ])
    func replaced(_ line: String, _ secret: String) {
        FuzzRegressionTests.expectText(line, secret, replaced: true)
    }

    @Test("masks, prose and the fields after a secret stay", arguments: [
        (#"FTP command: Client "192.0.2.7", "PASS <password>""#, #""PASS <password>""#),
        (#"FTP command: Client "192.0.2.7", "USER anonymous""#, "anonymous"),
        ("AUTH\t1\tPLAIN\tservice=imap\tresp=<hidden>", "resp=<hidden>"),
        ("PASS the salt", "PASS the salt"),
        ("The USER table", "The USER table"),
        ("Mar 14 10:15:02 mail dovecot: auth: Error: LDAP: Connection lost to LDAP server", "auth: Error: LDAP: Connection lost"),
        ("User(id=5, password=Sl4inte, Gaelic!, email=a@b.co)", "User(id=5, password="),
        ("{Name:Ann Lee Password:correct horse Email:a@b.co}", " Email:"),
        ("Config(db_password=s3cret host=db1)", " host=db1)"),
    ])
    func kept(_ line: String, _ kept: String) {
        let out = FuzzRegressionTests.stable(line)
        #expect(out.contains(kept), "\(out)")
    }
}

/// Slack's response URLs and verification services' codes (stop 36: a helper's probe of SaaS
/// webhooks).
@Suite("Response URLs and verification codes")
struct ResponseURLAndCodeTests {
    @Test("the credential is replaced", arguments: [
        ("POST https://hooks.slack.com/commands/T0001/5678/xXyYzZ123abc ok", "xXyYzZ123abc"),
        ("verification sent channel=sms code=482913 status=pending", "482913"),
        // A short authorization code in a callback's query (stop 37).
        ("GET /callback?code=Xy7Wz6Vu5Ts4Rq&state=x 302", "Xy7Wz6Vu5Ts4Rq"),
        ("myapp://oauth/callback?code=ac_Xy7Wz6Vu5Ts4", "ac_Xy7Wz6Vu5Ts4"),
    ])
    func replaced(_ line: String, _ secret: String) {
        FuzzRegressionTests.expectText(line, secret, replaced: true)
    }

    @Test("a status code stays", arguments: ["error code=500 status=failed", "exit code=1234 after 3s", "GET /products?code=AB12CD34 200"])
    func kept(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}

/// Mail and file servers' sign-in lines (stop 36: a helper's probe of classic server logs).
@Suite("Cyrus and winbind sign-ins")
struct ServerSignInTests {
    @Test("the account is replaced, the client's host and address are read as text")
    func cyrus() {
        let out = FuzzRegressionTests.expectText("Mar 14 10:16:01 mail imaps[8812]: login: mail-gw.example.net [198.51.100.90] siobhan.kelly plaintext+TLS User logged in", "siobhan.kelly", replaced: true)
        #expect(out.contains("login: mail-gw.example.net [ip~test~"), "\(out)")
        #expect(!out.contains("198.51.100.90"), "\(out)")
    }

    @Test("a DOMAIN\\\\user account before a colon", arguments: [
        (#"winbindd[1442]:   User CORP\svetlana.kuznetsova: pam_auth failed (NT_STATUS_ACCOUNT_LOCKED_OUT)"#, "svetlana.kuznetsova"),
        (#"x CORP\jsmith: failed"#, "jsmith"),
        // Stop 39: PAN-OS writes the domain as configured, often in lower case, in a CSV cell.
        (#"1,2024/06/03 10:12:13,012801000001,USERID,login,2561,2024/06/03 10:12:13,vsys1,10.20.30.40,acme\jnovak,,0,1,2700"#, "jnovak"),
        (#"x,Acme-Corp\k.oduya"#, "k.oduya"),
    ])
    func windowsAccount(_ line: String, _ user: String) {
        FuzzRegressionTests.expectText(line, user, replaced: true)
    }

    // (A whole CSV cell `word\nword` is read as an account: `acme\nkim` is one too.)
    @Test("a lower-case word\\word outside a CSV cell, a drive or a longer path stays", arguments: [
        #"msg=retry\nbackoff"#, #"a,line\nnext and more,b"#, #"see docs\readme for help"#, #"x,c:\temp,y"#, #"x,logs\app\err,y"#,
    ])
    func notAnAccount(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}
