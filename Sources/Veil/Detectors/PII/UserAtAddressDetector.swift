/// The account in `user@address` where the address is an IP address or `localhost`:
/// `ssh deploy@10.0.0.5`, `scp backup@192.0.2.7:/srv`, `ssh://git@10.1.2.3/repo`,
/// `Accepted … for admin@[2001:db8::1]`; the comment of an SSH public key at any host
/// (`ssh-ed25519 AAAAC3… jane.doe@laptop`); the user of a SIP URI at an address
/// (`sip:alice.meyer@10.0.0.1:5060`, `sip:+4915112345678@192.0.2.7` — there a number too).
/// (With a host name, `user@host.example.com` is read as an e-mail address.)
///
/// **Trigger**: an `@` that no e-mail matched.
///
/// **Accepts** a user of 1…64 bytes `[A-Za-z0-9._-]`, after the line's start, white space, a
/// quote, `(`, `[`, `=`, `/` or `,`, that is not all digits, then `@` and an IPv4 address, a
/// bracketed IPv6 address or `localhost` (any case) ended by what ends a word. After `sip:`
/// or `sips:` (any case) the user may be a number, with a leading `+`.
///
/// **Returns** the user's range.
package enum UserAtAddressDetector {
    package static func match(_ b: Bytes, at: Int, floor: Int) -> Range<Int>? {
        let n = b.count
        guard at > floor, at + 1 < n else { return nil }
        var k = at
        while k > floor, at - k <= 64, ASCII.isAlnum(b[k - 1]) || b[k - 1] == UInt8(ascii: ".") || b[k - 1] == UInt8(ascii: "_") || b[k - 1] == UInt8(ascii: "-") { k -= 1 }
        guard k < at, at - k <= 64 else { return nil }
        var sip = false
        if k > 0 {
            switch b[k - 1] {
            case 0x20, 0x09, UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "="), UInt8(ascii: "/"), UInt8(ascii: ","):
                break
            case UInt8(ascii: ":"), UInt8(ascii: "+"):
                // `sip:alice@10.0.0.1`, `sip:+4915112345678@10.0.0.1`: a SIP URI's user or number.
                let colon = b[k - 1] == UInt8(ascii: "+") && k >= 2 ? k - 2 : k - 1
                guard b[colon] == UInt8(ascii: ":"), isSIPScheme(b, colon: colon, floor: floor) else { return nil }
                sip = true
                if b[k - 1] == UInt8(ascii: "+") { k -= 1 }
            default:
                return nil
            }
        }
        guard sip || b[k..<at].contains(where: ASCII.isLetter), sip || ASCII.isAlnum(b[k]) else { return nil }
        // The address.
        let host = at + 1
        var end: Int
        if b[host] == UInt8(ascii: "["), let close = b[host..<min(n, host + 48)].firstIndex(of: UInt8(ascii: "]")),
           close > host + 2, b[(host + 1)..<close].allSatisfy({ ASCII.isHexDigit($0) || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ".") }),
           b[(host + 1)..<close].contains(UInt8(ascii: ":")) {
            end = close + 1
        } else if ASCII.hasPrefix(b, at: host, lowercased: "localhost") {
            end = host + 9
        } else if ASCII.isDigit(b[host]), let r = IPv4Detector.match(b, at: host, floor: host), r.lowerBound == host {
            end = r.upperBound
        } else if k > 0, b[k - 1] == 0x20, followsSSHPublicKey(b, space: k - 1) {
            // An SSH public key's comment (`ssh-ed25519 AAAAC3… jane.doe@laptop`): its user at any host.
            end = host
            while end < n, end - host < 253, ASCII.isAlnum(b[end]) || b[end] == UInt8(ascii: ".") || b[end] == UInt8(ascii: "-") || b[end] == UInt8(ascii: "_") { end += 1 }
            guard end > host else { return nil }
        } else {
            return nil
        }
        guard end == n || !(ASCII.isAlnum(b[end]) || b[end] == UInt8(ascii: "@") || b[end] == UInt8(ascii: "_")) else { return nil }
        return k..<at
    }

    /// Whether `sip` or `sips` (any case) ends at `colon`, after what ends a word.
    static func isSIPScheme(_ b: Bytes, colon: Int, floor: Int) -> Bool {
        var s = colon
        while s > floor, colon - s < 4, ASCII.isLetter(b[s - 1]) { s -= 1 }
        guard s == 0 || !ASCII.isAlnum(b[s - 1]) else { return false }
        return (colon - s == 3 && ASCII.hasPrefix(b, at: s, lowercased: "sip")) || (colon - s == 4 && ASCII.hasPrefix(b, at: s, lowercased: "sips"))
    }

    /// Whether the space at `space` ends an SSH public key's base64 blob (`AAAA…`, 60 bytes or
    /// more) that a space or the line's start precedes.
    static func followsSSHPublicKey(_ b: Bytes, space: Int) -> Bool {
        var s = space
        while s > 0, space - s <= 8192, ASCII.isBase64URL(b[s - 1]) || b[s - 1] == UInt8(ascii: "+") || b[s - 1] == UInt8(ascii: "/") || b[s - 1] == UInt8(ascii: "=") { s -= 1 }
        return space - s >= 60 && (s == 0 || b[s - 1] == 0x20) && ASCII.hasPrefix(b, at: s, exactly: "AAAA")
    }
}
