import Testing
@testable import Veil

/// Values printed inside a wrapper: Swift's `Optional("…")`, Rust's `Some("…")`, pydantic's
/// `SecretStr('…')` (stop 29: the wrapped string was written raw after the wrapper's name).
@Suite("Wrapped values: Optional(\"…\"), Some(…), SecretStr('…')")
struct WrappedValueTests {
    @Test("the wrapped value takes the key's rule; the wrapper stays", arguments: [
        (#"password: Optional("s3cret!")"#, "s3cret!", #"password: Optional("[REDACTED:secret]")"#),
        (#"token=Optional("abc123def456ghi789")"#, "abc123def456ghi789", #"token=Optional("token~test~"#),
        (#"email=Optional("ann@example.com")"#, "ann@example.com", #"email=Optional("email~test~"#),
        (#"api_token: Some("tok_9f8e7d6c5b4a3928")"#, "tok_9f8e7d6c5b4a3928", #"api_token: Some("token~test~"#),
        ("password=Some(s3cret)", "s3cret", "password=Some([REDACTED:secret])"),
        (#"user=Some("jdoe") ok"#, "jdoe", #"user=Some("username~test~"#),
        ("password=SecretStr('abc')", "abc", "password=SecretStr('[REDACTED:secret]')"),
        (#"password=Optional("unterminated"#, "unterminated", #"password=Optional("[REDACTED:secret]"#),
        (#"password=Secret(abc def"#, "abc def", #"password=Secret([REDACTED:secret]"#),
    ])
    func wrapped(_ line: String, _ secret: String, _ expected: String) {
        let out = FuzzRegressionTests.expectText(line, secret, replaced: true)
        #expect(out.hasPrefix(expected), "\(out)")
    }

    @Test("Swift's description of a struct: pairs under a person's key when the first label has a rule; else all of it is the value", arguments: [
        (#"user=User(email: "ann@example.com", name: "Ann Lee") ok"#, ["ann@example.com", "Ann Lee"], #"user=User(email: "email~test~"#),
        (#"credentials=Credentials(username: "jdoe", password: "s3cret!") ok"#, ["jdoe", "s3cret!"], "credentials=Credentials([REDACTED:secret]) ok"),
        (#"token=Token(value: "tok_9f8e7d6c5b4a3928zz", expiresAt: 2024-05-02 10:00:00 +0000)"#, ["tok_9f8e7d6c5b4a3928zz"], "token=Token(token~test~"),
        (#"token=Token(kind: "bearer", value: "tok_9f8e7d6c5b4a3928zz")"#, ["tok_9f8e7d6c5b4a3928zz"], "token=Token(token~test~"),
        (#"password=Secret(user: "x", value: "s3cret!")"#, ["s3cret!"], "password=Secret([REDACTED:secret])"),
        (#"password=Secret(wrapped: s3cret!, kind: .plain"#, ["s3cret!"], "password=Secret([REDACTED:secret]"),
        (#"user=User(id: Optional(42), email: "ann@example.com")"#, ["ann@example.com", "(42)"], "user=User(username~test~"),
    ])
    func describedStruct(_ line: String, _ secrets: [String], _ expected: String) {
        let out = FuzzRegressionTests.stable(line)
        for secret in secrets { #expect(!out.contains(secret), "\(out)") }
        #expect(out.hasPrefix(expected), "\(out)")
    }

    // Java's toString() and Ruby's inspect of a nested object (stop 34: the key took the type's
    // name as its value, and the street after it was written raw).
    @Test("a nested Java or Ruby object: its fields are pairs under a person's key; all of it under a secret's key", arguments: [
        ("Customer{id=3, address=Address{street='742 Evergreen Terrace', city='Springfield'}}", ["742 Evergreen"], "Customer{id=3, address=Address{street='address~test~"),
        ("billingAddress=Address{line1='1600 Amphitheatre Pkwy', zip='94043'}", ["1600 Amphitheatre"], "billingAddress=Address{line1='address~test~"),
        ("Order{id=9912, customer=Customer{id=3, tier='GOLD'}}", [], "Order{id=9912, customer=Customer{id=3, tier='GOLD'}}"),
        (#"#<Order id: 9, customer: #<Customer id: 3, name: "Ann Lee">>"#, ["Ann Lee"], "#<Order id: 9, customer: #<Customer id: 3, name: \"name~test~"),
        ("credentials=Credentials{username='jdoe', password='s3cret!'} next", ["jdoe", "s3cret!"], "credentials=[REDACTED:secret] next"),
        ("token=Token{value='abc123secret', type='opaque'} next", ["abc123secret"], "token=token~test~"),
        ("creds=Credentials{password='unterminated secret", ["unterminated"], "creds=Credentials{password='[REDACTED:secret]"),
    ] as [(String, [String], String)])
    func nestedObject(_ line: String, _ secrets: [String], _ expected: String) {
        let out = FuzzRegressionTests.stable(line)
        for secret in secrets { #expect(!out.contains(secret), "\(out)") }
        #expect(out.hasPrefix(expected), "\(out)")
    }

    // An apostrophe inside a single-quoted value (stop 34: the value ended at it, the rest of the
    // family name was written raw).
    @Test("an apostrophe in a word or a doubled quote does not end a single-quoted value", arguments: [
        ("Employee{name='Liam O'Connor', dept='Sales'}", "Connor", "', dept='Sales'}"),
        ("lastName='O'Sullivan' ok", "Sullivan", "' ok"),
        ("Customer{lastName='D'Angelo'}", "Angelo", "'}"),
        ("{name='O''Brien'}", "Brien", "'}"),
        ("user='l'utilisateur' x='y'", "utilisateur", "' x='y'"),
    ])
    func apostrophe(_ line: String, _ rest: String, _ tail: String) {
        let out = FuzzRegressionTests.stable(line)
        #expect(!out.contains(rest) && out.hasSuffix(tail), "\(out)")
    }

    @Test("empty and nil wrappers, keyword calls and other calls are read as before", arguments: [
        (#"user=Optional("") token=Optional("") user=Optional(nil)"#, #"user=Optional("") token=Optional("") user=Optional(nil)"#),
        (#"user = authenticate(username="nina")"#, #"user = authenticate(username="username~test~"#),
        ("config=Config(debug: false, port: 8080) state=State(phase: .running)", "config=Config(debug: false, port: 8080) state=State(phase: .running)"),
    ])
    func notWrapped(_ line: String, _ expected: String) {
        #expect(FuzzRegressionTests.stable(line).hasPrefix(expected))
    }

    @Test("Android's and Java's description of an object (class name, identity hash) is no value; what follows is still scanned", arguments: [
        ("wtoken = AppWindowToken{9f4ef63 token=Token{a64f992 ActivityRecord{de9231d u0 com.example/.Main t761}}}", "Token{a64f992"),
        ("wtoken = AppWindowToken{9f4ef63 token=Token{a64f992 ActivityRecord{de9231d u0 com.example/.Main t761}}}", "AppWindowToken{9f4ef63"),
        ("access_token=Token{a64f992}", "Token{a64f992}"),
        ("session: SessionRecord{1b2c3d4 u0}", "SessionRecord{1b2c3d4"),
    ])
    func objectDescriptionKept(_ line: String, _ kept: String) {
        FuzzRegressionTests.expectText(line, kept, replaced: false)
    }

    @Test("a value that only resembles an object's description is still a value", arguments: [
        ("token=Abcdef{123456Z x}", "Abcdef{123456Z"),
        ("token=abcdef{1234567 x}", "abcdef{1234567"),
        ("password=Secret{12345 x}", "Secret{12345"),
        ("token=Token{a64f992 user=jdoe}", "jdoe"),
    ])
    func lookalikeReplaced(_ line: String, _ value: String) {
        FuzzRegressionTests.expectText(line, value, replaced: true)
    }
}
