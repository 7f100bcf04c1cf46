import Testing
@testable import Veil

/// Keys that name a person or a secret only beside a sibling, and value shapes stop 43's probes
/// found cut short or run long: FHIR's `family` beside `given`, Asterisk's security events, a
/// UK registration's two groups, an array value in escaped JSON, a record's closing parenthesis,
/// HL7's insurance policy number.
@Suite("Sibling-context keys and value shapes")
struct SiblingKeyAndValueShapeTests {
    @Test("the value is replaced", arguments: [
        ("GET /fhir/Patient?family=Zhang&given=Wei&birthdate=1980-01-02", "Zhang"),
        (#"{"payload":"{\"name\":[{\"family\":\"Pritchard\",\"given\":[\"Ann\"]}]}"}"#, "Pritchard"),
        (#"SecurityEvent="ChallengeResponseFailed",EventTV="2024",AccountID="tbaker",SessionID="0x7f",Challenge="3b1e8a2c",Response="e3c1a9f0b7d24c5e8a6b1f0c2d3e4a5b""#, "tbaker"),
        (#"SecurityEvent="ChallengeResponseFailed",EventTV="2024",AccountID="tbaker",SessionID="0x7f",Challenge="3b1e8a2c",Response="e3c1a9f0b7d24c5e8a6b1f0c2d3e4a5b""#, "e3c1a9f0b7d24c5e8a6b1f0c2d3e4a5b"),
        ("vehicle plate=WN68 XKT permit=ok", "XKT"),
        (#"representation="{\"attributes\":{\"birthdate\":[\"1988-07-14\"],\"locale\":[\"en\"]}}""#, "1988-07-14"),
        ("IN1|1|BCBS01|00460|BLUE CROSS||||||||||||||||||||||||||||||||VHI00998877", "VHI00998877"),
    ])
    func replaced(_ line: String, _ raw: String) {
        FuzzRegressionTests.expectText(line, raw, replaced: true)
    }

    @Test("what is around the value stays", arguments: [
        ("family=inet6 addr=::1 status response=200 accountid=42", "family=inet6 addr=::1 status response=200 accountid=42"),
        ("debug Contact(phone=(541) 555-0142) next", ") next"),
        (#"representation="{\"attributes\":{\"birthdate\":[\"1988-07-14\"],\"locale\":[\"en\"]}}""#, #"\"],\"locale\":[\"en\"]}}""#),
        ("vehicle plate=WN68 XKT permit=ok", " permit=ok"),
    ])
    func kept(_ line: String, _ kept: String) {
        let out = FuzzRegressionTests.stable(line)
        #expect(out.contains(kept), "\(out)")
    }
}
