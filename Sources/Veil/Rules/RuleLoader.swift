import Yams

/// Reads version-1 rule files (YAML) into the rule model, collecting every
/// problem of a file with its `file:line:column`.
package enum RuleLoader {
    /// Rule files larger than this are refused.
    package static let maximumFileSize = 16 << 20

    /// The keys each mapping of a rule file allows.
    package static let topKeys = ["version", "defaults", "rules", "tests", "policy"]
    package static let policyKeys = ["require_asymmetric", "max_access_token_lifetime", "max_id_token_lifetime", "require_exp", "require_aud", "require_iss", "clock_skew", "pii_claims"]
    package static let defaultsKeys = ["jwt_claims", "fields"]
    package static let ruleKeys = ["id", "description", "detect", "pattern", "case_insensitive", "fields", "jwt_claims", "action", "type", "mask"]
    package static let matcherKeys = ["detect", "pattern", "fields", "jwt_claims"]
    package static let maskKeys = ["keep_last", "keep_first", "char", "preserve_separators"]
    package static let testKeys = ["name", "input", "expect", "must_not_contain", "format"]
    package static let actionNames = ["redact", "pseudonymize", "mask", "keep", "drop"]
    package static let jwtDefaultNames = ["drop", "redact", "pseudonymize", "keep"]

    /// Parses a file's bytes, which must be UTF-8.
    package static func parse(bytes: [UInt8], file: String) throws(VeilErrors) -> RuleFile {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw VeilErrors([VeilError(
                .ruleSyntax, "the file is not valid UTF-8",
                hint: "save rule files as UTF-8",
                at: invalidUTF8Location(bytes, file: file))])
        }
        return try parse(yaml: text, file: file)
    }

    /// Parses a file's text.
    package static func parse(yaml: String, file: String) throws(VeilErrors) -> RuleFile {
        var parser = RuleFileParser(file: file)
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            throw VeilErrors([parser.syntaxError(error, yaml: yaml)])
        }
        let result = parser.parseFile(root)
        guard parser.errors.isEmpty else { throw VeilErrors(parser.errors) }
        return result
    }

    private static func invalidUTF8Location(_ bytes: [UInt8], file: String) -> SourceLocation {
        var line = 1, column = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s):
                if s == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput, .error:
                break loop
            }
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}

/// One key/value pair of a mapping.
private struct Entry {
    let key: String
    let keyNode: Node
    let value: Node
}

/// The known keys of a mapping, in document order.
private struct Entries {
    var list: [Entry] = []
    /// Allowed keys that an unknown key's hint suggested: their absence is not
    /// reported again.
    var suggested: Set<String> = []
    subscript(key: String) -> Entry? { list.first { $0.key == key } }
}

/// The state of parsing one file.
private struct RuleFileParser {
    let file: String
    var errors: [VeilError] = []

    init(file: String) { self.file = file }

    // MARK: Errors

    func location(_ node: Node) -> SourceLocation {
        location(node.mark)
    }

    func location(_ mark: Mark?) -> SourceLocation {
        SourceLocation(file: file, line: max(mark?.line ?? 1, 1), column: max(mark?.column ?? 1, 1))
    }

    mutating func fail(_ code: VeilError.Code, _ message: String, hint: String?, at node: Node) {
        errors.append(VeilError(code, message, hint: hint, at: location(node)))
    }

    static let syntaxHint = "check the indentation, and quote values that contain ': ' or ' #' or start with '*', '&', '!', '{', '[', '@' or '`'"

