/// Accounts that mail, chat, IoT and honeypot services print in their own shapes (stop 37:
/// helpers' probes of mail, security-tooling and IoT logs):
/// - Dovecot's session prefix: `imap(takeshi.yamamoto)<30122><Xk2P…>: Disconnected`, also
///   `pop3(…)`, `lmtp(…)`, `submission(…)`, `managesieve(…)`;
/// - Matrix user ids: `@giuseppe.rossi:matrix.example.org` (the local part);
/// - OwnTracks' MQTT topics: `owntracks/jkowalski/iphone` (the user);
/// - Cowrie's `login attempt [root/123456] succeeded`, also with Python's bytes
///   (`[b'root'/b'Zx!9qLw3Tt']`): the user and the password the client tried;
/// - a local sender without a domain: Postfix's `from=<yusuf.demir>` (pickup), Sendmail's
///   `from=yusuf.demir, size=…`;
/// - spamd's `… for vikram.patel:1004 …` and `setuid to vikram.patel succeeded`.
extension AuthLogDetector {
    /// At the `(` after a Dovecot service's name: the user up to `)`, when `<` or `:` follows it.
    static func dovecotSessionUser(_ bytes: Bytes, open: Int) -> Range<Int>? {
        var s = open
        while s > 0, open - s < 12, ASCII.isLower(bytes[s - 1]) || ASCII.isDigit(bytes[s - 1]) { s -= 1 }
        guard s == 0 || bytes[s - 1] == 0x20 || bytes[s - 1] == UInt8(ascii: "-") else { return nil }
        let service = s..<open
        guard dovecotServices.contains(where: { $0.utf8CodeUnitCount == service.count && ASCII.hasPrefix(bytes, at: s, exactly: $0) }),
              let user = userRun(bytes, open + 1), user.upperBound + 1 < bytes.count, bytes[user.upperBound] == UInt8(ascii: ")"),
              // `lmtp(44321):` is the process, not a user.
              bytes[user].contains(where: { !ASCII.isDigit($0) }) else { return nil }
        let after = bytes[user.upperBound + 1]
        return after == UInt8(ascii: "<") || after == UInt8(ascii: ":") ? user : nil
    }

    static let dovecotServices: [StaticString] = ["imap", "pop3", "lmtp", "submission", "managesieve", "lda"]

    /// At `@`: a Matrix user id's local part (`@marta.lopez:matrix.example.org`), the `@` not glued
    /// to a word before it and a host name with a dot after the `:`.
    static func matrixUser(_ bytes: Bytes, at: Int) -> Range<Int>? {
        let n = bytes.count
        guard at + 4 < n, at == 0 || !(ASCII.isAlnum(bytes[at - 1]) || bytes[at - 1] == UInt8(ascii: "_") || bytes[at - 1] == UInt8(ascii: ".")) else { return nil }
        var e = at + 1
        while e < n, e - at <= 64, ASCII.isLower(bytes[e]) || ASCII.isDigit(bytes[e]) || bytes[e] == UInt8(ascii: ".") || bytes[e] == UInt8(ascii: "_")
            || bytes[e] == UInt8(ascii: "-") || bytes[e] == UInt8(ascii: "=") { e += 1 }
        guard e > at + 1, e - at <= 64, e + 3 < n, bytes[e] == UInt8(ascii: ":"), ASCII.isAlnum(bytes[e + 1]) else { return nil }
        var h = e + 1, dot = false
        while h < n, h - e <= 253, ASCII.isAlnum(bytes[h]) || bytes[h] == UInt8(ascii: "-") || bytes[h] == UInt8(ascii: ".") {
            if bytes[h] == UInt8(ascii: ".") { dot = true }
            h += 1
        }
        guard dot, ASCII.isLetter(bytes[h - 1]) else { return nil }
        return (at + 1)..<e
    }

