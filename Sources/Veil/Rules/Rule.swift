/// One rule from a rule file: what to find (one matcher) and what to do with it.
public struct Rule: Sendable {
    /// Unique id. A later file's rule with the same id replaces the earlier one.
    public var id: String
    /// Free text for humans (`veil rules list`).
    public var description: String
    /// What the rule finds.
    public var matcher: RuleMatcher
    /// What happens to what it finds.
    public var action: RuleAction
    /// The type tag for placeholders and pseudonyms (`[REDACTED:type]`, `type~k1~…`).
    /// When nil, the detector's ``DetectorKind/defaultType`` or the rule id is used.
    public var type: String?
    /// Where the rule was defined.
    public var location: SourceLocation

    /// Creates a rule.
    public init(
        id: String,
        description: String = "",
        matcher: RuleMatcher,
        action: RuleAction,
        type: String? = nil,
        location: SourceLocation = .unknown
    ) {
        self.id = id
        self.description = description
        self.matcher = matcher
        self.action = action
        self.type = type
        self.location = location
    }

    /// The type tag this rule writes.
    public var effectiveType: String {
        if let type { return type }
        if case .detector(let kind) = matcher { return kind.defaultType }
        return id
    }
}

/// The one matcher of a rule.
public enum RuleMatcher: Sendable {
    /// `detect:` a built-in, validating detector.
    case detector(DetectorKind)
    /// `pattern:` an RE2 regex (linear time). With a capturing group, only group 1 is replaced.
    case pattern(RegexPattern)
    /// `fields:` glob paths over structured keys (`headers.authorization`, `**.password`).
    case fields([FieldGlob])
    /// `jwt_claims:` claim names or paths (`email`, `address.street_address`).
    case jwtClaims([[String]])
}

/// What a rule does with a match.
public enum RuleAction: Sendable, Hashable {
    /// Replace with a typed placeholder `[REDACTED:type]`.
    case redact
    /// Replace with a keyed HMAC-SHA256 pseudonym `type~keyid~digest` (needs a key).
    case pseudonymize
    /// Replace characters with a mask, keeping some at the ends.
    case mask(MaskOptions)
    /// Leave the value as it is (an explicit allow-list entry). Credentials are never kept.
    case keep
    /// Remove the value (text: the span; structured: the field; JWT: the claim).
    case drop

    /// The action's name as written in rule files.
    public var name: String {
        switch self {
        case .redact: "redact"
        case .pseudonymize: "pseudonymize"
        case .mask: "mask"
        case .keep: "keep"
        case .drop: "drop"
        }
    }

    /// True when the action needs an HMAC key.
    public var needsKey: Bool { self == .pseudonymize }
}

/// Options of the `mask` action.
public struct MaskOptions: Sendable, Hashable {
    /// Characters (bytes) kept at the start.
    public var keepFirst: Int
    /// Characters (bytes) kept at the end.
    public var keepLast: Int
    /// The mask character (ASCII).
    public var character: UInt8
    /// Keep separators (space, `-`, `.`) in place so the shape stays readable.
    public var preserveSeparators: Bool

    /// Creates mask options. The default keeps the last 4 characters.
    public init(keepFirst: Int = 0, keepLast: Int = 4, character: UInt8 = UInt8(ascii: "*"), preserveSeparators: Bool = true) {
        self.keepFirst = keepFirst
        self.keepLast = keepLast
        self.character = character
        self.preserveSeparators = preserveSeparators
    }
}

/// A position in a rule file, for error messages (`file:line:column`, 1-based).
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// A location for rules built in code.
    public static let unknown = SourceLocation(file: "<code>", line: 0, column: 0)

    public var description: String { "\(file):\(line):\(column)" }
}

/// What happens to JWT claims and structured fields that no rule names.
public struct RuleDefaults: Sendable, Hashable {
    /// For JWT claims no `jwt_claims:` rule names. Never `keep` unless a file says so.
    public var jwtClaims: RuleAction
    /// For structured fields no `fields:` rule names.
    public var fields: FieldDefault

    public init(jwtClaims: RuleAction = .drop, fields: FieldDefault = .scan) {
        self.jwtClaims = jwtClaims
        self.fields = fields
    }
}

/// The default for structured fields no rule names.
public enum FieldDefault: String, Sendable, Hashable {
    /// Scan the value with the detectors (the default).
    case scan
    /// Replace every unnamed field value with a placeholder.
    case redact
    /// Remove every unnamed field.
    case drop
}

/// A test case written in a rule file under `tests:`.
public struct RuleTest: Sendable {
    /// Optional name shown in reports.
    public var name: String?
    /// The input line.
    public var input: String
    /// The exact expected output under the fixed test key, if given.
    public var expect: String?
    /// Strings that must not appear in the output.
    public var mustNotContain: [String]
    /// How to read the input: text, json or logfmt (default: auto per line).
    public var format: InputFormat
    /// Where the test was defined.
    public var location: SourceLocation

    public init(name: String? = nil, input: String, expect: String? = nil, mustNotContain: [String] = [], format: InputFormat = .auto, location: SourceLocation = .unknown) {
        self.name = name
        self.input = input
        self.expect = expect
        self.mustNotContain = mustNotContain
        self.format = format
        self.location = location
    }
}

/// How a line is interpreted.
public enum InputFormat: String, Sendable, Hashable, CaseIterable {
    /// JSON object lines are scrubbed as JSON, logfmt lines as logfmt, the rest as text.
    case auto
    /// Free text.
    case text
    /// One JSON value per line.
    case json
    /// logfmt `key=value` pairs.
    case logfmt
}
