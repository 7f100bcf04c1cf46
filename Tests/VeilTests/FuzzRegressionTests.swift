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

    /// Scrubs `line` as logfmt and as text, expects a second pass to change nothing in
    /// either, and returns the two first-pass outputs.
    static func stableAsLogfmtAndText(_ line: String) -> [String] {
        [InputFormat.logfmt, .text].map { format in
            let once = EngineFixtures.scrub(line, format: format)
            #expect(EngineFixtures.scrub(once, format: format) == once, "\(once)")
            return once
        }
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
        "app --password --user root",
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
}

/// fuzz-logfmt (stop 37, CI on e04a465): `password` and spaces at the end of a line read one byte
/// past it (the check for a table's `|` cell had no bound); AddressSanitizer stopped the fuzzer.
@Suite("Fuzz regressions: a keyword at the end of the line")
struct LineEndKeywordTests {
    @Test("the line stays as it is", arguments: ["state of password   ", "password ", "x=1 password  "])
    func keywordAtEnd(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
        // Read as logfmt too (the fuzzer's format).
        #expect(EngineFixtures.scrub(line, format: .logfmt) == line)
    }
}

/// fuzz-json (CI run after stop 37): a quoted value that ends the line in a backslash
/// (`"password":"***(***\`) read one byte past the line — the check for SQL's doubled quote
/// came after the backslash's skip with no bound; AddressSanitizer stopped the fuzzer.
@Suite("Fuzz regressions: a backslash at the end of a quoted value")
struct LineEndBackslashTests {
    @Test("the value is replaced up to the end of the line", arguments: [
        #"{"event":"signup","password":"****(****\"#,
        #"password="s3cret\"#,
        #"login failed password='s3cret\"#,
    ])
    func backslashAtEnd(_ line: String) {
        let once = FuzzRegressionTests.stable(line)
        #expect(!once.contains("s3cret") && !once.contains("****("), "\(once)")
        #expect(!EngineFixtures.scrub(line, format: .logfmt).contains("s3cret"))
    }
}
