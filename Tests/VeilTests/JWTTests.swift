import Testing
@testable import Veil

// MARK: - Vectors

/// RFC 7515 Appendix A compact serializations, copied from the RFC (line breaks removed).
enum RFC7515 {
    static let a1 = "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
    static let a2 = "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7AAuHIm4Bh-0Qc_lF5YKt_O8W2Fp5jujGbds9uJdbF9CUAr7t1dnZcAcQjbKBYNX4BAynRFdiuB--f_nZLgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQBMHlb1L07Qe7K0GarZRmB_eSN9383LcOLn6_dO--xi12jzDwusC-eOkHWEsqtFZESc6BfI7noOPqvhJ1phCnvWh6IeYI2w9QOYEUipUTI8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrBp0igcN_IoypGlUPQGe77Rw"
    static let a3 = "eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q"
    static let a4 = "eyJhbGciOiJFUzUxMiJ9.UGF5bG9hZA.AdwMgeerwtHoh-l192l60hp9wAHZFVJbLfD_UxMi70cwnZOYaRI1bKPWROc-mZZqwqT2SI-KGDKB34XO0aw_7XdtAG8GaSwFKdCAPZgoXD2YBJZCPEX3xKpRwcdOO8KpEHwJjyqOgzDO7iKvU8vcnwNrmxYbSW9ERBXukOXolLzeO_Jn"
    static let a5 = "eyJhbGciOiJub25lIn0.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ."
    /// The shared payload segment of A.1, A.2, A.3 and A.5.
    static let payloadSegment = "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ"
}

/// RFC 7516 Appendix A.2 (RSAES-PKCS1-v1_5 + A128CBC-HS256) JWE compact serialization.
let rfc7516A2 = "eyJhbGciOiJSU0ExXzUiLCJlbmMiOiJBMTI4Q0JDLUhTMjU2In0.UGhIOguC7IuEvf_NPVaXsGMoLOmwvc1GyqlIKOK1nN94nHPoltGRhWhw7Zx0-kFm1NJn8LE9XShH59_i8J0PH5ZZyNfGy2xGdULU7sHNF6Gp2vPLgNZ__deLKxGHZ7PcHALUzoOegEI-8E66jX2E4zyJKx-YxzZIItRzC5hlRirb6Y5Cl_p-ko3YvkkysZIFNPccxRU7qve1WYPxqbb2Yw8kZqa2rMWI5ng8OtvzlV7elprCbuPhcCdZ6XDP0_F8rkXds2vE4X-ncOIM8hAYHHi29NX0mcKiRaD0-D-ljQTP-cFPgwCp6X-nZZd9OHBv-B3oWh2TbqmScqXMR4gp_A.AxY8DCtDaGlsbGljb3RoZQ.KDlTtXchhZTGufMYmOYGS4HffxPSUrfmqCHXaI9wOGY.9hH0vgRfYgPnAHOd8stkvw"

/// header {"alg":"RS256","typ":"JWT","kid":"abc"}; payload
/// {"iss":"https://idp.example.com","aud":["api","web"],"exp":1700000000,"sub":"alice",
///  "name":"A; B] \"C\" é","address":{"street_address":"1 Main St","country":"DE"},
///  "roles":[["x"],{"y":1},true,null,2.5]}; a fake signature.
let claimsToken = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImFiYyJ9.eyJpc3MiOiJodHRwczovL2lkcC5leGFtcGxlLmNvbSIsImF1ZCI6WyJhcGkiLCJ3ZWIiXSwiZXhwIjoxNzAwMDAwMDAwLCJzdWIiOiJhbGljZSIsIm5hbWUiOiJBOyBCXSBcIkNcIiDDqSIsImFkZHJlc3MiOnsic3RyZWV0X2FkZHJlc3MiOiIxIE1haW4gU3QiLCJjb3VudHJ5IjoiREUifSwicm9sZXMiOltbIngiXSx7InkiOjF9LHRydWUsbnVsbCwyLjVdfQ.ZmFrZS1zaWduYXR1cmUtYnl0ZXMtMDEyMzQ1Njc4OQ"

/// JWE with `dir` (empty encrypted key): header {"alg":"dir","enc":"A128GCM","kid":"k"}.
let dirJWE = "eyJhbGciOiJkaXIiLCJlbmMiOiJBMTI4R0NNIiwia2lkIjoiayJ9..MTIzNDU2Nzg5MDEy.Y2lwaGVydGV4dC1ieXRlcw.MDEyMzQ1Njc4OWFiY2RlZg"

