/// systemd's Journal Export Format (`journalctl -o export`, `systemd-journal-remote`).
///
/// An entry is a run of fields ended by an empty line. A field is `NAME=value\n`, or,
/// for values that are not plain text, `NAME\n` + 64-bit little-endian length + bytes + `\n`.
/// See https://systemd.io/JOURNAL_EXPORT_FORMATS/.
public enum JournalExportFormat {
    /// Largest entry read (bytes). A larger entry is replaced by one with
    /// `MESSAGE=[REDACTED:oversized_entry]` (and its `__` metadata), then reading goes on.
    public static let maximumEntrySize = 32 << 20
    /// Largest single binary field.
    public static let maximumFieldSize = 32 << 20

    /// Writes one field, choosing the binary form when the value has control bytes.
    public static func appendField(name: some Collection<UInt8>, value: some Collection<UInt8>, to out: inout [UInt8]) {
        let binary = value.contains { $0 == 0x0A || ($0 < 0x20 && $0 != 0x09) || $0 == 0x7F }
        out.append(contentsOf: name)
        if binary {
            out.append(0x0A)
            var size = UInt64(value.count).littleEndian
            withUnsafeBytes(of: &size) { out.append(contentsOf: $0) }
            out.append(contentsOf: value)
            out.append(0x0A)
        } else {
            out.append(UInt8(ascii: "="))
            out.append(contentsOf: value)
            out.append(0x0A)
        }
    }

    /// One parsed entry: fields in order (names may repeat).
    public struct Entry: Sendable, Hashable {
        public var fields: [(name: [UInt8], value: [UInt8])]
        /// True when the entry was larger than ``maximumEntrySize`` and its fields were not kept.
        public var oversized = false

        public init(fields: [(name: [UInt8], value: [UInt8])] = [], oversized: Bool = false) {
            self.fields = fields
            self.oversized = oversized
        }

        public static func == (a: Entry, b: Entry) -> Bool {
            a.oversized == b.oversized && a.fields.count == b.fields.count && zip(a.fields, b.fields).allSatisfy { $0.name == $1.name && $0.value == $1.value }
        }
        public func hash(into h: inout Hasher) { for f in fields { h.combine(f.name); h.combine(f.value) } }

        /// Serialises the entry, ending with the empty line.
        public func serialize(into out: inout [UInt8]) {
            for field in fields { JournalExportFormat.appendField(name: field.name, value: field.value, to: &out) }
            out.append(0x0A)
        }
    }

    /// A streaming parser: feed bytes, take complete entries.
    public struct Parser: Sendable {
        private var buffer: [UInt8] = []
        private var position = 0
        private var current = Entry()
        private var currentSize = 0
        private var skipping = false
        /// Set when the input ended inside an entry or a binary field.
        public private(set) var truncated = false

        public init() {}

        /// Appends input bytes.
        public mutating func feed(_ bytes: some Collection<UInt8>) {
            if position > 0, position >= buffer.count / 2 {
                buffer.removeSubrange(0..<position)
                position = 0
            }
            buffer.append(contentsOf: bytes)
        }

        /// The next complete entry, or nil when more input is needed.
        /// With `atEnd`, a final entry without its empty line is returned too.
        public mutating func next(atEnd: Bool = false) -> Entry? {
            while true {
                if pendingSkip > 0, !drainSkip() { return atEnd ? finish() : nil }
                guard position < buffer.count else { return atEnd ? finish() : nil }
                // An empty line ends the entry.
                if buffer[position] == 0x0A {
                    position += 1
                    if current.fields.isEmpty && !current.oversized { continue }
                    return take()
                }
                guard let newline = buffer[position...].firstIndex(of: 0x0A) else {
                    if buffer.count - position > JournalExportFormat.maximumFieldSize + 1024 { markOversized(dropping: buffer.count - position) }
                    return atEnd ? finish() : nil
                }
                let line = buffer[position..<newline]
                if let eq = line.firstIndex(of: UInt8(ascii: "=")) {
                    add(name: Array(buffer[position..<eq]), value: Array(buffer[(eq + 1)..<newline]))
                    position = newline + 1
                } else {
                    // Binary field: NAME\n, le64 size, data, \n
                    let sizeStart = newline + 1
                    guard buffer.count - sizeStart >= 8 else { return atEnd ? finish() : nil }
                    var size: UInt64 = 0
                    for k in 0..<8 { size |= UInt64(buffer[sizeStart + k]) << (8 * UInt64(k)) }
                    if size > UInt64(JournalExportFormat.maximumFieldSize) {
                        // Cannot hold it: skip it as it streams by.
                        let total = 8 + Int(min(size, UInt64(Int.max / 2))) + 1
                        markOversized(dropping: 0)
                        pendingSkip = total
                        position = sizeStart
                        if !drainSkip() { return atEnd ? finish() : nil }
                        continue
                    }
                    let dataStart = sizeStart + 8
                    let dataEnd = dataStart + Int(size)
                    guard buffer.count > dataEnd else { return atEnd ? finish() : nil }
                    add(name: Array(buffer[position..<newline]), value: Array(buffer[dataStart..<dataEnd]))
                    position = dataEnd + (buffer[dataEnd] == 0x0A ? 1 : 0)
                }
            }
        }

        private var pendingSkip = 0

        private mutating func drainSkip() -> Bool {
            let available = buffer.count - position
            if available >= pendingSkip {
                position += pendingSkip
                pendingSkip = 0
                return true
            }
            pendingSkip -= available
            position = buffer.count
            return false
        }

        private mutating func add(name: [UInt8], value: [UInt8]) {
            currentSize += name.count + value.count + 10
            if currentSize > JournalExportFormat.maximumEntrySize {
                markOversized(dropping: 0)
            }
            if current.oversized {
                // Keep only the metadata needed to place the entry.
                if name.starts(with: [0x5F, 0x5F]) { current.fields.append((name, value)) }
                return
            }
            current.fields.append((name, value))
        }

        private mutating func markOversized(dropping count: Int) {
            if !current.oversized {
                current.oversized = true
                current.fields.removeAll { !$0.name.starts(with: [0x5F, 0x5F]) }
            }
            position += count
        }

        private mutating func take() -> Entry {
            let entry = current
            current = Entry()
            currentSize = 0
            return entry
        }

        private mutating func finish() -> Entry? {
            if pendingSkip > 0 { truncated = true }
            if current.fields.isEmpty && !current.oversized { return nil }
            if position < buffer.count { truncated = true; position = buffer.count }
            return take()
        }
    }
}
