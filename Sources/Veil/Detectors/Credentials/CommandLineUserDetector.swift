/// Accounts named on a command line — shell histories, CI logs, `execve` audit records, `sudo …
/// COMMAND=` — next to the password that ``CommandLinePasswordDetector`` finds (or the prompt
/// for one):
/// - `docker login -u X` (also `podman login`), `az login -u X`;
/// - `mysql -u X` / `-uX` / `--user X` (also `mariadb`, `mysqldump`, `mysqladmin`, `mariadb-dump`);
/// - `psql -U X` (also `pg_dump`, `pg_dumpall`, `pg_restore`, `pg_basebackup`, `createdb`,
///   `dropdb`, `pgbench`);
/// - `mongosh -u X` / `--username X` (also `mongo`, `mongodump`, `mongorestore`, `mongoexport`,
///   `mongoimport`);
/// - `ssh -l X`; `curl -u X:…` / `--user X:…` (the part before the password's `:`);
/// - `smbclient -U X%…` / `-U 'DOMAIN\X%…'` (also `rpcclient`, `smbcacls`: the part before `%`,
///   after a `\`);
/// - `htpasswd [-b…] FILE X …` and `htpasswd -n[b] X …`;
/// - any program's `--username X` (``longOption(_:at:floor:)``).
///
/// **Trigger**: the program name's word start (``match(_:at:floor:)``) at the line start or after
/// white space, `/`, `=`, a quote, `(` or a shell operator; the first `-` of `--username`.
///
/// **Accepts** a user name of 1–64 bytes `[A-Za-z0-9._@-]`, plain or quoted, not starting with
/// `-` (the next option) or `$` (a shell variable names no account); the command ends at `;`,
/// `|` or the end of the line, and is searched for at most 1 KiB.
///
/// **Returns** the user-name range.
package enum CommandLineUserDetector {
    /// The flag that names the account for `program`, and whether the value may be glued to it
    /// (`mysql -uroot`).
    private struct Flag {
        var short: StaticString
        var glued = false
        var long: StaticString? = nil
        var requiresLogin = false
    }

    @inline(__always)
    package static func match(_ b: Bytes, at: Int, floor: Int) -> Range<Int>? {
        guard at >= floor, at + 4 < b.count else { return nil }
        switch (b[at], b[at + 1]) {
        case (UInt8(ascii: "d"), UInt8(ascii: "o")), (UInt8(ascii: "p"), UInt8(ascii: "o")), (UInt8(ascii: "a"), UInt8(ascii: "z")),
             (UInt8(ascii: "m"), UInt8(ascii: "y")), (UInt8(ascii: "m"), UInt8(ascii: "a")), (UInt8(ascii: "m"), UInt8(ascii: "o")),
             (UInt8(ascii: "p"), UInt8(ascii: "s")), (UInt8(ascii: "p"), UInt8(ascii: "g")), (UInt8(ascii: "c"), UInt8(ascii: "r")),
             (UInt8(ascii: "d"), UInt8(ascii: "r")), (UInt8(ascii: "s"), UInt8(ascii: "s")), (UInt8(ascii: "c"), UInt8(ascii: "u")),
             (UInt8(ascii: "s"), UInt8(ascii: "m")), (UInt8(ascii: "r"), UInt8(ascii: "p")), (UInt8(ascii: "h"), UInt8(ascii: "t")):
            return matchSlow(b, at: at)
        default:
            return nil
        }
    }

    @inline(never)
    static func matchSlow(_ b: Bytes, at: Int) -> Range<Int>? {
        // The program starts a command: at the line start, after white space, a path's `/`
        // (`/usr/bin/mysql`), `=` (`COMMAND=…`), a quote or a shell operator — not inside a file
        // name (`/etc/nginx/.htpasswd heidi`).
        if at > 0 {
            switch b[at - 1] {
            case 0x20, 0x09, UInt8(ascii: "/"), UInt8(ascii: "="), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "("),
                 UInt8(ascii: ";"), UInt8(ascii: "|"), UInt8(ascii: "&"), UInt8(ascii: "`"):
                break
            default:
                return nil
            }
        }
        var e = at
        while e < b.count, e - at <= 16, ASCII.isAlnum(b[e]) || b[e] == UInt8(ascii: "-") || b[e] == UInt8(ascii: "_") { e += 1 }
        guard e < b.count, b[e] == 0x20 else { return nil }
        let name = at..<e
        func named(_ list: [StaticString]) -> Bool {
            list.contains { name.count == $0.utf8CodeUnitCount && ASCII.hasPrefix(b, at: at, exactly: $0) }
        }
        let flag: Flag
        if named(["docker", "podman", "az"]) {
            flag = Flag(short: "-u", requiresLogin: true)
        } else if named(["mysql", "mariadb", "mysqldump", "mysqladmin", "mariadb-dump"]) {
            flag = Flag(short: "-u", glued: true, long: "--user")
        } else if named(["psql", "pg_dump", "pg_dumpall", "pg_restore", "pg_basebackup", "createdb", "dropdb", "pgbench"]) {
            flag = Flag(short: "-U")
        } else if named(["mongo", "mongosh", "mongodump", "mongorestore", "mongoexport", "mongoimport"]) {
            flag = Flag(short: "-u")
        } else if named(["ssh"]) {
            flag = Flag(short: "-l")
        } else if named(["curl"]) {
            return curlUser(b, words: CommandLinePasswordDetector.commandWords(b, from: e))
        } else if named(["smbclient", "rpcclient", "smbcacls"]) {
            return sambaUser(b, words: CommandLinePasswordDetector.commandWords(b, from: e))
        } else if named(["htpasswd"]) {
            return htpasswdUser(b, words: CommandLinePasswordDetector.commandWords(b, from: e))
        } else {
            return nil
        }
        let words = CommandLinePasswordDetector.commandWords(b, from: e)
        if flag.requiresLogin {
            guard let first = words.first, first.count == 5, ASCII.hasPrefix(b, at: first.lowerBound, exactly: "login") else { return nil }
        }
        for (k, w) in words.enumerated() where !w.isEmpty && b[w.lowerBound] == UInt8(ascii: "-") {
            if isWord(b, w, flag.short) || (flag.long.map { isWord(b, w, $0) } ?? false) {
                guard k + 1 < words.count else { return nil }
                return userName(b, words[k + 1])
            }
            if flag.glued, w.count > 2, ASCII.hasPrefix(b, at: w.lowerBound, exactly: flag.short) {
                return userName(b, (w.lowerBound + 2)..<w.upperBound)
            }
        }
        return nil
    }

    /// `--username X` (any program); `at` is the first `-`, after white space or at the line start.
    /// (`--username=X` is key context.)
    package static func longOption(_ b: Bytes, at: Int, floor: Int) -> Range<Int>? {
        guard at >= floor, at + 12 < b.count, at == 0 || b[at - 1] == 0x20 || b[at - 1] == 0x09,
              ASCII.hasPrefix(b, at: at, exactly: "--username "), b[at + 11] != 0x20 else { return nil }
        guard let word = CommandLinePasswordDetector.commandWords(b, from: at + 11).first else { return nil }
        return userName(b, word)
    }

    /// `-u X:…` / `--user X:…`: the part before the first `:` (without one curl prompts; the
    /// account alone is still one).
    static func curlUser(_ b: Bytes, words: [Range<Int>]) -> Range<Int>? {
        for (k, w) in words.enumerated() where k + 1 < words.count && (isWord(b, w, "-u") || isWord(b, w, "--user")) {
            let v = words[k + 1]
            let end = b[v].firstIndex(of: UInt8(ascii: ":")) ?? v.upperBound
            return userName(b, v.lowerBound..<end)
        }
        return nil
    }

    /// `-U X`, `-U X%PASS`, `-U 'DOM\X%PASS'`, `--user=X%PASS`: the user part.
    static func sambaUser(_ b: Bytes, words: [Range<Int>]) -> Range<Int>? {
        for (k, w) in words.enumerated() {
            var value: Range<Int>?
            if isWord(b, w, "-U"), k + 1 < words.count { value = words[k + 1] }
            else if w.count > 2, ASCII.hasPrefix(b, at: w.lowerBound, exactly: "-U") { value = (w.lowerBound + 2)..<w.upperBound }
            else if w.count > 7, ASCII.hasPrefix(b, at: w.lowerBound, exactly: "--user=") { value = (w.lowerBound + 7)..<w.upperBound }
            else if isWord(b, w, "--user"), k + 1 < words.count { value = words[k + 1] }
            guard let v = value else { continue }
            let end = b[v].firstIndex(of: UInt8(ascii: "%")) ?? v.upperBound
            let start = b[v.lowerBound..<end].lastIndex(of: UInt8(ascii: "\\")).map { $0 + 1 } ?? v.lowerBound
            return userName(b, start..<end)
        }
        return nil
    }

    /// `htpasswd [-options] FILE USER [PASS]`, `htpasswd -n[…] USER [PASS]`: the user.
    static func htpasswdUser(_ b: Bytes, words: [Range<Int>]) -> Range<Int>? {
        var noFile = false
        var positional: [Range<Int>] = []
        for w in words where !w.isEmpty {
            if positional.isEmpty, b[w.lowerBound] == UInt8(ascii: "-"), w.count > 1 {
                if b[(w.lowerBound + 1)..<w.upperBound].contains(UInt8(ascii: "n")) { noFile = true }
                continue
            }
            if positional.isEmpty, b[w].allSatisfy(ASCII.isDigit) { continue }  // `-C 10`
            positional.append(w)
        }
        let index = noFile ? 0 : 1
        return positional.count > index ? userName(b, positional[index]) : nil
    }

    /// `r` when it is a user name: 1–64 bytes `[A-Za-z0-9._@-]`, not starting with `-` or `$`.
    static func userName(_ b: Bytes, _ r: Range<Int>) -> Range<Int>? {
        guard !r.isEmpty, r.count <= AuthLogDetector.maxUser, b[r.lowerBound] != UInt8(ascii: "-"),
              b[r].allSatisfy(AuthLogDetector.isUserByte) else { return nil }
        return r
    }

    @inline(__always)
    private static func isWord(_ b: Bytes, _ r: Range<Int>, _ w: StaticString) -> Bool {
        r.count == w.utf8CodeUnitCount && ASCII.hasPrefix(b, at: r.lowerBound, exactly: w)
    }
}
