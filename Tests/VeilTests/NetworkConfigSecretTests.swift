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
    ])
    func secret(_ line: String, _ secret: String, _ expected: String) {
        let out = FuzzRegressionTests.expectText(line, secret, replaced: true)
        #expect(out.contains(expected), "\(out)")
    }

    @Test("prose with the same words stays", arguments: [
        "wrong password 3 times",
        "password 5 times", "password 7 days", "password 3 times",
        "Your secret 4 digits are shown",
        "press key 5 to continue",
        "the snmp-server host list is empty",
        "authentication-key rotation scheduled",
    ])
    func prose(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}
