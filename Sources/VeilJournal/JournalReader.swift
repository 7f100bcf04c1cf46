internal import CSystemd
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A journald error with the failing call and errno.
public struct JournalError: Error, Sendable, CustomStringConvertible {
    /// What failed, for people.
    public var message: String
    /// The errno (positive), or 0.
    public var code: Int32

    public init(_ message: String, code: Int32 = 0) {
        self.message = message
        self.code = code
    }

    public var description: String {
        code == 0 ? message : "\(message): \(String(cString: strerror(code)))"
    }
}

/// Follows a journal with libsystemd's sd-journal on one dedicated thread and
/// feeds an ``EntryQueue``.
///
/// sd-journal(3): a `sd_journal` object "may only be used from one specific
/// thread … the very same one during the entire lifetime of the object". Swift
/// tasks hop threads, so the reader owns a POSIX thread that opens, reads, waits
/// on and closes the journal. The thread blocks in ``EntryQueue/push(_:whileWaiting:)``
/// while the pipeline is behind (back-pressure: nothing is dropped, memory stays
/// bounded) and in `sd_journal_wait` (at most ``Configuration/waitTimeout``) at the
/// end of the journal.
///
/// Entries carrying `VEIL_SCRUBBED=1` (everything Veil's journal sink writes) are
/// skipped unless ``Configuration/skipScrubbed`` is off, so Veil never re-reads its
/// own output.
public final class JournalReader: Sendable {
    /// Where to start reading.
    public enum Start: Sendable, Equatable {
        /// The oldest entry.
        case head
        /// Only entries written after the journal is opened.
        case tail
        /// The entry with this cursor (or the nearest one).
        case cursor(String)
        /// The first entry after this cursor (resume after a saved cursor).
        case afterCursor(String)
    }

    /// What to read.
    public struct Configuration: Sendable {
        /// A journald namespace (`sd_journal_open_namespace`), or nil for the local journal.
        public var namespace: String?
        /// `FIELD=VALUE` matches: the same field ORed, different fields ANDed (journalctl).
        public var matches: [String]
        /// The first position.
        public var start: Start
        /// Skip entries with `VEIL_SCRUBBED=1`.
        public var skipScrubbed: Bool
        /// Longest `sd_journal_wait`, in µs (keep it below `WatchdogSec/2`).
        public var waitTimeout: UInt64
        /// Stop (instead of waiting) at the end of the journal.
        public var stopAtEnd: Bool

        public init(namespace: String? = nil, matches: [String] = [], start: Start = .tail, skipScrubbed: Bool = true, waitTimeout: UInt64 = 250_000, stopAtEnd: Bool = false) {
            self.namespace = namespace
            self.matches = matches
            self.start = start
            self.skipScrubbed = skipScrubbed
            self.waitTimeout = waitTimeout
            self.stopAtEnd = stopAtEnd
        }
    }

    /// Largest entry kept (bytes); a larger one becomes a placeholder.
    public static let maximumEntrySize = JournalExportFormat.maximumEntrySize

    /// The marker field Veil's journal sink adds to every entry it writes.
    public static let scrubbedMarker = (name: Array("VEIL_SCRUBBED".utf8), value: Array("1".utf8))

    public let configuration: Configuration
    private let stopRequested = Atomic<Bool>(false)
    private let heartbeatNanoseconds = Atomic<UInt64>(0)
    private let read = Atomic<Int>(0)
    private let skipped = Atomic<Int>(0)
    private let failure = Mutex<JournalError?>(nil)
    private let running = Atomic<Bool>(false)

    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// Entries queued so far.
    public var entriesRead: Int { read.load(ordering: .relaxed) }
    /// Entries skipped as Veil's own output.
    public var entriesSkipped: Int { skipped.load(ordering: .relaxed) }
    /// When the thread last showed it was alive (monotonic ns): each loop turn,
    /// each sd_journal_wait timeout, each 250 ms blocked on a full queue.
    public var heartbeat: UInt64 { heartbeatNanoseconds.load(ordering: .relaxed) }
    /// The error that stopped the thread, if any.
    public var error: JournalError? { failure.withLock { $0 } }
    /// True while the thread runs.
    public var isRunning: Bool { running.load(ordering: .relaxed) }

