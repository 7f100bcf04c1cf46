import Testing
@testable import Veil

/// Console and client logs (stop 37: a helper's probe of React Native, browser, iOS, Spark and
/// CI output): labels with their colon inside quotes, the masks tools write, schema types.
@Suite("Console labels, tool masks and schema types")
struct ConsoleOutputTests {
    @Test("a quoted label's value is the next argument", arguments: [
        ("I/ReactNativeJS: 'password:', 'Seoul#Tower88'", "Seoul#Tower88", "I/ReactNativeJS: 'password:', '[REDACTED:secret]'"),
        (#" LOG  "password:" "Seoul#Tower88""#, "Seoul#Tower88", #" LOG  "password:" "[REDACTED:secret]""#),
        ("x 'password:' hunter2", "hunter2", "x 'password:' [REDACTED:secret]"),
        ("I/ReactNativeJS: 'user:', { password: 'Seoul#Tower88' }", "Seoul#Tower88", "I/ReactNativeJS: 'user:', { password: '[REDACTED:secret]' }"),
    ])
    func quotedLabel(_ line: String, _ secret: String, _ expected: String) {
        #expect(FuzzRegressionTests.expectText(line, secret, replaced: true) == expected)
    }

    @Test("what tools write in place of a value stays", arguments: [
        "  token: ***", "password: ***", "2024-05-20 14:03:22.118 MyApp[1234:56789] User email: <private>",
        " |-- first_name: string (nullable = true)", "DataFrame[customer_id: bigint, first_name: string, last_name: string]",
        "=INFO REPORT==== 14-May-2024::10:22:38 ===",
    ])
    func kept(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }

    @Test("an SDK's identify call with an object: its members are pairs of their own")
    func identifyObject() {
        let out = FuzzRegressionTests.expectText(#"analytics.identify({"traits":{"first_name":"Abebe","plan":"pro"}})"#, "Abebe", replaced: true)
        #expect(out.hasPrefix(#"analytics.identify({"traits":{"first_name":"name~test~"#) && out.hasSuffix(#"","plan":"pro"}})"#), "\(out)")
    }

    @Test("an IPv6 address after a dash and a digit stays an address")
    func ipv6AfterDash() {
        #expect(FuzzRegressionTests.stable("src fe80::1 ok").contains("ip~test~"))
        #expect(FuzzRegressionTests.stable("peer=-2001:db8::7 ok").contains("ip~test~"))
    }
}
