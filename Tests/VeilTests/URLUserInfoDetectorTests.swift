import Testing
@testable import Veil

@Suite("URLUserInfoDetector") struct URLUserInfoDetectorTests {
    static func scan(_ line: String) -> [String] {
        CredentialScanHarness.scan(line, trigger: CredentialScanHarness.isURLTrigger, URLUserInfoDetector.match)
    }

    @Test("finds passwords and token-like users in URL user-info", arguments: [
        ("connecting to postgres://app:s3cr3t@db:5432/x", "s3cr3t"),
        ("git clone https://x-access-token:ghs_16C7e42F292c6912E7710c838347Ae178B4a@github.com/o/r.git", "ghs_16C7e42F292c6912E7710c838347Ae178B4a"),
        ("REDIS_URL=redis://:pass@host:6379/0", "pass"),
        ("broker: amqp://guest:guest@rabbit", "guest"),
        (#"{"url":"https:\/\/u:p@h.com\/x"}"#, "p"),
        ("mongodb+srv://admin:p%40ss%3Aword@cluster0.mongodb.net/?retryWrites=true", "p%40ss%3Aword"),
        ("DATABASE_URL=mysql://root:p@ss@10.0.0.5/app", "p@ss"),
        ("fetch https://ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d@github.com/o/r", "ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d"),
        ("https://0a1b2c3d4e5f6a7b8c9d0e1f@sentry.io/42", "0a1b2c3d4e5f6a7b8c9d0e1f"),
        ("proxy=http://user:hunter2@[::1]:3128 ok", "hunter2"),
        ("'dsn': 'ftp://anonymous:guest@ftp.example.org'", "guest"),
    ] as [(String, String)])
    func positives(line: String, secret: String) {
        #expect(Self.scan(line) == [secret])
    }

    @Test("ignores URLs without a secret in user-info", arguments: [
        "GET https://example.com/path?q=1",
        "http://host:8080/health",
        "ssh://git@github.com/o/r.git",
        "https://alice@example.com/",
        "https://example.com/@alice/posts",
        "https://example.com/?next=a@b",
        "https://user:@host/",
        "note: //comment with user:pw@host",
        "C:\\\\Users\\\\me",
        "://user:pw@host",
        "https://aaaaaaaaaaaaaaaaaaaaaaaa@host", // long but no digit
    ])
    func negatives(line: String) {
        #expect(Self.scan(line).isEmpty)
    }

    @Test("JDBC and ODBC connection strings (stop 33): the whole password, never a part of it", arguments: [
        ("jdbc:sqlserver://sql01:1433;databaseName=crm;user=crm_app;password=CrmP@ss1;encrypt=true", "ss1", "sql01:1433;databaseName=crm;user="),
        // (Stop 39: the account is replaced too, as in a URL's user info.)
        ("jdbc:oracle:thin:scott/tiger@//oracle.internal:1521/ORCL", "tiger", "jdbc:oracle:thin:username~test~"),
        ("jdbc:oracle:thin:hr_app/Tiger#99@//db1:1521/ORCL", "hr_app", "/[REDACTED:password]@//db1:1521/ORCL"),
        ("jdbc:oracle:thin:scott/t1ger#x@db:1521:ORCL", "t1ger", "@db:1521:ORCL"),
        ("url=jdbc:oracle:thin:scott/tiger local", "tiger", " local"),
        ("Driver={ODBC Driver 17 for SQL Server};Server=x;UID=odbc_user;PWD={Br@ces;Pass};", "Pass", "Driver={ODBC Driver 17 for SQL Server};"),
    ])
    func connectionStrings(_ line: String, _ secret: String, _ kept: String) {
        let out = FuzzRegressionTests.expectText(line, secret, replaced: true)
        #expect(out.contains(kept), "\(out)")
    }

    // Go's MySQL DSN has no scheme (stop 34: its password was written raw).
    @Test("Go's MySQL DSN: the account and the password, the address and database stay", arguments: [
        ("dsn=app:G0-Dsn-Pw-42@tcp(mysql.acme.io:3306)/orders?parseTime=true", ["app:", "G0-Dsn-Pw-42"], ":[REDACTED:secret]@tcp(mysql.acme.io:3306)/orders?parseTime=true"),
        (#"open "root:p@ss:w0rd@unix(/run/mysqld/mysqld.sock)/db": dial error"#, ["root", "p@ss", "w0rd"], #":[REDACTED:secret]@unix(/run/mysqld/mysqld.sock)/db": dial error"#),
        ("DSN: reader@tcp(db:3306)/shop", ["reader"], "@tcp(db:3306)/shop"),
    ] as [(String, [String], String)])
    func goDSN(_ line: String, _ secrets: [String], _ tail: String) {
        let out = FuzzRegressionTests.stable(line)
        for secret in secrets { #expect(!out.contains(secret), "\(out)") }
        #expect(out.hasSuffix(tail) && out.contains("username~test~"), "\(out)")
        #expect(FuzzRegressionTests.stable("mail jane@tcp.example.com x").contains("email~test~"))
    }

    // GitHub Actions' mask command names its value a secret (stop 34).
    @Test("::add-mask:: takes the rest of the line; other workflow commands stay")
    func addMask() {
        #expect(FuzzRegressionTests.stable("2024-11-29T10:00:00.0000000Z ::add-mask::Ma5k3d V4lue-123 ") == "2024-11-29T10:00:00.0000000Z ::add-mask::[REDACTED:secret] ")
        #expect(FuzzRegressionTests.stable("echo ::group::Build") == "echo ::group::Build")
    }

    @Test("floor clips the user-info")
    func floorRespected() {
        let bytes = Array("redis://u:pw@h".utf8)
        bytes.withUnsafeBufferPointer { b in
            #expect(URLUserInfoDetector.match(b, at: 5, floor: 0) == 10..<12)
            #expect(URLUserInfoDetector.match(b, at: 5, floor: 11) == 11..<12)
            #expect(URLUserInfoDetector.match(b, at: 5, floor: 12) == nil)
        }
    }

    @Test("a password with an @ and then a # or ? (stop 37): all of it up to the host", arguments: [
        ("postgresql://etl:p@ss#word@crm-db:5432/crm", "ss#word", "@crm-db:5432/crm"),
        ("redis://:p@ss#w0rd@redis:6379/0", "w0rd", "@redis:6379/0"),
        ("redis://:pa#ss@redis:6379/0", "pa#ss", "@redis:6379/0"),
    ])
    func reservedAfterAt(_ line: String, _ secret: String, _ tail: String) {
        let out = FuzzRegressionTests.expectText(line, secret, replaced: true)
        #expect(out.hasSuffix("[REDACTED:password]" + tail), "\(out)")
    }

    @Test("a query after a host with a dot keeps its address")
    func queryAfterHost() {
        let out = FuzzRegressionTests.stable("https://user:pw@host.com?next=x@y.z")
        #expect(out.contains(":[REDACTED:password]@host.com?next="), "\(out)")
    }
}
