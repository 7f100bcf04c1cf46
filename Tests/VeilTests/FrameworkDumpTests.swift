import Testing
@testable import Veil

/// Stop 45's probes of framework dumps and CLI sessions: Ecto's bound values after the statement,
/// Scala case classes of a person printed positionally, PHP's truncated string arguments,
/// auditd's hex-encoded arguments, `ssh -v`'s account, and a path segment or URL placeholder
/// that is no secret's key.
@Suite("Framework dumps and CLI sessions")
struct FrameworkDumpTests {
    static let ecto = #"INSERT INTO "customers" ("first_name","last_name","email","birth_date","national_id","inserted_at") VALUES ($1,$2,$3,$4,$5,$6) RETURNING "id" ["Håkon", "Ødegård", "hakon.odegaard@online.no", ~D[1985-03-17], "17038549812", ~N[2024-03-14 09:14:07]]"#
    static let execve = #"type=EXECVE msg=audit(1710408002.101:9925): argc=5 a0="sshpass" a1="-p" a2=636F727265637420686F7273652062617474657279203432 a3="ssh" a4="app-02.example.net""#

    @Test("the value is replaced", arguments: [
        (ecto, "Håkon"), (ecto, "Ødegård"), (ecto, "1985-03-17"), (ecto, "17038549812"),
        (#"UPDATE "users" SET "last_name" = $1, "updated_at" = $2 WHERE "id" = $3 ["Ødegård", ~N[2024-03-14 09:14:07], 42]"#, "Ødegård"),
        ("KYC approved for Some(Person(Aarav Sharma,1992-11-04,Some(+91 98765 43210)))", "1992-11-04"),
        (#"created Patient(Jan Kowalski, "04.11.1992", ward 3)"#, "04.11.1992"),
        ("#2 /app/Http/Controllers/Auth/LoginController.php(48): App\\Services\\UserLookup->findByEmail('haruto.sato@exa...')", "haruto.sato@exa"),
        ("lookup(\"jane.doe@example.c…\")", "jane.doe@example.c"),
        (execve, "636F727265637420686F7273652062617474657279203432"),
        ("debug1: Authenticating to db-bastion.example.net:22 as 'rkapoor'", "rkapoor"),
        ("reset /password S3cr3t!x", "S3cr3t!x"),
        ("<password>@bc</password>", "@bc"),
        ("cut off: <password>@bcdef", "@bcdef"),
        ("vault kv put secret/db/password value=S3cr3tX", "S3cr3tX"),
        (#"** Last message in was {login,<<"priya@example.in">>,<<"s3cr3t!Pa55">>} ** When"#, "s3cr3t!Pa55"),
        ("{login, \"bob\", 'pw1234x'} x", "pw1234x"),
    ])
    func replaced(_ line: String, _ raw: String) {
        FuzzRegressionTests.expectText(line, raw, replaced: true)
    }

    @Test("what is around the value stays", arguments: [
        (ecto, #"VALUES ($1,$2,$3,$4,$5,$6) RETURNING "id" ["#), (ecto, "~N[2024-03-14 09:14:07]]"),
        ("SELECT 1 FROM jobs WHERE attempt = $1 [42] retry [3]", "SELECT 1 FROM jobs WHERE attempt = $1 [42] retry [3]"),
        ("Order(1234, 2024-03-14) shipped", "Order(1234, 2024-03-14) shipped"),
        ("Person(42, 2024-03-14T10:00:00Z) seen", "Person(42, 2024-03-14T10:00:00Z) seen"),
        ("method=POST path=/users/password format=html controller=Users::PasswordsController", "path=/users/password format=html controller="),
        ("Connecting to:\t\tmongodb+srv://<credentials>@cluster0.ab1cd.mongodb.net/reports?appName=mongosh+2.1.5", "<credentials>@cluster0.ab1cd.mongodb.net/reports?appName=mongosh+2.1.5"),
        ("GET /reset/password HTTP/1.1", "GET /reset/password HTTP/1.1"),
        ("connect postgres://<user>:<password>@db.internal:5432/app", ":<password>@db.internal:5432/app"),
        (execve, #"a0="sshpass" a1="-p" a2="#), (execve, #" a3="ssh" a4="app-02.example.net""#),
        ("debug1: Authenticating to db-bastion.example.net:22 as 'rkapoor'", "debug1: Authenticating to db-bastion.example.net:22 as '"),
        ("Read 3 lines from build.log...", "Read 3 lines from build.log..."),
        (#"{user,<<"bob">>,<<"admin">>} ok"#, #"<<"admin">>} ok"#),
    ])
    func kept(_ line: String, _ text: String) {
        FuzzRegressionTests.expectText(line, text, replaced: false)
    }
}
