import Logging
#if canImport(Glibc)
import Glibc
#endif
import Synchronization
import Veil

/// An attached error after scrubbing: what Veil's handlers forward instead of the
/// original error, so handlers that print `event.error` see no raw values.
///
/// Its `description` is the scrubbed `String(describing: error)`; ``typeName`` is the
/// original error's type (`String(reflecting:)`), which names code, not people.
public struct ScrubbedError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The scrubbed description.
    public var description: String
    /// The original error's type name.
    public var typeName: String
}

/// One log event after scrubbing (the pieces Veil's handlers forward or write).
struct ScrubbedEvent {
    var message: String
    var metadata: Logger.Metadata
    var error: ScrubbedError?
}

/// Scrubs swift-log events with one ``Scrubber``: message, merged metadata (handler,
/// provider, event) at any depth, and the attached error. Never throws or traps.
final class LogScrubber: Sendable {
    let scrubber: Scrubber
    /// Top-level metadata key → field-rule index (-1: none). Keys repeat from call to call,
    /// so the path split, normalisation and glob match run once per key.
    private let ruleCache = Mutex<[String: Int]>([:])
    /// Bounds the cache (services with unbounded key sets just skip it).
    static let ruleCacheLimit = 4096
    /// Reports (and their scratch buffers) of finished calls, reused by the next ones.
    private let reports = Mutex<[ScrubReport]>([])
    /// At most this many reports are kept (one per thread that logs at once is enough).
    static let reportPoolLimit = 16
    /// Unnamed fields are scanned (the default pack); otherwise every value takes the record path.
    private let scansUnnamedFields: Bool
    /// Short messages, keys and values found clean before (exact; see ``CleanStringCache``).
    let cleanStrings = CleanStringCache()

    init(_ scrubber: Scrubber) {
        self.scrubber = scrubber
        self.scansUnnamedFields = scrubber.compiled.defaults.fields == .scan
    }

    /// Merges metadata the way swift-log's own handlers do (event > provider > handler)
    /// and scrubs everything.
    func scrub(event: LogEvent, handlerMetadata: Logger.Metadata, provider: Logger.MetadataProvider?) -> ScrubbedEvent {
        let merged = merge(event: event, handlerMetadata: handlerMetadata, provider: provider)
        if isClean(event, merged: merged) { return ScrubbedEvent(message: event.message.description, metadata: merged, error: nil) }
        return scrub(event: event, merged: merged)
    }

    /// Handler metadata, then the provider's values, then the event's (later wins).
    func merge(event: LogEvent, handlerMetadata: Logger.Metadata, provider: Logger.MetadataProvider?) -> Logger.Metadata {
        var merged = handlerMetadata
        if let provider {
            let provided = provider.get()
            if !provided.isEmpty {
                if merged.isEmpty { merged = provided } else { merged.merge(provided) { $1 } }
            }
        }
        if let explicit = event.metadata, !explicit.isEmpty {
            if merged.isEmpty { merged = explicit } else { merged.merge(explicit) { $1 } }
        }
        return merged
    }

    /// True when scrubbing would change nothing: no error attached, every message line plain
    /// text without findings, every metadata value a plain string that no field rule names
    /// and that holds no finding. The common case of a log call; it allocates nothing, so
    /// handlers forward such events as they are.
    func isClean(_ event: LogEvent, merged: Logger.Metadata) -> Bool {
        guard event.error == nil else { return false }
        if !merged.isEmpty, !scansUnnamedFields { return false }
        let strings = 1 + 2 * merged.count
        if strings <= Self.cachedStringsPerEvent { return isCleanCached(event, merged: merged, strings: strings) }
        return isCleanScanning(event, merged: merged)
    }

    /// ``isClean(_:merged:)`` without the cache: every string scanned (`error` and
    /// `scansUnnamedFields` already checked by the caller).
    func isCleanScanning(_ event: LogEvent, merged: Logger.Metadata) -> Bool {
        if !merged.isEmpty {
            for (key, value) in merged {
                guard case .string(var text) = value, topLevelRule(key) == nil else { return false }
                if text.withUTF8({ scrubber.mayChange(line: $0, format: .text) }) { return false }
            }
        }
        var message = event.message.description
        return !message.withUTF8 { mayChange(lines: $0) }
    }

    /// Events with at most this many strings (message, keys, values) try ``cleanStrings`` first.
    static let cachedStringsPerEvent = 33