// MARK: - Helpers

/// Byte range of the first occurrence of `needle` in `hay`.
func byteRange(of needle: String, in hay: String) -> Range<Int>? {
    let h = Array(hay.utf8), n = Array(needle.utf8)
    guard n.count <= h.count else { return nil }
    for i in 0...(h.count - n.count) where Array(h[i..<(i + n.count)]) == n { return i..<(i + n.count) }
    return nil
}

/// Scans like the central scanner: every `eyJ` from left to right, skipping matched spans.
func scanJWTs(_ line: String, floor: Int = 0) -> [JWTCandidate] {
    let bytes = Array(line.utf8)
    return bytes.withUnsafeBufferPointer { buf in
        var found: [JWTCandidate] = []
        var i = floor
        var lower = floor
        while i + 3 <= buf.count {
            if buf[i] == UInt8(ascii: "e"), let c = JWTDetector.match(buf, at: i, floor: lower) {
                found.append(c)
                i = c.range.upperBound
                lower = i
            } else {
                i += 1
            }
        }
        return found
    }
}

func spans(_ line: String) -> [Range<Int>] { scanJWTs(line).map(\.range) }

func decode(_ token: String) -> DecodedToken {
    let bytes = Array(token.utf8)
    return bytes.withUnsafeBufferPointer { buf in
        guard let c = JWTDetector.match(buf, at: 0, floor: 0) else { return .malformed(reason: "not detected") }
        #expect(c.range == 0..<buf.count)
        return JOSEDecoder.decode(buf, candidate: c)
    }
}

/// Decodes a token found inside `line` (exercises rebasing of candidate ranges).
func decodeInLine(_ line: String) -> DecodedToken? {
    let bytes = Array(line.utf8)
    guard let c = scanJWTs(line).first else { return nil }
    let token = Array(bytes[c.range])
    return token.withUnsafeBufferPointer { JOSEDecoder.decode($0, candidate: c) }
}

func summarize(
    _ decoded: DecodedToken,
    fingerprint: String? = "jwt~k1~abcd",
    _ decide: (_ path: [String]) -> ClaimDecision
) -> String {
    JWTSummary.summary(decoded, fingerprint: fingerprint, decide: decide) { value, type in
        "\(type)~k1~" + String(decoding: value, as: UTF8.self).uppercased()
    }
}

func keepAll(_ path: [String]) -> ClaimDecision { .keep }

// MARK: - RFC vectors

@Suite struct JWTRFCVectorTests {
    @Test("RFC 7515 A.1 HS256") func a1() {
        #expect(spans("x " + RFC7515.a1 + " y") == [2..<(2 + RFC7515.a1.utf8.count)])
        let d = decode(RFC7515.a1)
        #expect(d.alg == "HS256")
        #expect(d.typ == "JWT")
        #expect(d.kid == nil)
        #expect(d.payload?["iss"]?.stringValue == "joe")
        #expect(d.payload?["exp"]?.numberText == "1300819380")
        #expect(d.payload?["http://example.com/is_root"] == .bool(true))
        let s = summarize(d, keepAll)
        #expect(s == "[jwt;alg=HS256;typ=JWT;iss=joe;exp=1300819380;http://example.com/is_root=true;fp=jwt~k1~abcd]")
        #expect(!s.contains("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
        #expect(!s.contains(RFC7515.payloadSegment))
    }

    @Test("RFC 7515 A.2 RS256") func a2() throws {
        let line = "Authorization: Bearer " + RFC7515.a2
        #expect(spans(line) == [22..<line.utf8.count])
        let c = try #require(scanJWTs(line).first)
        #expect(c.shape == .jws)
        #expect(c.segmentCount == 3)
        #expect(c.segments == [22..<42, 43..<137, 138..<line.utf8.count])
        let d = decode(RFC7515.a2)
        #expect(d.header == JSONValueParser.parse(Array(#"{"alg":"RS256"}"#.utf8)))
        #expect(d.alg == "RS256")
        #expect(d.typ == nil)
        #expect(d.payload?["iss"]?.stringValue == "joe")
        #expect(d.payload?["exp"]?.numberText == "1300819380")
        let s = summarize(d) { $0 == ["iss"] || $0 == ["exp"] ? .keep : .drop }
        #expect(s == "[jwt;alg=RS256;iss=joe;exp=1300819380;fp=jwt~k1~abcd]")
        let sig = String(RFC7515.a2.split(separator: ".")[2])
        #expect(!s.contains(sig))
        #expect(!s.contains(String(sig.prefix(12))))
        #expect(!s.contains(RFC7515.payloadSegment))
        #expect(decodeInLine(line) == d)
    }

