/// A password given to IRC services (Anope, Atheme) in a command that an IRC daemon's raw-input
/// log or a client's log keeps: InspIRCd's `USERINPUT: … PRIVMSG NickServ :IDENTIFY aditi_r
/// Mysore#Filter88`, a client's `/msg NickServ IDENTIFY hunter2`, `NickServ :REGISTER pw
/// me@example.com`, `GHOST nick pw`, `SET PASSWORD pw`.
///
/// **Trigger**: the command word after `NickServ :`, `NickServ ` or `NS ` (any case).
/// **Returns** the password (the last argument of `IDENTIFY`, the first of `REGISTER`, the second
/// of `GHOST`, `RECOVER`, `RELEASE` and `REGAIN`, the one after `SET PASSWORD`) and the account
/// when the command names one.
enum IRCServicesDetector {
    static func match(_ b: Bytes, at: Int) -> (account: Range<Int>?, password: Range<Int>)? {
        guard at >= 3, followsNickServ(b, at) else { return nil }
        let n = b.count
        var command = at
        while command < n, command - at < 10, ASCII.isLetter(b[command]) { command += 1 }
        guard command < n, b[command] == 0x20 else { return nil }
        let word = at..<command
        var args: [Range<Int>] = []
        var k = command
        while args.count < 3 {
            while k < n, b[k] == 0x20 { k += 1 }
            let s = k
            while k < n, b[k] > 0x20, b[k] != UInt8(ascii: "\"") { k += 1 }
            guard k > s else { break }
            args.append(s..<k)
        }
        guard !args.isEmpty else { return nil }
        if isWord(b, word, "identify") || isWord(b, word, "id") {
            return args.count >= 2 ? (args[0], args[1]) : (nil, args[0])
        }
        if isWord(b, word, "register") { return (nil, args[0]) }
        if isWord(b, word, "ghost") || isWord(b, word, "recover") || isWord(b, word, "release") || isWord(b, word, "regain") {
            return args.count >= 2 ? (args[0], args[1]) : nil
        }
        if isWord(b, word, "set"), args.count >= 2, isWord(b, args[0], "password") { return (nil, args[1]) }
        return nil
    }

    /// Whether `NickServ :`, `NickServ ` or `NS ` (any case) ends just before `at`.
    private static func followsNickServ(_ b: Bytes, _ at: Int) -> Bool {
        var k = at
        if b[k - 1] == UInt8(ascii: ":") { k -= 1 }
        guard k >= 3, b[k - 1] == 0x20 else { return false }
        k -= 1
        if k >= 8, ASCII.hasPrefix(b, at: k - 8, lowercased: "nickserv") { return k == 8 || !ASCII.isAlnum(b[k - 9]) }
        if ASCII.hasPrefix(b, at: k - 2, lowercased: "ns") { return k == 2 || !ASCII.isAlnum(b[k - 3]) }
        return false
    }

    private static func isWord(_ b: Bytes, _ r: Range<Int>, _ word: StaticString) -> Bool {
        r.count == word.utf8CodeUnitCount && ASCII.hasPrefix(b, at: r.lowerBound, lowercased: word)
    }
}
