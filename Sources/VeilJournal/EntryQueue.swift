#if canImport(Glibc)
import Glibc
#endif

/// A bounded, blocking FIFO between the journal thread and the pipeline thread.
///
/// It never drops: ``push(_:whileWaiting:)`` blocks while the queue holds
/// ``capacity`` entries or ``byteCapacity`` bytes (one entry larger than that is
/// still admitted when the queue is empty), so a slow sink stops the reader and
/// memory stays bounded. Both sides use blocking waits: call it from threads, not
/// from Swift concurrency's cooperative pool.
public final class EntryQueue: @unchecked Sendable {
    /// Most entries held.
    public let capacity: Int
    /// Most bytes (``JournalEntry/byteCount``) held.
    public let byteCapacity: Int

    private var mutex = pthread_mutex_t()
    private var notEmpty = pthread_cond_t()
    private var notFull = pthread_cond_t()
    private var items: [JournalEntry] = []
    private var head = 0
    private var bytes = 0
    private var finished = false
    private var aborted = false

    public init(capacity: Int, byteCapacity: Int = 64 << 20) {
        self.capacity = max(1, capacity)
        self.byteCapacity = max(1, byteCapacity)
        pthread_mutex_init(&mutex, nil)
        var attributes = pthread_condattr_t()
        pthread_condattr_init(&attributes)
        pthread_condattr_setclock(&attributes, CLOCK_MONOTONIC)
        pthread_cond_init(&notEmpty, &attributes)
        pthread_cond_init(&notFull, &attributes)
        pthread_condattr_destroy(&attributes)
    }

    deinit {
        pthread_cond_destroy(&notEmpty)
        pthread_cond_destroy(&notFull)
        pthread_mutex_destroy(&mutex)
    }

    /// Entries waiting.
    public var count: Int {
        pthread_mutex_lock(&mutex); defer { pthread_mutex_unlock(&mutex) }
        return items.count - head
    }

    /// Appends `entry`, waiting while the queue is full; `whileWaiting` runs about
    /// every 250 ms of waiting (heartbeats, stop checks). Returns false when the
    /// consumer has aborted, or when `whileWaiting` returns false.
    public func push(_ entry: JournalEntry, whileWaiting: () -> Bool) -> Bool {
        pthread_mutex_lock(&mutex)
        while !aborted, items.count - head > 0, items.count - head >= capacity || bytes + entry.byteCount > byteCapacity {
            var deadline = Self.deadline(afterMilliseconds: 250)
            if pthread_cond_timedwait(&notFull, &mutex, &deadline) == ETIMEDOUT {
                pthread_mutex_unlock(&mutex)
                let goOn = whileWaiting()
                pthread_mutex_lock(&mutex)
                if !goOn { pthread_mutex_unlock(&mutex); return false }
            }
        }
        if aborted { pthread_mutex_unlock(&mutex); return false }
        bytes += entry.byteCount
        items.append(entry)
        pthread_cond_signal(&notEmpty)
        pthread_mutex_unlock(&mutex)
        return true
    }

    /// The producer is done: the consumer drains what is left, then sees `finished`.
    public func finish() {
        pthread_mutex_lock(&mutex)
        finished = true
        pthread_cond_broadcast(&notEmpty)
        pthread_mutex_unlock(&mutex)
    }

    /// The consumer is gone: wakes and stops the producer.
    public func abort() {
        pthread_mutex_lock(&mutex)
        aborted = true
        pthread_cond_broadcast(&notFull)
        pthread_mutex_unlock(&mutex)
    }

    /// Takes up to `maximum` entries, waiting up to `timeoutMilliseconds` for the
    /// first. `finished` is true when the producer is done and nothing is left.
    public func popBatch(maximum: Int, timeoutMilliseconds: Int) -> (entries: [JournalEntry], finished: Bool) {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        if items.count == head, !finished {
            var deadline = Self.deadline(afterMilliseconds: timeoutMilliseconds)
            while items.count == head, !finished {
                if pthread_cond_timedwait(&notEmpty, &mutex, &deadline) == ETIMEDOUT { break }
            }
        }
        let n = min(maximum, items.count - head)
        if n == 0 { return ([], finished) }
        let batch = Array(items[head..<(head + n)])
        head += n
        for entry in batch { bytes -= entry.byteCount }
        if head == items.count {
            items.removeAll(keepingCapacity: true)
            head = 0
        } else if head > 4096, head * 2 > items.count {
            items.removeSubrange(0..<head)
            head = 0
        }
        pthread_cond_broadcast(&notFull)
        return (batch, false)
    }

    static func deadline(afterMilliseconds ms: Int) -> timespec {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        let ns = Int(ts.tv_nsec) + (ms % 1000) * 1_000_000
        ts.tv_sec += ms / 1000 + ns / 1_000_000_000
        ts.tv_nsec = ns % 1_000_000_000
        return ts
    }
}

/// Monotonic time in nanoseconds (for heartbeats).
public func monotonicNanoseconds() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}
