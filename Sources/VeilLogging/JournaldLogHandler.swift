public import Logging
public import Veil
public import VeilJournal
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Where ``JournaldLogHandler`` entries go: a ``JournalWriter`` plus the fallback and the
/// drop counter, shared by every handler (and copy) made from one bootstrap.
///
/// When journald is unreachable or its socket would block, the entry is **dropped**
/// (the caller is never blocked and nothing throws or traps), ``droppedCount`` goes up,
/// and — with ``Fallback/stderr`` — the already scrubbed entry is written to standard
/// error as one line: `IDENTIFIER[PID]: <PRIORITY> MESSAGE key=value …` (newlines in
/// values escaped as `\n`), with one plain `write(2)` call.
public final class JournalSink: Sendable {
    /// What to do with an entry journald did not take.
    public enum Fallback: Sendable {
        /// Write the scrubbed line to standard error.
        case stderr
        /// Only count it.
        case none
    }

    /// The writer.
    public let writer: JournalWriter
    /// The fallback.
    public let fallback: Fallback
    private let dropped = Atomic<Int>(0)
    private let lastError = Mutex<JournalWriteError?>(nil)

    /// A sink over `writer`.
    public init(writer: JournalWriter, fallback: Fallback = .stderr) {
        self.writer = writer
        self.fallback = fallback
    }

    /// Entries journald did not take (unreachable, would block, too large, …).
    public var droppedCount: Int { dropped.load(ordering: .relaxed) }
    /// The last write error, if any.
    public var lastWriteError: JournalWriteError? { lastError.withLock { $0 } }

    func write(_ fields: [(name: String, value: [UInt8])], fallbackLine: () -> [UInt8]) {
        do {
            try writer.write(fields)
        } catch {
            dropped.add(1, ordering: .relaxed)
            lastError.withLock { $0 = error }
            if case .stderr = fallback {
                let line = fallbackLine()
                _ = line.withUnsafeBytes { Glibc.write(2, $0.baseAddress, $0.count) }
            }
        }
    }
}

/// A `LogHandler` that scrubs events with Veil's engine and writes them to
/// systemd-journald as structured entries (native protocol, see ``JournalWriter``).
///
/// Fields written, all after scrubbing (nothing unscrubbed leaves the process):
/// - `MESSAGE`: the scrubbed message;
/// - `PRIORITY`: trace/debug → 7, info → 6, notice → 5, warning → 4, error → 3, critical → 2;
/// - `CODE_FILE`, `CODE_LINE`, `CODE_FUNC`, `SYSLOG_IDENTIFIER`, `TID` (`gettid()`),
///   `SWIFT_LOG_LABEL` (the logger's label);
/// - `ERROR_MESSAGE` (scrubbed) and `ERROR_TYPE` when an error is attached;
/// - `MESSAGE_ID` from metadata key `MESSAGE_ID` or `message_id` when it is a 128-bit id
///   (32 hex digits, or a UUID with dashes; written as 32 lowercase hex digits);
/// - every other metadata value (handler metadata, provider, event; scrubbed exactly as
///   ``RedactingLogHandler`` does) under ``JournalFieldName/map(_:)`` of its key: nested
///   dictionaries flatten with `_` (`user.email` and `["user": ["email": …]]` →
///   `USER_EMAIL`), array elements repeat the field, and names that collide — with each
///   other or with the fields above (`priority` → `PRIORITY_2`) — get `_2`, `_3`, ….
///
/// If journald is unreachable or would block, see ``JournalSink`` (drop, count, stderr).
public struct JournaldLogHandler: LogHandler {
    /// The logger's label.
    public let label: String
    /// `SYSLOG_IDENTIFIER`.
    public let identifier: String
    /// The destination (shared between copies).
    public let sink: JournalSink
    let core: LogScrubber

    public var metadata: Logger.Metadata = [:]
    /// Resolved by this handler on each event; its values are scrubbed.
    public var metadataProvider: Logger.MetadataProvider?
    public var logLevel: Logger.Level = .info

    /// A handler writing through `sink`.
    public init(label: String, identifier: String, scrubber: Scrubber, sink: JournalSink, metadataProvider: Logger.MetadataProvider? = nil) {
        self.init(label: label, identifier: identifier, core: LogScrubber(scrubber), sink: sink, metadataProvider: metadataProvider)
    }

    init(label: String, identifier: String, core: LogScrubber, sink: JournalSink, metadataProvider: Logger.MetadataProvider?) {
        self.label = label
        self.identifier = identifier
        self.core = core
        self.sink = sink
        self.metadataProvider = metadataProvider
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    /// Entries dropped by the shared sink.
    public var droppedCount: Int { sink.droppedCount }

    /// The syslog priority of a swift-log level.
    public static func priority(_ level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: 7
        case .info: 6
        case .notice: 5
        case .warning: 4
        case .error: 3
        case .critical: 2
        }
    }

