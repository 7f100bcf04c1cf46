/// Passwords that account-management commands take on their command line, as shell histories,
/// `sudo … COMMAND=` lines and audit `execve` records show them:
/// - `echo 'alice:S3cr3t' | chpasswd` (the part after the first `:`), `echo S3cr3t | passwd
///   --stdin erin`, `echo S3cr3t | sudo -S apt update` and `echo S3cr3t | docker login -u bob
///   --password-stdin` (the echoed value), also after `sudo`;
/// - Windows `net use \\srv\share S3cr3t /user:CORP\alice` (or the password after `/user:…`)
///   and `net user bob S3cr3t /add` (`*` prompts);
/// - `rabbitmqctl add_user frank S3cr3t`, `rabbitmqctl change_password frank S3cr3t`;
/// - `keytool … -storepass S3cr3t` (also `-keypass`, `-srcstorepass`, `-deststorepass`,
///   `-srckeypass`, `-destkeypass`; `-storepass:env VAR` names no secret), found from the option;
/// - `openssl passwd -6 -salt xyz S3cr3t` (the plain text; in ``openSSLPassword(_:at:)``).
extension CommandLinePasswordDetector {
    /// `echo VALUE | [sudo] chpasswd`, `| [sudo] passwd … --stdin …`, `| sudo -S …`.
    static func echoPipedPassword(_ b: Bytes, at: Int) -> Range<Int>? {
        let words = commandWords(b, from: at + 5)
        var k = 0
        while k < words.count, !words[k].isEmpty, b[words[k].lowerBound] == UInt8(ascii: "-"), words[k].count <= 3 { k += 1 }  // `-e`, `-n`
        guard k < words.count, k == words.count - 1, !words[k].isEmpty else { return nil }
        var value = words[k]
        // `echo root:Zx9qLw3Tt|chpasswd`: the pipe glued to the value ends it.
        if let pipe = b[value].firstIndex(of: UInt8(ascii: "|")), pipe > value.lowerBound { value = value.lowerBound..<pipe }
        // The pipe after the value (past its closing quote and spaces).
        var p = value.upperBound
        while p < b.count, p - value.upperBound < 8, b[p] == 0x20 || b[p] == UInt8(ascii: "'") || b[p] == UInt8(ascii: "\"") { p += 1 }
        guard p < b.count, b[p] == UInt8(ascii: "|") else { return nil }
        var next = commandWords(b, from: p + 1)
        guard !next.isEmpty else { return nil }
        if next[0].count == 4, ASCII.hasPrefix(b, at: next[0].lowerBound, exactly: "sudo") {
            next.removeFirst()
            if next.contains(where: { $0.count == 2 && ASCII.hasPrefix(b, at: $0.lowerBound, exactly: "-S") }) { return value }
        }
        guard let program = next.first else { return nil }
        // `echo "…" | docker login -u bob --password-stdin` (podman, helm registry, oras, skopeo too).
        if next.contains(where: { $0.count == 16 && ASCII.hasPrefix(b, at: $0.lowerBound, exactly: "--password-stdin") }) { return value }
        if program.count == 8, ASCII.hasPrefix(b, at: program.lowerBound, exactly: "chpasswd") {
            guard let colon = b[value].firstIndex(of: UInt8(ascii: ":")), colon + 1 < value.upperBound else { return nil }
            return (colon + 1)..<value.upperBound
        }
        // (`echo -e "new\nnew" | passwd`: the new password twice, for the prompts.)
        if program.count == 6, ASCII.hasPrefix(b, at: program.lowerBound, exactly: "passwd"),
           next.contains(where: { $0.count == 7 && ASCII.hasPrefix(b, at: $0.lowerBound, exactly: "--stdin") }) || CredentialScan.contains(b, from: value.lowerBound, to: value.upperBound, lowercased: "\\n") {
            return value
        }
        return nil
    }

