/// auditd's `EXECVE` records give each argument of a command its own pair:
/// `argc=4 a0="mysql" a1="-uroot" a2="-pS3cret" a3="app"`, so a password is never next to its
/// option in one word of text. Read per argument:
/// - `-pS3cret` (glued) when `a0` is `mysql`, `mariadb`, `mysqldump`, `mysqladmin` or
///   `mariadb-dump` (a path before the name too);
/// - the argument after one that is a long option naming a secret (`a3="--password"
///   a4="S3cret"`, as ``longOption(_:at:floor:)`` reads them), or after `-p` when `a0` is
///   `sshpass`.
///
/// **Trigger**: the `a` of `aN="` (N ≥ 1) after a space. Arguments auditd wrote in hex (ones
/// with spaces or quotes in them) are not decoded (docs/limits.md).
///
/// **Returns** the password's range; ``execveUser(_:at:)`` the account's.
extension CommandLinePasswordDetector {
    static func execveArgument(_ b: Bytes, at i: Int) -> Range<Int>? {
        let n = b.count
        guard i > 0, b[i - 1] == 0x20, i + 4 < n, b[i] == UInt8(ascii: "a"), ASCII.isDigit(b[i + 1]) else { return nil }
        var k = i + 1
        while k < n, k - i <= 4, ASCII.isDigit(b[k]) { k += 1 }
        guard k + 1 < n, b[k] == UInt8(ascii: "="), b[k + 1] == UInt8(ascii: "\""), !(k == i + 2 && b[i + 1] == UInt8(ascii: "0")) else { return nil }
        let start = k + 2
        guard let close = b[start...].firstIndex(of: UInt8(ascii: "\"")), close > start else { return nil }
        let value = start..<close
        guard let program = execveProgram(b, before: i) else { return nil }
        let mysqlFamily = ["mysql", "mariadb", "mysqldump", "mysqladmin", "mariadb-dump"].contains { program.elementsEqual($0.utf8) }
        if mysqlFamily, value.count > 2, b[start] == UInt8(ascii: "-"), b[start + 1] == UInt8(ascii: "p") { return (start + 2)..<close }
        // The argument before: `aM="…"` right before this pair.
        guard i >= 2, b[i - 2] == UInt8(ascii: "\""), let open = b[..<(i - 2)].lastIndex(of: UInt8(ascii: "\"")), i - 2 - open <= 64 else { return nil }
        let previous = (open + 1)..<(i - 2)
        if program.elementsEqual("sshpass".utf8), previous.count == 2, b[previous.lowerBound] == UInt8(ascii: "-"), b[previous.lowerBound + 1] == UInt8(ascii: "p") {
            return value
        }
        guard previous.count > 2, b[previous.lowerBound] == UInt8(ascii: "-"), b[previous.lowerBound + 1] == UInt8(ascii: "-") else { return nil }
        let name = (previous.lowerBound + 2)..<previous.upperBound
        guard name.allSatisfy({ ASCII.isAlnum(b[$0]) || b[$0] == UInt8(ascii: "-") || b[$0] == UInt8(ascii: "_") }) else { return nil }
        let isPass = name.count == 4 && ASCII.hasPrefix(b, at: name.lowerBound, lowercased: "pass")
        guard isPass || passwordOptionSuffixes.contains(where: { CompiledRules.hasNormalizedSuffix(b, name, $0) }) else { return nil }
        return value
    }

    /// The account an `EXECVE` argument names (`a0="mysql" a1="-uroot"`, `a1="-u" a2="root"`,
    /// `a1="--user" a2="root"` for the mysql family; `a1="--username" a2="root"` for any
    /// program); `at` as for ``execveArgument(_:at:)``.
    static func execveUser(_ b: Bytes, at i: Int) -> Range<Int>? {
        let n = b.count
        guard i > 0, b[i - 1] == 0x20, i + 4 < n, b[i] == UInt8(ascii: "a"), ASCII.isDigit(b[i + 1]) else { return nil }
        var k = i + 1
        while k < n, k - i <= 4, ASCII.isDigit(b[k]) { k += 1 }
        guard k + 1 < n, b[k] == UInt8(ascii: "="), b[k + 1] == UInt8(ascii: "\""), !(k == i + 2 && b[i + 1] == UInt8(ascii: "0")) else { return nil }
        let start = k + 2
        guard let close = b[start...].firstIndex(of: UInt8(ascii: "\"")), close > start, let program = execveProgram(b, before: i) else { return nil }
        let mysqlFamily = ["mysql", "mariadb", "mysqldump", "mysqladmin", "mariadb-dump"].contains { program.elementsEqual($0.utf8) }
        if mysqlFamily, close - start > 2, b[start] == UInt8(ascii: "-"), b[start + 1] == UInt8(ascii: "u") {
            return CommandLineUserDetector.userName(b, (start + 2)..<close)
        }
        guard i >= 2, b[i - 2] == UInt8(ascii: "\""), let open = b[..<(i - 2)].lastIndex(of: UInt8(ascii: "\"")), i - 2 - open <= 16 else { return nil }
        let previous = b[(open + 1)..<(i - 2)]
        let names = previous.elementsEqual("--username".utf8) || (mysqlFamily && (previous.elementsEqual("-u".utf8) || previous.elementsEqual("--user".utf8)))
        return names ? CommandLineUserDetector.userName(b, start..<close) : nil
    }

    /// The program's name (after the last `/`) in the record's `a0="…"`, at most 2 KiB before `i`.
    private static func execveProgram(_ b: Bytes, before i: Int) -> [UInt8]? {
        var k = i - 1
        while k >= 4, i - k <= 2048 {
            if b[k] == UInt8(ascii: "\""), b[k - 1] == UInt8(ascii: "="), b[k - 2] == UInt8(ascii: "0"), b[k - 3] == UInt8(ascii: "a"), b[k - 4] == 0x20 {
                guard let close = b[(k + 1)...].firstIndex(of: UInt8(ascii: "\"")), close - k <= 256 else { return nil }
                let path = b[(k + 1)..<close]
                let name = path.lastIndex(of: UInt8(ascii: "/")).map { path[($0 + 1)...] } ?? path[...]
                return Array(name)
            }
            k -= 1
        }
        return nil
    }
}
