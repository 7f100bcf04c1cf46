import Testing
@testable import Veil

/// nmcli's secret properties and curl's `-u user:pass` in auditd `EXECVE` records and on
/// command lines (probe stop 42).
@Suite("nmcli secrets and curl credentials in EXECVE records")
struct NetworkManagerAndExecveTests {
    @Test("curl's -u user:pass in an EXECVE record: password redacted, account pseudonymised")
    func curlUserPassword() {
        let line = #"type=EXECVE msg=audit(1733306801.100:4601): argc=5 a0="curl" a1="-u" a2="deploy:Gh7#pLm2Qx" a3="-H""#
        let out = FuzzRegressionTests.expectText(line, "Gh7#pLm2Qx", replaced: true)
        #expect(!out.contains("deploy") && out.contains("username~test~"), "\(out)")
    }

    @Test("the value after nmcli's secret property is redacted", arguments: [
        #"EXECVE argc=7 a0="nmcli" a1="dev" a2="wifi" a3="connect" a4="CafeGuest" a5="password" a6="latte4everyone""#,
        #"EXECVE argc=6 a0="/usr/bin/nmcli" a1="con" a2="modify" a3="Office" a4="wifi-sec.psk" a5="latte4everyone""#,
        "nmcli con modify Office wifi-sec.psk latte4everyone",
        #"sudo nmcli connection modify Office 802-11-wireless-security.psk "latte4everyone""#,
        "nmcli dev wifi connect CafeGuest password latte4everyone",
    ])
    func nmcliSecret(_ line: String) {
        let out = FuzzRegressionTests.expectText(line, "latte4everyone", replaced: true)
        #expect(out.contains("[REDACTED:"), "\(out)")
    }

    @Test("nmcli's other properties stay", arguments: [
        #"EXECVE argc=6 a0="nmcli" a1="con" a2="modify" a3="Office" a4="wifi-sec.psk-flags" a5="0""#,
        "nmcli con modify Office ipv4.method manual",
        "nmcli con show Office",
    ])
    func otherPropertiesStay(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}
