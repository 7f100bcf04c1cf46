/// The `defaults:` block of one rule file: only the keys the file sets.
public struct PartialDefaults: Sendable, Hashable {
    /// `defaults.jwt_claims`, when the file sets it.
    public var jwtClaims: RuleAction?
    /// `defaults.fields`, when the file sets it.
    public var fields: FieldDefault?

    public init(jwtClaims: RuleAction? = nil, fields: FieldDefault? = nil) {
        self.jwtClaims = jwtClaims
        self.fields = fields
    }

    /// `base` with the keys this block sets replaced.
    public func applied(to base: RuleDefaults) -> RuleDefaults {
        var out = base
        if let jwtClaims { out.jwtClaims = jwtClaims }
        if let fields { out.fields = fields }
        return out
    }
}

/// One parsed rule file.
public struct RuleFile: Sendable {
    /// The path (or name) it was read from; used in locations.
    public var path: String
    /// The keys of `defaults:` this file sets.
    public var defaults: PartialDefaults
    /// The rules, in file order.
    public var rules: [Rule]
    /// The `tests:` entries, in file order.
    public var tests: [RuleTest]
    /// The keys of `policy:` (``AuditPolicy``, for `veil audit`) this file sets.
    public var policy: PartialPolicy

    public init(path: String, defaults: PartialDefaults = PartialDefaults(), rules: [Rule] = [], tests: [RuleTest] = [], policy: PartialPolicy = PartialPolicy()) {
        self.path = path
        self.defaults = defaults
        self.rules = rules
        self.tests = tests
        self.policy = policy
    }
}

/// The effective rules of a set of rule files.
///
/// Files are applied in load order. A rule whose `id` was already defined by an
/// earlier file replaces it, and takes the later file's position in ``rules``.
/// `defaults:` keys are overridden one by one by later files.
public struct RuleSet: Sendable {
    /// The effective rules, in load order after overrides.
    public var rules: [Rule]
    /// The effective defaults.
    public var defaults: RuleDefaults
    /// All tests of all files, in load order.
    public var tests: [RuleTest]
    /// The files the set was built from, in load order.
    public var files: [String]
    /// The effective token policy for `veil audit` (secure defaults, overridden key by key).
    public var policy = AuditPolicy.default

    /// Builds the effective set from parsed files, in the given order.
    public init(files: [RuleFile]) {
        var rules: [Rule] = []
        var defaults = RuleDefaults()
        var tests: [RuleTest] = []
        var policy = AuditPolicy.default
        for file in files {
            defaults = file.defaults.applied(to: defaults)
            policy = file.policy.applied(to: policy)  // local, assigned below
            for rule in file.rules {
                rules.removeAll { $0.id == rule.id }
                rules.append(rule)
            }
            tests.append(contentsOf: file.tests)
        }
        self.rules = rules
        self.defaults = defaults
        self.tests = tests
        self.files = files.map(\.path)
        self.policy = policy
    }

    /// Creates a set from rules built in code.
    public init(rules: [Rule], defaults: RuleDefaults = RuleDefaults(), tests: [RuleTest] = []) {
        self.rules = rules
        self.defaults = defaults
        self.tests = tests
        self.files = []
    }

    /// No rules, default defaults.
    public static let empty = RuleSet(files: [])

    /// The rule with this id, if any.
    public func rule(id: String) -> Rule? { rules.first { $0.id == id } }

    /// Loads rule files and directories, in the order given. A directory
    /// contributes its `*.yaml` and `*.yml` files (not hidden ones, not
    /// recursively) in byte-wise lexical order of their names.
    ///
    /// - Throws: every problem of every file, as ``VeilErrors``. A missing path is
    ///   an error.
    public static func load(paths: [String]) throws(VeilErrors) -> RuleSet {
        RuleSet(files: try loadFiles(paths: paths))
    }

    /// The parsed files `load(paths:)` combines, in load order.
    public static func loadFiles(paths: [String]) throws(VeilErrors) -> [RuleFile] {
        var errors: [VeilError] = []
        var parsed: [RuleFile] = []
        for path in paths {
            for file in ruleFilePaths([path], errors: &errors) {
                do throws(VeilError) {
                    let bytes = try FileSystem.readFile(file, limit: RuleLoader.maximumFileSize)
                    do throws(VeilErrors) {
                        parsed.append(try RuleLoader.parse(bytes: bytes, file: file))
                    } catch {
                        errors.append(contentsOf: error.errors)
                    }
                } catch {
                    errors.append(error)
                }
            }
        }
        guard errors.isEmpty else { throw VeilErrors(errors) }
        return parsed
    }

    /// The files `load(paths:)` reads, in order.
    package static func ruleFilePaths(_ paths: [String], errors: inout [VeilError]) -> [String] {
        var out: [String] = []
        for path in paths {
            switch FileSystem.kind(of: path) {
            case .file, .other:
                out.append(path)
            case .directory:
                do throws(VeilError) {
                    let names = try FileSystem.listDirectory(path)
                        .filter { !$0.hasPrefix(".") && ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) }
                        .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
                    for name in names {
                        let full = FileSystem.join(path, name)
                        if case .directory = FileSystem.kind(of: full) { continue }
                        out.append(full)
                    }
                } catch {
                    errors.append(error)
                }
            case .missing(let reason):
                errors.append(VeilError(
                    .io, "cannot read rules from '\(path)': \(reason)",
                    hint: "pass an existing rule file or a directory of *.yaml files"))
            }
        }
        return out
    }

    /// Parses one rule file's text. `file` is used in locations.
    public static func parse(yaml: String, file: String) throws(VeilErrors) -> RuleFile {
        try RuleLoader.parse(yaml: yaml, file: file)
    }
}
