import Testing
@testable import Veil

/// Telephony logs: SIP URIs, caller numbers and one-time codes in SMS texts (stop 37: a
/// helper's probe of Asterisk, Kamailio, FreeRADIUS, SMPP and mobile-core logs).
@Suite("SIP users, caller numbers and codes in messages")
struct TelecomLogTests {
    @Test("the user or number of a SIP URI at an address is replaced", arguments: [
        ("Contact: <sip:alice.meyer@10.0.0.1:5060>", "alice.meyer"),
        ("Remote-Party-ID: <sip:07700900123@10.0.0.1>;party=calling", "07700900123"),
        (#"Request 'INVITE' from '"Håkon Lindqvist" <sip:4670123456@198.51.100.23>' failed for '198.51.100.23:5060'"#, "4670123456"),
        ("Added contact 'sips:5511987654321@187.45.12.99:5062;ob' to AOR", "5511987654321"),
        ("To: <sip:+4915112345678@192.168.1.10>;tag=as5f", "4915112345678"),
    ])
    func sipUser(_ line: String, _ user: String) {
        let out = FuzzRegressionTests.expectText(line, user, replaced: true)
        #expect(out.contains("@ip~test~"), "\(out)")
    }

    @Test("a word before the colon is no SIP scheme", arguments: ["status:ok@10.0.0.1 reached", "gossip:node7@10.0.0.9 joined"])
    func notSIP(_ line: String) {
        #expect(FuzzRegressionTests.stable(line).hasPrefix(String(line.prefix(9))))
    }

    @Test("a phone key's number that passes a card's checks is pseudonymised as the phone, whole")
    func phoneKeyOverCard() {
        let number = "4915112345678"
        #expect(Array(number.utf8).withUnsafeBufferPointer { PaymentCardDetector.match($0, at: 0, floor: 0) } != nil, "precondition: a card's checks pass")
        for line in ["CallerIDNum: \(number)", #"{"CallerIDNum":"\#(number)"}"#] {
            let out = FuzzRegressionTests.expectText(line, "5678", replaced: true)
            #expect(out.contains("phone~test~"), "\(out)")
        }
        // Under no phone key the card's mask stays.
        #expect(FuzzRegressionTests.stable("card \(number) charged").contains("*********5678"))
    }

    @Test("a one-time code in a message is replaced", arguments: [
        ("Votre code de vérification est 482913", "482913"),
        ("Message=\"Hallo Klaus, Ihr Code lautet 552901\"", "552901"),
        ("DEBUG:   short_message: \"G-551908 is your Google verification code.\"", "551908"),
        ("4815 is your Acme login code", "4815"),
        ("[msg:39:Hi Tom, your PIN is 4821. Reply STOP]", "4821"),
    ])
    func oneTimeCode(_ line: String, _ code: String) {
        FuzzRegressionTests.expectText(line, code, replaced: true)
    }

    @Test("numbers before other words stay", arguments: [
        "error code de 500 returned",
        "1234 is your position in the queue",
        "2024 is your year",
        "PIN is required",
    ])
    func kept(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}