    @Test("RFC 7515 A.3 ES256") func a3() {
        let line = #"{"token":""# + RFC7515.a3 + #"","n":1}"#
        #expect(spans(line) == [10..<(10 + RFC7515.a3.utf8.count)])
        let d = decode(RFC7515.a3)
        #expect(d.alg == "ES256")
        #expect(d.payload?["iss"]?.stringValue == "joe")
        #expect(d.payload?["exp"]?.numberText == "1300819380")
        let s = summarize(d, fingerprint: nil) { $0 == ["iss"] ? .pseudonymize(type: "iss") : .redact(type: "claim") }
        #expect(s == "[jwt;alg=ES256;iss=iss~k1~JOE;exp=REDACTED;http://example.com/is_root=REDACTED]")
        #expect(!s.contains("DtEhU3ljbEg8L38VWAfUAqOyKAM6"))
        #expect(!s.contains(RFC7515.payloadSegment))
    }

    @Test("RFC 7515 A.4 ES512: detected; its non-JSON payload makes it an opaque credential")
    func a4() {
        #expect(spans("id_token=" + RFC7515.a4 + "&x=1") == [9..<(9 + RFC7515.a4.utf8.count)])
        let d = decode(RFC7515.a4)
        #expect(d == .malformed(reason: "payload is not a base64url JSON object"))
        let s = summarize(d, keepAll)
        #expect(s == "[token]")
        #expect(!s.contains("AdwMgeerwtHoh"))
    }

    @Test("RFC 7515 A.5 unsecured: empty signature segment") func a5() throws {
        let line = "cookie: session=" + RFC7515.a5 + "; Path=/"
        #expect(spans(line) == [16..<(16 + RFC7515.a5.utf8.count)])
        let c = try #require(scanJWTs(line).first)
        #expect(c.segment(2).isEmpty)
        let d = decode(RFC7515.a5)
        #expect(d.alg == "none")
        #expect(d.payload?["iss"]?.stringValue == "joe")
        #expect(d.payload?["exp"]?.numberText == "1300819380")
        let s = summarize(d) { $0 == ["exp"] ? .keep : .drop }
        #expect(s == "[jwt;alg=none;exp=1300819380;fp=jwt~k1~abcd]")
        #expect(!s.contains(RFC7515.payloadSegment))
    }

    @Test("RFC 7516 A.2 JWE (RSA1_5, A128CBC-HS256)") func jweRSA() throws {
        let line = "token=" + rfc7516A2 + ", next"
        #expect(spans(line) == [6..<(6 + rfc7516A2.utf8.count)])
        let c = try #require(scanJWTs(line).first)
        #expect(c.shape == .jwe)
        #expect(c.segmentCount == 5)
        let d = decode(rfc7516A2)
        #expect(d.alg == "RSA1_5")
        #expect(d.enc == "A128CBC-HS256")
        #expect(d.payload == nil)
        let s = summarize(d) { _ in .keep }
        #expect(s == "[jwe;alg=RSA1_5;enc=A128CBC-HS256;fp=jwt~k1~abcd]")
        #expect(!s.contains("AxY8DCtDaGlsbGljb3RoZQ"))
        #expect(!s.contains("9hH0vgRfYgPnAHOd8stkvw"))
    }

    @Test("JWE with dir (empty encrypted key)") func jweDir() throws {
        let c = try #require(scanJWTs(dirJWE).first)
        #expect(c.shape == .jwe)
        #expect(c.range == 0..<dirJWE.utf8.count)
        #expect(c.segment(1).isEmpty)
        let d = decode(dirJWE)
        #expect(summarize(d, fingerprint: nil, keepAll) == "[jwe;alg=dir;enc=A128GCM;kid=k]")
    }
}

// MARK: - Detection in log contexts

@Suite struct JWTDetectionTests {
    let t = RFC7515.a1
    var n: Int { t.utf8.count }

