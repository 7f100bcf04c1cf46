/// Passwords passed on a command line, as shell histories, audit logs (`execve`,
/// `sudo … COMMAND=`) and process listings show them:
/// `mysql -u root -pS3cr3t`, `mysqldump -pS3cr3t db`, `mariadb -pS3cr3t`,
/// `sshpass -p S3cr3t ssh host`, `curl -u admin:S3cr3t`, `tool --db-password S3cr3t`,
/// `docker login -u u -p S3cr3t` (also `podman`, `az login`), `mongo -u u -p S3cr3t`, `redis-cli -a S3cr3t`,
/// `mosquitto_pub -u svc -P S3cr3t`,
/// `sqlplus scott/S3cr3t@orcl` (also `rman target …`), `smbclient -U bob%S3cr3t` (also
/// `rpcclient`, `smbcacls`, `--user=`), `openssl … -k S3cr3t` / `-pass pass:S3cr3t` (also
/// `-passin`, `-passout`), `htpasswd -b[c…] FILE USER S3cr3t` / `htpasswd -nb USER S3cr3t`,
/// `ldapsearch … -w S3cr3t` (``ldapBindPassword(_:at:floor:)``, found from the `-w`),
/// `aws configure set aws_secret_access_key S3cr3t`, MinIO's `mc alias set A URL KEY S3cr3t` and `mc admin user add A U S3cr3t`; `psexec … -p S3cr3t`, `schtasks … /rp S3cr3t` and
/// `ConvertTo-SecureString 'S3cr3t'` in `CommandLinePasswordDetector+Windows.swift`; account tools (`chpasswd`, `passwd --stdin`,
/// `sudo -S`, `net use`, `net user`, `rabbitmqctl`, `keytool`, `openssl passwd`) in
/// `CommandLinePasswordDetector+AccountTools.swift`.
///
/// **Trigger**: the word start of the program name (`mysql`, `mysqldump`,
/// `mysqladmin`, `mariadb`, `mariadb-dump`, `sshpass`, `curl`, and the ones above); the rest of the line (at
/// most 1 KiB) is searched for the flag. `mysql -p` and `curl -u user` alone (prompting)
/// have no password. Any program: a long option whose name ends in `password`, `passwd`,
/// `passphrase`, `token`, `secret` or `apikey` (or is `--pass`), a space and a value
/// (``longOption(_:at:floor:)``);
/// `--password=…` is key context.
/// **Returns** the password range.
package enum CommandLinePasswordDetector {
    /// Oracle's `sqlplus [-s] user/password@service`, `rman target user/password@db`: the
    /// password between `/` and `@` (or the token's end). `sqlplus / as sysdba` and
    /// `sqlplus /nolog` have none.
    static func oracleConnect(_ b: Bytes, at: Int) -> Range<Int>? {
        var i = at
        while i < b.count, ASCII.isLetter(b[i]) { i += 1 }
        let limit = min(b.count, i + 256)
        while i < limit {
            while i < limit, b[i] == 0x20 { i += 1 }
            let start = i
            while i < limit, b[i] > 0x20 { i += 1 }
            let token = start..<i
            guard !token.isEmpty else { return nil }
            if b[start] == UInt8(ascii: "-") || ASCII.hasPrefix(b, at: start, exactly: "target") || ASCII.hasPrefix(b, at: start, exactly: "catalog") { continue }
            guard let slash = b[token].firstIndex(of: UInt8(ascii: "/")), slash > start else { return nil }
            let end = b[(slash + 1)..<i].lastIndex(of: UInt8(ascii: "@")) ?? i
            return end > slash + 1 ? (slash + 1)..<end : nil
        }
        return nil
    }

    package static func match(_ b: Bytes, at: Int, floor: Int) -> Range<Int>? {
        guard at >= floor, at + 7 < b.count else { return nil }
        if ASCII.hasPrefix(b, at: at, exactly: "curl ") { return curlUser(b, at: at) }
        if let tool = moreToolsPassword(b, at: at) { return tool }
        if ASCII.hasPrefix(b, at: at, exactly: "echo ") { return echoPipedPassword(b, at: at) }
        if ASCII.hasPrefix(b, at: at, lowercased: "net ") || ASCII.hasPrefix(b, at: at, lowercased: "net1 ") { return netCommandPassword(b, at: at) }  // (`net1`: what `net` runs)
        if ASCII.hasPrefix(b, at: at, exactly: "rabbitmqctl ") { return rabbitmqPassword(b, at: at) }
        if ASCII.hasPrefix(b, at: at, exactly: "mc ") { return minioClientSecret(b, at: at) }
        // `docker login -u u -p PASS`, `podman login …`, `az login …`, `mongo -u u -p PASS`, `redis-cli -a PASS`.
        if ASCII.hasPrefix(b, at: at, exactly: "docker ") || ASCII.hasPrefix(b, at: at, exactly: "podman ") || ASCII.hasPrefix(b, at: at, exactly: "az ") {
            guard CredentialScan.contains(b, from: at, to: at + 64, lowercased: " login") else { return nil }
            return flagValue(b, after: at, flag: " -p ")
        }
        // `aws configure set aws_secret_access_key VALUE` (also `aws_session_token`).
        if ASCII.hasPrefix(b, at: at, exactly: "aws configure set aws_") {
            let key = at + 18
            let words = commandWords(b, from: key)
            guard words.count >= 2,
                  words[0].count == 21 && ASCII.hasPrefix(b, at: key, exactly: "aws_secret_access_key")
                    || words[0].count == 17 && ASCII.hasPrefix(b, at: key, exactly: "aws_session_token"),
                  !words[1].isEmpty else { return nil }
            return words[1]
        }
        // `aws ssm put-parameter --name /prod/db/password --value S3cret --type SecureString`.
        if ASCII.hasPrefix(b, at: at, exactly: "aws ssm put-parameter ") { return ssmParameterValue(b, from: at + 22) }
        if ASCII.hasPrefix(b, at: at, exactly: "mongo") { return flagValue(b, after: at, flag: " -p ") }
        if ASCII.hasPrefix(b, at: at, exactly: "redis-cli ") { return flagValue(b, after: at, flag: " -a ") }
        // `mosquitto_pub -h broker -u svc -P 'S3cr3t' -t topic` (also `mosquitto_sub`, `mosquitto_rr`).
        if ASCII.hasPrefix(b, at: at, exactly: "mosquitto_") { return flagValue(b, after: at, flag: " -P ") }
        if ASCII.hasPrefix(b, at: at, exactly: "sqlplus ") || ASCII.hasPrefix(b, at: at, exactly: "rman ") { return oracleConnect(b, at: at) }
        if ASCII.hasPrefix(b, at: at, exactly: "smbclient ") || ASCII.hasPrefix(b, at: at, exactly: "rpcclient ") || ASCII.hasPrefix(b, at: at, exactly: "smbcacls ") {
            return sambaUser(b, at: at)
        }
        if ASCII.hasPrefix(b, at: at, exactly: "openssl ") { return openSSLPassword(b, at: at) }
        if ASCII.hasPrefix(b, at: at, exactly: "htpasswd ") { return htpasswdBatch(b, at: at) }
        if b[at] | 0x20 == UInt8(ascii: "p") || b[at] == UInt8(ascii: "s"), let r = windowsToolPassword(b, at: at) { return r }
        let sshpass: Bool
        if ASCII.hasPrefix(b, at: at, exactly: "mysql") || ASCII.hasPrefix(b, at: at, exactly: "mariadb") {
            sshpass = false
        } else if ASCII.hasPrefix(b, at: at, exactly: "sshpass") {
            sshpass = true
        } else {
            return nil
        }
        // The program word: letters, digits, `-`.
        var i = at
        while i < b.count, ASCII.isAlnum(b[i]) || b[i] == UInt8(ascii: "-") { i += 1 }
        let limit = min(b.count, i + 1024)
        while i + 3 < limit {
            // ` -p` at a word boundary
            if b[i] == 0x20, b[i + 1] == UInt8(ascii: "-"), b[i + 2] == UInt8(ascii: "p") {
                var start = i + 3
                if sshpass {
                    // `sshpass -p S3cr3t`, also glued (`sshpass -pS3cr3t`).
                    while start < limit, b[start] == 0x20 { start += 1 }
                } else if b[start] == 0x20 {
                    return nil  // `-p` alone: the client prompts
                }
                var end = start
                var quote: UInt8 = 0
                if end < b.count, b[end] == UInt8(ascii: "'") || b[end] == UInt8(ascii: "\"") { quote = b[end]; start += 1; end += 1 }
                while end < b.count, end - start < CredentialScan.maxValueScan {
                    let x = b[end]
                    if quote != 0 ? x == quote : (x == 0x20 || x == 0x09 || x == UInt8(ascii: "\"") || x == UInt8(ascii: ";")) { break }
                    end += 1
                }
                end = CredentialScan.failClosedEnd(b, start: start, end: end, cap: CredentialScan.maxValueScan)
                return end > start ? start..<end : nil
            }
            if b[i] == 0x0A || b[i] == UInt8(ascii: ";") || b[i] == UInt8(ascii: "|") { return nil }
            i += 1
        }
        return nil
    }

    /// The password flags of more tools (checked after one switch on the first byte, as this runs
    /// for many words): `curl.exe -u`, PuTTY's `plink`/`pscp -pw`, FreeRDP's `/p:`, the Windows
    /// pentest and admin tools' `-p` (CrackMapExec, NetExec, evil-winrm, smbmap), `etcdctl --user`,
    /// HTTPie's `http -a`/`--auth`, `sqlcmd`/`bcp`/`zip`/`unzip -P`, Cloud Foundry's `cf login -p`;
    /// macOS `security` (``keychainPassword(_:at:)``), `xcrun altool`/`notarytool -p`, `signtool /p`,
    /// `poetry config http-basic.REPO USER PASSWORD`.
    /// `.some(nil)` when the tool is one of these but no password is on the line.
    static func moreToolsPassword(_ b: Bytes, at: Int) -> Range<Int>?? {
        func exact(_ word: StaticString) -> Bool { ASCII.hasPrefix(b, at: at, exactly: word) }
        switch b[at] | 0x20 {
        case UInt8(ascii: "c"):
            if ASCII.hasPrefix(b, at: at, lowercased: "curl.exe ") { return userPasswordFlag(b, after: at + 8, flags: curlUserFlags) }
            if exact("crackmapexec ") { return flagValue(b, after: at, flag: " -p ") }
            if exact("cf login ") || exact("cf8 login ") { return flagValue(b, after: at, flag: " -p ") }
            // `consul kv put [-token=…] config/app/db_password 'S3cret'`.
            if exact("consul kv put ") { return .some(secretPathPut(b, from: at + 10)) }
        case UInt8(ascii: "d"):
            // macOS `dscl . -passwd /Users/jkim [OLD] NEW`: the passwords after the record's path.
            if exact("dscl ") {
                let words = commandWords(b, from: at + 5)
                guard let flag = words.firstIndex(where: { $0.count == 7 && ASCII.hasPrefix(b, at: $0.lowerBound, exactly: "-passwd") }),
                      words.count >= flag + 3 else { return .some(nil) }
                let passwords = words[(flag + 2)...].prefix(2)
                return .some(passwords.first!.lowerBound..<passwords.last!.upperBound)
            }
        case UInt8(ascii: "p"):
            if ASCII.hasPrefix(b, at: at, lowercased: "plink") || ASCII.hasPrefix(b, at: at, lowercased: "pscp") { return flagValue(b, after: at, flag: " -pw ") }
            // `poetry config http-basic.REPO USER PASSWORD`.
            if exact("poetry config http-basic.") {
                let words = commandWords(b, from: at + 6)
                return words.count >= 4 ? .some(words[3]) : .some(nil)
            }
        case UInt8(ascii: "x"), UInt8(ascii: "w"):
            if ASCII.hasPrefix(b, at: at + 1, lowercased: "freerdp") { return flagValue(b, after: at, flag: " /p:") }
            // Apple's upload and notarisation tools: `xcrun altool --upload-app -f App.ipa -u … -p …`.
            if exact("xcrun altool ") || exact("xcrun notarytool ") { return flagValue(b, after: at, flag: " -p ") }
        case UInt8(ascii: "n"):
            if exact("nxc ") || exact("netexec ") { return flagValue(b, after: at, flag: " -p ") }
            // `nmcli dev wifi connect SSID password X`, `nmcli con modify NAME wifi-sec.psk X`.
            if exact("nmcli ") {
                let words = commandWords(b, from: at + 6)
                for (k, word) in words.enumerated() where k + 1 < words.count && isNetworkManagerSecretProperty(b, word) {
                    return .some(words[k + 1])
                }
                return .some(nil)
            }
        case UInt8(ascii: "e"):
            // (`-H NTHASH`: pass-the-hash, the hash is the credential.)
            if exact("evil-winrm ") {
                let password: Range<Int>? = flagValue(b, after: at, flag: " -p ") ?? flagValue(b, after: at, flag: " -H ")
                return .some(password)
            }
            if exact("etcdctl ") {
                // `etcdctl put /config/app/db_password 'S3cret'`: a value stored under a secret's name.
                if let put = secretPathPut(b, from: at + 8) { return .some(put) }
                return userPasswordFlag(b, after: at + 7, flags: [" --user "])
            }
        case UInt8(ascii: "s"):
            if exact("smbmap ") { return flagValue(b, after: at, flag: " -p ") }
            if exact("sqlcmd ") { return flagValue(b, after: at, flag: " -P ") }
            if exact("security ") { return keychainPassword(b, at: at) }
            if exact("signtool ") { return flagValue(b, after: at, flag: " /p ") }

        case UInt8(ascii: "h"):
            if exact("http ") || exact("https ") { return userPasswordFlag(b, after: at + 4, flags: [" -a ", " --auth "]) }
        case UInt8(ascii: "b"):
            if exact("bcp ") { return flagValue(b, after: at, flag: " -P ") }
        case UInt8(ascii: "i"):
            // Impacket's `impacket-secretsdump CORP/jan.devries:Tulpen2024@10.0.0.10` (also `secretsdump.py …`).
            if exact("impacket-") { return impacketTarget(b, at: at) }
        case UInt8(ascii: "z"):
            if exact("zip ") { return flagValue(b, after: at, flag: " -P ") }
        case UInt8(ascii: "r"):
            if exact("rdesktop ") { return flagValue(b, after: at, flag: " -p ") }
        case UInt8(ascii: "u"):
            if exact("unzip ") { return flagValue(b, after: at, flag: " -P ") }
        default:
            break
        }
        return nil
    }

    /// Impacket's target, `[DOMAIN/]USER[:PASSWORD]@HOST`: the password (between the first `:` and
    /// the last `@`), or `.some(nil)` when the target has none.
    static func impacketTarget(_ b: Bytes, at: Int) -> Range<Int>?? {
        for word in commandWords(b, from: at).dropFirst() where !word.isEmpty && b[word.lowerBound] != UInt8(ascii: "-") {
            guard let at = b[word].lastIndex(of: UInt8(ascii: "@")), let colon = b[word.lowerBound..<at].firstIndex(of: UInt8(ascii: ":")),
                  colon + 1 < at else { continue }
            return .some((colon + 1)..<at)
        }
        return .some(nil)
    }

    /// macOS `security`: `unlock-keychain -p PASS`, `create-keychain -p PASS`, `import … -P PASS`,
    /// `set-key-partition-list … -k PASS` (there `-k` is the keychain's password; for `import` it
    /// names the keychain), `add-generic-password … -w PASS`.
    /// (Other subcommands' flags are no passwords: `find-identity -p codesigning` names a policy.)
    static func keychainPassword(_ b: Bytes, at: Int) -> Range<Int>?? {
        let k = at + 9
        func command(_ word: StaticString) -> Bool { ASCII.hasPrefix(b, at: k, exactly: word) }
        if command("unlock-keychain ") || command("create-keychain ") || command("set-keychain-password ") { return flagValue(b, after: k, flag: " -p ") }
        if command("import ") || command("export ") { return flagValue(b, after: k, flag: " -P ") }
        if command("set-key-partition-list ") { return flagValue(b, after: k, flag: " -k ") }
        if command("add-generic-password ") || command("add-internet-password ") { return flagValue(b, after: k, flag: " -w ") }
        return .some(nil)
    }

    /// The value after `flag` (` -p `) in the rest of the command (up to `;`, `|`, a line
    /// break or 1 KiB from `at`): quoted or up to white space. nil when the flag is missing or
    /// has no value (the program prompts).
    static func flagValue(_ b: Bytes, after at: Int, flag: StaticString) -> Range<Int>? {
        var i = at
        let limit = min(b.count, at + 1024)
        while i < limit {
            let x = b[i]
            if x == 0x0A || x == UInt8(ascii: ";") || x == UInt8(ascii: "|") { return nil }
            if x == 0x20, ASCII.hasPrefix(b, at: i, exactly: flag) {
                let (value, quoted) = argument(b, at: i + flag.utf8CodeUnitCount)
                // `-p -` / `-p --password-stdin`-style: no password on the line.
                guard !value.isEmpty, quoted || b[value.lowerBound] != UInt8(ascii: "-") else { return nil }
                return value
            }
            i += 1
        }
        return nil
    }

    /// A command-line argument at `k`: inside its quotes (`'…'`, `"…"`; an unclosed quote runs
    /// on), else up to white space, `"`, `;` or `extraEnd`; cut by the scan cap only fail-closed
    /// (to the line's end). `quoted` says whether quotes enclosed it.
    static func argument(_ b: Bytes, at k: Int, extraEnd: UInt8 = 0x20) -> (range: Range<Int>, quoted: Bool) {
        var start = k
        var quote: UInt8 = 0
        if start < b.count, b[start] == UInt8(ascii: "'") || b[start] == UInt8(ascii: "\"") { quote = b[start]; start += 1 }
        var end = start
        while end < b.count, end - start < CredentialScan.maxValueScan {
            let y = b[end]
            if quote != 0 ? y == quote : (y == 0x20 || y == 0x09 || y == UInt8(ascii: "\"") || y == UInt8(ascii: ";") || y == extraEnd) { break }
            end += 1
        }
        end = CredentialScan.failClosedEnd(b, start: start, end: end, cap: CredentialScan.maxValueScan)
        return (start..<end, quote != 0)
    }

    /// The words of the command after `at` (starting within 1 KiB, up to `;`, `|` or a line
    /// break; at most 32), a quoted word as the range inside its quotes.
    static func commandWords(_ b: Bytes, from at: Int) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var i = at
        let limit = min(b.count, at + 1024)
        while i < limit, words.count < 32 {
            while i < limit, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
            guard i < limit, b[i] != 0x0A, b[i] != UInt8(ascii: ";"), b[i] != UInt8(ascii: "|") else { break }
            var start = i
            var end = i
            if b[i] == UInt8(ascii: "'") || b[i] == UInt8(ascii: "\"") {
                let q = b[i]
                start = i + 1
                end = start
                while end < b.count, end - start < CredentialScan.maxValueScan, b[end] != q { end += 1 }
                end = CredentialScan.failClosedEnd(b, start: start, end: end, cap: CredentialScan.maxValueScan)
                i = min(end + 1, b.count)
            } else {
                while end < b.count, end - start < CredentialScan.maxValueScan, b[end] != 0x20, b[end] != 0x09, b[end] != 0x0A, b[end] != UInt8(ascii: ";"), b[end] != UInt8(ascii: "\"") { end += 1 }
                end = CredentialScan.failClosedEnd(b, start: start, end: end, cap: CredentialScan.maxValueScan)
                i = end
            }
            words.append(start..<end)
        }
        return words
    }

    /// Samba's `-U user%password` / `--user=user%password` / `-U 'DOM\user%password'`: the
    /// password after the first `%`. `-U user` alone prompts.
    static func sambaUser(_ b: Bytes, at: Int) -> Range<Int>? {
        guard let v = sambaUserArgument(b, words: commandWords(b, from: at)) else { return nil }
        guard let percent = b[v].firstIndex(of: UInt8(ascii: "%")), percent + 1 < v.upperBound else { return nil }
        return (percent + 1)..<v.upperBound
    }

    /// The value of Samba's first `-U X`, `-UX`, `--user=X` or `--user X` among `words`
    /// (also read for the account by ``CommandLineUserDetector``).
    static func sambaUserArgument(_ b: Bytes, words: [Range<Int>]) -> Range<Int>? {
        for (k, w) in words.enumerated() {
            if w.count == 2, ASCII.hasPrefix(b, at: w.lowerBound, exactly: "-U"), k + 1 < words.count { return words[k + 1] }
            if w.count > 2, ASCII.hasPrefix(b, at: w.lowerBound, exactly: "-U") { return (w.lowerBound + 2)..<w.upperBound }
            if ASCII.hasPrefix(b, at: w.lowerBound, exactly: "--user=") { return (w.lowerBound + 7)..<w.upperBound }
            if w.count == 6, ASCII.hasPrefix(b, at: w.lowerBound, exactly: "--user"), k + 1 < words.count { return words[k + 1] }
        }
        return nil
    }

    /// `openssl enc … -k PASS` and `-pass pass:PASS` (also `-passin`, `-passout`, `-password`):
    /// the password. `-pass env:VAR`, `file:`, `fd:` and `stdin` name no secret.
    static func openSSLPassword(_ b: Bytes, at: Int) -> Range<Int>? {
        let words = commandWords(b, from: at)
        if words.count > 2, words[1].count == 6, ASCII.hasPrefix(b, at: words[1].lowerBound, exactly: "passwd") {
            return openSSLPasswdPlaintext(b, words: words[1...])
        }
        for (k, w) in words.enumerated() where k + 1 < words.count && b[w.lowerBound] == UInt8(ascii: "-") {
            let v = words[k + 1]
            guard !v.isEmpty else { continue }
            if w.count == 2, b[w.lowerBound + 1] == UInt8(ascii: "k") { return v }
            let name = (w.lowerBound + 1)..<w.upperBound
            let isPassOption = [StaticString("pass"), "passin", "passout", "password"].contains { name.count == $0.utf8CodeUnitCount && ASCII.hasPrefix(b, at: name.lowerBound, exactly: $0) }
            if isPassOption, v.count > 5, ASCII.hasPrefix(b, at: v.lowerBound, exactly: "pass:") { return (v.lowerBound + 5)..<v.upperBound }
        }
        return nil
    }

    /// `put [options] KEY VALUE` (from `from`, at `put`): VALUE when KEY's last part (after `/`, `.`
    /// or `:`) names a secret (`db_password`, `api-token`, `client_secret`, `private_key` …).
    static func secretPathPut(_ b: Bytes, from: Int) -> Range<Int>? {
        var words = commandWords(b, from: from)
        guard let first = words.first, first.count == 3, ASCII.hasPrefix(b, at: first.lowerBound, exactly: "put") else { return nil }
        words.removeFirst()
        words.removeAll { !$0.isEmpty && b[$0.lowerBound] == UInt8(ascii: "-") }
        guard words.count >= 2, !words[1].isEmpty, pathNamesSecret(b, words[0]) else { return nil }
        return words[1]
    }

    /// `--name NAME … --value VALUE` (either order): VALUE when NAME's last part names a secret.
    static func ssmParameterValue(_ b: Bytes, from: Int) -> Range<Int>? {
        let words = commandWords(b, from: from)
        var name: Range<Int>?, value: Range<Int>?
        for (k, w) in words.enumerated() where k + 1 < words.count {
            if w.count == 6, ASCII.hasPrefix(b, at: w.lowerBound, exactly: "--name") { name = words[k + 1] }
            if w.count == 7, ASCII.hasPrefix(b, at: w.lowerBound, exactly: "--value") { value = words[k + 1] }
        }
        guard let name, let value, !value.isEmpty, pathNamesSecret(b, name) else { return nil }
        return value
    }

    /// The last part of a key path (after `/`, `.` or `:`) holds `password`, `passwd`, `secret`,
    /// `token`, `apikey`/`api_key`/`api-key` or `private_key` (any case).
    static func pathNamesSecret(_ b: Bytes, _ path: Range<Int>) -> Bool {
        var s = path.upperBound
        while s > path.lowerBound, b[s - 1] != UInt8(ascii: "/"), b[s - 1] != UInt8(ascii: "."), b[s - 1] != UInt8(ascii: ":") { s -= 1 }
        let last = s..<path.upperBound
        for word: StaticString in ["password", "passwd", "secret", "token", "apikey", "api_key", "api-key", "private_key", "privatekey"] {
            if CredentialScan.contains(b, from: last.lowerBound, to: last.upperBound, lowercased: word) { return true }
        }
        return false
    }

    /// MinIO's client: `mc alias set ALIAS URL ACCESS_KEY SECRET_KEY` (and the older `mc config host
    /// add …`), `mc admin user add ALIAS USER PASSWORD`: the secret, the last of those arguments.
    static func minioClientSecret(_ b: Bytes, at: Int) -> Range<Int>? {
        let words = commandWords(b, from: at + 3)
        func word(_ k: Int, _ literal: StaticString) -> Bool {
            k < words.count && words[k].count == literal.utf8CodeUnitCount && ASCII.hasPrefix(b, at: words[k].lowerBound, exactly: literal)
        }
        let index: Int
        if word(0, "alias"), word(1, "set") || word(1, "add") { index = 5 }
        else if word(0, "config"), word(1, "host"), word(2, "add") { index = 6 }
        else if word(0, "admin"), word(1, "user"), word(2, "add") { index = 5 }
        else { return nil }
        guard index < words.count, !words[index].isEmpty, b[words[index].lowerBound] != UInt8(ascii: "-") else { return nil }
        return words[index]
    }

    /// `htpasswd -b[cmBsdD…] FILE USER PASS` and `htpasswd -nb USER PASS` (batch mode takes the
    /// password from the command line): the password. Without `b` htpasswd prompts.
    static func htpasswdBatch(_ b: Bytes, at: Int) -> Range<Int>? {
        let args = htpasswdArguments(b, words: commandWords(b, from: at + 8))
        let index = args.noFile ? 1 : 2
        guard args.batch, args.positional.count > index, !args.positional[index].isEmpty else { return nil }
        return args.positional[index]
    }

    /// htpasswd's options (`b`: batch, `n`: no file) and positional arguments (FILE, USER, PASS;
    /// USER, PASS with `n`), also read for the account by ``CommandLineUserDetector``.
    static func htpasswdArguments(_ b: Bytes, words: [Range<Int>]) -> (batch: Bool, noFile: Bool, positional: [Range<Int>]) {
        var batch = false, noFile = false
        var positional: [Range<Int>] = []
        for w in words where !w.isEmpty {
            if positional.isEmpty, b[w.lowerBound] == UInt8(ascii: "-"), w.count > 1 {
                // `-C 10` / `-r 5` take a number: skipped below as a positional that is all digits.
                for k in (w.lowerBound + 1)..<w.upperBound {
                    if b[k] == UInt8(ascii: "b") { batch = true }
                    if b[k] == UInt8(ascii: "n") { noFile = true }
                }
                continue
            }
            if positional.isEmpty, b[w].allSatisfy(ASCII.isDigit) { continue }
            positional.append(w)
        }
        return (batch, noFile, positional)
    }

    /// `curl … -u user:password` / `--user user:password`: the password (after the first `:`).
    /// `-u user` alone makes curl prompt: nothing to find.
    static func curlUser(_ b: Bytes, at: Int) -> Range<Int>? {
        userPasswordFlag(b, after: at + 4, flags: curlUserFlags)
    }

    /// curl's flags whose value is `user:password`.
    static let curlUserFlags: [StaticString] = [" -u ", " --user ", " -U ", " --proxy-user "]

    /// The password of a `user:password` value after one of `flags` in the rest of the command
    /// (curl's `-u`/`--user`/`-U`/`--proxy-user`, etcdctl's `--user`, HTTPie's `-a`/`--auth`).
    static func userPasswordFlag(_ b: Bytes, after from: Int, flags: [StaticString]) -> Range<Int>? {
        var i = from
        let limit = min(b.count, i + 1024)
        while i + 4 < limit {
            if b[i] == UInt8(ascii: "\n") || b[i] == UInt8(ascii: ";") || b[i] == UInt8(ascii: "|") { return nil }
            var start = -1
            if b[i] == 0x20, let flag = flags.first(where: { ASCII.hasPrefix(b, at: i, exactly: $0) }) { start = i + flag.utf8CodeUnitCount }
            guard start >= 0 else { i += 1; continue }
            var quote: UInt8 = 0
            if start < b.count, b[start] == UInt8(ascii: "'") || b[start] == UInt8(ascii: "\"") { quote = b[start]; start += 1 }
            var end = start
            var colon = -1
            while end < b.count, end - start < CredentialScan.maxValueScan {
                let x = b[end]
                if quote != 0 ? x == quote : (x == 0x20 || x == 0x09 || x == UInt8(ascii: "\"") || x == UInt8(ascii: ";")) { break }
                if x == UInt8(ascii: ":"), colon < 0 { colon = end }
                end += 1
            }
            let scanned = end
            end = CredentialScan.failClosedEnd(b, start: start, end: end, cap: CredentialScan.maxValueScan)
            // Cut before its `:` by the cap: all of it (fail closed); written so on a first pass.
            if colon < 0, end != scanned { return start..<end }
            if start < end, b[start] == UInt8(ascii: "["), Scrubber.placeholderEnd(b, at: start) == end { return nil }
            return colon >= 0 && end > colon + 1 ? (colon + 1)..<end : nil
        }
        return nil
    }

    /// OpenLDAP's clients (`ldapsearch`, `ldapmodify`, `ldapadd`, `ldapdelete`, `ldappasswd`,
    /// `ldapwhoami`, … `-w PASS`): the bind password; `at` is the `-` of ` -w `, and an `ldap…`
    /// program must start the same command (`-W` prompts).
    static func ldapBindPassword(_ b: Bytes, at: Int, floor: Int) -> Range<Int>? {
        guard at >= floor, at >= 6, at + 3 < b.count, b[at - 1] == 0x20, b[at + 1] == UInt8(ascii: "w"), b[at + 2] == 0x20 else { return nil }
        var k = at - 1
        let lowest = max(0, at - 1024)
        var program = false
        while k >= lowest {
            let x = b[k]
            if x == UInt8(ascii: ";") || x == UInt8(ascii: "|") || x == 0x0A { break }
            if x == UInt8(ascii: "l"), k + 4 < at, ASCII.hasPrefix(b, at: k, exactly: "ldap"), k == 0 || !ASCII.isAlnum(b[k - 1]) {
                var e = k + 4
                while e < at, ASCII.isLower(b[e]) { e += 1 }
                if e > k + 4, b[e] == 0x20 { program = true; break }
            }
            k -= 1
        }
        guard program, let value = commandWords(b, from: at + 3).first, !value.isEmpty else { return nil }
        return value
    }

    /// Option names (lower case, `-`/`_` ignored) ending in these name a password or another
    /// secret: `--password`, `--db-password`, `--passwd`, `--key-passphrase`, `--token`,
    /// `--auth-token`, `--client-secret`, `--api-key`, `--secret-key`, kubeadm's `--certificate-key`,
    /// tabcmd's `--token-value`;
    /// and `--pass` itself, and names whose last part is `pass` (`--sftp-pass`).
    static let passwordOptionSuffixes: [[UInt8]] = ["password", "passwd", "passphrase", "token", "secret", "apikey", "secretkey", "certificatekey", "encryptionkey", "tokenvalue", "secretvalue"].map { Array($0.utf8) }

    /// Whether `b[name]` (an option's name after `--`: letters, digits, `-`, `_`) names a
    /// password or another secret: `pass`, or a name ending in ``passwordOptionSuffixes``.
    static func namesSecret(_ b: Bytes, _ name: Range<Int>) -> Bool {
        guard name.allSatisfy({ ASCII.isAlnum(b[$0]) || b[$0] == UInt8(ascii: "-") || b[$0] == UInt8(ascii: "_") }) else { return false }
        if name.count == 4, ASCII.hasPrefix(b, at: name.lowerBound, lowercased: "pass") { return true }
        // `--sftp-pass`, `--db_pass` (rclone, mydumper): a part named `pass` (`--bypass` is none).
        if name.count > 5, ASCII.hasPrefix(b, at: name.upperBound - 4, lowercased: "pass"), b[name.upperBound - 5] == UInt8(ascii: "-") || b[name.upperBound - 5] == UInt8(ascii: "_") { return true }
        return passwordOptionSuffixes.contains { CompiledRules.hasNormalizedSuffix(b, name, $0) }
    }

    /// A long option that names a password, then a space and the value (`--password S3cr3t`,
    /// `--db-password 'x y'`); `at` is the first `-`. The `--password=…` form is key context.
    /// An argument list written as a list of strings (`["pg_dump","--password","S3cr3t"]`,
    /// Python's `['pg_dump', '--password', 'S3cr3t']`) gives the next string.
    static func longOption(_ b: Bytes, at: Int, floor: Int) -> Range<Int>? {
        guard at >= floor, at + 4 < b.count, b[at] == UInt8(ascii: "-"), b[at + 1] == UInt8(ascii: "-") else { return nil }
        let listQuote: UInt8? = at > 0 && (b[at - 1] == UInt8(ascii: "'") || b[at - 1] == UInt8(ascii: "\"")) ? b[at - 1] : nil
        guard at == 0 || b[at - 1] == 0x20 || b[at - 1] == 0x09 || listQuote != nil else { return nil }
        var e = at + 2
        while e < b.count, e - at < 40, ASCII.isAlnum(b[e]) || b[e] == UInt8(ascii: "-") || b[e] == UInt8(ascii: "_") { e += 1 }
        guard namesSecret(b, (at + 2)..<e) else { return nil }
        if let listQuote { return nextListString(b, after: e, quote: listQuote) }
        guard e + 1 < b.count, b[e] == 0x20 else { return nil }
        var (value, quoted) = argument(b, at: e + 1)
        // `gh auth login --with-token <<< TOKEN`: a here-string's word.
        if !quoted, value.count == 3, ASCII.hasPrefix(b, at: value.lowerBound, exactly: "<<<"), value.upperBound + 1 < b.count, b[value.upperBound] == 0x20 {
            (value, quoted) = argument(b, at: value.upperBound + 1)
        }
        // The next option is not a value (`--password --user x`: the client prompts).
        if !quoted, value.lowerBound < b.count, b[value.lowerBound] == UInt8(ascii: "-") { return nil }
        // Prose about the option (docker's `Using --password via the CLI is insecure`).
        if !quoted, proseAfterOption.containsLowercased(b, value) { return nil }
        // apksigner's and openssl's sources: `pass:S3cr3t` (the secret after the colon), `env:VAR`
        // and `file:PATH` (references, no secret).
        if !quoted, value.count > 5, ASCII.hasPrefix(b, at: value.lowerBound, exactly: "pass:") { return (value.lowerBound + 5)..<value.upperBound }
        if !quoted, ASCII.hasPrefix(b, at: value.lowerBound, exactly: "env:") || ASCII.hasPrefix(b, at: value.lowerBound, exactly: "file:") { return nil }
        return value.isEmpty ? nil : value
    }

    /// Words that follow an option's name in prose, not as its value.
    private static let proseAfterOption = WordTable("via is on in from flag option or and to with for of the must should will not was are instead")

    /// In a list of quoted strings, with `at` on the closing `quote` of one element: the content
    /// of the next element (`"--password", "S3cr3t"` → `S3cr3t`, also `"-x9"`). Nil when the
    /// list ends there or the next element is another long option. An element without its closing quote runs to the
    /// line's end (fail closed).
    static func nextListString(_ b: Bytes, after at: Int, quote: UInt8) -> Range<Int>? {
        var k = at
        guard k < b.count, b[k] == quote else { return nil }
        k += 1
        while k < b.count, b[k] == 0x20 { k += 1 }
        guard k < b.count, b[k] == UInt8(ascii: ",") else { return nil }
        k += 1
        while k < b.count, b[k] == 0x20 { k += 1 }
        // (An argument list gives the option the next element: only another long option is no value.)
        guard k + 1 < b.count, b[k] == quote, b[k + 1] != quote,
              !(b[k + 1] == UInt8(ascii: "-") && k + 2 < b.count && b[k + 2] == UInt8(ascii: "-")) else { return nil }
        let start = k + 1
        var end = start
        while end < b.count, end - start < CredentialScan.maxValueScan, b[end] != quote {
            end += b[end] == UInt8(ascii: "\\") ? 2 : 1
        }
        end = CredentialScan.failClosedEnd(b, start: start, end: min(end, b.count), cap: CredentialScan.maxValueScan)
        return start..<end
    }
}
