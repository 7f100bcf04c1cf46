/// A journald security event for one violation class, described by the catalog
/// entry with the same `MESSAGE_ID` (`systemd/veil.catalog`).
///
/// Fields carry counts, labels and keyed fingerprints only — never a token or a claim value:
///
/// | field | value |
/// |---|---|
/// | `MESSAGE_ID` | ``ViolationKind/messageID`` |
/// | `MESSAGE` | `veil audit: <title>: <count> token(s)` |
/// | `PRIORITY` | 2 critical, 3 high, 4 medium, 5 low |
/// | `SYSLOG_IDENTIFIER` | `veil` |
/// | `VEIL_VIOLATION` | the class id, e.g. `unsigned_token` |
/// | `VEIL_SEVERITY` | `low` … `critical` |
/// | `VEIL_COUNT` | occurrences since the last event of this class |
/// | `VEIL_SUPPRESSED` | events of this class the rate limiter held back since the last one |
/// | `VEIL_SAMPLE` | the first token's fingerprint `jwt~key~…` |
/// | `VEIL_SOURCES` | up to 5 sources, `name (count)`, comma-separated |
/// | `VEIL_FIRST_SEEN`, `VEIL_LAST_SEEN` | log times (RFC 3339, UTC), when known |
/// | `VEIL_DETAILS` | up to 5 class-specific details (claim names by issuer, header reasons, `kid`s) |
public struct SecurityEvent: Sendable, Hashable {
    /// The violation class.
    public var kind: ViolationKind
    /// Journald fields, in order (`MESSAGE_ID` first).
    public var fields: [Field]

    /// One journald field.
    public struct Field: Sendable, Hashable {
        public var name: String
        public var value: String
        public init(_ name: String, _ value: String) { self.name = name; self.value = value }
    }

    /// The `MESSAGE_ID`.
    public var messageID: String { kind.messageID }

    /// The value of field `name`.
    public subscript(name: String) -> String? { fields.first { $0.name == name }?.value }

    /// Builds the event for `stats`. `suppressed` is how many events the rate limiter held back.
    public init(_ stats: ViolationStats, suppressed: Int = 0) {
        kind = stats.kind
        func clean(_ s: String) -> String { auditLabel(Array(s.utf8)) }
        var f: [Field] = [
            Field("MESSAGE_ID", kind.messageID),
            Field("MESSAGE", "veil audit: \(kind.title): \(stats.count) token\(stats.count == 1 ? "" : "s")"),
            Field("PRIORITY", String(kind.severity.syslogPriority)),
            Field("SYSLOG_IDENTIFIER", "veil"),
            Field("VEIL_VIOLATION", kind.rawValue),
            Field("VEIL_SEVERITY", kind.severity.rawValue),
            Field("VEIL_COUNT", String(stats.count)),
            Field("VEIL_SUPPRESSED", String(suppressed)),
            Field("VEIL_SAMPLE", stats.sample ?? "-"),
            Field("VEIL_SOURCES", stats.sources.sorted.prefix(5).map { "\(clean($0.label)) (\($0.count))" }.joined(separator: ", ")),
        ]
        if let t = stats.firstSeen { f.append(Field("VEIL_FIRST_SEEN", LogTimestamp.format(t))) }
        if let t = stats.lastSeen { f.append(Field("VEIL_LAST_SEEN", LogTimestamp.format(t))) }
        let details = stats.details.sorted.prefix(5).map { "\(clean($0.label)) ×\($0.count)" }.joined(separator: "; ")
        f.append(Field("VEIL_DETAILS", details.isEmpty ? "-" : details))
        fields = f
    }

    /// The events of a report, one per violation class present, most severe first.
    public static func events(for report: AuditReport) -> [SecurityEvent] {
        report.violations.map { SecurityEvent($0) }
    }

    /// The event as Journal Export Format text (`NAME=value` lines and an empty line),
    /// e.g. for `systemd-journal-remote` or tests.
    public var exportFormat: String {
        fields.map { "\($0.name)=\($0.value.replacingNewlines)" }.joined(separator: "\n") + "\n\n"
    }
}

extension String {
    fileprivate var replacingNewlines: String {
        String(unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : Character($0) })
    }
}

/// Lets at most one security event per violation class through per `window` seconds,
/// and counts the ones it holds back (reported as `VEIL_SUPPRESSED` on the next event).
public struct SecurityEventRateLimiter: Sendable {
    /// The window in seconds (default 300).
    public let window: Double
    private var lastEmitted: [ViolationKind: Double] = [:]
    private var suppressed: [ViolationKind: Int] = [:]

    public init(window: Double = 300) { self.window = window }

    /// Whether an event of `kind` may go out at `now` (seconds, any monotonic clock).
    /// When it may, returns the number held back since the last one; nil when it may not.
    public mutating func admit(_ kind: ViolationKind, now: Double) -> Int? {
        if let last = lastEmitted[kind], now - last < window {
            suppressed[kind, default: 0] += 1
            return nil
        }
        lastEmitted[kind] = now
        let held = suppressed[kind] ?? 0
        suppressed[kind] = 0
        return held
    }

    /// Events of `kind` held back since the last admitted one.
    public func suppressedCount(_ kind: ViolationKind) -> Int { suppressed[kind] ?? 0 }
}
