import Foundation
import Testing
@testable import Veil

/// Minimised fuzz and soak inputs (Fuzz/known, stops 24–25) where a value that a first pass
/// ended early — in an SQL statement, after a parenthesis, after a credential — was read as a
/// new finding by a second pass.
@Suite("Fuzz regressions: statements, parenthesised values and credentials on a second pass")
struct SecondPassValueTests {
    // fuzz-json (stop 24 pre-soak run on f929bc7, AddressSanitizer): a house number and `ter `
    // (`26 ter rue …`) at the very end of the line — the street-address detector read one byte
    // past the line. In a debug build the read traps; in release it read out of bounds.
    @Test("a house number with bis/ter at the end of a line reads nothing past it")
    func streetNumberBisTerAtLineEnd() {
        for line in [#"addr "26 ter "#, "at 12 bis ", #"{"a":"26 ter "}"#] {
            for once in FuzzRegressionTests.stableAsLogfmtAndText(line) { #expect(once.contains("ter ") || once.contains("bis "), "\(once)") }
        }
        #expect(!EngineFixtures.scrub("lives at 26 bis rue de la Paix", format: .text).contains("de la Paix"))
    }

    // fuzz-json (stop 24 soak on 5f8dd4b, at about 14 CPU-minutes): a cookie value that only
    // partly overlaps a placeholder (`session=ab=[REf=[REDACTED:*ecret] htt`) was dropped whole;
    // key context then took it up to the placeholder's `]`, and on the second pass the cookie
    // value (`token~… htt`) ran to the end of the line.
    @Test("a cookie value that partly overlaps a placeholder keeps its parts outside it")
    func cookieValuePartlyOverPlaceholder() {
        for (line, raw) in [("Cookie: session=ab=[REf=[REDACTED:*ecret] htt", "htt"), ("Cookie: a=[REDACTED:secret] b9x; sid=zzz", "b9x"),
                            (#"x "auth =[Rt-Cookie: session=8f8e7d6c5b4a3=[REf8e7d6c5b4a3=[REDACTED:*ecret] htt"#, "htt")] {
            for once in FuzzRegressionTests.stableAsLogfmtAndText(line) { #expect(!once.contains(raw), "\(once)") }
        }
        // A summary in the header stays as it is; the next cookie is still replaced.
        let summary = "Cookie: sid=[jwt;alg=HS256;fp=jwt~test~abcdefghijklmnop]; other=1"
        let once = EngineFixtures.scrub(summary, format: .text)
        #expect(once.hasPrefix("Cookie: sid=[jwt;alg=HS256;fp=jwt~test~abcdefghijklmnop]; other=cookie~"), "\(once)")
    }

    // fuzz-text (stop 24 soak on 5f8dd4b): an INSERT row whose value count differs from the
    // column count is taken whole, and parsing stopped there; later rows were left to the
    // detectors. On a second pass the row was one placeholder (a matching count), and the
    // next row was parsed and taken whole.
    @Test("INSERT rows after a row whose value count differs are still parsed as rows")
    func sqlInsertRowsAfterMismatchedRow() {
        for line in ["INSERT INTO users (password) VALUES ('a', 'b'), ('y@example.com',}}} 'Yan Li', NULL)",
                     "INSERT INTO `users` (`emaipassword`) VALUES ('x@example.com', 'O''Brien, Pat', 'pw123456'), ('y@example.com',}}} 4890689347301603 }}} 'Yan Li', NULL)"] {
            for once in FuzzRegressionTests.stableAsLogfmtAndText(line) { #expect(!once.contains("Yan") && !once.contains("example.com"), "\(once)") }
        }
        // Rows that match keep their per-column rules after a row that does not.
        let once = EngineFixtures.scrub("INSERT INTO users (email, password) VALUES ('a@example.com'), ('b@example.com', 'pw1')", format: .text)
        #expect(once.contains("), ('email~test~") && once.hasSuffix("', '[REDACTED:secret]')"), "\(once)")
    }

    // fuzz-json (stop 24 confirmation run on 375c4e6): a parenthesised key-context value
    // ended at its `)`, and only letters, digits, `_` and `-` glued after it joined the value.
    // `email: (a.)@example.org` kept `@example.org`; on a second pass the pseudonym plus
    // `@example.org` read as an address and was replaced again.
    @Test("Bytes glued after a parenthesised value are part of the value")
    func gluedAfterParenthesisedValue() {
        for line in [#"x "em-ail": (a.)@example.or y"#, "email: (a.)@example.org", "user: (admin):x logged in", "name=(a)=b c"] {
            for once in FuzzRegressionTests.stableAsLogfmtAndText(line) { #expect(!once.contains("example.or") && !once.contains("admin") && !once.contains("=b"), "\(once)") }
        }
        // White space and separators still end it.
        let once = EngineFixtures.scrub("coords=(51.5074, -0.1278), status=200", format: .text)
        #expect(once.hasSuffix(", status=200"), "\(once)")
    }

    // fuzz-text (stop 25 soak on 9eeca25): a card whose last group is shorter than four digits
    // is masked with its kept digits on both sides of a separator (`**** **** ***1 003`). A
    // second pass took only `1` as the mask's tail, and `003 2046023044` after it read as a
    // phone number with a `00` prefix.
    @Test("The kept digits of a masked card on both sides of a separator are scrubbed output")
    func maskedCardShortLastGroup() {
        for line in ["card 3705 0044 0531 003 2046023044 ok", "x **** **** ***1 003 2046023044", #"123e*":3705 0044 0531 003 2046023044 0e*""#] {
            for once in FuzzRegressionTests.stableAsLogfmtAndText(line) { #expect(once.contains("***1 003 2046023044"), "\(once)") }
        }
        // Kept digits are four at most: a fifth digit after the separator is not the mask's.
        let once = EngineFixtures.scrub("x **** ***1 00312 y", format: .text)
        #expect(once == "x **** ***1 00312 y", "\(once)")
    }

    // fuzz-text (stop 25 soak on afc2f69): a quoted column name longer than 128 bytes ended the
    // `INSERT` parse; the e-mail address inside it was replaced by a shorter pseudonym, so on a
    // second pass the name fitted, the statement was parsed and its unterminated row taken whole.
    @Test("A long quoted column name does not decide whether an INSERT is parsed")
    func sqlInsertLongQuotedColumnName() {
        let long = "`password" + String(repeating: "S", count: 60) + " pvfbxby.oghc0@m1hhi.example.com " + String(repeating: "S", count: 70) + "`"
        for line in ["INSERT INTO `users`~(`email`, `name`, \(long)) VALUES ('x@example.com', 'O'",
                     "INSERT INTO `users` (`email`, `name`, \(long)) VALUES ('x@example.com', 'Olga Ivanova', 'pw')"] {
            for once in FuzzRegressionTests.stableAsLogfmtAndText(line) { #expect(!once.contains("example.com") && !once.contains("'O") && !once.contains("Olga"), "\(once)") }
        }
        // A quote that never closes ends the parse; the line is still scanned by the detectors.
        let once = EngineFixtures.scrub("INSERT INTO `t (a) VALUES ('x'), contact a@example.com", format: .text)
        #expect(once.hasPrefix("INSERT INTO `t (a) VALUES ('x'), contact email~test~"), "\(once)")
    }

    // fuzz-text (stop 25 soak on afc2f69): the Basic detector leaves sentence-final dots after a
    // credential (`Basic YWth99999Y5aOs.,..` ends at `,`). Key context leaves a scrubbed
    // credential alone only when an unquoted value ends right after it, so on a second pass
    // `[REDACTED:credential]..` and the rest of the unterminated quoted value became a secret.
    @Test("Dots after a scrubbed Basic or Bearer credential end it on a second pass too")
    func dotsAfterScrubbedCredential() {
        for line in [#"Authorization:"Basic YWth99999\Y5aOs.,.. YWthZGRp"#, #"Authorization:"Basic YWth99999Y5aOs.,.. more"#,
                     #"Authorization:"Bearer abcdefghijklmnop123.,.. more"#] {
            for once in FuzzRegressionTests.stableAsLogfmtAndText(line) { #expect(!once.contains("YWth99999") && !once.contains("abcdefghijklmnop123"), "\(once)") }
        }
    }

    // fuzz-json (stop 25 soak on b7ecf90): `password for_x{"token:.7rs:` — the prose password
    // token ended with `:`, so it was no password, and key context took `.7rs:`; on a second
    // pass the token ended in that pseudonym and read as a password.
    @Test("A prose password token that starts or ends in a pseudonym is no password on a second pass")
    func prosePasswordTokenEndingInPseudonym() {
        for line in [#"sshd[2211]: Failed password for_________S____________Double{{"token:.7rs:"#, #"Failed password for_x{"token:.7rs:"#] {
            for once in FuzzRegressionTests.stableAsLogfmtAndText(line) { #expect(!once.contains(".7rs"), "\(once)") }
        }
        // fuzz-text (stop 25 soak on 27390ab): the phone number took the token's start.
        for once in FuzzRegressionTests.stableAsLogfmtAndText(#"ufr[2212]: Failed password f:"+44 20 7946 095.,09"#) { #expect(!once.contains("7946"), "\(once)") }
        // A prose password token is still replaced.
        #expect(EngineFixtures.scrub("login with user admin and password Adm1n!x", format: .text).hasSuffix("password [REDACTED:secret]"))
    }

    // fuzz-text (stop 25 soak on b7ecf90): an HL7 PID field `Bearer token~…'''`. The Bearer
    // detector took the credential up to the quotes and the rest was scanned as text; on a
    // second pass it took the pseudonym as a new credential (it skipped pseudonyms only after
    // `+`), and the unterminated quoted value `"Bearer token~…'''` became a secret whole.
    @Test("A pseudonym after Bearer ends the credential on a second pass")
    func bearerPseudonymInPositionalAndQuotedValues() {
        for line in ["11,-n: Bearer PID|4||Bearer token~test~t3syp3ow67qv2''' (0", "PID|4||Bearer abcdefghijklmnop''' (0",
                     #"Authorization: "Bearer abc123def456ghi789''' (0"#, #"Authorization: "Bearer abc123def456ghi789 rest"#] {
            for once in FuzzRegressionTests.stableAsLogfmtAndText(line) { #expect(!once.contains("abc123def456ghi789") && !once.contains("t3syp3ow67qv2"), "\(once)") }
        }
    }

    // fuzz-logfmt (stop 25 soak on 8fd14c4): `password for 132.1.2.1.ah` — no user (the word
    // starts with a digit); the IPv4 detector took the address and left `.ah`. On a second pass
    // `ip~k~….ah` started with a letter and read as the user.
    @Test("A user run that starts with a pseudonym and goes on is no user")
    func authUserStartingWithPseudonym() {
        for line in ["ed password for 132.1.2.1.ah", "Failed password for 10.0.0.7.local"] {
            for once in FuzzRegressionTests.stableAsLogfmtAndText(line) { #expect(once.contains("ip~test~") && !once.contains("username~"), "\(once)") }
        }
        // A user name is still found.
        #expect(EngineFixtures.scrub("Invalid password for jdoe", format: .text).hasPrefix("Invalid password for username~test~"))
    }

    // CI fuzz-json (stop 25, deaf8d3, report only): `"x-auth-token":"abcde&ghijklmpn eyJ… o"`.
    // The Bearer detector's key form took the value's first word (`&` made it no prose word) and
    // the rest was scanned as text; on a second pass key context took the pseudonym and the rest
    // as one value. A quoted value with white space is now the credential up to its quote.
    @Test("A quoted value after a token key is one credential up to its closing quote")
    func quotedTokenValueWithSpaces() {
        for line in [#"{"msg":"x","x-auth-token":"abcde&ghijklmpn more"}"#, #"access_token="ya29.abc def" next=1"#, #""x-auth-token":"abcde&ghijklmpn more"#] {
            for once in FuzzRegressionTests.stableAsLogfmtAndText(line) { #expect(!once.contains("abcde") && !once.contains("ya29") && !once.contains("more") && !once.contains(" def"), "\(once)") }
        }
        #expect(EngineFixtures.scrub(#"access_token="ya29.abc def" next=1"#, format: .text).hasSuffix(#"" next=1"#))
    }

    // Text soak (stop 26, fe54c08, Fuzz/known/text-fixed-idempotence-pseudonym-value-before-address-key):
    // `token=abc,4hdlt__::7~` — `4hdlt__:` began the next pair, so the value ended at `,`, and `::7`
    // became an address pseudonym; a second pass saw `,4hdlt__ip~…~`, no pair, and took the value's
    // pseudonym and the rest as one value.
    @Test("a value that is one pseudonym, placeholder or mask up to a separator ends there", arguments: [
        "token=1&2._~~~~~6____,4hdlt__::7~ p",
        "token=abc,4hdlt__::7~ p",
        "password=abc;4hdlt__::7~ p",
        "api_key=abc|x-y.::7~ p",
    ])
    func scrubbedValueBeforeSeparator(_ line: String) {
        for once in FuzzRegressionTests.stableAsLogfmtAndText(line) { #expect(!once.contains("abc"), "\(once)") }
    }

    // Text soak (stop 26, 6591911): after spoken context, a number followed by a space and more
    // digit groups (`call me at 23 123 10 073 952-341-7850x2551`) is one run too long for a
    // number; once the second phone was a pseudonym, a second pass found the first.
    @Test("a number before a phone or address pseudonym is read as the run it was", arguments: [
        "call me at 23 123 10 073 952-341-7850x2551",
        "FO sms sent to (717Set4) 1960003 ok; call me at 33 123 10 075 952-341-7850x2551",
        "call me at 23 123 10 073 192.168.10.1",
    ])
    func numberBeforeReplacedNumber(_ line: String) {
        for once in FuzzRegressionTests.stableAsLogfmtAndText(line) { #expect(!once.contains("341-7850"), "\(once)") }
    }

    // Text soak (stop 26, 6591911): an HL7 field at the segment's end kept its trailing space
    // (`PID|3|…|Bearer `); the first pass's pseudonym and the space were a new value on a second pass.
    @Test("white space before an HL7 segment's end is no part of the field")
    func hl7TrailingSpace() {
        for line in ["PID|3|?email=kate%40exampl|Bearer ", "x \"GET /u PID|3|abc|x \t"] {
            for once in FuzzRegressionTests.stableAsLogfmtAndText(line) { #expect(!once.contains("abc") && !once.contains("kate"), "\(once)") }
        }
    }

    // Text soak (stop 26, 6591911): `token='2.2._~~~~~3____{"t__::s7` — the Bearer detector's key form
    // ended an unterminated quoted value at `{`; a second pass's key context read it to the line's
    // end and replaced the pseudonym with the rest.
    @Test("an unterminated quoted value after a token key runs to the end of the line")
    func unterminatedQuotedToken() {
        for line in [#"token='2.2._~~~~~3____{"t__::s7"#, "x token='abc{def ghi", #"{"token":"abc{def"#] {
            for once in FuzzRegressionTests.stableAsLogfmtAndText(line) { #expect(!once.contains("abc") && !once.contains("def") && !once.contains("t__"), "\(once)") }
        }
    }

    // Logfmt soak (stop 26, b74b09e): `auth =[Rt-Co a@b.example.com okie: session=8f…=[REf…] htt` — an
    // inner `[` made the bracketed value no value on a first pass (scanned as text); once the cookie
    // value with its `[` was a pseudonym, the second pass read a bracketed secret.
    // Text soak (same run): `birthday: 12 AprilÉlodie Torres-Chevallier` — `April` was taken as the
    // month though the word goes on in `É`; `Élodie …` glued to the placeholder was a name on a
    // second pass.
    @Test("a bracketed value ends at its first `]`, and a month name is a whole word", arguments: [
        ("2, \"m#2:\"auth =[Rt-Co p3nd4f4.gzci2@mdl9l.example.com okie: session=8f8e7d6c5b4q3=[REf8e7d6c5b4aDictionaTED:*ecret] htt", "Rt-Co"),
        ("password=[ab cd [x] e", "ab cd"),
        ("name=O'Brien birthday: 12 April\u{C9}lodie Torres-Chevallier, Samu Vigil Tamarit", "birthday: 12"),
    ])
    func bracketAndMonthBoundaries(_ line: String, _ secret: String) {
        for once in FuzzRegressionTests.stableAsLogfmtAndText(line) { #expect(!once.contains(secret), "\(once)") }
    }

    // Logfmt soak (stop 27, ee49e41): `pan=***&*******rrrr…rrr'rrr*******42&…` — the value ended at
    // the apostrophe after a long word; once masked, the word before it was the mask's last four
    // characters after `*`, a short word, so a second pass read on past the apostrophe.
    @Test("an apostrophe after a mask's last characters ends the value on both passes")
    func apostropheAfterMask() {
        let line = "3 pan=***&*******" + String(repeating: "r", count: 40) + "'rrr*******42&**********`**::3 pan=***&***********--s"
        for once in FuzzRegressionTests.stableAsLogfmtAndText(line) { #expect(!once.contains("rrrrrrrrrr"), "\(once)") }
        FuzzRegressionTests.expectText("name=O'Brien ok", "Brien", replaced: true)
    }
}
