/// Accounts that VPN servers, captive portals and Samba's audit module write without a
/// `user=` key (stop 35), found from the word that starts the phrase:
/// - OpenVPN: `SENT CONTROL [amira.haddad]: …`, the status file's
///   `CLIENT_LIST,NAME,ADDR,…` (the common name, and the user name in its ninth field);
/// - strongSwan: `IKE_SA … established between ADDR[server]...ADDR[peer]` (the peer's
///   identity) and `assigning ADDR to peer 'peer'`;
/// - pfSense's captive portal: `logportalauth[…]: Zone: z - ACCEPT: NAME, MAC, ADDR` (and
///   `FAILURE:`, `DISCONNECT:`);
/// - Samba's `full_audit`: `smbd_audit: NAME|ADDR|HOST|share|op|…` (the first field).
extension AuthLogDetector {
    /// At a word start `at`: the account ranges of one of the phrases above, or nil.
    static func vpnOrPortalUsers(_ bytes: Bytes, at: Int) -> [Range<Int>]? {
        let n = bytes.count
        guard at + 12 < n else { return nil }
        switch bytes[at] {
        case UInt8(ascii: "S"):
            guard ASCII.hasPrefix(bytes, at: at, exactly: "SENT CONTROL ["), let r = userRun(bytes, at + 14),
                  r.upperBound < n, bytes[r.upperBound] == UInt8(ascii: "]") else { return nil }
            return [r]
        case UInt8(ascii: "C"):
            guard ASCII.hasPrefix(bytes, at: at, exactly: "CLIENT_LIST,") else { return nil }
            var fields: [Range<Int>] = []
            var k = at + 12
            while k <= n, fields.count < 9 {
                var e = k
                while e < n, bytes[e] != UInt8(ascii: ","), bytes[e] >= 0x20 { e += 1 }
                fields.append(k..<e)
                guard e < n, bytes[e] == UInt8(ascii: ",") else { break }
                k = e + 1
            }
            // The ninth field is the user name (`UNDEF` when the client sent none).
            var users = fields.isEmpty || fields[0].isEmpty ? [] : [fields[0]]
            if fields.count == 9, !fields[8].isEmpty, !ASCII.hasPrefix(bytes, at: fields[8].lowerBound, exactly: "UNDEF") { users.append(fields[8]) }
            return users.isEmpty ? nil : users
        case UInt8(ascii: "e"):
            // `established between 203.0.113.5[vpn.example.com]...198.51.100.33[pierre.lefebvre]`.
            guard ASCII.hasPrefix(bytes, at: at, exactly: "established between "),
                  let dots = Scrubber.find(bytes, "]...", from: at + 20, within: 256),
                  let open = bytes[(dots + 4)..<min(n, dots + 64)].firstIndex(of: UInt8(ascii: "[")) else { return nil }
            var e = open + 1
            while e < n, e - open <= 129, bytes[e] != UInt8(ascii: "]"), bytes[e] >= 0x20 { e += 1 }
            guard e < n, bytes[e] == UInt8(ascii: "]"), e > open + 1 else { return nil }
            // An address as the identity is the address detectors'.
            if bytes[(open + 1)..<e].allSatisfy({ ASCII.isDigit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ":") || ASCII.isHexDigit($0) }) { return nil }
            return [(open + 1)..<e]
        case UInt8(ascii: "p"):
            // strongSwan's `assigning 10.10.99.7 to peer 'pierre.lefebvre'`.
            guard at >= 3, ASCII.hasPrefix(bytes, at: at, exactly: "peer '"), CredentialScan.hasSuffix(bytes, endingAt: at, exactly: "to ") else { return nil }
            var e = at + 6
            while e < n, e - at <= 134, bytes[e] != UInt8(ascii: "'"), bytes[e] >= 0x20 { e += 1 }
            return e < n && e > at + 6 ? [(at + 6)..<e] : nil
        case UInt8(ascii: "A"), UInt8(ascii: "F"), UInt8(ascii: "D"):
            // `ACCEPT: `, `FAILURE: `, `DISCONNECT: ` after `logportalauth[…]:` or `Zone: z - `.
            let word = ASCII.hasPrefix(bytes, at: at, exactly: "ACCEPT: ") ? 8
                : ASCII.hasPrefix(bytes, at: at, exactly: "FAILURE: ") ? 9 : ASCII.hasPrefix(bytes, at: at, exactly: "DISCONNECT: ") ? 12 : 0
            guard word > 0, CredentialScan.contains(bytes, from: at - 80, to: at, lowercased: "logportalauth")
                    || CredentialScan.contains(bytes, from: at - 40, to: at, lowercased: "zone: "),
                  let r = userRun(bytes, at + word), r.upperBound < n, bytes[r.upperBound] == UInt8(ascii: ",") else { return nil }
            return [r]
        case UInt8(ascii: "s"):
            guard ASCII.hasPrefix(bytes, at: at, exactly: "smbd_audit"), at == 0 || bytes[at - 1] == 0x20 else { return nil }
            var k = at + 10
            if k < n, bytes[k] == UInt8(ascii: "[") { while k < n, bytes[k] != UInt8(ascii: "]") { k += 1 }; k += 1 }
            guard k + 2 < n, bytes[k] == UInt8(ascii: ":"), bytes[k + 1] == 0x20, let r = userRun(bytes, k + 2),
                  r.upperBound < n, bytes[r.upperBound] == UInt8(ascii: "|") else { return nil }
            return [r]
        default:
            return nil
        }
    }
}
