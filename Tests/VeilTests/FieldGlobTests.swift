import Testing
@testable import Veil

@Suite struct FieldGlobTests {
    private static func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

    @Test("parses segments, normalised, with ** collapsed")
    func parsesSegments() throws {
        let g = try FieldGlob("**.Headers.API_Key")
        #expect(g.source == "**.Headers.API_Key")
        #expect(g.description == "**.Headers.API_Key")
        #expect(g.segments == [.anyDepth, .pattern(Self.bytes("headers")), .pattern(Self.bytes("apikey"))])
        let c = try FieldGlob("a.**.**.b")
        #expect(c.segments == [.pattern(Self.bytes("a")), .anyDepth, .pattern(Self.bytes("b"))])
        let star = try FieldGlob("user.*_name")
        #expect(star.segments == [.pattern(Self.bytes("user")), .pattern(Self.bytes("*name"))])
    }

    @Test("invalid globs are rejected with a badGlob error", arguments: [
        ("", "empty field glob"),
        ("a..b", "empty segment in field glob 'a..b'"),
        (".a", "empty segment in field glob '.a'"),
        ("a.", "empty segment in field glob 'a.'"),
        ("***", "'***' in field glob '***'"),
        ("a.***.b", "'***' in field glob 'a.***.b'"),
        ("x***", "'***' in field glob 'x***'"),
        ("a**", "'**' must be a whole segment in field glob 'a**'"),
        ("a.**b.c", "'**' must be a whole segment in field glob 'a.**b.c'"),
    ])
    func invalid(glob: String, message: String) {
        #expect {
            _ = try FieldGlob(glob)
        } throws: { error in
            guard let e = error as? VeilError else { return false }
            return e.code == .badGlob && e.message == message && e.hint != nil
        }
    }

    @Test("matching table", arguments: [
        ("password", ["password"], true),
        ("password", ["Password"], true),
        ("password", ["user", "password"], false),
        ("password", ["passwords"], false),
        ("**.password", ["password"], true),
        ("**.password", ["a", "b", "password"], true),
        ("**.password", ["password", "x"], false),
        ("headers.authorization", ["Headers", "Authorization"], true),
        ("headers.authorization", ["headers"], false),
        ("headers.authorization", ["headers", "authorization", "x"], false),
        ("api_key", ["API-Key"], true),
        ("api_key", ["apiKey"], true),
        ("API-KEY", ["api_key"], true),
        ("api_key", ["api.key"], false),
        ("user.*name", ["user", "username"], true),
        ("user.*name", ["user", "user_name"], true),
        ("user.*name", ["user", "name"], true),
        ("user.*name", ["user", "names"], false),
        ("*", ["x"], true),
        ("*", ["x", "y"], false),
        ("**", ["x", "y"], true),
        ("a.**", ["a"], true),
        ("a.**", ["a", "b", "c"], true),
        ("a.**", ["b"], false),
        ("a.**.b", ["a", "b"], true),
        ("a.**.b", ["a", "x", "y", "b"], true),
        ("a.**.b", ["a", "x", "y", "c"], false),
        ("**.b.**.c", ["x", "b", "y", "c"], true),
        ("**.b.**.c", ["x", "c", "b"], false),
        ("**.a.b", ["a", "a", "b"], true),
        ("**.a.b", ["a", "b", "a", "c"], false),
        ("**.a.*.c", ["a", "a", "x", "c"], true),
        ("*token*", ["accessTokenValue"], true),
        ("*token*", ["tok"], false),
        ("a*b*c", ["aXbYc"], true),
        ("a*b*c", ["aXcYb"], false),
        ("*.*", ["a", "b"], true),
        ("*.*", ["a"], false),
    ] as [(String, [String], Bool)])
    func matches(glob: String, path: [String], expected: Bool) throws {
        let g = try FieldGlob(glob)
        #expect(g.matches(keys: path) == expected)
        #expect(g.matches(path.map { FieldGlob.normalize($0.utf8) }) == expected)
    }

    @Test("segment wildcard matching", arguments: [
        ("", "", true),
        ("", "a", false),
        ("*", "", true),
        ("*", "anything", true),
        ("a*", "a", true),
        ("a*", "ba", false),
        ("*a", "bba", true),
        ("*a*a", "aaa", true),
        ("*ab", "aab", true),
        ("*ab", "aba", false),
        ("a**b", "ab", true),
        ("abc", "abc", true),
        ("abc", "abd", false),
    ] as [(String, String, Bool)])
    func segment(pattern: String, key: String, expected: Bool) {
        #expect(FieldGlob.segmentMatches(Self.bytes(pattern), Self.bytes(key)) == expected)
        let viaPointer = Self.bytes(key).withUnsafeBufferPointer { FieldGlob.segmentMatches(Self.bytes(pattern), $0) }
        #expect(viaPointer == expected)
        #expect(FieldGlob.segmentMatches(Self.bytes(pattern), Self.bytes(key)[...]) == expected)
    }

    @Test("last segment literal")
    func lastLiteral() throws {
        #expect(try FieldGlob("**.Pass_Word").lastSegmentLiteral == Self.bytes("password"))
        #expect(try FieldGlob("headers.authorization").lastSegmentLiteral == Self.bytes("authorization"))
        #expect(try FieldGlob("user.*name").lastSegmentLiteral == nil)
        #expect(try FieldGlob("a.**").lastSegmentLiteral == nil)
        #expect(try FieldGlob("*").lastSegmentLiteral == nil)
    }

    @Test("normalize lowercases ASCII and the capitals of other scripts, and drops _ and -")
    func normalize() {
        #expect(FieldGlob.normalize("X-API_Key".utf8) == Self.bytes("xapikey"))
        #expect(FieldGlob.normalize("Ünï".utf8) == Array("ünï".utf8))
        #expect(FieldGlob.normalize("Дата_Рождения".utf8) == Array("датарождения".utf8))
        #expect(FieldGlob.normalize("日本_語".utf8) == Array("日本語".utf8))
        #expect(FieldGlob.normalize("__".utf8) == [])
    }
}