    @Test func contexts() {
        // Bearer header
        #expect(spans("Authorization: Bearer \(t)") == [22..<(22 + n)])
        // query parameters
        #expect(spans("GET /cb?access_token=\(t)&state=xyz HTTP/1.1") == [21..<(21 + n)])
        #expect(spans("GET /cb?code=1&id_token=\(t)") == [24..<(24 + n)])
        // fragment
        #expect(spans("https://app.example.com/#id_token=\(t)&state=1") == [34..<(34 + n)])
        // cookie
        #expect(spans("Cookie: session=\(t); theme=dark") == [16..<(16 + n)])
        // JSON string, with \/ escapes elsewhere on the line
        #expect(spans(#"{"url":"https:\/\/api.example.com\/v1","token":"\#(t)"}"#) == [48..<(48 + n)])
        // inside a URL path
        #expect(spans("https://x.example/verify/\(t)/done") == [25..<(25 + n)])
        // followed by ) , ; space or end
        #expect(spans("(\(t))") == [1..<(1 + n)])
        #expect(spans("a=\(t),b") == [2..<(2 + n)])
        #expect(spans("\(t);") == [0..<n])
        #expect(spans("\(t) tail") == [0..<n])
        #expect(spans(t) == [0..<n])
        // a sentence dot after a JWS is not part of it
        #expect(spans("token is \(RFC7515.a2).") == [9..<(9 + RFC7515.a2.utf8.count)])
        // JSON inside a JSON string (escaped quotes)
        #expect(spans(#"{"msg":"{\"token\":\"\#(t)\"}"}"#) == [21..<(21 + n)])
        // after JSON escapes: \n and \u0022
        #expect(spans(#""line1\n\#(t)""#) == [8..<(8 + n)])
        #expect(spans(#""q=\u0022\#(t)\u0022""#) == [9..<(9 + n)])
        // URL-encoded inside another URL's parameter
        #expect(spans("redirect=https%3A%2F%2Fapp%2Fcb%3Fid_token%3D\(t)%26state%3D1") == [45..<(45 + n)])
        // two tokens on one line
        #expect(spans("a=\(t) b=\(RFC7515.a3)") == [2..<(2 + n), (5 + n)..<(5 + n + RFC7515.a3.utf8.count)])
    }

    @Test func floorAndPreviousByte() {
        let line = Array("x=\(t)".utf8)
        line.withUnsafeBufferPointer { buf in
            #expect(JWTDetector.match(buf, at: 2, floor: 0)?.range == 2..<buf.count)
            #expect(JWTDetector.match(buf, at: 2, floor: 3) == nil)     // at < floor
            #expect(JWTDetector.match(buf, at: 1, floor: 0) == nil)     // not at eyJ
        }
        // Preceded by a base64url byte: mid-word, not a token start…
        #expect(spans("Z\(t)").isEmpty)
        #expect(spans("_\(t)").isEmpty)
        // …unless the scanner's floor is right there (start of the value).
        let glued = Array("Z\(t)".utf8)
        glued.withUnsafeBufferPointer { buf in
            #expect(JWTDetector.match(buf, at: 1, floor: 1)?.range == 1..<buf.count)
        }
    }

    @Test func negatives() {
        #expect(spans("eyJ").isEmpty)
        #expect(spans("eyJ rest").isEmpty)
        #expect(spans("eyJhbGciOiJIUzI1NiJ9").isEmpty)                      // header only
        #expect(spans("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0").isEmpty)     // two segments
        #expect(spans("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0 .x").isEmpty)
        #expect(spans("eyJhbGciOiJIUzI1NiJ9..sig").isEmpty)                 // empty payload
        #expect(spans("data=QUFBQUFBeyJhIjoxfQ.abc.def").isEmpty)            // eyJ inside a base64 blob
        #expect(spans("blob eyJ0ZXN0IjoxfQ==").isEmpty)                     // base64 blob, no dots
        #expect(spans("version 1.2.3 and eyJabc").isEmpty)
    }

    @Test func segmentCounts() throws {
        // 4 segments, last non-empty → reported whole as unrecognized (fails closed).
        let four = "\(t).extra"
        let c4 = try #require(scanJWTs(four).first)
        #expect(c4.range == 0..<four.utf8.count)
        #expect(c4.shape == .unrecognized)
        #expect(c4.segmentCount == 4)
        #expect(c4.segments == nil)
        let d4 = four.utf8.withContiguousStorageIfAvailable { JOSEDecoder.decode($0, candidate: c4) }
        #expect(d4 == .malformed(reason: "unexpected number of segments"))
        // 6 segments with the last empty → JWE followed by a dot.
        let six = "\(dirJWE)."
        #expect(scanJWTs(six).first?.range == 0..<dirJWE.utf8.count)
        #expect(scanJWTs(six).first?.shape == .jwe)
        // 7 segments → unrecognized, whole run.
        let seven = "\(dirJWE).a.b"
        #expect(scanJWTs(seven).first?.range == 0..<seven.utf8.count)
        #expect(scanJWTs(seven).first?.shape == .unrecognized)
        #expect(scanJWTs(seven).first?.segmentCount == 7)
    }

