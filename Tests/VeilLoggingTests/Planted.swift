import Logging
import Veil

/// Planted secrets: none of these may appear in anything a handler forwards or writes.
enum Planted {
    static let jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
    static let jwtSignature = "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
    static let email = "jane.doe@example.com"
    static let password = "hunter2-Sup3rSecret"
    static let providerEmail = "provider.user@example.org"
    static let errorEmail = "error.owner@example.net"

    /// Raw values that must never survive.
    static let all = [jwt, jwtSignature, email, password, providerEmail, errorEmail]

    static let scrubber: Scrubber = try! Scrubber(rules: .default, keys: .test)

    static func pseudonym(_ value: String, _ type: String) -> String {
        Pseudonymizer(keys: .test).pseudonym(of: Array(value.utf8), type: type)!
    }
}

/// An error whose description carries PII and a token.
struct LoginFailure: Error, CustomStringConvertible, Sendable {
    var description: String { "login failed for \(Planted.errorEmail) with token \(Planted.jwt)" }
}

extension Logger.MetadataValue {
    /// Everything in the value, flattened, for "no raw secret anywhere" checks.
    var flattened: String {
        switch self {
        case .string(let s): s
        case .stringConvertible(let c): c.description
        case .array(let items): items.map(\.flattened).joined(separator: " ")
        case .dictionary(let d): d.map { "\($0.key)=\($0.value.flattened)" }.joined(separator: " ")
        }
    }
}
