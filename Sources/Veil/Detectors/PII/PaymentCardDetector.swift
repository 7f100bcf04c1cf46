/// Payment card numbers (PANs), validated by issuer prefix, length and Luhn.
///
/// **Trigger**: `at` is the index of a digit whose previous byte (if any) is not
/// alphanumeric.
///
/// **Accepts** 12–19 digits (12 for Maestro only), contiguous or grouped with one kind of single separator
/// (space or dash; a dot between four groups of four, `4111.1111.1111.1111`): a first group of 4, then groups of 3–6 (4-4-4-4, 4-6-5 Amex,
/// 4-6-4 Diners, 4-4-4-4-3 …). The number must match an issuer's prefix and length —
/// Visa `4` (13/16/19), Mastercard `51–55`, `2221–2720` (16), Amex `34`/`37` (15),
/// Discover `6011`, `644–649`, `65` (16–19), JCB `35` (16–19), Diners
/// `300–305`, `3095`, `36`, `38`, `39` (14–19), UnionPay `62` (16–19), Mir
/// `2200–2204` (16–19), Troy `9792` (16–19), JCB `2131`/`1800` (15), Maestro `50`, `56–58`, `67`, `6304`, `6390`, `0604`
/// (12–19) — and pass Luhn.
///
/// When a space-grouped candidate of 5+ groups fails, it is retried without its last
/// group (`4111 1111 1111 1111 123` and `4111 1111 1111 1111 123-45-6789` yield the
/// first 16 digits).
///
/// **Rejects** runs longer than 19 digits (not truncated), candidates glued to a
/// letter, digit, `_` or to `digit.` / `.digit` (decimals, dotted ids), a separator
/// that continues into more digits, and anything failing prefix/length/Luhn (epoch
/// millis start with `1`, which no issuer uses).
package enum PaymentCardDetector {
    /// After a first group of four digits ending at the `.` at `i`: the end of three more
    /// groups of exactly four digits, each after a single `.`; nil for any other shape.
    static func dottedGroupsEnd(_ bytes: Bytes, from i: Int) -> Int? {
        var k = i
        for _ in 0..<3 {
            guard k + 5 <= bytes.count, bytes[k] == UInt8(ascii: "."),
                  bytes[(k + 1)..<(k + 5)].allSatisfy(ASCII.isDigit) else { return nil }
            k += 5
        }
        return k < bytes.count && ASCII.isDigit(bytes[k]) ? nil : k
    }

    /// A card number glued to a form-of-payment code (airline and GDS entries: `FP CCVI4539578763621486/0828`,
    /// `FOP: VI4539578763621486 EXP 12/28`, `CCCA5425233430109903`): the number after the issuer's
    /// two-letter code (`VI`, `CA`, `MC`, `AX`, `DC`, `JC`, `DS`, `TP`), also after `CC`. `at` is the
    /// code's first letter, at a word start; the number passes the same checks as a bare one.
    package static func issuerPrefixed(_ bytes: Bytes, at: Int, floor: Int) -> Range<Int>? {
        guard at >= floor, at + 15 < bytes.count else { return nil }
        var k = at
        if bytes[k] == UInt8(ascii: "C"), bytes[k + 1] == UInt8(ascii: "C"), ASCII.isUpper(bytes[k + 2]) { k += 2 }
        guard issuerCodes.contains(where: { ASCII.hasPrefix(bytes, at: k, exactly: $0) }) else { return nil }
        k += 2
        guard ASCII.isDigit(bytes[k]) else { return nil }
        let rest = UnsafeBufferPointer(rebasing: bytes[k...])
        guard let r = match(rest, at: 0, floor: 0) else { return nil }
        return (k + r.lowerBound)..<(k + r.upperBound)
    }

    /// IATA's form-of-payment codes of the card issuers.
    static let issuerCodes: [StaticString] = ["VI", "CA", "MC", "AX", "DC", "JC", "DS", "TP"]

    package static func match(_ bytes: Bytes, at: Int, floor: Int) -> Range<Int>? {
        let n = bytes.count
        guard at >= floor, at < n, ASCII.isDigit(bytes[at]) else { return nil }
        if at > 0 {
            let prev = bytes[at - 1]
            if ASCII.isAlnum(prev) || prev == UInt8(ascii: "_") { return nil }
            if prev == UInt8(ascii: ".") || prev == UInt8(ascii: "-"), at > 1, ASCII.isDigit(bytes[at - 2]) { return nil }
        }
        // First run of digits (read at most 20 to detect over-long runs).
        var i = at
        while i < n, i - at < 20, ASCII.isDigit(bytes[i]) { i += 1 }
        var count = i - at
        if count > 19 { return nil }
        var groups = 1
        var lastGroup = 0
        var sep: UInt8 = 0
        if count == 4, i + 1 < n, bytes[i] == UInt8(ascii: "."), let dotted = dottedGroupsEnd(bytes, from: i) {
            // `4111.1111.1111.1111`: four groups of four, dot-separated.
            i = dotted
            count = 16
        } else if count == 4, i + 1 < n, bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "-"),
           ASCII.isDigit(bytes[i + 1]) {
            sep = bytes[i]
            while i + 1 < n, bytes[i] == sep, ASCII.isDigit(bytes[i + 1]) {
                let s = i + 1
                var e = s
                while e < n, e - s < 7, ASCII.isDigit(bytes[e]) { e += 1 }
                let len = e - s
                // A following short or long group after a space (`4111 1111 1111 1111 1 item`,
                // `… 1111 4234003013632009`) is not part of the number; any other odd group
                // rejects the candidate.
                if len < 3 || len > 6, sep == UInt8(ascii: " "), groups >= 3 { break }
                guard len >= 3, len <= 6 else { return nil }
                i = e
                count += len
                guard count <= 19 else { return nil }
                groups += 1
                lastGroup = len
            }
        } else if count < 12 {
            return nil
        }
        guard count >= 12 else { return nil }
        let end = i
        var glued = false
        // Track 2 data after a bare number (`4111…1111=2712101…`, hex dumps' `…1111D2712…`): the
        // whole track is the finding (PCI DSS forbids keeping any of it).
        let track = groups == 1 && count >= 13 ? trackTwoEnd(bytes, panEnd: end) : nil
        if track == nil, end < n {
            let next = bytes[end]
            // Continued by a letter, `_`, `.digit` / `-digit`: a decimal, a dotted or dashed id.
            // A pseudonym after the `.`/`-` stands for what a first pass replaced there (`-88::`
            // became `-ip~k~…`): glued the same way, so a second pass decides as the first did.
            glued = ASCII.isAlnum(next) || next == UInt8(ascii: "_") || next == UInt8(ascii: "@")
                || ((next == UInt8(ascii: ".") || next == UInt8(ascii: "-")) && end + 1 < n
                    && (ASCII.isDigit(bytes[end + 1]) || Scrubber.pseudonymStarts(bytes, at: end + 1)))
        }
        // Twelve digits are a Maestro card only on their own: not an AWS account id inside an
        // ARN (`::123456789012:`), not the last group of a UUID (`…-c84e-576129249610`).
        if count == 12, at > 0 {
            if bytes[at - 1] == UInt8(ascii: ":"), end < n, bytes[end] == UInt8(ascii: ":") { return nil }
            if bytes[at - 1] == UInt8(ascii: "-"), at > 1, ASCII.isAlnum(bytes[at - 2]) { return nil }
        }
        if !glued, issuerAccepts(bytes, at: at, length: count), luhn(bytes, at..<end) { return at..<(track ?? end) }
        // `4111 1111 1111 1111 123` (also `… 1111 123-45-6789`): a space-grouped card followed
        // by a short number — the card ends before the space.
        if sep == UInt8(ascii: " "), groups >= 5 {
            let shorter = end - lastGroup - 1
            let c = count - lastGroup
            if c >= 13, issuerAccepts(bytes, at: at, length: c), luhn(bytes, at..<shorter) { return at..<shorter }
        }
        return nil
    }

    /// After a card number ending at `panEnd`: track 2's separator (`=`, or `D` in hex dumps),
    /// then at least the expiry and service code (7 digits), discretionary digits, `F` padding
    /// and the end sentinel `?`; the track's end, or nil.
    static func trackTwoEnd(_ bytes: Bytes, panEnd: Int) -> Int? {
        let n = bytes.count
        guard panEnd + 8 <= n, bytes[panEnd] == UInt8(ascii: "=") || bytes[panEnd] == UInt8(ascii: "D") else { return nil }
        var k = panEnd + 1
        while k < n, k - panEnd <= 40, ASCII.isDigit(bytes[k]) { k += 1 }
        guard k - panEnd - 1 >= 7 else { return nil }
        while k < n, k - panEnd <= 48, bytes[k] == UInt8(ascii: "F") { k += 1 }
        if k < n, bytes[k] == UInt8(ascii: "?") { k += 1 }
        return k == n || !ASCII.isAlnum(bytes[k]) ? k : nil
    }

    /// Track 1 of a magnetic stripe at `at` (its `%B` start, or a bare `B` after what ends a word:
    /// `track1=B4111…^`): `B` + a valid card number + `^` + the holder's name (up to 26 bytes) + `^` +
    /// expiry, service code and discretionary data, up to the end sentinel `?` or white space. The
    /// whole track (from a valid number and its `^` on), or nil.
    package static func trackOne(_ bytes: Bytes, at: Int) -> Range<Int>? {
        let n = bytes.count
        // (`track1=B4111…^SMITH/JOHN^2512…`: without the start sentinel, after what ends a word.)
        let bare = bytes[at] == UInt8(ascii: "B")
        if bare { guard at == 0 || !(ASCII.isAlnum(bytes[at - 1]) || bytes[at - 1] == UInt8(ascii: "_")) else { return nil } }
        guard at + 16 < n, bare || (bytes[at] == UInt8(ascii: "%") && bytes[at + 1] == UInt8(ascii: "B")) else { return nil }
        let pan = bare ? at + 1 : at + 2
        var k = pan
        while k < n, k - pan <= 19, ASCII.isDigit(bytes[k]) { k += 1 }
        guard k - pan >= 13, k - pan <= 19, k < n, bytes[k] == UInt8(ascii: "^"), issuerAccepts(bytes, at: pan, length: k - pan), luhn(bytes, pan..<k) else { return nil }
        k += 1
        // The name (spaces allowed) up to its `^`; without one within 26 bytes (a damaged or
        // longer field), the rest runs to white space, fail closed: the number is found either way.
        var caret = k
        while caret < n, caret - k <= 26, bytes[caret] != UInt8(ascii: "^"), bytes[caret] >= 0x20 { caret += 1 }
        if caret < n, bytes[caret] == UInt8(ascii: "^") { k = caret + 1 }
        while k < n, k - at < CredentialScan.maxToken, bytes[k] > 0x20, bytes[k] != UInt8(ascii: "?"), bytes[k] != UInt8(ascii: "\""), bytes[k] != UInt8(ascii: "'") { k += 1 }
        if k < n, bytes[k] == UInt8(ascii: "?") { k += 1 }
        return at..<k
    }

    /// Prefix and length check. The first six digits sit in the first group or two.
    private static func issuerAccepts(_ bytes: Bytes, at: Int, length: Int) -> Bool {
        var prefix = 0  // first 4 digits as a number
        var k = at
        var got = 0
        while got < 4 {
            let b = bytes[k]
            if ASCII.isDigit(b) { prefix = prefix * 10 + Int(b &- 0x30); got += 1 }
            k += 1
        }
        let p1 = prefix / 1000, p2 = prefix / 100, p3 = prefix / 10
        switch length {
        case 13: if p1 == 4 { return true }
        case 15: if p2 == 34 || p2 == 37 || prefix == 2131 || prefix == 1800 { return true }  // Amex, JCB (15)
        case 16: if p1 == 4 || (51...55).contains(p2) || (2221...2720).contains(prefix) { return true }
        case 19: if p1 == 4 { return true }
        default: break
        }
        if length >= 16 {
            if prefix == 6011 || (644...649).contains(p3) || p2 == 65 { return true }  // Discover
            if p2 == 35 { return true }                                                  // JCB (3528–3589; issuers print other 35xx too)
            if p2 == 62 { return true }                                                  // UnionPay
            if (2200...2204).contains(prefix) { return true }                            // Mir
            if prefix == 9792 { return true }                                            // Troy (Türkiye)
        }
        if length >= 14 {
            if (300...305).contains(p3) || prefix == 3095 || p2 == 36 || p2 == 38 || p2 == 39 { return true }  // Diners
        }
        // Maestro, 12–19 (`0604`: the Maestro range that card generators such as Faker still issue).
        return p2 == 50 || (56...58).contains(p2) || p2 == 67 || prefix == 6304 || prefix == 6390 || prefix == 604
    }

    /// Luhn over the digits of `range` (separators skipped), from the right.
    static func luhn(_ bytes: Bytes, _ range: Range<Int>) -> Bool {
        var sum = 0
        var double = false
        var k = range.upperBound - 1
        while k >= range.lowerBound {
            let b = bytes[k]
            if ASCII.isDigit(b) {
                var d = Int(b &- 0x30)
                if double { d *= 2; if d > 9 { d -= 9 } }
                sum += d
                double.toggle()
            }
            k -= 1
        }
        return sum % 10 == 0
    }
}
