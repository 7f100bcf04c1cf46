/// Accounts in mail-server, VPN and network-device phrasings:
/// - Exim's authenticated sender, `A=<authenticator>:<id>` (`<= jane@example.com H=… P=esmtpsa
///   A=dovecot_plain:jane.smith S=2345`);
/// - strongSwan's `received EAP identity 'alice.wong'` (also `"…"`);
/// - Cisco IOS configuration: `username bob privilege 15 secret 5 $1$…` (the password is
///   ``NetworkConfigSecretDetector``'s);
/// - Mosquitto's `New client connected from … as sensor-1 (p2, c1, k60, u'jdoe').`
extension AuthLogDetector {
    /// At the `u` of `u'` after `, ` in Mosquitto's connection summary: the user name.
    static func mosquittoUser(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard at >= 2, bytes[at - 1] == 0x20, bytes[at - 2] == UInt8(ascii: ","), ASCII.hasPrefix(bytes, at: at, exactly: "u'"),
              CredentialScan.contains(bytes, from: at - 160, to: at, lowercased: "new client connected from ")
                || CredentialScan.contains(bytes, from: at - 160, to: at, lowercased: "received connect from ") else { return nil }
        // (`u'user')`, or `u'user', p'password')` in the debug log's CONNECT.)
        return user(bytes, at + 2, then: { e in ASCII.hasPrefix(bytes, at: e, exactly: "')") || ASCII.hasPrefix(bytes, at: e, exactly: "', p'") })
    }

    /// Mosquitto's debug log of a CONNECT: `Received CONNECT from c1 (p5, c1, k30, u'marek',
    /// p'Tr0ub4dor&3')`: the password in `p'…'` after the user (to the last `')` of the line:
    /// a password may hold `'`). `at` is the `p`.
    static func mosquittoPassword(_ bytes: Bytes, at: Int) -> Range<Int>? {
        guard at >= 4, bytes[at - 1] == 0x20, bytes[at - 2] == UInt8(ascii: ","), bytes[at - 3] == UInt8(ascii: "'"), ASCII.hasPrefix(bytes, at: at, exactly: "p'"),
              CredentialScan.contains(bytes, from: at - 200, to: at, lowercased: "connect from ") else { return nil }
        let start = at + 2
        var close = -1
        var k = start
        while k + 1 < bytes.count, k - start <= 256 {
            if bytes[k] == UInt8(ascii: "'"), bytes[k + 1] == UInt8(ascii: ")") { close = k }
            k += 1
        }
        return close > start ? start..<close : start..<min(bytes.count, start + 256)
    }

    /// At the `u` of `username` at a line's start (after at most 16 spaces or tabs): the account
    /// when a configuration word follows it.
    static func networkDeviceUsername(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard ASCII.hasPrefix(bytes, at: at, exactly: "username ") else { return nil }
        // At a line's start, or a logged command's (`logged command:username …`, `cmd=username …`,
        // ASA's `executed the 'username …' command`).
        if at >= 1, bytes[at - 1] == UInt8(ascii: ":") || bytes[at - 1] == UInt8(ascii: "="),
           CredentialScan.hasSuffix(bytes, endingAt: at - 1, exactly: "command") || CredentialScan.hasSuffix(bytes, endingAt: at - 1, exactly: "cmd") {
        } else if at >= 14, bytes[at - 1] == UInt8(ascii: "'"), CredentialScan.hasSuffix(bytes, endingAt: at, exactly: "executed the '") {
        } else {
            guard at <= 16 else { return nil }
            for k in 0..<at where bytes[k] != 0x20 && bytes[k] != 0x09 { return nil }
        }
        return user(bytes, at + 9, then: { e in
            ASCII.hasPrefix(bytes, at: e, exactly: " privilege ") || ASCII.hasPrefix(bytes, at: e, exactly: " password ")
                || ASCII.hasPrefix(bytes, at: e, exactly: " secret ") || ASCII.hasPrefix(bytes, at: e, exactly: " algorithm-type ")
                || ASCII.hasPrefix(bytes, at: e, exactly: " nopassword") || ASCII.hasPrefix(bytes, at: e, exactly: " view ")
        })
    }

    /// At the `A` of ` A=`: the id after the authenticator's name (lower-case letters, digits
    /// and `_`, then `:`), up to white space or the line's end.
    static func eximAuthenticatedID(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard at > 0, bytes[at - 1] == 0x20, ASCII.hasPrefix(bytes, at: at, exactly: "A=") else { return nil }
        var k = at + 2
        let limit = min(bytes.count, k + 32)
        while k < limit, ASCII.isLower(bytes[k]) || ASCII.isDigit(bytes[k]) || bytes[k] == UInt8(ascii: "_") { k += 1 }
        guard k > at + 2, k < bytes.count, bytes[k] == UInt8(ascii: ":") else { return nil }
        return user(bytes, k + 1, then: { e in e == bytes.count || bytes[e] == 0x20 || bytes[e] == 0x09 })
    }

    /// At the `i` of `identity` after `EAP `: the quoted identity.
    static func eapIdentity(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard at >= 4, ASCII.hasPrefix(bytes, at: at, exactly: "identity "), CredentialScan.hasSuffix(bytes, endingAt: at, exactly: "EAP "),
              at + 10 < bytes.count, bytes[at + 9] == UInt8(ascii: "'") || bytes[at + 9] == UInt8(ascii: "\"") else { return nil }
        let quote = bytes[at + 9]
        return user(bytes, at + 10, then: { e in e < bytes.count && bytes[e] == quote })
    }
}

extension AuthLogDetector {
    /// Exim's delivery lines name the local recipient before its address:
    /// `1rk2Ab-000123-Xy => kerstin.schulz <kerstin.schulz@acme.de> R=local_user T=local_delivery`
    /// (also `->`, `*>`, `**`, `==`). At the `<` of the address (`angle`): the local user.
    static func eximDeliveryUser(_ bytes: Bytes, angle: Int, floor: Int) -> Range<Int>? {
        guard angle >= 5, bytes[angle - 1] == 0x20 else { return nil }
        let end = angle - 1
        var start = end
        while start > floor, end - start < maxUser, isUserByte(bytes[start - 1]) { start -= 1 }
        guard start < end, start >= 4, bytes[start - 1] == 0x20 else { return nil }
        let arrow = (bytes[start - 3], bytes[start - 2])
        switch arrow {
        case (UInt8(ascii: "="), UInt8(ascii: ">")), (UInt8(ascii: "-"), UInt8(ascii: ">")), (UInt8(ascii: "*"), UInt8(ascii: ">")),
             (UInt8(ascii: "*"), UInt8(ascii: "*")), (UInt8(ascii: "="), UInt8(ascii: "=")):
            guard bytes[start - 4] == 0x20 else { return nil }
            return start..<end
        default:
            return nil
        }
    }
}
