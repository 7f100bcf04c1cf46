/// How bad an audit finding is. Ordered: `low < medium < high < critical`.
public enum AuditSeverity: String, Sendable, Hashable, Comparable, CaseIterable {
    case low, medium, high, critical

    private var rank: Int {
        switch self {
        case .low: 0
        case .medium: 1
        case .high: 2
        case .critical: 3
        }
    }

    public static func < (a: AuditSeverity, b: AuditSeverity) -> Bool { a.rank < b.rank }

    /// The syslog priority of a security event of this severity.
    public var syslogPriority: Int {
        switch self {
        case .critical: 2
        case .high: 3
        case .medium: 4
        case .low: 5
        }
    }
}

/// A class of token-policy violation that `veil audit` reports.
///
/// Each has a fixed severity and a fixed journald `MESSAGE_ID` (see `systemd/veil.catalog`).
public enum ViolationKind: String, Sendable, Hashable, CaseIterable {
    /// A JWS with `alg: none` (unsecured): anyone can forge it.
    case unsignedToken = "unsigned_token"
    /// A signature that verifies against no key of the `--jwks` set: forged or tampered.
    case invalidSignature = "invalid_signature"
    /// A JWS payload carrying personal claims (`email`, `phone_number`, …) readable by anyone.
    case piiClaims = "pii_claims"
    /// A JWS without `exp`: valid forever once leaked.
    case missingExp = "missing_exp"
    /// A JWE whose protected header leaks or weakens: `zip`, claims copied into the header, `RSA1_5`.
    case jweUnsafeHeader = "jwe_unsafe_header"
    /// An `HS*` token while the policy requires asymmetric signatures.
    case symmetricAlgorithm = "symmetric_alg"
    /// `exp − iat` longer than the policy allows.
    case excessiveLifetime = "excessive_lifetime"
    /// A JWS without `aud`.
    case missingAud = "missing_aud"
    /// A JWS without `iss`.
    case missingIss = "missing_iss"
    /// A JWT-shaped value that does not decode (bad base64url/JSON, wrong segment count, oversized).
    case malformedToken = "malformed_token"
    /// A token whose `exp` had passed when the line was logged.
    case expiredAtLogTime = "expired_at_log_time"

    /// The severity.
    public var severity: AuditSeverity {
        switch self {
        case .unsignedToken, .invalidSignature: .critical
        case .piiClaims, .missingExp, .jweUnsafeHeader: .high
        case .symmetricAlgorithm, .excessiveLifetime, .missingAud, .missingIss, .malformedToken: .medium
        case .expiredAtLogTime: .low
        }
    }

    /// One line for humans.
    public var title: String {
        switch self {
        case .unsignedToken: "unsigned token (alg: none)"
        case .invalidSignature: "signature does not verify (forged or tampered)"
        case .piiClaims: "personal data in JWS claims"
        case .missingExp: "token without exp"
        case .jweUnsafeHeader: "JWE header not PII-safe"
        case .symmetricAlgorithm: "symmetric HS* signature"
        case .excessiveLifetime: "lifetime exp - iat above policy"
        case .missingAud: "token without aud"
        case .missingIss: "token without iss"
        case .malformedToken: "malformed token"
        case .expiredAtLogTime: "token expired when logged"
        }
    }

    /// The journald `MESSAGE_ID` of this class's security event (128 bits, lowercase hex).
    public var messageID: String {
        switch self {
        case .unsignedToken: "934e517ac4c2497ab49095b047fdecae"
        case .invalidSignature: "a3320e53455144aab660b0afb189a4dc"
        case .piiClaims: "0f6b135810b94644bab31f5dd719038d"
        case .missingExp: "c86f0e6ecd0342e28ee55a10596add8a"
        case .jweUnsafeHeader: "af784da7a09b4504aa71ae4bbddaddd8"
        case .symmetricAlgorithm: "120c7e1599674d71bf0ed2c768b9e109"
        case .excessiveLifetime: "23af5a97c3da4ac48ae414f5b28b2550"
        case .missingAud: "963103ece4b84cc79582b87ad9b0f167"
        case .missingIss: "ac5aa6c5dccd41b59aa094640337868b"
        case .malformedToken: "6a9192ed91f1481c93a743dedddce69e"
        case .expiredAtLogTime: "4be8fcabac5f471bbade813ebde78d05"
        }
    }

    /// Dense index (for per-class arrays).
    var index: Int { Self.allCases.firstIndex(of: self)! }
}

/// Bounded label → count map: past ``AuditLimits/distinctLabels`` distinct labels,
/// new ones are counted under `(other)`, so hostile input cannot grow memory.
public struct CountTable: Sendable, Hashable {
    /// Counts by label.
    public private(set) var counts: [String: Int] = [:]
    let limit: Int

    public init(limit: Int = AuditLimits.distinctLabels) { self.limit = limit }

