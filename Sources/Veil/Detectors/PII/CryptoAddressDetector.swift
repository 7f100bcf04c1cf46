import COpenSSL

/// Cryptocurrency wallet addresses: they name the person who holds the wallet (payments,
/// withdrawals, KYC logs), so they are personal data like an IBAN.
///
/// **Accepts**, each standing alone (not glued to a letter, digit or `_`):
/// - Ethereum (and EVM chains): `0x` and 40 hexadecimal digits (`0x742d35Cc6634C0532925a3b8…`);
/// - Bitcoin SegWit and Taproot: `bc1` and 11…71 bech32 characters whose bech32 (BIP 173) or
///   bech32m (BIP 350) checksum holds, all lower-case or all upper-case;
/// - Bitcoin legacy (P2PKH `1…`, P2SH `3…`), TRON (`T…`), Litecoin (`L…`, `M…`) and Dogecoin
///   (`D…`): 26…35 base58 characters that decode to the kind's version byte (0x00, 0x05, 0x41,
///   0x30, 0x32, 0x1E), 20 bytes and a valid 4-byte double SHA-256 checksum.
///
/// **Rejects** transaction and block hashes (`0x` and 64 hex digits), the zero address, other
/// hex lengths, strings
/// of the right shape whose checksum fails (one random string in four billion passes it), and
/// words such as `1st`, `3rd`, `1GB`.
package enum CryptoAddressDetector {
    /// The address that starts at `at`, if any. `at` is a word start.
    package static func match(_ b: Bytes, at: Int) -> Range<Int>? {
        guard at + 26 <= b.count, at == 0 || !isGlue(b[at - 1]) else { return nil }
        switch b[at] {
        case UInt8(ascii: "0"): return ethereum(b, at)
        case UInt8(ascii: "1"), UInt8(ascii: "3"), UInt8(ascii: "T"), UInt8(ascii: "L"), UInt8(ascii: "M"), UInt8(ascii: "D"): return base58Check(b, at)
        case UInt8(ascii: "b"), UInt8(ascii: "B"): return bech32(b, at)
        default: return nil
        }
    }

    @inline(__always) static func isGlue(_ x: UInt8) -> Bool { ASCII.isAlnum(x) || x == UInt8(ascii: "_") }

    static func ethereum(_ b: Bytes, _ at: Int) -> Range<Int>? {
        guard b[at + 1] == UInt8(ascii: "x") else { return nil }
        let end = at + 42
        guard end <= b.count, end == b.count || !isGlue(b[end]) else { return nil }
        var zeros = true
        for k in (at + 2)..<end {
            guard ASCII.isHexDigit(b[k]) else { return nil }
            if b[k] != UInt8(ascii: "0") { zeros = false }
        }
        // The zero address (a burn or mint) belongs to no one.
        return zeros ? nil : at..<end
    }

    // MARK: - Base58Check (BIP 13 / P2PKH, P2SH)

    private static let base58Alphabet = Array("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".utf8)
    static let base58Value: [Int8] = {
        var t = [Int8](repeating: -1, count: 256)
        for (value, x) in base58Alphabet.enumerated() { t[Int(x)] = Int8(value) }
        return t
    }()

    static func base58Check(_ b: Bytes, _ at: Int) -> Range<Int>? {
        // Most numbers go on with a digit or a separator: one compare rejects them.
        guard ASCII.isLetter(b[at + 1]) || ASCII.isLetter(b[at + 2]) else { return nil }
        var end = at
        while end < b.count, end - at <= 35, base58Value[Int(b[end])] >= 0 { end += 1 }
        guard end - at >= 26, end - at <= 35, end == b.count || !isGlue(b[end]) else { return nil }
        // Decode into 25 bytes (big-endian): version, 20-byte hash, 4-byte checksum.
        var bytes = [UInt8](repeating: 0, count: 25)
        for k in at..<end {
            var carry = Int(base58Value[Int(b[k])])
            for j in stride(from: 24, through: 0, by: -1) {
                carry += 58 * Int(bytes[j])
                bytes[j] = UInt8(carry & 0xFF)
                carry >>= 8
            }
            guard carry == 0 else { return nil }  // more than 25 bytes
        }
        guard base58Versions.contains(where: { $0.first == b[at] && $0.version == bytes[0] }) else { return nil }
        // (A leading `1` encodes a zero byte: the version byte of P2PKH.)
        var first = [UInt8](repeating: 0, count: 32), second = [UInt8](repeating: 0, count: 32)
        guard sha256(bytes, count: 21, into: &first), sha256(first, count: 32, into: &second) else { return nil }
        guard second[0] == bytes[21], second[1] == bytes[22], second[2] == bytes[23], second[3] == bytes[24] else { return nil }
        return at..<end
    }

    /// The first character and version byte of each base58check address kind: Bitcoin's P2PKH
    /// and P2SH, TRON's, Litecoin's (legacy and P2SH), Dogecoin's.
    static let base58Versions: [(first: UInt8, version: UInt8)] = [
        (UInt8(ascii: "1"), 0x00), (UInt8(ascii: "3"), 0x05), (UInt8(ascii: "T"), 0x41),
        (UInt8(ascii: "L"), 0x30), (UInt8(ascii: "M"), 0x32), (UInt8(ascii: "D"), 0x1E),
    ]

    private static func sha256(_ data: [UInt8], count: Int, into out: inout [UInt8]) -> Bool {
        var length: UInt32 = 0
        return data.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { output in
                EVP_Digest(input.baseAddress, count, output.baseAddress, &length, EVP_sha256(), nil) == 1 && length == 32
            }
        }
    }

    // MARK: - Bech32 / bech32m (BIP 173, BIP 350)

    private static let bech32Value: [Int8] = {
        var t = [Int8](repeating: -1, count: 256)
        for (value, x) in Array("qpzry9x8gf2tvdw0s3jn54khce6mua7l".utf8).enumerated() {
            t[Int(x)] = Int8(value)
            t[Int(ASCII.isLower(x) ? x - 0x20 : x)] = Int8(value)
        }
        return t
    }()

    private static let bech32Generators: [UInt32] = [0x3B6A_57B2, 0x2650_8E6D, 0x1EA1_19FA, 0x3D42_33DD, 0x2A14_62B3]

    static func bech32(_ b: Bytes, _ at: Int) -> Range<Int>? {
        let upper = b[at] == UInt8(ascii: "B")
        guard b[at + 1] | 0x20 == UInt8(ascii: "c"), b[at + 2] == UInt8(ascii: "1") else { return nil }
        var end = at + 3
        var sawUpper = false, sawLower = false
        while end < b.count, end - at <= 74, bech32Value[Int(b[end])] >= 0 {
            if ASCII.isUpper(b[end]) { sawUpper = true } else if ASCII.isLower(b[end]) { sawLower = true }
            end += 1
        }
        guard end - at >= 14, end - at <= 74, end == b.count || !isGlue(b[end]), !(sawUpper && sawLower),
              upper ? !sawLower && b[at + 1] == UInt8(ascii: "C") : !sawUpper && b[at + 1] == UInt8(ascii: "c") else { return nil }
        // polymod over the expanded human-readable part `bc` and the data.
        var chk: UInt32 = 1
        @inline(__always) func step(_ v: UInt32) {
            let top = chk >> 25
            chk = (chk & 0x1FF_FFFF) << 5 ^ v
            for i in 0..<5 where (top >> UInt32(i)) & 1 == 1 { chk ^= bech32Generators[i] }
        }
        let hrp: [UInt8] = [UInt8(ascii: "b"), UInt8(ascii: "c")]
        for x in hrp { step(UInt32(x >> 5)) }
        step(0)
        for x in hrp { step(UInt32(x & 31)) }
        for k in (at + 3)..<end { step(UInt32(bech32Value[Int(b[k])])) }
        guard chk == 1 || chk == 0x2BC8_30A3 else { return nil }
        return at..<end
    }
}
