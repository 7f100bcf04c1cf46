import VeilJournal

/// `--output journal:NAMESPACE`: re-injects scrubbed entries into a journald
/// namespace over the native protocol.
///
/// journald stamps its own trusted fields (`_PID`, `_SYSTEMD_UNIT`, … of veil
/// itself) and receive time, so the original ones travel as user fields:
/// `VEIL_ORIGINAL_CURSOR`, `VEIL_ORIGINAL_REALTIME_TIMESTAMP`,
/// `VEIL_ORIGINAL_MONOTONIC_TIMESTAMP`, `VEIL_ORIGINAL_BOOT_ID`, and
/// `VEIL_ORIGINAL_X` for every `_X` field (`VEIL_ORIGINAL_PID`,
/// `VEIL_ORIGINAL_SYSTEMD_UNIT`, …). `SYSLOG_IDENTIFIER` stays as it is (so
/// `journalctl -t` works) and is copied to `VEIL_ORIGINAL_SYSLOG_IDENTIFIER`.
/// Every entry carries `VEIL_SCRUBBED=1`, which the reader skips.
final class JournalSink {
    let namespace: String

    init(namespace: String) throws(JournalError) {
        self.namespace = namespace
        throw JournalError("--output journal: needs JournalWriter (not merged yet)")
    }

    func send(_ entry: JournalEntry) throws(JournalError) {}

    /// The fields sent for `entry`.
    static func fields(for entry: JournalEntry) -> [(name: String, value: [UInt8])] {
        var out: [(name: String, value: [UInt8])] = []
        out.reserveCapacity(entry.fields.count + 6)
        for field in entry.fields {
            let name = String(decoding: field.name, as: UTF8.self)
            if name.hasPrefix("__") { continue }
            if name.hasPrefix("_") {
                out.append(("VEIL_ORIGINAL" + name, field.value))
            } else {
                out.append((name, field.value))
                if name == "SYSLOG_IDENTIFIER" { out.append(("VEIL_ORIGINAL_SYSLOG_IDENTIFIER", field.value)) }
            }
        }
        out.append(("VEIL_ORIGINAL_CURSOR", Array(entry.cursor.utf8)))
        out.append(("VEIL_ORIGINAL_REALTIME_TIMESTAMP", Array(String(entry.realtime).utf8)))
        out.append(("VEIL_ORIGINAL_MONOTONIC_TIMESTAMP", Array(String(entry.monotonic).utf8)))
        if !entry.fields.contains(where: { $0.name == bootIDName }) {
            out.append(("VEIL_ORIGINAL_BOOT_ID", Array(entry.bootID.utf8)))
        }
        out.append(("VEIL_SCRUBBED", [UInt8(ascii: "1")]))
        return out
    }
}
