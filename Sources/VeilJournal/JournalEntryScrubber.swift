public import Veil

/// Scrubs journald entries (from the export format or sd-journal) field by field.
///
/// - `__`-prefixed fields (`__CURSOR`, `__REALTIME_TIMESTAMP`, …) are export
///   metadata: kept.
/// - Trusted `_`-prefixed fields in ``trustedFieldsKept`` (process ids, unit names,
///   boot and machine ids, transport) are kept: journald sets them, they name
///   processes, not people.
/// - Every other field — `MESSAGE`, user fields, and trusted fields that can carry
///   secrets such as `_CMDLINE` — goes through the engine; field rules see the
///   journald field name (`PASSWORD` matches `**.password`).
/// - A value a field's rule replaced is replaced in the entry's other scrubbed fields too
///   (`USER_NAME=hsato88` and `MESSAGE=Signed in hsato88`: one pseudonym in both).
public enum JournalEntryScrubber {
    /// Trusted fields copied unchanged.
    public static let trustedFieldsKept: Set<String> = [
        "_PID", "_UID", "_GID", "_COMM", "_EXE", "_BOOT_ID", "_MACHINE_ID", "_HOSTNAME", "_TRANSPORT",
        "_STREAM_ID", "_LINE_BREAK", "_NAMESPACE", "_RUNTIME_SCOPE", "_CAP_EFFECTIVE", "_SELINUX_CONTEXT",
        "_AUDIT_SESSION", "_AUDIT_LOGINUID", "_SOURCE_REALTIME_TIMESTAMP", "_SOURCE_MONOTONIC_TIMESTAMP",
        "_SYSTEMD_CGROUP", "_SYSTEMD_UNIT", "_SYSTEMD_USER_UNIT", "_SYSTEMD_SLICE", "_SYSTEMD_USER_SLICE",
        "_SYSTEMD_SESSION", "_SYSTEMD_OWNER_UID", "_SYSTEMD_INVOCATION_ID", "_KERNEL_DEVICE",
        "_KERNEL_SUBSYSTEM", "_UDEV_SYSNAME", "_UDEV_DEVNODE",
    ]

    /// True when `name` is copied without scrubbing.
    public static func isKept(_ name: some Collection<UInt8>) -> Bool {
        guard let first = name.first, first == UInt8(ascii: "_") else { return false }
        if name.dropFirst().first == UInt8(ascii: "_") { return true }
        return trustedFieldsKept.contains(String(decoding: name, as: UTF8.self))
    }

    /// Scrubs one entry. Fields keep their order; dropped fields disappear.
    public static func scrub(_ entry: JournalExportFormat.Entry, with scrubber: Scrubber, report: inout ScrubReport) -> JournalExportFormat.Entry {
        report.lines += 1
        if entry.oversized {
            var fields = entry.fields.filter { isKept($0.name) }
            fields.append((Array("MESSAGE".utf8), Array("[REDACTED:oversized_entry]".utf8)))
            return JournalExportFormat.Entry(fields: fields)
        }
        var result: [(name: [UInt8], value: [UInt8])] = []
        result.reserveCapacity(entry.fields.count)
        var scrubbedFields: [Int] = []
        _ = scrubber.takeEchoes(&report)  // (none of an earlier entry's values)
        for field in entry.fields {
            report.bytes += field.value.count
            if isKept(field.name) {
                result.append(field)
                continue
            }
            let name = String(decoding: field.name, as: UTF8.self)
            let scrubbed = scrubber.scrub(record: [RecordField(name, .bytes(field.value))], report: &report)
            for f in scrubbed {
                if case .bytes(let v) = f.value {
                    scrubbedFields.append(result.count)
                    result.append((field.name, v))
                }
            }
        }
        // A value a field's rule replaced (`USER_NAME=hsato88`) is replaced wherever another
        // field spells it (`MESSAGE=Signed in hsato88`), before or after it: see Echoes in
        // docs/rules.md.
        let echoes = scrubber.takeEchoes(&report)
        if !echoes.isEmpty {
            for i in scrubbedFields { scrubber.replaceEchoes(echoes, in: &result[i].value, report: &report) }
        }
        return JournalExportFormat.Entry(fields: result)
    }
}
