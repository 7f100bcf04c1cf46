/// API keys that blockchain node providers and exchanges put in a URL's path rather than a
/// header: Infura's `https://mainnet.infura.io/v3/2d1d6f89…`, Alchemy's
/// `https://eth-mainnet.g.alchemy.com/v2/o4QzqVO6…` (also `alchemyapi.io`), QuickNode's
/// `https://x.quiknode.pro/<token>/`, Binance's user-data stream
/// `wss://stream.binance.com:9443/ws/<listenKey>`. Whoever has the URL spends the quota or reads
/// the account's stream.
package enum ProviderURLKey {
    /// The host and path (lower-cased) that end right before a key.
    static let prefixes: [StaticString] = ["infura.io/v3/", "alchemyapi.io/v2/", "alchemy.com/v2/", "quiknode.pro/", "binance.com:9443/ws/", "binance.com/ws/"]

    /// The key at `at` (a path segment's first byte, right after `/`): 20…128 letters, digits,
    /// `_` and `-` ending the segment; nil when no provider's prefix ends at `at`.
    package static func match(_ b: Bytes, at: Int) -> Range<Int>? {
        guard at >= 14, b[at - 1] == UInt8(ascii: "/"), ASCII.isAlnum(b[at]) else { return nil }
        guard prefixes.contains(where: { CredentialScan.hasSuffix(b, endingAt: at, lowercased: $0) }) else { return nil }
        var e = at
        while e < b.count, e - at <= 128, ASCII.isAlnum(b[e]) || b[e] == UInt8(ascii: "_") || b[e] == UInt8(ascii: "-") { e += 1 }
        guard e - at >= 20, e - at <= 128, b[at..<e].contains(where: ASCII.isDigit),
              e == b.count || !(b[e] == UInt8(ascii: "~") || ASCII.isAlnum(b[e])) else { return nil }
        return at..<e
    }
}
