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
    public func scrub(record: [RecordField], report: inout ScrubReport) -> [RecordField] {
        var path: [[UInt8]] = []
        return scrubFields(record, path: &path, inheritedKeep: false, report: &report)
    }

    private func scrubFields(_ fields: [RecordField], path: inout [[UInt8]], inheritedKeep: Bool, report: inout ScrubReport) -> [RecordField] {
        var result: [RecordField] = []
        result.reserveCapacity(fields.count)
        for field in fields {
            let depth = path.count
            for segment in field.key.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false) {
                path.append(FieldGlob.normalize(segment))
            }
            defer { path.removeSubrange(depth...) }
            let rule = inheritedKeep || compiled.fieldRules.isEmpty ? nil : compiled.fieldRule(forPath: path)
            if let value = scrubFieldValue(field.value, path: &path, rule: rule, keep: inheritedKeep, report: &report) {
                result.append(RecordField(field.key, value))
            }
        }
        return result
    }

    /// nil = drop the field.
    private func scrubFieldValue(_ value: FieldValue, path: inout [[UInt8]], rule fieldRule: Int?, keep: Bool, report: inout ScrubReport) -> FieldValue? {
        if var rule = fieldRule {
            if case .bytes(let bytes) = value { rule = effectiveFieldRule(rule, value: bytes) }
            let active = compiled.active[rule]
            switch active.action {
            case .drop:
                report.counts[rule] += 1; report.replacements += 1
                return nil
            case .keep:
                return scrubFieldValue(value, path: &path, rule: nil, keep: true, report: &report)
            default:
                report.counts[rule] += 1; report.replacements += 1
                if report.recordsFindings {
                    report.findings.append(Finding(ruleID: active.id, type: active.type, action: active.action.name, matcher: active.matcher, range: nil))
                }
                var out: [UInt8] = []
                if case .bytes(let bytes) = value {
                    apply(active.action, to: bytes, type: active.type, isCredential: active.isCredential, into: &out)
                } else {
                    writeRedacted(active.type, into: &out)
                }
                return .bytes(out)
            }
        }
        switch value {
        case .bytes(let bytes):
            if !keep, compiled.defaults.fields == .drop { return nil }
            if !keep, compiled.defaults.fields == .redact { var out: [UInt8] = []; writeRedacted("field", into: &out); report.replacements += 1; return .bytes(out) }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            bytes.withUnsafeBufferPointer { b in
                if b.count > limits.maximumLineLength {
                    writeFailClosed("oversized_value", into: &out, report: &report)
                } else {
                    scrubText(b, credentialsOnly: keep, into: &out, report: &report)
                }
            }
            return .bytes(out)
        case .list(let items):
            return .list(items.compactMap { scrubFieldValue($0, path: &path, rule: nil, keep: keep, report: &report) })
        case .map(let fields):
            return .map(scrubFields(fields, path: &path, inheritedKeep: keep, report: &report))
        }
    }
}
