import Testing
@testable import Veil

/// Credentials in CI/CD and developer-tool output (stop 37: a helper's probe of GitHub Actions,
/// Jenkins, fastlane, Terraform and Ansible logs).
@Suite("Code-signing tools, here-strings and summary tables")
struct DeveloperToolCredentialTests {
    @Test("the password is replaced", arguments: [
        ("security unlock-keychain -p Kc9vR2tLwQ build.keychain", "Kc9vR2tLwQ"),
        ("+ security create-keychain -p 'Kc!9vR2#tLw' build.keychain", "Kc!9vR2#tLw"),
        ("security import dist.p12 -k build.keychain -P p12-Exp0rt!Pass -T /usr/bin/codesign", "p12-Exp0rt!Pass"),
        ("security set-key-partition-list -S apple-tool:,apple: -s -k Kc9vR2tLwQ build.keychain", "Kc9vR2tLwQ"),
        ("security add-generic-password -a ci -s svc -w Gen3ric-Pw", "Gen3ric-Pw"),
        ("xcrun altool --upload-app -f App.ipa -u ci@example.com -p hxqz-mvtr-plkw-yfnd", "hxqz-mvtr-plkw-yfnd"),
        ("signtool sign /f cert.pfx /p Pfx-Pw-77 app.exe", "Pfx-Pw-77"),
        ("poetry config http-basic.acme ci-reader Fz8kQ2mN7vXwPo", "Fz8kQ2mN7vXwPo"),
        ("gh auth login --with-token <<< Plain-Tok-Value9", "Plain-Tok-Value9"),
        ("| Password | Tbl-Pw-Plain-7 |", "Tbl-Pw-Plain-7"),
        ("| keychain_password      | Kc!9vR2#tLw                 |", "Kc!9vR2#tLw"),
        ("| MATCH_PASSWORD | M4tch-Certs-Decrypt |", "M4tch-Certs-Decrypt"),
    ])
    func replaced(_ line: String, _ secret: String) {
        let out = FuzzRegressionTests.expectText(line, secret, replaced: true)
        #expect(!out.contains("[REDACTED:secret] " + secret.prefix(4)), "\(out)")
    }

    @Test("other flags and cells stay", arguments: [
        "security find-identity -v -p codesigning", "security import dist.p12 -k build.keychain",
        "| Status | OK |", "| name | value | other |", "| keychain_password | value | other |",
    ])
    func kept(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }

    @Test("the table's bars stay around the replaced cell")
    func tableShape() {
        #expect(FuzzRegressionTests.stable("| Password | Tbl-Pw-Plain-7 |") == "| Password | [REDACTED:secret] |")
    }
}

/// Passwords typed into shells by attackers and into game servers by players (stop 37: helpers'
/// probes of honeypot and game-server logs).
@Suite("Typed passwords: piped to passwd, net user, game sign-ins, rcon")
struct TypedPasswordTests {
    @Test("the password is replaced", arguments: [
        (#"CMD: echo -e "Qwerty!789\nQwerty!789" | passwd"#, "Qwerty!789"),
        ("CMD: echo root:Zx9qLw3Tt|chpasswd", "Zx9qLw3Tt"),
        ("net user /add hacker Pwned123!", "Pwned123!"),
        ("Steve_99 issued server command: /login Hunter2Minecraft!", "Hunter2Minecraft!"),
        ("Steve_99 issued server command: /register S3cretPass S3cretPass", "S3cretPass"),
        ("Steve_99 issued server command: /changepassword OldPass99 NewPass2024", "NewPass2024"),
        (#"Bad Rcon: "rcon 1462375923 "Pa55w0rd!Scrim" status" from "203.0.113.9:50433""#, "Pa55w0rd!Scrim"),
        ("impacket-secretsdump CORP/jan.devries:Tulpen2024@10.0.0.10", "Tulpen2024"),
        ("rdesktop -u nikos.georgiou -p Ath3na2024 10.5.5.5", "Ath3na2024"),
        ("evil-winrm -i 10.0.0.10 -u administrator -H 8846f7eaee8fb117ad06bdd830b7586c", "8846f7eaee8fb117ad06bdd830b7586c"),
    ])
    func replaced(_ line: String, _ secret: String) {
        FuzzRegressionTests.expectText(line, secret, replaced: true)
    }

    @Test("other commands stay", arguments: ["Steve_99 issued server command: /gamemode creative", "echo hello | passwd", "net user bob /delete"])
    func kept(_ line: String) {
        let out = FuzzRegressionTests.stable(line)
        #expect(!out.contains("REDACTED"), "\(out)")
    }
}
