/// A rule as the hot path uses it.
package struct ActiveRule: Sendable {
    package let id: String
    package let action: RuleAction
    package let type: String
    package let typeBytes: [UInt8]
    package let matcher: String
    package let isCredential: Bool

    /// True when the action writes some of the value's own bytes (`keep`, or `mask` with
    /// kept characters at either end). Such a rule may only replace its own match: when
    /// its span is merged with another rule's, the union must not inherit it.
    package var revealsBytes: Bool {
        if isCredential { return false }
        switch action {
        case .keep: return true
        case .mask(let options): return options.keepFirst > 0 || options.keepLast > 0
        case .redact, .pseudonymize, .drop: return false
        }
    }
}

/// A ``RuleSet`` compiled for scanning: per-detector rule lookup, patterns,
/// field globs and a hash table of literal key names for free-text key context.
package final class CompiledRules: Sendable {
    package let active: [ActiveRule]
    /// ``ActiveRule/revealsBytes`` per active rule.
    let revealing: [Bool]

    /// True when active rule `rule` writes some of its match's bytes (see ``TextSpan/normalize(_:reveals:)``).
    func reveals(_ rule: Int) -> Bool { revealing[rule] }
    /// Active rule index per detector (`DetectorKind.allCases` order); nil = detector off.
    package let detectorRule: [Int?]
    package let patterns: [(pattern: RegexPattern, rule: Int)]
    package let fieldRules: [(glob: FieldGlob, rule: Int)]
    /// Field rules whose glob ends in a literal segment, by that segment: an allocation-free
    /// hash table from the name to an index into `lastSegmentCandidates` (the per-key
    /// look-up of the JSON path).
    let lastSegmentTable: KeyNameTable
    /// Last bytes of the `**.*suffix` globs (normalised), to reject most keys in one look-up.
    let anyDepthSuffixFilter: KeySuffixFilter
    let lastSegmentCandidates: [[(glob: FieldGlob, rule: Int)]]
    /// Per entry of `lastSegmentTable`: the last of its rules whose glob matches the
    /// one-segment path of that name (`**.password`, `password`; not `user.password`), −1 if none.
    let oneSegmentRule: [Int]
    /// `**.*suffix` field rules, checked against the last key only.
    package let fieldRulesAnyDepthSuffix: [(suffix: [UInt8], rule: Int)]
    /// Field rules whose last segment is a wildcard or `**`: checked for every path.
    package let fieldRulesAnyLastSegment: [(glob: FieldGlob, rule: Int)]
    package let claimRules: [(path: [String], rule: Int)]
    /// ``claimRules`` by their first path element (a claim path matches only rules under its top-level name).
    let claimRulesByFirst: [String: [(path: [String], rule: Int)]]
    /// Rules with an empty claim path (API only; rule files reject it), ascending.
    let claimRulesForEveryPath: [Int]
    package let keyNames: KeyNameTable
    /// Field rules whose last segment has a `*`, checked one by one for text keys.
    package let wildcardKeyRules: [(segment: [UInt8], rule: Int)]
    /// Wildcard key rules of the form `*suffix` (normalised suffix).
    package let suffixKeyRules: [(suffix: [UInt8], rule: Int)]
    /// The last bytes of those suffixes, for a one-look-up reject.
    let suffixFilter: KeySuffixFilter
    /// Other wildcard key rules, matched on a normalised copy of the key.
    package let otherWildcardKeyRules: [(segment: [UInt8], rule: Int)]
    package let defaults: RuleDefaults
    package let needsKey: Bool
    /// The field rule for the key `name` (display names before `<address>`), −1 if none.
    package let nameRule: Int
    /// The field rule for the key `user` (the `uid` of an LDAP distinguished name), −1 if none.
    package let userRule: Int
    /// The rule of the key `password` (-1 when none): an upper-case environment variable that
    /// ends in `_PASS` (`RCLONE_CONFIG_PASS`, `RABBITMQ_DEFAULT_PASS`) takes it.
    package let passwordRule: Int
    /// The per-detector rule indices as a trivial struct, for the hot loop (no ARC).
    package let detectors: DetectorRules
    package let hasCredentialDetectors: Bool

    package init(_ set: RuleSet) {
        var active: [ActiveRule] = []
        var detectorRule = [Int?](repeating: nil, count: DetectorKind.allCases.count)
        var patterns: [(RegexPattern, Int)] = []
        var fieldRules: [(FieldGlob, Int)] = []
        var claimRules: [([String], Int)] = []
        var keyEntries: [([UInt8], Int)] = []
        var wildcards: [([UInt8], Int)] = []
        var needsKey = set.defaults.jwtClaims.needsKey

        for rule in set.rules {
            let index = active.count
            var credential = false
            let matcherName: String
            switch rule.matcher {
            case .detector(let kind):
                credential = kind.isCredential
                matcherName = kind.rawValue
                // The last rule naming a detector decides; `keep` switches the detector off
                // (credential detectors cannot be kept: the loader rejects that).
                detectorRule[kind.ordinal] = rule.action == .keep && !credential ? nil : index
            case .pattern(let pattern):
                matcherName = "pattern"
                patterns.append((pattern, index))
            case .fields(let globs):
                matcherName = "field"
                for glob in globs {
                    fieldRules.append((glob, index))
                    if case .pattern(let last)? = glob.segments.last {
                        if last.contains(UInt8(ascii: "*")) { wildcards.append((last, index)) } else { keyEntries.append((last, index)) }
                    }
                }
            case .jwtClaims(let paths):
                matcherName = "jwt_claims"
                for path in paths { claimRules.append((path, index)) }
            }
            if rule.action.needsKey { needsKey = true }
            let type = rule.effectiveType
            active.append(ActiveRule(id: rule.id, action: rule.action, type: type, typeBytes: Array(type.utf8), matcher: matcherName, isCredential: credential))
        }
        // A JWT summary carries a keyed fingerprint.
        if let jwt = detectorRule[DetectorKind.jwt.ordinal], active[jwt].action == .pseudonymize { needsKey = true }

        self.active = active
        self.revealing = active.map(\.revealsBytes)
        self.detectorRule = detectorRule
        self.detectors = DetectorRules(detectorRule)
        self.patterns = patterns
        self.fieldRules = fieldRules
        var byLast: [[UInt8]: [(glob: FieldGlob, rule: Int)]] = [:]
        var anyLast: [(glob: FieldGlob, rule: Int)] = []
        var anyDepthSuffix: [(suffix: [UInt8], rule: Int)] = []
        for entry in fieldRules {
            let segments = entry.0.segments
            if case .pattern(let last)? = segments.last, !last.contains(UInt8(ascii: "*")) {
                byLast[last, default: []].append((entry.0, entry.1))
            } else if segments.count == 2, segments[0] == .anyDepth, case .pattern(let last) = segments[1],
                      last.count > 1, last[0] == UInt8(ascii: "*"), !last.dropFirst().contains(UInt8(ascii: "*")) {
                // `**.*suffix`: any path whose last key ends with suffix.
                anyDepthSuffix.append((Array(last.dropFirst()), entry.1))
            } else {
                anyLast.append((entry.0, entry.1))
            }
        }
        self.fieldRulesAnyDepthSuffix = anyDepthSuffix
        self.anyDepthSuffixFilter = KeySuffixFilter(anyDepthSuffix.map(\.suffix))
        let lastNames = Array(byLast.keys)
        self.lastSegmentCandidates = lastNames.map { byLast[$0]! }
        self.lastSegmentTable = KeyNameTable(lastNames.enumerated().map { ($0.element, $0.offset) })
        self.oneSegmentRule = lastNames.map { name in
            byLast[name]!.filter { $0.glob.matches([name]) }.map(\.rule).max() ?? -1
        }
        self.fieldRulesAnyLastSegment = anyLast
        self.claimRules = claimRules
        self.claimRulesForEveryPath = claimRules.filter { $0.0.isEmpty }.map(\.1).sorted()
        self.claimRulesByFirst = Dictionary(grouping: claimRules.filter { !$0.0.isEmpty }.map { (path: $0.0, rule: $0.1) }, by: { $0.path[0] })
        let keyNames = KeyNameTable(keyEntries)
        self.keyNames = keyNames
        func rule(forKey key: String) -> Int {
            Array(key.utf8).withUnsafeBufferPointer { keyNames.lookup($0, 0..<$0.count) } ?? -1
        }
        self.nameRule = rule(forKey: "name")
        self.userRule = rule(forKey: "user")
        self.wildcardKeyRules = wildcards
        // `*suffix` globs (the common case: `*password`, `*token`) are matched by walking the
        // key backwards, without normalising it into a new array.
        var suffixes: [(suffix: [UInt8], rule: Int)] = []
        var others: [(segment: [UInt8], rule: Int)] = []
        for entry in wildcards {
            let star = UInt8(ascii: "*")
            if entry.0.first == star, !entry.0.dropFirst().contains(star), entry.0.count > 1 {
                suffixes.append((Array(entry.0.dropFirst()), entry.1))
            } else {
                others.append((entry.0, entry.1))
            }
        }
        self.suffixKeyRules = suffixes
        // (`password` is usually named by a `*password` glob, not as an exact key.)
        let password = Array("password".utf8)
        var passwordRule = rule(forKey: "password")
        for entry in suffixes where entry.rule > passwordRule && password.count >= entry.suffix.count && password.suffix(entry.suffix.count).elementsEqual(entry.suffix) {
            passwordRule = entry.rule
        }
        self.passwordRule = passwordRule
        self.suffixFilter = KeySuffixFilter(suffixes.map(\.suffix))
        self.otherWildcardKeyRules = others
        self.defaults = set.defaults
        self.needsKey = needsKey
        self.hasCredentialDetectors = DetectorKind.allCases.contains { $0.isCredential && detectorRule[$0.ordinal] != nil }
    }

    @inline(__always)
    package func rule(for kind: DetectorKind) -> Int? {
        detectorRule[kind.ordinal]
    }

    /// The field rule for a structured path (already normalised segments): the last matching rule wins.
    package func fieldRule(forPath path: [[UInt8]]) -> Int? {
        guard let last = path.last else { return nil }
        var best: Int?
        if let index = last.withUnsafeBufferPointer({ lastSegmentTable.lookup($0, 0..<$0.count) }) {
            for entry in lastSegmentCandidates[index] where entry.glob.matches(path) {
                if best == nil || entry.rule > best! { best = entry.rule }
            }
        }
        if !fieldRulesAnyDepthSuffix.isEmpty, last.withUnsafeBufferPointer({ anyDepthSuffixFilter.mayMatch($0, 0..<$0.count) }) {
            for entry in fieldRulesAnyDepthSuffix where entry.rule > (best ?? -1) && last.count >= entry.suffix.count && last.suffix(entry.suffix.count).elementsEqual(entry.suffix) {
                best = entry.rule
            }
        }
        for entry in fieldRulesAnyLastSegment where entry.glob.matches(path) {
            if best == nil || entry.rule > best! { best = entry.rule }
        }
        return best
    }

    /// True when ``fieldRule(forOneSegmentKey:)`` answers for every key: no rule's last
    /// segment is a wildcard that only a whole path can be matched against.
    package var decidesOneSegmentKeys: Bool { fieldRulesAnyLastSegment.isEmpty }

    /// The field rule for the one-segment path `key` (raw bytes without `.`, normalised on
    /// the fly), as ``fieldRule(forPath:)`` would find it, without allocating. Only valid
    /// when ``decidesOneSegmentKeys``.
    package func fieldRule(forOneSegmentKey key: Bytes) -> Int? {
        let range = 0..<key.count
        var best = lastSegmentTable.lookup(key, range).map { oneSegmentRule[$0] } ?? -1
        if best < 0, passwordRule >= 0, Self.isPassVariableName(key, range) { best = passwordRule }
        if !fieldRulesAnyDepthSuffix.isEmpty, anyDepthSuffixFilter.mayMatch(key, range) {
            for entry in fieldRulesAnyDepthSuffix where entry.rule > best && Self.hasNormalizedSuffix(key, range, entry.suffix) {
                best = entry.rule
            }
        }
        return best >= 0 ? best : nil
    }

    /// False when no field rule can match the one-segment path `key` (raw bytes, normalised
    /// on the fly): a look-up without allocating, for callers that cache the full answer.
    package func mayHaveFieldRule(forKey key: Bytes) -> Bool {
        if !fieldRulesAnyLastSegment.isEmpty { return true }
        let range = 0..<key.count
        if lastSegmentTable.lookup(key, range) != nil || Self.isPassVariableName(key, range) { return true }
        if fieldRulesAnyDepthSuffix.isEmpty { return false }
        // Most keys end in two bytes no suffix ends in: one bit test rejects them.
        guard anyDepthSuffixFilter.mayMatch(key, range) else { return false }
        for entry in fieldRulesAnyDepthSuffix where Self.hasNormalizedSuffix(key, range, entry.suffix) { return true }
        return false
    }

    /// The field rule for a free-text key (last segment semantics), hashing `bytes[range]` normalised.
    package func fieldRule(forTextKey bytes: Bytes, _ range: Range<Int>) -> Int? {
        if Self.isPseudonymKey(bytes, range) { return nil }
        var best = keyNames.lookup(bytes, range)
        if best == nil, passwordRule >= 0, Self.isPassVariableName(bytes, range) { best = passwordRule }
        if !suffixKeyRules.isEmpty {
            // Most keys end in two bytes no suffix ends in: one bit test rejects them.
            if suffixFilter.mayMatch(bytes, range) {
                for entry in suffixKeyRules where entry.rule > (best ?? -1) && Self.hasNormalizedSuffix(bytes, range, entry.suffix) {
                    best = entry.rule
                }
            }
        }
        if !otherWildcardKeyRules.isEmpty {
            let key = FieldGlob.normalize(bytes[range])
            for entry in otherWildcardKeyRules where FieldGlob.segmentMatches(entry.segment, key) {
                if best == nil || entry.rule > best! { best = entry.rule }
            }
        }
        return best
    }

    /// `RCLONE_CONFIG_PASS`, `RCLONE_CONFIG_NEXTCLOUD_PASS`, `RABBITMQ_DEFAULT_PASS`: an
    /// environment variable's name (upper-case letters, digits and `_`) ending in `_PASS`. In
    /// lower case, `proxy_pass` (nginx) and `cache_bypass` name no password, so the case matters.
    @inline(__always)
    package static func isPassVariableName(_ bytes: Bytes, _ range: Range<Int>) -> Bool {
        let n = range.count
        guard n >= 6, n <= 64, bytes[range.upperBound - 1] == UInt8(ascii: "S"), bytes[range.upperBound - 5] == UInt8(ascii: "_"),
              bytes[range.upperBound - 4] == UInt8(ascii: "P"), bytes[range.upperBound - 3] == UInt8(ascii: "A"),
              bytes[range.upperBound - 2] == UInt8(ascii: "S"), ASCII.isUpper(bytes[range.lowerBound]) else { return false }
        for k in range where !(ASCII.isUpper(bytes[k]) || ASCII.isDigit(bytes[k]) || bytes[k] == UInt8(ascii: "_")) { return false }
        return true
    }

    /// True when the key ends a pseudonym that a first pass wrote: `email~k~…7pw : x` would
    /// otherwise match a `*_pw` key rule (a random hash ends in `pw` once in 1 024) on a second
    /// pass only.
    @inline(__always)
    static func isPseudonymKey(_ bytes: Bytes, _ range: Range<Int>) -> Bool {
        let end = range.upperBound
        guard end >= 17, bytes[end - 17] == UInt8(ascii: "~") else { return false }
        var start = min(range.lowerBound, end - 17)
        while start > 0, end - start < 100 {
            let x = bytes[start - 1]
            guard ASCII.isAlnum(x) || x == UInt8(ascii: "~") || x == UInt8(ascii: "_") || x == UInt8(ascii: "-") else { break }
            start -= 1
        }
        return Scrubber.isPseudonym(bytes, start..<end)
    }

    /// True when `bytes[range]`, lowercased and without `_`/`-`, ends with `suffix`.
    @inline(__always)
    static func hasNormalizedSuffix(_ bytes: Bytes, _ range: Range<Int>, _ suffix: [UInt8]) -> Bool {
        var k = suffix.count - 1
        var j = range.upperBound - 1
        while k >= 0 {
            while j >= range.lowerBound, KeyNameTable.isIgnored(bytes[j]) { j -= 1 }
            guard j >= range.lowerBound, ASCII.lower(bytes[j]) == suffix[k] else { return false }
            k -= 1
            j -= 1
        }
        return true
    }

    /// The decision for a JWT claim path: the last rule naming the path or one of its parents.
    package func claimRule(forPath path: [String]) -> Int? {
        var best: Int?
        // An empty rule path (only possible through the API; rule files reject it) names every claim.
        best = claimRulesForEveryPath.last
        guard let first = path.first, let candidates = claimRulesByFirst[first] else { return best }
        for entry in candidates where entry.path.count <= path.count && zip(entry.path, path).allSatisfy({ $0 == $1 }) {
            if best == nil || entry.rule > best! { best = entry.rule }
        }
        return best
    }
}