    /// Asks the thread to stop at its next turn (≤ ``Configuration/waitTimeout``); it
    /// then finishes the queue.
    public func stop() { stopRequested.store(true, ordering: .relaxed) }

    /// Starts the reader thread and returns once the journal is open, matches are
    /// added and the start position is set.
    /// - Throws: ``JournalError`` when opening, matching or seeking fails.
    public func start(into queue: EntryQueue) throws(JournalError) {
        let context = ThreadContext(reader: self, queue: queue)
        running.store(true, ordering: .relaxed)
        var thread = pthread_t()
        let unmanaged = Unmanaged.passRetained(context)
        let rc = pthread_create(&thread, nil, { raw in
            let context = Unmanaged<ThreadContext>.fromOpaque(raw!).takeRetainedValue()
            context.reader.threadMain(context)
            return nil
        }, unmanaged.toOpaque())
        guard rc == 0 else {
            unmanaged.release()
            running.store(false, ordering: .relaxed)
            throw JournalError("cannot start the journal thread", code: rc)
        }
        pthread_detach(thread)
        if let error = context.opened.wait() { throw error }
    }

    private func threadMain(_ context: ThreadContext) {
        defer {
            context.queue.finish()
            running.store(false, ordering: .relaxed)
        }
        var journal: OpaquePointer?
        if let error = open(&journal) {
            if let journal { sd_journal_close(journal) }
            context.opened.signal(error)
            return
        }
        guard let j = journal else { return }
        defer { sd_journal_close(j) }
        var skipCursor: String?
        if case .afterCursor(let c) = configuration.start { skipCursor = c }
        context.opened.signal(nil)

        let queue = context.queue
        while !stopRequested.load(ordering: .relaxed) {
            heartbeatNanoseconds.store(monotonicNanoseconds(), ordering: .relaxed)
            let r = sd_journal_next(j)
            if r < 0 {
                fail(JournalError("sd_journal_next failed", code: -r))
                return
            }
            if r == 0 {
                if configuration.stopAtEnd { return }
                let w = sd_journal_wait(j, configuration.waitTimeout)
                if w < 0 {
                    fail(JournalError("sd_journal_wait failed", code: -w))
                    return
                }
                continue
            }
            if let cursor = skipCursor {
                skipCursor = nil
                if cursor.withCString({ sd_journal_test_cursor(j, $0) }) > 0 { continue }
            }
            guard let entry = readEntry(j) else {
                skipped.add(1, ordering: .relaxed)
                continue
            }
            let pushed = queue.push(entry) {
                heartbeatNanoseconds.store(monotonicNanoseconds(), ordering: .relaxed)
                return true
            }
            if !pushed { return }
            read.add(1, ordering: .relaxed)
        }
    }

    private func fail(_ error: JournalError) {
        failure.withLock { $0 = error }
    }

    /// Opens the journal, adds the matches and seeks; on error returns it.
    private func open(_ journal: inout OpaquePointer?) -> JournalError? {
        let flags = Int32(SD_JOURNAL_LOCAL_ONLY)
        var r: Int32
        if let namespace = configuration.namespace {
            r = sd_journal_open_namespace(&journal, namespace, flags)
        } else {
            r = sd_journal_open(&journal, flags)
        }
        guard r >= 0, let j = journal else {
            return JournalError("cannot open the journal\(configuration.namespace.map { " of namespace \($0)" } ?? "")", code: -r)
        }
        // 0 = no limit: return every field whole (the default truncates at 64 KiB).
        r = sd_journal_set_data_threshold(j, 0)
        if r < 0 { return JournalError("sd_journal_set_data_threshold failed", code: -r) }
        for match in configuration.matches {
            r = match.withCString { sd_journal_add_match(j, $0, strlen($0)) }
            if r < 0 { return JournalError("invalid --match '\(match)'", code: -r) }
        }
        switch configuration.start {
        case .head:
            r = sd_journal_seek_head(j)
        case .tail:
            r = sd_journal_seek_tail(j)
            // Step onto the last entry, so that sd_journal_next() returns only newer ones.
            if r >= 0 { r = min(0, sd_journal_previous(j)) }
        case .cursor(let c), .afterCursor(let c):
            r = c.withCString { sd_journal_seek_cursor(j, $0) }
            if r < 0 { return JournalError("invalid cursor '\(c)'", code: -r) }
        }
        if r < 0 { return JournalError("cannot seek the journal", code: -r) }
        return nil
    }

