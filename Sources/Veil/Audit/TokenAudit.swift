#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Where an audited line or entry came from.
public struct AuditSource: Sendable {
    /// The source named in the report: a journald unit or `SYSLOG_IDENTIFIER`, or the input file (`stdin`).
    public var name: String
    /// The input the line was read from (file path or `stdin`), for locations.
    public var input: String
    /// 1-based line (or entry) number in ``input``; 0 when unknown.
    public var line: Int
    /// True when ``line`` counts journal entries rather than lines.
    public var isEntry: Bool
    /// The log time when the input says it directly (journald `__REALTIME_TIMESTAMP`);
    /// otherwise it is parsed from the line (``LogTimestamp``) when needed.
    public var timestamp: Double?

    public init(name: String, input: String? = nil, line: Int = 0, isEntry: Bool = false, timestamp: Double? = nil) {
        self.name = name
        self.input = input ?? name
        self.line = line
        self.isEntry = isEntry
        self.timestamp = timestamp
    }

    var location: String? {
        guard line > 0 else { return nil }
        return isEntry ? "\(input) entry \(line)" : "\(input):\(line)"
    }
}

/// PII and credential findings by source and type (the scrubber's findings).
public struct ExposureTable: Sendable {
    /// Types by source.
    public private(set) var bySource: [String: CountTable] = [:]
    /// `credential` or `pii`, by type.
    public private(set) var categories: [String: String] = [:]

    public init() {}

    mutating func add(source: String, type: String, credential: Bool, _ n: Int) {
        let key = bySource[source] != nil || bySource.count < AuditLimits.distinctLabels ? source : "(other)"
        bySource[key, default: CountTable()].add(type, n)
        if categories[type] == nil { categories[type] = credential ? "credential" : "pii" }
    }

    mutating func merge(_ other: ExposureTable) {
        for (source, table) in other.bySource {
            for (type, n) in table.counts { add(source: source, type: type, credential: other.categories[type] == "credential", n) }
        }
    }

    /// Rows sorted by count (descending), then source and type.
    public var rows: [(source: String, type: String, category: String, count: Int)] {
        var out: [(source: String, type: String, category: String, count: Int)] = []
        for (source, table) in bySource {
            for (type, n) in table.counts { out.append((source, type, categories[type] ?? "pii", n)) }
        }
        return out.sorted { a, b in a.count != b.count ? a.count > b.count : (a.source, a.type) < (b.source, b.type) }
    }
}

/// One worker's audit state: counters plus the scrubber's scratch report.
/// Use one per thread and ``merge(_:)`` them in input order.
public struct AuditAccumulator: Sendable {
    /// Lines (or journal entries) read.
    public internal(set) var lines = 0
    /// Bytes read.
    public internal(set) var bytes = 0
    /// Tokens seen.
    public internal(set) var tokens = TokenStats()
    /// Violations, indexed like `ViolationKind.allCases`.
    public internal(set) var violations: [ViolationStats] = ViolationKind.allCases.map { ViolationStats(kind: $0) }
    /// The scrubber's findings by source and type.
    public internal(set) var exposure = ExposureTable()
    /// Fail-closed placeholders the scrubber wrote (oversized lines…).
    public internal(set) var failClosed = 0

    var scrub: ScrubReport
    var seenCounts: [Int]
    var seenFailClosed = 0
    var scratch: [UInt8] = []

    /// An empty accumulator for `auditor`.
    public init(for auditor: TokenAuditor) {
        scrub = ScrubReport(for: auditor.scrubber)
        seenCounts = scrub.counts
    }

    /// Adds another accumulator's counts; `other` covers later input.
    public mutating func merge(_ other: AuditAccumulator) {
        lines += other.lines
        bytes += other.bytes
        tokens.merge(other.tokens)
        for i in violations.indices { violations[i].merge(other.violations[i]) }
        exposure.merge(other.exposure)
        failClosed += other.failClosed
    }

    /// Merges this accumulator's counts into `main` and clears them, keeping the
    /// scratch buffers (a worker drains after every round, so order is kept).
    public mutating func drain(into main: inout AuditAccumulator) {
        main.merge(self)
        lines = 0
        bytes = 0
        tokens = TokenStats()
        violations = ViolationKind.allCases.map { ViolationStats(kind: $0) }
        exposure = ExposureTable()
        failClosed = 0
    }

    /// Counts a line the reader replaced because it exceeded the line limit.
    public mutating func countOversizedLine() {
        lines += 1
        failClosed += 1
    }
}

