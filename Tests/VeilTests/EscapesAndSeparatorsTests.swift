import Testing
@testable import Veil

/// Stop 43's third probe round: a JSON string written again after a replacement kept its
/// writer's escapes only sometimes; a date's value took the next key when it began like a
/// month; pipe- and caret-separated pairs (Symantec DLP, LEEF 2.0) ran together; file names,
/// event descriptions and working directories under name, signature and pwd keys were replaced.
@Suite("JSON escape styles, pair separators, file names and descriptions under person and secret keys")
struct EscapesAndSeparatorsTests {
    @Test("a string's other bytes keep their escapes after a replacement", arguments: [
        (#"{"dashboard":"https://grafana.example.com/d/x?orgId=1\u0026var-customer=jane@example.com","desc":"\u003cb\u003e"}"#, #"?orgId=1\u0026var-customer=email~test~"#),
        (#"{"msg":"Caf\u00e9 order for jane@example.com"}"#, #""Caf\u00e9 order for email~test~"#),
        (#"{"url":"https:\/\/x.example.com\/u?email=jane@example.com"}"#, #""https:\/\/x.example.com\/u?email=email~test~"#),
        (#"{"msg":"Caf\u00C9 for jane@example.com \ud83d\ude00"}"#, #""Caf\u00C9 for email~test~"#),
        (#"{"msg":"Café for jane@example.com"}"#, #""Café for email~test~"#),
    ])
    func escapes(_ line: String, _ kept: String) {
        let out = FuzzRegressionTests.stable(line)
        #expect(out.contains(kept) && !out.contains("jane@"), "\(out)")
    }

    @Test("the next pair keeps its key", arguments: [
        ("user_dob=1979-11-03 decision=approved marker=1", "[REDACTED:dob] decision=approved marker=1"),
        ("Symantec DLP|Incident=4411|Endpoint User=CORP\\lmoreau|Endpoint Machine=LT-FIN-031|Policy=PCI", "|Endpoint Machine=LT-FIN-031|Policy=PCI"),
        ("LEEF:2.0|Zscaler|NSSWeblog|5.0|Allowed|^|cat=Allowed^usrName=emma.schulz@corp.example.com^realm=Berlin-Office^proto=HTTPS", "^realm=Berlin-Office^proto=HTTPS"),
        ("CEF:0|CrowdStrike|Falcon|1.0|1|x|5|fname=mimikatz.exe suser=jdoe", "fname=mimikatz.exe suser=username~test~"),
        (#"{"fname":"Customer_List_Export.csv","signature":"A user account was created","pwd":"/home/kpetrov"}"#,
         #"{"fname":"Customer_List_Export.csv","signature":"A user account was created","pwd":"/home/username~test~"#),
        (#"{"beneficiary":{"name":{"primaryIdentifier":"Nakamura","nameIdentifierType":"LEGL"}},"merchant":{"name":"Northwind Outdoors"}}"#,
         #"","nameIdentifierType":"LEGL"}},"merchant":{"name":"Northwind Outdoors"}}"#),
    ])
    func separators(_ line: String, _ kept: String) {
        let out = FuzzRegressionTests.stable(line)
        #expect(out.contains(kept), "\(out)")
    }

    @Test("the personal and secret values beside them are still replaced", arguments: [
        ("fname=Jane lname=Doe", "Jane"),
        (#"{"password":"p w","signature":"t=1492774577,v1=5257a8"}"#, "5257a8"),
        // A password under `pwd` that starts with `/` but names no directory is still redacted.
        (#"{"pwd":"/Xy7!kq2"}"#, "Xy7!kq2"),
        (#"error="Post \"https://discord.com/api/webhooks/1174829301847293952/aB3xK9mQ7vL2pR8tZ4nW6yC1dF5hJ0kS3uE7iO9qA2sD4fG6hJ8kL0zX\": timeout""#, "aB3xK9mQ7v"),
        ("Symantec DLP|Incident=4411|Endpoint User=CORP\\lmoreau|Endpoint Machine=LT-FIN-031", "lmoreau"),
    ])
    func replaced(_ line: String, _ raw: String) {
        FuzzRegressionTests.expectText(line, raw, replaced: true)
    }

    @Test("things' names stay: OpenTelemetry's attribute entries, a JSON logger's capitalised name", arguments: [
        #"{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"checkout-api"}},{"key":"k8s.namespace.name","value":{"stringValue":"shop"}}]}}"#,
        #"{"name":"Log","hostname":"ghost-prod-1","pid":17,"level":30,"msg":"started"}"#,
        // Okta's and Entra's audit targets that are applications, groups or policies.
        #"{"target":[{"id":"0oa1b2c3","type":"AppInstance","alternateId":"Okta Admin Console","displayName":"Okta Admin Console"}]}"#,
        #"{"displayName":"Finance-Approvers","type":"UserGroup"}"#,
    ])
    func thingsNames(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }

    @Test("a person's id or name next to them is still replaced", arguments: [
        (#"{"attributes":[{"key":"enduser.id","value":{"stringValue":"jdoe42"}}]}"#, "jdoe42"),
        (#"{"name":"Jane","hostname":"ghost-prod-1","pid":17,"level":30}"#, "Jane"),
        (#"{"name":"Log"}"#, "Log"),
        (#"{"target":[{"type":"AppInstance","displayName":"Okta Admin Console"},{"type":"User","displayName":"Jane Doe"}]}"#, "Jane"),
        (#"{"user":{"name":"Jane Doe","type":"admin"}}"#, "Jane"),
    ])
    func personNextToThings(_ line: String, _ raw: String) {
        FuzzRegressionTests.expectText(line, raw, replaced: true)
    }
}
