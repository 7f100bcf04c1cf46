import Testing
@testable import Veil

/// Secrets named in prose without a separator, private keys under a key, and an AWS key pair
/// written with a slash between (stop 30: each was written raw).
@Suite("Secrets in prose: api key …, client secret …, private key: -----BEGIN …")
struct ProseSecretTests {
    @Test("a random-looking value after a secret's name in prose is redacted", arguments: [
        ("rate limit exceeded for api key ak_live_51HqLyjWDarjtT1zdp7dcXYZ", "ak_live_51HqLyjWDarjtT1zdp7dcXYZ", "rate limit exceeded for api key [REDACTED:secret]"),
        ("API key 3f9a1c0e7b5d4a2f8e6c1b0a9d8e7f6a rejected", "3f9a1c0e7b5d4a2f8e6c1b0a9d8e7f6a", "API key [REDACTED:secret] rejected"),
        ("API key abcd1234efgh5678ijkl9012 rejected", "abcd1234efgh5678ijkl9012", "API key [REDACTED:secret] rejected"),
        ("apikey Zx81Qw72Er63Ty54Ui45 invalid", "Zx81Qw72Er63Ty54Ui45", "apikey [REDACTED:secret] invalid"),
        // Vault's `operator init` output (stop 34).
        ("Unseal Key 1: 4jYbl2CBIv6SpkKj6Hos9iD32k5RfGkLzlosrrq/JgOm", "4jYbl2CBIv6SpkKj6Hos9iD32k5RfGkLzlosrrq/JgOm", "Unseal Key 1: [REDACTED:secret]"),
        ("Recovery Key 2: 8f3a1c9e7b2d4f6a0c5e8b1d3f7a9c2e", "8f3a1c9e7b2d4f6a0c5e8b1d3f7a9c2e", "Recovery Key 2: [REDACTED:secret]"),
        ("the api key is 'Zx81Qw72Er63Ty54Ui45'.", "Zx81Qw72Er63Ty54Ui45", "the api key is '[REDACTED:secret]'."),
        ("client secret Xy7_kP9mQ2wR5tZ8vB3nL6jH4gF1dS0a rotated", "Xy7_kP9mQ2wR5tZ8vB3nL6jH4gF1dS0a", "client secret [REDACTED:secret] rotated"),
        ("secret key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "secret key [REDACTED:secret]"),
        ("signing-key 9c1e5f0a7b3d2c8e4f6a1b0c9d8e7f6a5b4c3d2e", "9c1e5f0a7b3d2c8e4f6a1b0c9d8e7f6a5b4c3d2e", "signing-key [REDACTED:secret]"),
        ("access key AKIAIOSFODNN7EXAMPLE secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "access key [REDACTED:api_key] secret [REDACTED:secret]"),
    ])
    func redacted(_ line: String, _ secret: String, _ expected: String) {
        let out = FuzzRegressionTests.expectText(line, secret, replaced: true)
        #expect(out == expected, "\(out)")
    }

    @Test("names, words, paths and short values after those words stay", arguments: [
        "API key rejected for tenant 42",
        "api key rotation completed in 350ms",
        "Mounting secret default-token-x7k2p into pod web-5d8f",
        "Loaded secret projects/123456/secrets/db-password/versions/3",
        "secret abc123 too short",
        "monkey 3f9a1c0e7b5d4a2f8e6c1b0a9d8e7f6a",
        "turnkey Zx81Qw72Er63Ty54Ui45 deployed",
        "the key 3f9a1c0e7b5d4a2f8e6c1b0a9d8e7f6a was cached",
        "secret version 2024-06-01T10:00:00Z created",
        "Unseal Progress: 1/3", "Unseal Key 1: short",
    ])
    func kept(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }

    @Test("a private key block under a key is the value, spaces and all", arguments: [
        ("private key: -----BEGIN RSA PRIVATE KEY----- MIIEpAIBAAKCAQEA1c7abc -----END RSA PRIVATE KEY----- loaded", "MIIEpAIBAAKCAQEA1c7abc", "private key: [REDACTED:api_key] loaded"),
        ("ssh_key=-----BEGIN OPENSSH PRIVATE KEY----- b3BlbnNzaC1rZXktdjEAAAAABG5vbmU -----END OPENSSH PRIVATE KEY-----", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmU", "ssh_key=[REDACTED:api_key]"),
        ("user: -----BEGIN EC PRIVATE KEY----- MHcCAQEEIBkg4LVWM9nuwNSk3y", "MHcCAQEEIBkg4LVWM9nuwNSk3y", "user: [REDACTED:api_key]"),
    ])
    func privateKeyUnderKey(_ line: String, _ secret: String, _ expected: String) {
        let out = FuzzRegressionTests.expectText(line, secret, replaced: true)
        #expect(out == expected, "\(out)")
    }

    @Test("an AWS key id and its secret with a slash or a few separators between are one credential", arguments: [
        "AWS creds loaded: AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "AWS creds loaded: AKIAIOSFODNN7EXAMPLE/wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "AWS creds loaded: AKIAIOSFODNN7EXAMPLE, wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    ])
    func awsPair(_ line: String) {
        let out = FuzzRegressionTests.expectText(line, "wJalrXUtnFEMI", replaced: true)
        #expect(out == "AWS creds loaded: [REDACTED:api_key]", "\(out)")
    }
}
