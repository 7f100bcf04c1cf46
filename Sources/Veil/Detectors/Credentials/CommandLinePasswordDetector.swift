/// Passwords passed on a command line, as shell histories, audit logs (`execve`,
/// `sudo … COMMAND=`) and process listings show them:
/// `mysql -u root -pS3cr3t`, `mysqldump -pS3cr3t db`, `mariadb -pS3cr3t`,
/// `sshpass -p S3cr3t ssh host`.
///
/// **Trigger**: the word start of the program name (`mysql`, `mysqldump`,
/// `mysqladmin`, `mariadb`, `mariadb-dump`, `sshpass`). The rest of the line (at most
/// 1 KiB) is searched for the flag. `mysql -p` alone (prompting) has no password.
/// **Returns** the password range.
package enum CommandLinePasswordDetector {
    package static func match(_ b: Bytes, at: Int, floor: Int) -> Range<Int>? {
        guard at >= floor, at + 7 < b.count else { return nil }
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
                    guard b[start] == 0x20 else { i += 1; continue }
                    while start < limit, b[start] == 0x20 { start += 1 }
                } else if b[start] == 0x20 {
                    return nil  // `-p` alone: the client prompts
                }
                var end = start
                var quote: UInt8 = 0
                if end < b.count, b[end] == UInt8(ascii: "'") || b[end] == UInt8(ascii: "\"") { quote = b[end]; start += 1; end += 1 }
                while end < b.count, end - start < 1024 {
                    let x = b[end]
                    if quote != 0 ? x == quote : (x == 0x20 || x == 0x09 || x == UInt8(ascii: "\"") || x == UInt8(ascii: ";")) { break }
                    end += 1
                }
                return end > start ? start..<end : nil
            }
            if b[i] == 0x0A || b[i] == UInt8(ascii: ";") || b[i] == UInt8(ascii: "|") { return nil }
            i += 1
        }
        return nil
    }
}
