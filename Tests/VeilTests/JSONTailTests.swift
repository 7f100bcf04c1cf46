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
        // A prefix key whose rule takes the JSON as its value keeps the text reading.
        (#"x password: {"value":"hunter2xyz"}"#, "hunter2xyz"),
    ])
    func tail(_ line: String, _ secret: String) {
        FuzzRegressionTests.expectText(line, secret, replaced: true)
    }

    @Test("a JSON tail stays JSON; text that only looks like one is read as text", arguments: [
        (#"INFO event {"type":"checkout","ok":true,"n":3}"#, #"INFO event {"type":"checkout","ok":true,"n":3}"#),
        (#"payload: {"bad json, user=alice}"#, #"payload: {"bad json, user=username~test~"#),
        (#"msg {"a":1} then user=alice {"b":2}"#, #"user=username~test~"#),
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

    @Test("names and addresses of things stay", arguments: [
        #"{"line_items":[{"name":"Wireless Mouse","quantity":1}]}"#,
        #"{"x":{"name":"Order Service"},"y":{"name":"ChatOpenAI"},"os":{"name":"Mac OS X"}}"#,
        #"{"metadata":{"name":"nginx-7f9c"},"team":{"name":"Platform Engineering"}}"#,
        #"{"server":{"address":"::"},"peer":{"address":"unix socket /run/app.sock"}}"#,
        #"{"event":{"name":"Page Viewed"},"campaign":{"name":"Black Friday"}}"#,
        #"env: [{"name":"POSTGRES_PASSWORD","value":"x"},{"name":"LOG_LEVEL","value":"debug"}] ok"#,
        #"[{"name":"LOG_LEVEL","value":"debug"}]"#,
    ])
    func things(_ line: String) {
        let out = FuzzRegressionTests.stable(line)
        #expect(!out.contains("name~test~") && !out.contains("address~test~"), "\(out)")
    }
}
