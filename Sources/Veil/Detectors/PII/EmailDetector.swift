/// E-mail addresses, also with the `@` URL-encoded as `%40` (or twice, `%2540`) or written as an
/// HTML character reference (`&#64;`, `&#x40;`).
///
/// **Trigger**: `at` is the index of an `@`, or of the `%` or `&` that starts an encoded one.
///
/// **Accepts** `local@domain` where the local part (1–64 bytes, not below `floor`)
/// is letters, digits and `. _ + -`, and `'` between two letters (`o'neil`) (plus `%XX`
/// escapes of those in the `%40` form),
/// and the domain is ≥ 2 dot-separated labels of letters, digits and inner hyphens (UTF-8
/// letters too, in local part and domain, outside the `%40` form: `jörg@bücher.de`)
/// (≤ 63 bytes each, ≤ 253 in all) ending in a TLD of ≥ 2 letters. Upper case is fine.
/// Leading dots of the local part and trailing punctuation (`.` `,` `)` `>` …) are
/// left out of the span.
///
/// Also India's UPI payment addresses, whose domain is a payment app's handle without a dot
/// (`priya.verma@okaxis`, `rakesh.k99@ybl`).
///
/// **Rejects** an empty local part (`@handle`), domains without a dot (but a UPI handle)
/// (`user@localhost`, `image@sha256:…`), numeric TLDs and domains starting with two
/// numeric labels (`npm@1.2.3`, `pkg@1.2.3-beta.tag`), labels with edge hyphens, and
/// addresses glued to a following letter, digit or `_`.
package enum EmailDetector {
    package static func match(_ bytes: Bytes, at: Int, floor: Int) -> Range<Int>? {
        let n = bytes.count
        guard at >= floor, at < n else { return nil }
        guard let sign = atSign(bytes, at) else { return nil }
        let encoded = sign.percentEncoded

        // Local part, scanning back (at most 64 bytes, never below floor; 192 in the `%40` form,
        // whose escapes before the address — `%20%3D%20%27` in an encoded query — are cut below).
        let lowest = max(floor, at - (encoded ? 192 : 64))
        var start = at
        while start > lowest {
            let x = bytes[start - 1]
            // CJK or general punctuation, a guillemet (`（taro@…`, `«anna@…`) ends the local part.
            if x >= 0x80, WidePunctuation.symbolLength(bytes, endingAt: start) > 0 { break }
            if isLocal(x, encoded: encoded) { start -= 1; continue }
            // An apostrophe between letters (`sam.o'neil@…`) is part of the name; one next to
            // a quote or space (`'bob@…'`) is not.
            if x == UInt8(ascii: "'"), start - 1 > lowest, start < at, ASCII.isLetter(bytes[start - 2]), ASCII.isLetter(bytes[start]) { start -= 1; continue }
            // An Entra ID guest's `tuan.pham_gmail.com#EXT#@contoso.onmicrosoft.com`: the guest's
            // own address, rewritten, is the local part.
            if x == UInt8(ascii: "#"), start == at, start - 5 > lowest, ASCII.hasPrefix(bytes, at: start - 5, lowercased: "#ext#") { start -= 5; continue }
            break
        }
        let cutShort = start == lowest && start > floor && isLocal(bytes[start - 1], encoded: encoded)
        if cutShort, !encoded { return nil }
        if encoded {
            // Keep only `%XX` escapes of local-part characters; restart after any other.
            var i = start
            while i < at {
                if bytes[i] == UInt8(ascii: "%") {
                    guard i + 2 < at, ASCII.isHexDigit(bytes[i + 1]), ASCII.isHexDigit(bytes[i + 2]) else {
                        start = i + 1; i += 1; continue
                    }
                    if !isEscapedLocal(bytes[i + 1], bytes[i + 2]) { start = i + 3 }
                    i += 3
                } else {
                    i += 1
                }
            }
            // No escape to cut at: the run is longer than a local part.
            if cutShort, start == lowest { return nil }
        }
        if !encoded {
            // UTF-8 in the local part must be well formed: restart after any byte that is not.
            var i = start
            var wideEnd = start  // after the last character of three or four bytes (CJK)
            while i < at {
                let x = bytes[i]
                if x < 0x80 { i += 1; continue }
                let len = x >= 0xF0 && x <= 0xF4 ? 4 : x >= 0xE0 && x <= 0xEF ? 3 : x >= 0xC2 && x <= 0xDF ? 2 : 0
                var ok = len > 0 && i + len <= at
                if ok { for j in 1..<len where bytes[i + j] & 0xC0 != 0x80 { ok = false } }
                if ok { i += len } else { i += 1; start = i }
                if ok, len >= 3 { wideEnd = i }
            }
            // CJK text glued before an ASCII local part (`发送至zhangwei@…`) is the sentence, not the
            // address (an all-CJK local part stays whole).
            if wideEnd > start, wideEnd < at, bytes[wideEnd..<at].contains(where: ASCII.isAlnum) { start = wideEnd }
            // Non-ASCII glued to a previous finding (`…token bytes…jörg@`) is no address of its own.
            if start < at, start == floor, floor > 0, bytes[start] >= 0x80 { return nil }
        }
        while start < at, bytes[start] == UInt8(ascii: ".") { start += 1 }
        // An escaped line break or tab before the address (`\r\n\r\nann@…` in a dumped body)
        // is not part of it: taking its `n` broke the escape.
        if !encoded, start < at, Scrubber.followsEscapedControl(bytes, start) { start += 1 }
        // …and so is a hex escape (`\x22camille@…`, a quote as nginx writes it in a logged body).
        if !encoded, start >= 1, start + 3 < at, bytes[start - 1] == UInt8(ascii: "\\"), bytes[start] == UInt8(ascii: "x"),
           ASCII.isHexDigit(bytes[start + 1]), ASCII.isHexDigit(bytes[start + 2]) { start += 3 }
        guard start < at else { return nil }
        // A VERP bounce address (`bounce+jane=example.com@mg.example.net`) carries the
        // recipient's address before its `=`: the local part runs back over `=` to the `+` tag.
        if !encoded, start - 2 > floor, bytes[start - 1] == UInt8(ascii: "="), bytes[start..<at].contains(UInt8(ascii: ".")) {
            var k = start - 1
            var plus = false
            while k > max(floor, at - 128), isLocal(bytes[k - 1], encoded: false), bytes[k - 1] < 0x80 {
                if bytes[k - 1] == UInt8(ascii: "+") { plus = true }
                k -= 1
            }
            if plus, k < start - 1, ASCII.isAlnum(bytes[k]) { start = k }
        }

        // Domain: labels separated by single dots.
        let domainStart = at + sign.length
        let limit = min(n, domainStart + 253)
        var i = domainStart
        var labels = 0
        var numericLabels = 0
        var lastLabelStart = domainStart
        var end = domainStart
        var gluedWord = -1  // where a message's word glued with `-` starts the bytes after the domain
        while i < limit {
            let labelStart = i
            var allDigits = true
            while i < limit, ASCII.isAlnum(bytes[i]) || bytes[i] == UInt8(ascii: "-") || (!encoded && bytes[i] >= 0x80) {
                // Punctuation (`。`, `）`, `»`) and CJK text glued after an ASCII label (`163.com发送成功`)
                // end the domain.
                // (Only well-formed characters: invalid bytes are read as before.)
                if bytes[i] >= 0x80, i + 1 < limit, bytes[i + 1] & 0xC0 == 0x80,
                   WidePunctuation.startsSymbol(bytes, i) || (bytes[i] >= 0xE0 && bytes[i] <= 0xF4 && i > labelStart && bytes[i - 1] < 0x80) { break }
                // ADFS's `ciaran.murphy@contoso.ie-The user name or password is incorrect`: a capitalised word
                // glued with `-` to a lower-case label (after a dot) is the message's, not the domain's.
                if bytes[i] == UInt8(ascii: "-"), labels > 0, i + 2 < limit, ASCII.isLower(bytes[i - 1]), ASCII.isUpper(bytes[i + 1]), ASCII.isLower(bytes[i + 2]),
                   bytes[labelStart..<i].allSatisfy(ASCII.isLower), Self.wordThenSpace(bytes, i + 1) { gluedWord = i; break }
                if !ASCII.isDigit(bytes[i]) { allDigits = false }
                i += 1
            }
            let len = i - labelStart
            guard len > 0 else { break }
            guard len <= 63, bytes[labelStart] != UInt8(ascii: "-"), bytes[i - 1] != UInt8(ascii: "-") else { return nil }
            if allDigits, labels == numericLabels { numericLabels += 1 }
            labels += 1
            lastLabelStart = labelStart
            end = i
            // Continue only over a dot followed by another label character.
            guard i + 1 < limit, bytes[i] == UInt8(ascii: "."), ASCII.isAlnum(bytes[i + 1]) || (!encoded && bytes[i + 1] >= 0x80) else { break }
            i += 1
        }
        // India's UPI payment addresses (`priya.verma@okaxis`, `rakesh.k99@ybl`): one label, a
        // payment app's handle.
        if labels == 1, !encoded, end - domainStart >= 2, end - domainStart <= 12, isUPIHandle(bytes, domainStart..<end),
           end == n || !(ASCII.isAlnum(bytes[end]) || bytes[end] == UInt8(ascii: "_") || bytes[end] == UInt8(ascii: "-") || bytes[end] == UInt8(ascii: "@")) {
            return start..<end
        }
        // An address cut short where a stack trace or dump truncates its strings (PHP's
        // `findByEmail('haruto.sato@exa...')`, `jane@example.c…`): the part before the ellipsis.
        if !encoded, labels >= 1, numericLabels == 0, end + 2 < n,
           ASCII.hasPrefix(bytes, at: end, exactly: "...") || (bytes[end] == 0xE2 && bytes[end + 1] == 0x80 && bytes[end + 2] == 0xA6) {
            return start..<end
        }
        guard labels >= 2, numericLabels < 2, end - lastLabelStart >= 2 else { return nil }
        for k in lastLabelStart..<end where !(ASCII.isLetter(bytes[k]) || bytes[k] >= 0x80) { return nil }
        if isServicePrincipal(bytes, localStart: start, domain: domainStart..<end) { return nil }
        if isSystemdUnit(bytes, lastLabel: lastLabelStart..<end) { return nil }
        if isAlgorithmName(bytes, domain: domainStart..<end) { return nil }
        if end < n {
            let next = bytes[end]
            // `~` continues a Veil pseudonym (`2@oub.ip~test~…` was `2@oub.113.3.0.89`).
            if ASCII.isAlnum(next) || next == UInt8(ascii: "_") || (next == UInt8(ascii: "-") && end != gluedWord) || next == UInt8(ascii: "@")
                || next == UInt8(ascii: "~") {
                return nil
            }
        }
        return start..<end
    }

    /// A capitalised word of letters at `at`, then a space.
    static func wordThenSpace(_ bytes: Bytes, _ at: Int) -> Bool {
        var k = at + 1
        while k < bytes.count, k - at < 24, ASCII.isLetter(bytes[k]) { k += 1 }
        return k < bytes.count && bytes[k] == 0x20
    }

    /// A Kerberos service principal (`host/ws22.corp.example.com@CORP.EXAMPLE.COM`,
    /// `krbtgt/CORP.EXAMPLE.COM@CORP.EXAMPLE.COM`, `HTTP/web01@CORP.LOCAL`): a service class and
    /// `/` before the host, a realm in capitals after the `@` — a machine's identity, no person's.
    static func isServicePrincipal(_ bytes: Bytes, localStart: Int, domain: Range<Int>) -> Bool {
        guard localStart >= 3, bytes[localStart - 1] == UInt8(ascii: "/"),
              !bytes[domain].contains(where: ASCII.isLower) else { return false }
        var k = localStart - 1
        while k > 0, localStart - 1 - k < 24, ASCII.isLetter(bytes[k - 1]) { k -= 1 }
        return localStart - 1 - k >= 3 && (k == 0 || !(ASCII.isAlnum(bytes[k - 1]) || bytes[k - 1] == UInt8(ascii: "/")))
    }

    /// A systemd template unit's instance (`getty@tty1.service`, `user@1000.service`,
    /// `wg-quick@wg0.service`, `openvpn-client@office.service`): the last label is a unit type,
    /// which no top-level domain is.
    static func isSystemdUnit(_ bytes: Bytes, lastLabel: Range<Int>) -> Bool {
        let label = bytes[lastLabel]
        return unitTypes.contains { label.elementsEqual($0.utf8) }
    }

    /// SSH's vendor-named algorithms (`chacha20-poly1305@openssh.com`, `umac-64-etm@openssh.com`,
    /// `curve25519-sha256@libssh.org`): names under the implementers' domains, no mailboxes.
    static func isAlgorithmName(_ bytes: Bytes, domain: Range<Int>) -> Bool {
        let d = bytes[domain]
        return d.elementsEqual("openssh.com".utf8) || d.elementsEqual("libssh.org".utf8) || d.elementsEqual("ssh.com".utf8)
    }

    /// systemd's unit types (`systemd.unit(5)`).
    static let unitTypes = ["service", "socket", "timer", "target", "mount", "automount", "path", "slice", "scope", "device", "swap"]

    /// UPI handles of the payment apps and banks (NPCI's list, the common ones).
    static let upiHandles: [StaticString] = [
        "okaxis", "okhdfcbank", "okicici", "oksbi", "ybl", "ibl", "axl", "paytm", "ptyes", "ptaxis", "pthdfc", "ptsbi",
        "upi", "apl", "yapl", "rapl", "abfspay", "fbl", "jupiteraxis", "slc", "ikwik", "freecharge", "airtel", "jio",
        "axisbank", "icici", "hdfcbank", "sbi", "kotak", "pnb", "boi", "barodampay", "unionbankofindia", "idfcfirst",
        "indus", "yesbank", "waaxis", "wahdfcbank", "waicici", "wasbi", "naviaxis", "superyes", "axisb",
    ]

    /// Whether `bytes[r]` is one of ``upiHandles`` (as written, lower case).
    static func isUPIHandle(_ bytes: Bytes, _ r: Range<Int>) -> Bool {
        upiHandles.contains { $0.utf8CodeUnitCount == r.count && ASCII.hasPrefix(bytes, at: r.lowerBound, exactly: $0) }
    }

    /// The `@` at `at` in any of its written forms: its length, and whether it is
    /// percent-encoded (then the local part's escapes are decoded the same way).
    package static func atSign(_ bytes: Bytes, _ at: Int) -> (length: Int, percentEncoded: Bool)? {
        func has(_ literal: StaticString) -> Bool { ASCII.hasPrefix(bytes, at: at, lowercased: literal) }
        switch bytes[at] {
        case UInt8(ascii: "@"): return (1, false)
        case UInt8(ascii: "%"):
            if has("%40") { return (3, true) }
            if has("%2540") { return (5, true) }
        case UInt8(ascii: "&"):
            if has("&#64;") { return (5, false) }
            if has("&#x40;") { return (6, false) }
        case UInt8(ascii: "\\"):
            // A JSON escape (`lukas.huber\u0040aon.at`: .NET's and PHP's encoders, a JSON line inside
            // another one's string), once or twice escaped.
            if has("\\u0040") { return (6, false) }
            if has("\\\\u0040") { return (7, false) }
        default: break
        }
        return nil
    }

    /// Local-part bytes; UTF-8 (internationalised addresses, RFC 6531: `jörg@bücher.de`) too,
    /// except in the `%40` form, whose local part is percent-encoded.
    @inline(__always)
    private static func isLocal(_ b: UInt8, encoded: Bool) -> Bool {
        ASCII.isAlnum(b) || b == UInt8(ascii: ".") || b == UInt8(ascii: "_") || b == UInt8(ascii: "+")
            || b == UInt8(ascii: "-") || (encoded ? b == UInt8(ascii: "%") : b >= 0x80)
    }

    /// `%2B` `+`, `%2D` `-`, `%2E` `.`, `%5F` `_`.
    @inline(__always)
    private static func isEscapedLocal(_ h: UInt8, _ l: UInt8) -> Bool {
        let l = ASCII.lower(l)
        if h == UInt8(ascii: "2") { return l == UInt8(ascii: "b") || l == UInt8(ascii: "d") || l == UInt8(ascii: "e") }
        return h == UInt8(ascii: "5") && l == UInt8(ascii: "f")
    }
}
