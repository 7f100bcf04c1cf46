import Testing
@testable import Veil

/// Over-replacements that stop 43's probes found in Windows event logs, YAML and GraphQL
/// bodies logged as strings, and account fields that hold machines or nothing at all.
@Suite("Windows events, YAML and GraphQL in strings, machine accounts, empty values")
struct WindowsEventAndConfigTests {
    @Test("labels and references that name no person or secret stay", arguments: [
        // A rendered event's provider and channel (every event carries them).
        ("<Event><System><Provider Name='Microsoft-Windows-Sysmon' Guid='{5770385f}'/><EventID>1</EventID><Channel>Microsoft-Windows-Sysmon/Operational</Channel></System></Event>",
         "<Provider Name='Microsoft-Windows-Sysmon' Guid='{5770385f}'/><EventID>1</EventID><Channel>Microsoft-Windows-Sysmon/Operational</Channel>"),
        (#"<evt:Provider Name="Microsoft-Windows-Security-Auditing" Guid="{5484}" />"#, #"<evt:Provider Name="Microsoft-Windows-Security-Auditing""#),
        ("Log Name: Application  Source: MSExchangeTransport  Event ID: 1025", "Log Name: Application  Source: MSExchangeTransport"),
        ("-[LoginWindowController loginWithUserName:] | user = <private>", "loginWithUserName:] | user = <private>"),
        (#"ParameterBinding(Invoke-RestMethod): name="Method"; value="Post""#, #"name="Method"; value="Post""#),
        // GraphQL's variables, named after their keys.
        ("mutation { login(email: $email, password: $password) { token } reset(token: $resetToken, password: $newPassword) }",
         "login(email: $email, password: $password) { token } reset(token: $resetToken, password: $newPassword)"),
        ("GitHub API 401 Bad credentials for token", "Bad credentials for token"),
        // Computer accounts and an EC2 instance; empty account fields.
        ("{\"SubjectUserName\":\"DC01$\",\"WorkstationAccount\":\"WS-042$\",\"user_id\":\"\",\"displayName\":\"\"} Account Name:\t\tDC01$",
         "{\"SubjectUserName\":\"DC01$\",\"WorkstationAccount\":\"WS-042$\",\"user_id\":\"\",\"displayName\":\"\"} Account Name:\t\tDC01$"),
        ("assume-role ok user=i-0a1b2c3d4e5f67890", "user=i-0a1b2c3d4e5f67890"),
    ])
    func kept(_ line: String, _ kept: String) {
        let out = FuzzRegressionTests.stable(line)
        #expect(out.contains(kept), "\(out)")
    }

    @Test("the values next to them are still replaced", arguments: [
        (#"<customer name="Jane Doe" id="5"/>"#, "Jane"),
        (#"name="Jane Doe"; value="x""#, "Jane"),
        ("Log Name: Application User Name: jdoe2", "jdoe2"),
        (#"{"SubjectUserName":"admin$","password":""}"#, "admin$"),
        (#"{"password":""}"#, #""password":"""#),
        ("password=$ecret123 password: $Hunter2", "$ecret123"),
        ("password=$ecret123 password: $Hunter2", "$Hunter2"),
        (#"C:\Windows\system32\net1  user hlee Welcome2024! /add /domain"#, "Welcome2024!"),
        (#"C:\Windows\system32\net1  user hlee Welcome2024! /add /domain"#, "hlee"),
    ])
    func replaced(_ line: String, _ raw: String) {
        FuzzRegressionTests.expectText(line, raw, replaced: true)
    }

    @Test("YAML in a JSON string: a key that opens a block keeps its line break; a scalar on the next line is the value")
    func yamlBlocks() {
        let out = FuzzRegressionTests.stable(#"{"content":"postgresql:\n  auth:\n    username: orders_app\n    password: hK9#mQ2!vL7x\n"}"#)
        #expect(out.hasPrefix(#"{"content":"postgresql:\n  auth:\n    username: username~test~"#) && out.hasSuffix(#"\n    password: [REDACTED:secret]\n"}"#), "\(out)")
        let nextLine = FuzzRegressionTests.stable(#"{"content":"db:\n  password:\n    hunter2xyz\n  user: x"}"#)
        #expect(nextLine.hasPrefix(#"{"content":"db:\n  password:\n    [REDACTED:secret]\n  user: "#) && !nextLine.contains("hunter2xyz"), "\(nextLine)")
    }
}
