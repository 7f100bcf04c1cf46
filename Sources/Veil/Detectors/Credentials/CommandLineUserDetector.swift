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
/// - `useradd`, `usermod`, `userdel` and `passwd`: the last argument; MinIO's `mc admin user add ALIAS X`;
/// - Windows `net user X …`; PowerShell's ActiveDirectory cmdlets' `-Identity X`, `-Members X`,
///   `-SamAccountName X`, and the local account cmdlets' `-Name X` (`New-LocalUser`) and
///   `-Member X` (`Add-LocalGroupMember`) (``activeDirectoryParameter(_:at:floor:)``);
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
             (UInt8(ascii: "s"), UInt8(ascii: "m")), (UInt8(ascii: "r"), UInt8(ascii: "p")), (UInt8(ascii: "h"), UInt8(ascii: "t")),
             (UInt8(ascii: "n"), UInt8(ascii: "e")), (UInt8(ascii: "u"), UInt8(ascii: "s")), (UInt8(ascii: "p"), UInt8(ascii: "a")), (UInt8(ascii: "m"), UInt8(ascii: "c")),
             (UInt8(ascii: "w"), UInt8(ascii: "p")):
            return matchSlow(b, at: at)
        default:
            return nil
        }
    }

    // Program names (static: no array is built for each word the scan tries).
    private static let loginPrograms: [StaticString] = ["docker", "podman", "az"]
    static let mysqlPrograms: [StaticString] = ["mysql", "mariadb", "mysqldump", "mysqladmin", "mariadb-dump"]
    private static let postgresPrograms: [StaticString] = ["psql", "pg_dump", "pg_dumpall", "pg_restore", "pg_basebackup", "createdb", "dropdb", "pgbench"]
    private static let mongoPrograms: [StaticString] = ["mongo", "mongosh", "mongodump", "mongorestore", "mongoexport", "mongoimport"]
    private static let sambaPrograms: [StaticString] = ["smbclient", "rpcclient", "smbcacls"]
    private static let accountPrograms: [StaticString] = ["useradd", "usermod", "userdel", "passwd"]

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
        func named(_ list: [StaticString]) -> Bool { list.contains { isWord(b, name, $0) } }
        let flag: Flag
        if named(Self.loginPrograms) {
            flag = Flag(short: "-u", requiresLogin: true)
        } else if named(Self.mysqlPrograms) {
            flag = Flag(short: "-u", glued: true, long: "--user")
        } else if named(Self.postgresPrograms) {
            flag = Flag(short: "-U")
        } else if named(Self.mongoPrograms) {
            flag = Flag(short: "-u")
        } else if isWord(b, name, "ssh") {
            flag = Flag(short: "-l")
        } else if isWord(b, name, "curl") {
            return curlUser(b, words: CommandLinePasswordDetector.commandWords(b, from: e))
        } else if named(Self.sambaPrograms) {
            let value = CommandLinePasswordDetector.sambaUserArgument(b, words: CommandLinePasswordDetector.commandWords(b, from: e))
            return value.flatMap { v in
                let end = b[v].firstIndex(of: UInt8(ascii: "%")) ?? v.upperBound
                let start = b[v.lowerBound..<end].lastIndex(of: UInt8(ascii: "\\")).map { $0 + 1 } ?? v.lowerBound
                return userName(b, start..<end)
            }
        } else if isWord(b, name, "net") {
            // Windows `net user NAME [PASSWORD] [/add]` (`net user /domain` names none).
            let words = CommandLinePasswordDetector.commandWords(b, from: e)
            guard words.count >= 2, words[0].count == 4, ASCII.hasPrefix(b, at: words[0].lowerBound, lowercased: "user"),
                  !words[1].isEmpty, b[words[1].lowerBound] != UInt8(ascii: "/") else { return nil }
            return userName(b, words[1])
        } else if isWord(b, name, "wp") {
            // WP-CLI's `wp user create LOGIN EMAIL …`, `wp user update LOGIN …`, `wp user delete LOGIN`.
            let words = CommandLinePasswordDetector.commandWords(b, from: e)
            guard words.count >= 3, isWord(b, words[0], "user"),
                  isWord(b, words[1], "create") || isWord(b, words[1], "update") || isWord(b, words[1], "delete") || isWord(b, words[1], "get") || isWord(b, words[1], "reset-password"),
                  !words[2].isEmpty, b[words[2].lowerBound] != UInt8(ascii: "-") else { return nil }
            return userName(b, words[2])
        } else if isWord(b, name, "mc") {
            // MinIO's `mc admin user add ALIAS USER PASSWORD`.
            let words = CommandLinePasswordDetector.commandWords(b, from: e)
            guard words.count >= 5, isWord(b, words[0], "admin"), isWord(b, words[1], "user"), isWord(b, words[2], "add") else { return nil }
            return userName(b, words[4])
        } else if named(Self.accountPrograms) {
            // `usermod -aG docker zhang.wei`, `userdel -r zhang.wei`, `passwd -l bob`: the login is the
            // last argument (in sudo's `COMMAND=…]` and pkexec's `[COMMAND=…]` before the bracket).
            // Only where a command starts (`the passwd file` is prose): the line's start, after a path's `/`,
            // `=`, a quote or a shell operator, or after `sudo `, `$ `, `# `, `+ ` (a shell trace).
            guard at == 0 || b[at - 1] != 0x20 || b[0..<at].allSatisfy({ $0 == 0x20 || $0 == 0x09 })
                    || CredentialScan.hasSuffix(b, endingAt: at, exactly: "sudo ") || CredentialScan.hasSuffix(b, endingAt: at, exactly: "$ ")
                    || CredentialScan.hasSuffix(b, endingAt: at, exactly: "# ") || CredentialScan.hasSuffix(b, endingAt: at, exactly: "+ ")
                    || CredentialScan.hasSuffix(b, endingAt: at, exactly: "; ") || CredentialScan.hasSuffix(b, endingAt: at, exactly: "&& ")
                    || CredentialScan.hasSuffix(b, endingAt: at, exactly: "| ") else { return nil }
            var words = CommandLinePasswordDetector.commandWords(b, from: e)
            // A command in quotes (`cmd="useradd … kofi"`) ends at its closing quote.
            if at > 0, b[at - 1] == UInt8(ascii: "\"") || b[at - 1] == UInt8(ascii: "'"), let close = b[e..<min(b.count, e + 1024)].firstIndex(of: b[at - 1]) {
                words = words.filter { $0.upperBound <= close }
            }
            guard var last = words.last, !last.isEmpty else { return nil }
            while last.count > 1, b[last.upperBound - 1] == UInt8(ascii: "]") || b[last.upperBound - 1] == UInt8(ascii: ")")
                    || b[last.upperBound - 1] == UInt8(ascii: "\"") || b[last.upperBound - 1] == UInt8(ascii: "'") { last = last.lowerBound..<(last.upperBound - 1) }
            guard b[last.lowerBound] != UInt8(ascii: "-"), !b[last].contains(UInt8(ascii: "/")), !Scrubber.isPseudonym(b, last) else { return nil }
            return userName(b, last)
        } else if isWord(b, name, "htpasswd") {
            let args = CommandLinePasswordDetector.htpasswdArguments(b, words: CommandLinePasswordDetector.commandWords(b, from: e))
            let index = args.noFile ? 0 : 1
            return args.positional.count > index ? userName(b, args.positional[index]) : nil
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
    /// (`--username=X` is key context.) In a list of quoted strings (`["--username","X"]`,
    /// `['--username', 'X']`) the next string.
    package static func longOption(_ b: Bytes, at: Int, floor: Int) -> Range<Int>? {
        guard at >= floor, at + 6 < b.count else { return nil }
        if at > 0, b[at - 1] == UInt8(ascii: "'") || b[at - 1] == UInt8(ascii: "\""), ASCII.hasPrefix(b, at: at, exactly: "--username") {
            return CommandLinePasswordDetector.nextListString(b, after: at + 10, quote: b[at - 1]).flatMap { userName(b, $0) }
        }
        guard at == 0 || b[at - 1] == 0x20 || b[at - 1] == 0x09,
              let option = userOptions.first(where: { ASCII.hasPrefix(b, at: at, exactly: $0) }) else { return nil }
        // `--username X`; also `--as=X` (kubectl's impersonation, whose key has no rule of its own).
        let k = at + option.utf8CodeUnitCount
        guard k + 1 < b.count, b[k] == 0x20 || b[k] == UInt8(ascii: "="), b[k + 1] != 0x20,
              let word = CommandLinePasswordDetector.commandWords(b, from: k + 1).first else { return nil }
        return userName(b, word)
    }

    /// An ActiveDirectory cmdlet's account parameter (`Get-ADUser -Identity jmeyer`,
    /// `Set-ADAccountPassword -Identity "jmeyer"`, `Add-ADGroupMember -Identity Admins -Members jmeyer`,
    /// `New-ADUser -SamAccountName jmeyer`): `at` is the `-` after white space, the cmdlet's `-AD`
    /// noun at most 256 bytes before. A group cmdlet's `-Identity` is the group: only `-Members`
    /// names accounts there (the first of a list). The account's range, quotes excluded.
    package static func activeDirectoryParameter(_ b: Bytes, at: Int, floor: Int) -> Range<Int>? {
        guard at >= floor, at > 0, b[at - 1] == 0x20, at + 10 < b.count else { return nil }
        let option: Int
        if ASCII.hasPrefix(b, at: at, lowercased: "-identity ") { option = 10 }
        else if ASCII.hasPrefix(b, at: at, lowercased: "-members ") { option = 9 }
        else if ASCII.hasPrefix(b, at: at, lowercased: "-samaccountname ") { option = 16 }
        else if ASCII.hasPrefix(b, at: at, lowercased: "-member ") { option = 8 }
        else if ASCII.hasPrefix(b, at: at, lowercased: "-name ") { option = 6 }
        else { return nil }
        // The cmdlet: `Verb-AD…` (or `Verb-LocalUser`, `Add-LocalGroupMember`) before the option, on this command.
        var k = at - 1
        var cmdlet = -1
        var local = false
        while k >= max(floor, at - 256), b[k] != UInt8(ascii: ";"), b[k] != UInt8(ascii: "|") {
            if b[k] == UInt8(ascii: "-"), k + 3 < at, k > 0, ASCII.isLetter(b[k - 1]) {
                if b[k + 1] == UInt8(ascii: "A"), b[k + 2] == UInt8(ascii: "D"), ASCII.isUpper(b[k + 3]) { cmdlet = k; break }
                if ASCII.hasPrefix(b, at: k + 1, exactly: "LocalUser ") || ASCII.hasPrefix(b, at: k + 1, exactly: "LocalGroupMember ") { cmdlet = k; local = true; break }
            }
            k -= 1
        }
        guard cmdlet >= 0 else { return nil }
        if option == 10, ASCII.hasPrefix(b, at: cmdlet + 3, exactly: "Group") { return nil }
        // `New-LocalUser -Name kwame`, `Add-LocalGroupMember -Group Administrators -Member kwame`:
        // the local cmdlets' parameters (a local group cmdlet's `-Name` is the group).
        if option == 6 && !(local && b[cmdlet + 6] == UInt8(ascii: "U")) || option == 8 && !local { return nil }
        var v = at + option
        guard v < b.count else { return nil }
        var e = v
        if b[v] == UInt8(ascii: "\"") || b[v] == UInt8(ascii: "'") {
            let q = b[v]
            v += 1
            e = v
            while e < b.count, e - v <= 64, b[e] != q { e += 1 }
            // Unterminated (a line cut inside the quotes): to the end of the line, fail closed.
            if e == b.count { return e > v && !Scrubber.isPseudonym(b, v..<e) ? v..<e : nil }
            guard b[e] == q else { return nil }
        } else {
            while e < b.count, e - v <= 64, b[e] != 0x20, b[e] != UInt8(ascii: ","), b[e] != UInt8(ascii: ";"), b[e] != UInt8(ascii: ")") { e += 1 }
        }
        guard e > v, !Scrubber.isPseudonym(b, v..<e) else { return nil }
        return userName(b, v..<e)
    }

    /// Long options whose value is an account: `--username`, AWS's `--user-name` and
    /// `--role-session-name`, kubectl's `--as`.
    private static let userOptions: [StaticString] = ["--username", "--user-name", "--role-session-name", "--as"]

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
