/// One journal entry as read from sd-journal: every data field (binary-safe, in
/// the order sd-journal returns them) plus the entry's address.
public struct JournalEntry: Sendable {
    /// Data fields (`MESSAGE`, `_PID`, …). Names may repeat.
    public var fields: [(name: [UInt8], value: [UInt8])]
    /// `__CURSOR`: the entry's position, for resuming.
    public var cursor: String
    /// `__REALTIME_TIMESTAMP` in µs since the epoch.
    public var realtime: UInt64
    /// `__MONOTONIC_TIMESTAMP` in µs since boot.
    public var monotonic: UInt64
    /// `_BOOT_ID` as 32 lowercase hex digits.
    public var bootID: String
    /// Why the fields could not be taken as they are (then the entry becomes a placeholder).
    public var failure: Failure?
    /// Bytes of field names and values (for the queue's memory bound).
    public var byteCount: Int

    /// Why an entry is replaced by a placeholder.
    public enum Failure: String, Sendable {
        /// Larger than ``JournalReader/maximumEntrySize``.
        case oversized = "oversized_entry"
        /// sd-journal failed to return its fields (corruption, unsupported compression).
        case unreadable = "unreadable_entry"
    }

    public init(fields: [(name: [UInt8], value: [UInt8])], cursor: String, realtime: UInt64, monotonic: UInt64, bootID: String, failure: Failure? = nil) {
        self.fields = fields
        self.cursor = cursor
        self.realtime = realtime
        self.monotonic = monotonic
        self.bootID = bootID
        self.failure = failure
        byteCount = fields.reduce(cursor.utf8.count) { $0 + $1.name.count + $1.value.count + 64 }
    }

    /// The first value of field `name`.
    public func value(_ name: String) -> [UInt8]? {
        let key = Array(name.utf8)
        return fields.first { $0.name == key }?.value
    }
}
