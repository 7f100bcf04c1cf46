import Foundation
import Testing
@testable import Veil

/// Minimised fuzz and soak inputs (Fuzz/known) where a token value, a mask or a credential
/// placeholder was cut short or read differently by a second pass.
@Suite("Fuzz regressions: token values, masks and credential placeholders on a second pass")
struct TokenIdempotenceTests {
    // Found while triaging the fuzz-logfmt soak input `token=abc______::7~` (d31cad1): a value
    // under a `*token` key (or after `Bearer`) that goes on past the token charset was cut
    // there, and the rest was written raw next to the fingerprint — `token=123456789:AAH…`, a
    // Telegram bot token, kept its whole secret half.
    @Test("a token value that goes on past the token charset is replaced whole", arguments: [
        ("token=123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw", "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"),
        ("bot_token=123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw x", "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"),
        ("TELEGRAM_TOKEN=123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw", "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"),
        ("Authorization: Bearer abcdefgh1234:SECRETPART", "SECRETPART"),
        ("X-Auth-Token: abcdefgh1234!SECRETPART p", "SECRETPART"),
        ("token=abc______::7~ p", "~ p"),
        ("access_token=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl:SECRETPART x", "SECRETPART"),
    ])
    func tokenValuePastCharset(_ line: String, _ secret: String) {
        let out = FuzzRegressionTests.stable(line)
        #expect(!out.contains(secret), "\(out)")
    }

    @Test("token values still end where a value ends")
    func tokenValueEnds() {
        let out = FuzzRegressionTests.stable("token=abcdef1234567890&user=bob next")
        #expect(out.hasPrefix("token=token~test~") && out.contains("&user=username~test~") && out.hasSuffix(" next"), "\(out)")
        FuzzRegressionTests.expectText("token_type=bearer expires_in=3600", "token_type=bearer expires_in=3600", replaced: false)
        let jwt = FuzzRegressionTests.stable("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl, next")
        #expect(jwt.contains("Bearer [jwt;") && jwt.hasSuffix(", next"), "\(jwt)")
    }

    // fuzz-logfmt soak (d31cad1): `phone=,250$~ 2..$?~ 2.~` — on a second pass the value
    // `phone~test~…..$?~` was first extended over the group ` 2` after it, and then no longer
    // read as the pseudonym with glued bytes.
    @Test("a phone pseudonym with glued bytes takes no group after them")
    func phonePseudonymGluedThenGroup() {
        let once = EngineFixtures.scrub("phone=,250$~ 2..$?~ 2.~ p2.~ 2.e =", format: .logfmt)
        #expect(EngineFixtures.scrub(once, format: .logfmt) == once, "\(once)")
        let mobile = FuzzRegressionTests.stable("phone=+1 415 555 0134(mobile) 2 lines")
        #expect(mobile.contains("(mobile) 2 lines") && !mobile.contains("0134"), "\(mobile)")
    }

    // fuzz-json soak (dbb76d3): `email: "4111 1111 1111 1111"` — the card under an `email` key
    // was masked with its groups (`**** **** **** 1111`), and a second pass did not read that
    // as a mask (the separator before the kept group ended it) and wrote an e-mail pseudonym.
    @Test("a grouped card mask under another key is scrubbed output", arguments: [
        #"email: "4111 1111 1111 1111""#, #"x \"email\":\"3907 1111 1111 1111\", y"#, "email=4111-1111-1111-1111 x",
    ])
    func groupedCardMaskIsOutput(_ line: String) {
        let out = FuzzRegressionTests.stable(line)
        #expect(out.contains("1111") && !out.contains("email~"), "\(out)")
    }

    @Test("a mask followed by a word still ends before it")
    func maskThenWord() {
        let end = Array("**** Total".utf8).withUnsafeBufferPointer { Scrubber.maskedValueEnd($0, at: 0) }
        #expect(end == 4)
    }