    /// Reads the current entry; nil when it is Veil's own output.
    private func readEntry(_ j: OpaquePointer) -> JournalEntry? {
        var fields: [(name: [UInt8], value: [UInt8])] = []
        fields.reserveCapacity(24)
        var failure: JournalEntry.Failure?
        var size = 0
        let skipScrubbed = configuration.skipScrubbed
        sd_journal_restart_data(j)
        while true {
            var data: UnsafeRawPointer?
            var length = 0
            let r = sd_journal_enumerate_data(j, &data, &length)
            if r == 0 { break }
            guard r > 0, let data else { failure = .unreadable; break }
            size += length
            if size > Self.maximumEntrySize { failure = .oversized; break }
            let bytes = UnsafeBufferPointer(start: data.assumingMemoryBound(to: UInt8.self), count: length)
            guard let eq = bytes.firstIndex(of: UInt8(ascii: "=")) else { continue }
            let name = Array(bytes[..<eq])
            let value = Array(bytes[(eq + 1)...])
            if skipScrubbed, name == Self.scrubbedMarker.name, value == Self.scrubbedMarker.value { return nil }
            fields.append((name, value))
        }
        if failure != nil {
            // Keep only what identifies the entry; the placeholder is built downstream.
            fields = fields.filter { JournalEntryScrubber.isKept($0.name) }
        }
        var cursor = ""
        var raw: UnsafeMutablePointer<CChar>?
        if sd_journal_get_cursor(j, &raw) >= 0, let raw {
            cursor = String(cString: raw)
            free(raw)
        }
        var realtime: UInt64 = 0
        _ = sd_journal_get_realtime_usec(j, &realtime)
        var monotonic: UInt64 = 0
        var boot = sd_id128_t()
        _ = sd_journal_get_monotonic_usec(j, &monotonic, &boot)
        return JournalEntry(fields: fields, cursor: cursor, realtime: realtime, monotonic: monotonic, bootID: Self.hex(boot), failure: failure)
    }

    static func hex(_ id: sd_id128_t) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(32)
        withUnsafeBytes(of: id) { raw in
            for b in raw.prefix(16) {
                out.append(digits[Int(b >> 4)])
                out.append(digits[Int(b & 0xF)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// What the reader thread gets: the reader, its queue, and the open handshake.
private final class ThreadContext: @unchecked Sendable {
    let reader: JournalReader
    let queue: EntryQueue
    let opened = OneShotSignal<JournalError?>()

    init(reader: JournalReader, queue: EntryQueue) {
        self.reader = reader
        self.queue = queue
    }
}

/// A value handed from one thread to a thread that blocks for it.
final class OneShotSignal<Value: Sendable>: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    private var condition = pthread_cond_t()
    private var value: Value?

    init() {
        pthread_mutex_init(&mutex, nil)
        pthread_cond_init(&condition, nil)
    }

    deinit {
        pthread_cond_destroy(&condition)
        pthread_mutex_destroy(&mutex)
    }

    func signal(_ v: Value) {
        pthread_mutex_lock(&mutex)
        if value == nil { value = v }
        pthread_cond_broadcast(&condition)
        pthread_mutex_unlock(&mutex)
    }

    func wait() -> Value {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        while value == nil { pthread_cond_wait(&condition, &mutex) }
        return value!
    }
}
