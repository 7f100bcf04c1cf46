import Testing
@testable import Veil

/// Accounts and credentials in mail, chat, IoT, honeypot and payment-terminal logs (stop 37:
/// helpers' probes of mail servers, security tooling, IoT and payments).
@Suite("Service sessions, honeypots, tracks and addresses with ports")
struct ServiceAccountTests {
    @Test("the account or credential is replaced", arguments: [
        ("Dec  2 11:40:07 mail dovecot: imap(takeshi.yamamoto)<30122><Xk2P7a0j1tN+FxdD>: Disconnected: Logged out in=123 out=4567", "takeshi.yamamoto"),
        ("Dec  2 11:40:08 mail dovecot: lmtp(hkimura)<4411><oKx9Jm3>: saved mail to INBOX", "hkimura"),
        ("Registering new user @giuseppe.rossi:matrix.example.org", "giuseppe.rossi"),
        ("{@marta.lopez:matrix.example.org} Processed request", "marta.lopez"),
        ("topic=\"owntracks/jkowalski/iphone\" username=jkowalski", "jkowalski"),
        ("2024-03-11T14:55:02.123456Z [HoneyPotSSHTransport,1842,218.92.0.107] login attempt [b'root'/b'Zx!9qLw3Tt'] succeeded", "Zx!9qLw3Tt"),
        ("login attempt [admin/Pa55w0rd.2023] succeeded", "Pa55w0rd.2023"),
        (#"{"eventid":"cowrie.login.success","message":"login attempt [pi/raspberry] succeeded"}"#, "raspberry"),
        (#"{"event_type":"alert","payload_printable":"USER joao.pereira\r\nPASS Porto#Vinho7\r\n"}"#, "Porto#Vinho7"),
        ("track1=B4917610000000000^NAKAMURA/HIROSHI^2805101000000000", "4917610000000000"),
        ("1701523457: New connection from 2001:db8::1:53211 on port 1883.", "2001:db8::1"),
        ("1701523457: New connection from 2001:db8:85a3::8a2e:370:7334:53211 on port 1883.", "8a2e:370:7334"),
        ("Dec  2 10:19:30 mx1 postfix/pickup[20011]: B7C8D9E0F1: uid=1001 from=<yusuf.demir>", "yusuf.demir"),
        ("Dec  2 11:00:06 relay sendmail[3326]: 4B2B01a4003325: from=yusuf.demir, size=312, class=0, nrcpts=1", "yusuf.demir"),
        ("Dec  2 12:10:00 mx1 spamd[2211]: spamd: checking message <abc123@spam.example> for vikram.patel:1004", "vikram.patel"),
        ("Dec  2 12:10:01 mx1 spamd[2211]: spamd: setuid to vikram.patel succeeded", "vikram.patel"),
    ])
    func replaced(_ line: String, _ text: String) {
        FuzzRegressionTests.expectText(line, text, replaced: true)
    }

    @Test("look-alikes stay", arguments: [
        "call foo(bar)<x> and see @home:8080", "model B4111111111111111 x", "ts 12:34:56789 z", "abc::12345 q",
        "Dec  2 10:19:32 mx1 postfix/qmgr[999]: C1: from=<>, size=2345", "waiting for 5:00 minutes",
    ])
    func kept(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }

    @Test("an address keeps its port")
    func portKept() {
        #expect(FuzzRegressionTests.stable("from 2001:db8::1:53211 on").hasSuffix(":53211 on"))
    }
}

/// Words after an escaped line break in a text line (stop 37: mail bodies and signatures logged
/// with `\n` escapes).
@Suite("Words after an escaped line break")
struct EscapedBreakWordTests {
    @Test("a name after \\n is read from its capital", arguments: [
        (#"body_preview="Regards,\nDaniel Okonkwo""#, "Okonkwo"),
        (#"x\n\nJane Smith"#, "Smith"),
        (#"sig="Best,\tMaria Garcia""#, "Garcia"),
    ])
    func name(_ line: String, _ word: String) {
        FuzzRegressionTests.expectText(line, word, replaced: true)
    }

    @Test("paths with backslashes stay", arguments: [#"path C:\temp\Notes"#, #"dir C:\new\Reports\2024"#])
    func paths(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}

/// Minecraft's player names in the server's own sentences (stop 37: a helper's probe of
/// game-server logs).
@Suite("Game players")
struct GamePlayerTests {
    @Test("the player is replaced", arguments: [
        "[14:42:05] [User Authenticator #1/INFO]: UUID of player Steve_99 is 069a79f4-44e9-4726-a5be-fca90e38aaf5",
        "[14:42:05] [Server thread/INFO]: Steve_99 joined the game",
        "[14:42:05] [Server thread/INFO]: Steve_99[/203.0.113.5:51234] logged in with entity id 123 at ([world]1.5, 64.0, 2.5)",
        "[14:42:06] [Server thread/INFO]: <Steve_99> hello",
        "[14:43:00] [Server thread/INFO]: Steve_99 lost connection: Disconnected",
    ])
    func player(_ line: String) {
        FuzzRegressionTests.expectText(line, "Steve_99", replaced: true)
    }

    @Test("the server's other lines stay", arguments: [
        #"[14:43:00] [Server thread/INFO]: Done (3.2s)! For help, type "help""#, "[14:43:00] [Server thread/INFO]: Preparing spawn area: 83%",
    ])
    func kept(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}

/// Steam account ids (stop 37: a helper's probe of game-server logs).
@Suite("Steam ids")
struct SteamIDTests {
    @Test("the id is pseudonymised as an account", arguments: [
        (#""Vladimir<12><STEAM_1:0:12345678><>" connected, address "198.51.100.200:27005""#, "STEAM_1:0:12345678"),
        (#"L 12/02/2023 - 14:43:06: "Zoe<3><[U:1:24691356]><>" entered the game"#, "U:1:24691356"),
        ("203.0.113.77:53001/76561198012345678/KowalskiPL joined [windows/76561198012345678]", "76561198012345678"),
    ])
    func replaced(_ line: String, _ id: String) {
        let out = FuzzRegressionTests.expectText(line, id, replaced: true)
        #expect(out.contains("username~test~"), "\(out)")
    }

    @Test("other numbers and brackets stay", arguments: ["order 76561198012345678901 x", "[UTC] x", "[U:x] y"])
    func kept(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}
