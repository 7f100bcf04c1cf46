import Testing
@testable import Veil

/// Secrets and personal data in data-pipeline and front-end dumps (stop 37: helpers' probes of
/// Kafka, Debezium, Elasticsearch, MongoDB, Segment/Klaviyo and Hadoop configuration logs).
@Suite("Configuration properties, wrapped values and $-keys")
struct PipelineRecordTests {
    @Test("a dotted property whose parts name a secret together", arguments: [
        ("schema.registry.basic.auth.user.info=sr-client:Sr3g!stryS3cr3t", "Sr3g!stryS3cr3t"),
        ("fs.s3a.secret.key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "wJalrXUtnFEMI"),
        ("fs.azure.account.key.acmelake.blob.core.windows.net=Zm9vYmFyYmF6cXV4MTIzNDU2", "Zm9vYmFyYmF6cXV4MTIzNDU2"),
        (#"{"aws.secret.access.key":"wJalrXUtnFEMI/K7MDENG"}"#, "wJalrXUtnFEMI"),
        (#"{"basic.auth.user.info":"sr-client:Sr3g!stry"}"#, "Sr3g!stry"),
    ])
    func dottedSecret(_ line: String, _ secret: String) {
        FuzzRegressionTests.expectText(line, secret, replaced: true)
    }

    @Test("dotted names of other things stay", arguments: [
        "http.request.method=GET user.agent.original=curl cloud.account.id=123456789012 log.file.path=/var/log/x",
        "com.acme.secret.Key=abc",
        #"{"http.request.method":"GET","log.level":"info","event.action":"login"}"#,
    ])
    func otherDotted(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }

    @Test("one string in a wrapper object takes the outer key's rule", arguments: [
        (#"source[{"term":{"password":{"value":"Hunter2-Secret"}}}], id[],"#, "Hunter2-Secret"),
        (#"value={"last_name":{"string":"Shevchenko"}}"#, "Shevchenko"),
        (#"value={"ssn":{"string":"078051120"}}"#, "078051120"),
        (#"filter={"lastName":{"$eq":"Yamamoto"}}"#, "Yamamoto"),
        (#"filter: { lastName: { $eq: "Yamamoto" } }"#, "Yamamoto"),
    ])
    func wrapped(_ line: String, _ value: String) {
        FuzzRegressionTests.expectText(line, value, replaced: true)
    }

    @Test("a wrapper under a key without a rule stays")
    func wrapperWithoutRule() {
        #expect(FuzzRegressionTests.stable(#"x={"status":{"value":"ok"}}"#) == #"x={"status":{"value":"ok"}}"#)
    }

    @Test("a $ before a quoted key's name", arguments: [
        (#"[klaviyo] {"$password":"Kiwi!Fern2024"}"#, "Kiwi!Fern2024"),
        (#"[klaviyo] identify {"$first_name":"Aroha","$last_name":"Walker"}"#, "Walker"),
    ])
    func dollarKey(_ line: String, _ value: String) {
        FuzzRegressionTests.expectText(line, value, replaced: true)
    }

    @Test("pass after a user and the account", arguments: [
        ("Outbound REGISTER to sip:sip.telnyx.com with user telnyx_user_88 pass Tz7!mQ2pR9", "Tz7!mQ2pR9", true),
        ("login jdoe pass S3cret, retry", "S3cret", true),
        ("all user tests pass today", "today", false),
    ])
    func passAfterUser(_ line: String, _ value: String, _ replaced: Bool) {
        FuzzRegressionTests.expectText(line, value, replaced: replaced)
    }
}

/// Name/value entries written with Python's or JavaScript's quoting (stop 37: Ansible's item
/// dumps, Redux form actions).
@Suite("Name/value entries in single quotes and bare keys")
struct SingleQuotedEntryTests {
    @Test("the value takes the rule its label names", arguments: [
        ("changed: [web01] => (item={'key': 'DB_PASSWORD', 'value': 'Xyz-Val-99'})", "Xyz-Val-99", "changed: [web01] => (item={'key': 'DB_PASSWORD', 'value': '[REDACTED:secret]'})"),
        ("action {type: 'signup/fieldChanged', payload: {field: 'password', value: 'MyDogRex#2019'}}", "MyDogRex#2019",
         "action {type: 'signup/fieldChanged', payload: {field: 'password', value: '[REDACTED:secret]'}}"),
    ])
    func replaced(_ line: String, _ secret: String, _ expected: String) {
        #expect(FuzzRegressionTests.expectText(line, secret, replaced: true) == expected)
    }

    @Test("a person's field and a variable's")
    func nameAndVariable() {
        FuzzRegressionTests.expectText("payload: {field: 'lastName', value: 'Papadopoulos'}", "Papadopoulos", replaced: true)
        #expect(FuzzRegressionTests.stable("{'name': 'LOG_LEVEL', 'value': 'debug'}") == "{'name': 'LOG_LEVEL', 'value': 'debug'}")
    }
}