extension DetectorKind {
    /// A dense index 0..<allCases.count (the precedence is unique per detector).
    @inline(__always) package var ordinal: Int { precedence }
}

/// An open-addressing table from normalised key names (lowercase, no `_`/`-`) to
/// rule indices, looked up straight from line bytes without allocating.
package struct KeyNameTable: Sendable {
    /// Per slot: the name's hash, its rule (−1: empty slot) and where its bytes are in
    /// `names`. Flat arrays of integers, so a probe copies no array (no retain/release).
    private var hashes: [UInt64]
    private var rules: [Int]
    private var nameStarts: [Int]
    private var nameLengths: [Int]
    private var names: [UInt8] = []
    /// One bit per (first, last) byte pair of the names: most keys are rejected before hashing.
    private var ends = [UInt64](repeating: 0, count: 1024)
    private let mask: Int
    /// Longest raw key worth hashing (longest name plus room for `_`/`-`).
    package let maximumKeyLength: Int
    /// Length of the longest name: a key that normalises to more bytes has no entry.
    private let longestName: Int

    init(_ entries: [([UInt8], Int)]) {
        var capacity = 16
        while capacity < entries.count * 4 { capacity <<= 1 }
        hashes = Array(repeating: 0, count: capacity)
        rules = Array(repeating: -1, count: capacity)
        nameStarts = Array(repeating: 0, count: capacity)
        nameLengths = Array(repeating: 0, count: capacity)
        mask = capacity - 1
        var longest = 0
        for (name, rule) in entries {
            longest = max(longest, name.count)
            let h = Self.hash(name)
            var i = Int(truncatingIfNeeded: h) & mask
            while rules[i] >= 0, !names[nameStarts[i]..<(nameStarts[i] + nameLengths[i])].elementsEqual(name) { i = (i + 1) & mask }
            if rules[i] >= 0 {
                if rules[i] < rule { rules[i] = rule }  // the later rule wins
                continue
            }
            if let first = name.first, let last = name.last {
                let pair = Int(first) << 8 | Int(last)
                ends[pair >> 6] |= 1 << UInt64(pair & 63)
            }
            hashes[i] = h
            rules[i] = rule
            nameStarts[i] = names.count
            nameLengths[i] = name.count
            names.append(contentsOf: name)
        }
        maximumKeyLength = longest * 2 + 8
        longestName = longest
    }

    var isEmpty: Bool { maximumKeyLength == 8 }

    static func hash(_ normalized: [UInt8]) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in normalized { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return h
    }

    @inline(__always)
    static func isIgnored(_ b: UInt8) -> Bool { b == UInt8(ascii: "_") || b == UInt8(ascii: "-") }

    /// Looks up `bytes[range]` normalised on the fly. A key that starts with a capital of
    /// another script (`Пароль`, `ΑΦΜ`, `Όνομα`) is looked up again with its capitals folded
    /// (see ``LetterCase``), as rule names are.
    package func lookup(_ bytes: Bytes, _ range: Range<Int>) -> Int? {
        if let rule = lookupFolded(bytes, range) { return rule }
        guard !range.isEmpty, bytes[range.lowerBound] >= 0xC3, bytes[range.lowerBound] <= 0xD3, range.count <= maximumKeyLength else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: range.count) { buffer -> Int? in
            for (k, i) in range.enumerated() { buffer[k] = bytes[i] }
            LetterCase.fold(buffer, count: range.count)
            return lookupFolded(UnsafeBufferPointer(buffer), 0..<range.count)
        }
    }

    /// Looks up `bytes[range]`, lower-casing ASCII on the fly.
    private func lookupFolded(_ bytes: Bytes, _ range: Range<Int>) -> Int? {
        // The normalised first and last bytes must be a pair some name has.
        var first = range.lowerBound, last = range.upperBound - 1
        while first <= last, Self.isIgnored(bytes[first]) { first += 1 }
        while last > first, Self.isIgnored(bytes[last]) { last -= 1 }
        if first <= last {
            let pair = Int(ASCII.lower(bytes[first])) << 8 | Int(ASCII.lower(bytes[last]))
            guard ends[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { return nil }
        }
        var h: UInt64 = 0xcbf29ce484222325
        var length = 0
        for i in range where !Self.isIgnored(bytes[i]) {
            h = (h ^ UInt64(ASCII.lower(bytes[i]))) &* 0x100000001b3
            length += 1
            if length > longestName { return nil }
        }
        var i = Int(truncatingIfNeeded: h) & mask
        while rules[i] >= 0 {
            if hashes[i] == h, nameLengths[i] == length {
                var k = nameStarts[i], equal = true
                for j in range where !Self.isIgnored(bytes[j]) {
                    if ASCII.lower(bytes[j]) != names[k] { equal = false; break }
                    k += 1
                }
                if equal { return rules[i] }
            }
            i = (i + 1) & mask
        }
        return nil
    }
}

