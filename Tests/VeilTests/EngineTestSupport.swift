import Testing
@testable import Veil

/// Shared fixtures of the engine-level suites (Scrubber*Tests, RecordScrubTests, …).
enum EngineFixtures {
    /// The default pack under the fixed test key.
    static let scrubber: Scrubber = try! Scrubber(rules: .default, keys: .test)

    /// Scrubs with the default pack and the test key.
    static func scrub(_ text: String, format: InputFormat = .auto) -> String {
        scrubber.scrub(text, format: format).output
    }

    /// A scrubber over rules built in code, with the test key.
    static func scrubber(_ rules: [Rule], defaults: RuleDefaults = RuleDefaults(), limits: ScrubLimits = .default) throws -> Scrubber {
        try Scrubber(rules: RuleSet(rules: rules, defaults: defaults), keys: .test, limits: limits)
    }

    /// A scrubber over the default pack followed by one more YAML file.
    static func scrubber(defaultPackPlus yaml: String, limits: ScrubLimits = .default) throws -> Scrubber {
        var files = try RuleSet.defaultFiles()
        files.append(try RuleSet.parse(yaml: yaml, file: "extra.yaml"))
        return try Scrubber(rules: RuleSet(files: files), keys: .test, limits: limits)
    }

    /// A scrubber over one YAML file only.
    static func scrubber(yaml: String, limits: ScrubLimits = .default) throws -> Scrubber {
        try Scrubber(rules: RuleSet(files: [RuleSet.parse(yaml: yaml, file: "only.yaml")]), keys: .test, limits: limits)
    }

    /// The hot path on raw bytes (one line, no newline).
    static func scrubBytes(_ line: [UInt8], with scrubber: Scrubber = scrubber, format: InputFormat = .auto) -> (out: [UInt8], report: ScrubReport) {
        var out: [UInt8] = []
        var report = ScrubReport(for: scrubber)
        line.withUnsafeBufferPointer { scrubber.scrub(line: $0, format: format, into: &out, report: &report) }
        return (out, report)
    }

    static func hex(_ s: String) -> [UInt8] {
        var out: [UInt8] = []
        var it = s.utf8.makeIterator()
        func nibble(_ c: UInt8) -> UInt8 { c <= 57 ? c - 48 : (c | 0x20) - 87 }
        while let a = it.next(), let b = it.next() { out.append(nibble(a) << 4 | nibble(b)) }
        return out
    }
}

/// An independent SHA-256 / HMAC-SHA256 / pseudonym implementation in plain Swift
/// (FIPS 180-4, RFC 2104, RFC 4648), to check the OpenSSL-backed engine against.
enum EngineReference {
    private static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    static func sha256(_ message: [UInt8]) -> [UInt8] {
        var h: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
        var m = message
        let bitLength = UInt64(message.count) * 8
        m.append(0x80)
        while m.count % 64 != 56 { m.append(0) }
        for s in stride(from: 56, through: 0, by: -8) { m.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(s))) }
        @inline(__always) func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
        var w = [UInt32](repeating: 0, count: 64)
        for chunk in stride(from: 0, to: m.count, by: 64) {
            for t in 0..<16 {
                let i = chunk + t * 4
                w[t] = UInt32(m[i]) << 24 | UInt32(m[i + 1]) << 16 | UInt32(m[i + 2]) << 8 | UInt32(m[i + 3])
            }
            for t in 16..<64 {
                let s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3)
                let s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10)
                w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
            }
            var (a, b, c, d, e, f, g, hh) = (h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7])
            for t in 0..<64 {
                let t1 = hh &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ ((e & f) ^ (~e & g)) &+ k[t] &+ w[t]
                let t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ ((a & b) ^ (a & c) ^ (b & c))
                hh = g; g = f; f = e; e = d &+ t1; d = c; c = b; b = a; a = t1 &+ t2
            }
            h[0] &+= a; h[1] &+= b; h[2] &+= c; h[3] &+= d; h[4] &+= e; h[5] &+= f; h[6] &+= g; h[7] &+= hh
        }
        return h.flatMap { v in [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: v >> UInt32($0)) } }
    }

    static func hmacSHA256(key: [UInt8], message: [UInt8]) -> [UInt8] {
        var k = key.count > 64 ? sha256(key) : key
        k += [UInt8](repeating: 0, count: 64 - k.count)
        let inner = sha256(k.map { $0 ^ 0x36 } + message)
        return sha256(k.map { $0 ^ 0x5c } + inner)
    }

    static func base32Lower(_ bytes: [UInt8]) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz234567")
        var out = ""
        var buffer = 0, bits = 0
        for b in bytes {
            buffer = (buffer << 8 | Int(b)) & 0xFFFF
            bits += 8
            while bits >= 5 { bits -= 5; out.append(alphabet[(buffer >> bits) & 31]) }
        }
        if bits > 0 { out.append(alphabet[(buffer << (5 - bits)) & 31]) }
        return out
    }

    /// `type~keyid~base32(HMAC(key, "veil/v1\0" type "\0" normalised)[0..<10])`, for an already normalised value.
    static func pseudonym(_ normalized: String, type: String, key: [UInt8] = Array("veil.rules.test.key.not.a.secret".utf8), keyID: String = "test") -> String {
        let message = Array("veil/v1".utf8) + [0] + Array(type.utf8) + [0] + Array(normalized.utf8)
        let mac = hmacSHA256(key: key, message: message)
        return "\(type)~\(keyID)~\(base32Lower(Array(mac[0..<10])))"
    }
}
