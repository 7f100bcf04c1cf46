import Synchronization
import Veil
import VeilJournal
#if canImport(Glibc)
import Glibc
#endif

/// The current scrubber; SIGHUP swaps in a new one atomically.
final class ScrubberBox: Sendable {
    private let current: Mutex<Scrubber>
    init(_ scrubber: Scrubber) { current = Mutex(scrubber) }
    var scrubber: Scrubber { current.withLock { $0 } }
    func replace(_ scrubber: Scrubber) { current.withLock { $0 = scrubber } }
}

/// Takes batches from the queue, scrubs, writes and flushes them, then saves the
/// cursor of the batch's last entry — in that order, so a crash at any point loses
/// nothing and repeats at most the one batch whose cursor was not saved yet.
///
/// Runs on its own thread: sink writes block (a full pipe, a slow disk) and must
/// not block Swift concurrency's cooperative pool.
final class DaemonPipeline: @unchecked Sendable {
    let queue: EntryQueue
    let sink: DaemonSink
    let store: CursorStore
    let scrubbers: ScrubberBox
    let batchSize: Int

    private let written = Atomic<Int>(0)
    private let findingsCount = Atomic<Int>(0)
    private let placeholderCount = Atomic<Int>(0)
    private let heartbeatNanoseconds = Atomic<UInt64>(0)
    private let failure = Mutex<String?>(nil)
    private let completion = Completion()

    init(queue: EntryQueue, sink: DaemonSink, store: CursorStore, scrubbers: ScrubberBox, batchSize: Int) {
        self.queue = queue
        self.sink = sink
        self.store = store
        self.scrubbers = scrubbers
        self.batchSize = batchSize
    }

    /// Entries written and covered by a saved cursor.
    var entriesWritten: Int { written.load(ordering: .relaxed) }
    /// Findings replaced so far.
    var findings: Int { findingsCount.load(ordering: .relaxed) }
    /// Placeholder entries and fail-closed placeholders written.
    var placeholders: Int { placeholderCount.load(ordering: .relaxed) }
    /// Last sign of progress (monotonic ns): each batch saved, each idle wait.
    var heartbeat: UInt64 { heartbeatNanoseconds.load(ordering: .relaxed) }
    /// Why the pipeline stopped early.
    var error: String? { failure.withLock { $0 } }
    /// True once the thread has ended.
    var isFinished: Bool { completion.isDone }

    func start() {
        heartbeatNanoseconds.store(monotonicNanoseconds(), ordering: .relaxed)
        Thread.detach { [self] in
            run()
            completion.complete()
        }
    }

    /// Waits until the thread ends (the queue finished and drained, or a write failed).
    func waitUntilFinished() async {
        await withTaskCancellationHandler {
            await completion.wait()
        } onCancel: {
            completion.abandon()
        }
    }

    private func run() {
        var scrubber = scrubbers.scrubber
        var report = ScrubReport(for: scrubber)
        var previousFindings = 0
        var previousFailClosed = 0
        var entryPlaceholders = 0
        var privateKeys = JournalPrivateKeyStreams()
        var scrubbed: [JournalEntry] = []
        scrubbed.reserveCapacity(batchSize)
        while true {
            let (batch, finished) = queue.popBatch(maximum: batchSize, timeoutMilliseconds: 250)
            heartbeatNanoseconds.store(monotonicNanoseconds(), ordering: .relaxed)
            if batch.isEmpty {
                if finished { return }
                continue
            }
            let latest = scrubbers.scrubber
            if latest !== scrubber {
                previousFindings += report.totalFindings
                previousFailClosed += report.failClosed
                scrubber = latest
                report = ScrubReport(for: scrubber)
            }
            scrubbed.removeAll(keepingCapacity: true)
            for entry in batch {
                scrubbed.append(Self.scrub(entry, with: scrubber, report: &report, placeholders: &entryPlaceholders, privateKeys: &privateKeys))
            }
            do {
                try sink.write(scrubbed)
                try store.save(DeliveryState(cursor: batch[batch.count - 1].cursor, output: sink.position()))
            } catch {
                failure.withLock { $0 = error.description }
                queue.abort()
                return
            }
            written.add(batch.count, ordering: .relaxed)
            findingsCount.store(previousFindings + report.totalFindings, ordering: .relaxed)
            placeholderCount.store(entryPlaceholders + previousFailClosed + report.failClosed, ordering: .relaxed)
            heartbeatNanoseconds.store(monotonicNanoseconds(), ordering: .relaxed)
        }
    }

    /// Scrubs one entry; an entry that could not be read whole becomes a
    /// placeholder (its kept metadata plus `MESSAGE=[REDACTED:…]`), never raw and
    /// never skipped. `privateKeys` follows the journal's streams for keys written one line
    /// per entry (see ``JournalPrivateKeyStreams``).
    static func scrub(_ entry: JournalEntry, with scrubber: Scrubber, report: inout ScrubReport, placeholders: inout Int,
                      privateKeys: inout JournalPrivateKeyStreams) -> JournalEntry {
        var out = entry
        if let failure = entry.failure {
            placeholders += 1
            out.fields = entry.fields.filter { JournalEntryScrubber.isKept($0.name) }
            out.fields.append((Array("MESSAGE".utf8), Array("[REDACTED:\(failure.rawValue)]".utf8)))
            return out
        }
        out.fields = privateKeys.scrub(JournalExportFormat.Entry(fields: entry.fields), with: scrubber, report: &report).fields
        return out
    }
}

/// A one-time event a task can await and a thread can signal.
final class Completion: Sendable {
    private struct State {
        var done = false
        var waiters: [CheckedContinuation<Void, Never>] = []
    }
    private let state = Mutex(State())
    private let finished = Atomic<Bool>(false)

    /// True once ``complete()`` ran.
    var isDone: Bool { finished.load(ordering: .acquiring) }

    func complete() {
        finished.store(true, ordering: .releasing)
        release()
    }

    /// Wakes the waiters without marking the event done (cancellation).
    func abandon() { release() }

    private func release() {
        let waiters = state.withLock { s -> [CheckedContinuation<Void, Never>] in
            s.done = true
            defer { s.waiters = [] }
            return s.waiters
        }
        for w in waiters { w.resume() }
    }

    func wait() async {
        await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
            let resumeNow = state.withLock { s -> Bool in
                if s.done { return true }
                s.waiters.append(c)
                return false
            }
            if resumeNow { c.resume() }
        }
    }
}

/// Detached POSIX threads for blocking work.
enum Thread {
    static func detach(_ body: @escaping @Sendable () -> Void) {
        final class Box: @unchecked Sendable {
            let body: @Sendable () -> Void
            init(_ body: @escaping @Sendable () -> Void) { self.body = body }
        }
        let box = Unmanaged.passRetained(Box(body))
        var thread = pthread_t()
        let rc = pthread_create(&thread, nil, { raw in
            Unmanaged<Box>.fromOpaque(raw!).takeRetainedValue().body()
            return nil
        }, box.toOpaque())
        precondition(rc == 0, "pthread_create failed: \(rc)")
        pthread_detach(thread)
    }
}
