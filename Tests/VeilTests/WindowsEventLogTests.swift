import Testing
@testable import Veil

/// Windows Security events as syslog forwarders (Snare, NXLog) and Winlogbeat write them
/// (probe stop 41): the account in a home share's UNC path, the account of event 4776, and
/// the label that ends a display name. Every output is also checked to be stable under a
/// second pass.
@Suite("Windows event log lines")
struct WindowsEventLogTests {
    @Test("the account in a home share is pseudonymised", arguments: [
        // Event 4720's Home Directory, as text and as Winlogbeat's escaped JSON.
        (#"A user account was created. Home Directory: \\fs01\home\pfischer Home Drive: H:"#, "pfischer"),
        (#"{"Id":4738,"HomeDirectory":"\\\\fs01\\home\\pfischer"}"#, "pfischer"),
        // A hidden share (`$`) and the `homes`/`users` folder names file servers use.
        (#"Profile Path: \\fs01\users$\tnguyen"#, "tnguyen"),
        (#"mapped H: to \\nas02\homes\jorg.muller"#, "jorg.muller"),
        (#"Home Directory: \\fs01\home$\okafor.c"#, "okafor.c"),
    ])
    func homeShares(_ line: String, _ user: String) {
        let out = FuzzRegressionTests.expectText(line, user, replaced: true)
        #expect(out.contains("username~test~"), "\(out)")
    }

    @Test("the account of a credential validation (event 4776) is pseudonymised", arguments: [
        "The computer attempted to validate the credentials for an account. Authentication Package: MICROSOFT_AUTHENTICATION_PACKAGE_V1_0 Logon Account: hkim Source Workstation: LAPTOP-7 Error Code: 0xC000006A",
        #"{"Id":4776,"TargetUserName":"x","LogonAccount":"hkim"}"#,
    ])
    func logonAccount(_ line: String) {
        let out = FuzzRegressionTests.expectText(line, "hkim", replaced: true)
        #expect(out.contains("username~test~"), "\(out)")
    }

    @Test("a display name ends where the next Windows label starts")
    func displayNameEndsAtLabel() {
        let line = #"Attributes: SAM Account Name: tnguyen Display Name: Thanh Nguyen User Principal Name: tnguyen@corp.local Home Directory: \\fs01\home\tnguyen Home Drive: H:"#
        let out = FuzzRegressionTests.expectText(line, "Thanh Nguyen", replaced: true)
        for label in ["User Principal Name:", "Home Directory:", "Home Drive: H:"] {
            #expect(out.contains(label), "\(label) in \(out)")
        }
        #expect(!out.contains("tnguyen"), "\(out)")
    }

    @Test("a share that is no home folder keeps its path", arguments: [
        #"net use \\fs01\finance /persistent:no"#,
        #"copied to \\backup01\homework\reports"#,
    ])
    func otherShares(_ line: String) {
        let out = FuzzRegressionTests.stable(line)
        #expect(out == line, "\(out)")
    }
}
