import Testing
@testable import Veil

@Suite("CryptoAddressDetector") struct CryptoAddressDetectorTests {
    @Test("wallet addresses with valid checksums are found whole", arguments: [
        "0x742d35Cc6634C0532925a3b844Bc454e4438f44e",
        "0x742d35cc6634c0532925a3b844bc454e4438f44e",
        "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2",          // P2PKH
        "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",          // P2SH
        "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",  // P2WPKH, bech32
        "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4",  // BIP 173 test vector, upper case
        "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",  // P2TR, bech32m (BIP 350)
    ])
    func found(_ address: String) {
        let line = "sent to \(address) ok"
        let bytes = Array(line.utf8)
        let at = 8
        let r = bytes.withUnsafeBufferPointer { CryptoAddressDetector.match($0, at: at) }
        #expect(r == at..<(at + address.utf8.count), "\(address)")
        let out = FuzzRegressionTests.expectText(line, address, replaced: true)
        #expect(out.hasPrefix("sent to crypto_address~test~"), "\(out)")
    }

    @Test("look-alikes stay: wrong checksums, hashes, ordinals, glued words", arguments: [
        "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3",          // last character changed
        "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlx",  // checksum fails
        "Bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",  // mixed case
        "0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060",  // a transaction hash
        "0x742d35Cc6634C0532925a3b844Bc454e4438f4",    // 38 hex digits
        "0x0000000000000000000000000000000000000000",  // the zero address
        "x0x742d35Cc6634C0532925a3b844Bc454e4438f44e",
        "1st", "3rd", "1GB", "0x1234", "1ABCDEFGHJKLMNPQRSTUVWXYZab",
        "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    ])
    func kept(_ text: String) {
        let line = "id \(text) end"
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}

/// Base58check addresses of more chains (stop 37: a helper's probe of crypto-exchange logs).
@Suite("TRON, Litecoin and Dogecoin addresses")
struct MoreBase58AddressTests {
    @Test("a valid address is pseudonymised as a wallet", arguments: [
        "withdrawal to TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL", "ltc LVg2kJoFNg45Nbpy53h7Fe1wKyeXVRhMH9 x", "doge DH5yaieqoZN36fDVciNyRueRGvGLR3mr7L x",
    ])
    func valid(_ line: String) {
        #expect(FuzzRegressionTests.stable(line).contains("crypto_address~test~"))
    }

    @Test("a failed checksum or a word stays", arguments: [
        "to LM2WMpR1Rp6j3Sa59cMXMyMwXYUHbH1m4N ok", "The Loading Manager Done TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeM",
    ])
    func invalid(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}