/// Audits bearer tokens in log lines against an ``AuditPolicy``, and counts what
/// the scrubber finds per source. Immutable and `Sendable`: share one between
/// threads, each with its own ``AuditAccumulator``.
///
/// Reports hold counts, labels (issuer, `alg`, `typ`, claim names, sources) and
/// keyed fingerprints only: never a token, a signature or a claim value.
///
/// Checks per token (see `docs/audit.md`):
/// - JWS: `alg: none` → ``ViolationKind/unsignedToken``; `HS*` with `require_asymmetric`
///   → ``ViolationKind/symmetricAlgorithm``; no numeric `exp` → ``ViolationKind/missingExp``;
///   `exp − iat` above the access (or ID-token) limit → ``ViolationKind/excessiveLifetime``;
///   `exp + clock_skew` before the line's time → ``ViolationKind/expiredAtLogTime``;
///   no `aud` / `iss` → ``ViolationKind/missingAud`` / ``ViolationKind/missingIss``;
///   top-level `pii_claims` present → ``ViolationKind/piiClaims``; with a JWK Set, a
///   signature that verifies with no key → ``ViolationKind/invalidSignature``.
/// - JWE: `zip` present, claims (`sub`, `iss`… or any PII claim) copied into the
///   protected header, or `alg: RSA1_5` → ``ViolationKind/jweUnsafeHeader``.
/// - Anything JWT-shaped that does not decode → ``ViolationKind/malformedToken``.
public final class TokenAuditor: Sendable {
    /// The scrubber whose findings feed the exposure table and whose key makes fingerprints.
    public let scrubber: Scrubber
    /// The policy checked.
    public let policy: AuditPolicy
    /// Signature verification, when a JWK Set was given.
    public let verifier: JWKSVerifier?
    /// "Now" (Unix seconds), for syslog timestamps without a year.
    public let now: Double
    /// Per active rule: 0 skip (JWT and claim rules), 1 opaque bearer token, 2 PII, 3 credential.
    let ruleRole: [UInt8]
    let ruleTypes: [String]

    /// Claims that must not be copied into a JWE protected header (RFC 7516 §4.1 allows
    /// replicating claims there, but the header travels in clear).
    static let jweHeaderClaims = ["sub", "iss", "aud", "jti", "sid"]

    public init(scrubber: Scrubber, policy: AuditPolicy? = nil, verifier: JWKSVerifier? = nil, now: Double? = nil) {
        self.scrubber = scrubber
        self.policy = policy ?? scrubber.rules.policy
        self.verifier = verifier
        if let now {
            self.now = now
        } else {
            var ts = timespec()
            clock_gettime(CLOCK_REALTIME, &ts)
            self.now = Double(ts.tv_sec)
        }
        let active = scrubber.compiled.active
        ruleRole = active.map { rule in
            switch rule.matcher {
            case DetectorKind.jwt.rawValue, "jwt_claims": 0
            case DetectorKind.bearerToken.rawValue: 1
            default: rule.isCredential ? 3 : 2
            }
        }
        ruleTypes = active.map(\.type)
    }

    // MARK: Input

    /// Audits one line (without its newline) in `format`.
    public func audit(line: UnsafeBufferPointer<UInt8>, format: InputFormat, source: AuditSource, into acc: inout AuditAccumulator) {
        acc.lines += 1
        acc.bytes += line.count
        acc.scratch.removeAll(keepingCapacity: true)
        scrubber.scrub(line: line, format: format, into: &acc.scratch, report: &acc.scrub)
        attributeFindings(source, &acc)
        scanTokens(line, source: source, timeSource: line, into: &acc)
    }

    /// Audits a structured record (a journald entry's user fields, swift-log metadata).
    /// Every `.bytes` value is scanned for tokens; the scrubber's record rules count PII.
    public func audit(record: [RecordField], source: AuditSource, into acc: inout AuditAccumulator) {
        acc.lines += 1
        _ = scrubber.scrub(record: record, report: &acc.scrub)
        attributeFindings(source, &acc)
        func walk(_ v: FieldValue, _ acc: inout AuditAccumulator) {
            switch v {
            case .bytes(let b):
                acc.bytes += b.count
                b.withUnsafeBufferPointer { scanTokens($0, source: source, timeSource: nil, into: &acc) }
            case .list(let items): for i in items { walk(i, &acc) }
            case .map(let fields): for f in fields { walk(f.value, &acc) }
            }
        }
        for field in record { walk(field.value, &acc) }
    }