    /// ``isClean(_:merged:)`` through the cache of strings found clean before. Strings the
    /// cache does not hold (or that are too long for it) are checked exactly as
    /// ``isClean(_:merged:)`` does; the cacheable ones are added when the whole event is clean
    /// (a key with a field rule is remembered as such, so the next event with it stops early).
    private func isCleanCached(_ event: LogEvent, merged: Logger.Metadata, strings: Int) -> Bool {
        withUnsafeTemporaryAllocation(of: CleanStringCache.Entry.self, capacity: strings) { entries -> Bool in
            withUnsafeTemporaryAllocation(of: CleanStringCache.State.self, capacity: strings) { states -> Bool in
                let message = event.message.description
                var n = 0
                func add(_ string: String, _ kind: CleanStringCache.Kind) {
                    entries.initializeElement(at: n, to: CleanStringCache.Entry(string, kind: kind) ?? .uncacheable)
                    n += 1
                }
                add(message, .message)
                for (key, value) in merged {
                    guard case .string(let text) = value else { return false }
                    add(key, .key)
                    add(text, .value)
                }
                let filled = UnsafeBufferPointer(rebasing: entries[0..<n])
                let found = UnsafeMutableBufferPointer(rebasing: states[0..<n])
                found.initialize(repeating: .unknown)
                cleanStrings.lookUp(filled, states: found)
                for k in stride(from: 1, to: n, by: 2) where found[k] == .ruleKey { return false }
                var misses = 0
                if found[0] != .clean {
                    var text = message
                    if text.withUTF8({ mayChange(lines: $0) }) { return false }
                    misses += 1
                }
                var k = 1
                for (key, value) in merged {
                    if found[k] != .clean {
                        guard topLevelRule(key) == nil else {
                            if filled[k].kind != 0 { cleanStrings.insert(CollectionOfOne(filled[k].with(kind: .ruleKey))) }
                            return false
                        }
                        misses += 1
                    }
                    if found[k + 1] != .clean, case .string(var text) = value {
                        if text.withUTF8({ scrubber.mayChange(line: $0, format: .text) }) { return false }
                        misses += 1
                    }
                    k += 2
                }
                if misses > 0 { cleanStrings.insert((0..<n).lazy.filter { found[$0] != .clean }.map { filled[$0] }) }
                return true
            }
        }
    }

    /// True when scrubbing `text` line by line (format sniffed per line) may change it.
    private func mayChange(lines text: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        while true {
            var end = start
            while end < text.count, text[end] != 0x0A { end += 1 }
            if scrubber.mayChange(line: UnsafeBufferPointer(rebasing: text[start..<end]), format: .auto) { return true }
            if end >= text.count { return false }
            start = end + 1
        }
    }

    /// Scrubs message, merged metadata and error.
    func scrub(event: LogEvent, merged: Logger.Metadata) -> ScrubbedEvent {
        // A pooled report brings grown scratch buffers (spans, JWT decoding): a call with
        // findings allocates little more than its results.
        var report = reports.withLock { $0.popLast() } ?? ScrubReport.growing
        defer {
            report.findings.removeAll()
            reports.withLock { pool in if pool.count < Self.reportPoolLimit { pool.append(report) } }
        }
        var scratch: [UInt8] = []
        // Metadata first: a value a key names (`["user": "hsato88"]`) is replaced in the message
        // too when the message spells it (`"Signed in hsato88"`; see Echoes in docs/rules.md).
        _ = scrubber.takeEchoes(&report)  // (none of an earlier event's values)
        let metadata = merged.isEmpty ? merged : scrub(metadata: merged, scratch: &scratch, report: &report)
        let echoes = scrubber.takeEchoes(&report)
        let message = scrubber.replacingEchoes(echoes, in: scrubText(event.message.description, scratch: &scratch, report: &report), report: &report)
        var error: ScrubbedError?
        if let e = event.error {
            error = ScrubbedError(description: scrubText(String(describing: e), scratch: &scratch, report: &report), typeName: String(reflecting: type(of: e)))
        }
        return ScrubbedEvent(message: message, metadata: metadata, error: error)
    }

    // MARK: Text

