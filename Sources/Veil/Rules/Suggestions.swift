/// "Did you mean …?" for rule-file names: detectors, actions, keys, formats.
package enum Suggestions {
    /// Levenshtein edit distance between two strings, compared by lowercased
    /// Unicode scalars.
    package static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.lowercased().unicodeScalars)
        let y = Array(b.lowercased().unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }

    /// The largest distance still worth suggesting for a word of this length.
    private static func threshold(_ length: Int) -> Int {
        length <= 3 ? 1 : length <= 6 ? 2 : 3
    }

    /// The closest candidate to `word`: first a synonym (case-insensitive, `-` and
    /// `_` ignored), then the candidate with the smallest edit distance within a
    /// length-dependent threshold (ties: the earlier candidate).
    package static func suggest(_ word: String, among candidates: [String], synonyms: [String: String] = [:]) -> String? {
        let key = String(word.lowercased().unicodeScalars.filter { $0 != "-" && $0 != "_" && $0 != " " })
        if let target = synonyms[key], candidates.contains(target) { return target }
        var best: (String, Int)?
        for candidate in candidates {
            let d = distance(word, candidate)
            if let b = best, b.1 <= d { continue }
            best = (candidate, d)
        }
        guard let best, best.1 <= threshold(word.unicodeScalars.count) else { return nil }
        return best.0
    }

    /// `did you mean 'x'?` or, without a close candidate, the list of valid names.
    package static func hint(for word: String, among candidates: [String], synonyms: [String: String] = [:], listLabel: String) -> String {
        if let s = suggest(word, among: candidates, synonyms: synonyms) { return "did you mean '\(s)'?" }
        return "\(listLabel): \(candidates.joined(separator: ", "))"
    }

    /// Synonyms users write for actions (keys are lowercased, without `-`/`_`).
    package static let actionSynonyms: [String: String] = [
        "hmac": "pseudonymize", "hash": "pseudonymize", "pseudonymise": "pseudonymize",
        "pseudonym": "pseudonymize", "pseudonymous": "pseudonymize", "pseudo": "pseudonymize",
        "anonymize": "pseudonymize", "anonymise": "pseudonymize", "tokenize": "pseudonymize",
        "tokenise": "pseudonymize", "sha256": "pseudonymize", "digest": "pseudonymize",
        "remove": "drop", "delete": "drop", "strip": "drop", "omit": "drop", "discard": "drop",
        "allow": "keep", "allowlist": "keep", "whitelist": "keep", "ignore": "keep", "pass": "keep",
        "skip": "keep", "passthrough": "keep", "none": "keep",
        "masklast": "mask", "maskfirst": "mask", "partial": "mask", "truncate": "mask", "masked": "mask",
        "redacted": "redact", "censor": "redact", "replace": "redact", "hide": "redact", "scrub": "redact",
    ]

    /// Synonyms users write for detectors.
    package static let detectorSynonyms: [String: String] = [
        "card": "payment_card", "creditcard": "payment_card", "cc": "payment_card", "pan": "payment_card",
        "ssn": "us_ssn", "ip": "ipv4", "ipaddress": "ipv4", "mail": "email", "emailaddress": "email",
        "bearer": "bearer_token", "token": "bearer_token", "jws": "jwt", "jwe": "jwt",
        "password": "url_password", "cookies": "cookie", "apikeys": "api_key", "basic": "basic_auth",
        "phonenumber": "phone", "username": "auth_log_user", "user": "auth_log_user",
    ]

    /// Synonyms users write for keys of a rule file.
    package static let keySynonyms: [String: String] = [
        "regex": "pattern", "regexp": "pattern", "detector": "detect", "field": "fields",
        "claims": "jwt_claims", "jwt": "jwt_claims", "desc": "description", "name": "id",
        "expected": "expect", "output": "expect", "mustnotcontain": "must_not_contain",
        "notcontains": "must_not_contain", "ignorecase": "case_insensitive",
    ]
}
