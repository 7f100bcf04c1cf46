/// MAC addresses (EUI-48) in free text: the hardware address of a person's phone or laptop
/// in DHCP, Wi-Fi, RADIUS and firewall logs (`DHCPACK on 10.0.0.7 to 3c:22:fb:12:34:56`,
/// `cli 00-11-22-33-44-55`, Cisco's `Host 0011.2233.4455 in vlan 10 is flapping`).
///
/// **Trigger**: `at` is a hex digit whose previous byte is not alphanumeric and not a
/// separator glued to an alphanumeric byte (`…:3c:22` inside a longer run).
///
/// **Accepts**
/// - six groups of two hex digits joined by one separator used throughout, `:` or `-`
///   (`3c:22:fb:12:34:56`, `3C-22-FB-12-34-56`);
/// - three groups of four hex digits joined by `.` (Cisco's `0011.2233.4455`);
/// - six pairs joined by `_` in BlueZ's object paths (`/org/bluez/hci0/dev_F4_7D_EF_12_34_56`);
/// - the address in a DHCP client identifier, `01:` and six pairs (`uid 01:9c:b6:d0:4e:71:a2`).
///
/// **Rejects** longer runs of the same shape (key fingerprints `43:51:43:a1:b5:fc:8b:…`,
/// EUI-64 and WWN dumps, the 14 bytes of a kernel `MAC=` dump), anything glued to a letter,
/// digit or `_` after it, mixed separators, and the all-zero and broadcast addresses
/// (`00:00:00:00:00:00`, `ff:ff:ff:ff:ff:ff`), which name no device.
package enum MACAddressDetector {
    package static func match(_ bytes: Bytes, at: Int, floor: Int) -> Range<Int>? {
        let n = bytes.count
        guard at >= floor, at + 14 <= n, ASCII.isHexDigit(bytes[at]) else { return nil }
        // BlueZ's D-Bus object paths: `/org/bluez/hci0/dev_F4_7D_EF_12_34_56`.
        let bluez = at >= 4 && bytes[at - 1] == UInt8(ascii: "_") && ASCII.hasPrefix(bytes, at: at - 4, exactly: "dev") && bytes[at - 5 >= 0 ? at - 5 : at] == UInt8(ascii: "/")
        if at > 0, !bluez {
            let prev = bytes[at - 1]
            if ASCII.isAlnum(prev) || prev == UInt8(ascii: "_") { return nil }
            if prev == UInt8(ascii: ":") || prev == UInt8(ascii: "-") || prev == UInt8(ascii: "."), at > 1, ASCII.isHexDigit(bytes[at - 2]) { return nil }
        }
        // A DHCP client identifier, `01:9c:b6:d0:4e:71:a2` (hardware type 1, Ethernet, then the
        // address): the six pairs after the type, when exactly seven pairs stand there.
        if !bluez, bytes[at] == UInt8(ascii: "0"), bytes[at + 1] == UInt8(ascii: "1"), bytes[at + 2] == UInt8(ascii: ":"), at + 20 <= n,
           let e = sixPairs(bytes, at + 3, underscores: false), bytes[at + 5] == UInt8(ascii: ":"),
           e == n || !(ASCII.isAlnum(bytes[e]) || bytes[e] == UInt8(ascii: "_") || (bytes[e] == UInt8(ascii: ":") && e + 1 < n && ASCII.isHexDigit(bytes[e + 1]))),
           let canonical = canonicalHex(bytes[(at + 3)..<e]), !canonical.allSatisfy({ $0 == UInt8(ascii: "0") }) {
            return (at + 3)..<e
        }
        let end: Int
        if let e = sixPairs(bytes, at, underscores: bluez) {
            end = e
        } else if let e = ciscoTriple(bytes, at) {
            end = e
        } else {
            return nil
        }
        if end < n {
            let next = bytes[end]
            if ASCII.isAlnum(next) || next == UInt8(ascii: "_") { return nil }
            if next == UInt8(ascii: ":") || next == UInt8(ascii: "-") || next == UInt8(ascii: "."), end + 1 < n, ASCII.isAlnum(bytes[end + 1]) { return nil }
        }
        guard let canonical = canonicalHex(bytes[at..<end]) else { return nil }
        if canonical.allSatisfy({ $0 == UInt8(ascii: "0") }) || canonical.allSatisfy({ $0 == UInt8(ascii: "f") }) { return nil }
        return at..<end
    }

    /// `hh:hh:hh:hh:hh:hh` or `hh-hh-…`: the end of the sixth pair.
    private static func sixPairs(_ b: Bytes, _ at: Int, underscores: Bool) -> Int? {
        guard at + 17 <= b.count else { return nil }
        let separator = b[at + 2]
        guard underscores ? separator == UInt8(ascii: "_") : separator == UInt8(ascii: ":") || separator == UInt8(ascii: "-") else { return nil }
        for group in 0..<6 {
            let s = at + group * 3
            guard ASCII.isHexDigit(b[s]), ASCII.isHexDigit(b[s + 1]) else { return nil }
            if group < 5, b[s + 2] != separator { return nil }
        }
        return at + 17
    }

    /// `hhhh.hhhh.hhhh`: the end of the third group.
    private static func ciscoTriple(_ b: Bytes, _ at: Int) -> Int? {
        guard at + 14 <= b.count else { return nil }
        for group in 0..<3 {
            let s = at + group * 5
            for k in s..<(s + 4) where !ASCII.isHexDigit(b[k]) { return nil }
            if group < 2, b[s + 4] != UInt8(ascii: ".") { return nil }
        }
        return at + 14
    }

    /// The twelve hex digits of a MAC address written in any of the accepted forms, lower case;
    /// nil when `value` is no such address. Pseudonyms of `device_id` values use it, so the
    /// three spellings of one device get one pseudonym.
    package static func canonicalHex(_ value: some Collection<UInt8>) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(12)
        var separators = 0
        for b in value {
            if ASCII.isHexDigit(b) {
                out.append(ASCII.lower(b))
            } else if b == UInt8(ascii: ":") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || b == UInt8(ascii: "_") {
                separators += 1
            } else {
                return nil
            }
            if out.count > 12 { return nil }
        }
        return out.count == 12 && (separators == 5 || separators == 2) ? out : nil
    }
}