    /// The report of everything accumulated.
    public func report(_ acc: AuditAccumulator) -> AuditReport {
        AuditReport(accumulator: acc, policy: policy, jwksKeys: verifier?.count)
    }

    // MARK: Scrubber findings

    @inline(__always)
    func attributeFindings(_ source: AuditSource, _ acc: inout AuditAccumulator) {
        if acc.scrub.failClosed != acc.seenFailClosed {
            acc.failClosed += acc.scrub.failClosed - acc.seenFailClosed
            acc.seenFailClosed = acc.scrub.failClosed
        }
        let counts = acc.scrub.counts
        for i in counts.indices where counts[i] != acc.seenCounts[i] {
            let delta = counts[i] - acc.seenCounts[i]
            acc.seenCounts[i] = counts[i]
            switch ruleRole[i] {
            case 1: acc.tokens.opaque += delta
            case 2, 3: acc.exposure.add(source: source.name, type: ruleTypes[i], credential: ruleRole[i] == 3, delta)
            default: break
            }
        }
    }

    // MARK: Tokens

    /// Per-line state: the line's time is parsed once, when a check needs it.
    struct LineTime {
        let bytes: Bytes?
        var known: Double?
        var parsed: Bool
    }

    func scanTokens(_ b: Bytes, source: AuditSource, timeSource: Bytes?, into acc: inout AuditAccumulator) {
        guard b.count >= 10, let base = b.baseAddress else { return }
        var time = LineTime(bytes: timeSource, known: source.timestamp, parsed: source.timestamp != nil || timeSource == nil)
        // memchr for the rarer 'J' of "eyJ", then check the two bytes before it.
        var i = 2
        while i < b.count {
            guard let hit = memchr(base + i, 0x4A, b.count - i) else { return }
            let j = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            guard b[j - 1] == UInt8(ascii: "y"), b[j - 2] == UInt8(ascii: "e") else { i = j + 1; continue }
            let at = j - 2
            if let candidate = JWTDetector.match(b, at: at, floor: 0) {
                audit(token: UnsafeBufferPointer(rebasing: b[candidate.range]), candidate: candidate, source: source, time: &time, into: &acc)
                i = max(candidate.range.upperBound + 2, j + 1)
            } else {
                i = j + 1
            }
        }
    }

    func lineTime(_ time: inout LineTime) -> Double? {
        if !time.parsed {
            time.parsed = true
            if let bytes = time.bytes { time.known = LogTimestamp.parse(bytes, now: now) }
        }
        return time.known
    }

    func flag(_ kind: ViolationKind, token: Bytes, fingerprintType: String, detail: String?, source: AuditSource, time: inout LineTime, into acc: inout AuditAccumulator) {
        let k = kind.index
        acc.violations[k].count += 1
        if let t = lineTime(&time) {
            acc.violations[k].firstSeen = min(acc.violations[k].firstSeen ?? t, t)
            acc.violations[k].lastSeen = max(acc.violations[k].lastSeen ?? t, t)
        }
        acc.violations[k].sources.add(source.name)
        if acc.violations[k].locations.count < AuditLimits.locations, let l = source.location { acc.violations[k].locations.append(l) }
        if acc.violations[k].sample == nil { acc.violations[k].sample = scrubber.pseudonymizer.pseudonym(of: token, type: fingerprintType) }
        if let detail { acc.violations[k].details.add(detail) }
    }

    func audit(token: Bytes, candidate: JWTCandidate, source: AuditSource, time: inout LineTime, into acc: inout AuditAccumulator) {
        let decoded = JOSEDecoder.decode(token, candidate: candidate)
        switch decoded {
        case .malformed(let reason):
            acc.tokens.malformed += 1
            flag(.malformedToken, token: token, fingerprintType: "token", detail: reason.description, source: source, time: &time, into: &acc)
        case .jwe(let header):
            acc.tokens.jwe += 1
            acc.tokens.byAlgorithm.add(header["alg"]?.auditLabelValue ?? "(none)")
            acc.tokens.byType.add(header["typ"]?.auditLabelValue ?? "(none)")
            var reasons: [String] = []
            if header["zip"] != nil { reasons.append("zip (compression before encryption leaks plaintext length)") }
            if header["alg"]?.stringValue == "RSA1_5" { reasons.append("alg RSA1_5 (padding-oracle prone key wrap)") }
            for name in Self.jweHeaderClaims + policy.piiClaims where header[name] != nil {
                reasons.append("claim '\(auditLabel(Array(name.utf8)))' copied into the header")
            }
            if let first = reasons.first {
                flag(.jweUnsafeHeader, token: token, fingerprintType: "jwt", detail: first, source: source, time: &time, into: &acc)
                for reason in reasons.dropFirst() { acc.violations[ViolationKind.jweUnsafeHeader.index].details.add(reason) }
            }
        case .jws(let header, let payload):
            acc.tokens.jws += 1
            auditJWS(token: token, candidate: candidate, header: header, payload: payload, source: source, time: &time, into: &acc)
        }
    }

