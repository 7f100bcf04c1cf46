#if canImport(Glibc)
import Glibc
#endif

/// What the daemon has delivered: the cursor of the last entry whose output was
/// written and flushed, and (for a file sink) how far that file was committed.
public struct DeliveryState: Sendable, Equatable {
    /// The journal cursor of the last delivered entry; empty when nothing was delivered yet (a
    /// first start from a fixed point saves its output file's starting size before its first batch).
    public var cursor: String
    /// The output file's identity and committed size, when the sink is a file.
    public var output: FilePosition?

    /// A file's identity and a byte offset in it.
    public struct FilePosition: Sendable, Equatable {
        public var device: UInt64
        public var inode: UInt64
        public var offset: Int64

        public init(device: UInt64, inode: UInt64, offset: Int64) {
            self.device = device
            self.inode = inode
            self.offset = offset
        }
    }

    public init(cursor: String, output: FilePosition? = nil) {
        self.cursor = cursor
        self.output = output
    }
}

/// Saves the ``DeliveryState`` crash-safely: write a temporary file, fsync it,
/// rename it over the old one, fsync the directory. After a crash the file holds
/// either the old or the new state, never a torn one.
///
/// File format (text, one `key=value` per line): `cursor=…` and, for file sinks,
/// `output=DEVICE:INODE:OFFSET`.
public struct CursorStore: Sendable {
    /// The state directory (`$STATE_DIRECTORY`, `--state-dir`).
    public let directory: String
    /// The file name inside ``directory``.
    public let name: String

    public var path: String { directory + "/" + name }

    /// - Parameter name: one state file per source, e.g. `cursor` or `cursor.NAMESPACE`.
    public init(directory: String, name: String) {
        self.directory = directory
        self.name = name
    }

    /// Checks that the directory exists and is writable.
    public func check() throws(JournalError) {
        var st = stat()
        guard stat(directory, &st) == 0 else { throw JournalError("state directory \(directory)", code: errno) }
        guard (st.st_mode & S_IFMT) == S_IFDIR else { throw JournalError("state directory \(directory) is not a directory") }
        guard access(directory, W_OK | X_OK) == 0 else { throw JournalError("state directory \(directory) is not writable", code: errno) }
    }

    /// The saved state, or nil when none was saved yet.
    public func load() throws(JournalError) -> DeliveryState? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw JournalError("cannot read \(path)", code: errno)
        }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while bytes.count < 1 << 20 {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n < 0, errno == EINTR { continue }
            if n < 0 { throw JournalError("cannot read \(path)", code: errno) }
            if n == 0 { break }
            bytes += chunk[0..<n]
        }
        var cursor: String?
        var output: DeliveryState.FilePosition?
        for line in bytes.split(separator: 0x0A) {
            let text = String(decoding: line, as: UTF8.self)
            if text.hasPrefix("cursor=") {
                cursor = String(text.dropFirst(7))
            } else if text.hasPrefix("output=") {
                let parts = text.dropFirst(7).split(separator: ":")
                if parts.count == 3, let d = UInt64(parts[0]), let i = UInt64(parts[1]), let o = Int64(parts[2]) {
                    output = .init(device: d, inode: i, offset: o)
                }
            }
        }
        // (`cursor=` empty beside the output file's position: a first start that delivered nothing yet.)
        guard let cursor, !cursor.isEmpty || output != nil else { throw JournalError("\(path) holds no cursor; remove it to start over") }
        return DeliveryState(cursor: cursor, output: output)
    }

    /// Replaces the saved state atomically and durably.
    public func save(_ state: DeliveryState) throws(JournalError) {
        var text = "cursor=\(state.cursor)\n"
        if let o = state.output { text += "output=\(o.device):\(o.inode):\(o.offset)\n" }
        let temporary = path + ".tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw JournalError("cannot write \(temporary)", code: errno) }
        var ok = true
        text.utf8CString.withUnsafeBytes { raw in
            let count = raw.count - 1
            var offset = 0
            while offset < count {
                let n = write(fd, raw.baseAddress! + offset, count - offset)
                if n > 0 { offset += n; continue }
                if n < 0, errno == EINTR { continue }
                ok = false
                return
            }
        }
        if !ok || fsync(fd) != 0 {
            let code = errno
            close(fd)
            throw JournalError("cannot write \(temporary)", code: code)
        }
        close(fd)
        guard rename(temporary, path) == 0 else { throw JournalError("cannot rename \(temporary)", code: errno) }
        let dfd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard dfd >= 0 else { throw JournalError("cannot open \(directory)", code: errno) }
        defer { close(dfd) }
        guard fsync(dfd) == 0 else { throw JournalError("cannot fsync \(directory)", code: errno) }
    }
}
