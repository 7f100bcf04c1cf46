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
        // Squid's hierarchy code and path segments name an address, not a product version.
        ("1732960000.123 45 TCP_MISS/200 1234 GET http://example.com/ - HIER_DIRECT/93.184.216.34 text/html", "93.184.216.34"),
        ("FIRSTUP_PARENT/10.1.2.3 -", "10.1.2.3"),
        ("GET /api/ip/93.184.216.34 HTTP/1.1", "93.184.216.34"),
        // nmap's range and an address before a dash-joined word stay addresses.
        ("nmap -sS 192.168.1.1-254", "192.168.1.1"),
        ("scan 10.1.2.3-10 done", "10.1.2.3"),
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
        // Debian package versions (a real dpkg.log, apt term.log and history.log: replaced before).
        "2025-06-24 14:37:47 status half-installed alsa-topology-conf:all 1.2.5.1-2",
        "2025-06-24 14:39:36 configure alsa-topology-conf:all 1.2.5.1-2 <none>",
        "2025-06-24 14:37:47 install libfoo:amd64 <none> 3.1.4.1-7",
        "Preparing to unpack .../021-alsa-topology-conf_1.2.5.1-2_all.deb ...",
        "Unpacking alsa-topology-conf (1.2.5.1-2) ...",
        "Install: alsa-topology-conf:amd64 (1.2.5.1-2, automatic)",
        "Setting up libfoo (4.3.2.1-2+deb12u1) ...", "libfoo 4.3.2.1-1ubuntu3", "bar 2.0.1.1-3~bpo12+1",
        "v1.2.3.4",
        "version 10.0.19041.1",
        "nginx/1.25.3.1",
        "Server: openresty/1.21.4.1",
        "Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0.0.0 Safari/537.36",
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

    static func findDashed(_ s: String) -> [String] {
        let b = Array(s.utf8)
        return b.withUnsafeBufferPointer { p in
            var out: [String] = []
            var i = 0
            while i < p.count {
                if ASCII.isDigit(p[i]), i == 0 || !ASCII.isAlnum(p[i - 1]), let r = IPv4Detector.matchDashed(p, at: i, floor: 0) {
                    out.append(String(decoding: p[r], as: UTF8.self)); i = r.upperBound
                } else { i += 1 }
            }
            return out
        }
    }

    @Test("finds addresses written with dashes inside host names", arguments: [
        ("connection from 82.68.222.194 (82-68-222-194.dsl.in-addr.zen.co.uk) at", "82-68-222-194"),
        ("Jul  1 09:00:55 calvisitor-10-105-160-95 kernel[0]: x", "10-105-160-95"),
        ("Nov 30 10:00:01 ip-172-31-22-14 sshd[1]: Accepted", "172-31-22-14"),
        ("resolved ec2-52-80-34-196.compute-1.amazonaws.com", "52-80-34-196"),
        ("pod 10-244-1-5.default.pod.cluster.local", "10-244-1-5"),
    ])
    func dashedPositive(_ input: String, _ expected: String) {
        #expect(Self.findDashed(input) == [expected])
    }

    @Test("dashed: dates, phones, versions, ids and longer runs stay", arguments: [
        "date 2026-11-30 at 10-30-16-49",
        "phone 555-123-4567 or 1-800-555-0199",
        "build 1-2-3-4-5 and 1-2-3-4",
        "release-2-0-1-4 version-1-2-3-4 v-1-2-3-4 rev-10-2-3-4 app_build-1-2-3-4",
        "id 38101a0b-2096-447d-96ea-a692162415ae",
        "R02-M1-N0-C:J12-U11 node-01-2-3-4 host-1-2-3-4x host-1-2-3-4-5",
        "lo-127-0-0-1 any-0-0-0-0 mask-255-255-255-0",
    ])
    func dashedNegative(_ input: String) {
        #expect(Self.findDashed(input) == [])
    }

    @Test("a dashed address gets the pseudonym of its dotted form")
    func dashedPseudonym() {
        let ip = EngineReference.pseudonym("82.68.222.194", type: "ip")
        #expect(EngineFixtures.scrub("from 82.68.222.194 (82-68-222-194.dsl.example.net)") == "from \(ip) (\(ip).dsl.example.net)")
        #expect(EngineFixtures.scrub("Jul  1 09:00:55 calvisitor-10-105-160-95 kernel[0]: up")
            == "Jul  1 09:00:55 calvisitor-\(EngineReference.pseudonym("10.105.160.95", type: "ip")) kernel[0]: up")
    }
}
