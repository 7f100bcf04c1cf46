import Testing
@testable import Veil

/// Shared secrets in network-device configuration lines (stop 32: written raw): SNMP
/// communities, RADIUS/TACACS+/IKE keys, Cisco `password 0 …`, Juniper's plain-text values.
@Suite("Network device configuration secrets")
struct NetworkConfigSecretTests {
    @Test("the secret is redacted, the command stays", arguments: [
        ("snmp-server community S3cretComm RO 10", "S3cretComm", "snmp-server community [REDACTED:secret] RO 10"),
        ("snmp-server host 10.0.0.50 traps version 2c Publ1cStr1ng", "Publ1cStr1ng", "version 2c [REDACTED:secret]"),
        ("snmp-server user u g v3 auth sha Auth3ntPw priv aes 128 Pr1vPw", "Pr1vPw", "auth sha [REDACTED:secret]"),
        ("radius-server host 10.0.0.9 key R4diusK3y", "R4diusK3y", "key [REDACTED:secret]"),
        ("tacacs-server key 7 T4cacsK3y", "T4cacsK3y", "tacacs-server key 7 [REDACTED:secret]"),
        ("crypto isakmp key Pr3Shared! address 203.0.113.1", "Pr3Shared!", "crypto isakmp key [REDACTED:secret] address"),
        ("key-string 7 KeyStr1ng", "KeyStr1ng", "key-string 7 [REDACTED:secret]"),
        ("ntp authentication-key 1 md5 NtpK3y 7", "NtpK3y", "md5 [REDACTED:secret] 7"),
        ("username bob privilege 15 password 0 Cl34rText", "Cl34rText", "password 0 [REDACTED:secret]"),
        ("  password 7 0822455D0A16", "0822455D0A16", "password 7 [REDACTED:secret]"),
        ("%PARSER-5-CFGLOG_LOGGEDCMD: User:admin  logged command:username bob password 0 L0gged", "L0gged", "password 0 [REDACTED:secret]"),
        ("set system root-authentication plain-text-password-value Juniper123", "Juniper123", "plain-text-password-value [REDACTED:secret]"),
        (#"set security ike policy p pre-shared-key ascii-text "J3xPsk""#, "J3xPsk", #"ascii-text "[REDACTED:secret]""#),
        ("wpa-psk ascii 0 W1f1Psk!", "W1f1Psk!", "wpa-psk ascii 0 [REDACTED:secret]"),
        // Stop 35: commands in Cisco's configuration logger and ASA's command accounting, net-snmp.
        ("%PARSER-5-CFGLOG_LOGGEDCMD: User:admin  logged command:snmp-server community Pr1v4teC0mm RW 10", "Pr1v4teC0mm", "community [REDACTED:secret] RW 10"),
        ("%ASA-5-111008: User 'admin' executed the 'snmp-server host inside 10.0.0.50 community Asa5nmpC0m version 2c' command.", "Asa5nmpC0m", "community [REDACTED:secret] version 2c' command."),
        ("snmpd[1201]: /etc/snmp/snmpd.conf: line 12: rocommunity s3cr3tC0mmunity 10.0.0.0/8", "s3cr3tC0mmunity", "rocommunity [REDACTED:secret] "),
        ("%PARSER-5-CFGLOG_LOGGEDCMD: User:admin  logged command:wpa-psk ascii 0 HomeWifi2024xx", "HomeWifi2024xx", "ascii 0 [REDACTED:secret]"),
        ("%PARSER-5-CFGLOG_LOGGEDCMD: User:admin  logged command:ppp chap password 0 Ch4pSecret7", "Ch4pSecret7", "chap password 0 [REDACTED:secret]"),
        ("%PARSER-5-CFGLOG_LOGGEDCMD: User:admin  logged command:neighbor 10.0.0.9 password 0 BgpP33rPw", "BgpP33rPw", "password 0 [REDACTED:secret]"),
        ("%PARSER-5-CFGLOG_LOGGEDCMD: User:admin  logged command:ip ospf authentication-key 0spfK3y", "0spfK3y", "authentication-key [REDACTED:secret]"),
        ("%ASA-5-111008: User 'admin' executed the 'aaa-server ISE (inside) host 10.5.0.20 key R4diusK3y!' command.", "R4diusK3y!", "key [REDACTED:secret]' command."),
    ])
    func secret(_ line: String, _ secret: String, _ expected: String) {
        let out = FuzzRegressionTests.expectText(line, secret, replaced: true)
        #expect(out.contains(expected), "\(out)")
    }

    @Test("the account in a logged configuration command or a configuration notice is replaced", arguments: [
        ("%PARSER-5-CFGLOG_LOGGEDCMD: User:admin  logged command:username olga.petrova privilege 15 secret 0 Wint3r!Kiev", "olga.petrova"),
        ("%ASA-5-111008: User 'admin' executed the 'username olga.petrova password Wint3r!Kiev2024 privilege 15' command.", "olga.petrova"),
        ("%SYS-5-CONFIG_I: Configured from console by lgarcia on vty0 (10.1.1.44)", "lgarcia"),
    ])
    func account(_ line: String, _ account: String) {
        let out = FuzzRegressionTests.expectText(line, account, replaced: true)
        #expect(out.contains("username~test~"), "\(out)")
    }

    @Test("prose with the same words stays", arguments: [
        "wrong password 3 times",
        "password 5 times", "password 7 days", "password 3 times",
        "Your secret 4 digits are shown",
        "press key 5 to continue",
        "the snmp-server host list is empty",
        "authentication-key rotation scheduled",
        "logged command:show running-config; the password 3 times", "Configured from memory by default",
        "ospf authentication-key rotation scheduled by ops",
    ])
    func prose(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}
