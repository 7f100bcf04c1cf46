import Veil
import VeilJournal

/// PEM private keys that an application writes to the journal one line per entry
/// (`logger -f key.pem`, a service that prints a key to stdout, a logging call per line):
///
///     MESSAGE=-----BEGIN PRIVATE KEY-----
///     MESSAGE=MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7…
///     MESSAGE=-----END PRIVATE KEY-----
///
/// The engine scrubs one entry at a time, and a body entry holds only base64 that nothing
/// marks as key material. This tracker follows each journal stream in order with its own
/// ``PrivateKeyLines`` (the tracker `veil scrub` uses for line streams), so that entries of
/// other processes written between the key's lines neither hide nor close the block.
///
/// A stream is the entry's `_STREAM_ID` (a service's stdout/stderr connection) when it has
/// one, else its boot, `_PID`, `_COMM` and `SYSLOG_IDENTIFIER` together. At most
/// ``maximumOpenStreams`` blocks are followed at once; opening one more forgets the block that
/// opened first. State lives in memory: a key whose lines straddle a restart of `veil daemon`
/// is not recognised after the restart.
struct JournalPrivateKeyStreams {
    /// Far more than the streams that write a key at the same moment.
    static let maximumOpenStreams = 1024

    private var open: [[UInt8]: PrivateKeyLines] = [:]
    /// Streams with an open block, oldest first (for the bound above).
    private var opened: [[UInt8]] = []

    private static let message = Array("MESSAGE".utf8)
    private static let streamID = Array("_STREAM_ID".utf8)
    private static let identity = ["_BOOT_ID", "_PID", "_COMM", "SYSLOG_IDENTIFIER"].map { Array($0.utf8) }

    /// Feeds the next entry of the journal, in journal order. Returns where key material
    /// starts in the entry's first `MESSAGE` when that message is a body line of a private key
    /// its stream opened, else nil.
    mutating func keyMaterial(in fields: [(name: [UInt8], value: [UInt8])]) -> Int? {
        guard let message = fields.first(where: { $0.name == Self.message })?.value else { return nil }
        let mentionsKey = message.withUnsafeBufferPointer { PrivateKeyLines.mentionsPrivateKey($0) }
        if open.isEmpty, !mentionsKey { return nil }
        let stream = Self.stream(of: fields)
        var tracker = open[stream] ?? PrivateKeyLines()
        let wasOpen = tracker.isOpen
        if !wasOpen, !mentionsKey { return nil }
        let start = message.withUnsafeBufferPointer { tracker.keyMaterial(in: $0) }
        switch (wasOpen, tracker.isOpen) {
        case (false, true): track(stream, tracker)
        case (true, true): open[stream] = tracker
        case (true, false): forget(stream)
        case (false, false): break
        }
        return start
    }

    private mutating func track(_ stream: [UInt8], _ tracker: PrivateKeyLines) {
        if opened.count >= Self.maximumOpenStreams { forget(opened[0]) }
        open[stream] = tracker
        opened.append(stream)
    }

    private mutating func forget(_ stream: [UInt8]) {
        open[stream] = nil
        if let i = opened.firstIndex(of: stream) { opened.remove(at: i) }
    }

    /// The bytes that name an entry's stream (see the type's documentation).
    private static func stream(of fields: [(name: [UInt8], value: [UInt8])]) -> [UInt8] {
        if let id = fields.first(where: { $0.name == streamID })?.value { return streamID + [0] + id }
        var key: [UInt8] = []
        for name in identity {
            key.append(0)
            if let value = fields.first(where: { $0.name == name })?.value { key += value }
        }
        return key
    }
}

extension JournalPrivateKeyStreams {
    /// Scrubs `entry` as ``JournalEntryScrubber`` does, and when `streams` reads its `MESSAGE` as
    /// the body of a private key, writes that message as the prefix before the key material,
    /// scrubbed, then the `api_key` rule's placeholder (see ``Scrubber/scrubPrivateKeyLine(_:keyMaterialAt:format:into:report:)``).
    mutating func scrub(_ entry: JournalExportFormat.Entry, with scrubber: Scrubber, report: inout ScrubReport) -> JournalExportFormat.Entry {
        let start = entry.oversized ? nil : keyMaterial(in: entry.fields)
        var scrubbed = JournalEntryScrubber.scrub(entry, with: scrubber, report: &report)
        guard let start, let message = entry.fields.first(where: { $0.name == Self.message })?.value,
              let at = scrubbed.fields.firstIndex(where: { $0.name == Self.message }) else { return scrubbed }
        var out: [UInt8] = []
        message.withUnsafeBufferPointer { scrubber.scrubPrivateKeyLine($0, keyMaterialAt: start, format: .text, into: &out, report: &report) }
        // The entry and its message were counted once already.
        report.lines -= 1
        report.bytes -= message.count
        scrubbed.fields[at].value = out
        return scrubbed
    }
}
