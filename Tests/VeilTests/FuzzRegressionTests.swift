import Foundation
import Testing
@testable import Veil

/// Minimised inputs from the libFuzzer targets (Fuzz/) and the differential leak check
/// (Tests/leakcheck). Each is a leak or invariant violation that was found, then fixed
/// or — `withKnownIssue` — reported and tracked in docs/limits.md.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static func scrub(_ line: String) -> String { EngineFixtures.scrub(line) }

    /// Scrubs `line` and checks that a second pass changes nothing; returns the first output.
    static func stable(_ line: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
        let once = scrub(line)
        #expect(scrub(once) == once, "not idempotent: \(once)", sourceLocation: sourceLocation)
        return once
    }

    /// Scrubs `line` (idempotence checked) and expects `text` replaced or kept; returns the output.
    @discardableResult
    static func expectText(_ line: String, _ text: String, replaced: Bool, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
        let once = stable(line, sourceLocation: sourceLocation)
        #expect(once.contains(text) != replaced, "\(once)", sourceLocation: sourceLocation)
        return once
    }

    // fuzz-text: text between cookie pairs that is no cookie-name token was copied raw
    // (names are kept, and the scanner skips the whole header).
    @Test("cookie names and segments that are not tokens are not kept raw", arguments: [
        ("Cookie: ses 4288515214945703 sion=abc123def456; theme=dark", "4288515214945703"),
        ("Cookie: a 4202410558565841  b=abc123def456", "4202410558565841"),
        ("Cookie: a=b;  4034124732463732 c d=e", "4034124732463732"),
        ("Set-Cookie: x 4764548384695744  y=1; Path=/", "4764548384695744"),
        ("Cookie: a=b; jane.doe@example.com", "jane.doe@example.com"),
        ("Cookie: sessi\u{0}\u{0} jane.doe@example.com \u{0}n=abc123def456", "jane.doe@example.com"),
        ("Cookie: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJlbWFpbCI6ImphbmVAZXhhbXBsZS5jb20ifQ.c2lnbmF0dXJlc2ln  ", "c2lnbmF0dXJlc2ln"),
        ("Cookie: theme=dark; 8f14e45fceea167a5a36dedd4bea2543", "8f14e45fceea167a5a36dedd4bea2543"),
        ("Cookie: a=\"b\" eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJlbWFpbCI6ImphbmVAZXhhbXBsZS5jb20ifQ.c2lnbmF0dXJlc2ln x; c=d", "c2lnbmF0dXJlc2ln"),
        (#"{"m":"x","cookie":kie":"a="b,"ino&:"%=b" eyJhbGciOiJIUzI1NiJ9.eyJlbWFpbCI6ImphbmVAZXhhbXBsZS5jb20ifQ.c2lnbmF0dXJlc2ln ,"#, "c2lnbmF0dXJlc2ln"),
    ])
    func cookieNames(_ line: String, _ secret: String) {
        let out = Self.scrub(line)
        #expect(!out.contains(secret), "\(out)")
        #expect(Self.scrub(out) == out)
    }

    @Test("token-shaped cookie names and flags stay")
    func cookieNamesKept() {
        #expect(Self.scrub("Set-Cookie: sid=31d4d96e407aad42; Path=/; HttpOnly").hasSuffix("; Path=/; HttpOnly"))
        #expect(Self.scrub("Cookie: theme=dark; flag").hasPrefix("Cookie: theme="))
        #expect(Self.scrub("Cookie: theme=dark; flag").hasSuffix("; flag"))
    }

    // ResourceBoundsEngineTests / leak probe: a bearer token longer than the 16 KiB scan cap
    // was cut at the cap — the rest written raw; a long JWT lost its second dot and was
    // fingerprinted as opaque with payload and signature left in the line.
    @Test("bearer values longer than 16 KiB are replaced whole")
    func longBearer() {
        let opaque = String(repeating: "a", count: 20_000) + "Zq9"
        for line in ["Bearer \(opaque) end", "Authorization: Bearer \(opaque)", "GET /cb?access_token=\(opaque)&x=1"] {
            let out = Self.scrub(line)
            #expect(!out.contains("Zq9") && !out.contains("aaaaaaaa"), "\(out.prefix(120))")
        }
        let payload = Base64URL.encode(Array(#"{"email":"jane@example.com","pad":"\#(String(repeating: "p", count: 20_000))"}"#.utf8))
        let jwt = Base64URL.encode(Array(#"{"alg":"HS256","typ":"JWT"}"#.utf8)) + "." + payload + ".c2lnbmF0dXJlLWJ5dGVzc2lnbmF0dXJl"
        for line in ["Authorization: Bearer \(jwt)", "GET /cb?access_token=\(jwt)&x=1", "Bearer \(jwt) ok"] {
            let out = Self.scrub(line)
            #expect(!out.contains("c2lnbmF0dXJl") && !out.contains("cHBwcHBw") && !out.contains("jane@example.com"), "\(out.prefix(160))")
            #expect(out.count < 400, "\(out.prefix(160))")
        }
    }

    // fuzz-text: `Basic` stopped at the first `.`: `[REDACTED:credential].<payload>.<signature>`.
    @Test("a JWT or dotted token after Basic is not cut at the first dot", arguments: [
        "> Authorization: Basic  eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJlbWFpbCI6ImphbmVAZXhhbXBsZS5jb20ifQ.c2lnbmF0dXJlc2ln",
        "auth Basic eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJlbWFpbCI6ImphbmVAZXhhbXBsZS5jb20ifQ.c2lnbmF0dXJlc2ln ok",
        "Authorization: Basic YWxhZGRpbjpvcGVu.c2lnbmF0dXJlc2ln",
    ])
    func basicDotted(_ line: String) {
        let out = Self.scrub(line)
        #expect(!out.contains("c2lnbmF0dXJlc2ln") && !out.contains("eyJlbWFpbCI6"), "\(out)")
        #expect(Self.scrub(out) == out)
    }

    // leakcheck (over-redaction): UUID groups of digits read as a European phone number.
    @Test("UUIDs with all-digit groups are kept", arguments: [
        "req e722a98f-0448-4902-8504-b020cf865a81 status 500",
        #"{"uid": "16ad911b-0783-4054-8050-ef4ce99203dc"}"#,
        "req 1fd8fb6b-0340-4803-8785-b5ef00b5cf76 ok",
    ])
    func uuidNotPhone(_ line: String) {
        #expect(Self.scrub(line) == line)
    }

    // leakcheck: a secret value that starts with a delimiter (`&`, `)`) was read as empty.
    @Test("secret values that start with a delimiter", arguments: [
        ("INFO config loaded: user=admin password=&$0UCN^_n&&B5f timeout=48ms", "&$0UCN^_n&&B5f"),
        ("INFO config loaded: user=admin password=)o4W_d4w#rt timeout=2.955s", "o4W_d4w#rt"),
        ("secret=;abc123XYZ next", "abc123XYZ"),
    ])
    func delimiterStart(_ line: String, _ secret: String) {
        let out = Self.scrub(line)
        #expect(!out.contains(secret), "\(out)")
        #expect(out.contains("timeout=") || out.hasSuffix(" next") || !line.contains("timeout"), "\(out)")
        #expect(Self.scrub(out) == out)
    }

    // fuzz-text / fuzz-json, idempotence: the kept tail of a masked card (`************0606`)
    // and a key's masked value are recognised as already scrubbed on a second pass.
    @Test("masked cards are stable under a second pass", arguments: [
        ("card 4112 1111  4005598490210606 1111 1111 iban", InputFormat.text),
        (#"{"event":"signup","password": 4712022153429738 "x"}"#, InputFormat.json),
        ("charge **** **** **** 1111 then 5555-5555-5555-4444 ok", InputFormat.text),
    ])
    func maskedCardIdempotence(_ line: String, _ format: InputFormat) {
        let once = EngineFixtures.scrub(line, format: format)
        #expect(!once.contains("4005598490210606") && !once.contains("4712022153429738") && !once.contains("5555-5555-5555-4444"))
        #expect(EngineFixtures.scrub(once, format: format) == once)
    }

    // fuzz-logfmt, idempotence: a phone number that "continued into more digits" (a card,
    // masked on the first pass) was found as a phone on the second.
    @Test("a phone next to a masked card is stable under a second pass")
    func phoneNextToMaskedCard() {
        let line = #"levvel=x phe="+44 20 7946 095 4074615311104465 8&"#
        let once = EngineFixtures.scrub(line, format: .logfmt)
        #expect(!once.contains("4074615311104465"))
        #expect(EngineFixtures.scrub(once, format: .logfmt) == once)
    }

    // fuzz-text, idempotence: `invalid user X [` accepted X before a JWT summary `[jwt;…]`
    // on the second pass (the ` [` was meant for sshd's ` [preauth]`).
    @Test("an sshd user before a placeholder is stable under a second pass", arguments: [
        "Failed password for invalid user admin eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJlbWFpbCI6ImphbmVAZXhhbXBsZS5jb20ifQ.c2lnbmF0dXJlc2ln from/ x",
        "invalid user admin Basic YWxhZGRpbjpvcGVzYW1l",
    ])
    func sshdUserBeforePlaceholder(_ line: String) {
        let once = Self.stable(line)
        #expect(!once.contains("c2lnbmF0dXJlc2ln"))
        #expect(Self.scrub("input_userauth_request: invalid user test [preauth]").contains("user username~"))
    }

    // fuzz-export, idempotence (Fuzz/known, minimised): a pseudonym or masked digits glued to
    // a neighbour made it a different finding on the second pass — `2@oub.ip~test~…` an email,
    // `170::*********4000` an IPv6 address.
    @Test("pseudonyms and masks glued to a neighbour are stable under a second pass", arguments: [
        "sDafrom 2@oub.113.3.0.89",
        "IP=170::4444444444000/x",
    ])
    func gluedScrubOutput(_ line: String) {
        let once = Self.stable(line)
        #expect(once != line)
    }

    // fuzz-json, idempotence: a line that is no valid JSON (a control byte in a string) was
    // scrubbed as text — the cookie detector pseudonymised `"cookie":"a=b"` pair by pair —
    // and parsed as JSON after scrubbing, where the `cookie` field rule redacts the whole value.
    @Test("a quoted cookie key in text gets the field rule, as in JSON")
    func quotedCookieKeyInText() {
        let text = "{\"h\":{\"cookie\":\"]=b\",\"x-auth-token\":\"abcd}\u{1}efgh\"}}"
        let once = EngineFixtures.scrub(text, format: .auto)
        #expect(once.contains(#""cookie":"[REDACTED:cookie]""#), "\(once)")
        #expect(EngineFixtures.scrub(once, format: .auto) == once, "\(once)")
        #expect(EngineFixtures.scrub(#"{"h":{"cookie":"]=b"}}"#, format: .json) == #"{"h":{"cookie":"[REDACTED:cookie]"}}"#)
    }

    // fuzz-logfmt, idempotence: `x=2.2.3.2.-valuepassword=hunt` — the dotted key ran back into
    // the address and started with a digit, so the password was kept; on the second pass the
    // key started inside the pseudonym and the password was redacted.
    @Test("a secret key glued to a finding is still a key", arguments: [
        "x=2.2.3.2.-valuepassword=hunter2",
        "alueion=2.2.3.2.-valuepassword=hunter2lueion=2.2.3.2.3.4a\"",
    ])
    func keyGluedToFinding(_ line: String) {
        let once = Self.stable(line)
        #expect(!once.contains("hunter2"), "\(once)")
    }

    // fuzz-text soak, idempotence (minimised by hand from Fuzz/artifacts):
    // - a national phone after a token ending in a digit (`…2l4 0555 1111 1111`) was read as
    //   part of a longer digit run, and found once the token was a summary `[jwt;…] 0555…`;
    // - a space-grouped card followed by an SSN (`… 1111 123-45-6789`) was rejected whole and
    //   masked only once the SSN had become `[REDACTED:ssn]`;
    // - cookie segments next to each other became two pseudonyms written back to back, which
    //   a second pass read as one value.
    @Test("findings next to tokens, SSNs and cookie segments are stable under a second pass", arguments: [
        "tok eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJlbWFpbCI6ImphbmVAZXhhbXBsZS5jb20ifQ.c2lnbmF0dXJlc2l4 0555 1111 1111 x",
        "iban71 card 4111 1111 1111 1111 123-45-6789",
        "Cookie: spassword='\u{0} eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJlbWFpbCI6ImphbmVAZXhhbXBsZS5jb20ifQ.c2lnbmF0dXJlc2l4 \u{0}\u{0}YW",
        "Cookie: a b=c",
        "cnntgres://user:c2lnbmF0dXJlc2l4@db x",
        "ssn 411 11 4111 4111 1111 1111 1111 1",
        // CI fuzz (fixed seed): a number right before `@` is an e-mail's local part, not a phone or IP
        "\"n\"+411111111@example.com\",\"ta",
        "login from 203.0.113.8@example.com from 203. and",
        "tok eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJlbWFpbCI6ImphbmVAZXhhbXBsZS5jb20ifQ.c2lnbmF0dXJlc2l4 556 11 1111 iban",
        "Cookie: eyJhbGciOiJIUzI1NiJ9.eyJ4IjoxfQ.c2lnbmF0dXJlc2l4=abc; x=1",
        "api_key=x sm Cookie: eyJhbGciOiJIUzI1NiJ9.eyJ4IjoxfQ.c2lnbmF0dXJlc2l4\u{0}Range 5e",
        "Cookie: session=&abc123d; theheme14e45f\u{0}\u{0}\u{0}\td4beshda2543",
        "Cookie:'session=;\u{1}\u{0}\u{0}dedd4kie: session=abc1\u{7}\u{0}\u{0}\u{0}ie: session=ibc/\u{0}\u{0}\u{0}\u{0}\u{b5}\u{7f}rd for inv71 1 (41\u{0}\u{0}\u{0}d5-6789",
    ])
    func neighboursOfFindings(_ line: String) {
        let once = Self.stable(line)
        #expect(!once.contains("c2lnbmF0dXJlc2l4") && !once.contains("4111 1111"), "\(once)")
    }

    // fuzz-logfmt soak, idempotence (minimised by hand): a phone after a replaced value that
    // ended in digits (`token=abc(0946 0920 747 048`) counted as glued to those digits; once the
    // value was a pseudonym, the phone was found. Bytes of an earlier finding glue nothing now.
    @Test("a phone right after a replaced value is found on the first pass", arguments: [
        "token=abc(0946 0920 747 048 x",
        "token=abc(0946 0044 20 7946 0958",
    ])
    func phoneAfterReplacedValue(_ line: String) {
        let once = Self.stable(line)
        #expect(once.contains("phone~test~"), "\(once)")
    }

    // fuzz-rules soak, AddressSanitizer heap-buffer-overflow (Fuzz/known/rules-fixed-scheme-at-line-end):
    // a line ending in an auth scheme and its space made the key-context check read the byte
    // after the line. Without ASan the read is silent; the fuzz corpus replays the input under
    // ASan in CI. Here: the line is handled, and a buffer with no byte after it is used.
    @Test("an auth scheme at the very end of a line", arguments: [
        "> Authorization: Basic ", "Authorization: Bearer ", "x authorization=Basic ", "Proxy-Authorization: Digest ",
    ])
    func schemeAtLineEnd(_ line: String) {
        let bytes = Array(line.utf8)
        let exact = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
        defer { exact.deallocate() }
        _ = exact.initialize(from: bytes)
        var out: [UInt8] = []
        var report = ScrubReport(for: EngineFixtures.scrubber)
        EngineFixtures.scrubber.scrub(line: UnsafeBufferPointer(exact), format: .auto, into: &out, report: &report)
        #expect(String(decoding: out, as: UTF8.self) == Self.scrub(line))
        #expect(Self.scrub(Self.scrub(line)) == Self.scrub(line))
    }

    // fuzz-logfmt soak, idempotence (minimised by hand): two URL-encoded e-mails back to back
    // (`A%40AA.AACAA%40AA.AACAAa`): the first became a pseudonym, and a second pass read
    // `pseudonym%40AA.AACAAa` as an e-mail with the pseudonym as its local part.
    @Test("an e-mail pseudonym followed by %40 is not read as a local part", arguments: [
        "QAAAA4A A%40AA.AACAA%40AA.AACAAa%4A90 x",
        "to a@example.org@example.org ok",
    ])
    func pseudonymAsLocalPart(_ line: String) {
        let once = Self.stable(line)
        #expect(once.contains("email~test~"), "\(once)")
    }

    // Found while tightening the scanner's line-start anchor: `mysql`/`mariadb` (no letter class
    // of its own) reached the command-line password detector only within the first 16 bytes,
    // so `… cmd=mysql -u root -pS3cr3t!` later in a line kept the password.
    @Test("command-line passwords anywhere in the line", arguments: [
        "2024-05-12T10:00:00Z host audit: cmd=mysql -u root -pS3cr3t! -h db.local",
        "Nov  3 10:00:00 web01 sudo[42]: ops : TTY=pts/0 ; COMMAND=/usr/bin/mariadb --password=S3cr3t! app",
        "Nov  3 10:00:00 web01 bash[7]: running sshpass -p S3cr3t! ssh deploy@web01",
        // Long options and curl's user:password, in sudo and auditd lines.
        "run /usr/bin/mariadb --password=S3cr3t! app",
        "COMMAND=/usr/bin/pg_dump --db-password S3cr3t! -h db",
        "cmd=\"openssl pkcs12 --passphrase 'S3cr3t! two' -in x\"",
        "COMMAND=/usr/bin/curl -s -u admin:S3cr3t! https://x",
        "exec curl --user 'admin:S3cr3t!' https://x",
    ])
    func commandLinePasswordAnywhere(_ line: String) {
        let once = Self.stable(line)
        #expect(!once.contains("S3cr3t!"), "\(once)")
    }

    @Test("options that only look like password options are kept", arguments: [
        "make --bypass cache --pass-through x",
        "app --password --user bob",
        "tar --exclude=password.txt",
    ])
    func notPasswordOptions(_ line: String) {
        #expect(Self.scrub(line) == line)
    }

    // Found by hand-written realistic lines: a label before a pair (`Login: user=<…>`) took the
    // pair's key as its value; a phone under a phone key that the detector rejects
    // (`(555) 123-4567`: exchange 123) was cut at the first space; `<address>` values.
    @Test("labels, phone-key values and <address> values", arguments: [
        ("Login: user=<mary@example.com>, method=PLAIN", "Login: user=<email~test~", ">, method=PLAIN"),
        ("Phone: (555) 123-4567 ok", "Phone: phone~test~", " ok"),
        ("Tel: (555) 123-4567.", "Tel: phone~test~", "."),
        ("from=<s@example.net> user=<bob smith> x", "from=<email~test~", "> x"),
    ])
    func labelsPhonesAngles(_ c: (line: String, prefix: String, suffix: String)) {
        let once = Self.stable(c.line)
        #expect(once.hasPrefix(c.prefix) && once.hasSuffix(c.suffix), "\(once)")
        #expect(!once.contains("mary") && !once.contains("4567") && !once.contains("smith"), "\(once)")
    }

    @Test("JSON members inside a text line keep their commas; a syslog PID is no access-log date", arguments: [
        ("[2024-03-01 12:00:00] production.ERROR: x {\"userId\":17,\"email\":\"t@example.com\"}", ",\"email\":\"email~test~"),
        ("2024-03-01 12:00:00.000 UTC [1234] app LOG: connection authorized: user=app", "12:00:00.000 UTC [1234] app LOG"),
    ])
    func textLayoutKept(_ c: (line: String, kept: String)) {
        let once = Self.stable(c.line)
        #expect(once.contains(c.kept), "\(once)")
    }

    @Test("a name value stops before a two-word label (Windows security events)")
    func nameBeforeTwoWordLabel() {
        let once = Self.stable("Subject: Account Name: jsmith Account Domain: CORP Logon ID: 0x3E7")
        #expect(once.contains(" Account Domain: CORP") && !once.contains("jsmith"), "\(once)")
        let full = Self.scrub("name: John Smith, DOB: 1985-04-12")
        #expect(!full.contains("John") && !full.contains("Smith"), "\(full)")
    }

    // CI fuzz (fixed seed) on this stop's code: a phone-key value extended into a word glued to
    // junk (`phone=44 2\xff…`); a URL after a token whose scheme began with a digit
    // (`Bearer 8f14epostgres://app:pw@db`) — the password was found only on a second pass.
    @Test("phone-key values end at a word boundary; a URL glued to a token keeps its password hidden", arguments: [
        "ts=2024-05 phone=44 2\u{7f}\u{7f}0 7946 0958\" x",
        "Authorization: Bearer 8f14epostgres://app:s3cr3tP4ss@db3internal:5432/orders",
        "id 0123456789012345678901234567890123456789http://u:s3cr3tP4ss@h/x",
    ])
    func boundaries(_ line: String) {
        let once = Self.stable(line)
        #expect(!once.contains("s3cr3tP4ss"), "\(once)")
    }

    // CI fuzz (fixed seed), json: a raw NUL in one string made the line "no JSON" (scrubbed
    // as text); once a neighbouring value was a pseudonym the line parsed, and a string with
    // an invalid escape became `[REDACTED:invalid_json_string]` on the second pass. Raw control
    // bytes inside strings no longer send a line to the text path.
    @Test("raw control bytes inside JSON strings keep the line JSON", arguments: [
        "{\"a\":\"x \\ude0\\\"q\\\" jane@example.com\",\"session_id\":\"s-\u{0}\u{0}9\"}",
        "{\"msg\":\"tab\there\",\"email\":\"jane@example.com\"}",
    ])
    func controlBytesInJSON(_ line: String) {
        let once = Self.stable(line)
        #expect(!once.contains("jane@example.com"), "\(once)")
    }

    @Test("a secret key keeps a value that looks like a pair")
    func secretLooksLikePair() {
        #expect(Self.scrub("password: a=b c") == "password: [REDACTED:secret] c")
    }

    // Noted during the fuzz campaign: an unquoted value ended at the first `&`, `,`, `;` or
    // `|`, so `password=ab&cd` wrote `&cd` raw. A separator now ends a value only before the
    // next pair, white space or the end of the line.
    @Test("separators inside an unquoted secret do not cut it", arguments: [
        ("password=ab&cd next", " next", "&cd"),
        ("secret=x;y;z end", " end", ";y"),
        ("token=abc,def", "", ",def"),
        ("api_key=k1|k2|region=eu", "|region=eu", "k2"),
    ])
    func separatorsInsideSecrets(_ line: String, _ keptSuffix: String, _ secretPart: String) {
        let out = Self.scrub(line)
        #expect(!out.contains(secretPart), "\(out)")
        #expect(out.hasSuffix(keptSuffix) && out.count > keptSuffix.count, "\(out)")
    }

    @Test("query strings and pair lists still end a value at the separator")
    func separatorsBetweenPairs() {
        #expect(Self.scrub("GET /login?password=ab&user=x HTTP/1.1").contains("]&user=username~"))
        #expect(Self.scrub("user=jane,role=admin").hasSuffix(",role=admin"))
        #expect(Self.scrub("password=a, next").hasSuffix(", next"))
    }
}

@Suite("Fuzz regressions: key values that start with scrubbed output")
struct ScrubbedPrefixValueTests {
    // fuzz-json (CI run of this stop): an unterminated JSON line read as text; the quoted
    // `password` value started with a mask (`**********`), so the whole value — with an
    // e-mail inside — was taken for output of a first pass and copied raw.
    @Test("a value that only starts with a placeholder or mask is replaced whole", arguments: [
        (#"{"event":"signup","password":"********** paup7av.f6raa@mmrvb.example.com ***ctionar"#, ["paup7av.f6raa@mmrvb.example.com", "ctionar"]),
        (#""password":"********** a@b.example.com x"#, ["a@b.example.com"]),
        (#""password":"[REDACTED:secret] hunter2""#, ["hunter2"]),
        (#""secret": "[token] s3cr3t-value""#, ["s3cr3t-value"]),
    ])
    func replacedWhole(_ line: String, _ secrets: [String]) {
        let out = FuzzRegressionTests.stable(line)
        for s in secrets { #expect(!out.contains(s), "\(out)") }
    }

    @Test("a value that is all scrubbed output stays as it is", arguments: [
        #""password":"[REDACTED:secret]""#,
        #"card="************1111""#,
        "password=[REDACTED:secret] x",
    ])
    func keptWhenWhole(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}

@Suite("Fuzz regressions: cookie names, scheme separators and placeholders inside values")
struct SeparatorIdempotenceTests {
    // CI fuzz-text (fixed seed, 305c3bf): `Cookie: session=…;!td=…` — the cookie detector split the
    // header at `;`, a second pass read `session=`'s value up to the space (`;!` is no pair
    // separator), found the cookie name `td` in it and replaced everything again.
    // `Authorization: Basic +…`: the detector skips `+` (a form-encoded space), key context did
    // not, so `+[REDACTED:credential]` was re-read as a credential and its `]` left behind.
    @Test("lines whose second pass changed them", arguments: [
        ("Cookie: session=abc 4752339163705332 123def456;!td=hunter2 api_key=reheme=dark", ["4752339163705332", "hunter2", "reheme"]),
        ("Cookie: session=abc;!td=hunter2", ["abc", "hunter2"]),
        ("Authorization: Basic +YWxhZGRpbjpvcGVuc2VzYW1l\u{1}x", ["YWxhZGRpbjpvcGVuc2VzYW1l"]),
        ("Authorization: Basic +hunter2hunter", ["hunter2hunter"]),
        ("Authorization: Bearer%20abcdef0123456789abcdef", ["abcdef0123456789abcdef"]),
        // fuzz-text: `password for X` declines an address (the e-mail detector's), but took its
        // pseudonym with the sentence's `.` on the second pass.
        ("Failed password for r2tP4ss@db.ib. eyJhbGciOiJIUzI1NiJ9.eyJ4IjoxfQ.c2lnbmF0dXJlc2l4 x", ["r2tP4ss", "c2lnbmF0dXJlc2l4"]),
        // fuzz-text: a space-grouped card followed by a 7+ digit number was rejected whole (found
        // once the number was masked); a phone whose last space-separated group was glued to a
        // word (`… 555-71 3cr2ss@…`) was found only once the word was a pseudonym.
        ("care 4111 1111 1111 1111 111 4234003013632009 1", ["4111 1111 1111 1111", "4234003013632009"]),
        ("call +1 (415) 555-71 3cr2ss@db.internal x", ["(415) 555-71", "3cr2ss"]),
        // fuzz-json soak: a statement password (`password("…`, unterminated) over a cookie
        // header was written as cookie pseudonyms, which a second pass redacted again.
        (#","password(":cookie:t:"a,"password":cooRan:t:"a= b","x-aaaa eyJhbGciOiJIUzI1NiJ9.eyJ4IjoxfQ.c2lnbmF0dXJlc2l4 aaaaa=aaa:"a":"x","=}}"#, ["c2lnbmF0dXJlc2l4", "cooRan"]),
    ])
    func stableUnderSecondPass(_ line: String, _ secrets: [String]) {
        let out = FuzzRegressionTests.stable(line)
        for s in secrets { #expect(!out.contains(s), "\(out)") }
    }

    // Soak (text, logfmt, json): well-formed lines a second pass read differently. A key's
    // value inside a `Cookie:` header ran over `;` (`session=abc;Y` → one pseudonym, which a
    // second pass re-read with `;Y` as a token); a card before `-88::` (an address) was a
    // dashed id, before the address's pseudonym a card; a phone's last group started an
    // address (`14 9:9::`) and the whole number was dropped until the address was replaced.
    @Test("cookie pairs, a card or phone before a replaced neighbour", arguments: [
        ("Cookie: session=abc13de2fasic :;Y", ["abc13de2fasic"]),
        ("Cookie: session=abc13de2fasic;Y", ["abc13de2fasic"]),
        ("Cookie: session=;tgres://af14e`45fceea1{67a5a36dedd4(ea254def456; th^me=dark", ["af14e", "dark"]),
        ("Cookie: session=abc1 eyJhbGciOiJIUzI1NiJ9.eyJ4IjoxfQ.c2lnbmF0dXJlc2l4 23def456;b", ["c2lnbmF0dXJlc2l4", "23def456"]),
        // (Since stop 19 three colons are no address: `88::::::` stays, on both passes.)
        ("4222222222222-88::::::", []),
        ("l +960 316 14 9:9::>07", ["316 14"]),
        // fuzz-export soak: an e-mail's pseudonym, `.`, then `@host` read as a new e-mail.
        ("a@b.com.@c.com", ["a@b.com"]),
        ("mail a.b@c.com.-@d.com ok", ["a.b@c.com"]),
        // fuzz-text soak (this stop): a `name=` value's second word stopped at the first
        // non-letter (`Failed@@@aia`), so a second pass read the pseudonym with the glued
        // rest as the value. Realistic forms had the same flaw.
        ("@@@namE=_iFai Failed@@@aia", ["_iFai", "Failed"]),
        ("namE=eimE=_iFai Failed@@@aStriai FaiF @ d:e", ["_iFai", "aStriai"]),
        ("name=John Smith(admin) x", ["John", "Smith", "admin"]),
        ("name=John Smith/admin x", ["John", "Smith", "admin"]),
        ("name=John Smith|ops x", ["John", "Smith"]),
        ("name=John Smith#3 x", ["John", "Smith"]),
        // fuzz-export soak (this session): the glued rest was read from inside the word, and a
        // `'` in it (`O'Neil`) ends a value there, so `@corp` stayed glued to the pseudonym.
        ("user=Jane O'Neil@corp x", ["Jane", "Neil", "corp"]),
        ("login: Uln Ag'ge@exampl:eR=s=login:Uln AggR", ["Uln", "exampl"]),
        ("l:eR=s=login:Uln Ap'ge@eximpl:gin:Uln E=", ["Uln", "eximpl"]),
        // fuzz-logfmt soak (this session): a `token=` value cut at `::` and the address after it
        // were written back to back, and a second pass read both pseudonyms as one token.
        ("token=abc______::7 x", ["abc"]),
        ("token=2.2._~~~~~3______::7 p_", ["2.2."]),
        ("token=ab~~~~~3______::7 x", ["ab~~"]),
        // soaks (this session): a phone value extended over groups stopped at a `;` that does
        // not end a value, and a name took at most four words — a second pass read on.
        ("phone=+1 415 555 2671;x", ["415 555", "2671"]),
        ("phone=2+44 2;hunter2! x", ["hunter2"]),
        ("name=Maria De La Cruz Garcia x", ["Maria", "Cruz", "Garcia"]),
        // CI fuzz-json (this session): an invalid escape in a value a field rule names threw the
        // whole line to the text path; a second pass, with the value replaced, stayed structural.
        (#"{"a":"x \xample.com","session_id":"s-\xample.com"}"#, ["s-"]),
        (#"{"a":" 4801535720301108 \xample.com","b":[[[{"c":"\\"}]]],"session_id":"s-\xample.com"}"#, ["4801535720301108", "s-"]),
        ("@@namE=_iFai Failed@@@aiai Failed@@@ailbiFai Failed@@@aiai Failed@@@ailb4uth-date", ["_iFai", "ailb4uth"]),
        // fuzz-export soak (this stop): `|bc1::` looked like the next pair and ended the token
        // value; a second pass saw `|ip~…` there and read it as part of the value.
        ("token=abms|bc1::::|bc1::::::::::c:::4", ["abms"]),
        ("token=abc|2001:db8::1 x", ["abc|", "2001:db8"]),
        ("token=abc|10.0.0.1:8080 ok", ["abc|", "10.0.0.1"]),
    ])
    func neighbours(_ line: String, _ secrets: [String]) {
        let out = FuzzRegressionTests.stable(line)
        for s in secrets { #expect(!out.contains(s), "\(out)") }
    }

    @Test("a pseudonym glued to raw bytes after a separator does not end a value")
    func gluedPseudonymAfterSeparator() {
        let out = FuzzRegressionTests.stable("password=abc&email~k~aaaaaaaaaaaaaaaa-def x")
        #expect(!out.contains("def") && !out.contains("abc") && out.hasSuffix(" x"), "\(out)")
    }

    @Test("inside a Cookie header a key's value ends at `;`; outside it runs on")
    func cookieValueEndsAtSemicolon() {
        let cookie = FuzzRegressionTests.stable("Cookie: session=abc123;theme=dark")
        #expect(cookie.hasPrefix("Cookie: session=cookie~") && cookie.contains(";theme=cookie~"), "\(cookie)")
        let text = FuzzRegressionTests.stable("login session=abc;def ok")
        #expect(!text.contains("def") && text.hasSuffix(" ok"), "\(text)")
    }

    // A card inside a logged password (`PASSWORD 'hunter2 4565… mysecret'`) won the merged
    // span and masked all of it with `keep_last: 4`: the password's last four characters
    // were written. A rule that keeps bytes never takes a union larger than its own match.
    @Test("a masked card merged into a secret does not show the secret's tail", arguments: [
        ("ALTER USER bob WITH PASSWORD 'hunter2 4565798527765810 mysecret'", "cret"),
        ("x password \" hunter2 4565798527765810 mysecret", "cret"),
        ("=ab]=    XXHXXXXXX9904 =ab::7::7 password \" 4435069840228904  token=Optional    XXHXXXXXXXXrd-=", "rd-="),
    ])
    func maskedUnion(_ line: String, _ tail: String) {
        let out = FuzzRegressionTests.stable(line)
        #expect(out.contains("[REDACTED:secret]"), "\(out)")
        let rest = out.replacingOccurrences(of: "[REDACTED:secret]", with: "")
        #expect(!rest.contains(tail) && !rest.contains("hunter2"), "\(out)")
    }

    @Test("a cookie name counts as scrubbed output only before a pseudonym or placeholder")
    func cookieNameBeforeRawValue() {
        // Shaped like first-pass output, but `hunter2` is raw: the value is replaced.
        let out = FuzzRegressionTests.scrub("Cookie: session=cookie~k~gaekxgwpwbfzw7u4;!td=hunter2=")
        #expect(!out.contains("hunter2"), "\(out)")
        // The name and the placeholder stay; the raw word after the placeholder is replaced
        // (since stop 24: the part of a cookie value outside a placeholder is a value too).
        let kept = FuzzRegressionTests.stable("Cookie: session=cookie~k~gaekxgwpwbfzw7u4;!td=[REDACTED:secret] x")
        #expect(kept.hasPrefix("Cookie: session=cookie~k~gaekxgwpwbfzw7u4;!td=[REDACTED:secret] cookie~"), "\(kept)")
        #expect(!kept.hasSuffix(" x"), "\(kept)")
    }

    // A placeholder inside an unquoted value ended the value at its `]`: the bytes after it
    // (`def`) were outside the value and written raw.
    @Test("a placeholder inside an unquoted value does not end the value")
    func placeholderInsideValue() {
        let out = FuzzRegressionTests.stable("password=abc[REDACTED:secret]def next")
        #expect(!out.contains("def ") && !out.contains("abc"), "\(out)")
        #expect(out.hasSuffix(" next"), "\(out)")
    }

    // fuzz-logfmt soak (0fb28d6): a phone value ends at its last digit, so the bytes glued
    // after it stayed; a second pass read them into the value and wrote a new pseudonym.
    @Test("a phone value's pseudonym and the glued bytes after it are stable", arguments: [
        "phone=+1 415 555 0134(mobile) ok",
        "phone=~1 00.:Y@@-- x",
        "tel=(555) 123-4567/home",
        // fuzz-logfmt soak (071d7a9): groups after a first pass's pseudonym joined it.
        "ic02 phone=16 1 960 316 1160 3 4271268453289073 016 .2028 960 316 1 960 31 61160 3016 1",
    ])
    func phoneGluedRest(_ line: String) {
        let out = FuzzRegressionTests.stable(line)
        #expect(out.contains("phone~test~"), "\(out)")
    }

    @Test("digits glued after a phone pseudonym are still replaced (fail closed)")
    func phoneGluedDigits() {
        let out = FuzzRegressionTests.stable("phone=phone~k~abcdefghijklmnop(555)1234 x")
        #expect(!out.contains("1234"), "\(out)")
    }

    // fuzz-export soak (fee117f): `login =token +400in` — the credential after the `token`
    // scheme was too short for the bearer detector and got the key's pseudonym after the `+`;
    // a second pass read `+username~…` as a bearer token and replaced it again.
    @Test("a pseudonym after a scheme's `+` separator is scrubbed output")
    func pseudonymAfterSchemePlus() {
        let out = FuzzRegressionTests.expectText("login =token +400in =<a", "400in", replaced: true)
        #expect(out.contains("token +username~test~"), "\(out)")
        let bearer = FuzzRegressionTests.expectText("Authorization: Bearer +abcdefgh12345678", "abcdefgh12345678", replaced: true)
        #expect(bearer.contains("token~test~"), "\(bearer)")
    }

    // fuzz-export soak (fee117f, AddressSanitizer): a `CN=` value ending in an escaping `\` as
    // the line's last byte stepped past the end, and the new OpenVPN `depth=0` check read there.
    @Test("a distinguished-name value ending in a lone backslash reads nothing past the line", arguments: [
        #"VERIFY OK: depth=0, CN=gr\"#, #"cn=x\"#, #"uid=a\"#, #"depth=0, Cn==St= a822co~1\"#,
    ])
    func distinguishedNameTrailingBackslash(_ line: String) {
        _ = FuzzRegressionTests.stable(line)
    }

    // fuzz-logfmt soak (071d7a9; also on 0fb28d6): `X [20/47::7 …` — the access-log user
    // detector took `[20/ip~…` (the address's pseudonym after a first pass) for `[dd/Mon`.
    @Test("an access-log date needs a three-letter month")
    func accessLogDateMonth() {
        let line = "1111111111 [20/47::7 93111111H11111:111 [20/47::7 93111111H1111:"
        let once = EngineFixtures.scrub(line, format: .logfmt)
        #expect(EngineFixtures.scrub(once, format: .logfmt) == once, "\(once)")
        let out = FuzzRegressionTests.expectText(#"203.0.113.9 - frank [10/Oct/2000:13:55:36 -0700] "GET / HTTP/1.1" 200 5"#, "frank", replaced: true)
        #expect(out.contains(" - username~test~"), "\(out)")
    }

    // fuzz-json soak (2865148): a pseudonym's type (`token~test~…`) or a placeholder
    // (`[REDACTED:password]`) that a first pass wrote was sign-in context for `for "X"` on a
    // second pass, which then replaced a user the first pass had left.
    @Test("Veil's own output is no sign-in context", arguments: [
        #"x token~test~t6hjsoibzwtbjgif" ^",mey for "os":Ix"#,
        #"x [REDACTED:password] mey for "os""#,
        #"x [jwt;alg=HS256;iss=https://auth.example.com] waiting for "os""#,
    ])
    func scrubbedOutputIsNoSignInContext(_ line: String) {
        FuzzRegressionTests.expectText(line, #"for "os""#, replaced: false)
    }

    @Test("a sign-in word outside Veil's output is still context")
    func signInContextKept() {
        FuzzRegressionTests.expectText(#"token refresh failed for "mallory""#, "mallory", replaced: true)
        FuzzRegressionTests.expectText(#"email~test~t6hjsoibzwtbjgif login denied for "mallory""#, "mallory", replaced: true)
    }

    // fuzz-logfmt soak (2865148): `phone=,500$~ 2..666666` — the value ran over its groups to
    // `2` and left `..666666` glued; a second pass read the pseudonym plus that rest as one
    // value and replaced it again.
    @Test("digits glued after a phone value's last group join the value")
    func phoneGluedDigitRest() {
        let out = EngineFixtures.scrub("phone=,500$~ 2..666666", format: .logfmt)
        #expect(!out.contains("666666"), "\(out)")
        #expect(EngineFixtures.scrub(out, format: .logfmt) == out, "\(out)")
        FuzzRegressionTests.expectText("Phone: (555) 123-4567. Call back", ". Call back", replaced: false)
    }

    // fuzz-text soak (2865148): `Bearer eyJ….….…+bSIs…` — a JWT-shaped start with a `+` later
    // was left to the JWT detector, which took only the part before the `+` and wrote the
    // rest of the token raw; a second pass took the fingerprint plus that rest for a new token.
    @Test("a bearer token with a JWT-shaped start and a + later is one opaque token")
    func bearerJWTShapedWithPlus() {
        let rest = "bSIsInN1YiI6IjI0ODZCI6ImF"
        let out = FuzzRegressionTests.expectText("Authorization: Bearer eyJ.cbiGhiJ1UNSizIIsInR5cCI6IkpXVCIsImtpZCI6IjIwMjQtMDUifQ.eyJpc3MiOiJodHRwczovL2lkcC5leGFtcGblLmNv+\(rest)", rest, replaced: true)
        #expect(out.hasPrefix("Authorization: Bearer token~test~"), "\(out)")
    }

    // fuzz-json and fuzz-text soaks (438ffc5): `x@example.com : "v"` — a first pass wrote
    // `email~test~…7pw : "v"`, and on a second pass that pseudonym, read as a key, matched the
    // rule pack's `*_pw` keys (a random hash ends in `pw` once in 1 024).
    @Test("a pseudonym read as a key names no rule")
    func pseudonymIsNoKey() {
        for line in [#"x email~test~mxmmadcgkngds7pw : "(048-05)0{" y"#, "a email~test~ohkjoujtz6t6udpw :::z::3333333::", "email~test~ohkjoujtz6t6udpw=abc"] {
            #expect(EngineFixtures.scrub(line) == line, "\(EngineFixtures.scrub(line))")
        }
        FuzzRegressionTests.expectText("db_pw=abc123 root_pw : xyz789", "abc123", replaced: true)
    }

    // fuzz-logfmt soak (c5c01a9): `IO\::4-` — the address became `ip~test~…` with the `-` still
    // glued, and a second pass read `IO\ip~test~…-` as a Windows `DOMAIN\user`.
    @Test("a pseudonym with bytes glued to it is no Windows account")
    func windowsAccountGluedPseudonym() {
        let once = EngineFixtures.scrub(#"IO\::4-"#, format: .logfmt)
        #expect(EngineFixtures.scrub(once, format: .logfmt) == once, "\(once)")
        #expect(!once.contains("username~"), "\(once)")
        let account = FuzzRegressionTests.expectText(#"logon by CORP\jsmith ok"#, "jsmith", replaced: true)
        #expect(account.contains(#"CORP\username~test~"#), "\(account)")
    }

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

    // fuzz-text soak (stop 20, cf35ddc): `phone (414) 532 0130 4457534611950468` — after spoken
    // context the number was glued to the digits after it and left; the card after it was masked,
    // and on the second pass `(414) 532 0130 ****…` was a phone. Mask asterisks continue a number
    // after spoken context too, as they already did elsewhere.
    @Test("after spoken context, a masked card after a number is read as the digits it was", arguments: [
        "24-05-01 10:00:06,002 INFO billing phone (414) 532 0130 4457534611950468 00 x",
        "callback 415 555 2671 4457534611950468 x",
    ])
    func spokenContextBeforeMask(_ line: String) {
        let once = EngineFixtures.scrub(line)
        #expect(EngineFixtures.scrub(once) == once, "\(once)")
        #expect(once.contains("************0468"), "\(once)")
    }

    // fuzz-logfmt soak (stop 20, cf35ddc): `c::4 004 04 4040` — the first pass replaced the
    // address `c::4` and then read `004 04 4040` as glued to its `4` (a longer digit run); the
    // second saw a pseudonym before it and redacted an SSN. Bytes before the floor (a finding
    // already replaced) are now never glued to an SSN.
    @Test("an SSN right after a replaced address is read the same on both passes")
    func ssnAfterReplacedAddress() {
        for line in ["x\nc::4 004 04 4040\n", "c::4 004 04 4040 y", "c::4 004-04-4040 y"] {
            let once = EngineFixtures.scrub(line, format: .logfmt)
            #expect(EngineFixtures.scrub(once, format: .logfmt) == once, "\(once)")
            #expect(!once.contains("04 4040") && !once.contains("04-4040"), "\(once)")
        }
        // A digit group before it that is no finding still makes it part of a longer run.
        #expect(EngineFixtures.scrub("id 12 004 04 4040 x") == "id 12 004 04 4040 x")
    }

    // CI fuzz-text (stop 20, seed 1): `Failed password for … a.b@x.example.com ng to postgres://app`
    // — the prose search for ` to ` after `password for` stopped at the e-mail's `.` on a first
    // pass, and ran on past its pseudonym on the second (redacting `postgres://app`). First-pass
    // output (`~`, `*`, `[`) stops it too.
    @Test("a replaced address between `password for` and ` to ` stops the prose search on both passes")
    func proseToStopsAtScrubbedOutput() {
        for line in ["sshd[811]: Failed password for invalid user admin from 2connecti prx9r8f.8i1bw@mx9kj.example.com ng to postgres://app 4572023542573375 :x",
                     "password for x 4111.1111.1111.1111 to Pw1x", "password for 10.0.0.1 to Pw1x"] {
            let once = EngineFixtures.scrub(line)
            #expect(EngineFixtures.scrub(once) == once, "\(once)")
            #expect(!once.contains("[REDACTED"), "\(once)")
        }
        // Without anything replaced in between, the new password is still found — also after a
        // raw `[` or `~`, which are no first-pass output.
        for line in ["Set password for user jdoe to P@ssw0rd123", "Set password for user [admin] to Secret1x", "Set password for user ~bob to Secret1x"] {
            let once = FuzzRegressionTests.stable(line)
            #expect(once.contains("[REDACTED:secret]") && !once.contains("Secret1x") && !once.contains("P@ssw0rd123"), "\(once)")
        }
    }

    // fuzz-json soak (stop 19, 24caf9d): `201:::8.51.151.100.` — `201:::8` was no address (a 9th
    // group), so only the IPv4 address was replaced; on the second pass `201:::ip~…` had no hex
    // after the third colon and `201::` was taken as an IPv6 address.
    @Test("three colons are no IPv6 address, whatever follows")
    func threeColons() {
        for line in ["x 201:::8.51.151.100. y", "x 201:::ip y", "x 2001:db8:::1 y"] {
            let once = EngineFixtures.scrub(line)
            #expect(EngineFixtures.scrub(once) == once, "\(once)")
            #expect(once.contains(":::"), "\(once)")
        }
        #expect(!EngineFixtures.scrub("x 2001:db8::1 y").contains("2001:db8::1"))
    }

    // fuzz-json soak (stop 18, 365af33): sign-in context for `for "X"` was looked for in the
    // 96 bytes before `for`. A first pass that shortened a finding between the context word and
    // `for` (an e-mail address became a shorter pseudonym) brought the word into the window on
    // the second pass, which then replaced the user. The whole line before `for` counts now.
    @Test("a sign-in word anywhere earlier in the line is context, on both passes")
    func signInContextWindow() {
        let line = #"Authoriz***********4023  4y for" pi6rina.1rci7@m2d8x.example.com os":I"os":I,mey fo "os":I:I,mey for "o""#
        let once = FuzzRegressionTests.stable(line)
        #expect(!once.contains("pi6rina"), "\(once)")
        #expect(!once.contains(#"for "o""#), "\(once)")
        // Far from the word: still context (a 96-byte window left `bob` here).
        let far = "login attempt " + String(repeating: "x ", count: 80) + #"for "bob""#
        #expect(!FuzzRegressionTests.stable(far).contains("bob"), "\(far)")
        // No sign-in word in the line: prose, kept.
        #expect(FuzzRegressionTests.stable(#"waiting for "build 42" to finish"#).contains("build 42"))
    }

    // fuzz-logfmt soak (stop 18, 365af33): `241 10 1000::4` — the first pass redacts the SSN
    // `241 10 1000`, and the second read `::4` right after the placeholder as an IPv6 address.
    @Test("no address starts right after a placeholder")
    func addressAfterPlaceholder() {
        let once = EngineFixtures.scrub("x 241 10 1000::4", format: .logfmt)
        #expect(once.contains("[REDACTED:ssn]::4"), "\(once)")
        #expect(EngineFixtures.scrub(once, format: .logfmt) == once, "\(once)")
        // Not glued to a placeholder: still an address.
        #expect(!FuzzRegressionTests.stable("x [REDACTED:ssn] ::4").contains("::4"))
    }

    // fuzz-json soak (stop 18, 365af33): `mail:v"1.1.7.7` — `v"1.1.7.7` read as a version
    // number, so the address stayed; the first pass replaced the `v` (the `mail` key's value),
    // and the second, with no `v` before it, replaced the address. A version word inside a
    // finding is no version context now (also `ver ` at the end of a replaced value).
    @Test("a version word inside a finding does not keep an address")
    func versionPrefixReplaced() {
        let once = FuzzRegressionTests.stable(#"mail:v"1.1.7.7"#)
        #expect(once.hasPrefix("mail:email~test~"), "\(once)")
        #expect(!once.contains("1.1.7.7"), "\(once)")
        let value = FuzzRegressionTests.stable(#""email": "a.b@example.org hone (41545-6789 ver "198.51.100.7""#)
        #expect(!value.contains("198.51.100.7"), "\(value)")
        // Outside a finding the version context stays.
        #expect(FuzzRegressionTests.stable("agent ver 10.2.3.4 started").contains("10.2.3.4"))
    }

    // fuzz-json soak (stop 18, 365af33): `"user":+1 (415) 555-2671:Zm91h2: E` — the first pass
    // took the phone that starts the `user` value and left `:Zm91h2:`; the second read
    // `phone~…:Zm91h2:` as the user's whole value. A value that goes on past the detector's
    // match is the key rule's, whole.
    @Test("a phone that starts a user value, with bytes glued after it")
    func phoneStartsUserValue() {
        let once = FuzzRegressionTests.stable(#"7", "user":+1 (415) 555-2671:Zm91h2: E}"#)
        #expect(once.contains(#""user":username~test~"#), "\(once)")
        #expect(!once.contains("Zm91h2"), "\(once)")
        // The phone alone still keeps its type.
        #expect(FuzzRegressionTests.stable("user=+1 (415) 555-2671 next").contains("user=phone~test~"))
    }

    // Found by the CLI idempotence check over the grown logfmt corpus (stop 21), while adding
    // `name=O'Brien`: `phone:phone~te7=204ss&0'e17,B4` — the first pass ended the value at `'`
    // (a digit before it), the second saw the pseudonym's letters before `'` and went on. An
    // apostrophe continues a value only after a short word of letters at a word start.
    @Test("an apostrophe after a pseudonym's tail still ends the value", arguments: [
        "phone:phone~te7=204ss&0'e17,B4",
        "user=hello'world next=1",
        "name=abcdefgh'ij",
    ])
    func apostropheAfterPseudonym(_ line: String) {
        let once = EngineFixtures.scrub(line, format: .logfmt)
        #expect(EngineFixtures.scrub(once, format: .logfmt) == once, "\(once)")
        #expect(EngineFixtures.scrub(line, format: .text) == EngineFixtures.scrub(EngineFixtures.scrub(line, format: .text), format: .text))
    }

    // fuzz-export soak (stop 21, 044147f): `Bearer eyJ….eyJ….VE_=` — the JWT detector took the
    // token without its trailing `=` (base64 padding, not base64url), failed to decode it and
    // fingerprinted it; the second pass read `token~…=` as one new token. Padding after the last
    // segment belongs to the token.
    @Test("base64 padding after a JWT's last segment is part of the token", arguments: [
        "MESSAGE=> Authorizationon: Bearer eyJhbGciOiJSUzI5NiIsInR2cCI6IkpXVCIsImtpZCI6IjIwMjQtMDUifQ.eyJpc6MiOiJodHRwczovLWQgcHJvZmlsZSJ9.VE_=",
        "token=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl== next",
    ])
    func jwtPadding(_ line: String) {
        let once = EngineFixtures.scrub(line)
        #expect(EngineFixtures.scrub(once) == once, "\(once)")
        #expect(!once.contains("="+"\n") && !once.hasSuffix("="), "\(once)")
        #expect(!once.contains("c2lnbmF0dXJl") && !once.contains("VE_"), "\(once)")
    }

    // fuzz-logfmt soak (stop 21, 73b63db): `]YY\YYY2Yy_::7 p_uot` — the first pass left the
    // account `YY\YYY2Yy_` (glued to `::7`) and replaced the address; on the second pass
    // `YYY2Yy_ip~test~…` passed as a pseudonym (an upper-case type) and was taken for the
    // account's user. Only a pseudonym with a lower-case type is one.
    @Test("an account glued to a replaced address stays on both passes", arguments: [
        "~~~~~~~]YY\\YYY2Yy_::7 p_uot",
        "x CORP\\Jsmith_::7 ok",
    ])
    func accountBeforeAddress(_ line: String) {
        for once in Self.stableAsLogfmtAndText(line) { #expect(!once.contains("::7"), "\(once)") }
    }

    // fuzz-logfmt soak (stop 21, 9e968d6): `pan=***&**************42&************::3` — the
    // first pass read the mask before `::3` as a pair's key (`&****…:`) and ended the value
    // there; the second saw `&************ip~…`, no pair, and masked through it.
    @Test("a mask before an IPv6 tail begins no pair", arguments: [
        "3 pan=***&**************42&************::3 p x",
        "card_number=4111&****::1 next=1",
    ])
    func maskBeforeAddress(_ line: String) {
        _ = Self.stableAsLogfmtAndText(line)
    }

    // fuzz-logfmt soak (stop 21, a430162): `token=0.2._~~~~~;______::7!p_uotld` — the first
    // pass ended the token at `;` (`______:` read as the next key) and replaced `::7`; the second
    // read `;______ip~…!p` as part of the value (a pseudonym after punctuation ended a value
    // only before a separator, and `!` is none).
    @Test("a pseudonym after underscores ends a value before any byte that continues nothing", arguments: [
        #"token=0.2._~~~~~;______::7!p_uotld\" valte" tok"#,
        "password=abc;__::7?x=1 next",
    ])
    func underscoresAddressBang(_ line: String) {
        _ = Self.stableAsLogfmtAndText(line)
    }

    // fuzz-export soak (stop 21, a430162): `Bearer eyJ….eyJ….…y_id=[REDAA98]` — the JWT
    // detector fingerprinted `eyJ…=` and left `[REDAA98]`; the second pass read
    // `token~…[REDAA98` as a new bearer token.
    @Test("a fingerprint the JWT detector wrote, then bytes it left, is no new bearer token")
    func jwtBeforeBracket() {
        let line = "MESSAGE=> Autlorization: Bearer eyJhbGcpcyBpcyBub3QgYSByZWFsIHNpZ25hdHVyZSBidXQgajQtMDUifQ.eyJpc3MiOiJodHRwczovL2lkcC5leGFtcGxlLmNxNDU1NDAwMCwic2NvcGUiOiJvcGVuaWQgcHJvZmlsZSJ9.VGhpcyBpcyBub3QgYSBy5y_id=[REDAA98] FO970314}oi"
        for once in Self.stableAsLogfmtAndText(line) { #expect(!once.contains("eyJ"), "\(once)") }
    }

    // fuzz-logfmt (stop 22): after the bare word `token` a value needs a letter; the phone
    // detector took the number, and `phone~…~` read as a token on the second pass.
    @Test("a pseudonym with bytes glued on after the bare word token is no new token")
    func pseudonymAfterBareToken() {
        for line in [#"a" token +333333333033~"#, "x token +14155552671~ y"] {
            for once in Self.stableAsLogfmtAndText(line) { #expect(once.contains("phone~test~"), "\(once)") }
        }
        for once in Self.stableAsLogfmtAndText("a& token ++++++++++++++++++.1.3.1.3 b") { #expect(once.contains("ip~test~"), "\(once)") }
    }

    // fuzz-export (stop 22): a `(…)` value ended at its `)` and left the bytes glued after it,
    // which glued to the pseudonym and began a new value on the second pass.
    @Test("bytes glued after a parenthesised value belong to the value")
    func parenValueGluedRest() {
        for (line, raw) in [("iedl =phone: (ooooooooooooooooooo20)7)####'ts=2o", "20)7"), ("x phone: (abc20)7x) y", "7x"), ("coords=(51.5, -0.12)x, next", "12)x")] {
            // (The second pass changing nothing is the property the soak found broken.)
            for once in Self.stableAsLogfmtAndText(line) { #expect(!once.contains(raw), "\(once)") }
        }
    }

    // fuzz-json (stop 22 soak, open until stop 23): in the unquoted `Cookie=` form an
    // inner-quoted value ended at its first space (`session=": "0`), while key context read the
    // whole quoted value; on the second pass the bytes after the closing quote were junk.
    @Test("an inner-quoted cookie value with spaces is one value in the unquoted = form")
    func cookieInnerQuotedValueWithSpaces() {
        for (line, raw) in [(#"{}et-Cookie= session=": "0 49""#, #""0 "#), (#"cookie=sid="a b 4111" next=1"#, "4111"), (#"Cookie= session="ab"0 49""#, #""0 "#)] {
            for once in Self.stableAsLogfmtAndText(line) { #expect(!once.contains(raw), "\(once)") }
        }
    }

    // fuzz-export (stop 23 soak on cc62e4a): a JWT-shaped token that fails to decode, followed by
    // more than two `=`, kept the run outside its fingerprint; on the second pass the bearer
    // detector read `token~…========` as one new token.
    @Test("a run of = after a JWT-shaped token belongs to the token")
    func jwtShapedTokenEqualsRun() {
        for line in ["3=___k ***Bearer eyJhbGcUifQ.eyJpc1MiOodHR.czovMs_access========", "Bearer eyJhbGcUifQ.eyJpc1MiOodHR.czovMs_access===", "x eyJhbGcUifQ.eyJpc1MiOodHR.czovMs_access===== y"] {
            for once in Self.stableAsLogfmtAndText(line) { #expect(!once.contains("==") && !once.contains("czovMs"), "\(once)") }
        }
    }

    // fuzz-json (stop 23 confirmation run on 3931e4c): a token that fails to decode, a `~` right
    // after it, then `for "os"`. The first pass wrote `token~test~…~`, a run that is not exactly
    // one pseudonym, so on the second pass its `token` was sign-in context and `os` an account.
    @Test("a sign-in word inside a pseudonym that touches other bytes is no sign-in context")
    func signInWordInPseudonymRunIsNoContext() {
        for line in [#"x eyJhbGcUifQ.eyJpc1MiOodHR.czovMs~ ok for "os" done"#, #"a eyJhbGcUifQ.eyJpc1MiOodHR.czovMs~~x wait for 'os'"#] {
            for once in Self.stableAsLogfmtAndText(line) { #expect(once.contains("os"), "\(once)") }
        }
        // Sign-in context outside Veil's output still counts.
        #expect(!EngineFixtures.scrub(#"login ok for "jdoe" done"#, format: .text).contains("jdoe"))
    }

    // fuzz-text (stop 23 confirmation run on 3931e4c): the access-log user was looked for in the
    // first 512 bytes only. A first pass that shortened a finding before the date (a token
    // becomes its pseudonym) moved the date into that window, and a second pass found the user.
    @Test("an access-log date after a long finding is found on the first pass")
    func accessLogDateAfterLongFindingIsFound() {
        let token = String(String(repeating: "Zx81Qw", count: 70).prefix(400))
        let hops = String(repeating: "hop ", count: 40)
        let line = #"proxy Authorization: Bearer \#(token) upstream \#(hops)10.0.0.6 - jdoe [30/Nov/2026:10:00:01 +0000] "GET / HTTP/1.1" 200 512"#
        #expect(line.utf8.count > 600)
        for once in Self.stableAsLogfmtAndText(line) { #expect(!once.contains("jdoe") && !once.contains("Zx81"), "\(once)") }
    }

    // fuzz-json (stop 24 pre-soak run on f929bc7, AddressSanitizer): a house number and `ter `
    // (`26 ter rue …`) at the very end of the line — the street-address detector read one byte
    // past the line. In a debug build the read traps; in release it read out of bounds.
    @Test("a house number with bis/ter at the end of a line reads nothing past it")
    func streetNumberBisTerAtLineEnd() {
        for line in [#"addr "26 ter "#, "at 12 bis ", #"{"a":"26 ter "}"#] {
            for once in Self.stableAsLogfmtAndText(line) { #expect(once.contains("ter ") || once.contains("bis "), "\(once)") }
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
            for once in Self.stableAsLogfmtAndText(line) { #expect(!once.contains(raw), "\(once)") }
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
            for once in Self.stableAsLogfmtAndText(line) { #expect(!once.contains("Yan") && !once.contains("example.com"), "\(once)") }
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
            for once in Self.stableAsLogfmtAndText(line) { #expect(!once.contains("example.or") && !once.contains("admin") && !once.contains("=b"), "\(once)") }
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
            for once in Self.stableAsLogfmtAndText(line) { #expect(once.contains("***1 003 2046023044"), "\(once)") }
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
            for once in Self.stableAsLogfmtAndText(line) { #expect(!once.contains("example.com") && !once.contains("'O") && !once.contains("Olga"), "\(once)") }
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
            for once in Self.stableAsLogfmtAndText(line) { #expect(!once.contains("YWth99999") && !once.contains("abcdefghijklmnop123"), "\(once)") }
        }
    }

    // fuzz-json (stop 25 soak on b7ecf90): `password for_x{"token:.7rs:` — the prose password
    // token ended with `:`, so it was no password, and key context took `.7rs:`; on a second
    // pass the token ended in that pseudonym and read as a password.
    @Test("A prose password token that starts or ends in a pseudonym is no password on a second pass")
    func prosePasswordTokenEndingInPseudonym() {
        for line in [#"sshd[2211]: Failed password for_________S____________Double{{"token:.7rs:"#, #"Failed password for_x{"token:.7rs:"#] {
            for once in Self.stableAsLogfmtAndText(line) { #expect(!once.contains(".7rs"), "\(once)") }
        }
        // fuzz-text (stop 25 soak on 27390ab): the phone number took the token's start.
        for once in Self.stableAsLogfmtAndText(#"ufr[2212]: Failed password f:"+44 20 7946 095.,09"#) { #expect(!once.contains("7946"), "\(once)") }
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
            for once in Self.stableAsLogfmtAndText(line) { #expect(!once.contains("abc123def456ghi789") && !once.contains("t3syp3ow67qv2"), "\(once)") }
        }
    }

    // fuzz-logfmt (stop 25 soak on 8fd14c4): `password for 132.1.2.1.ah` — no user (the word
    // starts with a digit); the IPv4 detector took the address and left `.ah`. On a second pass
    // `ip~k~….ah` started with a letter and read as the user.
    @Test("A user run that starts with a pseudonym and goes on is no user")
    func authUserStartingWithPseudonym() {
        for line in ["ed password for 132.1.2.1.ah", "Failed password for 10.0.0.7.local"] {
            for once in Self.stableAsLogfmtAndText(line) { #expect(once.contains("ip~test~") && !once.contains("username~"), "\(once)") }
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
            for once in Self.stableAsLogfmtAndText(line) { #expect(!once.contains("abcde") && !once.contains("ya29") && !once.contains("more") && !once.contains(" def"), "\(once)") }
        }
        #expect(EngineFixtures.scrub(#"access_token="ya29.abc def" next=1"#, format: .text).hasSuffix(#"" next=1"#))
    }

    /// Scrubs `line` as logfmt and as text, expects a second pass to change nothing in
    /// either, and returns the two first-pass outputs.
    static func stableAsLogfmtAndText(_ line: String) -> [String] {
        [InputFormat.logfmt, .text].map { format in
            let once = EngineFixtures.scrub(line, format: format)
            #expect(EngineFixtures.scrub(once, format: format) == once, "\(once)")
            return once
        }
    }
}

