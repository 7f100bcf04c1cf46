import Testing
@testable import Veil

/// The OpenTelemetry Collector's debug exporter (`-> key: Str(value)`) and dotted attribute
/// names of things (`service.name`, `host.name`) (probe stop 42).
@Suite("OpenTelemetry debug output and things' names")
struct OpenTelemetryDebugOutputTests {
    @Test("the value inside Str( ) is replaced and the wrapper kept", arguments: [
        ("     -> enduser.id: Str(rokafor)", "rokafor", "     -> enduser.id: Str(username~test~"),
        ("Attributes: -> enduser.id: Str(akowalczyk) -> client.address: Str(198.51.100.210) -> http.route: Str(/cart)", "akowalczyk", "-> http.route: Str(/cart)"),
        ("-> client.address: Str(198.51.100.210) -> x: Str(y)", "198.51.100.210", "-> client.address: Str(ip~test~"),
    ])
    func strWrapper(_ line: String, _ value: String, _ kept: String) {
        let out = FuzzRegressionTests.expectText(line, value, replaced: true)
        #expect(out.contains(kept), "\(out)")
    }

    @Test("a thing's name under a dotted key stays", arguments: [
        "service.name=checkout host.name=web01",
        "ResourceLog #0 Resource attributes: -> service.name: Str(profile-api) -> host.name: Str(profile-api-6d5f7c-9hzt2)",
        "k8s.pod.name: api-7d9f",
        "polkitd[700]: Registered Authentication Agent for unix-session:3 (system bus name :1.245 [/usr/bin/pkttyagent --notify-fd 5])",
    ])
    func thingNameStays(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }

    @Test("a person's name under a dotted key is still replaced", arguments: [
        ("user.name=jdoe42", "jdoe42"),
        (#"customer.name="Jane Doe""#, "Jane Doe"),
    ])
    func personNameReplaced(_ line: String, _ value: String) {
        _ = FuzzRegressionTests.expectText(line, value, replaced: true)
    }
}
