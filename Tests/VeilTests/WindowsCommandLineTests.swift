import Testing
@testable import Veil

/// Windows command lines that carry a password (stop 32: written raw): Sysinternals'
/// `psexec -p`, `schtasks /rp`, PowerShell's `ConvertTo-SecureString '…' -AsPlainText`.
@Suite("Windows command lines")
struct WindowsCommandLineTests {
    @Test("the password is redacted, the rest of the command stays", arguments: [
        (#"psexec \\server01 -u CORP\admin -p Adm1nP@ss cmd.exe"#, "Adm1nP@ss", "cmd.exe"),
        (#"PsExec64.exe \\h -u a -p "Qu0ted pw" cmd"#, "Qu0ted pw", "cmd"),
        (#"schtasks /create /tn backup /tr backup.bat /ru CORP\svc /rp S3rv1ceP@ss"#, "S3rv1ceP@ss", "/tr backup.bat"),
        ("schtasks /query /s srv01 /u CORP\\ops /p Rem0teP@ss /fo LIST", "Rem0teP@ss", "/fo LIST"),
        (#"ConvertTo-SecureString "Pl41n!" -AsPlainText -Force | Set-Secret"#, "Pl41n!", "-AsPlainText -Force | Set-Secret"),
        (#"(ConvertTo-SecureString -String "Str1ng!" -AsPlainText -Force)"#, "Str1ng!", "-AsPlainText"),
        // Under a key, the cmdlet's string is the key's value (the cmdlet's name was taken).
        (#"{"ScriptBlockText":"$pw = ConvertTo-SecureString 'P@ssw0rd123' -AsPlainText -Force"}"#, "P@ssw0rd123", "ConvertTo-SecureString '"),
    ])
    func password(_ line: String, _ secret: String, _ kept: String) {
        let out = FuzzRegressionTests.expectText(line, secret, replaced: true)
        #expect(out.contains("[REDACTED:secret]") && out.contains(kept), "\(out)")
    }

    @Test("without a literal password nothing changes", arguments: [
        "$s = ConvertTo-SecureString $plain -AsPlainText -Force",
        "schtasks /query /fo LIST",
        #"psexec \\h -s cmd"#,
        "ConvertTo-SecureString (Get-Content key.txt)",
    ])
    func noPassword(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}
