import COpenSSL

/// A Bitcoin-family private key in Wallet Import Format (WIF): base58check of version `0x80`
/// (mainnet; `0xEF` testnet), the 32-byte key, an optional `0x01` (compressed), and a 4-byte
/// double-SHA-256 checksum — 51 characters starting `5` (`9` on testnet), or 52 starting `K`,
/// `L` (`c`). The checksum is verified, so a random run of base58 never matches. A private key
/// is a credential: it takes the command-line password detector's rule (redacted).
package enum WalletPrivateKeyDetector {
    package static func match(_ b: Bytes, at: Int) -> Range<Int>? {
        let n = b.count
        let first = b[at]
        let length: Int
        switch first {
        case UInt8(ascii: "5"), UInt8(ascii: "9"): length = 51
        case UInt8(ascii: "K"), UInt8(ascii: "L"), UInt8(ascii: "c"): length = 52
        default: return nil
        }
        guard at + length <= n, at == 0 || !ASCII.isAlnum(b[at - 1]) else { return nil }
        let end = at + length
        guard end == n || !ASCII.isAlnum(b[end]) else { return nil }
        let bytesCount = length == 51 ? 37 : 38
        var bytes = [UInt8](repeating: 0, count: bytesCount)
        for k in at..<end {
            let value = CryptoAddressDetector.base58Value[Int(b[k])]
            guard value >= 0 else { return nil }
            var carry = Int(value)
            for j in stride(from: bytesCount - 1, through: 0, by: -1) {
                carry += 58 * Int(bytes[j])
                bytes[j] = UInt8(carry & 0xFF)
                carry >>= 8
            }
            guard carry == 0 else { return nil }
        }
        guard bytes[0] == 0x80 || bytes[0] == 0xEF, bytesCount == 37 || bytes[33] == 0x01 else { return nil }
        var once = [UInt8](repeating: 0, count: 32), twice = [UInt8](repeating: 0, count: 32)
        var size: UInt32 = 0
        let payload = bytesCount - 4
        let ok = bytes.withUnsafeBufferPointer { input in
            once.withUnsafeMutableBufferPointer { EVP_Digest(input.baseAddress, payload, $0.baseAddress, &size, EVP_sha256(), nil) == 1 }
        } && once.withUnsafeBufferPointer { input in
            twice.withUnsafeMutableBufferPointer { EVP_Digest(input.baseAddress, 32, $0.baseAddress, &size, EVP_sha256(), nil) == 1 }
        }
        guard ok, twice[0] == bytes[payload], twice[1] == bytes[payload + 1], twice[2] == bytes[payload + 2], twice[3] == bytes[payload + 3] else { return nil }
        return at..<end
    }
}
