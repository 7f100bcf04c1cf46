import Veil
import VeilJournal
#if canImport(Glibc)
import Glibc
#endif

/// `veil daemon --output` values.
enum DaemonOutput: Equatable, CustomStringConvertible {
    /// One JSON object per line, shaped like `journalctl -o json`.
    case json
    /// Journal Export Format, like `journalctl -o export`.
    case export
    /// Re-injected into a journald namespace over the native protocol.
    case journal(namespace: String)

    init?(argument: String) {
        switch argument {
        case "json": self = .json
        case "export": self = .export
        default:
            guard argument.hasPrefix("journal:") else { return nil }
            let namespace = String(argument.dropFirst("journal:".count))
            guard !namespace.isEmpty, namespace.utf8.allSatisfy({ ASCII.isNamespaceByte($0) }) else { return nil }
            self = .journal(namespace: namespace)
        }
    }

    var description: String {
        switch self {
        case .json: "json"
        case .export: "export"
        case .journal(let namespace): "journal:\(namespace)"
        }
    }
}

enum ASCII {
    static func isNamespaceByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == UInt8(ascii: "_") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")
    }
}

/// Where scrubbed entries go. ``write(_:)`` returns only when the batch is
/// durable as far as the sink can tell: a file is fsync'ed, a pipe or socket has
/// accepted every byte, journald has accepted every datagram.
final class DaemonSink {
    let output: DaemonOutput
    private let fd: Int32
    private let ownsDescriptor: Bool
    /// Device and inode when the output is a regular file (then it is fsync'ed).
    private let file: (device: UInt64, inode: UInt64)?
    /// True for `--output-file`: veil owns the file, saves its committed size with
    /// the cursor and cuts an uncommitted tail on restart. (Never for standard
    /// output, which may be a file other processes append to.)
    private let ownsFile: Bool
    private var buffer: [UInt8] = []
    private let journal: JournalSink?

    /// Opens the sink. With a saved `state` for the same regular file, a tail
    /// written after the last saved cursor (a crash between write and save) is cut
    /// off, so the file gets no duplicates.
    init(output: DaemonOutput, path: String?, resume state: DeliveryState?) throws(JournalError) {
        self.output = output
        if case .journal(let namespace) = output {
            journal = try JournalSink(namespace: namespace)
            fd = -1
            ownsDescriptor = false
            file = nil
            ownsFile = false
            return
        }
        journal = nil
        if let path {
            fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o640)
            guard fd >= 0 else { throw JournalError("cannot open --output-file \(path)", code: errno) }
            ownsDescriptor = true
        } else {
            fd = 1
            ownsDescriptor = false
        }
        var st = stat()
        if fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG {
            file = (UInt64(st.st_dev), UInt64(st.st_ino))
            ownsFile = ownsDescriptor
            if ownsFile, let saved = state?.output, saved.device == UInt64(st.st_dev), saved.inode == UInt64(st.st_ino), saved.offset < Int64(st.st_size) {
                guard ftruncate(fd, off_t(saved.offset)) == 0 else { throw JournalError("cannot cut the uncommitted tail of the output file", code: errno) }
            }
            lseek(fd, 0, SEEK_END)
        } else {
            file = nil
            ownsFile = false
        }
    }

    deinit { if ownsDescriptor { close(fd) } }

    /// True when standard output is journald's stdout stream (`$JOURNAL_STREAM`
    /// names the device and inode of that socket).
    static func standardOutputIsJournal() -> Bool {
        guard let raw = getenv("JOURNAL_STREAM") else { return false }
        let parts = String(cString: raw).split(separator: ":")
        var st = stat()
        guard parts.count == 2, let device = UInt64(parts[0]), let inode = UInt64(parts[1]), fstat(1, &st) == 0 else { return false }
        return UInt64(st.st_dev) == device && UInt64(st.st_ino) == inode
    }

    /// The committed position to save with the cursor (regular files only).
    func position() -> DeliveryState.FilePosition? {
        guard ownsFile, let file else { return nil }
        let end = lseek(fd, 0, SEEK_END)
        return end < 0 ? nil : .init(device: file.device, inode: file.inode, offset: Int64(end))
    }

    /// Writes and flushes scrubbed entries.
    func write(_ entries: [JournalEntry]) throws(JournalError) {
        if let journal {
            for entry in entries { try journal.send(entry) }
            return
        }
        buffer.removeAll(keepingCapacity: true)
        switch output {
        case .json: for entry in entries { JSONEntryFormat.append(entry, to: &buffer) }
        default: for entry in entries { Self.appendExport(entry, to: &buffer) }
        }
        try writeAll(buffer)
        if file != nil, fdatasync(fd) != 0, errno != EINVAL, errno != EROFS {
            throw JournalError("cannot flush the output", code: errno)
        }
        if buffer.capacity > 64 << 20 { buffer = [] }
    }

    private func writeAll(_ bytes: [UInt8]) throws(JournalError) {
        var failure: Int32 = 0
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n > 0 { offset += n; continue }
                if n < 0, errno == EINTR { continue }
                failure = n < 0 ? errno : EIO
                return
            }
        }
        if failure != 0 { throw JournalError("cannot write the output", code: failure) }
    }

    /// `journalctl -o export` layout: address fields first, then the data fields
    /// (without the data copy of `_BOOT_ID`).
    static func appendExport(_ entry: JournalEntry, to out: inout [UInt8]) {
        JournalExportFormat.appendField(name: "__CURSOR".utf8, value: entry.cursor.utf8, to: &out)
        JournalExportFormat.appendField(name: "__REALTIME_TIMESTAMP".utf8, value: String(entry.realtime).utf8, to: &out)
        JournalExportFormat.appendField(name: "__MONOTONIC_TIMESTAMP".utf8, value: String(entry.monotonic).utf8, to: &out)
        JournalExportFormat.appendField(name: "_BOOT_ID".utf8, value: entry.bootID.utf8, to: &out)
        for field in entry.fields where field.name != bootIDName {
            JournalExportFormat.appendField(name: field.name, value: field.value, to: &out)
        }
        out.append(0x0A)
    }
}