/// Active rule index per detector, −1 when the detector is off. A plain struct of
/// integers so the scanner can hold it in registers.
package struct DetectorRules: Sendable {
    package var jwt = -1, bearerToken = -1, basicAuth = -1, cookie = -1, apiKey = -1, urlPassword = -1, authLogUser = -1
    package var commandLinePassword = -1
    package var email = -1, ipv4 = -1, ipv6 = -1, phone = -1, paymentCard = -1, usSSN = -1, iban = -1
    package var personName = -1, streetAddress = -1, macAddress = -1

    init(_ table: [Int?]) {
        func r(_ k: DetectorKind) -> Int { table[k.ordinal] ?? -1 }
        jwt = r(.jwt); bearerToken = r(.bearerToken); basicAuth = r(.basicAuth); cookie = r(.cookie)
        apiKey = r(.apiKey); urlPassword = r(.urlPassword); authLogUser = r(.authLogUser)
        commandLinePassword = r(.commandLinePassword)
        email = r(.email); ipv4 = r(.ipv4); ipv6 = r(.ipv6); phone = r(.phone)
        paymentCard = r(.paymentCard); usSSN = r(.usSSN); iban = r(.iban)
        personName = r(.personName); streetAddress = r(.streetAddress); macAddress = r(.macAddress)
    }
}
