import Testing
@testable import Veil

/// Accounts, device names and session ids that system tools and localised applications
/// print in shapes of their own (probe stop 42).
@Suite("Accounts in system tools' and localised logs")
struct SystemToolAccountTests {
    @Test("the account is pseudonymised", arguments: [
        // FreeIPA's API log: the command's first argument.
        ("admin@CORP.EXAMPLE.COM: user_add/1('tnguyen', givenname='Thanh', version='2.253'): SUCCESS", "tnguyen"),
        ("admin@CORP.EXAMPLE.COM: passwd/1(u'tnguyen', password=u'********', version='2.253'): SUCCESS", "tnguyen"),
        // winbind maps the domain account to a local one: the copy in brackets too.
        (#"winbindd[2210]: Authentication for user [CORP\rmartinez] -> [rmartinez] FAILED with error NT_STATUS_WRONG_PASSWORD"#, "rmartinez"),
        // coredumpctl and uWSGI: the account in parentheses.
        ("Dec  4 10:05:13 app3 coredumpctl[5530]:            UID: 1001 (lpetrov)", "lpetrov"),
        ("Dec  4 10:05:13 app3 coredumpctl[5530]:            UID: 1001 (jpetrov)", "jpetrov"),
        ("[pid: 23811|app: 0|req: 5/10] 198.51.100.44 (mkowalski) {40 vars in 712 bytes} [Wed Dec  4 10:15:34 2024] POST /accounts/login/", "mkowalski"),
        // Other languages' words for a user or an account.
        ("Kennwort für Konto 'zmueller' zurückgesetzt", "zmueller"),
        ("Inicio de sesión fallido para el usuario jgarcia desde la IP 198.51.100.31", "jgarcia"),
        ("Nieudane logowanie użytkownika lwojcik z adresu 203.0.113.250", "lwojcik"),
    ])
    func account(_ line: String, _ account: String) {
        let out = FuzzRegressionTests.expectText(line, account, replaced: true)
        #expect(out.contains("username~test~"), "\(out)")
    }

    @Test("no account there", arguments: [
        "user_find/1(None, version='2.253'): SUCCESS",
        "[pid: 23811|app: 0|req: 5/10] 198.51.100.44 () {40 vars in 712 bytes}",
        "GID: 1001 (lpetrov)",
        "took 1001 (approx)",
        "Benutzer nicht gefunden",
        "usuario no encontrado",
        "Konto gesperrt",
    ])
    func noAccount(_ line: String) {
        #expect(!FuzzRegressionTests.stable(line).contains("username~"))
    }

    @Test("a device named after its owner", arguments: [
        ("DHCPACK(br-lan) 192.168.1.150 3c:22:fb:8e:10:4d Marks-MacBook-Pro", "Marks"),
        ("input: Mark’s Pixel Buds (AVRCP) as /devices/virtual/input/input24", "Mark"),
        ("Bills-iPhone joined", "Bills"),
    ])
    func deviceName(_ line: String, _ owner: String) {
        _ = FuzzRegressionTests.expectText(line, owner, replaced: true)
    }

    @Test("a word before a non-device word stays", arguments: ["Mark-as-read", "Grace-Period"])
    func notADevice(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }

    @Test("a MAC address in BlueZ's object path gets the pseudonym of its colon form")
    func bluezPath() {
        let path = FuzzRegressionTests.expectText("bluetoothd[733]: /org/bluez/hci0/dev_F4_7D_EF_12_34_56/fd3: fd(35) ready", "F4_7D", replaced: true)
        let colon = FuzzRegressionTests.stable("connected F4:7D:EF:12:34:56")
        let pseudonym = String(colon.split(separator: " ")[1])
        #expect(path.contains("dev_\(pseudonym)/fd3"), "\(path) / \(colon)")
    }
}