    func syntaxError(_ error: any Error, yaml: String) -> VeilError {
        guard let error = error as? YamlError else {
            return VeilError(.ruleSyntax, "invalid YAML: \(error)", hint: Self.syntaxHint, at: location(nil))
        }
        func context(_ c: YamlError.Context?) -> String {
            guard let c else { return "" }
            return " (\(c.text) at line \(c.mark.line), column \(c.mark.column))"
        }
        switch error {
        case .scanner(let c, let problem, let mark, _), .parser(let c, let problem, let mark, _), .composer(let c, let problem, let mark, _):
            return VeilError(.ruleSyntax, "invalid YAML: \(problem)\(context(c))", hint: Self.syntaxHint, at: location(mark))
        case .reader(let problem, let offset, _, _):
            var line = 1, column = 1
            if let offset {
                for ch in yaml.prefix(offset) {
                    if ch == "\n" || ch == "\r\n" { line += 1; column = 1 } else { column += ch.unicodeScalars.count }
                }
            }
            return VeilError(.ruleSyntax, "invalid YAML: \(problem)", hint: "rule files are UTF-8 text without control characters", at: SourceLocation(file: file, line: line, column: column))
        case .duplicatedKeysInMapping(let duplicates, let c):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            var at = location(c.mark)
            if let (line, column) = duplicates.first.flatMap({ Self.repeatedKeyPosition($0, after: c.mark, in: yaml) }) {
                at = SourceLocation(file: file, line: line, column: column)
            }
            return VeilError(.ruleSyntax, "duplicate key \(keys) in a mapping", hint: "each key may appear once in a mapping; for several rules, add more entries to the 'rules' list", at: at)
        default:
            return VeilError(.ruleSyntax, "invalid YAML: \(error)", hint: Self.syntaxHint, at: location(nil))
        }
    }

