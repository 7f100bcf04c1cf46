import Synchronization

/// The full HMAC-SHA256 of a value under a pseudonym key: what identifies a token in
/// ``JWTSummaryCache`` (the token itself is never stored).
package struct TokenDigest: Hashable, Sendable {
    var words: (UInt64, UInt64, UInt64, UInt64)

    init(_ mac: UnsafeRawPointer) {
        words = (mac.loadUnaligned(fromByteOffset: 0, as: UInt64.self), mac.loadUnaligned(fromByteOffset: 8, as: UInt64.self),
                 mac.loadUnaligned(fromByteOffset: 16, as: UInt64.self), mac.loadUnaligned(fromByteOffset: 24, as: UInt64.self))
    }

    package static func == (a: TokenDigest, b: TokenDigest) -> Bool { a.words == b.words }

    package func hash(into hasher: inout Hasher) {
        // Already uniformly random: one word is as good as a hash of all four.
        hasher.combine(words.0)
    }
}

/// Recently written JWT replacements, by the token's ``TokenDigest``.
///
/// A service logs the same bearer token on every request of a session, and the journal
/// repeats it on every line of a request: decoding and summarising it once is enough.
/// The replacement is a pure function of the token, the rules and the keys, all fixed for
/// one ``Scrubber``, so a cached one is byte-for-byte what would be written again. Only
/// digests and replacements are kept (no token, no claim value), at most ``capacity``
/// entries of at most ``maximumEntryBytes`` each (about 1.5 MiB in all); when full, the
/// cache starts over.
final class JWTSummaryCache: Sendable {
    static let capacity = 512
    static let maximumEntryBytes = 3072

    private let entries = Mutex<[TokenDigest: [UInt8]]>([:])

    func lookup(_ digest: TokenDigest) -> [UInt8]? {
        entries.withLock { $0[digest] }
    }

    func store(_ digest: TokenDigest, _ replacement: ArraySlice<UInt8>) {
        guard replacement.count <= Self.maximumEntryBytes else { return }
        let value = Array(replacement)
        entries.withLock { entries in
            if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
            entries[digest] = value
        }
    }
}