    @Test("padded segments stay in the span and decode as malformed") func padding() throws {
        let padded = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0=.c2ln"
        let c = try #require(scanJWTs("t=\(padded)&").first)
        #expect(c.range == 2..<(2 + padded.utf8.count))
        #expect(decode(padded) == .malformed(reason: "payload is not a base64url JSON object"))
    }

    @Test("oversized tokens are reported, flagged, and not decoded") func oversized() throws {
        let big = "eyJhbGciOiJIUzI1NiJ9." + String(repeating: "A", count: JWTDetector.maximumTokenLength) + ".sig"
        let c = try #require(scanJWTs("x \(big) y").first)
        #expect(c.isOversized)
        #expect(c.range == 2..<(2 + big.utf8.count))
        #expect(c.segments == nil)
        let d = Array(big.utf8).withUnsafeBufferPointer { buf in
            JOSEDecoder.decode(buf, candidate: c)
        }
        #expect(d == .malformed(reason: "token longer than maximumTokenLength"))
        // Exactly at the limit is fine.
        let atLimit = "eyJhbGciOiJIUzI1NiJ9." + String(repeating: "A", count: JWTDetector.maximumTokenLength - 25) + ".sig"
        #expect(atLimit.utf8.count == JWTDetector.maximumTokenLength)
        #expect(scanJWTs(atLimit).first?.isOversized == false)
    }
}

// MARK: - Decoding failures

@Suite struct JOSEDecoderTests {
    @Test func malformed() {
        // bad base64 in the header ('!' ends the run, so use a length ≡ 1 mod 4 header)
        #expect(decode("eyJhbGciOiJIUzI1NiJ9A.eyJzdWIiOiIxIn0.c2ln") == .malformed(reason: "header is not a base64url JSON object"))
        // header that is not JSON: "{\"alg\"" truncated
        #expect(decode("eyJhbGci.eyJzdWIiOiIxIn0.c2ln") == .malformed(reason: "header is not a base64url JSON object"))
        // header without alg: {"typ":"JWT"}
        #expect(decode("eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiIxIn0.c2ln") == .malformed(reason: "header has no string alg"))
        // alg not a string: {"alg":1}
        #expect(decode("eyJhbGciOjF9.eyJzdWIiOiIxIn0.c2ln") == .malformed(reason: "header has no string alg"))
        // payload not JSON ("not json")
        #expect(decode("eyJhbGciOiJIUzI1NiJ9.bm90IGpzb24.c2ln") == .malformed(reason: "payload is not a base64url JSON object"))
        // payload JSON but not an object (["alg"])
        #expect(decode("eyJhbGciOiJIUzI1NiJ9.WyJhbGciXQ.c2ln") == .malformed(reason: "payload is not a base64url JSON object"))
        // JWE header without enc
        #expect(decode("eyJhbGciOiJSU0EtT0FFUCJ9.a.b.c.d") == .malformed(reason: "JWE header has no string enc"))
        // valid one for contrast
        #expect(decode("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln") == .jws(
            header: .object([(key: Array("alg".utf8), value: .string(Array("HS256".utf8)))]),
            payload: .object([(key: Array("sub".utf8), value: .string(Array("1".utf8)))])))
    }

    @Test func base64url() {
        #expect(Base64URL.decode("eyJzdWIiOiIxIn0") == Array(#"{"sub":"1"}"#.utf8))
        #expect(Base64URL.decode("") == [])
        #expect(Base64URL.decode("QQ") == [0x41])
        #expect(Base64URL.decode("QUI") == [0x41, 0x42])
        #expect(Base64URL.decode("-_8") == [0xFB, 0xFF])
        #expect(Base64URL.decode("Q") == nil)           // length ≡ 1 mod 4
        #expect(Base64URL.decode("QQ==") == nil)        // padding
        #expect(Base64URL.decode("+/8") == nil)         // standard alphabet
        #expect(Base64URL.decode("QU I") == nil)
        #expect(Base64URL.encode(Array("any carnal pleas".utf8)) == "YW55IGNhcm5hbCBwbGVhcw")
        #expect(Base64URL.encode([0xFB, 0xFF]) == "-_8")
    }

    /// Bit by bit, one character at a time: the decoder the four-at-a-time one replaced.
    static func referenceDecode(_ text: [UInt8]) -> [UInt8]? {
        if text.count % 4 == 1 { return nil }
        var out: [UInt8] = []
        var acc: UInt32 = 0, bits = 0
        for c in text {
            let v = Base64URL.sextet(c)
            if v == 0xFF { return nil }
            acc = acc << 6 | UInt32(v)
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8(truncatingIfNeeded: acc >> UInt32(bits)))
                acc &= (1 << UInt32(bits)) - 1
            }
        }
        return out
    }

    @Test("base64url decoding equals the one-character-at-a-time reference on random inputs (every length, invalid bytes included)")
    func base64urlMatchesReference() {
        var rng = SystemRandomNumberGenerator()
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
        var decoded = 0, rejected = 0
        for length in 0..<40 {
            for _ in 0..<200 {
                var text = (0..<length).map { _ in alphabet.randomElement(using: &rng)! }
                // One in four inputs gets one byte outside the alphabet at a random place.
                if length > 0, Int.random(in: 0..<4, using: &rng) == 0 {
                    text[Int.random(in: 0..<length, using: &rng)] = [UInt8(ascii: "="), UInt8(ascii: "+"), 0x20, 0x00, 0xC3, 0xFF].randomElement(using: &rng)!
                }
                let expected = Self.referenceDecode(text)
                let got = text.withUnsafeBufferPointer { Base64URL.decode($0) }
                #expect(got == expected, "\(String(decoding: text, as: UTF8.self))")
                if expected == nil { rejected += 1 } else { decoded += 1 }
            }
        }
        #expect(decoded > 1000 && rejected > 1000)
    }
}

