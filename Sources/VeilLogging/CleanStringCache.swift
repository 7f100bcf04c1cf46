import Synchronization

/// Remembers short strings that a ``LogScrubber`` found clean — a message, a metadata
/// value or a metadata key without a field rule — so the next log call with the same
/// strings skips the scan. Log calls repeat the same messages, keys and many values
/// (`status`, `route`) from call to call.
///
/// The check is exact: an entry holds all of a string's bytes (at most
/// ``maximumLength``) with its length and kind, and a look-up compares all of them; a
/// string that was never found clean is never reported clean. Longer strings are not
/// cached. The table is direct-mapped (a new entry replaces the one in its slot) and
/// guarded by one lock per look-up or insert of a whole event.
final class CleanStringCache: Sendable {
    /// Longest string kept (bytes).
    static let maximumLength = 46
    /// Words per entry: 46 content bytes, one length byte and one kind byte.
    static let words = 6
    /// Entries in the table.
    static let slots = 1024

    /// What a string was checked as (part of the entry, so one string checked as a value is
    /// not taken for a clean message).
    enum Kind: UInt8 {
        case message = 1, value = 2, key = 3
        /// A metadata key that a field rule names (remembered so events carrying one — an
        /// `authorization` header — go straight to scrubbing).
        case ruleKey = 4
    }

    /// A look-up result.
    enum State: UInt8 {
        case unknown = 0, clean = 1, ruleKey = 2
    }

    /// A string packed into an entry's words; `nil` when it is too long.
    struct Entry: Equatable {
        var w0: UInt64 = 0, w1: UInt64 = 0, w2: UInt64 = 0, w3: UInt64 = 0, w4: UInt64 = 0, w5: UInt64 = 0

        init?(_ string: String, kind: Kind) {
            var s = string
            let packed = s.withUTF8 { buf -> Bool in
                guard buf.count <= CleanStringCache.maximumLength else { return false }
                withUnsafeMutableBytes(of: &self) { raw in
                    if buf.count > 0 { raw.copyMemory(from: UnsafeRawBufferPointer(buf)) }
                    raw[46] = UInt8(buf.count)
                    raw[47] = kind.rawValue
                }
                return true
            }
            guard packed else { return nil }
        }

        /// The same string as another kind.
        func with(kind: Kind) -> Entry {
            var e = self
            e.w5 = (e.w5 & 0x00FF_FFFF_FFFF_FFFF) | (UInt64(kind.rawValue) << 56)
            return e
        }

        var kind: UInt8 { UInt8(truncatingIfNeeded: w5 >> 56) }

        /// Stands in for a string too long to cache: kind 0, never inserted, never reported found.
        static let uncacheable = Entry()

        private init() {}

        var slot: Int {
            var h = w0 &* 0x9E37_79B9_7F4A_7C15
            h = (h ^ w1 ^ (h >> 29)) &* 0xBF58_476D_1CE4_E5B9
            h = (h ^ w2 ^ w3 ^ (h >> 31)) &* 0x94D0_49BB_1331_11EB
            h = (h ^ w4 ^ w5 ^ (h >> 32)) &* 0x9E37_79B9_7F4A_7C15
            return Int(truncatingIfNeeded: h >> 40) & (CleanStringCache.slots - 1)
        }
    }

    private let table = Mutex<[UInt64]>([UInt64](repeating: 0, count: CleanStringCache.slots * CleanStringCache.words))

    /// For each entry, what the table knows (written into `states`, same order): `.clean` when
    /// it holds the entry, `.ruleKey` when a `.key` entry is held as a key with a field rule.
    /// Entries of kind 0 (``Entry/uncacheable``) are always `.unknown`.
    func lookUp(_ entries: UnsafeBufferPointer<Entry>, states: UnsafeMutableBufferPointer<State>) {
        table.withLock { t in
            t.withUnsafeBufferPointer { words in
                func holds(_ e: Entry) -> Bool {
                    let base = e.slot * Self.words
                    return words[base] == e.w0 && words[base + 1] == e.w1 && words[base + 2] == e.w2
                        && words[base + 3] == e.w3 && words[base + 4] == e.w4 && words[base + 5] == e.w5
                }
                for k in entries.indices {
                    let e = entries[k]
                    if e.kind == 0 {
                        states[k] = .unknown
                    } else if holds(e) {
                        states[k] = .clean
                    } else if e.kind == Kind.key.rawValue, holds(e.with(kind: .ruleKey)) {
                        states[k] = .ruleKey
                    } else {
                        states[k] = .unknown
                    }
                }
            }
        }
    }

    /// Adds entries that were found clean (or keys with a rule, as kind `.ruleKey`).
    func insert(_ entries: some Sequence<Entry>) {
        table.withLock { t in
            for e in entries where e.kind != 0 {
                let base = e.slot * Self.words
                t[base] = e.w0; t[base + 1] = e.w1; t[base + 2] = e.w2
                t[base + 3] = e.w3; t[base + 4] = e.w4; t[base + 5] = e.w5
            }
        }
    }
}
