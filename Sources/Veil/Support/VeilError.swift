/// An error a user can act on: what is wrong, where, and a hint.
///
/// Rule-file errors carry a ``SourceLocation`` and print as
/// `file:line:column: error: message (hint)`, like a compiler.
public struct VeilError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of error, for programs.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        fileprivate enum Backing: String, Sendable, Hashable {
            case ruleSyntax, ruleSchema, unknownDetector, unknownAction, badPattern, badGlob
            case missingKey, weakKey, keyFile, limitExceeded, io, internalError
        }
        fileprivate var backing: Backing

        /// YAML that does not parse.
        public static let ruleSyntax = Code(backing: .ruleSyntax)
        /// A key, type or value that the rule schema does not allow.
        public static let ruleSchema = Code(backing: .ruleSchema)
        /// `detect:` names no built-in detector.
        public static let unknownDetector = Code(backing: .unknownDetector)
        /// `action:` names no action.
        public static let unknownAction = Code(backing: .unknownAction)
        /// `pattern:` is not a valid RE2 regex.
        public static let badPattern = Code(backing: .badPattern)
        /// `fields:` holds an invalid glob.
        public static let badGlob = Code(backing: .badGlob)
        /// A rule needs an HMAC key and none is loaded.
        public static let missingKey = Code(backing: .missingKey)
        /// A key is shorter than the minimum.
        public static let weakKey = Code(backing: .weakKey)
        /// A key file or credential cannot be read.
        public static let keyFile = Code(backing: .keyFile)
        /// A documented limit was exceeded.
        public static let limitExceeded = Code(backing: .limitExceeded)
        /// Reading or writing failed.
        public static let io = Code(backing: .io)
        /// A bug: please report it.
        public static let internalError = Code(backing: .internalError)

        public var description: String { backing.rawValue }
    }

    /// The kind of error.
    public var code: Code
    /// What is wrong.
    public var message: String
    /// How to fix it, when known.
    public var hint: String?
    /// Where, for rule-file errors.
    public var location: SourceLocation?

    /// Creates an error.
    public init(_ code: Code, _ message: String, hint: String? = nil, at location: SourceLocation? = nil) {
        self.code = code
        self.message = message
        self.hint = hint
        self.location = location
    }

    /// True for configuration errors (exit status 78 in the CLI).
    public var isConfiguration: Bool { code != .io && code != .internalError && code != .limitExceeded }

    public var description: String {
        var text = ""
        if let location { text += "\(location): " }
        text += "error: \(message)"
        if let hint { text += " (\(hint))" }
        return text
    }
}

/// Several errors found at once (e.g. every problem in a set of rule files).
public struct VeilErrors: Error, Sendable, CustomStringConvertible {
    /// The errors, in file order.
    public var errors: [VeilError]

    public init(_ errors: [VeilError]) { self.errors = errors }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