// MARK: - Summary

@Suite struct JWTSummaryTests {
    @Test("escaping, nested paths, arrays") func claims() {
        let d = decode(claimsToken)
        #expect(d.kid == "abc")
        var seen: [[String]] = []
        let s = summarize(d) { path in
            seen.append(path)
            switch path {
            case ["address", "street_address"]: return .drop
            case ["sub"]: return .pseudonymize(type: "sub")
            case ["exp"]: return .mask(MaskOptions(keepFirst: 2, keepLast: 2))
            default: return .keep
            }
        }
        #expect(seen == [["iss"], ["aud"], ["exp"], ["sub"], ["name"], ["address", "street_address"], ["address", "country"], ["roles"]])
        #expect(s == "[jwt;alg=RS256;typ=JWT;kid=abc;iss=https://idp.example.com;aud=api,web;exp=17******00;sub=sub~k1~ALICE;name=A%3B%20B%5D%20%22C%22%20%C3%A9;address.country=DE;roles=x,{},true,null,2.5;fp=jwt~k1~abcd]")
        #expect(!s.contains("1 Main St") && !s.contains("Main"))
        #expect(!s.contains("ZmFrZS1zaWduYXR1cmU"))
        for b in s.utf8 {
            #expect(b > 0x20 && b < 0x7F && b != UInt8(ascii: "\"") && b != UInt8(ascii: "\\"))
        }
    }

    @Test("default drop leaves only header facts; arrays pseudonymised per element")
    func arraysAndDrop() {
        let d = decode(claimsToken)
        #expect(summarize(d, fingerprint: nil) { _ in .drop } == "[jwt;alg=RS256;typ=JWT;kid=abc]")
        let s = summarize(d, fingerprint: nil) { $0 == ["aud"] ? .pseudonymize(type: "aud") : .drop }
        #expect(s == "[jwt;alg=RS256;typ=JWT;kid=abc;aud=aud~k1~API,aud~k1~WEB]")
    }

    @Test("values, names, kid and fingerprint are escaped") func escaping() {
        let header = JSONValue.object([
            (key: Array("alg".utf8), value: .string(Array("HS256".utf8))),
            (key: Array("kid".utf8), value: .string(Array("a;b=c]".utf8))),
        ])
        let payload = JSONValue.object([
            (key: Array("we;ird=".utf8), value: .string(Array("x\\y\n%".utf8))),
            (key: Array("n".utf8), value: .number(Array("-1.5e3".utf8))),
        ])
        let s = summarize(.jws(header: header, payload: payload), fingerprint: "f p", keepAll)
        #expect(s == "[jwt;alg=HS256;kid=a%3Bb%3Dc%5D;we%3Bird%3D=x%5Cy%0A%25;n=-1.5e3;fp=f%20p]")
        // a hostile pseudonymiser output cannot break out either
        let s2 = JWTSummary.summary(.jws(header: header, payload: payload), fingerprint: nil,
                                    decide: { _ in .pseudonymize(type: "t") }, pseudonymize: { _, _ in "a] \"b\"" })
        #expect(s2 == "[jwt;alg=HS256;kid=a%3Bb%3Dc%5D;we%3Bird%3D=a%5D%20%22b%22;n=a%5D%20%22b%22]")
    }

