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
/// The sender is a minimal private one (VeilJournal's `JournalWriter` was not on
/// `main` yet): blocking datagrams, so a slow journald back-pressures the pipeline
/// instead of dropping; an entry too large for one datagram (EMSGSIZE; no memfd
/// here) is sent as a placeholder with its `VEIL_ORIGINAL_*` address fields.
final class JournalSink {
    let namespace: String
    private let fd: Int32
    private var address = sockaddr_un()

    init(namespace: String) throws(JournalError) {
        self.namespace = namespace
        let path = "/run/systemd/journal.\(namespace)/socket"
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else { throw JournalError("journal socket path too long: \(path)") }
        fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw JournalError("cannot create a socket", code: errno) }
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (k, byte) in bytes.enumerated() { raw[k] = byte }
        }
        var size: Int32 = 8 << 20
        setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &size, socklen_t(MemoryLayout<Int32>.size))
        var st = stat()
        guard stat(path, &st) == 0 else {
            close(fd)
            throw JournalError("no journald for namespace \(namespace) at \(path) (systemctl enable --now systemd-journald@\(namespace).socket)", code: errno)
        }
    }

    deinit { close(fd) }

    /// Sends one scrubbed entry; returns when journald has accepted it.
    func send(_ entry: JournalEntry) throws(JournalError) {
        var fields = Self.fields(for: entry)
        var code = transmit(Self.datagram(fields))
        if code == EMSGSIZE {
            fields = fields.filter { $0.name.hasPrefix("VEIL_") || $0.name == "SYSLOG_IDENTIFIER" || $0.name == "PRIORITY" }
            fields.append(("MESSAGE", Array("[REDACTED:oversized_entry]".utf8)))
            code = transmit(Self.datagram(fields))
        }
        if code != 0 { throw JournalError("cannot send to journald namespace \(namespace)", code: code) }
    }

    /// 0 or an errno; waits (up to ~30 s) while journald is busy or restarting.
    private func transmit(_ datagram: [UInt8]) -> Int32 {
        var attempts = 0
        while true {
            let sent = datagram.withUnsafeBytes { data in
                withUnsafePointer(to: &address) {
                    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                        sendto(fd, data.baseAddress, data.count, Int32(MSG_NOSIGNAL), $0, socklen_t(MemoryLayout<sockaddr_un>.size))
                    }
                }
            }
            if sent == datagram.count { return 0 }
            let code = sent < 0 ? errno : EIO
            if code == EINTR { continue }
            if code == EAGAIN || code == ENOBUFS || code == ECONNREFUSED || code == ENOENT, attempts < 3000 {
                attempts += 1
                usleep(10_000)
                continue
            }
            return code
        }
    }

    /// The native protocol: `NAME=value\n`, or `NAME\n` + 64-bit LE length + value
    /// + `\n` for values with a newline.
    static func datagram(_ fields: [(name: String, value: [UInt8])]) -> [UInt8] {
        var d: [UInt8] = []
        d.reserveCapacity(fields.reduce(0) { $0 + $1.name.utf8.count + $1.value.count + 10 })
        for (name, value) in fields {
            d.append(contentsOf: name.utf8)
            if value.contains(0x0A) {
                d.append(0x0A)
                var length = UInt64(value.count).littleEndian
                withUnsafeBytes(of: &length) { d.append(contentsOf: $0) }
            } else {
                d.append(UInt8(ascii: "="))
            }
            d.append(contentsOf: value)
            d.append(0x0A)
        }
        return d
    }

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
