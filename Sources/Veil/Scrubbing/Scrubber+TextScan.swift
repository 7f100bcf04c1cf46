/// The single pass over a line's bytes: word starts dispatch to the validating
/// detectors by their first byte; `@`, `=`, `:`, `+`, `(`, `-`, `[` dispatch to the
/// detectors anchored there. Nothing allocates unless a match is found.
extension Scrubber {
    /// Collects the spans of `b` into `spans` (sorted, non-overlapping).
    /// `credentialsOnly` restricts the scan to credential detectors (values of `keep` fields).
    package func collectSpans(_ b: Bytes, credentialsOnly: Bool = false, into spans: inout [TextSpan], ranges: inout [Range<Int>]) {
        let c = compiled
        let n = b.count
        var i = 0
        var floor = 0
        var credentialsOnlyUntil = credentialsOnly ? n : 0
        let keyContext = !(c.keyNames.isEmpty && c.wildcardKeyRules.isEmpty)

        @inline(__always) func add(_ r: Range<Int>, _ rule: Int, _ kind: TextSpan.Kind, _ precedence: Int) {
            spans.append(TextSpan(r, rule: rule, kind: kind, precedence: precedence))
            i = r.upperBound
            floor = r.upperBound
        }

        while i < n {
            let x = b[i]
            if ASCII.isAlnum(x) {
                if i >= floor, let (r, kind, rule, prec) = wordStart(b, i, floor, credentialsOnly: i < credentialsOnlyUntil, ranges: &ranges, spans: &spans) {
                    if kind == .detector, rule < 0 {
                        // Multi-range detector (cookies) already appended its spans.
                        i = r.upperBound; floor = r.upperBound
                    } else {
                        add(r, rule, kind, prec)
                    }
                    continue
                }
                i += 1
                while i < n, ASCII.isAlnum(b[i]) { i += 1 }
                continue
            }
            let onlyCredentials = i < credentialsOnlyUntil
            switch x {
            case UInt8(ascii: "@"):
                if !onlyCredentials, let rule = c.rule(for: .email), let r = EmailDetector.match(b, at: i, floor: floor) {
                    add(r, rule, .detector, DetectorKind.email.precedence); continue
                }
            case UInt8(ascii: "%"):
                if !onlyCredentials, i + 2 < n, b[i + 1] == UInt8(ascii: "4"), b[i + 2] == UInt8(ascii: "0"),
                   let rule = c.rule(for: .email), let r = EmailDetector.match(b, at: i, floor: floor) {
                    add(r, rule, .detector, DetectorKind.email.precedence); continue
                }
            case UInt8(ascii: ":"):
                if i + 2 < n, (b[i + 1] == UInt8(ascii: "/") || b[i + 1] == UInt8(ascii: "\\")) {
                    if let rule = c.rule(for: .urlPassword), let r = URLUserInfoDetector.match(b, at: i, floor: floor) {
                        add(r, rule, .detector, DetectorKind.urlPassword.precedence); continue
                    }
                    break
                }
                if keyContext, !onlyCredentials, let kv = keyValue(b, separator: i, floor: floor) {
                    if let s = kv.span { add(s.range, s.rule, s.kind, s.precedence) } else { i = kv.valueStart; floor = kv.valueStart; credentialsOnlyUntil = max(credentialsOnlyUntil, kv.valueEnd) }
                    continue
                }
                if !onlyCredentials, i + 1 < n, ASCII.isHexDigit(b[i + 1]) || b[i + 1] == UInt8(ascii: ":"),
                   i == 0 || !ASCII.isAlnum(b[i - 1]),
                   let rule = c.rule(for: .ipv6), let r = IPv6Detector.match(b, at: i, floor: floor) {
                    add(r, rule, .detector, DetectorKind.ipv6.precedence); continue
                }
            case UInt8(ascii: "="):
                if keyContext, !onlyCredentials, let kv = keyValue(b, separator: i, floor: floor) {
                    if let s = kv.span { add(s.range, s.rule, s.kind, s.precedence) } else { i = kv.valueStart; floor = kv.valueStart; credentialsOnlyUntil = max(credentialsOnlyUntil, kv.valueEnd) }
                    continue
                }
            case UInt8(ascii: "+"), UInt8(ascii: "("):
                if !onlyCredentials, i >= floor, i + 1 < n, ASCII.isDigit(b[i + 1]),
                   let rule = c.rule(for: .phone), let r = PhoneDetector.match(b, at: i, floor: floor) {
                    add(r, rule, .detector, DetectorKind.phone.precedence); continue
                }
            case UInt8(ascii: "-"):
                if i >= floor, i + 10 < n, b[i + 1] == UInt8(ascii: "-"), (i == 0 || b[i - 1] != UInt8(ascii: "-")),
                   let rule = c.rule(for: .apiKey), let r = APIKeyDetector.match(b, at: i, floor: floor) {
                    add(r, rule, .detector, DetectorKind.apiKey.precedence); continue
                }
            case UInt8(ascii: "["):
                if let end = Self.placeholderEnd(b, at: i) { i = end; floor = end; continue }
            default:
                break
            }
            i += 1
        }
    }

