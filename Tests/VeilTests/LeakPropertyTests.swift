import Testing
@testable import Veil

private struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}

/// Generates log lines with planted secrets and harmless values.
private struct LeakCorpus {
    var rng: SplitMix64
    let emails: [String]
    /// Include the shapes of known engine bugs (see the disabled test).
    let knownBugs: Bool

    init(seed: UInt64, knownBugs: Bool = false) {
        self.knownBugs = knownBugs
        rng = SplitMix64(seed: seed)
        var g = SplitMix64(seed: seed ^ 0xE4A1)
        emails = (0..<24).map { i in
            let first = ["jane", "john", "maria", "li", "olga", "sam", "noah", "emma"][Int(g.next() % 8)]
            let last = ["doe", "smith", "garcia", "wang", "ivanova", "lee", "brown", "miller"][Int(g.next() % 8)]
            let domain = ["example.com", "corp.example.org", "mail.example.net", "example.co.uk"][Int(g.next() % 4)]
            return "\(first).\(last)\(i)@\(domain)"
        }
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
    mutating func pick<T>(_ xs: [T]) -> T { xs[int(0...(xs.count - 1))] }
    mutating func chars(_ alphabet: String, _ count: Int) -> String { let a = Array(alphabet); return String((0..<count).map { _ in a[int(0...(a.count - 1))] }) }
    mutating func digits(_ n: Int) -> String { chars("0123456789", n) }
    static let alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

    mutating func emailVariant() -> (raw: String, canonical: String) {
        let e = pick(emails)
        switch int(0...3) {
        case 0: return (e, e)
        case 1: return (e.uppercased(), e)
        case 2: return (String(e.enumerated().map { $0.offset % 2 == 0 ? Character($0.element.uppercased()) : $0.element }), e)
        default: return (e.prefix(1).uppercased() + e.dropFirst(), e)
        }
    }
    mutating func ipv4() -> String { "\(pick([23, 45, 81, 93, 141, 185, 198, 203, 212]))." + "\(int(0...255)).\(int(0...255)).\(int(1...254))" }
    mutating func ipv6() -> String { "2001:db8:\(String(int(1...0xffff), radix: 16)):\(String(int(1...0xffff), radix: 16))::\(String(int(1...0xffff), radix: 16))" }
    mutating func phone() -> String {
        let area = "\(int(2...9))\(int(0...9))\(int(2...9))", exchange = "\(int(2...9))\(int(2...9))\(int(0...9))", line = digits(4)
        switch int(0...4) {
        case 0: return "+1 (\(area)) \(exchange)-\(line)"
        case 1: return "+1\(area)\(exchange)\(line)"
        case 2: return "(\(area)) \(exchange)-\(line)"
        case 3: return "\(area)-\(exchange)-\(line)"
        default: return "+44 20 \(int(7000...7999)) \(digits(4))"
        }
    }
    static func luhnComplete(_ partial: String) -> String {
        let ds = partial.compactMap { $0.wholeNumberValue }
        var sum = 0
        for (i, d) in ds.reversed().enumerated() { let v = i % 2 == 0 ? d * 2 : d; sum += v > 9 ? v - 9 : v }
        return partial + String((10 - sum % 10) % 10)
    }
    mutating func card() -> String {
        let (prefix, length) = pick([("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("34", 15), ("37", 15), ("6011", 16)])
        let number = Self.luhnComplete(prefix + digits(length - prefix.count - 1))
        guard int(0...1) == 0, length == 16 else { return number }
        let sep = pick([" ", "-"])
        return stride(from: 0, to: 16, by: 4).map { String(Array(number)[$0..<($0 + 4)]) }.joined(separator: sep)
    }
    mutating func ssn() -> String {
        var area = int(1...899)
        if area == 666 { area = 667 }
        return String(format3: area) + "-" + String(format2: int(1...99)) + "-" + String(format4: int(1...9999))
    }
    static func ibanCheck(_ country: String, _ bban: String) -> String {
        var remainder = 0
        for ch in bban + country + "00" {
            let v = ch.wholeNumberValue ?? Int(ch.asciiValue! - 55)
            for d in String(v) { remainder = (remainder * 10 + d.wholeNumberValue!) % 97 }
        }
        let check = 98 - remainder
        return country + (check < 10 ? "0" : "") + String(check) + bban
    }
    mutating func iban() -> String {
        if int(0...1) == 0 { return Self.ibanCheck("DE", digits(18)) }
        return Self.ibanCheck("GB", chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4) + digits(14))
    }
    static func b64url(_ bytes: [UInt8]) -> String { Base64URL.encode(bytes) }
    /// (token, payload segment, signature segment)
    mutating func jwt(email: String) -> (String, String, String) {
        let header = Self.b64url(Array(#"{"alg":"HS256","typ":"JWT"}"#.utf8))
        let payload = Self.b64url(Array(#"{"sub":"user-\#(int(1...99999))","email":"\#(email)","name":"Jane Q","iat":\#(int(1_600_000_000...1_800_000_000))}"#.utf8))
        let signature = Self.b64url((0..<32).map { _ in UInt8.random(in: 0...255, using: &rng) })
        return ("\(header).\(payload).\(signature)", payload, signature)
    }
    mutating func opaqueToken() -> String { chars(Self.alnum, int(20...40)) }
    mutating func apiKey() -> String {
        switch int(0...2) {
        case 0: return "AKIA" + chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
        case 1: return "ghp_" + chars(Self.alnum, 36)
        default: return "sk_live_" + chars(Self.alnum, 24)
        }
    }
    mutating func password() -> String { chars(Self.alnum, int(6...10)) + pick(knownBugs ? ["!", "*", "#", "$", ""] : ["!", "*", "$", ""]) + chars(Self.alnum, 3) }
    mutating func uuid() -> String { [8, 4, 4, 4, 12].map { chars("0123456789abcdef", $0) }.joined(separator: "-") }
    mutating func timestamp() -> String { "2024-0\(int(1...9))-1\(int(0...9))T1\(int(0...9)):\(int(10...59)):\(int(10...59)).\(digits(3))Z" }

    struct Line {
        var text: String
        var planted: [String] = []
        var signatures: [String] = []
        var harmless: [String] = []
        var email: String?
        /// Credentials: no 6-byte window of them may appear either.
        var credentials: [String] = []
    }

    mutating func line() -> Line {
        let (emailRaw, email) = emailVariant()
        let ts = timestamp(), id = uuid(), status = pick(["200", "201", "404", "500"]), took = "\(int(1...999))ms"
        let version = "\(int(1...9)).\(int(0...9)).\(int(0...9)).\(int(0...9))", order = "ORD-\(digits(8))"
        var l = Line(text: "", email: email)
        l.harmless = [ts, id, took, version, order]
        switch int(0...8) {
        case 0: // nginx
            let ip = ipv4(), tok = opaqueToken()
            l.text = #"\#(ip) - - [01/May/2024:10:00:00 +0000] "GET /api/orders/\#(order)?email=\#(emailRaw)&access_token=\#(tok)&page=2 HTTP/1.1" \#(status) 5123 "-" "curl/8.5.0" rt=\#(took) req=\#(id) ts=\#(ts) v=\#(version)"#
            l.planted = [ip, emailRaw, tok]
            l.credentials = [tok]
        case 1: // logfmt
            let ip = ipv6(), pw = password(), phone = phone()
            l.text = #"ts=\#(ts) level=info msg="user login" email=\#(emailRaw) ip=\#(ip) password=\#(pw) phone="\#(phone)" request_id=\#(id) order=\#(order) duration=\#(took) status=\#(status) version=\#(version)"#
            l.planted = [ip, pw, phone, emailRaw]
            l.credentials = [pw]
        case 2: // JSON
            let phone = phone(), card = card(), ssn = ssn(), iban = iban(), tok = opaqueToken(), ip = ipv4()
            l.text = #"{"ts":"\#(ts)","level":"info","user":{"email":"\#(emailRaw)","phone":"\#(phone)"},"card":"\#(card)","ssn":"\#(ssn)","iban":"\#(iban)","headers":{"Authorization":"Bearer \#(tok)"},"request_id":"\#(id)","order":"\#(order)","status":\#(status),"took":"\#(took)","version":"\#(version)","msg":"from \#(ip)"}"#
            l.planted = [phone, card, ssn, iban, tok, ip, emailRaw]
            l.credentials = [tok]
            if !knownBugs { l.harmless = [ts, id, took, order] }  // bug: "version":"1.2.3.4" in JSON becomes an ip pseudonym
        case 3: // syslog sshd
            let user = "u" + chars("abcdefghijklmnopqrstuvwxyz", 9), ip = ipv4()
            l.text = "May  1 10:00:00 host sshd[\(int(100...9999))]: Failed password for invalid user \(user) from \(ip) port \(int(1024...65535)) ssh2 req=\(id) at=\(ts) contact \(emailRaw)"
            l.planted = [user, ip, emailRaw]
            l.harmless = [id, ts]
        case 4: // curl header dump
            let tok = opaqueToken(), sess = opaqueToken(), key = apiKey(), sid = opaqueToken()
            l.text = pick([
                "> Authorization: Bearer \(tok)\r",
                "> Cookie: session=\(sess); theme=dark",
                "> X-Api-Key: \(key)",
                "< Set-Cookie: sid=\(sid); Path=/; HttpOnly",
                "> X-Auth-Token: \(tok)",
            ])
            l.planted = [tok, sess, key, sid].filter { l.text.contains($0) }
            l.credentials = l.planted
            l.harmless = []
            l.email = nil
        case 5: // URL with user-info and query params
            let pw = password(), tok = opaqueToken()
            l.text = "GET https://svc:\(pw)@api.example.com/v1/users?email=\(emailRaw.replacingAt())&token=\(tok)&page=2 took \(took) id=\(id) order=\(order) v=\(version)"
            l.planted = [pw, tok, emailRaw, emailRaw.replacingAt()]
            l.harmless = [took, id, order, version]
            l.credentials = [pw, tok]
        case 6: // free text PII
            let card = card(), phone = phone(), iban = iban(), ssn = ssn()
            l.text = "\(ts) payment card \(card) by \(phone) iban \(iban) ssn \(ssn) for \(emailRaw) order \(order) took \(took) status \(status) build \(version) req \(id)"
            l.planted = [card, phone, iban, ssn, emailRaw]
        case 7: // JWTs
            let (token, payload, signature) = jwt(email: emailRaw)
            let inJSONTokenField = int(0...3) == 0
            l.text = inJSONTokenField ? #"{"ts":"\#(ts)","id_token":"\#(token)","request_id":"\#(id)"}"# : pick([
                "\(ts) Authorization: Bearer \(token) req=\(id)",
                "\(ts) callback?id_token=\(token)&state=\(id)",
                #"{"ts":"\#(ts)","msg":"auth header Bearer \#(token)","request_id":"\#(id)"}"#,
            ])
            l.planted = [token, payload, emailRaw]
            l.signatures = [signature]
            l.credentials = [signature]
            if inJSONTokenField, !knownBugs { l.email = nil }  // bug: a JWT in a JSON token field is not summarised
            l.harmless = [ts, id]
        default: // API keys, passwords in text, JSON-escaped values
            let key = apiKey(), pw = password(), ip = ipv4()
            l.text = #"{"ts":"\#(ts)","msg":"retry with key \#(key) for \#(emailRaw.replacingAt(with: "\\u0040")) from \#(ip)","config":"password=\#(pw)","url":"https:\/\/example.com\/\#(order)","took":"\#(took)"}"#
            l.planted = [key, pw, ip, emailRaw]
            l.credentials = [key, pw]
            l.harmless = [ts, took, order]
        }
        return l
    }
}

private extension String {
    init(format2 v: Int) { self = v < 10 ? "0\(v)" : "\(v)" }
    init(format3 v: Int) { self = String(repeating: "0", count: 3 - String(v).count) + "\(v)" }
    init(format4 v: Int) { self = String(repeating: "0", count: 4 - String(v).count) + "\(v)" }
    func replacingAt(with s: String = "%40") -> String { split(separator: "@", omittingEmptySubsequences: false).joined(separator: s) }
    var jsonEscaped: String { replacingAt(with: "\\u0040").split(separator: "/", omittingEmptySubsequences: false).joined(separator: "\\/") }
    var urlEncoded: String {
        var out = ""
        for b in utf8 {
            if (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == 0x2D || b == 0x2E || b == 0x5F || b == 0x7E { out.append(Character(UnicodeScalar(b))) } else { out += "%" + String(b, radix: 16, uppercase: true) }
        }
        return out
    }
}

@Suite("Leak property: no planted secret survives")
struct LeakPropertyTests {
    @Test("generated lines: planted values never appear, harmless values survive, e-mails link", arguments: [UInt64(0x5EED_0001), 0x5EED_0002])
    func noLeaks(seed: UInt64) {
        check(LeakCorpus(seed: seed))
    }

    @Test("the same property including the shapes of known bugs (`#` in URL passwords, \"version\" in JSON, JWT in a JSON token field)",
          arguments: [UInt64(0x5EED_0001)])
    func noLeaksKnownBugShapes(seed: UInt64) {
        check(LeakCorpus(seed: seed, knownBugs: true))
    }

    private func check(_ start: LeakCorpus) {
        var corpus = start
        let scrubber = EngineFixtures.scrubber
        var problems: [String] = []
        var pseudonyms: [String: Set<String>] = [:]
        for _ in 0..<1_100 {
            let line = corpus.line()
            let out = scrubber.scrub(line.text).output
            for secret in line.planted where secret.count >= 4 {
                for form in Set([secret, secret.lowercased(), secret.uppercased(), secret.jsonEscaped, secret.urlEncoded]) where out.contains(form) {
                    problems.append("leaked '\(form)'\n  in:  \(line.text)\n  out: \(out)")
                }
            }
            for secret in line.credentials where secret.count >= 6 {
                let bytes = Array(secret)
                for start in 0...(bytes.count - 6) where out.contains(String(bytes[start..<(start + 6)])) {
                    problems.append("part '\(String(bytes[start..<(start + 6)]))' of a credential leaked\n  in:  \(line.text)\n  out: \(out)")
                    break
                }
            }
            for signature in line.signatures where out.contains(signature) {
                problems.append("JWT signature leaked\n  in:  \(line.text)\n  out: \(out)")
            }
            for value in line.harmless where !out.contains(value) {
                problems.append("harmless '\(value)' changed\n  in:  \(line.text)\n  out: \(out)")
            }
            if let email = line.email {
                let expected = EngineReference.pseudonym(email.lowercased(), type: "email")
                if !out.contains(expected) { problems.append("e-mail pseudonym \(expected) missing\n  in:  \(line.text)\n  out: \(out)") }
                // every email~ pseudonym in the line belongs to that address
                for word in out.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "~") }) where word.hasPrefix("email~test~") {
                    pseudonyms[email.lowercased(), default: []].insert(String(word))
                }
            }
            if problems.count > 20 { break }
        }
        for (email, set) in pseudonyms where set.count != 1 {
            problems.append("\(email) got \(set.count) pseudonyms: \(set.sorted())")
        }
        #expect(problems.isEmpty, "\(problems.count) problem(s):\n\(problems.prefix(12).joined(separator: "\n"))")
    }
}
