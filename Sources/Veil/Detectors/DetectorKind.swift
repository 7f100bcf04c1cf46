/// The built-in detectors a rule can name with `detect:`.
///
/// Each detector finds candidate spans in bytes and validates them (checksums,
/// ranges, decoding) before reporting. The raw value is never stored in a finding.
public enum DetectorKind: String, CaseIterable, Sendable, Hashable, Comparable {
    /// JWS compact (3 parts, including unsecured `alg: none`) and JWE compact (5 parts).
    case jwt
    /// Opaque bearer tokens after `Bearer ` and token-style keys.
    case bearerToken = "bearer_token"
    /// `Authorization: Basic …` credentials.
    case basicAuth = "basic_auth"
    /// Cookie values in `Cookie:` and `Set-Cookie:` headers.
    case cookie
    /// Well-known API key formats: AWS, GitHub, Stripe, Slack (also webhooks), Discord webhooks, Google, GitLab, npm, SendGrid, OpenAI, Anthropic, PEM private keys.
    case apiKey = "api_key"
    /// Passwords in URL user-info (`scheme://user:password@host`).
    case urlPassword = "url_password"
    /// Passwords on command lines (`mysql -pPASS`, `sshpass -p PASS`), in logged statements
    /// (`WITH PASSWORD '…'`) and password hashes in modular crypt format (`$2b$12$…`, `$argon2id$…`).
    case commandLinePassword = "cli_password"
    /// User names in sshd / PAM / sudo phrasings (`for invalid user X from`, `session opened for user X`).
    case authLogUser = "auth_log_user"
    /// E-mail addresses (also `%40`-encoded).
    case email
    /// IPv4 addresses (octets 0–255), not version numbers or netmasks.
    case ipv4
    /// IPv6 addresses (full, compressed, IPv4-mapped).
    case ipv6
    /// Phone numbers: E.164 (`+` and 8–15 digits) and common national formats.
    case phone
    /// Payment card numbers: issuer prefix, length and Luhn checksum.
    case paymentCard = "payment_card"
    /// US social security numbers (`AAA-GG-SSSS`) outside the never-issued ranges.
    case usSSN = "us_ssn"
    /// IBANs: per-country length and mod-97 checksum.
    case iban
    /// Personal names in free text: a listed given name and a capitalised family name, or
    /// the words after an honorific (`Mr.`, `Dr.`).
    case personName = "person_name"
    /// Street addresses in free text: house number and street (`742 Evergreen Terrace`,
    /// `Hauptstraße 5`, `12 rue de la Paix`).
    case streetAddress = "street_address"
    /// MAC addresses in free text (`3c:22:fb:12:34:56`, `00-11-22-33-44-55`, `0011.2233.4455`).
    case macAddress = "mac_address"

    /// The type tag used in placeholders and pseudonyms when a rule sets none.
    public var defaultType: String {
        switch self {
        case .jwt: "jwt"
        case .bearerToken: "token"
        case .basicAuth: "credential"
        case .cookie: "cookie"
        case .apiKey: "api_key"
        case .urlPassword: "password"
        case .authLogUser: "username"
        case .commandLinePassword: "password"
        case .email: "email"
        case .ipv4, .ipv6: "ip"
        case .phone: "phone"
        case .paymentCard: "card"
        case .usSSN: "ssn"
        case .iban: "iban"
        case .personName: "name"
        case .streetAddress: "address"
        case .macAddress: "device_id"
        }
    }

    /// True for detectors whose matches are credentials: they are never kept raw,
    /// whatever a rule or a call-site attribute says.
    public var isCredential: Bool {
        switch self {
        case .jwt, .bearerToken, .basicAuth, .cookie, .apiKey, .urlPassword, .commandLinePassword: true
        default: false
        }
    }

    /// One line for `veil rules list`.
    public var summary: String {
        switch self {
        case .jwt: "JWS (3 parts, alg none too) and JWE (5 parts) compact tokens, decoded and summarised"
        case .bearerToken: "opaque tokens after 'Bearer ' and token=/access_token=-style keys"
        case .basicAuth: "Authorization: Basic credentials"
        case .cookie: "cookie values in Cookie: / Set-Cookie: headers"
        case .apiKey: "AWS, GitHub, Stripe, Slack, Discord webhook, Google, GitLab, npm, SendGrid, OpenAI, Anthropic, Azure AD client secrets, about 30 more vendors' keys, and PEM private keys"
        case .urlPassword: "passwords in URL user-info (scheme://user:password@host)"
        case .authLogUser: "user names in sshd/PAM/sudo/vsftpd messages, sign-in phrasings, command lines (docker login -u, psql -U, curl -u), access logs, AWS ARNs, Windows DOMAIN\\user accounts and home directories"
        case .commandLinePassword: "passwords on command lines (mysql -pPASS, sshpass -p PASS, --password PASS, curl -u user:PASS, ldapsearch -w PASS) in logged statements (PASSWORD '…', IDENTIFIED BY '…', Redis AUTH) and password hashes ($2b$…, $argon2id$…, $6$…)"
        case .email: "e-mail addresses (also %40-encoded, and VERP bounce addresses whole)"
        case .ipv4: "IPv4 addresses (not versions, netmasks, loopback); also dashed inside host names (ip-10-0-0-1)"
        case .ipv6: "IPv6 addresses (full, compressed, IPv4-mapped)"
        case .phone: "phone numbers: E.164 (also in SIP URIs and %2B-encoded), common national formats with extensions, and any country's national number after words such as sms, call, phone"
        case .paymentCard: "payment cards: issuer prefix, length and Luhn"
        case .usSSN: "US SSNs outside never-issued ranges"
        case .iban: "IBANs: country length and mod-97"
        case .personName: "names in free text: a listed given name (Jean-Luc, Élodie) and a capitalised family name (Victor Hugo, van Beethoven, Vigil Tamarit), or after Mr./Dr./Herr/Mme"
        case .streetAddress: "street addresses in free text: number and street (742 Evergreen Terrace, Hauptstraße 5, 12 rue de la Paix)"
        case .macAddress: "MAC addresses in free text (3c:22:fb:12:34:56, 00-11-22-33-44-55, Cisco's 0011.2233.4455), not longer hex runs"
        }
    }

    /// Precedence when two detectors claim overlapping bytes: lower wins.
    package var precedence: Int {
        switch self {
        case .jwt: 0
        case .apiKey: 1
        case .urlPassword: 2
        case .basicAuth: 3
        case .bearerToken: 4
        case .cookie: 5
        case .email: 6
        case .iban: 7
        case .paymentCard: 8
        case .usSSN: 9
        case .ipv6: 10
        case .ipv4: 11
        case .phone: 12
        case .authLogUser: 13
        case .commandLinePassword: 14
        case .personName: 15
        case .streetAddress: 16
        case .macAddress: 17
        }
    }

    public static func < (lhs: DetectorKind, rhs: DetectorKind) -> Bool { lhs.precedence < rhs.precedence }
}