    /// Scrubs free text line by line (newlines kept); returns `text` itself when nothing changed.
    func scrubText(_ text: String, scratch out: inout [UInt8], report: inout ScrubReport) -> String {
        if text.isEmpty { return text }
        var copy = text
        let changed = copy.withUTF8 { buf -> Bool in
            // Most messages hold no finding: the scan alone says so, without writing a copy.
            guard mayChange(lines: buf) else { return false }
            out.removeAll(keepingCapacity: true)
            var start = 0
            while true {
                var end = start
                while end < buf.count, buf[end] != 0x0A { end += 1 }
                scrubber.scrub(line: UnsafeBufferPointer(rebasing: buf[start..<end]), format: .auto, into: &out, report: &report)
                if end >= buf.count { break }
                out.append(0x0A)
                start = end + 1
            }
            return !Self.same(out, buf)
        }
        return changed ? String(decoding: out, as: UTF8.self) : text
    }

    /// A top-level string value no field rule names: scanned by the detectors directly, as
    /// the engine does for unnamed fields. nil when unchanged.
    func scanLeaf(_ text: String, scratch out: inout [UInt8], report: inout ScrubReport) -> String? {
        var copy = text
        return copy.withUTF8 { buf -> String? in
            guard buf.count <= scrubber.limits.maximumLineLength else { return "[REDACTED:oversized_value]" }
            guard scrubber.mayChange(line: buf, format: .text) else { return nil }
            out.removeAll(keepingCapacity: true)
            scrubber.scrubText(buf, into: &out, report: &report)
            return Self.same(out, buf) ? nil : String(decoding: out, as: UTF8.self)
        }
    }

    /// True when the scrubbed bytes equal the input (memcmp, not an element-wise loop).
    @inline(__always)
    static func same(_ out: [UInt8], _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        out.count == buf.count && out.withUnsafeBufferPointer { o in
            o.count == 0 || memcmp(o.baseAddress!, buf.baseAddress!, o.count) == 0
        }
    }

    /// The field rule for a top-level key. A key without `.` is looked up on its bytes
    /// without allocating (the common case); dotted keys, and rule sets with wildcard last
    /// segments, go through the full path match once per key (cached).
    func topLevelRule(_ key: String) -> Int? {
        let compiled = scrubber.compiled
        if compiled.fieldRules.isEmpty { return nil }
        var bytes = key
        // −2: a dotted key, or a rule set only whole-path matching decides: ask the cache.
        let direct = bytes.withUTF8 { buf -> Int in
            if buf.contains(UInt8(ascii: ".")) { return -2 }
            if compiled.decidesOneSegmentKeys { return compiled.fieldRule(forOneSegmentKey: buf) ?? -1 }
            return compiled.mayHaveFieldRule(forKey: buf) ? -2 : -1
        }
        if direct != -2 { return direct < 0 ? nil : direct }
        if let cached = ruleCache.withLock({ $0[key] }) { return cached < 0 ? nil : cached }
        let rule = compiled.fieldRule(forPath: Self.segments([key]))
        ruleCache.withLock { cache in
            if cache.count < Self.ruleCacheLimit { cache[key] = rule ?? -1 }
        }
        return rule
    }

    // MARK: Metadata

