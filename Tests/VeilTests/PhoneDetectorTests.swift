import Testing
@testable import Veil

@Suite("PhoneDetector") struct PhoneDetectorTests {
    static func find(_ s: String) -> [String] { findAll(s, trigger: Trigger.phone, PhoneDetector.match) }

    @Test("finds phone numbers", arguments: [
        ("call +1 (415) 555-2671 now", "+1 (415) 555-2671"),
        ("tel=+44 20 7946 0958", "+44 20 7946 0958"),
        // National numbers with the trunk prefix and area code in parentheses.
        ("office (020) 7946 0958", "(020) 7946 0958"),
        ("x (030) 901820 y", "(030) 901820"),
        // Brazilian: area code in parentheses, mobile 9XXXX-XXXX or fixed XXXX-XXXX.
        ("celular (11) 91234-5678 ok", "(11) 91234-5678"),
        ("fixo (21)2345-6789.", "(21)2345-6789"),
        // A country code in parentheses.
        ("contact (+44) 20 7946 0958 today", "(+44) 20 7946 0958"),
        ("call (+49)30-901820.", "(+49)30-901820"),
        ("(0151) 1234567", "(0151) 1234567"),
        ("tel (02) 9876 5432.", "(02) 9876 5432"),
        ("(011) 4321-1234", "(011) 4321-1234"),
        (#"{"phone":"+491711234567"}"#, "+491711234567"),
        ("mobile: +33 6 12 34 56 78.", "+33 6 12 34 56 78"),
        ("uk +44 (0)20 7946 0958", "+44 (0)20 7946 0958"),
        ("+1-415-555-2671, ok", "+1-415-555-2671"),
        ("+1.415.555.2671", "+1.415.555.2671"),
        ("tel:+4930123456", "+4930123456"),
        // A compact number that starts a file name, joined to the rest by `_`.
        ("uploaded s3://recordings/2024/06/03/+447700900456_2024-06-03T09-15-00.wav", "+447700900456"),
        ("voicemail /var/spool/vm/+14155550123_0001.mp3", "+14155550123"),
        ("(415) 555-2671", "(415) 555-2671"),
        ("(415)555-2671", "(415)555-2671"),
        ("phone: 415-555-2671.", "415-555-2671"),
        ("phone=415.555.2671&x", "415.555.2671"),
        ("cell 415 555 2671;", "415 555 2671"),
        ("toll free 1-800-555-0199", "1-800-555-0199"),
        ("us 1 (415) 555-2671", "1 (415) 555-2671"),
        ("berlin 030 1234 5678", "030 1234 5678"),
        ("paris 06 12 34 56 78", "06 12 34 56 78"),
        ("london 020 7946 0958", "020 7946 0958"),
        ("fr=06.12.34.56.78", "06.12.34.56.78"),
        ("nl 020-123-4567", "020-123-4567"),
        ("be 0470 12 34 56", "0470 12 34 56"),
        ("be 02 123 45 67", "02 123 45 67"),
        ("from abroad 0044 20 7946 0958 ok", "0044 20 7946 0958"),
        ("us 001-415-555-2671", "001-415-555-2671"),
        ("de 0049 171 1234567", "0049 171 1234567"),
        ("Sending SMS to 07700 900123 via twilio", "07700 900123"),
        ("landline 01632 960123, ext", "01632 960123"),
        // SIP and Asterisk: a compact number before an `@` that starts no e-mail address.
        ("Registration from '\"Steve\" <sip:+14155552671@203.0.113.77>' failed", "+14155552671"),
        ("-- Executing [+14155552671@from-trunk:1] Dial(\"SIP/trunk-0001\")", "+14155552671"),
    ])
    func positive(_ input: String, _ expected: String) {
        #expect(Self.find(input) == [expected])
    }

    @Test("ignores numbers that are not phones", arguments: [
        "order 1234567890 and 14155552671",
        "delta (+12) 345 and (+1) 12345 and (+44) 20 7946 0958123456",
        "took (0) 12345 ms, (01) 12, id (0123) 4567 8901 2345, (00) 1234 5678",
        "zero-padded id 004412345678 and 00:00:12 and hex 00 12 34 56 78",
        "epoch 1700000000 1700000000123",
        "(11) 1234-5678 (10) 91234-5678 (11) 91234-56789 (12) 2024-05 (11) 81234-5678",
        "date 2024-01-15 and 15/01/2024 and 01-15-2024 and 15.01.2024",
        "time 10:30:45.123",
        "ip 192.168.100.200 and 10.415.555.2671",
        "took 1234 ms on port 8080",
        "range 100-200 and 100-200-300",
        "compact 240115 103045 and 20240115103045",
        "status 200 5123",
        "id 0123456789",
        "+0 123 456 789",
        "short +1234567",
        "long +1234567890123456",
        "file +1234567890123456_a.wav and +123456789_b.wav and +1 415 555 2671_c",
        "timezone +05:30 and +0100",
        "sum 2+2=4",
        "415-555-2671-99",
        "415-555.2671",
        "12 415 555 2671",
        "411-555-2671 and 415-911-2671",
        "00 1234 5678 and 0049 30 1234",
        "06 12 34",
        "dump 06 12 34 56 78 9a",
        "06 12 34 56 78 90",
        "v2.415.555.26710",
        "+1 415 555 2671x",
        "07700 9001234 and 07700 90012 and 7700 900123 and 07700-900123",
        "ids 12 07700 900123",
    ] + commonNegatives)
    func negative(_ input: String) {
        #expect(Self.find(input) == [])
    }

    @Test("a number before an e-mail domain is the address's, a grouped one before `@` none", arguments: [
        "sip:+442071838750@sip.example.com",
        "+1 415 555 2671@host",
        "+1 (415) 5552671@host",
    ])
    func beforeAt(_ input: String) {
        #expect(Self.find(input) == [])
    }

    @Test("a URL-encoded `+` (`%2B`) starts a compact number", arguments: [
        ("From=whatsapp%3A%2B14155552671 To=%2B14155552672&Body=hi", ["%2B14155552671", "%2B14155552672"]),
        ("?to=%2b442071838750", ["%2b442071838750"]),
        ("ref%2B14155552671 and %2B14155552671x and %2B0123456789 and %2B1234567 and %2B14155552671.5", []),
    ])
    func percentEncoded(_ input: String, _ expected: [String]) {
        let found = Array(input.utf8).withUnsafeBufferPointer { b in
            b.indices.compactMap { PhoneDetector.percentEncoded(b, at: $0) }.map { String(decoding: b[$0], as: UTF8.self) }
        }
        #expect(found == expected)
    }

    @Test("`%2B…` and `+…` give the same pseudonym, and a second pass changes nothing")
    func percentEncodedLinks() {
        let a = EngineFixtures.scrub("From=%2B14155552671&To=x")
        let b = EngineFixtures.scrub("From=+14155552671&To=x")
        #expect(a == b && a.contains("phone~test~"), "\(a) \(b)")
        #expect(EngineFixtures.scrub(a) == a)
    }

    @Test("an extension glued to a number is part of it", arguments: [
        ("call back 952-341-7850x2551 today", "2551"),
        ("contact (322)843-9332x8367", "8367"),
        ("customer 387.978.9328x792 called", "792"),
        ("dial 001-875-379-3834x70174", "70174"),
        ("phone: +1-415-555-2671 ext. 204", "204"),
    ])
    func extensions(_ v: (line: String, rest: String)) {
        let out = FuzzRegressionTests.stable(v.line)
        #expect(!out.contains(v.rest) && out.contains("phone~test~"), "\(out)")
    }

    @Test("the 00 call prefix and + give the same pseudonym")
    func zeroZeroPrefixLinks() {
        let a = EngineFixtures.scrub("tel 0044 20 7946 0958")
        let b = EngineFixtures.scrub("tel +44 20 7946 0958")
        #expect(a == b && a.contains("phone~test~"), "\(a) \(b)")
    }
}

@Suite("PhoneDetector: spoken context") struct PhoneSpokenContextTests {
    static func scrub(_ line: String) -> String { EngineFixtures.scrub(line) }

