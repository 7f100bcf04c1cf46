import Testing
@testable import Veil

/// Formats stop 43's second and third probe rounds found read wrong: Ivanti's user before its
/// realm, mod_log_forensic's headers after a cookie, botocore's bytes literal, Oracle's audit
/// lengths, DynamoDB's typed values, MongoDB's index spec, Matrix ids, nodemailer's Message-IDs,
/// WP-CLI's user commands.
@Suite("Server and client log formats: realms, forensic headers, typed and sized values")
struct ServerAndClientFormatTests {
    @Test("the account or secret is replaced; the syntax around it stays", arguments: [
        ("AUT24414: Primary authentication failed for ewright/Corp-LDAP from 203.0.113.5", "ewright", "/Corp-LDAP from "),
        ("|Host:blog.example.org|Cookie:a=b1c2d3; wp-s=1718097600|Content-Length:112|X-Forwarded-For:1.2.3.4", "1718097600", "|Content-Length:112|X-Forwarded-For:"),
        ("'X-Amz-Security-Token': b'IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQD6oAiB7', 'x': 1", "IQoJb3Jp", "'X-Amz-Security-Token': b'token~test~"),
        ("Oracle Audit[28101]: ACTION :[7] 'CONNECT' DATABASE USER:[9] 'FNAKAMURA' PRIVILEGE :[4] 'NONE'", "FNAKAMURA", "DATABASE USER:[9] 'username~test~"),
        ("debug: DynamoDBClient UpdateItemCommand { Key: { userId: { S: 'aoife.brennan' } }, TableName: 'users' }", "aoife.brennan", "{ userId: { S: 'username~test~"),
        ("Failed password login for user @bertrand.lefevre:matrix.example.org", "bertrand", "for user @username~test~"),
        ("$ wp user create tnakamura takeshi.nakamura@example.jp --role=editor", "tnakamura", "$ wp user create username~test~"),
        ("2024-06-04 10:48:30 - ive - [198.51.100.61] gkarlsson(Employees)[Users] - Login succeeded", "gkarlsson", "(Employees)[Users] - Login succeeded"),
        (#"{"subscriber":{"id":"8kbf","email":"ann@example.com","mode":"email","components":["8kbf7d35c070"]}}"#, "ann@", #""mode":"email","components":["8kbf7d35c070"]}}"#),
    ])
    func replaced(_ line: String, _ raw: String, _ kept: String) {
        let out = FuzzRegressionTests.stable(line)
        #expect(!out.contains(raw) && out.contains(kept), "\(out)")
    }

    @Test("these stay as they are", arguments: [
        #""planSummary":"IXSCAN { email: 1 }""#,
        "[nodemailer] INFO  Message <b7c1e9a0-4f2d@acme-saas.com> sent: 250",
        "wp plugin update --all",
        "2024-06-04 10:48:30 - ive - System()[] - Cleanup done",
        #"{"createdBy":{"sys":{"type":"Link","linkType":"User"}}}"#,
    ])
    func kept(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }

    @Test("Go's name/value pairs take their name's rule; a name that names nothing leaves the value as it is")
    func goNameValuePairs() {
        let line = "env=[{Name:DB_PASSWORD Value:S3cr3tPw! ValueFrom:nil} {Name:LOG_LEVEL Value:debug ValueFrom:nil} {Name:customer-id Value:CUST-0048817} {Name:format Value:json}]"
        let out = FuzzRegressionTests.stable(line)
        #expect(out.contains("{Name:DB_PASSWORD Value:[REDACTED:secret] ValueFrom:nil}") && out.contains("{Name:LOG_LEVEL Value:debug ValueFrom:nil}"), "\(out)")
        #expect(out.contains("{Name:customer-id Value:username~test~") && out.hasSuffix("{Name:format Value:json}]") && !out.contains("CUST-0048817"), "\(out)")
    }

    @Test("wallet private keys in WIF (checksum verified) and OneDrive owners in paths", arguments: [
        ("wif=5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ ok", "5HueCGU8rMjx", true),
        ("key KwdMAjGmerYanjeui5SHS7JkmpZvVipYvB2LJGU1ZxJwYvP98617 ok", "KwdMAjGmerYa", true),
        // One character changed: the checksum fails, no key.
        ("fake 5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTK", "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTK", false),
        (#""FilePathUrl":"https://contoso-my.sharepoint.com/personal/kwame_mensah_contoso_com/Documents/x.docx""#, "kwame", true),
        ("GET /personal/settings/ok", "/personal/settings/ok", false),
    ])
    func walletKeysAndOneDrive(_ line: String, _ text: String, _ replaced: Bool) {
        FuzzRegressionTests.expectText(line, text, replaced: replaced)
    }
}
