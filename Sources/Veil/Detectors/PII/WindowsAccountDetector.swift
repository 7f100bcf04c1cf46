/// Windows accounts written `DOMAIN\user` — IIS W3C logs (`cs-username`), SQL Server and
/// Windows security messages (`logon by CORP\jsmith`), `\\` when JSON-escaped in text:
/// the user part is replaced, the domain (an organisation) stays.
///
/// **Accepts**: a domain of 2…15 upper-case letters, digits, `-` or `_` starting with a
/// letter (NetBIOS names as Windows writes them), not glued to a letter, digit or path
/// character before it; then `\` (or `\\`); then a user of 1…64 letters, digits, `.`,
/// `_`, `-`, ending at white space, a quote, `,`, `;`, `)`, `]`, `>`, `|` or the end.
/// **Rejects**: paths (`HKLM\SOFTWARE\Microsoft`, `C:\Users\x\…` — another `\` or `/`
/// follows), registry hives, built-in principals (`NT AUTHORITY\SYSTEM`, `BUILTIN\…`,
/// `NT SERVICE\…`, `IIS APPPOOL\…`), machine accounts (`CORP\WS01$`), and log levels
/// before an escape (`ERROR\nStack`).
///
/// **Trigger**: `at` is the domain's first letter (the scanner finds it from the backslash,
/// ``domainStart(_:backslash:floor:)``). Part of the `auth_log_user` detector.
package enum WindowsAccountDetector {
    package static func match(_ bytes: Bytes, at: Int, floor: Int) -> Range<Int>? {
        let n = bytes.count
        guard at >= floor, at + 3 < n, ASCII.isUpper(bytes[at]) else { return nil }
        if at > 0 {
            let before = bytes[at - 1]
            if ASCII.isAlnum(before) || before == UInt8(ascii: "\\") || before == UInt8(ascii: "/") || before == UInt8(ascii: ".")
                || before == UInt8(ascii: "_") || before == UInt8(ascii: "-") || before >= 0x80 { return nil }
        }
        var k = at + 1
        while k < n, k - at <= 15, ASCII.isUpper(bytes[k]) || ASCII.isDigit(bytes[k]) || bytes[k] == UInt8(ascii: "-") || bytes[k] == UInt8(ascii: "_") { k += 1 }
        let domain = at..<k
        guard domain.count >= 2, domain.count <= 15, k < n, bytes[k] == UInt8(ascii: "\\") else { return nil }
        k += 1
        if k < n, bytes[k] == UInt8(ascii: "\\") { k += 1 }
        let userStart = k
        guard k < n, ASCII.isAlnum(bytes[k]) else { return nil }
        // `~`: in no account name but in Veil's pseudonyms, so a second pass sees the whole one.
        while k < n, k - userStart < 65, ASCII.isAlnum(bytes[k]) || bytes[k] == UInt8(ascii: ".") || bytes[k] == UInt8(ascii: "_")
            || bytes[k] == UInt8(ascii: "-") || bytes[k] == UInt8(ascii: "~") { k += 1 }
        while k > userStart, bytes[k - 1] == UInt8(ascii: ".") { k -= 1 }  // a sentence's full stop
        let user = userStart..<k
        guard user.count >= 1, user.count <= 64 else { return nil }
        // A `~` is in no account name: only a whole pseudonym is one (a second pass keeps it). A
        // pseudonym with more glued to it (`IO\ip~k~…-`, after `IO\::4-`) is no account.
        // (A pseudonym's type is lower case: `YY\YYY2Yy_ip~k~…`, after `YY\YYY2Yy_::7`, is none.)
        if bytes[user].contains(UInt8(ascii: "~")), !(ASCII.isLower(bytes[user.lowerBound]) && Scrubber.isPseudonym(bytes, user)) { return nil }
        if k < n {
            switch bytes[k] {
            case 0x20, 0x09, 0x0D, 0x0A, UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ","), UInt8(ascii: ";"),
                 UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "."):
                break
            case UInt8(ascii: ":") where k + 1 == n || bytes[k + 1] == 0x20:
                break  // winbind's `User CORP\svetlana.kuznetsova: pam_auth failed`
            default:
                return nil  // a path (`\`, `/`), a machine account (`$`), or glued to more
            }
        }
        guard !isBuiltIn(bytes, domain), !isEscapeAfterLevel(bytes, domain, user) else { return nil }
        return user
    }

    /// The start of the upper-case domain word ending right before the `\` at `backslash`
    /// (at most 15 bytes back, not below `floor`); nil when there is none.
    @inline(__always)
    package static func domainStart(_ b: Bytes, backslash: Int, floor: Int) -> Int? {
        var k = backslash
        while k > floor, backslash - k < 15, ASCII.isUpper(b[k - 1]) || ASCII.isDigit(b[k - 1]) || b[k - 1] == UInt8(ascii: "-") || b[k - 1] == UInt8(ascii: "_") { k -= 1 }
        while k < backslash, !ASCII.isUpper(b[k]) { k += 1 }  // the domain starts with a letter
        return backslash - k >= 2 ? k : nil
    }

    /// A `domain\user` cell of a CSV record in any case (PAN-OS's User-ID and GlobalProtect logs:
    /// `…,10.20.30.40,acme\jnovak,,0,…`): a domain of 2…15 letters, digits, `-` or `_` right after
    /// a `,`, then `\`, then a user of 1…64 letters, digits, `.`, `_` or `-` up to the next `,` or
    /// the end. (Outside a CSV cell a lower-case `word\word` is more often an escape or a path.)
    package static func csvCell(_ b: Bytes, backslash: Int, floor: Int) -> Range<Int>? {
        let n = b.count
        var k = backslash
        while k > floor, backslash - k <= 15, ASCII.isAlnum(b[k - 1]) || b[k - 1] == UInt8(ascii: "-") || b[k - 1] == UInt8(ascii: "_") { k -= 1 }
        guard k > floor, b[k - 1] == UInt8(ascii: ","), backslash - k >= 2, backslash - k <= 15, ASCII.isLetter(b[k]) else { return nil }
        let domain = k..<backslash
        var e = backslash + 1
        while e < n, e - backslash <= 64, ASCII.isAlnum(b[e]) || b[e] == UInt8(ascii: ".") || b[e] == UInt8(ascii: "_") || b[e] == UInt8(ascii: "-") { e += 1 }
        guard e > backslash + 1, e - backslash <= 64, e == n || b[e] == UInt8(ascii: ",") else { return nil }
        let user = (backslash + 1)..<e
        guard !isBuiltIn(b, domain), !isEscapeAfterLevel(b, domain, user) else { return nil }
        return user
    }

    /// Registry hives and Windows' built-in principals: no person.
    static func isBuiltIn(_ b: Bytes, _ domain: Range<Int>) -> Bool {
        let at = domain.lowerBound
        func word(_ w: StaticString) -> Bool { domain.count == w.utf8CodeUnitCount && ASCII.hasPrefix(b, at: at, exactly: w) }
        if ASCII.hasPrefix(b, at: at, exactly: "HKEY") { return true }
        if word("HKLM") || word("HKCU") || word("HKCR") || word("HKU") || word("HKCC") || word("BUILTIN") { return true }
        // `NT AUTHORITY\`, `NT SERVICE\`, `NT VIRTUAL MACHINE\`, `IIS APPPOOL\`, `FONT DRIVER HOST\`, `WINDOW MANAGER\`.
        if word("AUTHORITY") || word("SERVICE") || word("MACHINE") || word("APPPOOL") || word("HOST") || word("MANAGER") {
            return at > 0 && b[at - 1] == 0x20
        }
        return false
    }

    /// `ERROR\nStack…`, `WARN\tretry`: a log level before an escape sequence, not an account;
    /// so is any escape before a capital or a digit (`…^USA\rNK1|…`, `…\nHANS BAUMGARTNER`: an
    /// escaped line break in an HL7 or SWIFT message).
    static func isEscapeAfterLevel(_ b: Bytes, _ domain: Range<Int>, _ user: Range<Int>) -> Bool {
        let first = b[user.lowerBound]
        guard first == UInt8(ascii: "n") || first == UInt8(ascii: "t") || first == UInt8(ascii: "r") else { return false }
        if user.count == 1 || ASCII.isUpper(b[user.lowerBound + 1]) || ASCII.isDigit(b[user.lowerBound + 1]) { return true }
        let at = domain.lowerBound
        func word(_ w: StaticString) -> Bool { domain.count == w.utf8CodeUnitCount && ASCII.hasPrefix(b, at: at, exactly: w) }
        return word("ERROR") || word("WARN") || word("WARNING") || word("INFO") || word("DEBUG") || word("FATAL") || word("TRACE") || word("CRITICAL") || word("NOTICE")
    }

    /// At `S`: a domain or local account's security identifier (`S-1-5-21-` and three
    /// sub-authorities, then a relative id of 1000 or more: a user or a group someone created;
    /// the well-known ones below 1000, `…-500` Administrator, `…-512` Domain Admins, stay), not
    /// glued to a word on either side.
    static func userSID(_ b: Bytes, at: Int) -> Range<Int>? {
        let n = b.count
        guard ASCII.hasPrefix(b, at: at, exactly: "S-1-5-21-") else { return nil }
        // (After an escaped tab or line break too: `Security ID:\t\tS-1-5-21-…`.)
        if at > 0, ASCII.isAlnum(b[at - 1]) || b[at - 1] == UInt8(ascii: "-") {
            guard at >= 2, b[at - 2] == UInt8(ascii: "\\"), b[at - 1] == UInt8(ascii: "t") || b[at - 1] == UInt8(ascii: "n") || b[at - 1] == UInt8(ascii: "r") else { return nil }
        }
        var k = at + 9
        var rid: UInt64 = 0
        for part in 0..<4 {
            let start = k
            var value: UInt64 = 0
            while k < n, k - start < 10, ASCII.isDigit(b[k]) { value = value * 10 + UInt64(b[k] - 0x30); k += 1 }
            guard k > start else { return nil }
            if part < 3 { guard k < n, b[k] == UInt8(ascii: "-") else { return nil }; k += 1 } else { rid = value }
        }
        guard rid >= 1000, k == n || !(ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "-")) else { return nil }
        return at..<k
    }
}