    /// At `owntracks/`: the user of an OwnTracks topic, `owntracks/USER/DEVICE`.
    static func ownTracksUser(_ bytes: Bytes, at: Int) -> Range<Int>? {
        guard ASCII.hasPrefix(bytes, at: at, exactly: "owntracks/"), at == 0 || !ASCII.isAlnum(bytes[at - 1]),
              let user = userRun(bytes, at + 10), user.upperBound < bytes.count, bytes[user.upperBound] == UInt8(ascii: "/") else { return nil }
        return user
    }

    /// At `login attempt [`: Cowrie's user and password, each maybe written as Python bytes.
    static func honeypotLoginAttempt(_ bytes: Bytes, at: Int) -> (user: Range<Int>, password: Range<Int>)? {
        guard ASCII.hasPrefix(bytes, at: at, exactly: "login attempt [") else { return nil }
        let n = bytes.count
        var k = at + 15
        func part(_ stop: UInt8) -> Range<Int>? {
            var quote: UInt8 = 0
            if k + 1 < n, bytes[k] == UInt8(ascii: "b"), bytes[k + 1] == UInt8(ascii: "'") || bytes[k + 1] == UInt8(ascii: "\"") { quote = bytes[k + 1]; k += 2 }
            let start = k
            if quote != 0 {
                while k < n, k - start <= 256, bytes[k] != quote { k += bytes[k] == UInt8(ascii: "\\") ? 2 : 1 }
                guard k < n, bytes[k] == quote else { return nil }
                let r = start..<k
                k += 1
                return r
            }
            // Unquoted: up to the separator (the last `]` of the line for the password: it may hold one).
            if stop == UInt8(ascii: "]") {
                var e = n
                while e > start, bytes[e - 1] != UInt8(ascii: "]") { e -= 1 }
                guard e > start else { return nil }
                k = e - 1
                return start..<(e - 1)
            }
            while k < n, k - start <= 64, bytes[k] != stop { k += 1 }
            guard k < n, bytes[k] == stop else { return nil }
            return start..<k
        }
        guard let user = part(UInt8(ascii: "/")), k < n, bytes[k] == UInt8(ascii: "/") else { return nil }
        k += 1
        guard let password = part(UInt8(ascii: "]")), !password.isEmpty else { return nil }
        return (user, password)
    }

    /// At `from=`: a local sender with no domain, `from=<user>` or Sendmail's `from=user, size=`.
    static func localSender(_ bytes: Bytes, at: Int) -> Range<Int>? {
        guard ASCII.hasPrefix(bytes, at: at, exactly: "from="), at == 0 || bytes[at - 1] == 0x20 else { return nil }
        let n = bytes.count
        var k = at + 5
        let angle = k < n && bytes[k] == UInt8(ascii: "<")
        if angle { k += 1 }
        guard let user = userRun(bytes, k), user.upperBound < n, ASCII.isLetter(bytes[user.lowerBound]) else { return nil }
        if angle { return bytes[user.upperBound] == UInt8(ascii: ">") ? user : nil }
        return ASCII.hasPrefix(bytes, at: user.upperBound, exactly: ", size=") ? user : nil
    }

    /// At `for ` or `setuid to ` in a spamd line: the user (`for vikram.patel:1004`, `setuid to
    /// vikram.patel succeeded`).
    static func spamdUser(_ bytes: Bytes, at: Int) -> Range<Int>? {
        let n = bytes.count
        let k: Int
        if ASCII.hasPrefix(bytes, at: at, exactly: "for ") { k = at + 4 }
        else if ASCII.hasPrefix(bytes, at: at, exactly: "setuid to ") { k = at + 10 }
        else { return nil }
        guard at >= 8, bytes[at - 1] == 0x20, let user = userRun(bytes, k), user.upperBound + 1 < n else { return nil }
        if bytes[at] == UInt8(ascii: "f") {
            guard bytes[user.upperBound] == UInt8(ascii: ":"), ASCII.isDigit(bytes[user.upperBound + 1]) else { return nil }
        } else {
            guard ASCII.hasPrefix(bytes, at: user.upperBound, exactly: " succeeded") else { return nil }
        }
        // (The line's search last: `for ` is a common word.)
        return CredentialScan.contains(bytes, from: 0, to: at, lowercased: "spamd") ? user : nil
    }
}