    @Test func malformedWritesToken() {
        var out: [UInt8] = Array("x=".utf8)
        JWTSummary.write(.malformed(reason: "bad"), fingerprint: "fp", decide: { _ in .keep },
                         pseudonymize: { _, _ in "" }, into: &out)
        #expect(String(decoding: out, as: UTF8.self) == "x=[token]")
    }

    @Test func masking() {
        #expect(JWTSummary.mask(Array("4111-1111-1111-1234".utf8), MaskOptions()) == Array("****-****-****-1234".utf8))
        #expect(JWTSummary.mask(Array("abc".utf8), MaskOptions()) == Array("***".utf8))
        #expect(JWTSummary.mask(Array("a.b".utf8), MaskOptions(keepLast: 0, character: UInt8(ascii: "#"), preserveSeparators: false)) == Array("###".utf8))
    }
}

// MARK: - Properties

/// A small deterministic generator (no Foundation).
private struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct JWTPropertyTests {
    @Test("every byte in a kept claim comes out percent-encoded or safe") func summaryAlphabet() {
        let all = (1...255).map { UInt8($0) }
        // Only valid UTF-8 can reach a claim, so build the value from escapes and real UTF-8.
        var json: [UInt8] = Array(#"{"k":""#.utf8)
        for b in all where b < 0x80 {
            if b < 0x20 || b == 0x22 || b == 0x5C { json += Array(String(format4: b).utf8) } else { json.append(b) }
        }
        json += Array("é€😀\"}".utf8)
        let payload = JSONValueParser.parse(json)!
        let header = JSONValue.object([(key: Array("alg".utf8), value: .string(Array("HS256".utf8)))])
        let s = summarize(.jws(header: header, payload: payload), fingerprint: nil, keepAll)
        #expect(s.hasPrefix("[jwt;alg=HS256;k=%01%02%03"))
        #expect(s.hasSuffix("%C3%A9%E2%82%AC%F0%9F%98%80]"))
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~:/@+!*'()-%[];=,{}".utf8)
        for b in s.utf8 { #expect(allowed.contains(b), "unexpected byte \(b)") }
        #expect(s.utf8.filter { $0 == UInt8(ascii: "]") }.count == 1)
    }

    @Test("mutated tokens never crash and never leak the signature") func fuzzTokens() {
        var rng = SplitMix64(state: 7515)
        let alphabet = Array("AZaz09-_.=%\"; eyJ".utf8)
        for base in [RFC7515.a1, RFC7515.a2, RFC7515.a5, rfc7516A2, claimsToken] {
            for _ in 0..<300 {
                var b = Array(base.utf8)
                for _ in 0..<Int.random(in: 1...4, using: &rng) {
                    let i = Int.random(in: 0..<b.count, using: &rng)
                    switch Int.random(in: 0..<3, using: &rng) {
                    case 0: b[i] = alphabet.randomElement(using: &rng)!
                    case 1: b.remove(at: i)
                    default: b.insert(alphabet.randomElement(using: &rng)!, at: i)
                    }
                    if b.isEmpty { b = [0x65] }
                }
                let line = String(decoding: b, as: UTF8.self)
                for c in scanJWTs(line) {
                    let bytes = Array(line.utf8)
                    let token = Array(bytes[c.range])
                    let d = token.withUnsafeBufferPointer { JOSEDecoder.decode($0, candidate: c) }
                    let s = summarize(d) { _ in .drop }
                    #expect(!s.contains("."), "summary leaked a dotted segment: \(s)")
                    if c.shape == .jws, !c.isOversized, c.segment(2).count > 8 {
                        let sig = String(decoding: bytes[c.segment(2)], as: UTF8.self)
                        #expect(!s.contains(sig))
                    }
                }
            }
        }
    }

    @Test("random bytes never crash the JSON parser") func fuzzJSON() {
        var rng = SplitMix64(state: 8259)
        let pieces = Array("{}[],:\"\\u0aD8DCe+-.1 tfn".utf8)
        var accepted = 0
        for _ in 0..<3000 {
            let n = Int.random(in: 0..<24, using: &rng)
            let doc = (0..<n).map { _ in pieces.randomElement(using: &rng)! }
            if JSONValueParser.parse(doc) != nil { accepted += 1 }
        }
        #expect(accepted < 3000)
    }
}

extension String {
    /// `\u00XX` for a byte.
    init(format4 b: UInt8) {
        let hex = Array("0123456789abcdef")
        self = "\\u00" + String(hex[Int(b >> 4)]) + String(hex[Int(b & 15)])
    }
}

@Suite struct JWTSummaryCacheTests {
    static func token(_ i: Int) -> String {
        let header = Base64URL.encode(Array("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"k\(i % 3)\"}".utf8))
        let payload = Base64URL.encode(Array("{\"iss\":\"https://idp.example.com\",\"sub\":\"user-\(i)\",\"email\":\"u\(i)@example.com\",\"exp\":\(1_700_000_000 + i)}".utf8))
        return "\(header).\(payload).c2lnLQ\(i)"
    }

    @Test("a cached summary is byte-for-byte what a fresh scrubber writes, across evictions")
    func cachedEqualsFresh() throws {
        let cached = try Scrubber(rules: .default, keys: .test)
        let count = JWTSummaryCache.capacity + 100  // forces the cache to start over once
        // A malformed token (payload not JSON) takes the opaque-credential path, also cached.
        let malformed = "eyJhbGciOiJIUzI1NiJ9.bm90LWpzb24.c2ln"
        let lines = (0..<count).map { "GET /x Authorization: Bearer \(Self.token($0))" } + ["token=\(malformed)"]
        let first = lines.map { cached.scrub($0).output }
        let second = lines.map { cached.scrub($0).output }
        let fresh = try Scrubber(rules: .default, keys: .test)
        for (k, line) in lines.enumerated() {
            #expect(first[k] == second[k], "\(line)")
            #expect(fresh.scrub(line).output == first[k], "\(line)")
        }
        #expect(first[7].contains("[jwt;alg=RS256;typ=JWT;kid=k1;iss=https://idp.example.com;sub=sub~test~"))
        #expect(!first[7].contains("user-7") && !first[7].contains("u7@example.com") && !first[7].contains("c2lnLQ7"))
        #expect(first.last!.hasPrefix("token=token~test~") || first.last!.hasPrefix("token=[REDACTED"), "\(first.last!)")
        // Two tokens differing in one claim get different summaries (no cross-talk).
        #expect(first[1] != first[2])
    }
}

@Suite struct ClaimDecisionTableTests {
    static let paths: [[String]] = [
        ["sub"], ["email"], ["name"], ["iss"], ["exp"], ["favorite_color"], [""], ["address"],
        ["address", "country"], ["sub", "x"], ["custom", "email"], ["birthdate"], ["jti"],
    ]

    @Test("the precomputed top-level claim decisions equal the full look-up (default pack, nested rules, an every-path rule)",
          arguments: [0, 1, 2])
    func tableAgrees(_ setup: Int) throws {
        let scrubber: Scrubber
        switch setup {
        case 0: scrubber = EngineFixtures.scrubber
        case 1:
            scrubber = try EngineFixtures.scrubber([
                Rule(id: "jwt", matcher: .detector(.jwt), action: .redact),
                Rule(id: "sub", matcher: .jwtClaims([["sub"], ["address", "country"]]), action: .redact, type: "sub"),
                Rule(id: "addr", matcher: .jwtClaims([["address"]]), action: .drop),
                Rule(id: "mail", matcher: .jwtClaims([["email"]]), action: .pseudonymize, type: "email"),
            ])
        default:
            // An empty claim path names every claim (API only): the table must not shadow it.
            var set = RuleSet.default
            set.rules.append(Rule(id: "all-claims", matcher: .jwtClaims([[]]), action: .redact, type: "claim"))
            scrubber = try EngineFixtures.scrubber(set.rules, defaults: set.defaults)
        }
        var differing = 0
        for path in Self.paths {
            let fast = String(describing: scrubber.claimDecision(path))
            let full = String(describing: Scrubber.claimDecision(path, compiled: scrubber.compiled, hasKeys: !scrubber.pseudonymizer.keys.isEmpty))
            #expect(fast == full, "\(path)")
            if fast != String(describing: ClaimDecision.keep) { differing += 1 }
        }
        #expect(differing >= 3, "some paths are not kept")
    }
}
