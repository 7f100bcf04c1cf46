@_exported import Veil
import CFuzz
@_exported import VeilJournal
#if canImport(Glibc)
@_exported import Glibc
#endif

/// Shared harness code: planting a secret, checking the invariants.
///
/// ## What "planted" means (the contract the invariants rely on)
///
/// The first two input bytes are control bytes: `data[0]` picks the kind of the
/// secret (email, JWS with PII claims, Luhn-valid 16-digit card), `data[0..<2]`
/// as a little-endian number picks the offset in the rest of the input (the body).
/// The secret is derived from a hash of the body, so every input gets a fresh one
/// that the fuzzer cannot copy into the body. It is spliced in as its own
/// whitespace-delimited token: `␠SECRET␠` — a space on each side — so it never
/// joins neighbouring word characters (`x` + `jane@…` would be a different,
/// longer token the detector is right to read differently). The splice may land
/// anywhere else: inside a JSON string, between JSON tokens (the line stops being
/// JSON and is scrubbed as text), inside a logfmt value or key, in the middle of a
/// multi-byte UTF-8 sequence, next to NUL bytes. The engine promises that such a
/// token never reaches the output, whatever else the line holds; a line over the
/// 1 MiB limit, too-deep JSON or too many findings fail closed, which keeps that
/// promise too. Never a newline is planted, so line structure is the input's.
public enum Plant {
    public enum Kind: CaseIterable { case email, jwt, card }

    public struct Planted {
        public var bytes: [UInt8]
        /// Strings that must not appear in the output.
        public var forbidden: [[UInt8]]
        public var kind: Kind
        public init(bytes: [UInt8], forbidden: [[UInt8]], kind: Kind) {
            self.bytes = bytes; self.forbidden = forbidden; self.kind = kind
        }
    }