    /// Scrubs metadata. Top-level strings that no field rule names are scanned directly;
    /// other plain values go through the engine as one record (field rules see key paths:
    /// `user.password`, `headers.authorization`); values carrying ``LogPrivacy`` or wrapping
    /// ``Sensitive`` are resolved here. Unchanged values are forwarded as they were.
    func scrub(metadata: Logger.Metadata, scratch: inout [UInt8], report: inout ScrubReport) -> Logger.Metadata {
        var result = metadata
        var record: [RecordField] = []
        var lossy: Set<String> = []
        var special: [(String, Logger.MetadataValue)] = []
        for (key, value) in metadata {
            if case .string(let s) = value, let rule = topLevelRule(key) {
                // A string under a rule that replaces it: no record round trip.
                switch scrubber.compiled.active[rule].action {
                case .redact, .pseudonymize, .mask:
                    result[key] = .string(String(decoding: scrubber.replaceFieldBytes(Array(s.utf8), rule: rule, report: &report), as: UTF8.self))
                    continue
                case .drop:
                    result[key] = nil
                    continue
                case .keep:
                    break
                }
            }
            if scansUnnamedFields {
                switch value {
                case .string(let s):
                    if topLevelRule(key) == nil {
                        if let changed = scanLeaf(s, scratch: &scratch, report: &report) { result[key] = .string(changed) }
                        continue
                    }
                case .stringConvertible(let box):
                    if !(box is any SensitiveValueBox), value.attributes[LogPrivacy.self] == nil, topLevelRule(key) == nil {
                        // Forwarded as the string that was scanned: a description computed again
                        // by the upstream could differ from the one checked here.
                        let text = box.description
                        result[key] = .string(scanLeaf(text, scratch: &scratch, report: &report) ?? text)
                        continue
                    }
                default:
                    break
                }
            }
            var lossless = true
            if let field = Self.plainField(value, lossless: &lossless) {
                record.append(RecordField(key, field))
                if !lossless { lossy.insert(key) }
            } else {
                special.append((key, value))
            }
        }
        if !record.isEmpty {
            let scrubbed = scrubber.scrub(record: record, report: &report)
            var j = 0
            for field in scrubbed {
                // Output keeps order; dropped fields are missing.
                while j < record.count, record[j].key != field.key {
                    result[record[j].key] = nil
                    j += 1
                }
                if j < record.count, record[j].value == field.value, !lossy.contains(field.key) {
                    // unchanged: keep the original value
                } else {
                    result[field.key] = Self.metadataValue(field.value)
                }
                j += 1
            }
            while j < record.count {
                result[record[j].key] = nil
                j += 1
            }
        }
        for (key, value) in special {
            var path = [key]
            result[key] = scrubSpecial(value, path: &path, report: &report)
        }
        return result
    }

    /// Nesting depth of metadata values: deeper subtrees become `[REDACTED:too_deep]`
    /// (bounds recursion on the logging path; swift-log does not limit nesting).
    static let maximumDepth = 32

    /// The record value of a subtree without privacy attributes or ``Sensitive``; nil otherwise.
    /// `lossless` turns false when a subtree was cut at ``maximumDepth``.
    static func plainField(_ value: Logger.MetadataValue, depth: Int = 0, lossless: inout Bool) -> FieldValue? {
        guard depth < maximumDepth else {
            lossless = false
            return .bytes(Array("[REDACTED:too_deep]".utf8))
        }
        switch value {
        case .string(let s):
            return .bytes(Array(s.utf8))
        case .stringConvertible(let box):
            if box is any SensitiveValueBox { return nil }
            if value.attributes[LogPrivacy.self] != nil { return nil }
            return .bytes(Array(box.description.utf8))
        case .array(let items):
            var out: [FieldValue] = []
            out.reserveCapacity(items.count)
            for item in items {
                guard let f = plainField(item, depth: depth + 1, lossless: &lossless) else { return nil }
                out.append(f)
            }
            return .list(out)
        case .dictionary(let dict):
            var out: [RecordField] = []
            out.reserveCapacity(dict.count)
            for (k, v) in dict.sorted(by: { $0.key < $1.key }) {
                guard let f = plainField(v, depth: depth + 1, lossless: &lossless) else { return nil }
                out.append(RecordField(k, f))
            }
            return .map(out)
        }
    }

    static func metadataValue(_ value: FieldValue) -> Logger.MetadataValue {
        switch value {
        case .bytes(let b): .string(String(decoding: b, as: UTF8.self))
        case .list(let items): .array(items.map(metadataValue))
        case .map(let fields):
            .dictionary(Dictionary(fields.map { ($0.key, metadataValue($0.value)) }, uniquingKeysWith: { $1 }))
        }
    }