    /// Yams reports a duplicated key at its first occurrence; in a block mapping
    /// the repetition is at the same column further down: point there instead.
    static func repeatedKeyPosition(_ key: String, after first: Mark, in yaml: String) -> (Int, Int)? {
        var lineNumber = 0
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            guard lineNumber > first.line else { continue }
            let scalars = Array(line.unicodeScalars)
            let start = first.column - 1
            guard start >= 0, start < scalars.count else { continue }
            // Only indentation (or a sequence dash) before the key.
            guard scalars[..<start].allSatisfy({ $0 == " " || $0 == "-" }) else { continue }
            let rest = String(String.UnicodeScalarView(scalars[start...]))
            guard rest.hasPrefix(key) else { continue }
            let after = rest.dropFirst(key.count).drop { $0 == " " }
            if after.first == ":" { return (lineNumber, first.column) }
        }
        return nil
    }

    // MARK: Node helpers

    static func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar:
            switch node.tag.rawValue {
            case Tag.Name.null.rawValue: return "null"
            case Tag.Name.bool.rawValue: return "a boolean"
            case Tag.Name.int.rawValue: return "an integer"
            case Tag.Name.float.rawValue: return "a number"
            default: return "a string"
            }
        }
    }

    static func isNull(_ node: Node) -> Bool {
        if case .scalar = node { return node.tag.rawValue == Tag.Name.null.rawValue }
        return false
    }

    /// The known keys of `node`, reporting a non-mapping, non-string keys and
    /// unknown keys (with a hint).
    mutating func entries(_ node: Node, label: String, what: String, allowed: [String], special: (String) -> String? = { _ in nil }) -> Entries? {
        guard case .mapping(let mapping) = node else {
            fail(.ruleSchema, "\(label): expected a mapping, found \(Self.describe(node))", hint: "allowed keys in \(what): \(allowed.joined(separator: ", "))", at: node)
            return nil
        }
        var out = Entries()
        for (keyNode, value) in mapping {
            guard case .scalar(let scalar) = keyNode, !Self.isNull(keyNode) else {
                fail(.ruleSchema, "keys in \(what) must be strings, found \(Self.describe(keyNode))", hint: "allowed keys: \(allowed.joined(separator: ", "))", at: keyNode)
                continue
            }
            let key = scalar.string
            guard allowed.contains(key) else {
                let hint: String
                if let h = special(key) {
                    hint = h
                } else if let s = Suggestions.suggest(key, among: allowed, synonyms: Suggestions.keySynonyms) {
                    hint = "did you mean '\(s)'?"
                    out.suggested.insert(s)
                } else {
                    hint = "allowed keys: \(allowed.joined(separator: ", "))"
                }
                fail(.ruleSchema, "unknown key '\(key)' in \(what)", hint: hint, at: keyNode)
                continue
            }
            out.list.append(Entry(key: key, keyNode: keyNode, value: value))
        }
        return out
    }

    /// A scalar as a string (any scalar but null).
    mutating func string(_ entry: Entry) -> String? {
        string(entry.value, label: "'\(entry.key)'")
    }

    mutating func string(_ node: Node, label: String) -> String? {
        guard case .scalar(let scalar) = node, !Self.isNull(node) else {
            fail(.ruleSchema, "\(label): expected a string, found \(Self.describe(node))", hint: "write one value, quoted if it contains special characters", at: node)
            return nil
        }
        return scalar.string
    }

    mutating func bool(_ entry: Entry) -> Bool? {
        if case .scalar = entry.value, entry.value.tag.rawValue == Tag.Name.bool.rawValue, let b = entry.value.bool { return b }
        fail(.ruleSchema, "'\(entry.key)': expected true or false, found \(Self.describe(entry.value))", hint: "write \(entry.key): true or \(entry.key): false", at: entry.value)
        return nil
    }

    mutating func nonNegativeInt(_ entry: Entry) -> Int? {
        guard case .scalar = entry.value, entry.value.tag.rawValue == Tag.Name.int.rawValue else {
            fail(.ruleSchema, "'\(entry.key)': expected an integer, found \(Self.describe(entry.value))", hint: "write a whole number, e.g. \(entry.key): 4", at: entry.value)
            return nil
        }
        guard let n = entry.value.int, n <= 1 << 20 else {
            fail(.ruleSchema, "'\(entry.key)' is too large", hint: "it counts characters kept in clear", at: entry.value)
            return nil
        }
        guard n >= 0 else {
            fail(.ruleSchema, "'\(entry.key)' must be 0 or more, found \(n)", hint: "it counts characters kept in clear", at: entry.value)
            return nil
        }
        return n
    }

    /// A list, where null counts as empty.
    mutating func list(_ entry: Entry) -> [Node]? {
        if Self.isNull(entry.value) { return [] }
        guard case .sequence(let seq) = entry.value else {
            fail(.ruleSchema, "'\(entry.key)': expected a list, found \(Self.describe(entry.value))", hint: "write the entries one per line, each starting with '- '", at: entry.value)
            return nil
        }
        return Array(seq)
    }

    /// A single string or a non-empty list of strings, with each value's node.
    mutating func strings(_ entry: Entry, example: String, allowNested: Bool = false) -> [(String, Node)]? {
        var items: [Node]
        switch entry.value {
        case .sequence(let seq): items = Array(seq)
        case .scalar where !Self.isNull(entry.value): items = [entry.value]
        default:
            fail(.ruleSchema, "'\(entry.key)': expected a string or a list of strings, found \(Self.describe(entry.value))", hint: "e.g. \(example)", at: entry.value)
            return nil
        }
        if items.isEmpty {
            fail(.ruleSchema, "'\(entry.key)' is empty", hint: "list at least one entry, e.g. \(example)", at: entry.value)
            return nil
        }
        var out: [(String, Node)] = []
        var ok = true
        for item in items {
            if case .sequence = item, allowNested { out.append(("", item)); continue }
            if let s = string(item, label: "each entry of '\(entry.key)'") { out.append((s, item)) } else { ok = false }
        }
        return ok ? out : nil
    }

    // MARK: File

    mutating func parseFile(_ root: Node?) -> RuleFile {
        var out = RuleFile(path: file)
        guard let root else {
            errors.append(VeilError(.ruleSchema, "the rule file is empty", hint: "a rule file starts with 'version: 1' and has a 'rules:' list", at: location(nil)))
            return out
        }
        guard let top = entries(root, label: "the rule file", what: "a rule file", allowed: RuleLoader.topKeys, special: { key in
            RuleLoader.ruleKeys.contains(key) ? "rule keys go into entries of the 'rules:' list" : nil
        }) else { return out }

        if let v = top["version"] {
            if case .scalar(let s) = v.value, s.string == "1" {
                // supported
            } else if case .scalar = v.value, v.value.tag.rawValue == Tag.Name.int.rawValue {
                fail(.ruleSchema, "unsupported rule file version \(v.value.int.map(String.init) ?? "?")", hint: "this version of veil reads 'version: 1' files", at: v.value)
            } else {
                fail(.ruleSchema, "'version': expected an integer, found \(Self.describe(v.value))", hint: "write version: 1", at: v.value)
            }
        } else if !top.suggested.contains("version") {
            fail(.ruleSchema, "the rule file has no 'version'", hint: "add 'version: 1' at the top of the file", at: root)
        }

        if let d = top["defaults"] {
            out.defaults = parseDefaults(d.value)
        }

        if let p = top["policy"] {
            out.policy = parsePolicy(p.value)
        }

        if let r = top["rules"], let items = list(r) {
            var seen: [String: SourceLocation] = [:]
            for item in items {
                guard let (rule, idNode) = parseRule(item) else { continue }
                if let first = seen[rule.id] {
                    fail(.ruleSchema, "duplicate rule id '\(rule.id)'", hint: "first defined at line \(first.line), column \(first.column); ids are unique within a file (a later file may override an earlier file's rule)", at: idNode)
                    continue
                }
                seen[rule.id] = location(idNode)
                out.rules.append(rule)
            }
        }

        if let t = top["tests"], let items = list(t) {
            for item in items {
                if let test = parseTest(item) { out.tests.append(test) }
            }
        }
        return out
    }

    // MARK: Defaults

    mutating func parseDefaults(_ node: Node) -> PartialDefaults {
        var out = PartialDefaults()
        if Self.isNull(node) { return out }
        guard let e = entries(node, label: "'defaults'", what: "'defaults'", allowed: RuleLoader.defaultsKeys) else { return out }
        if let j = e["jwt_claims"], let name = string(j) {
            switch name {
            case "drop": out.jwtClaims = .drop
            case "redact": out.jwtClaims = .redact
            case "pseudonymize": out.jwtClaims = .pseudonymize
            case "keep": out.jwtClaims = .keep
            case "mask":
                fail(.ruleSchema, "'mask' cannot be the default for JWT claims", hint: "use drop, redact, pseudonymize or keep", at: j.value)
            default:
                fail(.unknownAction, "unknown action '\(name)' for 'defaults.jwt_claims'",
                     hint: Suggestions.hint(for: name, among: RuleLoader.jwtDefaultNames, synonyms: Suggestions.actionSynonyms, listLabel: "allowed"), at: j.value)
            }
        }
        if let f = e["fields"], let name = string(f) {
            if let value = FieldDefault(rawValue: name) {
                out.fields = value
            } else {
                let names = ["scan", "redact", "drop"]
                fail(.ruleSchema, "unknown default '\(name)' for 'defaults.fields'",
                     hint: Suggestions.hint(for: name, among: names, synonyms: Suggestions.actionSynonyms, listLabel: "allowed"), at: f.value)
            }
        }
        return out
    }

    // MARK: Policy

    mutating func parsePolicy(_ node: Node) -> PartialPolicy {
        var out = PartialPolicy()
        if Self.isNull(node) { return out }
        guard let e = entries(node, label: "'policy'", what: "'policy'", allowed: RuleLoader.policyKeys) else { return out }
        if let x = e["require_asymmetric"], let b = bool(x) { out.requireAsymmetric = b }
        if let x = e["require_exp"], let b = bool(x) { out.requireExp = b }
        if let x = e["require_aud"], let b = bool(x) { out.requireAud = b }
        if let x = e["require_iss"], let b = bool(x) { out.requireIss = b }
        if let x = e["max_access_token_lifetime"] { out.maxAccessTokenLifetime = duration(x, positive: true) }
        if let x = e["max_id_token_lifetime"] { out.maxIDTokenLifetime = duration(x, positive: true) }
        if let x = e["clock_skew"] { out.clockSkew = duration(x, positive: false) }
        if let x = e["pii_claims"], let items = list(x) {
            var claims: [String] = []
            for item in items {
                guard let s = string(item, label: "each entry of 'pii_claims'") else { continue }
                if s.isEmpty {
                    fail(.ruleSchema, "'pii_claims' has an empty claim name", hint: "name top-level claims, e.g. pii_claims: [email, phone_number]", at: item)
                } else {
                    claims.append(s)
                }
            }
            out.piiClaims = claims
        }
        return out
    }

    /// A duration in seconds: an integer, or a string such as `15m`, `90s`, `1h`, `1d`.
    mutating func duration(_ entry: Entry, positive: Bool) -> Int? {
        var seconds: Int?
        if case .scalar(let scalar) = entry.value, !Self.isNull(entry.value) {
            seconds = PartialPolicy.parseDuration(scalar.string)
        }
        guard let seconds, !positive || seconds > 0 else {
            fail(.ruleSchema, "'\(entry.key)': expected a \(positive ? "positive " : "")duration, found \(Self.describe(entry.value))\(entry.value.scalar.map { " '\($0.string)'" } ?? "")",
                 hint: "write seconds or a number with a unit s, m, h or d, e.g. \(entry.key): 15m", at: entry.value)
            return nil
        }
        return seconds
    }

    // MARK: Rules

    static func isValidID(_ id: String) -> Bool {
        let b = Array(id.utf8)
        guard let first = b.first, ASCII.isLower(first) || ASCII.isDigit(first) else { return false }
        return b.allSatisfy { ASCII.isLower($0) || ASCII.isDigit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }
    }

    static func isValidType(_ type: String) -> Bool {
        let b = Array(type.utf8)
        guard let first = b.first, ASCII.isLower(first), b.count <= 32 else { return false }
        return b.allSatisfy { ASCII.isLower($0) || ASCII.isDigit($0) || $0 == UInt8(ascii: "_") }
    }

    /// A rule and the node of its id, or nil (with errors recorded).
    mutating func parseRule(_ node: Node) -> (Rule, Node)? {
        let before = errors.count
        guard let e = entries(node, label: "each entry of 'rules'", what: "a rule", allowed: RuleLoader.ruleKeys, special: { key in
            if RuleLoader.maskKeys.contains(key) { return "'\(key)' is a mask option: put it under 'mask:' and use 'action: mask'" }
            if RuleLoader.testKeys.contains(key) && key != "name" { return "tests go into the top-level 'tests:' list" }
            return nil
        }) else { return nil }

        // id
        var id: String?
        var idNode: Node?
        if let entry = e["id"] {
            idNode = entry.value
            if let s = string(entry) {
                if Self.isValidID(s) {
                    id = s
                } else {
                    fail(.ruleSchema, "invalid rule id '\(s)'", hint: "ids use lowercase letters, digits, '.', '_' and '-', and start with a letter or digit", at: entry.value)
                }
            }
        } else if !e.suggested.contains("id") {
            fail(.ruleSchema, "a rule has no 'id'", hint: "add a unique id, e.g. id: customer-email", at: node)
        }
        let name = id.map { "rule '\($0)'" } ?? "a rule"

        // description, type
        var description = ""
        if let entry = e["description"], let s = string(entry) { description = s }
        var type: String?
        if let entry = e["type"], let s = string(entry) {
            if Self.isValidType(s) {
                type = s
            } else {
                fail(.ruleSchema, "invalid type '\(s)'", hint: "a type is a lowercase letter followed by up to 31 lowercase letters, digits or '_'", at: entry.value)
            }
        }

        // matcher
        let matchers = e.list.filter { RuleLoader.matcherKeys.contains($0.key) }
        if matchers.isEmpty && e.suggested.isDisjoint(with: RuleLoader.matcherKeys) {
            fail(.ruleSchema, "\(name) has no matcher", hint: "add one of detect, pattern, fields or jwt_claims", at: node)
        } else if matchers.count > 1 {
            let names = matchers.map(\.key)
            let found = names.dropLast().joined(separator: ", ") + " and " + names.last!
            fail(.ruleSchema, "a rule has exactly one matcher: detect, pattern, fields or jwt_claims; found \(found)", hint: "split it into separate rules with different ids", at: matchers[1].keyNode)
        }
        var matcher: RuleMatcher?
        var caseInsensitive = false
        if let ci = e["case_insensitive"] {
            if let b = bool(ci) { caseInsensitive = b }
            if e["pattern"] == nil {
                fail(.ruleSchema, "'case_insensitive' only applies to 'pattern'", hint: "remove it, or match with a pattern: rule", at: ci.keyNode)
            }
        }
        for m in matchers {
            let parsed = parseMatcher(m, caseInsensitive: caseInsensitive)
            if matchers.count == 1 { matcher = parsed }
        }

        // action
        var action: RuleAction?
        var actionNode: Node?
        var inlineMask = false
        if let entry = e["action"] {
            actionNode = entry.value
            if let (a, inline) = parseAction(entry.value) {
                action = a
                inlineMask = inline
            }
        } else if !e.suggested.contains("action") {
            fail(.ruleSchema, "\(name) has no 'action'", hint: "add action: redact, pseudonymize, mask, keep or drop", at: node)
        }
        if let m = e["mask"] {
            if case .mask? = action, inlineMask {
                fail(.ruleSchema, "mask options are given twice", hint: "use either 'action: { mask: {…} }' or 'action: mask' with 'mask: {…}'", at: m.keyNode)
            } else if case .mask? = action {
                if let options = parseMaskOptions(m.value) { action = .mask(options) }
            } else {
                _ = parseMaskOptions(m.value)
                if action != nil {
                    fail(.ruleSchema, "'mask' options need 'action: mask'", hint: "set 'action: mask', or remove 'mask:'", at: m.keyNode)
                }
            }
        }

        // credentials are never kept
        if case .detector(let kind)? = matcher, kind.isCredential, let action, let actionNode {
            switch action {
            case .keep, .mask:
                fail(.ruleSchema, "action '\(action.name)' is not allowed on the credential detector '\(kind.rawValue)'", hint: "credentials are never kept: use redact or pseudonymize", at: actionNode)
            default: break
            }
        }

        guard errors.count == before, let id, let idNode, let matcher, let action else { return nil }
        return (Rule(id: id, description: description, matcher: matcher, action: action, type: type, location: location(node)), idNode)
    }

    mutating func parseMatcher(_ entry: Entry, caseInsensitive: Bool) -> RuleMatcher? {
        switch entry.key {
        case "detect":
            guard let s = string(entry) else { return nil }
            if let kind = DetectorKind(rawValue: s) { return .detector(kind) }
            fail(.unknownDetector, "unknown detector '\(s)'",
                 hint: Suggestions.hint(for: s, among: DetectorKind.allCases.map(\.rawValue), synonyms: Suggestions.detectorSynonyms, listLabel: "detectors"),
                 at: entry.value)
            return nil
        case "pattern":
            guard let s = string(entry) else { return nil }
            if s.isEmpty {
                fail(.badPattern, "'pattern' is empty", hint: "write an RE2 regex, e.g. pattern: 'order_secret=([A-Z0-9]{8})'", at: entry.value)
                return nil
            }
            do throws(VeilError) {
                return .pattern(try RegexPattern(s, caseInsensitive: caseInsensitive))
            } catch {
                var e = error
                e.location = location(entry.value)
                errors.append(e)
                return nil
            }
        case "fields":
            guard let items = strings(entry, example: "fields: [\"**.password\", \"headers.authorization\"]") else { return nil }
            var globs: [FieldGlob] = []
            for (s, node) in items {
                do throws(VeilError) {
                    globs.append(try FieldGlob(s))
                } catch {
                    var e = error
                    e.location = location(node)
                    errors.append(e)
                }
            }
            return globs.count == items.count ? .fields(globs) : nil
        case "jwt_claims":
            guard let items = strings(entry, example: "jwt_claims: [sub, email, address.street_address]", allowNested: true) else { return nil }
            var paths: [[String]] = []
            for (s, node) in items {
                if case .sequence(let seq) = node {
                    // An explicit path, one claim name per entry (for names with dots).
                    var path: [String] = []
                    for part in seq {
                        if let p = string(part, label: "each name of a claim path"), !p.isEmpty { path.append(p) } else if !Self.isNull(part) {
                            fail(.ruleSchema, "empty claim name in a claim path", hint: "each entry names one claim", at: part)
                        }
                    }
                    if path.isEmpty {
                        fail(.ruleSchema, "empty claim path", hint: "list at least one claim name", at: node)
                    } else {
                        paths.append(path)
                    }
                    continue
                }
                let path = s.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
                if path.contains(where: \.isEmpty) {
                    fail(.ruleSchema, "invalid claim path '\(s)'", hint: "claim paths are names separated by single dots, e.g. address.street_address; for a name that contains dots write a list: [\"https://example.com/roles\"]", at: node)
                } else {
                    paths.append(path)
                }
            }
            return paths.count == items.count ? .jwtClaims(paths) : nil
        default:
            return nil
        }
    }

    /// The action and whether its mask options were given inline.
    mutating func parseAction(_ node: Node) -> (RuleAction, Bool)? {
        switch node {
        case .scalar where !Self.isNull(node):
            let name = node.scalar!.string
            switch name {
            case "redact": return (.redact, false)
            case "pseudonymize": return (.pseudonymize, false)
            case "mask": return (.mask(MaskOptions()), false)
            case "keep": return (.keep, false)
            case "drop": return (.drop, false)
            default:
                fail(.unknownAction, "unknown action '\(name)'",
                     hint: Suggestions.hint(for: name, among: RuleLoader.actionNames, synonyms: Suggestions.actionSynonyms, listLabel: "actions"),
                     at: node)
                return nil
            }
        case .mapping(let mapping) where mapping.count == 1:
            let (keyNode, value) = mapping[mapping.startIndex]
            let key = keyNode.scalar?.string ?? ""
            if key == "mask" {
                guard let options = parseMaskOptions(value) else { return nil }
                return (.mask(options), true)
            }
            if RuleLoader.actionNames.contains(key) {
                fail(.ruleSchema, "action '\(key)' takes no options", hint: "write action: \(key); only mask takes options: action: { mask: { keep_last: 4 } }", at: keyNode)
            } else {
                fail(.unknownAction, "unknown action '\(key)'",
                     hint: Suggestions.hint(for: key, among: RuleLoader.actionNames, synonyms: Suggestions.actionSynonyms, listLabel: "actions"),
                     at: keyNode)
            }
            return nil
        default:
            fail(.ruleSchema, "'action': expected an action name, found \(Self.describe(node))", hint: "write action: redact, pseudonymize, keep, drop or mask, or action: { mask: { keep_last: 4 } }", at: node)
            return nil
        }
    }

    mutating func parseMaskOptions(_ node: Node) -> MaskOptions? {
        var options = MaskOptions()
        if Self.isNull(node) { return options }
        let before = errors.count
        guard let e = entries(node, label: "'mask'", what: "'mask'", allowed: RuleLoader.maskKeys) else { return nil }
        if let k = e["keep_first"], let n = nonNegativeInt(k) { options.keepFirst = n }
        if let k = e["keep_last"], let n = nonNegativeInt(k) { options.keepLast = n }
        if let c = e["char"], let s = string(c) {
            let b = Array(s.utf8)
            if b.count == 1, b[0] >= 0x21, b[0] <= 0x7E {
                options.character = b[0]
            } else {
                fail(.ruleSchema, "'char' must be one printable ASCII character, found '\(s)'", hint: "e.g. char: \"*\" (quoted) or char: x", at: c.value)
            }
        }
        if let p = e["preserve_separators"], let b = bool(p) { options.preserveSeparators = b }
        return errors.count == before ? options : nil
    }

    // MARK: Tests

    mutating func parseTest(_ node: Node) -> RuleTest? {
        let before = errors.count
        guard let e = entries(node, label: "each entry of 'tests'", what: "a test", allowed: RuleLoader.testKeys) else { return nil }
        var test = RuleTest(input: "", location: location(node))
        if let n = e["name"], let s = string(n) { test.name = s }
        if let i = e["input"] {
            if let s = string(i) { test.input = s }
        } else if !e.suggested.contains("input") {
            fail(.ruleSchema, "a test has no 'input'", hint: "add input: with a log line to scrub", at: node)
        }
        if let x = e["expect"], let s = string(x) { test.expect = s }
        if let m = e["must_not_contain"], let items = strings(m, example: "must_not_contain: [\"jane@example.com\"]") {
            for (s, item) in items {
                if s.isEmpty {
                    fail(.ruleSchema, "'must_not_contain' has an empty string", hint: "every output contains the empty string; remove it", at: item)
                } else {
                    test.mustNotContain.append(s)
                }
            }
        }
        if e["expect"] == nil && e["must_not_contain"] == nil && e.suggested.isDisjoint(with: ["expect", "must_not_contain"]) {
            fail(.ruleSchema, "a test has neither 'expect' nor 'must_not_contain'", hint: "add expect: with the exact output, or must_not_contain: with values that must be gone", at: node)
        }
        if let f = e["format"], let s = string(f) {
            if let format = InputFormat(rawValue: s) {
                test.format = format
            } else {
                fail(.ruleSchema, "unknown format '\(s)'",
                     hint: Suggestions.hint(for: s, among: InputFormat.allCases.map(\.rawValue), listLabel: "formats"), at: f.value)
            }
        }
        return errors.count == before ? test : nil
    }
}
