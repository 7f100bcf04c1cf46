/// The result of `veil audit`: counts, labels and fingerprints only.
///
/// Rendered as a table for terminals (``text()``) or as JSON (``json()``). Neither
/// contains a token, a signature or a claim value: labels are header/claim *names*,
/// `alg`/`typ`/`iss` values, sources, and keyed fingerprints.
public struct AuditReport: Sendable {
    /// Lines (or journal entries) read.
    public var lines: Int
    /// Bytes read.
    public var bytes: Int
    /// Tokens seen.
    public var tokens: TokenStats
    /// Violation classes that occurred, most severe first (then by count).
    public var violations: [ViolationStats]
    /// The scrubber's findings by source and type.
    public var exposure: ExposureTable
    /// The policy that was checked.
    public var policy: AuditPolicy
    /// Usable keys in the `--jwks` set, when one was given.
    public var jwksKeys: Int?
    /// Fail-closed placeholders (lines too long to audit…).
    public var failClosed: Int

    public init(accumulator acc: AuditAccumulator, policy: AuditPolicy, jwksKeys: Int?) {
        lines = acc.lines
        bytes = acc.bytes
        tokens = acc.tokens
        violations = acc.violations.filter { $0.count > 0 }.sorted { a, b in
            a.kind.severity != b.kind.severity ? a.kind.severity > b.kind.severity : a.count != b.count ? a.count > b.count : a.kind.rawValue < b.kind.rawValue
        }
        exposure = acc.exposure
        self.policy = policy
        self.jwksKeys = jwksKeys
        failClosed = acc.failClosed
    }

    /// The most severe violation class present, if any.
    public var highestSeverity: AuditSeverity? { violations.first?.kind.severity }

    /// The stats of one class (zero count when absent).
    public func violation(_ kind: ViolationKind) -> ViolationStats {
        violations.first { $0.kind == kind } ?? ViolationStats(kind: kind)
    }

    /// Violations (occurrences) at or above `severity`.
    public func count(atLeast severity: AuditSeverity) -> Int {
        violations.filter { $0.kind.severity >= severity }.reduce(0) { $0 + $1.count }
    }

    // MARK: Text

    /// A human-readable report: summary, violations table (most severe first), tokens, exposure.
    public func text() -> String {
        var out: [String] = []
        out.append("veil audit: \(lines) lines, \(bytes) bytes; \(tokens.total) tokens (JWS \(tokens.jws), JWE \(tokens.jwe), opaque \(tokens.opaque), malformed \(tokens.malformed))")
        out.append("")
        if violations.isEmpty {
            out.append("VIOLATIONS: none")
        } else {
            out.append("VIOLATIONS (\(violations.reduce(0) { $0 + $1.count }) in \(violations.count) classes)")
            var rows: [[String]] = [["SEVERITY", "VIOLATION", "COUNT", "FIRST SEEN", "LAST SEEN", "SOURCES", "SAMPLE"]]
            for v in violations {
                let sources = v.sources.sorted.prefix(3).map { "\($0.label) (\($0.count))" }.joined(separator: ", ") + (v.sources.counts.count > 3 ? ", …" : "")
                rows.append([v.kind.severity.rawValue, v.kind.rawValue, String(v.count), v.firstSeen.map(LogTimestamp.format) ?? "-", v.lastSeen.map(LogTimestamp.format) ?? "-", sources, v.sample ?? "-"])
            }
            out += Self.table(rows)
            out.append("")
            for v in violations {
                out.append("  \(v.kind.rawValue): \(v.kind.title)")
                for d in v.details.sorted.prefix(10) { out.append("      \(d.label) ×\(d.count)") }
                if v.details.counts.count > 10 { out.append("      … \(v.details.counts.count - 10) more") }
                if !v.locations.isEmpty { out.append("      at " + v.locations.joined(separator: ", ") + (v.count > v.locations.count ? ", …" : "")) }
            }
        }
        out.append("")
        out.append("TOKENS")
        out.append("  by kind:   JWS \(tokens.jws) · JWE \(tokens.jwe) · opaque \(tokens.opaque) · malformed \(tokens.malformed)")
        out.append("  by issuer: " + Self.inline(tokens.byIssuer))
        out.append("  by alg:    " + Self.inline(tokens.byAlgorithm))
        out.append("  by typ:    " + Self.inline(tokens.byType))
        if let jwksKeys {
            out.append("  signatures (\(jwksKeys) JWKS keys): verified \(tokens.signaturesVerified) · invalid \(tokens.signaturesInvalid) · not checkable \(tokens.signaturesNotChecked)")
        }
        out.append("")
        let rows = exposure.rows
        if rows.isEmpty {
            out.append("PII EXPOSURE: none")
        } else {
            out.append("PII EXPOSURE (scrubber findings by source and type)")
            out += Self.table([["SOURCE", "TYPE", "CATEGORY", "COUNT"]] + rows.map { [$0.source, $0.type, $0.category, String($0.count)] })
        }
        if failClosed > 0 { out.append(""); out.append("note: \(failClosed) fail-closed placeholders (oversized lines or entries were not audited)") }
        return out.joined(separator: "\n") + "\n"
    }

