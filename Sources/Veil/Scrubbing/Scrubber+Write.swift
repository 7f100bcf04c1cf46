/// Writing replacements: placeholders, pseudonyms, masks and JWT summaries.
extension Scrubber {
    /// Scrubs free text: collect spans, then copy the gaps and write replacements.
    package func scrubText(_ b: Bytes, credentialsOnly: Bool = false, versionValue: Bool = false, offset: Int = 0, into out: inout [UInt8], report: inout ScrubReport) {
        // Take the scratch buffers out of the report so they stay uniquely referenced
        // (no copy-on-write allocation per line).
        var spans = report.spans
        var ranges = report.ranges
        report.spans = []
        report.ranges = []
        spans.removeAll(keepingCapacity: true)
        collectSpans(b, credentialsOnly: credentialsOnly, versionValue: versionValue, into: &spans, ranges: &ranges)
        if !credentialsOnly, !compiled.patterns.isEmpty { collectPatternSpans(b, into: &spans) }
        report.ranges = ranges
        if spans.count > limits.maximumFindingsPerLine {
            report.spans = spans
            writeFailClosed("too_many_findings", into: &out, report: &report)
            return
        }
        var position = 0
        for span in spans {
            if span.start > position { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[position..<span.start])) }
            writeReplacement(b, span, into: &out, report: &report)
            if report.recordsFindings {
                let rule = compiled.active[span.rule]
                report.findings.append(Finding(ruleID: rule.id, type: rule.type, action: rule.action.name, matcher: rule.matcher, range: (span.start + offset)..<(span.end + offset)))
            }
            position = span.end
        }
        if position < b.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[position...])) }
        spans.removeAll(keepingCapacity: true)
        report.spans = spans
    }

    /// RE2 `pattern:` rules: every non-overlapping match, merged with the detector spans.
    func collectPatternSpans(_ b: Bytes, into spans: inout [TextSpan]) {
        let before = spans.count
        for (pattern, rule) in compiled.patterns {
            var from = 0
            while from <= b.count, let m = pattern.firstMatch(in: b, from: from) {
                if !m.value.isEmpty { spans.append(TextSpan(m.value, rule: rule, kind: .pattern, precedence: 30)) }
                from = m.whole.isEmpty ? m.whole.upperBound + 1 : m.whole.upperBound
            }
        }
        if spans.count > before { TextSpan.normalize(&spans, reveals: compiled.reveals) }
    }

    func writeReplacement(_ b: Bytes, _ span: TextSpan, into out: inout [UInt8], report: inout ScrubReport) {
        let value = UnsafeBufferPointer(rebasing: b[span.start..<span.end])
        let ruleIndex = accountAsEmailRule(span, value) ?? span.rule
        report.count(ruleIndex)
        let rule = compiled.active[ruleIndex]
        // `job {"user_id": 991}` in a text line: the replacement of a bare JSON number or
        // literal is written as a JSON string, so the embedded object stays valid JSON.
        // Inside an escaped string (`body="{\"user_id\": 991}"`) the quotes are escaped too.
        let quote = rule.action != .keep || rule.isCredential ? Self.bareJSONMemberQuote(b, span.start..<span.end) : nil
        if let quote { out.append(contentsOf: quote) }
        defer { if let quote { out.append(contentsOf: quote) } }
        if span.redactWhole {
            writeRedacted(rule.type, into: &out)
        } else if span.kind == .jwt {
            writeToken(value, rule: rule, into: &out, report: &report)
        } else {
            let written = out.count
            apply(rule.action, to: value, type: rule.type, isCredential: rule.isCredential, into: &out)
            // (An account the sign-in phrasings found is echoed too: winbind's `[CORP\bob] -> [bob]`.)
            if span.kind == .field || (span.kind == .detector && span.rule == compiled.detectors.authLogUser) {
                recordEcho(value, rule: ruleIndex, written: written, out: out, report: &report)
            }
        }
    }

    /// An account the sign-in phrasings found (`User jane@example.com logged in`, `Invalid user
    /// bob@example.com from …`) that is an e-mail address takes the e-mail rule, so its pseudonym
    /// is the one the same address gets everywhere else (`user=jane@example.com`, `email …`).
    private func accountAsEmailRule(_ span: TextSpan, _ value: Bytes) -> Int? {
        let d = compiled.detectors
        guard span.rule == d.authLogUser, span.kind == .detector, d.email >= 0, !span.redactWhole,
              let at = value.firstIndex(of: UInt8(ascii: "@")),
              EmailDetector.match(value, at: at, floor: 0) == 0..<value.count else { return nil }
        return d.email
    }

    private static let jsonQuote: [UInt8] = [UInt8(ascii: "\"")]
    private static let escapedJSONQuote: [UInt8] = [UInt8(ascii: "\\"), UInt8(ascii: "\"")]

    /// The quote to write around the replacement of a bare JSON number or `true`/`false` that
    /// follows a quoted member name and `:` (`"user_id": 991`; `\"user_id\": 991` inside an
    /// escaped string), or is an element of a list of numbers there (`"user_id":[4,5]`), and ends
    /// before `,`, `}`, `]`, white space or the line's end; else nil.
    static func bareJSONMemberQuote(_ b: Bytes, _ value: Range<Int>) -> [UInt8]? {
        guard !value.isEmpty, value.count <= 40 else { return nil }
        // Back over `"name" :` to the member name's closing quote.
        var k = value.lowerBound - 1
        while k >= 0, b[k] == 0x20 || b[k] == 0x09 { k -= 1 }
        // An element of a list of numbers (`"user_id":[4,5]`): back over the elements before it
        // to the `[`, then as for a member.
        if k >= 1, b[k] == UInt8(ascii: "[") || b[k] == UInt8(ascii: ",") {
            while k >= 1, b[k] != UInt8(ascii: "[") {
                let x = b[k]
                guard ASCII.isDigit(x) || x == UInt8(ascii: ",") || x == UInt8(ascii: ".") || x == UInt8(ascii: "-") || x == 0x20 else { return nil }
                k -= 1
            }
            guard k >= 1, b[k] == UInt8(ascii: "[") else { return nil }
            k -= 1
            while k >= 0, b[k] == 0x20 || b[k] == 0x09 { k -= 1 }
        }
        guard k >= 1, b[k] == UInt8(ascii: ":") else { return nil }
        k -= 1
        while k >= 0, b[k] == 0x20 || b[k] == 0x09 { k -= 1 }
        guard k >= 1, b[k] == UInt8(ascii: "\"") else { return nil }
        if value.upperBound < b.count {
            let next = b[value.upperBound]
            guard next == UInt8(ascii: ",") || next == UInt8(ascii: "}") || next == UInt8(ascii: "]") || next == 0x20 || next == 0x09
                || next == 0x0D || next == UInt8(ascii: "\\") else { return nil }
        }
        let first = b[value.lowerBound]
        if first == UInt8(ascii: "t") || first == UInt8(ascii: "f") {
            guard ASCII.hasPrefix(b, at: value.lowerBound, exactly: first == UInt8(ascii: "t") ? "true" : "false"),
                  value.count == (first == UInt8(ascii: "t") ? 4 : 5) else { return nil }
        } else {
            guard first == UInt8(ascii: "-") || ASCII.isDigit(first) else { return nil }
            for x in b[value] where !(ASCII.isDigit(x) || x == UInt8(ascii: ".") || x == UInt8(ascii: "-") || x == UInt8(ascii: "+")
                || x == UInt8(ascii: "e") || x == UInt8(ascii: "E")) {
                return nil
            }
        }
        return b[k - 1] == UInt8(ascii: "\\") ? escapedJSONQuote : jsonQuote
    }

    /// Applies an action to one value. Credentials are never kept or masked: they are redacted.
    package func apply(_ action: RuleAction, to value: some Collection<UInt8>, type: String, isCredential: Bool = false, into out: inout [UInt8]) {
        switch action {
        case .redact:
            writeRedacted(type, into: &out)
        case .pseudonymize:
            if let key = pseudonymizer.keys.current {
                Pseudonymizer.write(value: ValueNormalizer.normalize(value, type: type), type: type, key: key, into: &out)
            } else {
                writeRedacted(type, into: &out)  // unreachable: init requires a key; fail closed anyway
            }
        case .mask(let options):
            if isCredential { writeRedacted(type, into: &out) } else { Self.mask(value, options, into: &out) }
        case .keep:
            if isCredential { writeRedacted(type, into: &out) } else { out.append(contentsOf: value) }
        case .drop:
            break
        }
    }

    func writeRedacted(_ type: String, into out: inout [UInt8]) {
        out += Self.redactedPrefix
        out += type.utf8
        out.append(UInt8(ascii: "]"))
    }

    /// Masks characters, keeping `keepFirst`/`keepLast` maskable ones; separators stay when asked.
    static func mask(_ value: some Collection<UInt8>, _ options: MaskOptions, into out: inout [UInt8]) {
        @inline(__always) func isSeparator(_ x: UInt8) -> Bool {
            options.preserveSeparators && (x == 0x20 || x == UInt8(ascii: "-") || x == UInt8(ascii: ".") || x == UInt8(ascii: "(") || x == UInt8(ascii: ")") || x == UInt8(ascii: "/") || x == UInt8(ascii: "@"))
        }
        // Maskable units: UTF-8 scalars (a lead byte and its continuation bytes), and every
        // byte that is not part of one (a stray continuation byte is a unit of its own, so
        // invalid UTF-8 is masked, never dropped).
        @inline(__always) func continuations(_ lead: UInt8) -> Int {
            lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0
        }
        var total = 0
        var pending = 0
        for x in value {
            if isSeparator(x) { pending = 0; continue }
            if pending > 0, (x & 0xC0) == 0x80 { pending -= 1; continue }
            pending = continuations(x)
            total += 1
        }
        // Keeping more than half would reveal most of the value: keep at most half.
        let keepLast = min(options.keepLast, total / 2)
        let keepFirst = min(options.keepFirst, max(0, total / 2 - keepLast))
        var index = 0
        var keeping = false
        pending = 0
        for x in value {
            if isSeparator(x) { out.append(x); pending = 0; continue }
            if pending > 0, (x & 0xC0) == 0x80 {  // continuation byte: follows its lead
                pending -= 1
                if keeping { out.append(x) }
                continue
            }
            pending = continuations(x)
            keeping = index < keepFirst || index >= total - keepLast
            out.append(keeping ? x : options.character)
            index += 1
        }
    }

    /// A JWT span: decode and summarise; oversized or undecodable → opaque credential.
    /// `known` is the caller's match of the whole token, when it has one.
    func writeToken(_ token: Bytes, rule: ActiveRule, known: JWTCandidate? = nil, into out: inout [UInt8], report: inout ScrubReport) {
        guard token.count <= limits.maximumTokenLength else {
            // Too large to decode: fail closed without a fingerprint.
            report.failClosed += 1
            if rule.action != .drop { writeRedacted("jwt", into: &out) }
            return
        }
        guard let candidate = known ?? JWTDetector.match(token, at: 0, floor: 0), candidate.range == 0..<token.count, !candidate.isOversized else {
            writeOpaqueToken(token, rule: rule, into: &out)
            return
        }
        switch rule.action {
        case .pseudonymize:
            // The scrubber's init allows `pseudonymize` only with a key; without one, claims and
            // fingerprint fall back to REDACTED (and nothing is cached).
            let key = pseudonymizer.keys.current
            // The fingerprint's MAC identifies the token in the cache of written summaries.
            var fingerprint: [UInt8] = []
            // A JWT candidate holds no white space: its normal form (`trimmed`) is the token itself.
            let digest = key.map { Pseudonymizer.write(normalized: UnsafeRawBufferPointer(token), type: "jwt", key: $0, into: &fingerprint) }
            if let digest, let cached = summaryCache.lookup(digest) {
                out += cached
                return
            }
            let start = out.count
            defer { if let digest { summaryCache.store(digest, out[start...]) } }
            var scratch = report.jose
            report.jose = JOSEScratch()
            defer { report.jose = scratch }
            let shape = JOSEDecoder.decode(token, candidate: candidate, into: &scratch)
            var normalized: [UInt8] = []  // one buffer for every claim's normal form
            if case .malformed = shape {
                writeOpaqueToken(token, rule: rule, into: &out)
                return
            }
            JWTSummary.write(header: scratch.header, payload: shape == .jws ? scratch.payload : nil, isJWE: shape == .jwe,
                             fingerprint: key.map { _ in { out in out += fingerprint } },
                             decide: { path in self.claimDecision(path) },
                             writePseudonym: { value, type, out in
                                 if let key {
                                     ValueNormalizer.normalize(value, type: type, into: &normalized)
                                     Pseudonymizer.write(value: normalized, type: type, key: key, into: &out)
                                 } else {
                                     out += "REDACTED".utf8
                                 }
                             }, into: &out)
        case .drop:
            break
        default:
            writeRedacted(rule.type, into: &out)
        }
    }

    /// Opaque credential (a token-shaped value that does not decode): `token~k~…` or `[REDACTED:token]`.
    func writeOpaqueToken(_ token: Bytes, rule: ActiveRule, into out: inout [UInt8]) {
        switch rule.action {
        case .pseudonymize: apply(.pseudonymize, to: token, type: "token", into: &out)
        case .drop: break
        default: writeRedacted("token", into: &out)
        }
    }

    /// The decision for one JWT claim path: the last `jwt_claims` rule naming it (or a parent), else the default.
    func claimDecision(_ path: [String]) -> ClaimDecision {
        if path.count == 1 {
            if let known = topLevelClaimDecisions[path[0]] { return known }
            // No rule names this claim: only an every-path rule or the default decides.
            if compiled.claimRulesForEveryPath.isEmpty {
                return Self.decision(compiled.defaults.jwtClaims, type: path[0], hasKeys: !pseudonymizer.keys.isEmpty)
            }
        }
        return Self.claimDecision(path, compiled: compiled, hasKeys: !pseudonymizer.keys.isEmpty)
    }

    /// ``claimDecision(_:)`` without the precomputed table of top-level claims.
    static func claimDecision(_ path: [String], compiled: CompiledRules, hasKeys: Bool) -> ClaimDecision {
        let action: RuleAction
        let type: String
        if let index = compiled.claimRule(forPath: path) {
            action = compiled.active[index].action
            type = compiled.rulesType(index, path: path)
        } else {
            action = compiled.defaults.jwtClaims
            type = path.last ?? "claim"
        }
        return decision(action, type: type, hasKeys: hasKeys)
    }

    private static func decision(_ action: RuleAction, type: String, hasKeys: Bool) -> ClaimDecision {
        switch action {
        case .keep: return .keep
        case .drop: return .drop
        case .redact: return .redact(type: type)
        case .pseudonymize: return hasKeys ? .pseudonymize(type: type) : .redact(type: type)
        case .mask(let options): return .mask(options)
        }
    }
}

