import Testing
@testable import Veil

@Suite("MACAddressDetector") struct MACAddressDetectorTests {
    static func find(_ s: String) -> [String] {
        findAll(s, trigger: { b, i in ASCII.isHexDigit(b[i]) && Trigger.prevNotAlnum(b, i) }, MACAddressDetector.match)
    }

    @Test("finds MAC addresses in free text", arguments: [
        ("dhcpd[1]: DHCPACK on 10.0.0.77 to 3c:22:fb:12:34:56 (Janes-iPhone) via eth0", "3c:22:fb:12:34:56"),
        ("radiusd[1]: Login OK: [leo] (from client wifi port 0 cli 00-11-22-33-44-55)", "00-11-22-33-44-55"),
        ("hostapd: wlan0: STA A4:83:E7:0B:1C:2D IEEE 802.11: associated", "A4:83:E7:0B:1C:2D"),
        ("%SW_MATM-4-MACFLAP_NOTIF: Host 0011.2233.4455 in vlan 10 is flapping", "0011.2233.4455"),
        ("client_mac=[3c:22:fb:12:34:56].", "3c:22:fb:12:34:56"),
        ("Bluetooth: device 12:34:56:78:9A:BC connected", "12:34:56:78:9A:BC"),
    ])
    func positive(_ input: String, _ expected: String) {
        #expect(Self.find(input) == [expected])
    }

    @Test("ignores longer hex runs, times, mixed separators, zero and broadcast", arguments: [
        "ssh fingerprint 43:51:43:a1:b5:fc:8b:b7:0a:3a:a9:b1:0f:66:73:a8",
        "MAC=52:54:00:12:34:56:52:54:00:65:43:21:08:00 SRC=1.2.3.4",
        "wwn 50:01:43:80:12:34:56:78",
        "at 12:34:56 and 10:00:00.123",
        "mixed 3c:22-fb:12:34:56",
        "five 3c:22:fb:12:34",
        "glued 3c:22:fb:12:34:56x and x3c:22:fb:12:34:56",
        "null 00:00:00:00:00:00 bcast ff:ff:ff:ff:ff:ff FF-FF-FF-FF-FF-FF",
        "version 2024.11.30 build 1.2.3.4",
        "eui64 3c22.fb12.3456.7890",
    ] + commonNegatives)
    func negative(_ input: String) {
        #expect(Self.find(input) == [])
    }

    @Test("the three spellings of one address normalise to one pseudonym input")
    func canonical() {
        let forms = ["3c:22:fb:12:34:56", "3C-22-FB-12-34-56", "3c22.fb12.3456", " 3C:22:FB:12:34:56 "]
        let normal = forms.map { ValueNormalizer.normalize(Array($0.utf8), type: "device_id") }
        #expect(Set(normal).count == 1)
        #expect(normal[0] == Array("3c22fb123456".utf8))
        // Anything else under a device-id key (an IMEI) is only trimmed.
        #expect(ValueNormalizer.normalize(Array(" 490154203237518".utf8), type: "device_id") == Array("490154203237518".utf8))
    }
}
