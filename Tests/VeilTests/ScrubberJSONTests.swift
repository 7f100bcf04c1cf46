import Testing
@testable import Veil

@Suite("Scrubber: JSON lines")
struct ScrubberJSONTests {
    static let cases: [(input: String, expected: String)] = [
        (#"{"event":"signup","password":"correct horse battery staple","plan":"pro"}"#,
         #"{"event":"signup","password":"[REDACTED:secret]","plan":"pro"}"#),
        (#"{"a": {"b": {"password": "x"}}, "c": [{"d": {"passwd": 12345}}]}"#,
         #"{"a": {"b": {"password": "[REDACTED:secret]"}}, "c": [{"d": {"passwd": "[REDACTED:secret]"}}]}"#),
        (#"{"users":[{"email":"a@example.com"},{"email":"B@Example.com"}]}"#,
         #"{"users":[{"email":"email~test~vz6irzkin7kkkqwd"},{"email":"email~test~qyd4hbzgq5jntqio"}]}"#),
        (#"{"e":"jane\u0040example.com","u":"http:\/\/example.com\/x"}"#,
         #"{"e":"email~test~l3vtreyjcyh557gp","u":"http:\/\/example.com\/x"}"#),
        (#"{"pass\u0077ord":"x","note":"tab\there"}"#,
         #"{"pass\u0077ord":"[REDACTED:secret]","note":"tab\there"}"#),
        (#"{"n":4111111111111111,"m":12345,"f":-1.5e3,"t":true,"z":null}"#,
         #"{"n":"************1111","m":12345,"f":-1.5e3,"t":true,"z":null}"#),
        (#"{ "z" : 1 ,  "a" : [ 1 , 2 ] ,"s":"x" }"#, #"{ "z" : 1 ,  "a" : [ 1 , 2 ] ,"s":"x" }"#),
        ("\t{\"k\":\"v\"}  ", "\t{\"k\":\"v\"}  "),
        (#"{"msg":"login jane@example.com from 203.0.113.7"}"#,
         #"{"msg":"login email~test~l3vtreyjcyh557gp from ip~test~dmvwde3q42zdvhes"}"#),
        (#"{"msg":"body={\"password\":\"x y\"}"}"#, #"{"msg":"body={\"password\":\"[REDACTED:secret]\"}"}"#),
        (#"{"password":{"a":1,"b":[2]},"k":1}"#, #"{"password":"[REDACTED:secret]","k":1}"#),
        (#"{"user":{"name":"Jane Doe","email":"jane@example.com"},"status":200}"#,
         #"{"user":{"name":"name~test~73fxuqzjclezi23f","email":"email~test~l3vtreyjcyh557gp"},"status":200}"#),
        (#"{"user":"Jane@Example.com"}"#, #"{"user":"email~test~l3vtreyjcyh557gp"}"#),
        (#"{"ssn":"123-45-6789","card_number":"4111 1111 1111 1111"}"#,
         #"{"ssn":"[REDACTED:ssn]","card_number":"**** **** **** 1111"}"#),
        (#"{"password":""}"#, #"{"password":"[REDACTED:secret]"}"#),
        (#"{}"#, #"{}"#),
    ]

    @Test("field rules by path, detectors in values, exact output", arguments: cases)
    func exact(_ c: (input: String, expected: String)) throws {
        let out = EngineFixtures.scrub(c.input)
        #expect(out == c.expected)
        #expect(JSONValueParser.parse(Array(out.utf8)) != nil, "output is not valid JSON: \(out)")
    }

    @Test("invalid JSON falls back to text scanning (still scrubbed)", arguments: [
        (#"{"password":"x","#, #"{"password":"[REDACTED:secret]","#),
        (#"{"email": jane@example.com}"#, #"{"email": email~test~l3vtreyjcyh557gp}"#),
        (#"{not json password=hunter2"#, #"{not json password=[REDACTED:secret]"#),
        (#"{"a":1} trailing jane@example.com"#, #"{"a":1} trailing email~test~l3vtreyjcyh557gp"#),
    ])
    func fallback(_ c: (String, String)) {
        #expect(EngineFixtures.scrub(c.0) == c.1)
    }

    private static let dropRules = """
    version: 1
    rules:
      - id: debug
        fields: ["**.debug", "headers.authorization"]
        action: drop
    """

    @Test("drop removes members and keeps valid JSON", arguments: [
        (#"{"a":1,"debug":{"x":[1,2]},"b":2}"#, #"{"a":1,"b":2}"#),
        (#"{"debug":1,"a":2}"#, #"{"a":2}"#),
        (#"{"a":2,"debug":"x"}"#, #"{"a":2}"#),
        (#"{"debug":1}"#, #"{}"#),
        (#"{"o":{"debug":1,"debug":2},"l":[{"debug":0},{"k":1,"debug":0}]}"#, #"{"o":{},"l":[{},{"k":1}]}"#),
        (#"{"headers":{"authorization":"Bearer abcdefgh12345678","accept":"*/*"}}"#, #"{"headers":{"accept":"*/*"}}"#),
    ])
    func drop(_ c: (String, String)) throws {
        let s = try EngineFixtures.scrubber(defaultPackPlus: Self.dropRules)
        let out = s.scrub(c.0).output
        #expect(out == c.1)
        #expect(JSONValueParser.parse(Array(out.utf8)) != nil, "invalid JSON: \(out)")
    }

    @Test("drop with white space around members still yields valid JSON", arguments: [
        #"{ "debug" : 1 , "a" : 2 }"#, #"{ "a" : 2 , "debug" : 1 }"#, #"{ "a" : 2 , "debug" : 1 , "b" : 3 }"#,
    ])
    func dropWhitespace(_ input: String) throws {
        let s = try EngineFixtures.scrubber(defaultPackPlus: Self.dropRules)
        let out = s.scrub(input, format: .json).output
        let parsed = try #require(JSONValueParser.parse(Array(out.utf8)), "invalid JSON: \(out)")
        #expect(parsed["debug"] == nil)
        #expect(!out.contains("debug"))
    }

    @Test("a glob without ** matches only that path; arrays are transparent")
    func anchoredGlob() throws {
        let s = try EngineFixtures.scrubber([
            Rule(id: "hdr", matcher: .fields([try FieldGlob("headers.authorization")]), action: .redact, type: "auth"),
            Rule(id: "mail", matcher: .fields([try FieldGlob("users.contact")]), action: .redact, type: "contact"),
        ])
        #expect(s.scrub(#"{"headers":{"Authorization":"x"},"req":{"headers":{"authorization":"y"}}}"#).output
            == #"{"headers":{"Authorization":"[REDACTED:auth]"},"req":{"headers":{"authorization":"y"}}}"#)
        #expect(s.scrub(#"{"users":[{"contact":"a"},[{"contact":"b"}]],"contact":"c"}"#).output
            == #"{"users":[{"contact":"[REDACTED:contact]"},[{"contact":"[REDACTED:contact]"}]],"contact":"c"}"#)
    }

    @Test("a dotted key names a nested path (Elastic Common Schema: \"user.name\"); the path is restored for the next member")
    func dottedKeys() throws {
        let s = try EngineFixtures.scrubber([
            Rule(id: "hdr", matcher: .fields([try FieldGlob("headers.authorization")]), action: .redact, type: "auth"),
            Rule(id: "name", matcher: .fields([try FieldGlob("**.user.name")]), action: .redact, type: "name"),
        ])
        #expect(s.scrub(#"{"headers.Authorization":"x","user.name":"mwilson","event":{"user.name":"a","name":"b"},"name":"c","x..y":"d","z.":"e"}"#).output
            == #"{"headers.Authorization":"[REDACTED:auth]","user.name":"[REDACTED:name]","event":{"user.name":"[REDACTED:name]","name":"b"},"name":"c","x..y":"d","z.":"e"}"#)
        // `a.headers.authorization` is not `headers.authorization` (anchored glob).
        #expect(s.scrub(#"{"a.headers.authorization":"k","headers":{"authorization":"y"}}"#).output
            == #"{"a.headers.authorization":"k","headers":{"authorization":"[REDACTED:auth]"}}"#)
        // Long dotted keys: the last 64 parts are split, so rules on the tail still match.
        let deep = Array(repeating: "a", count: 100).joined(separator: ".") + ".user.name"
        #expect(s.scrub(#"{"\#(deep)":"mwilson"}"#).output == #"{"\#(deep)":"[REDACTED:name]"}"#)
        let dots = String(repeating: ".", count: 100_000) + "user.name"
        #expect(!s.scrub(#"{"\#(dots)":"mwilson","n":1}"#).output.contains("mwilson"))
        // The default pack on an ECS line.
        let ecs = EngineFixtures.scrub(#"{"@timestamp":"2026-11-29T10:00:00.000Z","user.name":"mwilson","ecs.version":"8.11.0"}"#)
        #expect(!ecs.contains("mwilson") && ecs.contains(#""ecs.version":"8.11.0""#))
    }

    @Test("defaults.fields redact replaces every unnamed value; named rules still apply")
    func defaultsRedact() throws {
        let s = try EngineFixtures.scrubber(defaultPackPlus: "version: 1\ndefaults:\n  fields: redact\n")
        let out = s.scrub(#"{"a":"x","password":"y","n":5,"o":{"k":"v","l":[1,"w"]},"email":"j@example.com"}"#).output
        #expect(out == #"{"a":"[REDACTED:field]","password":"[REDACTED:secret]","n":"[REDACTED:field]","o":{"k":"[REDACTED:field]","l":["[REDACTED:field]","[REDACTED:field]"]},"email":"email~test~lmceg6yq3c2ukggg"}"#)
    }

    @Test("defaults.fields drop removes every unnamed leaf; named rules still apply")
    func defaultsDrop() throws {
        let s = try EngineFixtures.scrubber(defaultPackPlus: "version: 1\ndefaults:\n  fields: drop\n")
        let out = s.scrub(#"{"a":"x","email":"j@example.com","o":{"k":"v"},"password":"p"}"#).output
        #expect(out == #"{"email":"email~test~lmceg6yq3c2ukggg","o":{},"password":"[REDACTED:secret]"}"#)
        #expect(JSONValueParser.parse(Array(out.utf8)) != nil)
    }

    @Test("keep rules keep a subtree but credentials inside are still scrubbed")
    func keepSubtree() throws {
        let s = try EngineFixtures.scrubber(defaultPackPlus: """
        version: 1
        rules:
          - id: keep-meta
            fields: ["meta"]
            action: keep
        """)
        let out = s.scrub(#"{"meta":{"email":"jane@example.com","ip":"203.0.113.7","auth":"Bearer abcdefgh12345678","key":"AKIAIOSFODNN7EXAMPLE"},"email":"jane@example.com"}"#).output
        #expect(out == #"{"meta":{"email":"jane@example.com","ip":"203.0.113.7","auth":"Bearer token~test~pguvewyxr2ok6vbz","key":"[REDACTED:api_key]"},"email":"email~test~l3vtreyjcyh557gp"}"#)
    }

    @Test("a JWT in a JSON string is summarised; signature never written")
    func jwtInJSON() {
        let token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
        let out = EngineFixtures.scrub(#"{"msg":"auth \#(token) ok","n":1}"#)
        #expect(out == #"{"msg":"auth [jwt;alg=HS256;typ=JWT;sub=sub~test~zpk7nicb6ejtistg;name=name~test~5zr4llmxcs2niuw5;iat=1516239022;fp=\#(EngineReference.pseudonym(token, type: "jwt"))] ok","n":1}"#)
    }
}
