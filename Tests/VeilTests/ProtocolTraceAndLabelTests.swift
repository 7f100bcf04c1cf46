import Testing
@testable import Veil

/// SMTP / IMAP / Redis authentication in protocol traces that debug logs record verbatim.
@Suite("Credentials in authentication protocol traces")
struct ProtocolTraceCredentialTests {
    @Test("the credential is redacted, the command kept", arguments: [
        // SMTP AUTH with an initial response (PHPMailer, smtplib, Postfix debug_peer).
        ("2026-11-30 01:02:03 CLIENT -> SERVER: AUTH PLAIN AGFsaWNlQGV4YW1wbGUuY29tAHMzY3JldFBhc3M=", "AGFsaWNlQGV4YW1wbGUuY29tAHMzY3JldFBhc3M="),
        (#"send: b'AUTH PLAIN AGJvYgBodW50ZXIy\r\n'"#, "AGJvYgBodW50ZXIy"),
        (#"send: 'AUTH LOGIN YWxpY2U=\r\n'"#, "YWxpY2U="),
        // IMAP AUTHENTICATE XOAUTH2 (the response holds a bearer token).
        ("C: a001 AUTHENTICATE XOAUTH2 dXNlcj1zb21ldXNlckBleGFtcGxlLmNvbQFhdXRoPUJlYXJlciB5YTI5LnZGOWRmdDRxbVRjMk52YjNSbGNrQmhkSFJoZG1semRHRXVZMjl0Q2cBAQ==", "dXNlcj1zb21ldXNlckBleGFtcGxl"),
        // AUTH LOGIN: the user name and the password follow on lines of their own.
        ("2026-11-30 01:02:03 CLIENT -> SERVER: YWxpY2VAZXhhbXBsZS5jb20=", "YWxpY2VAZXhhbXBsZS5jb20="),
        ("2026-11-30 01:02:03 CLIENT -> SERVER: czNjcmV0UGFzcw==", "czNjcmV0UGFzcw=="),
        (#"send: b'czNjcmV0\r\n'"#, "czNjcmV0"),
        // Redis on a command line.
        ("redis 127.0.0.1:6379> AUTH mypassword123", "mypassword123"),
        ("AUTH default s3cretpw9", "s3cretpw9"),
        // Glued bytes base64 does not have are taken too (fail closed).
        ("CLIENT -> SERVER: AUTH PLAIN AGFsaWNl_x-y", "_x-y"),
        // Long credentials are taken whole (no cut at a length cap).
        ("CLIENT -> SERVER: AUTH XOAUTH2 " + String(repeating: "QUJD", count: 100) + "_tailZZ", "tailZZ"),
        ("AUTH " + String(repeating: "p4ss", count: 100) + "tailZZ", "tailZZ"),
    ])
    func credentials(_ line: String, _ secret: String) {
        let out = FuzzRegressionTests.expectText(line, secret, replaced: true)
        #expect(out.contains("[REDACTED:secret]"), "\(out)")
    }

    @Test("capabilities, replies, prose and protocol verbs stay", arguments: [
        "250-AUTH PLAIN LOGIN CRAM-MD5",
        "* CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN AUTH=LOGIN AUTH=XOAUTH2",
        "Client sent AUTH, but no password is set",
        "AUTH failed: WRONGPASS invalid username-password pair",
        "AUTH OK", "AUTH failed 3 times", "AUTH PLAIN", "CLIENT -> SERVER: AUTH LOGIN",
        "CLIENT -> SERVER: QUIT", "CLIENT -> SERVER: EHLO mail.example.com", "CLIENT -> SERVER: Hello",
        "SERVER -> CLIENT: 334 VXNlcm5hbWU6",
        #"send: b'ehlo [127.0.1.1]\r\n'"#, #"send: 'QUIT\r\n'"#,
    ])
    func lookAlikes(_ line: String) {
        #expect(EngineFixtures.scrub(line) == line)
    }
}

/// Labels written as words with spaces (forms, support tools, e-mails).
@Suite("Spaced labels: Date of Birth:, Passport No.:, API Key:")
struct SpacedLabelTests {
    @Test("the words read as one key", arguments: [
        ("Date of Birth: 1990-01-15", "1990-01-15", "[REDACTED:dob]"),
        ("Place of Birth: Springfield", "Springfield", "[REDACTED:dob]"),
        ("Passport No.: X12345678", "X12345678", "[REDACTED:gov_id]"),
        ("Passport Number: X12345678", "X12345678", "[REDACTED:gov_id]"),
        ("Driver's License: D1234567", "D1234567", "[REDACTED:gov_id]"),
        ("Phone Number: 555-123-4567", "555-123-4567", "phone~test~"),
        ("Tel.: 030 12345678", "12345678", "phone~test~"),
        ("API Key: abcd1234efgh", "abcd1234efgh", "[REDACTED:secret]"),
        ("Security Answer: fluffy", "fluffy", "[REDACTED:secret]"),
        ("Mother's maiden name: Smith", "Smith", "[REDACTED:secret]"),
        ("User Name: jdoe", "jdoe", "username~test~"),
        ("Login ID: jdoe2", "jdoe2", "username~test~"),
        ("Routing Number: 021000021", "021000021", "[REDACTED:bank_account]"),
        ("ticket 4411 | Social Security Number: 078051120", "078051120", "[REDACTED:ssn]"),
        ("Name: Jane Roe, Date of Birth: 12/03/1985, Account Number: 12345678", "12/03/1985", "[REDACTED:dob]"),
    ])
    func labels(_ line: String, _ secret: String, _ tag: String) {
        let out = FuzzRegressionTests.expectText(line, secret, replaced: true)
        #expect(out.contains(tag), "\(out)")
    }

    @Test("keys aligned in columns, and Terraform's `old -> new`", arguments: [
        (#"  + master_password         = "Terr4form!Pw""#, "Terr4form!Pw", "[REDACTED:secret]"),
        (#"  ~ admin_password          = "0ldPw!" -> "N3wPw!""#, "N3wPw!", "[REDACTED:secret]"),
        (#"  ~ admin_password          = "0ldPw!" -> "N3wPw!""#, "0ldPw!", "[REDACTED:secret]"),
        ("UserName          : jdoe", "jdoe", "username~test~"),
        ("password                = hunter2x", "hunter2x", "[REDACTED:secret]"),
    ])
    func alignedKeys(_ line: String, _ secret: String, _ tag: String) {
        let out = FuzzRegressionTests.expectText(line, secret, replaced: true)
        #expect(out.contains(tag), "\(out)")
    }

    @Test("labels of things and prose stay", arguments: [
        "2026-11-30T12:00:14Z INFO myapp::auth: login succeeded", "INFO api::session: refreshed",
        "Host Name: web1", "Server Host Name: web1", "Product Name: Widget", "File Name: report.pdf",
        "the order number: 5", "see Fig. 3: results", "Build No.: 1234", "Error Code: E42",
    ])
    func lookAlikes(_ line: String) {
        #expect(EngineFixtures.scrub(line) == line)
    }
}

/// OpenVPN names a client by its certificate's common name in every line about it.
@Suite("Accounts in OpenVPN, Samba and Dovecot lines; sign-in lines with a person's name")
struct OpenVPNAndPersonUserTests {
    @Test("the client's name is replaced", arguments: [
        ("Nov 30 01:02:03 vpn openvpn[999]: greg/203.0.113.9:51234 MULTI_sva: pool returned IPv4=10.8.0.6", "greg"),
        ("Nov 30 01:02:03 vpn openvpn[999]: 203.0.113.9:51234 [greg] Peer Connection Initiated with [AF_INET]203.0.113.9:51234", "greg"),
        ("Nov 30 01:02:03 vpn openvpn[999]: 203.0.113.9:51234 VERIFY OK: depth=0, CN=greg", "greg"),
        ("openvpn[999]: 203.0.113.9:51234 VERIFY OK: depth=0, C=US, ST=CA, O=Acme, CN=Greg Miller, emailAddress=greg@example.com", "Greg Miller"),
        ("greg.m/203.0.113.9:51234 SENT CONTROL: 'PUSH_REPLY,route 10.8.0.1'", "greg.m"),
        // Stop 35: a dotted account as the client's name, its name in brackets, the status file.
        ("openvpn[1441]: 203.0.113.250:1194 VERIFY OK: depth=0, CN=amira.haddad", "amira.haddad"),
        ("openvpn[1441]: 203.0.113.250:1194 SENT CONTROL [amira.haddad]: 'PUSH_REPLY,route 10.0.0.0 255.0.0.0' (status=1)", "amira.haddad"),
        ("openvpn[1441]: CLIENT_LIST,olena.shevchenko,198.51.100.91:1194,10.8.0.6,,123456,654321,2024-03-13 08:00:00,1710316800,olena.shevchenko,3,0", "olena.shevchenko"),
        // strongSwan's peer identity, pfSense's captive portal, Samba's full_audit.
        ("charon: 05[IKE] IKE_SA ikev2-eap[12] established between 203.0.113.5[vpn.acme-corp.com]...198.51.100.33[pierre.lefebvre]", "pierre.lefebvre"),
        ("charon: 05[IKE] peer requested virtual IP %any, assigning 10.10.99.7 to peer 'pierre.lefebvre'", "pierre.lefebvre"),
        ("logportalauth[5511]: Zone: guests - ACCEPT: aiko.yamamoto, 8c:85:90:11:22:33, 10.0.50.22", "aiko.yamamoto"),
        // Stop 39: the portal's failures and disconnects, and its zone phrase without the program name.
        ("logportalauth[5511]: Zone: guests - FAILURE: sofia.romano, 8c:85:90:11:22:33, 10.0.50.22, Invalid credentials specified", "sofia.romano"),
        ("logportalauth[5511]: Zone: guests - DISCONNECT: sofia.romano, 8c:85:90:11:22:33, 10.0.50.22", "sofia.romano"),
        ("portal[1]: Zone: guests - ACCEPT: sofia.romano, 8c:85:90:11:22:33, 10.0.50.22", "sofia.romano"),
        // Synology DSM: the name in brackets before ` from [`.
        ("synology WinFileService: User [tomasz.wojcik] from [192.168.1.20] via [SMB] accessed shared folder [homes].", "tomasz.wojcik"),
        ("synology: User [Anna Kowalska] from [192.168.1.20] failed to log in via [DSM] due to authorization failure.", "Anna Kowalska"),
        ("smbd_audit: lina.park|10.0.0.8|LINA-LAPTOP|finance|open|ok|r|Payroll/2024.pdf", "lina.park"),
        // Exim's delivery lines: the local recipient before its address.
        ("exim[4501]: 2024-03-12 14:02:01 1rk2Ab-000123-Xy => kerstin.schulz <kerstin.schulz@acme-corp.de> R=local_user T=local_delivery", "kerstin.schulz"),
        ("2024-03-12 14:02:01 1rk2Ab-000123-Xy ** anna <anna@example.org>: Unrouteable address", "anna <"),
    ])
    func openVPN(_ line: String, _ user: String) {
        let out = FuzzRegressionTests.expectText(line, user, replaced: true)
        #expect(out.contains("username~test~"), "\(out)")
    }

    @Test("one client, one pseudonym, across OpenVPN's line shapes")
    func samePseudonym() {
        let a = EngineFixtures.scrub("openvpn[1]: greg/203.0.113.9:51234 MULTI_sva: pool returned")
        let b = EngineFixtures.scrub("openvpn[1]: 203.0.113.9:51234 VERIFY OK: depth=0, CN=greg")
        let pseudonym = a.split(separator: "/").first.map { String($0.split(separator: " ").last ?? "") } ?? ""
        #expect(pseudonym.hasPrefix("username~test~") && b.hasSuffix("CN=" + pseudonym), "\(a) | \(b)")
    }

    @Test("CA certificates, host names and transports stay", arguments: [
        "openvpn[1]: 203.0.113.9:51234 VERIFY OK: depth=1, CN=Acme Root CA",
        "openvpn[1]: 203.0.113.9:51234 VERIFY OK: depth=0, CN=vpn.example.com",
        "openvpn[1]: 203.0.113.9:51234 VERIFY OK: depth=0, CN=gateway.local",
        "openvpn[1]: 203.0.113.9:51234 CLIENT_LIST_HEADER, established between peers",
        "synology: User [REDACTED:secret] from [ip~test~6szznethm3ej2iib] via [SMB]",
    ])
    func certificateLookAlikes(_ line: String) {
        let out = EngineFixtures.scrub(line)
        #expect(out.hasSuffix(String(line.split(separator: " ", maxSplits: 2)[2])), "\(out)")
    }

    @Test("a transport before the address is no user")
    func transport() {
        let out = FuzzRegressionTests.stable("openvpn[1]: tcp/203.0.113.5:443 connected")
        #expect(out.hasPrefix("openvpn[1]: tcp/ip~test~"), "\(out)")
    }

    @Test("Samba audit and Dovecot passdb lines: the account in brackets or parentheses", arguments: [
        ("smbd[1]: Authentication for user [harper] -> [harper] FAILED with error NT_STATUS_WRONG_PASSWORD", "harper"),
        (#"samba[1]: Auth: [SMB2,(null)] user [CORP]\[jlee] at [Mon, 30 Nov 2026 01:02:03 UTC] with [NTLMv2] status [NT_STATUS_OK]"#, "jlee"),
        (#"samba[1]: … became [CORP]\[jlee] [S-1-5-21-1-2-3-1001]."#, "jlee"),
        ("dovecot: auth: passwd-file(frank,198.51.100.8): Password mismatch", "frank"),
        ("dovecot: auth-worker(123): pam(frank,198.51.100.8,<AbCd>): pam_authenticate() failed", "frank"),
    ])
    func sambaAndDovecot(_ line: String, _ user: String) {
        let out = FuzzRegressionTests.expectText(line, user, replaced: true)
        #expect(out.contains("username~test~") && !out.contains("REDACTED"), "\(out)")
    }

    @Test("Samba keeps the domain; a Docker `auth` value is still a secret")
    func sambaDomainAndDockerAuth() {
        let samba = EngineFixtures.scrub(#"Auth: [SMB2,(null)] user [CORP]\[jlee] at [Mon]"#)
        #expect(samba.hasPrefix(#"Auth: [SMB2,(null)] user [CORP]\[username~test~"#), "\(samba)")
        #expect(EngineFixtures.scrub(#"{"auths":{"r.example":{"auth":"dXNlcjpwYXNzd29yZA=="}}}"#).contains("[REDACTED:secret]"))
        #expect(EngineFixtures.scrub("auth: dXNlcjpwYXNzd29yZA==") == "auth: [REDACTED:secret]")
    }

    @Test("`for user John Smith`: the family name goes with the given name")
    func personUser() {
        let out = FuzzRegressionTests.expectText("ERROR c.e.UserService : Failed to update profile for user John Smith (id=42)", "Smith", replaced: true)
        #expect(!out.contains("John") && out.contains("(id=42)"), "\(out)")
        FuzzRegressionTests.expectText("Failed to update profile for user jsmith Today", "Today", replaced: false)
    }
}

/// A password after the word `password` in prose, Oracle connect strings, Discord webhooks.
@Suite("Prose passwords, Oracle connect strings, Discord webhook tokens")
struct ProsePasswordTokenTests {
    @Test("the credential is replaced", arguments: [
        ("Login with user admin and password admin123", "admin123", "[REDACTED:secret]"),
        ("Password Welcome1! accepted", "Welcome1!", "[REDACTED:secret]"),
        ("sqlplus -s scott/T1ger@orcl @script.sql", "T1ger", "scott/[REDACTED:secret]@orcl"),
        ("rman target sys/Rman_pw1@prod", "Rman_pw1", "sys/[REDACTED:secret]@prod"),
        ("POST https://discord.com/api/webhooks/123456789012345678/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcd 204",
         "abcdefghijklmnopqrstuvwxyz", "/123456789012345678/[REDACTED:api_key] 204"),
    ])
    func replaced(_ line: String, _ secret: String, _ expected: String) {
        let out = FuzzRegressionTests.expectText(line, secret, replaced: true)
        #expect(out.contains(expected), "\(out)")
    }

    @Test("prose, SQL keywords, counts and OS authentication stay", arguments: [
        "password reset link sent", "PASSWORD EXPIRE INTERVAL 90 DAY", "password 3 times", "the password policy requires 12 chars",
        "password ********", "password (hidden)", "password expired.", "sqlplus / as sysdba", "sqlplus /nolog",
        "delivered to discord webhook 1234",
    ])
    func kept(_ line: String) {
        #expect(EngineFixtures.scrub(line) == line)
    }
}