    @Test("after sms/call/callback/mobile/fax, bare 10-digit and N11/N00-exchange numbers are phones", arguments: [
        ("notify[3]: sms to 5569169187 for a@example.com sent", "5569169187"),
        ("notify[3]: sms to 715.511.2469 for x", "715.511.2469"),
        ("billing: callback 4625736897 ssn 527-08-2695", "4625736897"),
        ("Caller: 14155550100.", "14155550100"),
        ("fax 415 900 1234 ok", "415 900 1234"),
        ("dialing 1-415-511-0000 now", "1-415-511-0000"),
        ("billing: callback (300)635-9602 ssn", "(300)635-9602"),
        ("sms to (511) 728-2261 for x", "728-2261"),
        // National numbers of other countries and filler words (stop 21, from Faker's locales).
        ("INFO sms sent to (0114) 4960003 ok", "4960003"),
        ("INFO sms sent to 0115 4960133 ok", "4960133"),
        ("INFO sms sent to 07938347017 ok", "07938347017"),
        ("SMS sent to 537 468 145 ok", "468 145"),
        ("call me at 32 123 10 07", "123 10 07"),
        ("phone number is (03).7288.7791", "7288.7791"),
        ("mobile no.: 05626 32154", "32154"),
        ("sms to 55691691870 for x", "55691691870"),
        // After a word for a phone in Chinese, Japanese or Korean (stop 30).
        ("用户 张伟 登录成功, 手机 13812345678", "13812345678"),
        ("전화 01012345678 ok", "01012345678"),
        ("phone 1234.5678.90", "1234.5678.90"),
        ("sms sent to 1 (646) 111-3930 ok", "111-3930"),
        ("sms sent to 887-789-3287 x921 ok", "x921"),
        ("Kunde Telefon 030 12345679, Mobil 0151 23456789", "23456789"),
        ("contact 555 123 4567 for details", "123 4567"),
        // Eight digits alone (stop 22: Danish, Norwegian, Singaporean numbers).
        ("SMS sent to 74091929 ok", "74091929"),
        // Spanish context (stop 23): `teléfono` with its accent, `móvil` written without, `a` between.
        ("Cliente actualizó su teléfono a 612 345 678", "345 678"),
        ("movil 612345678 ok", "612345678"),
        // A six-digit first group, a `/` after a German area code, a Russian trunk `8`, a WhatsApp link (stop 33).
        ("calling 098765 43210 now", "43210"),
        ("phone 030/901820", "901820"),
        ("Handy 0171/1234567 ok", "1234567"),
        ("call 8 (912) 345-67-89", "345-67-89"),
        ("open https://wa.me/447700900123?text=hi", "447700900123"),
        // German, Spanish, Italian, Dutch and Portuguese words that say a number follows (stop 34).
        ("Kunde erreichbar unter 0151 23456789", "23456789"),
        ("Rückruf unter 030 12345678", "12345678"),
        ("Llamar al 612 34 56 78", "612 34 56 78"),
        ("chiamare il 347 123 4567", "347 123 4567"),
        ("Bel terug op 06-12345678", "06-12345678"),
        ("ligar para 912 345 678", "912 345 678"),
    ])
    func found(_ v: (line: String, phone: String)) {
        let out = Self.scrub(v.line)
        #expect(!out.contains(v.phone), "\(out)")
        #expect(out.contains("phone~test~"), "\(out)")
    }

    @Test("without those words, or with other shapes, nothing changes", arguments: [
        "call id 1234567890",
        "order 12345 on 2024 le 1024 2048", "unter 1000 2000 Einträge",
        "retry call 2 of 1234567890",
        "order 5569169187 shipped",
        "call 3 failed after 12 s",
        "code (300)635-9602",
        "API call 20 of 100 took 1234 ms",
        "sent to queue 12345678 ok",
        "phone is 12 34 56",
        "call 1 2 3 4 5 6 7",
        "message 12 of 3456789",
        "contact 3 servers in 12 34 56",
        "sms sent to 20261130 (a date, not a number)",
        "call 030/12", "call 12/2024 ok", "see /api/v2/items/12345678", "path wa.me/1234567",
        "call 9 (912) 345-67-89 ok",
    ])
    func kept(_ line: String) {
        #expect(Self.scrub(line) == line)
    }
}
