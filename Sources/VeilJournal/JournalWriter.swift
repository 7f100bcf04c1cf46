internal import CSystemd
#if canImport(Glibc)
import Glibc
#endif

/// Why ``JournalWriter/write(_:)`` (or its initialiser) failed. Nothing was sent.
public enum JournalWriteError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The socket does not exist or nobody listens (`ENOENT`, `ECONNREFUSED`, `ENOTDIR`, `EACCES`, …): journald is not running.
    case unreachable(errno: Int32)
    /// The socket's buffer is full (`EAGAIN`); the writer never blocks, so the entry was not sent.
    case wouldBlock
    /// The entry is larger than ``JournalWriter/maximumEntrySize``.
    case tooLarge(size: Int)
    /// A field name breaks journald's rules (see ``JournalFieldName/isValid(_:)``).
    case invalidFieldName(String)
    /// The socket path does not fit `sockaddr_un` or the namespace name is invalid.
    case invalidSocketPath(String)
    /// `socket(2)` failed.
    case socketFailed(errno: Int32)
    /// Creating, filling or sealing the memfd for a large entry failed.
    case memfdFailed(errno: Int32)
    /// `sendmsg(2)` failed for another reason.
    case sendFailed(errno: Int32)

    public var description: String {
        switch self {
        case .unreachable(let e): "journald unreachable: \(String(cString: strerror(e)))"
        case .wouldBlock: "journald socket would block; entry not sent"
        case .tooLarge(let size): "journal entry of \(size) bytes exceeds \(JournalWriter.maximumEntrySize)"
        case .invalidFieldName(let name): "invalid journald field name \(name.debugDescription)"
        case .invalidSocketPath(let path): "invalid journald socket path or namespace \(path.debugDescription)"
        case .socketFailed(let e): "socket(AF_UNIX, SOCK_DGRAM): \(String(cString: strerror(e)))"
        case .memfdFailed(let e): "memfd for a large journal entry: \(String(cString: strerror(e)))"
        case .sendFailed(let e): "sendmsg to journald: \(String(cString: strerror(e)))"
        }
    }
}

/// Writes entries to systemd-journald with its native protocol
/// (<https://systemd.io/JOURNAL_NATIVE_PROTOCOL/>), to the system journal or any namespace.
///
/// - Transport: one `AF_UNIX`/`SOCK_DGRAM` socket (`SOCK_NONBLOCK | SOCK_CLOEXEC`), one
///   datagram per entry, sent with `sendmsg` to the socket path. Safe to share between
///   threads: datagram sends are atomic and the writer holds no other state.
/// - Encoding: `NAME=value\n` for values without a newline; otherwise the binary-safe
///   form `NAME\n`, the value length as a 64-bit little-endian integer, the bytes, `\n`.
/// - Large entries: an entry above ``datagramLimit`` bytes, or one the kernel rejects with
///   `EMSGSIZE`/`ENOBUFS`, is written to a `memfd_create` file, sealed
///   (`F_SEAL_SHRINK|F_SEAL_GROW|F_SEAL_WRITE|F_SEAL_SEAL`) and its descriptor sent alone
///   with `SCM_RIGHTS` and an empty payload, as `sd_journal_sendv` does.
/// - Never blocks: a full socket buffer (`EAGAIN`) throws ``JournalWriteError/wouldBlock``;
///   the caller decides whether to drop, count or fall back.
///
/// ```swift
/// let writer = try JournalWriter()
/// try writer.write([(name: "MESSAGE", value: Array("hello".utf8)), (name: "PRIORITY", value: Array("6".utf8))])
/// ```
public final class JournalWriter: Sendable {
    /// The system journal's native socket.
    public static let defaultSocketPath = "/run/systemd/journal/socket"
    /// Entries above this size skip the datagram attempt and go through a memfd. It stays
    /// below Linux's default `net.core.wmem_default` (212992), the usual datagram ceiling,
    /// so typical entries take one `sendmsg` and large ones avoid a failed copy.
    public static let datagramLimit = 192 * 1024
    /// Largest entry accepted (bytes, encoded). Bounds the memory a single log call can pin;
    /// journald itself refuses entries above 768 MiB.
    public static let maximumEntrySize = 64 * 1024 * 1024

    /// The socket path entries are sent to.
    public let socketPath: String
    private let pathBytes: [CChar]
    private let fd: Int32

    /// Targets the system journal (`/run/systemd/journal/socket`).
    /// - Throws: ``JournalWriteError/socketFailed(errno:)`` when no socket can be opened.
    public convenience init() throws(JournalWriteError) {
        try self.init(socketPath: Self.defaultSocketPath)
    }

