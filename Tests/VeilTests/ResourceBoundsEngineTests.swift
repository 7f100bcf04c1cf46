import Foundation
import Testing
@testable import Veil
#if canImport(Glibc)
import Glibc
#endif

/// Hostile inputs past the CLI's 1 MiB line limit, at engine level: a scrubber with
/// the line limit raised to 64 MiB shows that the other bounds (token size, JSON
/// depth, findings per line, the JWT scanner) hold on their own. Records wall time
/// and the growth of this process's peak RSS (an upper bound; suites run in
/// parallel) against the bounds in docs/limits.md.
@Suite(.serialized) struct ResourceBoundsEngineTests {
    static let scrubber = try! Scrubber(rules: .default, keys: .test, limits: ScrubLimits(maximumLineLength: 64 << 20))

    static func peakRSSMiB() -> Double {
        var u = rusage()
        getrusage(RUSAGE_SELF.rawValue, &u)
        return Double(u.ru_maxrss) / 1024
    }

    static func timed(_ name: String, maxSeconds: Double, _ line: [UInt8], format: InputFormat = .auto) -> [UInt8] {
        let rssBefore = peakRSSMiB()
        let started = Date()
        let (out, _) = EngineFixtures.scrubBytes(line, with: scrubber, format: format)
        let seconds = Date().timeIntervalSince(started)
        let msg = String(format: "resource-bound (engine) %@: %.2f s (bound %.0f s), input %.1f MiB, peak RSS +%.1f MiB", name, seconds, maxSeconds, Double(line.count) / 1048576, peakRSSMiB() - rssBefore)
        print(msg)
        #expect(seconds < maxSeconds, "\(msg)")
        return out
    }

    @Test func millionFieldJSONObject() {
        var line = Array("{".utf8)
        for i in 0..<1_000_000 {
            line += i == 500_000 ? Array(#""contact":"jane@example.com","#.utf8) : Array(#""f\#(i)":\#(i),"#.utf8)
        }
        line += Array(#""last":"x"}"#.utf8)
        let out = Self.timed("1e6-field JSON object", maxSeconds: 120, line, format: .json)
        let s = String(decoding: out, as: UTF8.self)
        #expect(!s.contains("jane@example.com"))
        #expect(s.hasPrefix(#"{"f0":0,"f1":1,"#) && s.hasSuffix(#""last":"x"}"#), "\(s.prefix(100))…\(s.suffix(100))")
        #expect(s.contains(#""contact":"email~test~"#))
    }

    @Test func jwtWithTenMiBPayload() {
        let header = Base64URL.encode(Array(#"{"alg":"HS256","typ":"JWT"}"#.utf8))
        var payload = Array(#"{"email":"jane@example.com","pad":""#.utf8)
        payload += [UInt8](repeating: UInt8(ascii: "p"), count: 10 << 20)
        payload += Array(#""}"#.utf8)
        let token = header + "." + Base64URL.encode(payload) + ".c2lnbmF0dXJlLWJ5dGVz"
        for (name, line) in [("text", "Authorization: Bearer \(token) ok"), ("json", #"{"token":"\#(token)","n":1}"#)] {
            let out = Self.timed("JWT with 10 MiB payload (\(name))", maxSeconds: 30, Array(line.utf8))
            let s = String(decoding: out, as: UTF8.self)
            #expect(out.count < 4096, "\(s.prefix(200))")
            #expect(!s.contains("c2lnbmF0dXJlLWJ5dGVz") && !s.contains("eyJ") && !s.contains("jane@example.com"))
            #expect(s.contains("[REDACTED:"), "\(s.prefix(200))")
        }
    }

    @Test func millionJWTLookingFragments() {
        let joined = Array(String(repeating: "eyJ.eyJ.", count: 1_000_000).utf8)
        let out = Self.timed("1e6 fragments eyJ.eyJ. (joined, 7.6 MiB)", maxSeconds: 30, joined)
        #expect(out == joined || String(decoding: out, as: UTF8.self).hasPrefix("[REDACTED:"), "\(String(decoding: out.prefix(100), as: UTF8.self))")
        let spaced = Array(String(repeating: "eyJ.eyJ. ", count: 1_000_000).utf8)
        let out2 = Self.timed("1e6 fragments eyJ.eyJ. (spaced, 8.6 MiB)", maxSeconds: 30, spaced)
        #expect(out2 == spaced || String(decoding: out2.prefix(100), as: UTF8.self).hasPrefix("[REDACTED:"))
        let tokens = Array(String(repeating: "eyJhIjoxfQ.eyJiIjoyfQ.c2ln ", count: 200_000).utf8)
        let out3 = Self.timed("2e5 small JWS on one line (5.4 MiB)", maxSeconds: 30, tokens)
        let s3 = String(decoding: out3, as: UTF8.self)
        #expect(!s3.contains("eyJhIjoxfQ.eyJiIjoyfQ.c2ln"))
        #expect(s3.hasPrefix("[REDACTED:too_many_findings]") || out3.count < tokens.count * 4, "\(s3.prefix(100))")
    }

    @Test func hundredThousandDeepJSON() {
        var line = Array(#"{"a":"#.utf8) + [UInt8](repeating: UInt8(ascii: "["), count: 100_000)
        line += Array(#""jane@example.com""#.utf8) + [UInt8](repeating: UInt8(ascii: "]"), count: 100_000) + [UInt8(ascii: "}")]
        for format in [InputFormat.json, .auto, .text] {
            let out = Self.timed("1e5-deep JSON (\(format))", maxSeconds: 10, line, format: format)
            let s = String(decoding: out, as: UTF8.self)
            #expect(!s.contains("jane@example.com"))
            if format != .text { #expect(s == "[REDACTED:json_too_deep]") }
        }
    }
}