extension CompiledRules {
    /// The type for a claim rule: its `type:` or the claim's own name.
    func rulesType(_ index: Int, path: [String]) -> String {
        let rule = active[index]
        return rule.type == rule.id ? (path.last ?? rule.type) : rule.type
    }
}

extension Scrubber {
    /// Keys whose values are versions, where a dotted quad is not an IP address.
    static func isVersionKey(_ normalized: [UInt8]?) -> Bool {
        guard let key = normalized, !key.isEmpty else { return false }
        return key.withUnsafeBufferPointer { k in
            switch k.count {
            case 1: return k[0] == UInt8(ascii: "v")
            case 3: return ASCII.hasPrefix(k, at: 0, exactly: "ver") || ASCII.hasPrefix(k, at: 0, exactly: "rev")
            case 5 where ASCII.hasPrefix(k, at: 0, exactly: "build"): return true
            case 7 where ASCII.hasPrefix(k, at: 0, exactly: "release"): return true
            case 8 where ASCII.hasPrefix(k, at: 0, exactly: "revision"): return true
            default: break
            }
            guard k.count >= 7 else { return false }
            // Any key containing `version` (`app_version` is normalised to `appversion`).
            for start in 0...(k.count - 7) where k[start] == UInt8(ascii: "v") && ASCII.hasPrefix(k, at: start, exactly: "version") { return true }
            return false
        }
    }