    static let reserved = ["MESSAGE", "PRIORITY", "CODE_FILE", "CODE_LINE", "CODE_FUNC", "SYSLOG_IDENTIFIER", "TID",
                           "SWIFT_LOG_LABEL", "ERROR_MESSAGE", "ERROR_TYPE", "MESSAGE_ID"]

    public func log(event: LogEvent) {
        var scrubbed = core.scrub(event: event, handlerMetadata: metadata, provider: metadataProvider)
        let fields = Self.fields(for: event, scrubbed: &scrubbed, label: label, identifier: identifier)
        sink.write(fields) { Self.fallbackLine(scrubbed, priority: Self.priority(event.level), identifier: identifier) }
    }

    static func fields(for event: LogEvent, scrubbed: inout ScrubbedEvent, label: String, identifier: String) -> [(name: String, value: [UInt8])] {
        var fields: [(name: String, value: [UInt8])] = []
        fields.reserveCapacity(10 + scrubbed.metadata.count)
        fields.append(("MESSAGE", Array(scrubbed.message.utf8)))
        fields.append(("PRIORITY", Array(String(priority(event.level)).utf8)))
        fields.append(("CODE_FILE", Array(event.file.utf8)))
        fields.append(("CODE_LINE", Array(String(event.line).utf8)))
        fields.append(("CODE_FUNC", Array(event.function.utf8)))
        fields.append(("SYSLOG_IDENTIFIER", Array(identifier.utf8)))
        fields.append(("TID", Array(String(JournalWriter.currentThreadID()).utf8)))
        fields.append(("SWIFT_LOG_LABEL", Array(label.utf8)))
        if let error = scrubbed.error {
            fields.append(("ERROR_MESSAGE", Array(error.description.utf8)))
            fields.append(("ERROR_TYPE", Array(error.typeName.utf8)))
        }
        for key in ["MESSAGE_ID", "message_id"] {
            if let raw = event.metadata?[key] ?? nil, let id = messageID(raw.description) {
                fields.append(("MESSAGE_ID", Array(id.utf8)))
                scrubbed.metadata[key] = nil
                break
            }
        }
        var names = JournalFieldName.Uniquer()
        for name in reserved { names.reserve(name) }
        for key in scrubbed.metadata.keys.sorted() {
            appendFlattened(scrubbed.metadata[key]!, path: key, names: &names, into: &fields)
        }
        return fields
    }

    private static func appendFlattened(_ value: Logger.MetadataValue, path: String, names: inout JournalFieldName.Uniquer, into fields: inout [(name: String, value: [UInt8])]) {
        switch value {
        case .dictionary(let dict):
            for key in dict.keys.sorted() { appendFlattened(dict[key]!, path: path + "_" + key, names: &names, into: &fields) }
        case .array(let items):
            let name = names.unique(JournalFieldName.map(path))
            for item in items { fields.append((name, Array(item.description.utf8))) }
        case .string, .stringConvertible:
            fields.append((names.unique(JournalFieldName.map(path)), Array(value.description.utf8)))
        }
    }

    /// 32 lowercase hex digits from a 128-bit id (with or without UUID dashes); nil otherwise.
    static func messageID(_ text: String) -> String? {
        var out: [UInt8] = []
        for b in text.utf8 {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"): out.append(b)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): out.append(b + 0x20)
            case UInt8(ascii: "-"): continue
            default: return nil
            }
        }
        return out.count == 32 ? String(decoding: out, as: UTF8.self) : nil
    }

    static func fallbackLine(_ scrubbed: ScrubbedEvent, priority: Int, identifier: String) -> [UInt8] {
        func escaped(_ s: String) -> String { s.contains("\n") ? s.replacingNewlines() : s }
        var line = "\(identifier)[\(getpid())]: <\(priority)> \(escaped(scrubbed.message))"
        for key in scrubbed.metadata.keys.sorted() {
            line += " \(key)=\(escaped(scrubbed.metadata[key]!.description))"
        }
        if let error = scrubbed.error { line += " error=\(escaped(error.description))" }
        line += "\n"
        return Array(line.utf8)
    }
}

extension String {
    fileprivate func replacingNewlines() -> String {
        var out = ""
        out.reserveCapacity(utf8.count + 8)
        for ch in self { if ch == "\n" { out += "\\n" } else { out.append(ch) } }
        return out
    }
}
