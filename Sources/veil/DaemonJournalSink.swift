import VeilJournal
#if canImport(Glibc)
import Glibc
#endif

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
///
/// Sending uses VeilJournal's ``JournalWriter`` (native protocol, sealed memfd for
/// large entries). A busy or restarting journald back-pressures the pipeline: the
/// send is retried (up to ~30 s) instead of dropping; an entry journald refuses as
/// too large is sent as a placeholder with its `VEIL_ORIGINAL_*` address fields.
final class JournalSink {
    let namespace: String
    private let writer: JournalWriter

    init(namespace: String) throws(JournalError) {
        self.namespace = namespace
        let path = "/run/systemd/journal.\(namespace)/socket"
        do {
            writer = try JournalWriter(namespace: namespace)
        } catch {
            throw JournalError("invalid journald namespace '\(namespace)': \(error)")
        }
        var st = stat()
        guard stat(path, &st) == 0 else {
            throw JournalError("no journald for namespace \(namespace) at \(path) (systemctl enable --now systemd-journald@\(namespace).socket)", code: errno)
        }
    }

    /// Sends one scrubbed entry; returns when journald has accepted it.
    func send(_ entry: JournalEntry) throws(JournalError) {
        var fields = Self.fields(for: entry)
        var attempts = 0
        while true {
            do throws(JournalWriteError) {
                try writer.write(fields)
                return
            } catch {
                switch error {
                case .wouldBlock, .unreachable:
                    guard attempts < 3000 else { throw JournalError("journald namespace \(namespace) does not accept entries: \(error)") }
                    attempts += 1
                    usleep(10_000)
                case .tooLarge:
                    fields = fields.filter { $0.name.hasPrefix("VEIL_") || $0.name == "SYSLOG_IDENTIFIER" || $0.name == "PRIORITY" }
                    fields.append(("MESSAGE", Array("[REDACTED:oversized_entry]".utf8)))
                default:
                    throw JournalError("cannot send to journald namespace \(namespace): \(error)")
                }
            }
        }
    }

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
