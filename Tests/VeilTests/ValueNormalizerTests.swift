import Testing
@testable import Veil

/// The allocation-free normaliser must give exactly what the first, allocating version gave:
/// every pseudonym ever written depends on it.
@Suite("Value normaliser")
struct ValueNormalizerTests {
    static let types = ["email", "phone", "ip", "card", "ssn", "iban", "username", "user", "name", "login",
                        "customer", "host", "hostname", "sub", "jwt", "token", "", "Email", "emails", "IP"]

    static let values: [String] = [
        "", " ", "  Jane.Doe%40Example.COM ", "jane@example.com", "%40", "a%4", "%4%40", "jo%2540X.org", "jo&#64;x.org", "jo&#X40;x.org", "&#6", "%25", "&#x40",
        "+1 (415) 555-2671", "0044 20 7946 0958", "00", "0", "001-415-555-2671", "(0) 0 1", "415.555.2671", "+",
        "192.0.2.1", "010.000.002.001", " 255.255.255.255 ", "256.1.1.1", "1.2.3", "1.2.3.4.5", "1..2.3", "1.2.3.4 ",
        "2001:DB8::1", "[2001:db8::1]", "::ffff:192.0.2.1", "::", "fe80::1%eth0", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8:9",
        "4111 1111 1111 1111", "123-45-6789", "de89 3704 0044 0532 0130 00", "GB82-WEST-1234-5698-7654-32",
        "Host.Example.COM.", "host..", "\tMÜLLER\t", "Ünïcödé Name", "\u{1F600}x", "a\u{0}b", "user-42",
    ]

    @Test("same bytes as the reference for every type and value", arguments: types)
    func matchesReference(_ type: String) {
        for value in Self.values {
            let bytes = Array(value.utf8)
            #expect(ValueNormalizer.normalize(bytes, type: type) == ReferenceNormalizer.normalize(bytes, type: type), "\(type): \(value)")
            // Slices (non-zero start index) and non-contiguous collections take the same path.
            let padded = [0x41] + bytes
            #expect(ValueNormalizer.normalize(padded[1...], type: type) == ReferenceNormalizer.normalize(bytes, type: type), "\(type): slice \(value)")
            #expect(ValueNormalizer.normalize(bytes.lazy.map { $0 }, type: type) == ReferenceNormalizer.normalize(bytes, type: type), "\(type): lazy \(value)")
        }
    }

    @Test("digits of other scripts normalise as the ASCII digits they stand for (stop 36)", arguments: [
        ("٠٥٠١٢٣٤٥٦٧", "0501234567"), ("+٩٦٦ ٥٥ ١٢٣ ٤٥٦٧", "+966551234567"), ("۰۹۱۲۱۲۳۴۵۶۷", "09121234567"),
        ("०९८७६५४३२१", "0987654321"), ("\u{1F600}12", "12"),
    ])
    func nativeDigits(_ value: String, _ ascii: String) {
        #expect(ValueNormalizer.normalize(Array(value.utf8), type: "phone") == ValueNormalizer.normalize(Array(ascii.utf8), type: "phone"))
        #expect(ValueNormalizer.normalize(Array(value.utf8), type: "phone") != [], "\(value)")
    }

    @Test("random byte strings: same bytes as the reference")
    func randomMatchesReference() {
        var rng = SystemRandomNumberGenerator()
        let alphabet = Array("0123456789.:%@+-() abcdefABCDEF\t".utf8) + [0x80, 0xC3, 0xBC, 0x00]
        for _ in 0..<20_000 {
            let bytes = (0..<Int.random(in: 0...24, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
            let type = Self.types.randomElement(using: &rng)!
            #expect(ValueNormalizer.normalize(bytes, type: type) == ReferenceNormalizer.normalize(bytes, type: type), "\(type): \(bytes)")
        }
    }
}