    func auditJWS(token: Bytes, candidate: JWTCandidate, header: JSONValue, payload: JSONValue, source: AuditSource, time: inout LineTime, into acc: inout AuditAccumulator) {
        let alg = header["alg"]?.stringValue ?? ""
        let issuer = payload["iss"]?.auditLabelValue
        let algLabel = header["alg"]?.auditLabelValue ?? ""
        acc.tokens.byAlgorithm.add(algLabel)
        acc.tokens.byType.add(header["typ"]?.auditLabelValue ?? "(none)")
        acc.tokens.byIssuer.add(issuer ?? "(none)")
        func flag(_ kind: ViolationKind, _ detail: String?, _ acc: inout AuditAccumulator) {
            self.flag(kind, token: token, fingerprintType: "jwt", detail: detail, source: source, time: &time, into: &acc)
        }

        let isNone = alg.utf8.count == 4 && alg.lowercased() == "none"
        if isNone {
            flag(.unsignedToken, issuer.map { "iss \($0)" } ?? "no iss", &acc)
        } else if policy.requireAsymmetric, alg.hasPrefix("HS") {
            flag(.symmetricAlgorithm, algLabel, &acc)
        }

        let exp = Self.number(payload["exp"])
        let iat = Self.number(payload["iat"])
        if exp == nil, policy.requireExp {
            flag(.missingExp, payload["exp"] == nil ? "no exp" : "exp is not a number", &acc)
        }
        if let exp, let iat {
            let isIDToken = payload["nonce"] != nil || payload["at_hash"] != nil || payload["c_hash"] != nil
            let limit = isIDToken ? policy.maxIDTokenLifetime : policy.maxAccessTokenLifetime
            let lifetime = exp - iat
            if lifetime > Double(limit) {
                flag(.excessiveLifetime, (isIDToken ? "id token " : "access token ") + Self.bucket(lifetime), &acc)
            }
        }
        if let exp, let t = lineTime(&time), t > exp + Double(policy.clockSkew) {
            flag(.expiredAtLogTime, "expired " + Self.bucket(t - exp) + " before", &acc)
        }
        if policy.requireAud, payload["aud"] == nil { flag(.missingAud, nil, &acc) }
        if policy.requireIss, payload["iss"] == nil { flag(.missingIss, nil, &acc) }

        var piiFound = false
        for claim in policy.piiClaims where payload[claim] != nil {
            acc.violations[ViolationKind.piiClaims.index].details.add("\(issuer ?? "(no iss)"): \(auditLabel(Array(claim.utf8)))")
            piiFound = true
        }
        if piiFound { flag(.piiClaims, nil, &acc) }

        if let verifier, !isNone {
            let base = candidate.range.lowerBound
            let signingInput = UnsafeBufferPointer(rebasing: token[0..<(candidate.segment(1).upperBound - base)])
            let s2 = candidate.segment(2)
            let signature = UnsafeBufferPointer(rebasing: token[(s2.lowerBound - base)..<(s2.upperBound - base)])
            switch verifier.verify(signingInput: signingInput, signature: signature, alg: alg, kid: header["kid"]?.stringValue) {
            case .valid:
                acc.tokens.signaturesVerified += 1
            case .invalid(let kid):
                acc.tokens.signaturesInvalid += 1
                flag(.invalidSignature, "\(algLabel) kid \(auditLabel(Array(kid.utf8)))", &acc)
            case .notChecked:
                acc.tokens.signaturesNotChecked += 1
            }
        }
    }

    /// A NumericDate claim (RFC 7519 §2): a JSON number.
    static func number(_ v: JSONValue?) -> Double? {
        guard let text = v?.numberText else { return nil }
        return Double(text)
    }

    /// A coarse duration bucket (details never carry exact values that could single out a token).
    static func bucket(_ seconds: Double) -> String {
        switch seconds {
        case ...3600: "≤ 1h"
        case ...86400: "1h–24h"
        case ...(30 * 86400): "1d–30d"
        default: "> 30d"
        }
    }
}