    /// `net use …` and `net user NAME PASSWORD` (Windows; any case).
    static func netCommandPassword(_ b: Bytes, at: Int) -> Range<Int>? {
        let words = commandWords(b, from: at)
        guard words.count >= 3 else { return nil }
        let verb = words[1]
        func isOption(_ w: Range<Int>) -> Bool { !w.isEmpty && b[w.lowerBound] == UInt8(ascii: "/") }
        func isPrompt(_ w: Range<Int>) -> Bool { w.count == 1 && b[w.lowerBound] == UInt8(ascii: "*") }
        if verb.count == 4, ASCII.hasPrefix(b, at: verb.lowerBound, lowercased: "user") {
            // `net user bob S3cr3t /add`, also `net user /add bob S3cr3t`: the second word that is no option.
            let plain = words.dropFirst(2).filter { !$0.isEmpty && !isOption($0) }
            guard plain.count >= 2, !isPrompt(plain[plain.startIndex + 1]) else { return nil }
            return plain[plain.startIndex + 1]
        }
        guard verb.count == 3, ASCII.hasPrefix(b, at: verb.lowerBound, lowercased: "use") else { return nil }
        var afterUser = false
        for w in words.dropFirst(2) where !w.isEmpty {
            if isOption(w) {
                afterUser = ASCII.hasPrefix(b, at: w.lowerBound, lowercased: "/user:") || ASCII.hasPrefix(b, at: w.lowerBound, lowercased: "/u:")
                continue
            }
            defer { afterUser = false }
            if isPrompt(w) { continue }
            // A device (`Z:`, `LPT1:`) or a share (`\\srv\share`) names no secret.
            if b[w.upperBound - 1] == UInt8(ascii: ":"), w.count <= 5, !afterUser { continue }
            if b[w.lowerBound] == UInt8(ascii: "\\"), !afterUser { continue }
            return w
        }
        return nil
    }

    /// `rabbitmqctl add_user NAME PASSWORD`, `rabbitmqctl change_password NAME PASSWORD`.
    static func rabbitmqPassword(_ b: Bytes, at: Int) -> Range<Int>? {
        let words = commandWords(b, from: at).filter { !$0.isEmpty && b[$0.lowerBound] != UInt8(ascii: "-") }
        guard words.count >= 4 else { return nil }
        let verb = words[1]
        guard (verb.count == 8 && ASCII.hasPrefix(b, at: verb.lowerBound, exactly: "add_user"))
            || (verb.count == 15 && ASCII.hasPrefix(b, at: verb.lowerBound, exactly: "change_password")) else { return nil }
        return words[3]
    }

    /// Java's `keytool` and `jarsigner` password options (`-storepass PASS`, `-keypass`,
    /// `-srcstorepass`, `-deststorepass`, `-srckeypass`, `-destkeypass`): the value after the
    /// option; `at` is the option's `-`, after a space. (`-storepass:env VAR` names no secret.)
    static func javaKeystoreOption(_ b: Bytes, at: Int, floor: Int) -> Range<Int>? {
        guard at >= floor, at > 0, b[at - 1] == 0x20 else { return nil }
        let options: [StaticString] = ["-storepass ", "-keypass ", "-srcstorepass ", "-deststorepass ", "-srckeypass ", "-destkeypass "]
        guard let option = options.first(where: { ASCII.hasPrefix(b, at: at, exactly: $0) }),
              let value = commandWords(b, from: at + option.utf8CodeUnitCount).first, !value.isEmpty else { return nil }
        return value
    }

    /// `openssl passwd [-1|-5|-6|-apr1] [-salt S] PLAIN`: the plain text (the first word that is
    /// no option; `-salt` and `-in` take a value). `words[0]` is `passwd`.
    static func openSSLPasswdPlaintext(_ b: Bytes, words: ArraySlice<Range<Int>>) -> Range<Int>? {
        var skipNext = false
        for w in words.dropFirst() where !w.isEmpty {
            if skipNext { skipNext = false; continue }
            if b[w.lowerBound] == UInt8(ascii: "-") {
                skipNext = (w.count == 5 && ASCII.hasPrefix(b, at: w.lowerBound, exactly: "-salt")) || (w.count == 3 && ASCII.hasPrefix(b, at: w.lowerBound, exactly: "-in"))
                continue
            }
            return w
        }
        return nil
    }
}
