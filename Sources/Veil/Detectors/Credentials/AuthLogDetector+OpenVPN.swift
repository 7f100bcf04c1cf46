/// OpenVPN names a client by its certificate's common name (or its user name with
/// `--username-as-common-name`) at the start of every message about it:
/// `greg/203.0.113.9:51234 MULTI_sva: pool returned IPv4=10.8.0.6`, and
/// `203.0.113.9:51234 [greg] Peer Connection Initiated with [AF_INET]203.0.113.9:51234`.
/// (`VERIFY OK: depth=0, CN=greg` is read with distinguished names.)
extension AuthLogDetector {
    /// `X/ADDRESS:PORT ` at a message start (line start or after `: `), `address` being the
    /// IPv4 address after the `/`: X's range, or nil. Protocol names (`tcp/…`, `udp4/…`) are no user.
    static func openVPNPeer(_ bytes: Bytes, address: Range<Int>, floor: Int) -> Range<Int>? {
        let slash = address.lowerBound - 1
        guard slash > floor, bytes[slash] == UInt8(ascii: "/"), address.upperBound + 1 < bytes.count,
              bytes[address.upperBound] == UInt8(ascii: ":"), ASCII.isDigit(bytes[address.upperBound + 1]) else { return nil }
        var k = slash
        while k > floor, slash - k < maxUser, isUserByte(bytes[k - 1]) { k -= 1 }
        guard k < slash, k >= floor, k == 0 || bytes[k - 1] == 0x20 else { return nil }
        // After the syslog tag's `: `, OpenVPN's own timestamp (`… 08:01:59 2024 kwalker/…`) or an
        // arrow (`MULTI: Learn: 10.8.0.14 -> kwalker/…`).
        guard k <= 1 || bytes[k - 2] == UInt8(ascii: ":") || bytes[k - 2] == UInt8(ascii: ">")
                || (k >= 6 && ASCII.isDigit(bytes[k - 2]) && ASCII.isDigit(bytes[k - 5]) && bytes[k - 6] == 0x20 && CredentialScan.contains(bytes, from: 0, to: 32, lowercased: ":")) else { return nil }
        let word = k..<slash
        for name in transportNames where name.utf8CodeUnitCount == word.count && ASCII.hasPrefix(bytes, at: k, lowercased: name) { return nil }
        return word
    }

    static let transportNames: [StaticString] = ["tcp", "udp", "tcp4", "tcp6", "udp4", "udp6", "tcp-client", "tcp-server", "http", "https", "socks", "proxy", "client", "server"]

    /// `[X] Peer Connection Initiated with …` — `at` is the `[`.
    static func openVPNPeerInitiated(_ bytes: Bytes, at: Int) -> Range<Int>? {
        guard let r = userRun(bytes, at + 1), ASCII.hasPrefix(bytes, at: r.upperBound, exactly: "] Peer Connection Initiated") else { return nil }
        return r
    }
}
