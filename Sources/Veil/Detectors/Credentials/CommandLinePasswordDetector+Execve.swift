/// auditd's `EXECVE` records give each argument of a command its own pair:
/// `argc=4 a0="mysql" a1="-uroot" a2="-pS3cret" a3="app"`, so a password is never next to its
/// option in one word of text. Read per argument:
/// - `-pS3cret` (glued) when `a0` is `mysql`, `mariadb`, `mysqldump`, `mysqladmin` or
///   `mariadb-dump` (a path before the name too);
/// - the argument after one that is a long option naming a secret (`a3="--password"
///   a4="S3cret"`, as ``longOption(_:at:floor:)`` reads them), or after `-p` when `a0` is
///   `sshpass`.
///
/// **Trigger**: the `a` of `aN="` or `aN=HEX` (N ≥ 1) after a space. Arguments auditd wrote in
/// hex (ones with spaces or quotes in them) are taken whole where a password stands
/// (`a1="-p" a2=636F…`); what a hex argument holds inside is the hex decoder's to find.
///
/// **Returns** the password's range; ``execveUser(_:at:)`` the account's.
extension CommandLinePasswordDetector {
    /// One `aN="…"` argument of an `EXECVE` record, at the `a` (N ≥ 1, after a space): the
    /// value's range, the argument before it (when it is the quoted pair right before), and
    /// the program's name from `a0`.
    private struct ExecveArgument {
        let value: Range<Int>
        let previous: Range<Int>?
        let program: Range<Int>

        func programIs(_ b: Bytes, _ word: StaticString) -> Bool { Self.isWord(b, program, word) }
        func isMySQL(_ b: Bytes) -> Bool { CommandLineUserDetector.mysqlPrograms.contains { programIs(b, $0) } }
        func previousIs(_ b: Bytes, _ word: StaticString) -> Bool { previous.map { Self.isWord(b, $0, word) } ?? false }
        private static func isWord(_ b: Bytes, _ r: Range<Int>, _ word: StaticString) -> Bool {
            r.count == word.utf8CodeUnitCount && ASCII.hasPrefix(b, at: r.lowerBound, exactly: word)
        }
    }

    private static func execveArgument(_ b: Bytes, _ i: Int) -> ExecveArgument? {
        let n = b.count
        guard i > 0, b[i - 1] == 0x20, i + 4 < n, b[i] == UInt8(ascii: "a"), ASCII.isDigit(b[i + 1]) else { return nil }
        var k = i + 1
        while k < n, k - i <= 4, ASCII.isDigit(b[k]) { k += 1 }
        guard k + 1 < n, b[k] == UInt8(ascii: "="), !(k == i + 2 && b[i + 1] == UInt8(ascii: "0")) else { return nil }
        let start: Int
        let close: Int
        if b[k + 1] == UInt8(ascii: "\"") {
            start = k + 2
            guard let quote = b[start...].firstIndex(of: UInt8(ascii: "\"")), quote > start else { return nil }
            close = quote
        } else {
            // An argument with a space or quote in it, written in hex (`a2=636F72726563…`): the
            // hex digits stand for it (replaced whole).
            start = k + 1
            var e = start
            while e < n, ASCII.isHexDigit(b[e]) { e += 1 }
            guard e - start >= 2, (e - start) % 2 == 0, e == n || b[e] == 0x20 || b[e] == 0x0A || b[e] == 0x0D else { return nil }
            close = e
        }
        guard let program = execveProgram(b, before: i) else { return nil }
        var previous: Range<Int>?
        if i >= 2, b[i - 2] == UInt8(ascii: "\""), let open = b[..<(i - 2)].lastIndex(of: UInt8(ascii: "\"")), i - 2 - open <= 64 {
            previous = (open + 1)..<(i - 2)
        }
        return ExecveArgument(value: start..<close, previous: previous, program: program)
    }

