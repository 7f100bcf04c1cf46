import Testing
@testable import Veil

/// A latitude and longitude as one value under a key that names a place (stop 29).
@Suite("Coordinates under place keys")
struct PlaceCoordinatesTests {
    @Test("a coordinate pair under a place key is redacted as a location", arguments: [
        ("location: 40.7128,-74.0060 device=ios", "location: [REDACTED:geo] device=ios"),
        (#"{"location":"40.7128,-74.0060"}"#, #"{"location":"[REDACTED:geo]"}"#),
        ("position: [40.7128, -74.0060]", "position: [[REDACTED:geo]]"),
        ("geo=40.7128;-74.0060", "geo=[REDACTED:geo]"),
        (#"{"location":[-74.006,40.7128]}"#, #"{"location":"[REDACTED:geo]"}"#),
        (#"{"user_location":"48.8566, 2.3522","pos":3}"#, #"{"user_location":"[REDACTED:geo]","pos":3}"#),
        ("last_known_position=(52.5200, 13.4050)", "last_known_position=([REDACTED:geo])"),
        ("pickup=40.712800,-74.006000&dropoff=40.758000,-73.985500", "pickup=[REDACTED:geo]&dropoff=[REDACTED:geo]"),
    ])
    func redacted(_ line: String, _ expected: String) {
        #expect(FuzzRegressionTests.stable(line) == expected)
    }

    // Stop 34: pairs in free text were written raw.
    @Test("a coordinate pair in free text, four decimals or more in both", arguments: [
        ("Person Aoife (person.aoife) entered zone home at 53.349805,-6.26031", "entered zone home at [REDACTED:geo]"),
        ("Vehicle located at 40.416775, -3.703790 now", "located at [REDACTED:geo] now"),
        ("pickup at -23.557220,-46.661190", "pickup at [REDACTED:geo]"),
        ("at -0.180653,-78.467834 (Quito)", "at [REDACTED:geo] (Quito)"),
        // A pair with text after it in a JSON string (stop 34: kept before, as no whole value).
        (#"{"position":12,"geo":"40.7128,-74.0060 (approx)"}"#, #""geo":"[REDACTED:geo] (approx)"}"#),
    ])
    func proseRedacted(_ line: String, _ expected: String) {
        #expect(FuzzRegressionTests.stable(line).hasSuffix(expected))
    }

    @Test("other values under place keys, and pairs under other keys, stay", arguments: [
        "scores 0.1234,0.5678,0.9012 and [0.1234, 0.5678] ratio 1.5,2.5 v1.2.3,4.5 load 0.1234,0.5678 at 12.34,56.78",
        "location=us-east-1 region=eu",
        "location=1.2.3 position=2,3 pos=12.5,33.25 origin=https://x.example.com center=0.5,0.5",
        "loc: 91.5000,181.0000",
        "ratio: 1.234,5.678 range=40.7128,-74.0060",
        #"{"location":"/var/lib/app","position":12}"#,
    ])
    func kept(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}
