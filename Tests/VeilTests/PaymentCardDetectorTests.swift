import Testing
@testable import Veil

@Suite("PaymentCardDetector") struct PaymentCardDetectorTests {
    static func find(_ s: String) -> [String] { findAll(s, trigger: Trigger.card, PaymentCardDetector.match) }

    @Test("finds valid card numbers", arguments: [
        ("card=4111111111111111 exp=12/30", "4111111111111111"),
        // Track 2 after the number, also in a hex dump (`D`): the whole track (stop 34).
        ("F35=4111111111111111D27121011000012345678 F14=2712", "4111111111111111D27121011000012345678"),
        (";4111111111111111=27121011000012345678?", "4111111111111111=27121011000012345678?"),
        ("card 4111.1111.1111.1111 ok", "4111.1111.1111.1111"),       // dotted groups of four
        ("invalid card 571613072438 for customer", "571613072438"),           // Maestro, 12 digits
        ("invalid card 060423743941 for customer", "060423743941"),           // Maestro 0604 (Faker issues these)
        ("card=0604712042591230 ok", "0604712042591230"),
        ("card=676348096113 iban=x", "676348096113"),
        ("card=213167184131662 x", "213167184131662"),                        // JCB, 15 digits
        ("card=3596421329636874 x", "3596421329636874"),                      // JCB 35xx
        (#"{"pan":"4242424242424242"}"#, "4242424242424242"),
        ("pan 4111 1111 1111 1111.", "4111 1111 1111 1111"),
        ("pan=4111-1111-1111-1111,", "4111-1111-1111-1111"),
        ("amex 3782 822463 10005", "3782 822463 10005"),
        ("amex 378282246310005", "378282246310005"),
        ("mc 5555 5555 5555 4444", "5555 5555 5555 4444"),
        ("mc2 2223003122003222", "2223003122003222"),
        ("visa13 4222222222222", "4222222222222"),
        ("visa19 4111 1111 1111 1111 110", "4111 1111 1111 1111 110"),
        ("discover 6011111111111117", "6011111111111117"),
        ("jcb 3530111333300000", "3530111333300000"),
        ("diners 3056 930902 5904", "3056 930902 5904"),
        ("unionpay 6200000000000000000", "6200000000000000000"),
        ("maestro 6759649826438453", "6759649826438453"),
        ("(4012888888881881)", "4012888888881881"),
        ("card 4111 1111 1111 1111 123 cvv", "4111 1111 1111 1111"),
    ])
    func positive(_ input: String, _ expected: String) {
        #expect(Self.find(input) == [expected])
    }

    @Test("ignores numbers that fail prefix, length, Luhn or boundaries", arguments: [
        "card 4111111111111112",
        "v 4111.1111.1111.1111.2 x",     // a fifth dotted group: a version or an id
        "id 4111.1111.111.1111",          // dotted groups of other sizes
        "order 100012345678 shipped",   // 12 digits, not a Maestro prefix
        "id 571613072439 x",            // 12 digits, fails Luhn
        "ref 411111111111 x",           // 12 digits: Visa needs 13+
        "x-request-id: 3eb7312c-180c-43bf-c84e-576129249610",  // a UUID's last group (Maestro-like, Luhn-valid)
        "epoch 1700000000129 order 1700000000000126",
        "id 9000000000000001",
        "run 41111111111111111115",
        "grouped 4111 1111 1111 1111 2222",
        "mixed 4111-1111 1111-1111",
        "double 4111  1111 1111 1111",
        "glued 4111111111111111x",
        "decimal 3.4111111111111111 and 4111111111111111.5",
        "amex length 37828224631000",
        "visa length 411111111111116",
    ] + commonNegatives)
    func negative(_ input: String) {
        #expect(Self.find(input) == [])
    }
}
