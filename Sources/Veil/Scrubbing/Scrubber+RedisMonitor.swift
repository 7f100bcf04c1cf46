/// Redis `MONITOR` prints each command with its arguments as quoted strings:
/// `1700000000.123456 [0 10.0.0.5:52814] "HSET" "session:8f3a" "user" "noah.williams" "token" "c3Vw…"`.
/// A hash command's arguments after the key are field/value pairs, so each value is scrubbed
/// under the rule of the field that names it (`"user"` → the account rule, `"token"` → the
/// secret rule), as `user=noah.williams token=…` would be. (`"AUTH" "…"` is the password
/// detector's.)
extension Scrubber {
    /// Hash commands whose arguments after the key are field/value pairs.
    static let redisHashCommands: [StaticString] = ["hset\" \"", "hmset\" \"", "hsetnx\" \""]

    /// At the first letter of `HSET`, `HMSET` or `HSETNX` (any case) right after a `"`:
    /// appends a span for every value whose field has a rule; true when one was appended.
    /// `CONFIG SET` takes parameter/value pairs the same way (`"requirepass" "…"`), and
    /// `ACL SETUSER` names an account and sets passwords (`">pw"`).
    func redisHashFields(_ b: Bytes, at i: Int, floor: Int, spans: inout [TextSpan]) -> Bool {
        let n = b.count
        guard i >= floor, i > 0, b[i - 1] == UInt8(ascii: "\"") else { return false }
        if ASCII.hasPrefix(b, at: i, lowercased: "acl\" \"setuser\" \"") { return redisACLSetUser(b, user: i + 15, spans: &spans) }
        let k: Int
        if ASCII.hasPrefix(b, at: i, lowercased: "config\" \"set\" ") {
            k = i + 13  // the space before the first parameter
        } else {
            guard let command = Self.redisHashCommands.first(where: { ASCII.hasPrefix(b, at: i, lowercased: $0) }),
                  let key = Self.monitorArgument(b, at: i + command.utf8CodeUnitCount - 1) else { return false }
            k = key.upperBound + 1  // after the key's closing quote
        }
        return redisFieldValuePairs(b, from: k, spans: &spans)
    }

    /// `"ACL" "SETUSER" "reporter" "on" ">pw" "~cached:*"`: the account (the account rule) and
    /// every argument that adds or removes a password (`>pw`, `<pw`; the cli-password rule).
    private func redisACLSetUser(_ b: Bytes, user: Int, spans: inout [TextSpan]) -> Bool {
        let d = compiled.detectors
        guard let account = Self.monitorArgument(b, at: user) else { return false }
        var appended = false
        // (A second pass reads the first one's pseudonym and placeholder: they stay.)
        if d.authLogUser >= 0, !account.isEmpty, !Self.isPseudonym(b, account) {
            spans.append(TextSpan(account, rule: d.authLogUser, kind: .detector, precedence: DetectorKind.authLogUser.precedence))
            appended = true
        }
        var k = account.upperBound + 1
        while d.commandLinePassword >= 0, k + 1 < b.count, b[k] == 0x20, b[k + 1] == UInt8(ascii: "\""), let argument = Self.monitorArgument(b, at: k + 1) {
            if argument.count > 1, b[argument.lowerBound] == UInt8(ascii: ">") || b[argument.lowerBound] == UInt8(ascii: "<"),
               Self.placeholderEnd(b, at: argument.lowerBound + 1) != argument.upperBound {
                spans.append(TextSpan((argument.lowerBound + 1)..<argument.upperBound, rule: d.commandLinePassword, kind: .detector,
                                      precedence: DetectorKind.commandLinePassword.precedence))
                appended = true
            }
            k = argument.upperBound + 1
        }
        return appended
    }

    /// The `"field" "value"` pairs from `k` (a space before a `"`): a span for every value
    /// whose field has a rule; true when one was appended.
    private func redisFieldValuePairs(_ b: Bytes, from start: Int, spans: inout [TextSpan]) -> Bool {
        let n = b.count
        var appended = false
        var k = start
        while k + 1 < n, b[k] == 0x20, b[k + 1] == UInt8(ascii: "\""), let field = Self.monitorArgument(b, at: k + 1) {
            let after = field.upperBound + 1
            guard after + 1 < n, b[after] == 0x20, b[after + 1] == UInt8(ascii: "\""), let value = Self.monitorArgument(b, at: after + 1) else { break }
            if !field.isEmpty, !value.isEmpty, let rule = compiled.fieldRule(forTextKey: b, field), compiled.active[rule].action != .keep,
               let hit = fieldValue(b, rule: rule, valueStart: value.lowerBound, valueEnd: value.upperBound, afterPairSeparator: false), let span = hit.span {
                spans.append(span)
                appended = true
            }
            k = value.upperBound + 1
        }
        return appended
    }

    /// The content of the quoted argument whose `"` is at `at` (MONITOR escapes `"` and `\`
    /// with a backslash); an argument that is not closed runs to the end of the line (fail
    /// closed: the value is replaced whole).
    static func monitorArgument(_ b: Bytes, at: Int) -> Range<Int>? {
        guard at < b.count, b[at] == UInt8(ascii: "\"") else { return nil }
        var e = at + 1
        while e < b.count, b[e] != UInt8(ascii: "\"") { e += b[e] == UInt8(ascii: "\\") ? 2 : 1 }
        return (at + 1)..<min(e, b.count)
    }
}
