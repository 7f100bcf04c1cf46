import Testing
@testable import Veil

/// Values in a list next to their key (Django's QueryDict) or in PostgreSQL's key tuples.
@Suite("List and tuple values: QueryDict lists, PostgreSQL Key (col)=(value)")
struct ListAndTupleValueTests {
    @Test("the values are replaced under their key's rule", arguments: [
        (#"POST data: <QueryDict: {'username': ['oscar'], 'password': ['hunter2!']}>"#, "hunter2!", "['[REDACTED:secret]']"),
        (#"POST data: <QueryDict: {'csrfmiddlewaretoken': ['Wx2abcDEF123ghiJKL456mnoPQR789stu'], 'next': ['/']}>"#, "Wx2abcDEF123ghiJKL456mnoPQR789stu", "['token~test~"),
        (#"{'password': ['it\'s me', 'second']}"#, "second", "['[REDACTED:secret]', '[REDACTED:secret]']"),
        (#"'password': ['unterminated"#, "unterminated", "'[REDACTED:secret]"),
        ("DETAIL:  Key (username)=(mike_t) already exists.", "mike_t", "Key (username)=(username~test~"),
        ("DETAIL:  Key (tenant_id, username)=(7, mike_t) already exists.", "mike_t", "=(username~test~"),
        // A value before the ruled one is replaced with it, never skipped unscanned.
        ("DETAIL:  Key (contact, username)=(jane@example.com, mike_t) already exists.", "jane@example.com", "=(username~test~"),
        ("DETAIL:  Key (username, contact)=(mike_t, jane@example.com) already exists.", "jane@example.com", ", email~test~"),
        (#"DETAIL:  Key (user_id)=(mike_t) is not present in table "users"."#, "mike_t", "=(username~test~"),
    ])
    func replaced(_ line: String, _ secret: String, _ expected: String) {
        let out = FuzzRegressionTests.expectText(line, secret, replaced: true)
        #expect(out.contains(expected), "\(out)")
    }

    // PostgreSQL's failing row names no columns (stop 34: the given name and the birth date
    // were written raw).
    @Test("Failing row contains (…): names, a lone date and a street by their shape; numbers, null, statuses and timestamps stay")
    func failingRow() {
        let line = "DETAIL:  Failing row contains (1042, Amara, null, 1988-04-23, amara.okafor@yahoo.com, 555-867-5309, \"O'Brien, Pat\", 12 George St, active, USD, 2024-11-29 10:20:00+00, t)."
        let out = FuzzRegressionTests.stable(line)
        for raw in ["Amara", "1988-04-23", "amara.okafor", "867-5309", "Brien", "George St"] { #expect(!out.contains(raw), "\(out)") }
        #expect(out.hasPrefix("DETAIL:  Failing row contains (1042, name~test~"), "\(out)")
        #expect(out.contains(", null, ") && out.contains(", active, USD, 2024-11-29 10:20:00+00, t)."), "\(out)")
        // Not the phrase: the text scan alone.
        #expect(FuzzRegressionTests.stable("Failing rows: (1042, Amara, null)") == "Failing rows: (1042, Amara, null)")
    }

    // Bound values without their columns (stop 35: written raw).
    @Test("PostgreSQL's positional parameters and an INSERT without columns: values by their shape", arguments: [
        ("2024-03-11 10:00:00 UTC [1] DETAIL:  parameters: $1 = 'ewa.nowak', $2 = 'Kotek2024!haslo'", ["ewa.nowak", "Kotek2024!haslo"], "$1 = 'username~test~"),
        ("DETAIL:  parameters: $1 = 'Aiyana Redcloud', $2 = '1959-10-21', $3 = NULL, $4 = '42', $5 = 'in_progress'", ["Aiyana", "Redcloud", "1959-10-21"],
         "$3 = NULL, $4 = '42', $5 = 'in_progress'"),
        ("INSERT INTO contacts VALUES (NULL,'Zoe D\\'Angelo','x')", ["Zoe", "Angelo"], "VALUES (NULL,'name~test~"),
        ("INSERT INTO contacts VALUES (7, 'Patrick O''Brien', 'p.obrien', '12/03/1990', 'active', 'v1.2', 'Pending', 'Admin')", ["Patrick", "Brien", "p.obrien", "12/03/1990"],
         "'active', 'v1.2', 'Pending', 'Admin')"),
    ])
    func positionalValues(_ line: String, _ raws: [String], _ kept: String) {
        let out = FuzzRegressionTests.stable(line)
        for raw in raws { #expect(!out.contains(raw), "\(out)") }
        #expect(out.contains(kept), "\(out)")
    }

    @Test("each string of a key's list gets its own pseudonym; null elements stay", arguments: [
        (#"changes={"email":["old@example.com","new@example.com"]}"#, ["old@example.com", "new@example.com"], 2, #"","#),
        (#"k={"user":["ann",null,"bob"]}"#, ["ann", "bob"], 2, #"",null,""#),
        (#"k={'user': ['ann', None, 'bob', None]}"#, ["ann", "bob"], 2, "', None, '"),
        // (A JSON object in a text line is scrubbed as JSON, text after it or not: each element on its own.)
        (#"k={"user":["ann",42,"bob"]} ok"#, ["ann", "bob"], 3, #"{"user":["username~test~"#),
        (#"k={"user":["ann",42,"bob"]}"#, ["ann", "bob"], 3, #"{"user":["username~test~"#),
    ])
    func listElements(_ line: String, _ values: [String], _ pseudonyms: Int, _ between: String) {
        let out = FuzzRegressionTests.stable(line)
        for value in values { #expect(!out.contains(value), "\(out)") }
        #expect(out.split(separator: "~test~", omittingEmptySubsequences: false).count - 1 == pseudonyms, "\(out)")
        #expect(out.contains(between), "\(out)")
    }

    @Test("a JSON list of numbers in a text line: each number its own pseudonym, written as a JSON string", arguments: [
        (#"job {"user_id":[4,5]} done"#, #"job {"user_id":["username~test~"#),
        (#"job {"user_id":[ 4 , 5 ]} done"#, #"job {"user_id":[ "username~test~"#),
        (#"job {"user_id":[42]} done"#, #"job {"user_id":["username~test~"#),
        (#"body="{\"user_id\":[4,5]}""#, #"body="{\"user_id\":[\"username~test~"#),
    ])
    func numberList(_ line: String, _ expected: String) {
        let out = FuzzRegressionTests.stable(line)
        #expect(out.hasPrefix(expected), "\(out)")
        #expect(!out.contains(",5") && !out.contains("[4") && !out.contains("42"), "\(out)")
        // The embedded object is still JSON: every pseudonym is quoted.
        #expect(!out.contains("[username") && !out.contains(",username"), "\(out)")
    }

    @Test("Python string and bytes literals: the quoted text is the value", arguments: [
        (#"changed: [db01] => (item={u'user': u'alice', u'pass': u'Alic3Pass'})"#, #"{u'user': u'username~test~"#, "Alic3Pass"),
        (#"{'password': b'hunter22', 'n': 1}"#, #"{'password': b'[REDACTED:secret]', 'n': 1}"#, "hunter22"),
        (#"password=b"hunter22" ok"#, #"password=b"[REDACTED:secret]" ok"#, "hunter22"),
    ])
    func pythonLiterals(_ line: String, _ expected: String, _ secret: String) {
        let out = FuzzRegressionTests.stable(line)
        #expect(out.contains(expected) && !out.contains(secret) && !out.contains("alice"), "\(out)")
    }

    @Test("Erlang maps of binaries and key-value tuples: the value takes the key's rule", arguments: [
        (#"#{<<"password">> => <<"s3cret!">>,<<"username">> => <<"jdoe">>}"#, #"#{<<"password">> => <<"[REDACTED:secret]">>,<<"username">> => <<"username~test~"#),
        (#"[{password,<<"s3cret!">>},{username,<<"jdoe">>}]"#, #"[{password,<<"[REDACTED:secret]">>},{username,<<"username~test~"#),
        (#"[{<<"password">>,<<"s3cret!">>}]"#, #"[{<<"password">>,<<"[REDACTED:secret]">>}]"#),
        (#"{ssl_options,[{password,"s3cret!"}]} {password,s3cret!}"#, #"{ssl_options,[{password,"[REDACTED:secret]"}]} {password,[REDACTED:secret]}"#),
        (#"#{<<"password">> => <<"s3cret! and more"#, #"#{<<"password">> => <<"[REDACTED:secret]"#),
    ])
    func erlangTerms(_ line: String, _ expected: String) {
        let out = FuzzRegressionTests.stable(line)
        #expect(out.hasPrefix(expected) && !out.contains("s3cret") && !out.contains("jdoe"), "\(out)")
    }

    @Test("lists and tuples of keys no rule names stay", arguments: [
        "{'tags': ['a', 'b'], 'next': ['/home']}",
        "DETAIL:  Key (id)=(5) already exists.",
        "f(x)=(y) and g(1)=(2)",
        "Key (order_id, line)=(1001, 2) already exists.",
        #"{port,5672} {user_count,3} {ssl,[{verify,verify_peer}]} #{<<"vhost">> => <<"/">>}"#,
    ])
    func kept(_ line: String) {
        #expect(EngineFixtures.scrub(line) == line)
    }

    @Test("a path under a name key is a path: scanned as text", arguments: [
        (#"apparmor="DENIED" operation="open" name="/home/rita/Documents/tax-return-2025.pdf" pid=123"#, "rita"),
    ])
    func pathUnderName(_ line: String, _ user: String) {
        let out = FuzzRegressionTests.expectText(line, user, replaced: true)
        #expect(out.contains(#"name="/home/username~test~"#) && out.contains("/Documents/tax-return-2025.pdf"), "\(out)")
        #expect(EngineFixtures.scrub(#"type=PATH msg=audit(1.2:3): item=0 name="/etc/shadow" inode=5"#) == #"type=PATH msg=audit(1.2:3): item=0 name="/etc/shadow" inode=5"#)
    }

    @Test("Spring Security: `for principal X`")
    func springPrincipal() {
        let out = FuzzRegressionTests.expectText("WARN o.s.s.a.DefaultAuthenticationEventPublisher : AuthenticationFailureBadCredentialsEvent for principal jack.ryan", "jack.ryan", replaced: true)
        #expect(out.hasSuffix("for principal username~test~" + (out.split(separator: "~").last ?? "")), "\(out)")
    }
}
