import Testing
@testable import Veil

@Suite("PhoneDetector") struct PhoneDetectorTests {
    static func find(_ s: String) -> [String] { findAll(s, trigger: Trigger.phone, PhoneDetector.match) }

    @Test("finds phone numbers", arguments: [
        ("call +1 (415) 555-2671 now", "+1 (415) 555-2671"),
        ("tel=+44 20 7946 0958", "+44 20 7946 0958"),
        (#"{"phone":"+491711234567"}"#, "+491711234567"),
        ("mobile: +33 6 12 34 56 78.", "+33 6 12 34 56 78"),
        ("uk +44 (0)20 7946 0958", "+44 (0)20 7946 0958"),
        ("+1-415-555-2671, ok", "+1-415-555-2671"),
        ("+1.415.555.2671", "+1.415.555.2671"),
        ("tel:+4930123456", "+4930123456"),
        ("(415) 555-2671", "(415) 555-2671"),
        ("(415)555-2671", "(415)555-2671"),
        ("phone: 415-555-2671.", "415-555-2671"),
        ("phone=415.555.2671&x", "415.555.2671"),
        ("cell 415 555 2671;", "415 555 2671"),
        ("toll free 1-800-555-0199", "1-800-555-0199"),
        ("us 1 (415) 555-2671", "1 (415) 555-2671"),
        ("berlin 030 1234 5678", "030 1234 5678"),
        ("paris 06 12 34 56 78", "06 12 34 56 78"),
        ("london 020 7946 0958", "020 7946 0958"),
        ("fr=06.12.34.56.78", "06.12.34.56.78"),
        ("nl 020-123-4567", "020-123-4567"),
        ("be 0470 12 34 56", "0470 12 34 56"),
        ("be 02 123 45 67", "02 123 45 67"),
        ("from abroad 0044 20 7946 0958 ok", "0044 20 7946 0958"),
        ("us 001-415-555-2671", "001-415-555-2671"),
        ("de 0049 171 1234567", "0049 171 1234567"),
    ])
    func positive(_ input: String, _ expected: String) {
        #expect(Self.find(input) == [expected])
    }

    @Test("ignores numbers that are not phones", arguments: [
        "order 1234567890 and 14155552671",
        "zero-padded id 004412345678 and 00:00:12 and hex 00 12 34 56 78",
        "epoch 1700000000 1700000000123",
        "date 2024-01-15 and 15/01/2024 and 01-15-2024 and 15.01.2024",
        "time 10:30:45.123",
        "ip 192.168.100.200 and 10.415.555.2671",
        "took 1234 ms on port 8080",
        "range 100-200 and 100-200-300",
        "compact 240115 103045 and 20240115103045",
        "status 200 5123",
        "id 0123456789",
        "+0 123 456 789",
        "short +1234567",
        "long +1234567890123456",
        "timezone +05:30 and +0100",
        "sum 2+2=4",
        "415-555-2671-99",
        "415-555.2671",
        "12 415 555 2671",
        "411-555-2671 and 415-911-2671",
        "00 1234 5678 and 0049 30 1234",
        "06 12 34",
        "dump 06 12 34 56 78 9a",
        "06 12 34 56 78 90",
        "v2.415.555.26710",
        "+1 415 555 2671x",
    ] + commonNegatives)
    func negative(_ input: String) {
        #expect(Self.find(input) == [])
    }

    @Test("the 00 call prefix and + give the same pseudonym")
    func zeroZeroPrefixLinks() {
        let a = EngineFixtures.scrub("tel 0044 20 7946 0958")
        let b = EngineFixtures.scrub("tel +44 20 7946 0958")
        #expect(a == b && a.contains("phone~test~"), "\(a) \(b)")
    }
}