    /// Targets a journald namespace: `/run/systemd/journal.NAME/socket`
    /// (see `systemd-journald@.service`, `journalctl --namespace=NAME`).
    /// - Throws: ``JournalWriteError/invalidSocketPath(_:)`` for a name that is empty, longer
    ///   than 64 bytes or holds bytes other than letters, digits, `_`, `-`, `.`.
    public convenience init(namespace: String) throws(JournalWriteError) {
        let ok = !namespace.isEmpty && namespace.utf8.count <= 64 && namespace != "." && namespace != ".." && namespace.utf8.allSatisfy {
            ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) || $0 == 0x5F || $0 == 0x2D || $0 == 0x2E
        }
        guard ok else { throw .invalidSocketPath(namespace) }
        try self.init(socketPath: "/run/systemd/journal.\(namespace)/socket")
    }

    /// Targets any native-protocol socket. The socket need not exist yet: a missing or dead
    /// journald shows up as ``JournalWriteError/unreachable(errno:)`` on ``write(_:)``.
    /// - Throws: ``JournalWriteError/invalidSocketPath(_:)`` for a path that does not fit
    ///   `sockaddr_un` (107 bytes), ``JournalWriteError/socketFailed(errno:)``.
    public init(socketPath: String) throws(JournalWriteError) {
        let bytes = Array(socketPath.utf8)
        guard !bytes.isEmpty, bytes.count < 108, !bytes.contains(0) else { throw .invalidSocketPath(socketPath) }
        let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue) | Int32(SOCK_NONBLOCK.rawValue), 0)
        guard fd >= 0 else { throw .socketFailed(errno: errno) }
        self.fd = fd
        self.socketPath = socketPath
        self.pathBytes = bytes.map { CChar(bitPattern: $0) }
    }

    deinit { close(fd) }

    /// Encodes `fields` and sends them as one entry. Field order is kept; names may repeat.
    ///
    /// - Throws: ``JournalWriteError``: `.invalidFieldName` (checked with
    ///   ``JournalFieldName/isValid(_:)``; map arbitrary keys with ``JournalFieldName/map(_:)``
    ///   first), `.tooLarge`, `.wouldBlock`, `.unreachable`, `.memfdFailed`, `.sendFailed`.
    public func write(_ fields: [(name: String, value: [UInt8])]) throws(JournalWriteError) {
        for field in fields where !JournalFieldName.isValid(field.name) {
            throw .invalidFieldName(field.name)
        }
        let entry = Self.encode(fields)
        try send(entry)
    }

    /// Sends an already encoded entry (see ``encode(_:)``).
    package func send(_ entry: [UInt8]) throws(JournalWriteError) {
        guard entry.count <= Self.maximumEntrySize else { throw .tooLarge(size: entry.count) }
        if entry.count <= Self.datagramLimit {
            let sent = pathBytes.withUnsafeBufferPointer { path in
                entry.withUnsafeBytes { buf in
                    veil_unix_send(fd, path.baseAddress, path.count, buf.baseAddress, buf.count, -1)
                }
            }
            if sent >= 0 { return }
            let code = errno
            if code != EMSGSIZE && code != ENOBUFS { throw Self.classify(code) }
        }
        try sendViaMemfd(entry)
    }

    private func sendViaMemfd(_ entry: [UInt8]) throws(JournalWriteError) {
        let mfd = veil_memfd_create("veil-journal-entry")
        guard mfd >= 0 else { throw .memfdFailed(errno: errno) }
        defer { close(mfd) }
        var written = 0
        while written < entry.count {
            let n = entry.withUnsafeBytes { buf in
                Glibc.write(mfd, buf.baseAddress! + written, buf.count - written)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw .memfdFailed(errno: errno)
            }
            written += n
        }
        guard veil_memfd_seal(mfd) == 0 else { throw .memfdFailed(errno: errno) }
        let sent = pathBytes.withUnsafeBufferPointer { path in
            veil_unix_send(fd, path.baseAddress, path.count, nil, 0, mfd)
        }
        if sent < 0 { throw Self.classify(errno) }
    }

    private static func classify(_ code: Int32) -> JournalWriteError {
        switch code {
        case EAGAIN, EWOULDBLOCK: .wouldBlock
        case ENOENT, ECONNREFUSED, ENOTDIR, EACCES, EPERM, ENOTSOCK, EPROTOTYPE, ECONNRESET: .unreachable(errno: code)
        case EMSGSIZE: .tooLarge(size: -1)
        default: .sendFailed(errno: code)
        }
    }

    /// The calling thread's kernel thread id (`gettid()`), for the `TID` field.
    public static func currentThreadID() -> Int { Int(veil_gettid()) }

    /// Encodes fields in the native protocol (no validation of names).
    public static func encode(_ fields: [(name: String, value: [UInt8])]) -> [UInt8] {
        var size = 0
        for field in fields { size += field.name.utf8.count + field.value.count + 10 }
        var out: [UInt8] = []
        out.reserveCapacity(size)
        for field in fields {
            out.append(contentsOf: field.name.utf8)
            if field.value.contains(0x0A) {
                out.append(0x0A)
                var length = UInt64(field.value.count).littleEndian
                withUnsafeBytes(of: &length) { out.append(contentsOf: $0) }
                out.append(contentsOf: field.value)
            } else {
                out.append(UInt8(ascii: "="))
                out.append(contentsOf: field.value)
            }
            out.append(0x0A)
        }
        return out
    }
}