    // fuzz-text soak (dbb76d3): `Authorization:"Basic YWthZGRpbjp1 card x` — after `Basic `
    // in a quoted value the first pass replaced the credential word only (the detector ends it
    // at white space); the second read the key's whole value, no longer all Veil output, and
    // redacted it. A placeholder after `Basic `/`Bearer ` followed by white space is now read
    // the way the first pass wrote it.
    @Test("a credential placeholder after Basic/Bearer inside a longer quoted value is stable", arguments: [
        #"Authorization:"Basic YWthZGRpbjp1 card 4hl 65"#,
        #"Authorization: "Basic YWthZGRpbjp1 card""#,
        #"auth="Basic YWthZGRpbjp1 more words""#,
    ])
    func unterminatedAuthorizationValue(_ line: String) {
        let once = FuzzRegressionTests.stable(line)
        #expect(!once.contains("YWthZGRpbjp1") && once.contains("Basic [REDACTED:credential] "), "\(once)")
    }

    // Found with the case above: `Basic <base64>` cut at the first byte outside base64 wrote
    // the rest raw (`Basic dXNlcjpwYXNz:SECRETPART`), as the token values above did.
    @Test("a Basic credential that goes on past base64 is replaced whole", arguments: [
        ("Authorization: Basic YWthZGRpbjp1:SECRETPART", "SECRETPART"),
        ("Authorization: Basic YWthZGRpbjp1!SECRETPART x", "SECRETPART"),
        (#"curl -H "Authorization: Basic YWthZGRpbjp1#SECRETPART""#, "SECRETPART"),
        ("login with Basic dXNlcjpwYXNz:SECRETPART.", "SECRETPART"),
    ])
    func basicCredentialPastBase64(_ line: String, _ secret: String) {
        let out = FuzzRegressionTests.stable(line)
        #expect(!out.contains(secret) && out.contains("[REDACTED:credential]"), "\(out)")
    }

    // Found by hand in stop 18: detectors that scan a value for its end stopped after a fixed
    // number of bytes (1 KiB on command lines, 256 after `password is`, 16 KiB in header and
    // percent-encoded values, the token charset past 16 KiB) and wrote the rest raw.
    @Test("a value longer than a detector's scan is replaced to its end or the line's end", arguments: [
        "mysql -u root -p%@ db", "sshpass -p %@ ssh h", "curl -u bob:%@ http://x", "curl -u %@:pw http://x",
        "tool --db-password %@ x", "docker login -u u -p %@ r", "your password is %@ ok",
        "smbclient //a/b -U bob%%%@", "openssl enc -k %@ -in a", "htpasswd -b f bob %@", "password changed to %@",
        "Authorization: SharedKey acct:%@", "u=https%%3A%%2F%%2Fx%%3Fpassword%%3D%@ x", "token=%@:more x",
    ])
    func longValues(_ template: String) {
        let value = String(repeating: "a1", count: 9000) + "SECRETTAIL"
        let out = FuzzRegressionTests.stable(String(format: template, value))
        #expect(!out.contains("SECRETTAIL") && !out.contains("a1a1a1a1"), "\(out.prefix(200))")
    }

    // fuzz-logfmt soak (stop 18, e5b7913): `phone=Option*&0a::a:on*` — the first pass ended the
    // phone value at `&` (`0a:` starts a pair) and then replaced the IPv6 address `0a::a`, which
    // reaches over that `:`; the second pass did not take `&ip~…:on*` for a separate finding
    // and pseudonymised the whole value again.
    // (Since stop 20 an IPv6 address there starts no pair: the value is replaced whole.)
    @Test("an address's pseudonym after a separator ends the value before a colon")
    func ipPseudonymBeforeColon() {
        for (line, split) in [("phone=Option*&0a::a:on*", false), ("token=abcdef123456&1.2.3.4:x y", true)] {
            let once = EngineFixtures.scrub(line, format: .logfmt)
            #expect(EngineFixtures.scrub(once, format: .logfmt) == once, "\(once)")
            #expect(once.contains("&ip~test~") == split, "\(once)")
        }
    }

    // fuzz-logfmt soak (stop 19, 592096f): `phone=Option*&0a::a=:on*` — the first pass ended the
    // phone value at `&` (`0a:` reads as a key) and replaced the address `0a::a`; the second
    // did not take `&ip~…=` for the start of a pair and pseudonymised the whole value again.
    @Test("first-pass output that begins a pair's key ends the value before it")
    func scrubbedPairKey() {
        for (line, kept) in [("phone=555-2671x&4111-1111-1111-1111:x", "&****-****-****-1111:x"),
                             ("token=abcdef123456&1.2.3.4=x y", "&ip~test~")] {
            let once = EngineFixtures.scrub(line, format: .logfmt)
            #expect(EngineFixtures.scrub(once, format: .logfmt) == once, "\(once)")
            #expect(once.contains(kept), "\(once)")
        }
    }

    // fuzz-text soak (stop 19, 0fbeffc): `Authorization:"Basic YWthZGRpbjp:0b4)05 …` unterminated —
    // the first pass ended the credential at `)` and left the rest; the second read the quoted
    // value to the line's end and redacted all of it. A placeholder after `Basic `/`Bearer `
    // followed by a byte that ends an unquoted value is the whole credential, as on a first pass.
    // fuzz-logfmt soak (same round): `token=2.2._~3____&_::7 p` — the first pass ended the token
    // value at `&` (`_:` reads as a key) and replaced the address `::7`; the second read
    // `&_ip~…` as part of the value.
    @Test("a placeholder before `)` after Basic, and `_` before an address pseudonym after `&`")
    func placeholderBeforeParenAndPunctuationBeforeAddress() {
        let basic = EngineFixtures.scrub(#"x Authorization:"Basic YWthZGRpbjp:0b4-4e10:024)05-01123Z INFO c IN"#, format: .logfmt)
        #expect(basic.contains("Basic [REDACTED:credential])05-01123Z"), "\(basic)")
        #expect(EngineFixtures.scrub(basic, format: .logfmt) == basic, "\(basic)")
        let token = EngineFixtures.scrub("token=2.2._~~~~~3____&_::7 p_x", format: .logfmt)
        #expect(token.contains("&_ip~test~"), "\(token)")
        #expect(EngineFixtures.scrub(token, format: .logfmt) == token, "\(token)")
    }

    // fuzz-text soak (stop 19, 24caf9d): `://0~~----7tnUEN-8310z4@9f4e-8a6b-4@…exampc.leos` — the
    // first pass replaced the e-mail address after the first `@` and left the token-like user-info
    // before it; the second saw one `@` and redacted that user-info.
    @Test("a token-like user-info before an e-mail address in a URL authority")
    func userInfoBeforeEmail() {
        let once = EngineFixtures.scrub(#"ph""one://0~~----7tnUEN-8310z4@9f4e-8a6b-4@9f4e-8a6b-exampc.leos x"#)
        #expect(!once.contains("7tnUEN"), "\(once)")
        #expect(EngineFixtures.scrub(once) == once, "\(once)")
    }

    // fuzz-logfmt soak (stop 20, 9481e07): `phone=Option*&0a::.3` — the first pass ended the
    // value at `&` (`0a:` began a pair), then replaced the address `0a::`; the second saw
    // `&ip~…​.3`, no pair, and replaced the value through it. An IPv6 address where a pair's key
    // would start (`key:`) starts no pair: the value runs on, replaced whole on both passes.
    @Test("an IPv6 address after a separator starts no pair inside a value", arguments: [
        "phone=Option*&0a::.3", "x phone=Option*&0a::..A}thor- te", "x phone=Option*&0a::a=:on*", "token=abcdef123456&fe80::1.x y",
    ])
    func addressIsNoPairKey(_ line: String) {
        let once = EngineFixtures.scrub(line, format: .logfmt)
        #expect(EngineFixtures.scrub(once, format: .logfmt) == once, "\(once)")
        #expect(!once.contains("ip~test~") && !once.contains("Option"), "\(once)")
    }
}
