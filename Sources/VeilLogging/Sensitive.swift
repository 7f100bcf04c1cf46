public import Logging

/// A value that must never be printed: `description`, `debugDescription`, `dump` and
/// `Mirror` all show `<redacted>`, so logging it through any handler — Veil's or not,
/// in a message or in metadata — leaks nothing.
///
/// Veil's handlers recognise it in metadata (`.stringConvertible(sensitive)`, or
/// ``Logger/MetadataValue/sensitive(_:type:)``) and write the keyed pseudonym of the
/// wrapped value when a ``type`` is given, `[REDACTED:sensitive]` otherwise. Interpolated
/// into a message it is just `<redacted>`.
///
/// ```swift
/// let email = Sensitive(request.email, type: .email)
/// logger.info("login \(email)", metadata: ["user": .sensitive(request.email, type: .email)])
/// // message: "login <redacted>", user: "email~k1~…" (through Veil)
/// ```
public struct Sensitive<Value: Sendable>: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    private let value: Value
    /// The pseudonym type Veil's handlers use; nil means redact.
    public let type: PseudonymType?

    /// Wraps `value`; with a `type`, Veil's handlers pseudonymise it instead of redacting.
    public init(_ value: Value, type: PseudonymType? = nil) {
        self.value = value
        self.type = type
    }

    /// Always `<redacted>`.
    public var description: String { "<redacted>" }
    /// Always `Sensitive(<redacted>)`.
    public var debugDescription: String { "Sensitive(<redacted>)" }
    /// No children: reflection (`dump`, `Mirror`) does not reach the value.
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }

    /// Runs `body` with the wrapped value, for code that must use it (not for logging).
    public func withRevealedValue<R>(_ body: (Value) throws -> R) rethrows -> R { try body(value) }
}

/// What Veil's handlers read from a ``Sensitive`` without going through `description`.
protocol SensitiveValueBox {
    var veilRevealedBytes: [UInt8] { get }
    var veilType: PseudonymType? { get }
}

extension Sensitive: SensitiveValueBox {
    var veilRevealedBytes: [UInt8] { Array(String(describing: value).utf8) }
    var veilType: PseudonymType? { type }
}

extension Logger.MetadataValue {
    /// A metadata value that prints `<redacted>` everywhere; Veil's handlers pseudonymise
    /// it when `type` is given, redact it otherwise.
    public static func sensitive(_ value: some CustomStringConvertible & Sendable, type: PseudonymType? = nil) -> Logger.MetadataValue {
        .stringConvertible(Sensitive(value, type: type))
    }
}
