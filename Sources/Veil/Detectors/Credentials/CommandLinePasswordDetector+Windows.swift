/// Windows command lines that carry a password: Sysinternals' `psexec \\host -u user -p PASS`
/// (also `PsExec64`, `paexec`), `schtasks … /ru user /rp PASS` (and `/u user /p PASS` for a
/// remote system), and PowerShell's `ConvertTo-SecureString 'PASS' -AsPlainText`.
extension CommandLinePasswordDetector {
    /// The password of a `psexec`/`paexec` or `schtasks` command starting at `at`, or nil.
    static func windowsToolPassword(_ b: Bytes, at: Int) -> Range<Int>? {
        if ASCII.hasPrefix(b, at: at, lowercased: "psexec") || ASCII.hasPrefix(b, at: at, lowercased: "paexec") {
            var k = at + 6
            while k < b.count, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: ".") { k += 1 }  // `PsExec64.exe`
            return flagValue(b, after: k, flag: " -p ")
        }
        if ASCII.hasPrefix(b, at: at, lowercased: "schtasks") {
            return flagValue(b, after: at + 8, flag: " /rp ") ?? flagValue(b, after: at + 8, flag: " /RP ")
                ?? flagValue(b, after: at + 8, flag: " /p ") ?? flagValue(b, after: at + 8, flag: " /P ")
        }
        return nil
    }

    /// `ConvertTo-SecureString 'PASS' -AsPlainText -Force` (any case; `-String`, `-AsPlainText`
    /// or `-Force` before the value too): the quoted or bare string after the cmdlet at `at`. A variable (`$plain`)
    /// or a subexpression is no literal password: nil.
    static func secureStringArgument(_ b: Bytes, at: Int) -> Range<Int>? {
        guard ASCII.hasPrefix(b, at: at, lowercased: "convertto-securestring") else { return nil }
        var k = at + 22
        guard k < b.count, b[k] == 0x20 else { return nil }
        while k < b.count, b[k] == 0x20 { k += 1 }
        // The switches may come first: `ConvertTo-SecureString -AsPlainText 'PASS' -Force`.
        for _ in 0..<3 {
            var skip = 0
            for option: StaticString in ["-string ", "-asplaintext ", "-force "] where ASCII.hasPrefix(b, at: k, lowercased: option) { skip = option.utf8CodeUnitCount }
            guard skip > 0 else { break }
            k += skip
            while k < b.count, b[k] == 0x20 { k += 1 }
        }
        guard k < b.count, b[k] != UInt8(ascii: "$"), b[k] != UInt8(ascii: "("), b[k] != UInt8(ascii: "-"), b[k] != UInt8(ascii: "|") else { return nil }
        let value = argument(b, at: k, extraEnd: UInt8(ascii: ")")).range
        return value.isEmpty ? nil : value
    }
}
