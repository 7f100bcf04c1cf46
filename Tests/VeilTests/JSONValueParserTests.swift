import Testing
@testable import Veil

private func parse(_ s: String) -> JSONValue? { JSONValueParser.parse(Array(s.utf8)) }
private func parseBytes(_ b: [UInt8]) -> JSONValue? { JSONValueParser.parse(b) }
private func failure(_ s: String) -> JSONValueParser.Failure? {
    let bytes: [UInt8] = Array(s.utf8)
    return bytes.withUnsafeBufferPointer { (buf: Bytes) -> JSONValueParser.Failure? in
        do throws(JSONValueParser.Failure) {
            _ = try JSONValueParser.parseOrThrow(buf)
            return nil
        } catch {
            return error
        }
    }
}
private func str(_ s: String) -> JSONValue { .string(Array(s.utf8)) }
private func num(_ s: String) -> JSONValue { .number(Array(s.utf8)) }

@Suite struct JSONValueParserTests {
    @Test func scalars() {
        #expect(parse("null") == .null)
        #expect(parse(" true ") == .bool(true))
        #expect(parse("\tfalse\r\n") == .bool(false))
        #expect(parse("0") == num("0"))
        #expect(parse("-0") == num("-0"))
        #expect(parse("1300819380") == num("1300819380"))
        #expect(parse("-12.50e+03") == num("-12.50e+03"))
        #expect(parse("1E-7") == num("1E-7"))
        #expect(parse(#""""#) == str(""))
        #expect(parse(#""héllo""#) == str("héllo"))
    }

    @Test func containers() {
        #expect(parse("[]") == .array([]))
        #expect(parse("{}") == .object([]))
        #expect(parse(#" [1, "a", [null], {"k": false}] "#) == .array([
            num("1"), str("a"), .array([.null]), .object([(key: Array("k".utf8), value: .bool(false))]),
        ]))
        let v = parse(#"{"iss":"joe",\#r\#n "exp":1300819380,"nested":{"a":[1,2]}}"#)
        #expect(v?["iss"]?.stringValue == "joe")
        #expect(v?["exp"]?.numberText == "1300819380")
        #expect(v?["nested"]?["a"] == .array([num("1"), num("2")]))
        #expect(v?["missing"] == nil)
        #expect(v?["iss"]?["x"] == nil)
    }

    @Test("duplicate keys are kept in order; subscript returns the last") func duplicates() {
        let v = parse(#"{"a":1,"b":2,"a":3}"#)
        #expect(v == .object([
            (key: Array("a".utf8), value: num("1")),
            (key: Array("b".utf8), value: num("2")),
            (key: Array("a".utf8), value: num("3")),
        ]))
        #expect(v?["a"] == num("3"))
        #expect(v != parse(#"{"b":2,"a":1,"a":3}"#))
    }

    @Test func escapes() {
        #expect(parse(#""a\"b\\c\/d\b\f\n\r\t""#) == .string(Array("a\"b\\c/d".utf8) + [0x08, 0x0C, 0x0A, 0x0D, 0x09]))
        #expect(parse(#""\u0041\u00e9\u20AC""#) == str("Aé€"))
        #expect(parse(#""\u0000""#) == .string([0]))
        // surrogate pair → U+1F600
        #expect(parse(#""\uD83D\uDE00""#) == .string([0xF0, 0x9F, 0x98, 0x80]))
        // lone high, lone low, high followed by non-low → U+FFFD
        #expect(parse(#""\uD83Dx""#) == .string([0xEF, 0xBF, 0xBD, 0x78]))
        #expect(parse(#""\uDE00""#) == .string([0xEF, 0xBF, 0xBD]))
        #expect(parse(#""\uD83D\u0041""#) == .string([0xEF, 0xBF, 0xBD, 0x41]))
        #expect(parse(#""\uD83D\uD83D\uDE00""#) == .string([0xEF, 0xBF, 0xBD, 0xF0, 0x9F, 0x98, 0x80]))
        #expect(parse(#""\uD83D""#) == .string([0xEF, 0xBF, 0xBD]))
    }

    @Test func invalid() {
        for bad in [
            "", " ", "nul", "tru", "True", "NaN", "01", "-", "1.", ".5", "1e", "+1", "0x10",
            "[1,]", "[,1]", "{\"a\":1,}", "{\"a\"}", "{a:1}", "{'a':1}", "[1 2]", "{\"a\":1 \"b\":2}",
            "\"abc", "\"\\x\"", "\"\\u12G4\"", "\"\\u12\"", "[", "{", "]",
            "\"tab\there\"", "\"nl\nhere\"", "\u{FEFF}1",
        ] {
            #expect(parse(bad) == nil, "accepted \(bad.debugDescription)")
        }
        #expect(failure("[1] x") == .trailingGarbage(offset: 4))
        #expect(failure("{} {}") == .trailingGarbage(offset: 3))
        #expect(failure("\"a") == .unexpectedEnd)
        #expect(failure("[01]") == .unexpectedByte(offset: 2))
    }

    @Test func utf8Validation() {
        #expect(parseBytes([0x22, 0xC3, 0xA9, 0x22]) == .string([0xC3, 0xA9]))
        #expect(parseBytes([0x22, 0xF0, 0x9F, 0x98, 0x80, 0x22]) == .string([0xF0, 0x9F, 0x98, 0x80]))
        #expect(parseBytes([0x22, 0xC3, 0x22]) == nil)             // truncated
        #expect(parseBytes([0x22, 0xC0, 0xAF, 0x22]) == nil)       // overlong
        #expect(parseBytes([0x22, 0xED, 0xA0, 0x80, 0x22]) == nil) // encoded surrogate
        #expect(parseBytes([0x22, 0xFF, 0x22]) == nil)
        #expect(parseBytes([0xC3, 0xA9]) == nil)                   // non-ASCII outside a string
    }

    @Test("depth 64 parses, 65 is rejected") func depth() {
        #expect(JSONValueParser.maximumDepth == 64)
        let ok = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect(parse(ok) != nil)
        let tooDeep = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
        #expect(parse(tooDeep) == nil)
        #expect(failure(tooDeep) == .tooDeep(offset: 64))
        let objOK = String(repeating: #"{"a":"#, count: 64) + "1" + String(repeating: "}", count: 64)
        #expect(parse(objOK) != nil)
        let objDeep = String(repeating: #"{"a":"#, count: 65) + "1" + String(repeating: "}", count: 65)
        #expect(parse(objDeep) == nil)
        // Hostile: a megabyte of '[' fails fast without exhausting the stack.
        #expect(parse(String(repeating: "[", count: 1 << 20)) == nil)
    }
}
