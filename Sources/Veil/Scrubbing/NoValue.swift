/// Words that loggers write where a value is missing: `userId=null`, `Account Name: -`
/// (Windows events), `user=unknown` (PAM), `<nil>` (Go). A pseudonym of such a word
/// names nobody and hides the fact that there was no value, so field rules that
/// pseudonymise leave these alone. Secrets (`redact`) and masks still replace them.
enum NoValue {
    /// True when `b[range]` is exactly one of the missing-value words (ASCII case-insensitive):
    /// `-`, `--`, `null`, `nil`, `none`, `undefined`, `unknown`, `n/a`, `<nil>`, `<none>`, `<private>`
    /// (Apple's unified log hides a value so),
    /// `(null)`, `(none)`, and `?` (a SQL bind placeholder: `where u.username=?`); a schema's
    /// column type in small letters (`string`, `bigint`, `boolean`, `varchar`, `integer`, `timestamp`).
    static func matches(_ b: Bytes, _ range: Range<Int>) -> Bool {
        let count = range.count
        guard count >= 1, count <= 9 else { return false }
        let at = range.lowerBound
        func word(_ literal: StaticString) -> Bool {
            literal.utf8CodeUnitCount == count && ASCII.hasPrefix(b, at: at, lowercased: literal)
        }
        switch b[at] {
        case UInt8(ascii: "-"): return count == 1 || word("--")
        case UInt8(ascii: "?"): return count == 1
        case UInt8(ascii: "n"), UInt8(ascii: "N"): return word("null") || word("nil") || word("none") || word("n/a")
        case UInt8(ascii: "u"), UInt8(ascii: "U"): return word("undefined") || word("unknown")
        case UInt8(ascii: "<"): return word("<nil>") || word("<none>") || word("<private>")
        case UInt8(ascii: "("): return word("(null)") || word("(none)")
        // A schema's column type (Spark's `first_name: string (nullable = true)`,
        // `DataFrame[customer_id: bigint, first_name: string]`): no person's.
        case UInt8(ascii: "s"): return word("string")
        case UInt8(ascii: "b"): return word("bigint") || word("boolean")
        case UInt8(ascii: "v"): return word("varchar")
        case UInt8(ascii: "i"): return word("integer")
        case UInt8(ascii: "t"): return word("timestamp")
        default: return false
        }
    }

    /// True when `b[range]` is a mask the logging application wrote in place of a secret
    /// (stop 35: it was replaced again, `[hidden]` → `[[REDACTED:secret]]`): one of `filtered`,
    /// `hidden`, `secret`, `redacted`, `masked`, `protected`, `sensitive`, `sensitive value`,
    /// `removed`, `omitted` in `[…]`, `<…>` or `(…)` (the brackets inside `range` or around it),
    /// AWS's `HIDDEN_DUE_TO_SECURITY_REASONS`, or three asterisks or more (GitHub Actions masks a
    /// secret as `***`); `<private>` (Apple's unified log). A bare word (`secret`) may be the
    /// password itself and is no mask.
    static func isMask(_ b: Bytes, _ range: Range<Int>) -> Bool {
        guard range.count >= 3, range.count <= 32 else { return false }
        if b[range].allSatisfy({ $0 == UInt8(ascii: "*") }) { return true }
        guard range.count >= 4 else { return false }
        if range.count == 30, ASCII.hasPrefix(b, at: range.lowerBound, exactly: "HIDDEN_DUE_TO_SECURITY_REASONS") { return true }
        func closer(_ open: UInt8) -> UInt8? {
            switch open {
            case UInt8(ascii: "["): return UInt8(ascii: "]")
            case UInt8(ascii: "<"): return UInt8(ascii: ">")
            case UInt8(ascii: "("): return UInt8(ascii: ")")
            default: return nil
            }
        }
        var inner = range
        if let close = closer(b[range.lowerBound]), b[range.upperBound - 1] == close {
            inner = (range.lowerBound + 1)..<(range.upperBound - 1)
        } else if range.lowerBound > 0, range.upperBound < b.count, let close = closer(b[range.lowerBound - 1]), b[range.upperBound] == close {
            inner = range
        } else {
            return false
        }
        return maskWords.contains { $0.utf8CodeUnitCount == inner.count && ASCII.hasPrefix(b, at: inner.lowerBound, lowercased: $0) }
    }

    private static let maskWords: [StaticString] = [
        "filtered", "hidden", "secret", "redacted", "masked", "protected", "sensitive", "sensitive value", "removed", "omitted",
        // Apple's unified log: `User email: <private>`.
        "private",
    ]

    /// True when `b[range]` is a flag (`true`, `false`, `yes`, `no`, `on`, `off`, `0`, `1`, any
    /// case): under a token's key (`remember_me=0`, `"rememberMe":true`) a form's check box, no token.
    static func isFlag(_ b: Bytes, _ range: Range<Int>) -> Bool {
        let count = range.count
        guard count >= 1, count <= 5 else { return false }
        let at = range.lowerBound
        if count == 1 { return b[at] == UInt8(ascii: "0") || b[at] == UInt8(ascii: "1") }
        for word: StaticString in ["true", "false", "yes", "no", "on", "off"]
        where word.utf8CodeUnitCount == count && ASCII.hasPrefix(b, at: at, lowercased: word) { return true }
        return false
    }

    /// ``matches(_:_:)`` for a whole value.
    static func matches(_ value: [UInt8]) -> Bool {
        value.withUnsafeBufferPointer { matches($0, 0..<$0.count) }
    }
}