    /// FNV-1a 64 then SplitMix64 finaliser.
    public static func hash(_ bytes: some Sequence<UInt8>, seed: UInt64 = 0) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325 ^ seed
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        h = (h ^ (h >> 30)) &* 0xBF58476D1CE4E5B9
        h = (h ^ (h >> 27)) &* 0x94D049BB133111EB
        return h ^ (h >> 31)
    }

    static func base36(_ v: UInt64, _ n: Int) -> String {
        let a = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        var v = v, s = ""
        for _ in 0..<n { s.append(a[Int(v % 36)]); v /= 36 }
        return s
    }

    public static func email(_ h: UInt64) -> String {
        "p" + base36(h, 6) + "." + base36(h >> 32, 5) + "@m" + base36(h &* 31, 4) + ".example.com"
    }

    public static func luhnCard(_ h: UInt64) -> String {
        var digits = [4] + (0..<14).map { Int((h >> UInt64($0 * 4)) & 0xF) % 10 }
        var sum = 0
        for (i, d) in digits.reversed().enumerated() { let v = i % 2 == 0 ? d * 2 : d; sum += v > 9 ? v - 9 : v }
        digits.append((10 - sum % 10) % 10)
        return digits.map(String.init).joined()
    }

    public static func base64url(_ bytes: [UInt8]) -> String {
        let table = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        var out = ""
        var i = 0
        while i < bytes.count {
            let n = min(3, bytes.count - i)
            var v = 0
            for k in 0..<3 { v = v << 8 | (k < n ? Int(bytes[i + k]) : 0) }
            for k in 0..<(n + 1) { out.append(table[(v >> (18 - 6 * k)) & 63]) }
            i += 3
        }
        return out
    }

    /// A JWS (HS256-shaped) with PII claims; returns (token, [payload, signature, email]).
    public static func jwt(_ h: UInt64, extraClaims: String = "") -> (String, [String]) {
        let mail = email(h ^ 0x5a5a)
        let header = base64url(Array(#"{"alg":"HS256","typ":"JWT"}"#.utf8))
        let payload = base64url(Array(#"{"sub":"u-\#(base36(h, 8))","email":"\#(mail)","name":"Pat \#(base36(h >> 7, 5))","iat":1700000000\#(extraClaims)}"#.utf8))
        var g = h
        let sig = base64url((0..<32).map { _ in g = g &* 6364136223846793005 &+ 1442695040888963407; return UInt8(truncatingIfNeeded: g >> 56) })
        return ("\(header).\(payload).\(sig)", [payload, sig, mail])
    }

    /// Splits control bytes from the body and plants a secret in the body.
    public static func plant(_ data: [UInt8]) -> Planted {
        let control0 = data.first ?? 0
        let control1 = data.count > 1 ? data[1] : 0
        var body = Array(data.dropFirst(2))
        let h = hash(body)
        let kind = Kind.allCases[Int(control0) % Kind.allCases.count]
        let secret: String
        var forbidden: [String]
        switch kind {
        case .email: secret = email(h); forbidden = [secret]
        case .card: secret = luhnCard(h); forbidden = [secret]
        case .jwt:
            let (token, parts) = jwt(h)
            secret = token; forbidden = [token] + parts
        }
        // The offset: fuzzer-chosen, but never inside a line terminator pair.
        let offset = (Int(control0) | Int(control1) << 8) % (body.count + 1)
        body.insert(contentsOf: Array((" " + secret + " ").utf8), at: offset)
        return Planted(bytes: body, forbidden: forbidden.map { Array($0.utf8) }, kind: kind)
    }
}

public func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty }
    let first = needle[0]
    var i = 0
    let last = haystack.count - needle.count
    while i <= last {
        if haystack[i] == first {
            var k = 1
            while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
            if k == needle.count { return true }
        }
        i += 1
    }
    return false
}

/// The default pack under the fixed, public test key.
public let defaultScrubber: Scrubber = try! Scrubber(rules: .default, keys: .test)

/// Reports an invariant violation and aborts, so libFuzzer saves the input.
public func violation(_ what: String, input: [UInt8], output: [UInt8], again: [UInt8]? = nil) -> Never {
    func show(_ b: [UInt8]) -> String {
        var s = ""
        for c in b.prefix(800) {
            if c >= 0x20 && c < 0x7F && c != 0x5C { s.unicodeScalars.append(UnicodeScalar(c)) } else if c == 0x5C { s += "\\\\" } else {
                let hex = Array("0123456789abcdef")
                s += "\\x" + String(hex[Int(c >> 4)]) + String(hex[Int(c & 15)])
            }
        }
        return b.count > 800 ? s + "…(\(b.count) bytes)" : s
    }
    dumpForTriage(input: input, output: output, again: again)
    var text = "INVARIANT VIOLATED: \(what)\n  input:  \(show(input))\n  output: \(show(output))\n"
    if let again { text += "  again:  \(show(again))\n" }
    let message = Array(text.utf8)
    _ = message.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    abort()
}

/// With `VEIL_FUZZ_DUMP=DIR`, a violation also writes the whole input, output and second
/// output to `DIR/input`, `DIR/output`, `DIR/again` (the message shows 800 bytes of each).
func dumpForTriage(input: [UInt8], output: [UInt8], again: [UInt8]?) {
    guard let dir = getenv("VEIL_FUZZ_DUMP").map({ String(cString: $0) }) else { return }
    for (name, bytes) in [("input", input), ("output", output), ("again", again ?? [])] {
        guard let file = fopen(dir + "/" + name, "wb") else { continue }
        _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        fclose(file)
    }
}

/// Scrubs `input` line by line through the hot path, as `veil scrub` does.
public func scrubLines(_ input: [UInt8], format: InputFormat, scrubber: Scrubber = defaultScrubber) -> [UInt8] {
    var out: [UInt8] = []
    var report = ScrubReport(for: scrubber)
    input.withUnsafeBufferPointer { all in
        var start = 0
        while start <= all.count {
            var end = start
            while end < all.count, all[end] != 0x0A { end += 1 }
            let before = out.count
            scrubber.scrub(line: UnsafeBufferPointer(rebasing: all[start..<end]), format: format, into: &out, report: &report)
            if out[before...].contains(0x0A) {
                violation("one input line became several output lines", input: Array(all[start..<end]), output: Array(out[before...]))
            }
            if end < all.count { out.append(0x0A) }
            start = end + 1
        }
    }
    return out
}

/// The line-oriented invariants: line count kept, planted secret gone, idempotent.
public func checkLineFormat(_ data: UnsafePointer<UInt8>, _ size: Int, format: InputFormat, scrubber: Scrubber = defaultScrubber) {
    let raw = Array(UnsafeBufferPointer(start: data, count: size))
    let planted = Plant.plant(raw)
    checkLines(planted, format: format, scrubber: scrubber)
}

public func checkLines(_ planted: Plant.Planted, format: InputFormat, scrubber: Scrubber = defaultScrubber) {
    let input = planted.bytes
    let out = scrubLines(input, format: format, scrubber: scrubber)
    let newlinesIn = input.lazy.filter { $0 == 0x0A }.count
    let newlinesOut = out.lazy.filter { $0 == 0x0A }.count
    if newlinesIn != newlinesOut { violation("line count \(newlinesIn + 1) -> \(newlinesOut + 1)", input: input, output: out) }
    for secret in planted.forbidden where contains(out, secret) {
        violation("planted \(planted.kind) secret \(String(decoding: secret, as: UTF8.self)) leaked", input: input, output: out)
    }
    guard checkIdempotence else { return }
    let again = scrubLines(out, format: format, scrubber: scrubber)
    if again != out { idempotenceDifference("not idempotent", input: input, output: out, again: again) }
}

/// Runs libFuzzer's driver with `callback` (what `main` does in a C fuzz target).
public func runFuzzer(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, callback)
}

/// `VEIL_FUZZ_IDEMPOTENCE=0` turns the idempotence invariant off; `=report` prints each
/// difference (`IDEMPOTENCE DIFFERENCE (report only)`, the first 5 per process in full)
/// without stopping the run — Fuzz/ci.sh uses it while the known idempotence classes in
/// docs/limits.md are open. The other invariants (leaks, line count, crashes) always stop.
public let checkIdempotence: Bool = getenv("VEIL_FUZZ_IDEMPOTENCE").map { String(cString: $0) != "0" } ?? true
public let reportIdempotenceOnly: Bool = getenv("VEIL_FUZZ_IDEMPOTENCE").map { String(cString: $0) == "report" } ?? false
nonisolated(unsafe) var idempotenceReports = 0

/// An idempotence difference: a violation, or a printed report in `=report` mode.
public func idempotenceDifference(_ what: String, input: [UInt8], output: [UInt8], again: [UInt8]) {
    guard reportIdempotenceOnly else { violation(what, input: input, output: output, again: again) }
    idempotenceReports += 1
    let detail = idempotenceReports <= 5 ? "\n  input:  \(input.prefix(400).map { String(escapedByte: $0) }.joined())\n" : "\n"
    let message = Array("IDEMPOTENCE DIFFERENCE (report only): \(what)\(detail)".utf8)
    _ = message.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
}

extension String {
    /// A byte as itself when printable ASCII, else `\xNN`.
    init(escapedByte byte: UInt8) {
        let hex = Array("0123456789abcdef")
        self = byte >= 0x20 && byte < 0x7F && byte != 0x5C ? String(UnicodeScalar(byte)) : "\\x" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 15)])
    }
}