let bootIDName = Array("_BOOT_ID".utf8)

/// `journalctl -o json` shape: one object per line; `__CURSOR`,
/// `__REALTIME_TIMESTAMP`, `__MONOTONIC_TIMESTAMP`, `_BOOT_ID` first; values are
/// strings, or arrays of byte numbers when they are not printable UTF-8; a field
/// with several values becomes an array of those.
enum JSONEntryFormat {
    static func append(_ entry: JournalEntry, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        appendString("__CURSOR".utf8, to: &out)
        out.append(UInt8(ascii: ":"))
        appendString(entry.cursor.utf8, to: &out)
        out.append(contentsOf: #","__REALTIME_TIMESTAMP":""#.utf8)
        out.append(contentsOf: String(entry.realtime).utf8)
        out.append(contentsOf: #"","__MONOTONIC_TIMESTAMP":""#.utf8)
        out.append(contentsOf: String(entry.monotonic).utf8)
        out.append(contentsOf: #"","_BOOT_ID":"#.utf8)
        appendString(entry.bootID.utf8, to: &out)
        let fields = entry.fields
        for i in fields.indices where fields[i].name != bootIDName {
            let name = fields[i].name
            // Emitted already as part of an earlier field's array?
            var seen = false
            for k in 0..<i where fields[k].name == name { seen = true; break }
            if seen { continue }
            out.append(UInt8(ascii: ","))
            appendString(name, to: &out)
            out.append(UInt8(ascii: ":"))
            var more = false
            for k in (i + 1)..<fields.count where fields[k].name == name { more = true; break }
            if !more {
                appendValue(fields[i].value, to: &out)
                continue
            }
            out.append(UInt8(ascii: "["))
            appendValue(fields[i].value, to: &out)
            for k in (i + 1)..<fields.count where fields[k].name == name {
                out.append(UInt8(ascii: ","))
                appendValue(fields[k].value, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        }
        out.append(contentsOf: "}\n".utf8)
    }

    static func appendValue(_ value: [UInt8], to out: inout [UInt8]) {
        if isPrintable(value) {
            appendString(value, to: &out)
        } else {
            out.append(UInt8(ascii: "["))
            for (k, b) in value.enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                appendDecimal(b, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        }
    }

    /// Valid UTF-8 without control characters other than tab and newline.
    static func isPrintable(_ value: [UInt8]) -> Bool {
        var ascii = true
        for b in value {
            if b < 0x20 { if b != 0x09 && b != 0x0A { return false } }
            else if b == 0x7F { return false }
            else if b >= 0x80 { ascii = false }
        }
        if ascii { return true }
        guard let s = String(validating: value, as: UTF8.self) else { return false }
        // C1 controls (U+0080…U+009F) are not printable either.
        return !s.unicodeScalars.contains { $0.value >= 0x80 && $0.value <= 0x9F }
    }

    static func appendString(_ bytes: some Sequence<UInt8>, to out: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        out.append(UInt8(ascii: "\""))
        for b in bytes {
            switch b {
            case UInt8(ascii: "\""): out.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0..<0x20, 0x7F:
                out.append(contentsOf: "\\u00".utf8)
                out.append(hex[Int(b >> 4)])
                out.append(hex[Int(b & 0xF)])
            default: out.append(b)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    static func appendDecimal(_ b: UInt8, to out: inout [UInt8]) {
        if b >= 100 { out.append(0x30 + b / 100) }
        if b >= 10 { out.append(0x30 + (b / 10) % 10) }
        out.append(0x30 + b % 10)
    }
}