    /// True when the whole value is a pseudonym or placeholder this engine wrote.
    func isAlreadyScrubbed(_ value: [UInt8]) -> Bool {
        guard !value.isEmpty else { return false }
        return value.withUnsafeBufferPointer { Self.alreadyScrubbedEnd($0, 0..<$0.count) == $0.count }
    }

    /// The replacement of a whole structured value (JSON member, record field) under a
    /// field rule: already-scrubbed values stay; a JWT is summarised; a value that is
    /// exactly an e-mail, IP, phone… takes that detector's rule; otherwise the rule's action.
    func writeFieldReplacement(_ fieldRule: Int, value: [UInt8], into out: inout [UInt8], report: inout ScrubReport) {
        if isAlreadyScrubbed(value) || value.withUnsafeBufferPointer({ NoValue.isMask($0, 0..<$0.count) }) {
            out += value
            return
        }
        // `Bearer <credential>`: keep the scheme, replace the credential (a JWT is summarised).
        let (schemeEnd, isDigest) = value.withUnsafeBufferPointer { b in
            (Self.authSchemeEnd(b, at: 0, limit: b.count), ASCII.hasPrefix(b, at: 0, lowercased: "digest "))
        }
        if let schemeEnd, schemeEnd < value.count, !isDigest {
            out += value[..<schemeEnd]
            writeFieldReplacement(fieldRule, value: Array(value[schemeEnd...]), into: &out, report: &report)
            return
        }
        let jwtRule = compiled.detectors.jwt
        if jwtRule >= 0, value.count >= 10, value[0] == UInt8(ascii: "e"), value[1] == UInt8(ascii: "y"), value[2] == UInt8(ascii: "J") {
            let token = value.withUnsafeBufferPointer { b in JWTDetector.match(b, at: 0, floor: 0).flatMap { $0.range == 0..<b.count ? $0 : nil } }
            if let token {
                record(jwtRule, report: &report)
                value.withUnsafeBufferPointer { writeToken($0, rule: compiled.active[jwtRule], known: token, into: &out, report: &report) }
                return
            }
        }
        let rule = effectiveFieldRule(fieldRule, value: value)
        if rule == fieldRule, compiled.active[rule].action == .pseudonymize,
           NoValue.matches(value) || (compiled.active[rule].type == "token" && value.withUnsafeBufferPointer { NoValue.isFlag($0, 0..<$0.count) }) {
            out += value  // `"userId": "null"`, `"rememberMe": true`: no person, no token behind it (see ``NoValue``)
            return
        }
        if rule == fieldRule, let account = value.withUnsafeBufferPointer({ windowsAccountUser($0, 0..<$0.count, rule: rule) }) {
            // `"user": "CORP\\jsmith"`: the user part, as in free text (same pseudonym).
            let detectorRule = compiled.detectors.authLogUser
            if value.withUnsafeBufferPointer({ Self.isPseudonym($0, account) }) {
                out += value  // scrubbed on a first pass
                return
            }
            record(detectorRule, report: &report)
            out += value[..<account.lowerBound]
            let active = compiled.active[detectorRule]
            apply(active.action, to: Array(value[account]), type: active.type, isCredential: active.isCredential, into: &out)
            return
        }
        record(rule, report: &report)
        let active = compiled.active[rule]
        let written = out.count
        apply(active.action, to: value, type: active.type, isCredential: active.isCredential, into: &out)
        value.withUnsafeBufferPointer { recordEcho($0, rule: rule, written: written, out: out, report: &report) }
    }

    /// The user part when `b[value]` is exactly a `DOMAIN\user` account and `rule` pseudonymises
    /// user names like the `auth_log_user` detector does (so both write one pseudonym). Used by
    /// key context in text and by structured values.
    func windowsAccountUser(_ b: Bytes, _ value: Range<Int>, rule: Int) -> Range<Int>? {
        let detectorRule = compiled.detectors.authLogUser
        guard detectorRule >= 0, value.count >= 4, ASCII.isUpper(b[value.lowerBound]) else { return nil }
        let active = compiled.active[rule], detector = compiled.active[detectorRule]
        guard active.action == .pseudonymize, detector.action == .pseudonymize, active.type == detector.type else { return nil }
        return WindowsAccountDetector.match(b, at: value.lowerBound, floor: value.lowerBound).flatMap { $0.upperBound == value.upperBound ? $0 : nil }
    }

    /// Counts a replacement (and records it when asked).
    func record(_ rule: Int, report: inout ScrubReport) {
        report.count(rule)
        if report.recordsFindings {
            let active = compiled.active[rule]
            report.findings.append(Finding(ruleID: active.id, type: active.type, action: active.action.name, matcher: active.matcher, range: nil))
        }
    }
}
