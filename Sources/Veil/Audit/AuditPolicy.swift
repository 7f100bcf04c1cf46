/// The token policy `veil audit` checks, set by the `policy:` block of rule files.
///
/// Every default is the secure choice: asymmetric signatures, `exp`, `aud` and
/// `iss` required, access tokens living at most 15 minutes, the OIDC personal
/// claims flagged when they travel in a JWS payload (readable by anyone who
/// sees the token).
public struct AuditPolicy: Sendable, Hashable {
    /// Flag `HS256`/`HS384`/`HS512` tokens: a shared secret lets every verifier mint tokens.
    public var requireAsymmetric = true
    /// Longest `exp − iat` of an access token, in seconds (default 900 = 15 minutes).
    public var maxAccessTokenLifetime = 900
    /// Longest `exp − iat` of an ID token (one with `nonce`, `at_hash` or `c_hash`), in seconds.
    public var maxIDTokenLifetime = 3600
    /// Flag tokens without `exp`.
    public var requireExp = true
    /// Flag tokens without `aud`.
    public var requireAud = true
    /// Flag tokens without `iss`.
    public var requireIss = true
    /// Seconds of clock skew allowed before a token counts as expired at log time.
    public var clockSkew = 60
    /// Claims that are personal data when found in a JWS payload (top-level names).
    public var piiClaims: [String] = AuditPolicy.defaultPIIClaims

    /// The OIDC standard claims that identify or describe a person (OpenID Connect Core §5.1), plus Azure AD's `upn`/`unique_name`.
    public static let defaultPIIClaims = [
        "email", "phone_number", "name", "given_name", "family_name", "middle_name", "nickname",
        "preferred_username", "address", "birthdate", "gender", "picture", "upn", "unique_name",
    ]

    /// The secure defaults.
    public init() {}

    /// The secure defaults.
    public static let `default` = AuditPolicy()
}

/// The `policy:` block of one rule file: only the keys the file sets.
/// Later files override earlier ones key by key, like `defaults:`.
public struct PartialPolicy: Sendable, Hashable {
    public var requireAsymmetric: Bool?
    public var maxAccessTokenLifetime: Int?
    public var maxIDTokenLifetime: Int?
    public var requireExp: Bool?
    public var requireAud: Bool?
    public var requireIss: Bool?
    public var clockSkew: Int?
    public var piiClaims: [String]?

    public init() {}

    /// `base` with the keys this block sets replaced.
    public func applied(to base: AuditPolicy) -> AuditPolicy {
        var out = base
        if let requireAsymmetric { out.requireAsymmetric = requireAsymmetric }
        if let maxAccessTokenLifetime { out.maxAccessTokenLifetime = maxAccessTokenLifetime }
        if let maxIDTokenLifetime { out.maxIDTokenLifetime = maxIDTokenLifetime }
        if let requireExp { out.requireExp = requireExp }
        if let requireAud { out.requireAud = requireAud }
        if let requireIss { out.requireIss = requireIss }
        if let clockSkew { out.clockSkew = clockSkew }
        if let piiClaims { out.piiClaims = piiClaims }
        return out
    }

    /// Parses a duration: a whole number of seconds, or digits with a unit
    /// `s`, `m`, `h` or `d` (`900`, `90s`, `15m`, `1h`, `7d`). Nil when invalid.
    public static func parseDuration(_ text: String) -> Int? {
        var digits = Substring(text)
        var scale = 1
        switch text.last {
        case "s": scale = 1
        case "m": scale = 60
        case "h": scale = 3600
        case "d": scale = 86400
        default: scale = 0
        }
        if scale > 0 { digits = digits.dropLast() } else { scale = 1 }
        guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(digits) else { return nil }
        return n * scale
    }
}
