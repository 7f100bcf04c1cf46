/// Shared secrets in network-device configuration lines, as command accounting (TACACS+
/// `cmd=…`), configuration archives and change logs show them:
/// - Cisco `username bob password 0 PASS`, `enable secret 5 $1$…`, `password 7 0822455D0A16`:
///   `password` or `secret` at a command's start (or after `username X …`, `enable`), a
///   one-digit encryption type, a value of that type's shape;
/// - `snmp-server community PASS RO`, `snmp-server host 10.0.0.5 [traps] [version 1|2c|3
///   auth|noauth|priv] PASS`, `snmp-server user u g v3 auth sha PASS priv aes 128 PASS`;
/// - `radius-server … key [0|7] PASS`, `tacacs-server key PASS`, `crypto isakmp key PASS
///   address …`, `key-string [7] PASS`, `ntp authentication-key 1 md5 PASS`;
/// - Juniper `plain-text-password-value PASS`, `pre-shared-key ascii-text "PASS"`,
///   `authentication-key "PASS"`; `wpa-psk ascii 0 PASS`.
///
/// **Trigger**: the keyword's word start. **Returns** the value (inside its quotes), or nil.
package enum NetworkConfigSecretDetector {
    /// Whether a keyword can start with `x0 x1`: `pa`ssword, `pl`ain-text-…, `pr`e-shared-key,
    /// `se`cret, `sn`mp-server, `ke`y, `au`thentication-key, `wp`a-psk, `ro`community/`rw`community.
    @inline(__always)
    package static func mayStart(_ x0: UInt8, _ x1: UInt8) -> Bool {
        switch (x0, x1) {
        case (UInt8(ascii: "p"), UInt8(ascii: "a")), (UInt8(ascii: "p"), UInt8(ascii: "l")), (UInt8(ascii: "p"), UInt8(ascii: "r")),
             (UInt8(ascii: "s"), UInt8(ascii: "e")), (UInt8(ascii: "s"), UInt8(ascii: "n")), (UInt8(ascii: "k"), UInt8(ascii: "e")),
             (UInt8(ascii: "a"), UInt8(ascii: "u")), (UInt8(ascii: "w"), UInt8(ascii: "p")), (UInt8(ascii: "r"), UInt8(ascii: "o")), (UInt8(ascii: "r"), UInt8(ascii: "w")):
            true
        default:
            false
        }
    }

    package static func match(_ b: Bytes, at: Int) -> Range<Int>? {
        let n = b.count
        // (After `logged command:` (Cisco's configuration logger) and ASA's `executed the '…'`.)
        guard at + 8 < n, at == 0 || b[at - 1] == 0x20 || b[at - 1] == UInt8(ascii: "=") || b[at - 1] == UInt8(ascii: "\"")
            || b[at - 1] == UInt8(ascii: ":") || b[at - 1] == UInt8(ascii: "'") else { return nil }
        switch b[at] {
        case UInt8(ascii: "p"):
            if let v = after(b, at, "password ", typeDigit: true) { return v }
            if let v = after(b, at, "plain-text-password-value ", typeDigit: false) { return v }
            if ASCII.hasPrefix(b, at: at, exactly: "pre-shared-key ") {
                var k = at + 15
                if ASCII.hasPrefix(b, at: k, exactly: "ascii-text ") { k += 11 } else if ASCII.hasPrefix(b, at: k, exactly: "hexadecimal ") { k += 12 }
                return value(b, k)
            }
        case UInt8(ascii: "s"):
            if let v = after(b, at, "secret ", typeDigit: true) { return v }
            if ASCII.hasPrefix(b, at: at, exactly: "snmp-server ") { return snmp(b, at + 12) }
        case UInt8(ascii: "k"):
            if ASCII.hasPrefix(b, at: at, exactly: "key-string ") { return typedValue(b, at + 11) }
            if ASCII.hasPrefix(b, at: at, exactly: "key "), commandStartsWithKeyedServer(b, before: at) { return typedValue(b, at + 4) }
        case UInt8(ascii: "a"):
            if ASCII.hasPrefix(b, at: at, exactly: "authentication-key ") {
                // `ntp authentication-key 1 md5 PASS`: a key number and an algorithm first.
                // Juniper's `authentication-key "PASS"`: quoted. Prose (`authentication-key rotation`) is not.
                let k = at + 19
                let words = wordRanges(b, from: k, count: 2)
                if words.count == 2, ASCII.isDigit(b[k]), words[1].count == 3, ASCII.hasPrefix(b, at: words[1].lowerBound, exactly: "md5") { return value(b, words[1].upperBound + 1) }
                // IOS's `ip ospf authentication-key [0|7] PASS`.
                // (The key ends the command: `ospf authentication-key rotation scheduled` is prose.)
                if CredentialScan.hasSuffix(b, endingAt: at, exactly: "ospf "), let v = typedValue(b, k),
                   v.upperBound == b.count || b[v.upperBound] == UInt8(ascii: "'") || b[v.upperBound] == UInt8(ascii: "\"")
                    || b[v.upperBound] == UInt8(ascii: ";") || b[v.upperBound] == 0x0D || b[v.upperBound] == 0x0A { return v }
                return b[k] == UInt8(ascii: "\"") ? value(b, k) : nil
            }
        case UInt8(ascii: "w"):
            if ASCII.hasPrefix(b, at: at, exactly: "wpa-psk ascii ") { return typedValue(b, at + 14) }
        case UInt8(ascii: "r"):
            // net-snmp's `rocommunity PASS [source]`, `rwcommunity PASS`.
            if ASCII.hasPrefix(b, at: at, exactly: "rocommunity ") || ASCII.hasPrefix(b, at: at, exactly: "rwcommunity ") { return value(b, at + 12) }
        default:
            break
        }
        return nil
    }

    /// `keyword` at `at`, then (when `typeDigit`) a one-digit encryption type, then the value.
    private static func after(_ b: Bytes, _ at: Int, _ keyword: StaticString, typeDigit: Bool) -> Range<Int>? {
        guard ASCII.hasPrefix(b, at: at, exactly: keyword) else { return nil }
        let k = at + keyword.utf8CodeUnitCount
        guard typeDigit else { return value(b, k) }
        // `wrong password 3 times` is prose: only a configuration command counts.
        guard startsConfigCommand(b, keyword: at) else { return nil }
        guard k + 2 < b.count, ASCII.isDigit(b[k]), b[k + 1] == 0x20, let v = value(b, k + 2) else { return nil }
        // The value fits its type: 0 clear text; 5, 8, 9 a crypt string (`$1$…`); 7 Cisco's
        // reversible hex; 4 and 6 ten bytes or more. Else prose (`password 5 times`).
        switch b[k] {
        case UInt8(ascii: "0"): return v
        case UInt8(ascii: "5"), UInt8(ascii: "8"), UInt8(ascii: "9"): return b[v.lowerBound] == UInt8(ascii: "$") ? v : nil
        case UInt8(ascii: "7"): return v.count >= 4 && b[v].allSatisfy(ASCII.isHexDigit) ? v : nil
        case UInt8(ascii: "4"), UInt8(ascii: "6"): return v.count >= 10 ? v : nil
        default: return nil
        }
    }

    /// An optional one-digit encryption type, then the value.
    private static func typedValue(_ b: Bytes, _ k: Int) -> Range<Int>? {
        if k + 2 < b.count, ASCII.isDigit(b[k]), b[k + 1] == 0x20 { return value(b, k + 2) }
        return value(b, k)
    }

    /// The value at `k`: inside quotes, or up to white space, `"` or `;`.
    private static func value(_ b: Bytes, _ k: Int) -> Range<Int>? {
        guard k < b.count, b[k] != 0x20 else { return nil }
        var value = CommandLinePasswordDetector.argument(b, at: k).range
        // ASA's `executed the '… key PASS' command.`: the quote closes the command.
        if value.count > 1, b[value.upperBound - 1] == UInt8(ascii: "'"), b[k] != UInt8(ascii: "'"),
           CredentialScan.contains(b, from: k - 256, to: k, lowercased: "executed the '") {
            value = value.lowerBound..<(value.upperBound - 1)
        }
        return value.isEmpty ? nil : value
    }

    /// `snmp-server community PASS …`, `snmp-server host ADDR [informs|traps] [version …] PASS`,
    /// `snmp-server user U G v3 auth ALG PASS [priv ALG [BITS] PASS]` (both passwords and what
    /// lies between them, as one span).
    private static func snmp(_ b: Bytes, _ k: Int) -> Range<Int>? {
        if ASCII.hasPrefix(b, at: k, exactly: "community ") { return value(b, k + 10) }
        if ASCII.hasPrefix(b, at: k, exactly: "host ") {
            let words = wordRanges(b, from: k + 5, count: 9)
            // The host is an address or a domain name (`the snmp-server host list is empty` is not);
            // ASA names the interface first (`snmp-server host inside 10.0.0.50 community PASS`).
            func isHost(_ r: Range<Int>) -> Bool { b[r].contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ":") }) }
            guard let first = words.first else { return nil }
            var w = 1  // after the address
            if !isHost(first) {
                guard words.count > 1, isHost(words[1]) else { return nil }
                w = 2
            }
            while w < words.count {
                let r = words[w]
                let word = b[r]
                if word.elementsEqual("community".utf8) { return w + 1 < words.count ? words[w + 1] : nil }
                if word.elementsEqual("informs".utf8) || word.elementsEqual("traps".utf8) || word.elementsEqual("version".utf8)
                    || word.elementsEqual("1".utf8) || word.elementsEqual("2c".utf8) || word.elementsEqual("3".utf8)
                    || word.elementsEqual("auth".utf8) || word.elementsEqual("noauth".utf8) || word.elementsEqual("priv".utf8) { w += 1; continue }
                return r
            }
            return nil
        }
        if ASCII.hasPrefix(b, at: k, exactly: "user ") {
            let words = wordRanges(b, from: k + 5, count: 12)
            // U G v3 auth ALG PASS [priv ALG [BITS] PASS]: from the first password to the last.
            guard words.count >= 6, b[words[3]].elementsEqual("auth".utf8) else { return nil }
            var end = words[5].upperBound
            if words.count >= 9, b[words[6]].elementsEqual("priv".utf8) {
                let last = words.count >= 10 && b[words[8]].allSatisfy(ASCII.isDigit) ? 9 : 8
                if last < words.count { end = words[last].upperBound }
            }
            return words[5].lowerBound..<end
        }
        return nil
    }

    /// Whether `password`/`secret` at `keyword` starts a configuration command or follows
    /// `username NAME …` / `enable`: the command starts at the line's start or after `cmd=`,
    /// `cmd:` or `command:` (TACACS+ accounting, Cisco's configuration logger).
    private static func startsConfigCommand(_ b: Bytes, keyword: Int) -> Bool {
        var start = keyword
        var loggedCommand = false
        while start > 0, keyword - start < 160, b[start - 1] != 0x0A {
            if b[start - 1] == UInt8(ascii: "=") || b[start - 1] == UInt8(ascii: ":") {
                if start >= 4, ASCII.hasPrefix(b, at: start - 4, exactly: "cmd") { loggedCommand = true; break }
                if start >= 8, ASCII.hasPrefix(b, at: start - 8, exactly: "command") { loggedCommand = true; break }
            }
            start -= 1
        }
        guard start == 0 || b[start - 1] == 0x0A || b[start - 1] == UInt8(ascii: "=") || b[start - 1] == UInt8(ascii: ":") else {
            // ASA's `executed the 'ppp chap password 0 PASS' command`, and any word of a command
            // after `cmd=`/`command:` below: the typed value's shape still has to fit.
            return CredentialScan.contains(b, from: keyword - 160, to: keyword, lowercased: "executed the '")
        }
        if loggedCommand { return true }  // any word of a logged command (`neighbor X password 0 PASS`)
        while start < keyword, b[start] == 0x20 || b[start] == 0x09 { start += 1 }
        return start == keyword || ASCII.hasPrefix(b, at: start, exactly: "username ") || ASCII.hasPrefix(b, at: start, exactly: "enable ")
    }

    /// Whether the command holding `key` at `at` configures a server's shared key
    /// (`radius-server`, `tacacs-server`, `crypto isakmp`, `tacacs server`/`radius server` blocks).
    private static func commandStartsWithKeyedServer(_ b: Bytes, before at: Int) -> Bool {
        CredentialScan.contains(b, from: at - 256, to: at, lowercased: "radius-server")
            || CredentialScan.contains(b, from: at - 256, to: at, lowercased: "tacacs-server")
            || CredentialScan.contains(b, from: at - 256, to: at, lowercased: "crypto isakmp")
            || CredentialScan.contains(b, from: at - 256, to: at, lowercased: "crypto keyring")
            || CredentialScan.contains(b, from: at - 256, to: at, lowercased: "aaa-server")
    }

    /// Up to `count` space-separated words from `k`, up to the line's end, `;` or `"`.
    private static func wordRanges(_ b: Bytes, from k: Int, count: Int) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var i = k
        while words.count < count, i < b.count {
            while i < b.count, b[i] == 0x20 { i += 1 }
            let s = i
            while i < b.count, b[i] > 0x20, b[i] != UInt8(ascii: ";"), b[i] != UInt8(ascii: "\"") { i += 1 }
            guard i > s else { break }
            words.append(s..<i)
            if i < b.count, b[i] != 0x20 { break }
        }
        return words
    }
}
