/// Words that loggers write where a value is missing: `userId=null`, `Account Name: -`
/// (Windows events), `user=unknown` (PAM), `<nil>` (Go). A pseudonym of such a word
/// names nobody and hides the fact that there was no value, so field rules that
/// pseudonymise leave these alone. Secrets (`redact`) and masks still replace them.
enum NoValue {
    /// True when `b[range]` is exactly one of the missing-value words (ASCII case-insensitive):
    /// `-`, `--`, `null`, `nil`, `none`, `undefined`, `unknown`, `n/a`, `<nil>`, `<none>`,
    /// `(null)`, `(none)`, and `?` (a SQL bind placeholder: `where u.username=?`).
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
        case UInt8(ascii: "<"): return word("<nil>") || word("<none>")
        case UInt8(ascii: "("): return word("(null)") || word("(none)")
        default: return false
        }
    }

    /// ``matches(_:_:)`` for a whole value.
    static func matches(_ value: [UInt8]) -> Bool {
        value.withUnsafeBufferPointer { matches($0, 0..<$0.count) }
    }
}
