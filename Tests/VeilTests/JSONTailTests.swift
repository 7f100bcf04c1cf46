import Testing
@testable import Veil

/// Probe findings (stop 38): JSON after a log prefix was read as text and lost its keys' parents;
/// nested `name` and `address` members and `$`-prefixed keys were written raw in JSON.
@Suite("JSON after a text prefix, and nested person members in JSON") struct JSONTailTests {
    @Test("a line that ends in JSON: the JSON's fields by path, the prefix as text", arguments: [
        (#"GET /fhir/Patient 200 body: {"name":[{"family":"Oyelaran","given":["Folake"]}]}"#, "Oyelaran"),
        (#"body: {"address":[{"line":["ul. Marszałkowska 84/92"],"city":"Warszawa"}]}"#, "Warszawa"),
        (#"2024-05-01 INFO dispatch: [{"pickup":{"address":"King Fahd Rd, Al Olaya, Riyadh 12214"}}]"#, "King Fahd"),
        (#"INFO sift: POST /v205/events {"$user_id":"wojtek.kowalczyk","$billing_address":{"$address_1":"ul. Marszałkowska 84/92"}}"#, "wojtek"),
        (#"INFO sift: POST /v205/events {"$user_id":"wojtek.kowalczyk","$billing_address":{"$address_1":"ul. Marszałkowska 84/92"}}"#, "Marszałkowska"),
        // The prefix is still scrubbed as text.
        (#"login jane.doe@example.com from 203.0.113.9 {"ok":true}"#, "jane.doe"),
        (#"login jane.doe@example.com from 203.0.113.9 {"ok":true}"#, "203.0.113.9"),
        // Monolog's empty `extra` after the context (Laravel, Symfony), and a context escaped as `\u0022`.
        (#"[2024-05-01 12:00:05] local.INFO: Patient created {"RequestBody":{"name":"Tomás Ó Briain"}} []"#, "Briain"),
        (#"x {"raw":"{\u0022password\u0022:\u0022Accra#Gold2024\u0022}"} []"#, "Accra#Gold2024"),
        // A prefix key whose rule takes the JSON as its value keeps the text reading.
        (#"x password: {"value":"hunter2xyz"}"#, "hunter2xyz"),
        // A cookie's value is a credential whole, whatever its JSON keys.
        (#"Cookie: a=b; prefs={"v":"Zx9qLw3TtRr5"}"#, "Zx9qLw3TtRr5"),
    ])
    func tail(_ line: String, _ secret: String) {
        FuzzRegressionTests.expectText(line, secret, replaced: true)
    }

    @Test("a JSON tail stays JSON; text that only looks like one is read as text", arguments: [
        (#"INFO event {"type":"checkout","ok":true,"n":3}"#, #"INFO event {"type":"checkout","ok":true,"n":3}"#),
        (#"payload: {"bad json, user=alice}"#, #"payload: {"bad json, user=username~test~"#),
        (#"msg {"a":1} then user=alice {"b":2}"#, #"user=username~test~"#),
        // Elixir's map under a key: its members are read, the `%{` stays.
        (#"[info] Parameters: %{"user" => %{"email" => "hamid.karimi@gmail.com"}}"#, #"[info] Parameters: %{"user" => %{"email" => "email~test~"#),
    ])
    func kept(_ line: String, _ expected: String) {
        let out = FuzzRegressionTests.stable(line)
        #expect(out.hasPrefix(expected) || out.contains(expected), "\(out)")
    }

    @Test("nested name and address members with a person's or a postal shape", arguments: [
        (#"{"RequestBody": {"name": "Tomás Ó Briain"}}"#, "Briain"),
        (#"{"data":{"customer_details":{"name":"Olufemi Adeyemi"}}}"#, "Olufemi"),
        (#"{"a":{"name":"Lars Øvergaard"}}"#, "Øvergaard"),
        (#"{"z":{"name":"Maria de los Angeles Garcia"}}"#, "Angeles"),
        (#"{"z":{"name":"Zoë O'Brien-Smith"}}"#, "Brien"),
        (#"{"pickup":{"address":"King Fahd Rd, Al Olaya, Riyadh 12214"}}"#, "King Fahd"),
        (#"{"$name":"Olufemi Adeyemi","$user_id":"wojtek.k"}"#, "wojtek.k"),
    ])
    func nested(_ line: String, _ secret: String) {
        FuzzRegressionTests.expectText(line, secret, replaced: true)
    }

    @Test("names and addresses of things, listen addresses stay", arguments: [
        #"{"line_items":[{"name":"Wireless Mouse","quantity":1}]}"#,
        #"{"x":{"name":"Order Service"},"y":{"name":"ChatOpenAI"},"os":{"name":"Mac OS X"}}"#,
        #"{"metadata":{"name":"nginx-7f9c"},"team":{"name":"Platform Engineering"}}"#,
        #"{"server":{"address":"::"},"peer":{"address":"unix socket /run/app.sock"}}"#,
        #"{"event":{"name":"Page Viewed"},"campaign":{"name":"Black Friday"}}"#,
        #"env: [{"name":"POSTGRES_PASSWORD","value":"x"},{"name":"LOG_LEVEL","value":"debug"}] ok"#,
        #"[{"name":"LOG_LEVEL","value":"debug"}]"#,
        // Listen and memory addresses under `addr`/`address` (benign probe, stop 38).
        #"{"msg":"server started","addr":"0.0.0.0:8080"}"#,
        #"level=info msg="Start listening" address=0.0.0.0:9090 x"#,
        #"msg="HTTP Server Listen" address=[::]:3000 protocol=http"#,
        #"[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x6b2f3a]"#,
    ])
    func things(_ line: String) {
        let out = FuzzRegressionTests.stable(line)
        #expect(!out.contains("name~test~") && !out.contains("address~test~"), "\(out)")
    }

    @Test("a person object's settings and booking facts are scanned as text", arguments: [
        (#"2024-05-01 12:00:32 x payload={"customer":{"name":"Yaw Asante","currency":"eur","country":"DE","status":"active"}}"#, #""currency":"eur","country":"DE","status":"active""#),
        (#"x payload={"guest":{"name":"Efua Asante","status":"checked_in","room":"1204","nights":3}}"#, #""room":"1204","nights":3"#),
        (#"{"beneficiary":{"name":"Efua Asante","bic":"COBADEFFXXX"},"guardian":{"relationship":"mother"}}"#, #""bic":"COBADEFFXXX"},"guardian":{"relationship":"mother"}"#),
    ])
    func personAttributes(_ line: String, _ kept: String) {
        let out = FuzzRegressionTests.stable(line)
        #expect(out.contains(kept) && !out.contains("Asante"), "\(out)")
    }

    @Test("an empty value, a package's architecture and SSH's algorithm names are no pairs or addresses", arguments: [
        #"Trace[1]: "List" name:,subresource:,namespace:default,resource:pods"#,
        "Install: passwd:amd64 (1:4.13+dfsg1-4ubuntu3.2), login:amd64 (1:4.13)",
        "debug1: kex: client->server cipher: chacha20-poly1305@openssh.com compression: none",
        "debug1: kex: algorithm: sntrup761x25519-sha512@openssh.com, curve25519-sha256@libssh.org",
    ])
    func technical(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}
