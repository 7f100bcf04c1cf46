import Testing
@testable import Veil

/// What a key's value is, whatever the key says (stop 37): a device's address under a phone's key
/// keeps the device type; a check box under a token's key is no token.
@Suite("Values whose shape decides over their key")
struct FieldValueShapeTests {
    @Test("a MAC address under a phone key is pseudonymised as a device")
    func macUnderPhoneKey() {
        for line in [#"Calling-Station-Id = "AA-BB-CC-11-22-33""#, #"{"calling_station_id":"aa:bb:cc:11:22:33"}"#] {
            let out = FuzzRegressionTests.expectText(line, "11", replaced: true)
            #expect(out.contains("device_id~test~"), "\(out)")
        }
        // A number stays a phone.
        #expect(FuzzRegressionTests.stable(#"Calling-Station-Id = "07911123456""#).contains("phone~test~"))
    }

    @Test("a flag under a token key stays; a token does not", arguments: [
        (#"{"userName":"u","rememberMe":true}"#, #""rememberMe":true"#, false),
        (#""remember_me"=>"0"}"#, #""remember_me"=>"0""#, false),
        ("remember_me=on&x=1", "remember_me=on", false),
        ("remember_me=Xy7Wz6Vu5Ts4RqPo", "Xy7Wz6Vu5Ts4RqPo", true),
        (#"{"session_token":"1"}"#, #""1""#, false),
    ])
    func flags(_ line: String, _ text: String, _ replaced: Bool) {
        FuzzRegressionTests.expectText(line, text, replaced: replaced)
    }
}
