import Testing
@testable import Veil

/// Over-replacements and leaks that stop 43's second round of probes found in transcripts,
/// ORM statements, mail logs and web paths: a speaker's label read as an account key, a bind
/// placeholder and a Message-ID read as values, a PostgreSQL cast that broke an INSERT's
/// pairing, a web page under `/home/` read as a home directory.
@Suite("Speaker labels, bind placeholders, Message-IDs, casts, web paths under home")
struct ConversationAndStatementTests {
    @Test("these stay as they are", arguments: [
        "CUSTOMER: hi, my card was declined",
        "User: what is the weather in Paris",
        "Patient: sorry I missed the appointment",
        "Customer: it's not working",
        #"UPDATE "addresses" SET "street"=$1,"city"=$2 WHERE "id" = $3"#,
        "Nov 3 mx postfix/cleanup[123]: 4F2A1: message-id=<20240311091434.1@mail.example.com>",
        "Celery task 'message_id': '<20240311091434.1@mail.example.com>'",
        "References: <a1@x.example.com> <b2@y.example.com>",
        #""GET /dana/home/index.cgi HTTP/1.1" 302"#,
        "GET /app/home/dashboard 200",
    ])
    func kept(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }

    @Test("the personal value next to them is still replaced", arguments: [
        ("User: jdoe logged in", "jdoe"),
        ("Patient: Jane Doe, DOB 1970-01-01", "Jane"),
        ("postfix/qmgr[1]: 4F2A1: from=<jane.doe@example.com>, size=1234", "jane.doe"),
        ("References: <a1@x.example.com> To: <jane.doe@example.com>", "jane.doe"),
        ("New Message <jane.doe@example.com> received", "jane.doe"),
        ("cd /home/jdoe && ls /var/home/amy /volume1/homes/jorg.muller/a", "jdoe"),
        ("cd /home/jdoe && ls /var/home/amy /volume1/homes/jorg.muller/a", "amy"),
        ("cd /home/jdoe && ls /var/home/amy /volume1/homes/jorg.muller/a", "jorg.muller"),
    ])
    func replaced(_ line: String, _ raw: String) {
        FuzzRegressionTests.expectText(line, raw, replaced: true)
    }

    @Test("a cast after a literal keeps an INSERT's columns paired; Django's args repeat the replaced numbers")
    func insertWithCast() {
        let line = #"(0.001) INSERT INTO "profiles_profile" ("user_id", "national_id", "date_of_birth", "street_address") VALUES (4417, '85010712345', '1985-01-07'::date, '12 Baker Street') RETURNING "profiles_profile"."id"; args=(4417, '85010712345'); alias=default"#
        let out = FuzzRegressionTests.stable(line)
        #expect(out.contains("'[REDACTED:dob]'::date, 'address~test~") && out.hasSuffix("RETURNING \"profiles_profile\".\"id\"; args=(4417, '[REDACTED:ssn]'); alias=default"), "\(out)")
        #expect(!out.contains("85010712345") && !out.contains("1985-01-07") && !out.contains("Baker"), "\(out)")
    }

    @Test("TypeORM's parameters take their placeholders' columns; an unnamed value its shape; other values stay")
    func typeORMParameters() {
        let insert = FuzzRegressionTests.stable(#"query failed: INSERT INTO "user"("firstName", "lastName", "email") VALUES ($1, $2, $3) RETURNING "id" -- PARAMETERS: ["Mateo","Gonzalez Reyes","mateo@example.com"]"#)
        #expect(insert.contains(#"-- PARAMETERS: ["name~test~"#) && insert.contains(#"","email~test~"#), "\(insert)")
        for raw in ["Mateo", "Gonzalez", "Reyes", "mateo@"] { #expect(!insert.contains(raw), "\(insert)") }
        let update = FuzzRegressionTests.stable(#"query: UPDATE "session" SET "token" = $1, "expiresAt" = $2 WHERE "userId" IN ($3) -- PARAMETERS: ["sess_Qm9vYjRhcjd4ZXRhS2lsbzAxMjM0NTY3","2024-03-12T09:14:22.000Z",58213]"#)
        #expect(update.contains(#"-- PARAMETERS: ["token~test~"#) && update.contains(#""2024-03-12T09:14:22.000Z",username~test~"#) && !update.contains("58213"), "\(update)")
        let select = #"query: SELECT * FROM "orders" WHERE "status" = $1 -- PARAMETERS: ["shipped"]"#
        #expect(FuzzRegressionTests.stable(select) == select)
    }

    @Test("Irish names with their particles", arguments: [
        (#"{"target":{"name":"Continue as Aoife Ní Bhriain"}}"#, "Bhriain"),
        ("Seán Ó Súilleabháin called", "Súilleabháin"),
    ])
    func irishNames(_ line: String, _ raw: String) {
        FuzzRegressionTests.expectText(line, raw, replaced: true)
    }
}
