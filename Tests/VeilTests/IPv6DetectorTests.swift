import Testing
@testable import Veil

@Suite("IPv6Detector") struct IPv6DetectorTests {
    static func find(_ s: String) -> [String] { findAll(s, trigger: Trigger.ipv6, IPv6Detector.match) }

    @Test("finds addresses", arguments: [
        ("client=2001:0db8:85a3:0000:0000:8a2e:0370:7334 ok", "2001:0db8:85a3:0000:0000:8a2e:0370:7334"),
        ("src 2001:db8::1 dst", "2001:db8::1"),
        ("peer [2001:db8::1]:443", "2001:db8::1"),
        ("link fe80::1%eth0 up", "fe80::1"),
        ("mapped ::ffff:192.0.2.1 here", "::ffff:192.0.2.1"),
        (#"{"ip":"2a00:1450:4001:82b::200e"}"#, "2a00:1450:4001:82b::200e"),
        ("prefix 2001:db8::/32", "2001:db8::"),
        ("ADDR 2001:DB8:0:0:8:800:200C:417A,", "2001:DB8:0:0:8:800:200C:417A"),
        ("host fe80::1:", "fe80::1"),
        ("nat64 64:ff9b::198.51.100.7", "64:ff9b::198.51.100.7"),
        ("words cafe::babe:dead:beef", "cafe::babe:dead:beef"),
        ("any ::2", "::2"),
    ])
    func positive(_ input: String, _ expected: String) {
        #expect(Self.find(input) == [expected])
    }

    @Test("ignores times, MACs, paths and near misses", arguments: [
        "unspecified :: and loopback ::1 and 0:0:0:0:0:0:0:1",
        "at 12:34:56 and 12:34:56.789",
        "mac 00:1a:2b:3c:4d:5e",
        "wwn 50:01:43:80:12:34:56:78",
        "use std::vec::Vec; Foo::bar()",
        "dead::beef a::b c::d_e",
        "1:2:3:4:5:6:7",
        "1:2:3:4:5:6:7:8:9",
        "2001:db8::1::2",
        "12345::1",
        "::ffff:1.2.3.4.5",
        "label: value",
    ] + commonNegatives)
    func negative(_ input: String) {
        #expect(Self.find(input) == [])
    }
}