    static func inline(_ t: CountTable) -> String {
        t.isEmpty ? "-" : t.sorted.prefix(12).map { "\($0.label) \($0.count)" }.joined(separator: " · ") + (t.counts.count > 12 ? " · …" : "")
    }

    static func table(_ rows: [[String]]) -> [String] {
        guard let first = rows.first else { return [] }
        var widths = [Int](repeating: 0, count: first.count)
        for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c.count) } }
        return rows.map { r in
            "  " + r.enumerated().map { i, c in
                i == r.count - 1 ? c : (i == 2 ? String(repeating: " ", count: widths[i] - c.count) + c : c + String(repeating: " ", count: widths[i] - c.count))
            }.joined(separator: "  ")
        }
    }

    // MARK: JSON

    /// The report as one JSON object (stable keys; see `docs/audit.md`).
    public func json() -> String {
        var j = JSONWriter()
        j.open("{")
        j.key("lines"); j.int(lines)
        j.key("bytes"); j.int(bytes)
        j.key("highest_severity"); if let s = highestSeverity { j.string(s.rawValue) } else { j.raw("null") }
        j.key("tokens"); j.open("{")
        j.key("total"); j.int(tokens.total)
        j.key("jws"); j.int(tokens.jws)
        j.key("jwe"); j.int(tokens.jwe)
        j.key("opaque"); j.int(tokens.opaque)
        j.key("malformed"); j.int(tokens.malformed)
        j.key("by_issuer"); j.table(tokens.byIssuer)
        j.key("by_alg"); j.table(tokens.byAlgorithm)
        j.key("by_typ"); j.table(tokens.byType)
        if let jwksKeys {
            j.key("signatures"); j.open("{")
            j.key("jwks_keys"); j.int(jwksKeys)
            j.key("verified"); j.int(tokens.signaturesVerified)
            j.key("invalid"); j.int(tokens.signaturesInvalid)
            j.key("not_checkable"); j.int(tokens.signaturesNotChecked)
            j.close("}")
        }
        j.close("}")
        j.key("violations"); j.open("[")
        for v in violations {
            j.open("{")
            j.key("id"); j.string(v.kind.rawValue)
            j.key("severity"); j.string(v.kind.severity.rawValue)
            j.key("title"); j.string(v.kind.title)
            j.key("message_id"); j.string(v.kind.messageID)
            j.key("count"); j.int(v.count)
            j.key("first_seen"); if let t = v.firstSeen { j.string(LogTimestamp.format(t)) } else { j.raw("null") }
            j.key("last_seen"); if let t = v.lastSeen { j.string(LogTimestamp.format(t)) } else { j.raw("null") }
            j.key("sources"); j.table(v.sources)
            j.key("locations"); j.open("[")
            for l in v.locations { j.string(l) }
            j.close("]")
            j.key("sample"); if let s = v.sample { j.string(s) } else { j.raw("null") }
            j.key("details"); j.table(v.details)
            j.close("}")
        }
        j.close("]")
        j.key("pii_exposure"); j.open("[")
        for r in exposure.rows {
            j.open("{")
            j.key("source"); j.string(r.source)
            j.key("type"); j.string(r.type)
            j.key("category"); j.string(r.category)
            j.key("count"); j.int(r.count)
            j.close("}")
        }
        j.close("]")
        j.key("policy"); j.open("{")
        j.key("require_asymmetric"); j.raw(policy.requireAsymmetric ? "true" : "false")
        j.key("max_access_token_lifetime"); j.int(policy.maxAccessTokenLifetime)
        j.key("max_id_token_lifetime"); j.int(policy.maxIDTokenLifetime)
        j.key("require_exp"); j.raw(policy.requireExp ? "true" : "false")
        j.key("require_aud"); j.raw(policy.requireAud ? "true" : "false")
        j.key("require_iss"); j.raw(policy.requireIss ? "true" : "false")
        j.key("clock_skew"); j.int(policy.clockSkew)
        j.key("pii_claims"); j.open("[")
        for c in policy.piiClaims { j.string(c) }
        j.close("]")
        j.close("}")
        j.key("fail_closed"); j.int(failClosed)
        j.close("}")
        return String(decoding: j.out, as: UTF8.self) + "\n"
    }
}

/// A minimal JSON writer (no Foundation): commas are inserted between values.
struct JSONWriter {
    var out: [UInt8] = []
    var needsComma = false

    mutating func sep() {
        if needsComma { out.append(UInt8(ascii: ",")) }
        needsComma = true
    }
    mutating func open(_ c: Character) { sep(); out += c.utf8; needsComma = false }
    mutating func close(_ c: Character) { out += c.utf8; needsComma = true }
    mutating func key(_ k: String) { sep(); quoted(k); out.append(UInt8(ascii: ":")); needsComma = false }
    mutating func string(_ s: String) { sep(); quoted(s) }
    mutating func int(_ n: Int) { sep(); out += String(n).utf8 }
    mutating func raw(_ s: String) { sep(); out += s.utf8 }
    mutating func quoted(_ s: String) {
        out.append(0x22)
        JSONText.escape(s.utf8, into: &out)
        out.append(0x22)
    }
    mutating func table(_ t: CountTable) {
        open("{")
        for row in t.sorted { key(row.label); int(row.count) }
        close("}")
    }
}
