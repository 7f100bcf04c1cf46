/// Whether a sign-in word (`login`, `logon`, `log in`, `sign`, `auth`, `credential`,
/// `password`, `token`, `session`, `access`, `denied`, `failed`, `succeeded`, `locked`), or an
/// account administration word (`created`, `deleted`, `added`, `removed`, `granted`, `revoked`,
/// `assigned`, `invited`, `enabled`, `disabled`, `unlocked`, `suspended`, `provisioned`, `reset`,
/// `role`, `permission`, `impersonat…`, `ssh key`, `mfa`, `2fa`) comes earlier in the line, for
/// `for "X"` / `for user X` / `to user X` (``AuthLogDetector``).
///
/// The whole line before the candidate counts, not a window: a window measured in bytes
/// moves when a first pass shortens a finding inside it (an e-mail address becomes a
/// shorter pseudonym), and a second pass would then find a user the first pass left.
/// A word inside Veil's own output (`token~k~…`, `[REDACTED:password]`) is no context.
///
/// The line is scanned once, forward, as the candidates come: one value per line scan.
package struct SignInContext: Sendable {
    /// Every position before this one has been looked at.
    private var scanned = 0
    /// The smallest end of a sign-in word found so far (`Int.max`: none).
    private var firstEnd = Int.max
    /// Where the last SQL `INSERT` statement's parse stopped (``Scrubber/sqlInsertValues``):
    /// no other statement starts before it. (Per-line scan state, kept with this one.)
    package var sqlStatementEnd = 0

    package init() {}

    /// True when a sign-in word ends at or before `at` in `bytes`.
    package mutating func precedes(_ at: Int, in bytes: Bytes) -> Bool {
        // A word that ends at or before `at` starts before it, so the smallest end over any
        // scanned prefix that reaches `at` answers the question.
        while firstEnd > at, scanned < at {
            if let n = Self.wordLength(bytes, at: scanned), !AuthLogDetector.isInScrubbedOutput(bytes, scanned) {
                firstEnd = min(firstEnd, scanned + n)
            }
            scanned += 1
        }
        return firstEnd <= at
    }

    /// The length of the sign-in word that starts at `i`, if any.
    @inline(__always)
    static func wordLength(_ b: Bytes, at i: Int) -> Int? {
        @inline(__always) func word(_ w: StaticString) -> Int? {
            ASCII.hasPrefix(b, at: i, lowercased: w) ? w.utf8CodeUnitCount : nil
        }
        switch ASCII.lower(b[i]) {
        case UInt8(ascii: "l"): return word("login") ?? word("logon") ?? word("log in") ?? word("locked")
        case UInt8(ascii: "s"): return word("sign") ?? word("session") ?? word("succeeded") ?? word("ssh key") ?? word("suspended")
        case UInt8(ascii: "a"): return word("auth") ?? word("access") ?? word("added") ?? word("assigned")
        case UInt8(ascii: "c"): return word("credential") ?? word("created")
        case UInt8(ascii: "p"): return word("password") ?? word("permission") ?? word("provisioned")
        case UInt8(ascii: "t"): return word("token")
        case UInt8(ascii: "d"): return word("denied") ?? word("deleted") ?? word("disabled")
        case UInt8(ascii: "f"): return word("failed")
        case UInt8(ascii: "g"): return word("granted")
        case UInt8(ascii: "r"): return word("revoked") ?? word("removed") ?? word("role") ?? word("reset")
        case UInt8(ascii: "i"): return word("invited") ?? word("impersonat")
        case UInt8(ascii: "u"): return word("unlocked")
        case UInt8(ascii: "e"): return word("enabled")
        case UInt8(ascii: "m"): return word("mfa")
        case UInt8(ascii: "2"): return word("2fa")
        default: return nil
        }
    }
}
