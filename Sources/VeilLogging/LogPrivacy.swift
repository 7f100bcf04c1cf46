public import Logging
import Synchronization

/// The type of a pseudonym: the HMAC's domain separation and the tag in the output
/// (`email~k1~…`). Built-in types normalise their values first (emails case-folded,
/// IPs canonical, phone numbers as digits …); any other name is hashed as given.
///
/// ```swift
/// logger.info("login", metadata: ["user": "\(email, privacy: .pseudonymized(.email))"])
/// logger.info("order", metadata: ["customer": "\(id, privacy: .pseudonymized("customer"))"])
/// ```
public struct PseudonymType: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The type name: lowercase ASCII letters, digits, `_` and `-` (other bytes become `_`), at most 32 bytes.
    public let name: String

    /// A type named `name` (normalised as described on ``name``; empty becomes `custom`).
    public init(_ name: String) {
        var bytes: [UInt8] = []
        for b in name.utf8.prefix(32) {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
                bytes.append(b)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                bytes.append(b + 0x20)
            default:
                bytes.append(UInt8(ascii: "_"))
            }
        }
        self.name = bytes.isEmpty ? "custom" : String(decoding: bytes, as: UTF8.self)
    }

    public init(stringLiteral value: String) { self.init(value) }

    public var description: String { name }

    /// An email address (case-folded before hashing).
    public static let email = PseudonymType("email")
    /// An IPv4 or IPv6 address.
    public static let ip = PseudonymType("ip")
    /// A user name or login.
    public static let username = PseudonymType("username")
    /// A phone number (digits only before hashing).
    public static let phone = PseudonymType("phone")
    /// A person's name.
    public static let name = PseudonymType("name")
    /// A host name.
    public static let host = PseudonymType("host")
    /// An opaque user identifier.
    public static let userID = PseudonymType("user_id")

    // MARK: Attribute encoding

    /// Built-in types have fixed codes; other names are registered on first use.
    static let builtins: [String] = ["email", "ip", "username", "phone", "name", "host", "user_id"]
    static let registry = Mutex<[String]>([])
    static let customBase: Int64 = 1 << 16
    /// Bounds the registry: names beyond it share one code and decode as `custom`.
    static let maximumCustomTypes = 1024

    var code: Int64 {
        if let i = Self.builtins.firstIndex(of: name) { return Int64(i + 1) }
        return Self.registry.withLock { names in
            if let i = names.firstIndex(of: name) { return Self.customBase + Int64(i) }
            guard names.count < Self.maximumCustomTypes else { return 0 }
            names.append(name)
            return Self.customBase + Int64(names.count - 1)
        }
    }

    init(code: Int64) {
        if code >= 1, code <= Int64(Self.builtins.count) {
            self.name = Self.builtins[Int(code - 1)]
        } else if code >= Self.customBase {
            let index = Int(code - Self.customBase)
            self.name = Self.registry.withLock { index < $0.count ? $0[index] : "custom" }
        } else {
            self.name = "custom"
        }
    }
}

/// Privacy of one metadata value, set at the call site with swift-log's metadata value
/// attributes (SLG-0004) and honoured by Veil's handlers (``RedactingLogHandler``,
/// ``JournaldLogHandler``):
///
/// - ``public``: not scanned by the PII detectors (emails, IPs, names … stay), **but the
///   credential detectors and the rule pack's field rules still run** — a token marked
///   `.public` is never written raw.
/// - ``private``: replaced by `[REDACTED:private]`.
/// - ``pseudonymized(_:)``: replaced by the engine's keyed pseudonym of the value for that
///   type (`email~k1~…`), or `[REDACTED:type]` if no key is loaded.
///
/// A value without the attribute is scrubbed by the rules like any other. The attribute
/// covers the whole metadata value (swift-log attaches attributes to values, not to
/// parts of a string), so interpolate one value per metadata key:
///
/// ```swift
/// logger.info("login", metadata: [
///     "email": "\(email, privacy: .pseudonymized(.email))",
///     "plan": "\(plan, privacy: .public)",
///     "note": "\(note, privacy: .private)",
/// ])
/// // or without interpolation:
/// let value = Logger.MetadataValue.veil(email, privacy: .pseudonymized(.email))
/// ```
///
/// Other handlers ignore the attribute (attributes are classifications, not enforcement):
/// wrap them in ``RedactingLogHandler``, or use ``Sensitive`` for values that must not
/// leak through any handler.
public struct LogPrivacy: Logger.MetadataValueAttributes.Attribute, Hashable, Sendable, CustomStringConvertible {
    /// The encoded attribute: the kind in the low 8 bits, the pseudonym type's code above.
    public let rawValue: Int64

    /// Decodes an attribute; nil for an unknown kind.
    public init?(rawValue: Int64) {
        guard (1...3).contains(rawValue & 0xFF) else { return nil }
        self.rawValue = rawValue
    }

    private init(kind: Int64, code: Int64 = 0) { rawValue = kind | code << 8 }

    /// Not scanned for PII; credentials are still redacted.
    public static let `public` = LogPrivacy(kind: 1)
    /// Redacted: `[REDACTED:private]`.
    public static let `private` = LogPrivacy(kind: 2)
    /// Replaced by the keyed pseudonym of the value, for `type`.
    public static func pseudonymized(_ type: PseudonymType) -> LogPrivacy { LogPrivacy(kind: 3, code: type.code) }

    /// What the attribute asks for.
    public enum Kind: Sendable, Hashable {
        case `public`, `private`
        case pseudonymized(PseudonymType)
    }

    /// The decoded kind.
    public var kind: Kind {
        switch rawValue & 0xFF {
        case 1: .public
        case 3: .pseudonymized(PseudonymType(code: rawValue >> 8))
        default: .private
        }
    }

    public var description: String {
        switch kind {
        case .public: "public"
        case .private: "private"
        case .pseudonymized(let t): "pseudonymized(\(t))"
        }
    }
}

extension Logger.MetadataValue.StringInterpolation {
    /// Interpolates `value` and marks the whole metadata value with `privacy`:
    /// `"\(email, privacy: .pseudonymized(.email))"`.
    public mutating func appendInterpolation<T>(_ value: T, privacy: LogPrivacy) {
        var attributes = Logger.MetadataValueAttributes()
        attributes[LogPrivacy.self] = privacy
        appendInterpolation(value, attributes: attributes)
    }
}

extension Logger.MetadataValue {
    /// A metadata value carrying a ``LogPrivacy`` attribute.
    public static func veil(_ value: some CustomStringConvertible & Sendable, privacy: LogPrivacy) -> Logger.MetadataValue {
        var attributes = Logger.MetadataValueAttributes()
        attributes[LogPrivacy.self] = privacy
        return .attributed(value, attributes: attributes)
    }
}
