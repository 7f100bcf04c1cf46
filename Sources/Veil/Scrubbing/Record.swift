/// A structured record: swift-log metadata, a journald entry, any key → value(s) map.
/// Keys may repeat (journald allows several values per field).
public struct RecordField: Sendable, Hashable {
    /// The key as written (`request.id`, `MESSAGE`, `password`).
    public var key: String
    /// The value.
    public var value: FieldValue

    public init(_ key: String, _ value: FieldValue) {
        self.key = key
        self.value = value
    }
}

/// A value in a ``RecordField``.
public indirect enum FieldValue: Sendable, Hashable {
    /// Bytes (text, or binary as journald allows).
    case bytes([UInt8])
    /// A list; its elements share the parent's path.
    case list([FieldValue])
    /// Nested fields; their keys extend the path.
    case map([RecordField])

    /// A UTF-8 string value.
    public static func string(_ s: String) -> FieldValue { .bytes(Array(s.utf8)) }

    /// The bytes as a String (lossy for invalid UTF-8), for `.bytes` values.
    public var stringValue: String? {
        if case .bytes(let b) = self { return String(decoding: b, as: UTF8.self) }
        return nil
    }
}

extension Scrubber {
    /// Scrubs a record: field rules match the key path (dotted keys split into
    /// segments, nested maps extend it); other values are scanned by the detectors.
    /// Dropped fields are removed; everything else keeps its key and order.
    ///
    /// A `redact` rule on a map or list replaces it whole; `pseudonymize` and `mask`
    /// apply to each value below it, where more specific rules still win (as in JSON).
    public func scrub(record: [RecordField], report: inout ScrubReport) -> [RecordField] {
        var path: [[UInt8]] = []
        return scrubFields(record, path: &path, inherited: nil, keep: false, report: &report)
    }

    private func scrubFields(_ fields: [RecordField], path: inout [[UInt8]], inherited: Int?, keep: Bool, report: inout ScrubReport) -> [RecordField] {
        var result: [RecordField] = []
        result.reserveCapacity(fields.count)
        for field in fields {
            let depth = path.count
            for segment in field.key.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false) {
                path.append(FieldGlob.normalize(segment))
            }
            defer { path.removeSubrange(depth...) }
            var rule = inherited
            if !keep, !compiled.fieldRules.isEmpty, let found = compiled.fieldRule(forPath: path) { rule = found }
            if let value = scrubFieldValue(field.value, path: &path, rule: rule, keep: keep, report: &report) {
                result.append(RecordField(field.key, value))
            }
        }
        return result
    }

    /// What a record field holding `bytes` becomes under field rule `rule` when that rule
    /// redacts, pseudonymises or masks (``scrub(record:report:)`` gives the same): for callers
    /// that found the rule themselves (the swift-log handlers' top-level keys).
    package func replaceFieldBytes(_ bytes: [UInt8], rule: Int, report: inout ScrubReport) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(2 * bytes.count + 64)  // a JWT summary can outgrow its token
        writeFieldReplacement(rule, value: bytes, into: &out, report: &report)
        return out
    }

    /// nil = drop the field.
    private func scrubFieldValue(_ value: FieldValue, path: inout [[UInt8]], rule: Int?, keep: Bool, report: inout ScrubReport) -> FieldValue? {
        if let rule, !keep {
            let active = compiled.active[rule]
            switch active.action {
            case .drop:
                record(rule, report: &report)
                return nil
            case .keep:
                return scrubFieldValue(value, path: &path, rule: nil, keep: true, report: &report)
            case .redact:
                if case .bytes(let bytes) = value { return .bytes(replaceFieldBytes(bytes, rule: rule, report: &report)) }
                // A map or list under `redact` is replaced whole.
                record(rule, report: &report)
                var out: [UInt8] = []
                writeRedacted(active.type, into: &out)
                return .bytes(out)
            case .pseudonymize, .mask:
                switch value {
                case .bytes(let bytes):
                    return .bytes(replaceFieldBytes(bytes, rule: rule, report: &report))
                case .list(let items):
                    return .list(items.compactMap { scrubFieldValue($0, path: &path, rule: rule, keep: false, report: &report) })
                case .map(let fields):
                    return .map(scrubFields(fields, path: &path, inherited: rule, keep: false, report: &report))
                }
            }
        }
        switch value {
        case .bytes(let bytes):
            if !keep, compiled.defaults.fields == .drop { return nil }
            var out: [UInt8] = []
            if !keep, compiled.defaults.fields == .redact {
                writeRedacted("field", into: &out)
                report.replacements += 1
                return .bytes(out)
            }
            out.reserveCapacity(bytes.count)
            bytes.withUnsafeBufferPointer { b in
                if b.count > limits.maximumLineLength {
                    writeFailClosed("oversized_value", into: &out, report: &report)
                } else {
                    scrubTextSettled(b, credentialsOnly: keep, versionValue: Self.isVersionKey(path.last), into: &out, report: &report)
                }
            }
            return .bytes(out)
        case .list(let items):
            return .list(items.compactMap { scrubFieldValue($0, path: &path, rule: nil, keep: keep, report: &report) })
        case .map(let fields):
            return .map(scrubFields(fields, path: &path, inherited: nil, keep: keep, report: &report))
        }
    }
}