    /// The password an `EXECVE` argument at `i` holds (see the type's comment), or nil.
    static func execveArgument(_ b: Bytes, at i: Int) -> Range<Int>? {
        guard let arg = execveArgument(b, i) else { return nil }
        let value = arg.value
        if arg.isMySQL(b), value.count > 2, b[value.lowerBound] == UInt8(ascii: "-"), b[value.lowerBound + 1] == UInt8(ascii: "p") {
            return (value.lowerBound + 2)..<value.upperBound
        }
        if arg.programIs(b, "sshpass"), arg.previousIs(b, "-p") { return value }
        // curl's and wget's `-u user:pass` / `--user user:pass`: the part after the first `:`.
        if arg.programIs(b, "curl") || arg.programIs(b, "wget"), arg.previousIs(b, "-u") || arg.previousIs(b, "--user") || arg.previousIs(b, "--proxy-user") || arg.previousIs(b, "-U"),
           let colon = b[value].firstIndex(of: UInt8(ascii: ":")), colon + 1 < value.upperBound {
            return (colon + 1)..<value.upperBound
        }
        // nmcli's `wifi connect SSID password X`, `con modify NAME wifi-sec.psk X`: the value after
        // a property that names a secret.
        if arg.programIs(b, "nmcli"), let previous = arg.previous, isNetworkManagerSecretProperty(b, previous) { return value }
        guard let previous = arg.previous, previous.count > 2, b[previous.lowerBound] == UInt8(ascii: "-"), b[previous.lowerBound + 1] == UInt8(ascii: "-") else { return nil }
        return namesSecret(b, (previous.lowerBound + 2)..<previous.upperBound) ? value : nil
    }

    /// The account an `EXECVE` argument names (`a0="mysql" a1="-uroot"`, `a1="-u" a2="root"`,
    /// `a1="--user" a2="root"` for the mysql family; `a1="--username" a2="root"` for any
    /// program); `at` as for ``execveArgument(_:at:)``.
    static func execveUser(_ b: Bytes, at i: Int) -> Range<Int>? {
        guard let arg = execveArgument(b, i) else { return nil }
        let value = arg.value
        let mysql = arg.isMySQL(b)
        if mysql, value.count > 2, b[value.lowerBound] == UInt8(ascii: "-"), b[value.lowerBound + 1] == UInt8(ascii: "u") {
            return CommandLineUserDetector.userName(b, (value.lowerBound + 2)..<value.upperBound)
        }
        if arg.programIs(b, "curl") || arg.programIs(b, "wget"), arg.previousIs(b, "-u") || arg.previousIs(b, "--user") {
            let colon = b[value].firstIndex(of: UInt8(ascii: ":")) ?? value.upperBound
            return CommandLineUserDetector.userName(b, value.lowerBound..<colon)
        }
        let names = arg.previousIs(b, "--username") || (mysql && (arg.previousIs(b, "-u") || arg.previousIs(b, "--user")))
        return names ? CommandLineUserDetector.userName(b, value) : nil
    }

    /// nmcli's secret properties: `password`, `psk`, `wep-key0`…, and any setting's `….psk`,
    /// `….password`, `….psk-flags` excepted (`wifi-sec.psk`, `802-1x.password`, `vpn.secrets`).
    static func isNetworkManagerSecretProperty(_ b: Bytes, _ r: Range<Int>) -> Bool {
        let dot = b[r].lastIndex(of: UInt8(ascii: ".")).map { $0 + 1 } ?? r.lowerBound
        let name = dot..<r.upperBound
        for word: StaticString in ["password", "psk", "secrets", "pin", "wep-key0", "wep-key1", "wep-key2", "wep-key3", "leap-password", "private-key-password"]
        where name.count == word.utf8CodeUnitCount && ASCII.hasPrefix(b, at: name.lowerBound, lowercased: word) {
            return true
        }
        return false
    }

    /// The program's name (after the last `/`) in the record's `a0="…"`, at most 2 KiB before `i`.
    private static func execveProgram(_ b: Bytes, before i: Int) -> Range<Int>? {
        var k = i - 1
        while k >= 4, i - k <= 2048 {
            if b[k] == UInt8(ascii: "\""), b[k - 1] == UInt8(ascii: "="), b[k - 2] == UInt8(ascii: "0"), b[k - 3] == UInt8(ascii: "a"), b[k - 4] == 0x20 {
                guard let close = b[(k + 1)...].firstIndex(of: UInt8(ascii: "\"")), close - k <= 256 else { return nil }
                let slash = b[(k + 1)..<close].lastIndex(of: UInt8(ascii: "/"))
                return ((slash ?? k) + 1)..<close
            }
            k -= 1
        }
        return nil
    }
}
