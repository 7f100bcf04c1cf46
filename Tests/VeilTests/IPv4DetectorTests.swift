import Testing
@testable import Veil

@Suite("IPv4Detector") struct IPv4DetectorTests {
    static func find(_ s: String) -> [String] { findAll(s, trigger: Trigger.ipv4, IPv4Detector.match) }

    @Test("finds addresses", arguments: [
        ("client=203.0.113.7 ok", "203.0.113.7"),
        ("connect to 10.0.0.1:5432 failed", "10.0.0.1"),
        ("route 192.168.1.0/24 via", "192.168.1.0"),
        (#"{"ip":"198.51.100.23"}"#, "198.51.100.23"),
        ("peer [172.16.254.1]:443", "172.16.254.1"),
        ("X-Forwarded-For: 100.64.0.5", "100.64.0.5"),
        ("host 255.255.255.1 weird", "255.255.255.1"),
        ("Failed password for root from 185.220.101.4 port 22 ssh2", "185.220.101.4"),
        ("reached 10.1.2.3.", "10.1.2.3"),
        ("ip=1.0.0.0", "1.0.0.0"),
        ("server 10.20.30.40 up", "10.20.30.40"),
        ("openvpn[9]: alice/203.0.113.50:1194 MULTI: primary virtual IP", "203.0.113.50"),
    ])
    func positive(_ input: String, _ expected: String) {
        #expect(Self.find(input) == [expected])
    }

    @Test("finds two addresses")
    func two() {
        #expect(Self.find("from 8.8.8.8, 1.1.1.1") == ["8.8.8.8", "1.1.1.1"])
        #expect(Self.find("range 10.0.0.1-10.0.0.9") == ["10.0.0.1", "10.0.0.9"])
    }

    @Test("ignores versions, masks, loopback and near misses", arguments: [
        "release 1.2.3.4.5",
        "v1.2.3.4",
        "version 10.0.19041.1",
        "nginx/1.25.3.1",
        "glibc-2.34.100.1",
        "build=4.2.1.7",
        "app_version=1.2.3.4",
        #""appVersion": "2.3.4.5""#,
        "ver: 1.2.3.4",
        "Rev 3.4.5.6",
        "v 1.2.3.4",
        "netmask 255.255.255.0",
        "mask=255.255.0.0 255.0.0.0 255.255.255.255 255.255.255.252",
        "bind 0.0.0.0:80",
        "localhost 127.0.0.1 127.1.2.3",
        "oid 1.3.6.1.4.1.2021",
        "bad 256.1.1.1 1.2.3.256 01.2.3.4 1.2.3.04",
        "short 1.2.3",
        "glued 1.2.3.4a",
        "sum=5.10.20.30.40",
        "pi 3.14159.2.1",
    ] + commonNegatives)
    func negative(_ input: String) {
        #expect(Self.find(input) == [])
    }
}