    /// A subtree containing attributed or sensitive values. nil = dropped by a rule.
    func scrubSpecial(_ value: Logger.MetadataValue, path: inout [String], report: inout ScrubReport) -> Logger.MetadataValue? {
        guard path.count <= Self.maximumDepth else { return .string("[REDACTED:too_deep]") }
        if case .string = value {} else if case .stringConvertible = value {} else if fieldRuleMatches(path) {
            // A field rule names this whole subtree (`**.user` on a map): the engine applies it
            // to the subtree, with attributed and sensitive leaves already resolved.
            let field = RecordField(path.joined(separator: "."), resolvedField(value, depth: path.count))
            guard let out = scrubber.scrub(record: [field], report: &report).first else { return nil }
            return Self.metadataValue(out.value)
        }
        switch value {
        case .dictionary(let dict):
            var out: Logger.Metadata = [:]
            for (k, v) in dict {
                path.append(k)
                defer { path.removeLast() }
                if let s = scrubSpecial(v, path: &path, report: &report) { out[k] = s }
            }
            return .dictionary(out)
        case .array(let items):
            return .array(items.compactMap { scrubSpecial($0, path: &path, report: &report) })
        case .string, .stringConvertible:
            if case .stringConvertible(let box) = value, let sensitive = box as? any SensitiveValueBox {
                if let type = sensitive.veilType { return .string(pseudonym(sensitive.veilRevealedBytes, type: type)) }
                return .string("[REDACTED:sensitive]")
            }
            let bytes = Array(value.description.utf8)
            switch value.attributes[LogPrivacy.self]?.kind {
            case .private?:
                return .string("[REDACTED:private]")
            case .pseudonymized(let type)?:
                return .string(pseudonym(bytes, type: type))
            case .public?:
                return scrubPublic(bytes, path: path, report: &report)
            case nil:
                // A plain leaf inside a subtree that also holds attributed values.
                let field = RecordField(path.joined(separator: "."), .bytes(bytes))
                guard let out = scrubber.scrub(record: [field], report: &report).first else { return nil }
                return Self.metadataValue(out.value)
            }
        }
    }

    /// The key path as the engine sees it: dotted keys split, segments normalised.
    static func segments(_ path: [String]) -> [[UInt8]] {
        var segments: [[UInt8]] = []
        for key in path {
            for segment in key.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false) {
                segments.append(FieldGlob.normalize(segment))
            }
        }
        return segments
    }

    func fieldRuleMatches(_ path: [String]) -> Bool {
        !scrubber.compiled.fieldRules.isEmpty && scrubber.compiled.fieldRule(forPath: Self.segments(path)) != nil
    }

    /// A subtree as a record value, privacy-attributed and sensitive leaves replaced by
    /// what they resolve to (`.public` leaves stay raw: the caller hands the result to a field rule).
    func resolvedField(_ value: Logger.MetadataValue, depth: Int) -> FieldValue {
        guard depth <= Self.maximumDepth else { return .string("[REDACTED:too_deep]") }
        switch value {
        case .dictionary(let dict):
            return .map(dict.sorted { $0.key < $1.key }.map { RecordField($0.key, resolvedField($0.value, depth: depth + 1)) })
        case .array(let items):
            return .list(items.map { resolvedField($0, depth: depth + 1) })
        case .string, .stringConvertible:
            if case .stringConvertible(let box) = value, let sensitive = box as? any SensitiveValueBox {
                return .string(sensitive.veilType.map { pseudonym(sensitive.veilRevealedBytes, type: $0) } ?? "[REDACTED:sensitive]")
            }
            switch value.attributes[LogPrivacy.self]?.kind {
            case .private?: return .string("[REDACTED:private]")
            case .pseudonymized(let type)?: return .string(pseudonym(Array(value.description.utf8), type: type))
            case .public?, nil: return .bytes(Array(value.description.utf8))
            }
        }
    }

    /// `.public`: the rule pack's field rules for the path still apply; otherwise only the
    /// credential detectors run (PII stays).
    func scrubPublic(_ bytes: [UInt8], path: [String], report: inout ScrubReport) -> Logger.MetadataValue? {
        if !scrubber.compiled.fieldRules.isEmpty, let rule = scrubber.compiled.fieldRule(forPath: Self.segments(path)), scrubber.compiled.active[rule].action != .keep {
            // Let the engine apply the rule (redact, pseudonymise, mask, drop) exactly as for unmarked values.
            let field = RecordField(path.joined(separator: "."), .bytes(bytes))
            guard let out = scrubber.scrub(record: [field], report: &report).first else { return nil }
            return Self.metadataValue(out.value)
        }
        guard bytes.count <= scrubber.limits.maximumLineLength else { return .string("[REDACTED:oversized_value]") }
        var out: [UInt8] = []
        bytes.withUnsafeBufferPointer { scrubber.scrubText($0, credentialsOnly: true, into: &out, report: &report) }
        return .string(String(decoding: out, as: UTF8.self))
    }

    /// The engine's pseudonym, or `[REDACTED:type]` when no key is loaded (fail closed).
    func pseudonym(_ bytes: [UInt8], type: PseudonymType) -> String {
        scrubber.pseudonymizer.pseudonym(of: bytes, type: type.name) ?? "[REDACTED:\(type.name)]"
    }
}