    /// Adds `n` to `label`.
    public mutating func add(_ label: String, _ n: Int = 1) {
        if counts[label] != nil || counts.count < limit {
            counts[label, default: 0] += n
        } else {
            counts["(other)", default: 0] += n
        }
    }

    /// Adds every count of `other`.
    public mutating func merge(_ other: CountTable) {
        for (k, v) in other.counts { add(k, v) }
    }

    /// Rows sorted by count (descending), then label.
    public var sorted: [(label: String, count: Int)] {
        counts.map { (label: $0.key, count: $0.value) }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.label < $1.label }
    }

    public var isEmpty: Bool { counts.isEmpty }
}

/// Documented bounds of the audit's memory.
public enum AuditLimits {
    /// Distinct labels per table (issuers, algorithms, sources, detail keys…).
    public static let distinctLabels = 256
    /// Example locations (`file:line`) kept per violation class.
    public static let locations = 5
    /// Longest label shown (issuer, source, kid…); longer ones are cut with `…`.
    public static let labelLength = 96
}

/// One violation class as accumulated over the input.
public struct ViolationStats: Sendable {
    /// The class.
    public var kind: ViolationKind
    /// Tokens (occurrences) in violation.
    public var count = 0
    /// Earliest / latest log time (Unix seconds) of an occurrence whose line had a timestamp.
    public var firstSeen: Double?
    public var lastSeen: Double?
    /// Occurrences by source (journald unit or identifier, or input file).
    public var sources = CountTable()
    /// The first few occurrences as `file:line` (or `unit@cursor-less` entry numbers for export input).
    public var locations: [String] = []
    /// The keyed fingerprint (`jwt~key~…`) of the first token in violation: never the token.
    public var sample: String?
    /// Class-specific breakdown: claims by issuer, JWE header reasons, `kid`s, lifetimes…
    public var details = CountTable()

    public init(kind: ViolationKind) { self.kind = kind }

    /// Adds `other`, which comes later in the input.
    public mutating func merge(_ other: ViolationStats) {
        count += other.count
        if let t = other.firstSeen { firstSeen = min(firstSeen ?? t, t) }
        if let t = other.lastSeen { lastSeen = max(lastSeen ?? t, t) }
        sources.merge(other.sources)
        for l in other.locations where locations.count < AuditLimits.locations { locations.append(l) }
        if sample == nil { sample = other.sample }
        details.merge(other.details)
    }
}

/// What tokens were seen, by kind and header/claim facts.
public struct TokenStats: Sendable {
    /// All tokens: JWS + JWE + opaque + malformed.
    public var total: Int { jws + jwe + opaque + malformed }
    public var jws = 0
    public var jwe = 0
    /// Bearer tokens without JWT shape (the scrubber's `bearer_token` findings).
    public var opaque = 0
    /// JWT-shaped values that do not decode.
    public var malformed = 0
    /// JWS/JWE by `iss` (JWS only; `(none)` when absent).
    public var byIssuer = CountTable()
    /// By header `alg`.
    public var byAlgorithm = CountTable()
    /// By header `typ` (`(none)` when absent).
    public var byType = CountTable()
    /// Signatures checked against `--jwks`: verified, failed, not checkable (alg not supported, e.g. HS*, none).
    public var signaturesVerified = 0
    public var signaturesInvalid = 0
    public var signaturesNotChecked = 0

    public init() {}

    public mutating func merge(_ o: TokenStats) {
        jws += o.jws; jwe += o.jwe; opaque += o.opaque; malformed += o.malformed
        byIssuer.merge(o.byIssuer); byAlgorithm.merge(o.byAlgorithm); byType.merge(o.byType)
        signaturesVerified += o.signaturesVerified
        signaturesInvalid += o.signaturesInvalid
        signaturesNotChecked += o.signaturesNotChecked
    }
}

/// Text safe to show: printable ASCII and valid non-control Unicode kept, control bytes
/// written `\xNN`, cut at ``AuditLimits/labelLength`` characters.
package func auditLabel(_ bytes: some Collection<UInt8>) -> String {
    // Fast path: short printable ASCII (issuers, algorithms, types) is shown as is.
    if bytes.count <= AuditLimits.labelLength, bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
        return String(decoding: bytes, as: UTF8.self)
    }
    let text = String(decoding: bytes, as: UTF8.self)
    var out = ""
    var n = 0
    for scalar in text.unicodeScalars {
        if n == AuditLimits.labelLength { out += "…"; break }
        if scalar.value < 0x20 || scalar.value == 0x7F || (scalar.value >= 0x80 && scalar.value < 0xA0) || scalar == "\u{FFFD}" {
            out += "\\x" + String(scalar.value & 0xFF, radix: 16, uppercase: true)
        } else {
            out.unicodeScalars.append(scalar)
        }
        n += 1
    }
    return out
}

extension JSONValue {
    /// The string member's display label (``auditLabel(_:)``), when this is a string.
    var auditLabelValue: String? {
        guard case .string(let bytes) = self else { return nil }
        return auditLabel(bytes)
    }
}