    /// Word-start dispatch. Returns (range, kind, rule, precedence); rule −1 means
    /// the detector appended several spans itself.
    @inline(__always)
    private func wordStart(_ b: Bytes, _ i: Int, _ floor: Int, credentialsOnly: Bool, ranges: inout [Range<Int>], spans: inout [TextSpan]) -> (Range<Int>, TextSpan.Kind, Int, Int)? {
        let c = compiled
        let x = b[i]
        let n = b.count
        if ASCII.isDigit(x) {
            if credentialsOnly { return nil }
            if let rule = c.rule(for: .usSSN), let r = SSNDetector.match(b, at: i, floor: floor) { return (r, .detector, rule, DetectorKind.usSSN.precedence) }
            if let rule = c.rule(for: .paymentCard), let r = PaymentCardDetector.match(b, at: i, floor: floor) { return (r, .detector, rule, DetectorKind.paymentCard.precedence) }
            if let rule = c.rule(for: .ipv4), let r = IPv4Detector.match(b, at: i, floor: floor) { return (r, .detector, rule, DetectorKind.ipv4.precedence) }
            if let rule = c.rule(for: .ipv6), Self.colonSoon(b, i), let r = IPv6Detector.match(b, at: i, floor: floor) { return (r, .detector, rule, DetectorKind.ipv6.precedence) }
            if let rule = c.rule(for: .phone), let r = PhoneDetector.match(b, at: i, floor: floor) { return (r, .detector, rule, DetectorKind.phone.precedence) }
            return nil
        }
        // Letters.
        if x == UInt8(ascii: "e"), i + 2 < n, b[i + 1] == UInt8(ascii: "y"), b[i + 2] == UInt8(ascii: "J"),
           let rule = c.rule(for: .jwt), let candidate = JWTDetector.match(b, at: i, floor: floor) {
            return (candidate.range, .jwt, rule, DetectorKind.jwt.precedence)
        }
        if let rule = c.rule(for: .apiKey), let r = APIKeyDetector.match(b, at: i, floor: floor) { return (r, .detector, rule, DetectorKind.apiKey.precedence) }
        let lower = x | 0x20
        if lower == UInt8(ascii: "b") {
            if let rule = c.rule(for: .bearerToken), let r = BearerTokenDetector.match(b, at: i, floor: floor) { return (r, .detector, rule, DetectorKind.bearerToken.precedence) }
            if let rule = c.rule(for: .basicAuth), let r = BasicAuthDetector.match(b, at: i, floor: floor) { return (r, .detector, rule, DetectorKind.basicAuth.precedence) }
        }
        if lower == UInt8(ascii: "t"), let rule = c.rule(for: .bearerToken), let r = BearerTokenDetector.match(b, at: i, floor: floor) {
            return (r, .detector, rule, DetectorKind.bearerToken.precedence)
        }
        if lower == UInt8(ascii: "c") || lower == UInt8(ascii: "s"), let rule = c.rule(for: .cookie) {
            ranges.removeAll(keepingCapacity: true)
            if let end = CookieDetector.detect(b, at: i, floor: floor, into: &ranges) {
                for r in ranges { spans.append(TextSpan(r, rule: rule, kind: .detector, precedence: DetectorKind.cookie.precedence)) }
                return (i..<max(end, i + 1), .detector, -1, 0)
            }
        }
        if credentialsOnly { return nil }
        if ASCII.isUpper(x), let rule = c.rule(for: .iban), let r = IBANDetector.match(b, at: i, floor: floor) {
            return (r, .detector, rule, DetectorKind.iban.precedence)
        }
        if ASCII.isHexDigit(x), let rule = c.rule(for: .ipv6), Self.colonSoon(b, i), let r = IPv6Detector.match(b, at: i, floor: floor) {
            return (r, .detector, rule, DetectorKind.ipv6.precedence)
        }
        if let rule = c.rule(for: .authLogUser), let r = AuthLogDetector.match(b, at: i, floor: floor) {
            return (r, .detector, rule, DetectorKind.authLogUser.precedence)
        }
        return nil
    }

    @inline(__always)
    static func colonSoon(_ b: Bytes, _ i: Int) -> Bool {
        var k = i + 1
        let end = min(b.count, i + 6)
        while k < end {
            if b[k] == UInt8(ascii: ":") { return true }
            if !ASCII.isHexDigit(b[k]) { return false }
            k += 1
        }
        return false
    }

    /// If `b[at...]` is a placeholder or JWT summary this engine wrote
    /// (`[REDACTED:…]`, `[jwt;…]`, `[jwe;…]`, `[token]`), the index after its `]`.
    static func placeholderEnd(_ b: Bytes, at: Int) -> Int? {
        guard ASCII.hasPrefix(b, at: at, exactly: "[REDACTED:") || ASCII.hasPrefix(b, at: at, exactly: "[jwt;")
            || ASCII.hasPrefix(b, at: at, exactly: "[jwe;") || ASCII.hasPrefix(b, at: at, exactly: "[token]") else { return nil }
        var k = at + 1
        let end = min(b.count, at + 8192)
        while k < end {
            let x = b[k]
            if x == UInt8(ascii: "]") { return k + 1 }
            // Summaries and placeholders never hold these; anything else is not ours.
            if x == 0x20 || x == UInt8(ascii: "\"") || x == UInt8(ascii: "\\") || x < 0x20 || x == UInt8(ascii: "[") { return nil }
            k += 1
        }
        return nil
    }

    /// True when `b[range]` is exactly a pseudonym this engine writes (`type~keyid~16 base32`).
    static func isPseudonym(_ b: Bytes, _ range: Range<Int>) -> Bool {
        let count = range.count
        guard count >= 20, count <= 100, b[range.upperBound - 17] == UInt8(ascii: "~") else { return false }
        for k in (range.upperBound - 16)..<range.upperBound {
            let x = b[k]
            guard ASCII.isLower(x) || (x >= UInt8(ascii: "2") && x <= UInt8(ascii: "7")) else { return false }
        }
        var tildes = 0
        for k in range.lowerBound..<(range.upperBound - 17) {
            let x = b[k]
            if x == UInt8(ascii: "~") { tildes += 1 } else if !(ASCII.isAlnum(x) || x == UInt8(ascii: "_") || x == UInt8(ascii: "-")) { return false }
        }
        return tildes == 1
    }
}
