/// IPv4 addresses in dotted-quad form.
///
/// **Trigger**: `at` is the index of a digit whose previous byte (if any) is not
/// alphanumeric.
///
/// **Accepts** four decimal octets 0–255 without leading zeros (`0` alone is fine),
/// followed by anything that is not a digit, a letter or `.digit` — so `:port`,
/// `/cidr`, brackets, quotes, commas and a sentence-ending dot stay outside the span.
///
/// **Rejects**
/// - parts of longer dotted runs: preceded by `digit.`, followed by `.digit`
///   (`1.2.3.4.5`, SNMP OIDs, four-part versions such as `10.0.19041.1`);
/// - version numbers by context: preceded by `/` or `-` after a letter
///   (`nginx/1.25.3.1`, `glibc-2.34.100.1`) unless a `:port` follows (`alice/203.0.113.50:1194`)
///   or the word before `/` is a path segment or an upper-case tag (`/ip/…`, `HIER_DIRECT/…`),
///   or by a `version` / `build` / `release` key (also as a suffix: `app_version`) or
///   the words `ver` / `rev` / `v`, then up to four of `= : space " '` — only when that
///   context lies after the last finding (`mail:v"1.1.7.7`: the `v` is replaced);
/// - netmasks (contiguous-ones values such as `255.255.255.0`, `255.0.0.0`, also
///   `255.255.255.255`), `0.x.x.x` (including `0.0.0.0`) and loopback `127.x.x.x`.
package enum IPv4Detector {
    package static func match(_ bytes: Bytes, at: Int, floor: Int) -> Range<Int>? {
        let n = bytes.count
        guard at >= floor, at < n, ASCII.isDigit(bytes[at]) else { return nil }
        if at > 0 {
            let prev = bytes[at - 1]
            if ASCII.isAlnum(prev) { return nil }
            if prev == UInt8(ascii: "."), at > 1, ASCII.isDigit(bytes[at - 2]) { return nil }
        }
        guard let (value, end) = parse(bytes, at: at) else { return nil }
        if end < n {
            let next = bytes[end]
            if ASCII.isAlnum(next) || next == UInt8(ascii: "_") || next == UInt8(ascii: "@") { return nil }  // `@`: an e-mail local part
            if next == UInt8(ascii: "."), end + 1 < n, ASCII.isDigit(bytes[end + 1]) { return nil }
        }
        let first = value >> 24
        if first == 0 || first == 127 { return nil }
        let inverted = ~value
        if inverted & (inverted &+ 1) == 0 { return nil }  // contiguous-ones netmask
        if looksLikeVersion(bytes, at: at, floor: floor), !hasPort(bytes, end) { return nil }
        if isPackageVersion(bytes, at: at, end: end, floor: floor) { return nil }
        return at..<end
    }

    /// A Debian or RPM package version with four numeric parts and a revision: `1.2.5.1-2`
    /// (dpkg's `status installed alsa-topology-conf:all 1.2.5.1-2`, apt's `Unpacking alsa-topology-conf
    /// (1.2.5.1-2) ...`, `alsa-topology-conf_1.2.5.1-2_all.deb`), `1.2.5.1-1ubuntu3`, `4.3.2.1-2+deb12u1`.
    ///
    /// The revision is `-` and digits, then a distribution tag (`+`, `~`, a letter) or the end of a
    /// package file name (`_`), or the version stands in parentheses or after dpkg's `pkg:arch` or
    /// `<none>`. An address range (`10.0.0.1-10.0.0.254`) goes on with a dot; nmap's
    /// `192.168.1.1-254` in plain text has none of these contexts and stays an address.
    private static func isPackageVersion(_ bytes: Bytes, at: Int, end: Int, floor: Int) -> Bool {
        let n = bytes.count
        guard end + 1 < n, bytes[end] == UInt8(ascii: "-"), ASCII.isDigit(bytes[end + 1]) else { return false }
        var k = end + 1
        while k < n, k - end <= 6, ASCII.isDigit(bytes[k]) { k += 1 }
        let after: UInt8 = k < n ? bytes[k] : 0x20
        if after == UInt8(ascii: ".") || ASCII.isDigit(after) { return false }
        if after == UInt8(ascii: "+") || after == UInt8(ascii: "~") || after == UInt8(ascii: "_") || ASCII.isLetter(after) { return true }
        guard at > floor else { return false }
        let prev = bytes[at - 1]
        if prev == UInt8(ascii: "(") || prev == UInt8(ascii: "_") { return after == UInt8(ascii: ")") || after == UInt8(ascii: ",") || prev == UInt8(ascii: "_") }
        // dpkg.log: `… status installed alsa-topology-conf:all 1.2.5.1-2`, `configure pkg:amd64 1.2.5.1-2 <none>`.
        guard prev == 0x20, at - 2 >= floor else { return false }
        var w = at - 1
        while w > floor, at - 1 - w < 24, bytes[w - 1] != 0x20 { w -= 1 }
        let word = bytes[w..<(at - 1)]
        if word.elementsEqual("<none>".utf8) { return true }
        guard let colon = word.lastIndex(of: UInt8(ascii: ":")) else { return false }
        let arch = bytes[(colon + 1)..<(at - 1)]
        return Self.architectures.contains { arch.elementsEqual($0.utf8) }
    }

    /// Whether `b[at...]` is an architecture name that ends there (space, `(`, `,`, `)` or the end).
    package static func isDebianArchitecture(_ b: Bytes, _ at: Int) -> Bool {
        guard at < b.count, ASCII.isLower(b[at]) else { return false }
        var e = at
        while e < b.count, e - at <= 8, ASCII.isLower(b[e]) || ASCII.isDigit(b[e]) { e += 1 }
        guard e == b.count || b[e] == 0x20 || b[e] == UInt8(ascii: "(") || b[e] == UInt8(ascii: ",") || b[e] == UInt8(ascii: ")") else { return false }
        let word = b[at..<e]
        return architectures.contains { word.elementsEqual($0.utf8) }
    }

    /// Debian's architecture names, as dpkg writes them after a package (`libc6:amd64`).
    private static let architectures = ["all", "amd64", "arm64", "armhf", "armel", "i386", "ppc64el", "s390x", "riscv64", "mips64el", "loong64"]

    /// An address written with dashes inside a host name: reverse-DNS names
    /// (`82-68-222-194.dsl.example.net`, `ec2-52-80-34-196.compute-1.amazonaws.com`,
    /// `10-244-1-5.default.pod.cluster.local`) and DHCP or cloud host names
    /// (`ip-172-31-22-14`, `calvisitor-10-105-160-95`) carry the address they were named after.
    ///
    /// **Trigger**: `at` is a digit right after a non-alphanumeric byte.
    ///
    /// **Accepts** four octets 0–255 without leading zeros joined by `-`, not glued to more
    /// digits or dashed groups, either
    /// - after `-` that follows a word with a letter (`ip-`, `ec2-`, `calvisitor-`), or
    /// - at a word start and followed by `.` and a letter (a domain).
    ///
    /// **Rejects** `0.x.x.x`, `127.x.x.x`, netmasks (as in dotted form), versions (after a word
    /// ending in `version`, `release`, `build`, or the word `v`, `ver`, `rev`); dates, phone numbers
    /// and card groups fail the octet ranges (`2026-11-30`, `555-123-4567`).
    package static func matchDashed(_ bytes: Bytes, at: Int, floor: Int) -> Range<Int>? {
        let n = bytes.count
        guard at >= floor, at < n, ASCII.isDigit(bytes[at]) else { return nil }
        let afterWord: Bool
        if at > 0, bytes[at - 1] == UInt8(ascii: "-") {
            // The word before the dash must hold a letter: `1-2-3-4-5` is no host name.
            var k = at - 2
            var letter = false
            while k >= 0, at - k < 64, ASCII.isAlnum(bytes[k]) { if ASCII.isLetter(bytes[k]) { letter = true }; k -= 1 }
            guard letter, k + 1 >= floor else { return nil }
            // `release-2-0-1-4`, `v-1-2-3-4`: a version, not an address.
            let word = k + 1
            if endsWith(bytes, word, at - 1, "version") || endsWith(bytes, word, at - 1, "release") || endsWith(bytes, word, at - 1, "build")
                || (at - 1 - word == 1 && ASCII.lower(bytes[word]) == UInt8(ascii: "v"))
                || (at - 1 - word == 3 && (endsWith(bytes, word, at - 1, "ver") || endsWith(bytes, word, at - 1, "rev"))) {
                return nil
            }
            afterWord = true
        } else {
            if at > 0, ASCII.isAlnum(bytes[at - 1]) || bytes[at - 1] == UInt8(ascii: ".") || bytes[at - 1] == UInt8(ascii: "_") { return nil }
            afterWord = false
        }
        guard let (value, i) = parse(bytes, at: at, separator: UInt8(ascii: "-")) else { return nil }
        if i < n {
            let next = bytes[i]
            if ASCII.isAlnum(next) || next == UInt8(ascii: "_") || next == UInt8(ascii: "@") { return nil }
            if next == UInt8(ascii: "-"), i + 1 < n, ASCII.isDigit(bytes[i + 1]) { return nil }
            if next == UInt8(ascii: "."), i + 1 < n, ASCII.isDigit(bytes[i + 1]) { return nil }
        }
        let domain = i + 1 < n && bytes[i] == UInt8(ascii: ".") && ASCII.isLetter(bytes[i + 1])
        guard afterWord || domain else { return nil }
        let first = value >> 24
        if first == 0 || first == 127 { return nil }
        let inverted = ~value
        if inverted & (inverted &+ 1) == 0 { return nil }
        return at..<i
    }

    /// Parses `a.b.c.d` (or `a-b-c-d` with `separator` `-`) at `at`; returns the 32-bit value
    /// and the end index. Does not look at what follows the fourth octet beyond its digits.
    @inline(__always)
    static func parse(_ bytes: Bytes, at: Int, separator: UInt8 = UInt8(ascii: ".")) -> (UInt32, Int)? {
        let n = bytes.count
        var i = at
        var value: UInt32 = 0
        for octet in 0..<4 {
            if octet > 0 {
                guard i < n, bytes[i] == separator else { return nil }
                i += 1
            }
            let s = i
            var v: UInt32 = 0
            while i < n, i - s < 4, ASCII.isDigit(bytes[i]) {
                v = v * 10 + UInt32(bytes[i] &- 0x30)
                i += 1
            }
            let len = i - s
            guard len >= 1, len <= 3, v <= 255 else { return nil }
            if len > 1, bytes[s] == UInt8(ascii: "0") { return nil }
            value = value << 8 | v
        }
        return (value, i)
    }

    /// Context before `at` that marks a version number.
    /// `:digit` after the address: a port, which versions never have
    /// (`alice/203.0.113.50:1194`, OpenVPN's `common-name/address:port`).
    private static func hasPort(_ bytes: Bytes, _ end: Int) -> Bool {
        end + 1 < bytes.count && bytes[end] == UInt8(ascii: ":") && ASCII.isDigit(bytes[end + 1])
    }

    /// The context word must lie at or after `floor`: a word inside a finding
    /// (`mail:v"1.1.7.7`, where `v` is the `mail` key's value) is replaced, and the
    /// address must not depend on bytes a second pass no longer sees.
    private static func looksLikeVersion(_ bytes: Bytes, at: Int, floor: Int) -> Bool {
        guard at > 0 else { return false }
        let prev = bytes[at - 1]
        if prev == UInt8(ascii: "-") { return at - 2 >= floor && ASCII.isLetter(bytes[at - 2]) }
        if prev == UInt8(ascii: "/") { return at - 2 >= floor && ASCII.isLetter(bytes[at - 2]) && !namesAddress(bytes, slash: at - 1, floor: floor) }
        // Skip up to four separators (`": "`), then read the word before them.
        var j = at - 1
        var seps = 0
        while j >= 0, seps < 4, isSeparator(bytes[j]) { j -= 1; seps += 1 }
        guard seps > 0, j >= floor, ASCII.isLetter(bytes[j]) else { return false }
        let wordEnd = j + 1
        var wordStart = wordEnd
        while wordStart > 0, wordEnd - wordStart < 16, ASCII.isLetter(bytes[wordStart - 1]) { wordStart -= 1 }
        guard wordStart >= floor else { return false }
        // Long keywords may end a longer key (`app_version`, `X-Build`, `appVersion`).
        if endsWith(bytes, wordStart, wordEnd, "version") || endsWith(bytes, wordStart, wordEnd, "build")
            || endsWith(bytes, wordStart, wordEnd, "release") || endsWith(bytes, wordStart, wordEnd, "firmware") {
            return true
        }
        // Short words must be whole words.
        let len = wordEnd - wordStart
        if len == 1 { return ASCII.lower(bytes[wordStart]) == UInt8(ascii: "v") }
        if len == 3 {
            return ASCII.hasPrefix(bytes, at: wordStart, lowercased: "ver")
                || ASCII.hasPrefix(bytes, at: wordStart, lowercased: "rev")
        }
        // `fw 1.19.4.2` (a device's firmware).
        if len == 2 { return ASCII.hasPrefix(bytes, at: wordStart, lowercased: "fw") }
        return false
    }

    /// The word before `/` names an address rather than a product: a path segment
    /// (`/ip/93.184.216.34`, `/clients/10.1.2.3`) or an upper-case tag (Squid's
    /// `HIER_DIRECT/93.184.216.34`, `FIRSTUP_PARENT/10.1.2.3`). Product versions follow a
    /// name with a lower-case letter at a word start (`nginx/1.25.3.1`, `openresty/1.21.4.1`).
    private static func namesAddress(_ bytes: Bytes, slash: Int, floor: Int) -> Bool {
        var k = slash - 1
        var lower = false
        while k >= floor, slash - k <= 64 {
            let b = bytes[k]
            guard ASCII.isAlnum(b) || b == UInt8(ascii: "_") || b == UInt8(ascii: "-") else { break }
            if b >= UInt8(ascii: "a"), b <= UInt8(ascii: "z") { lower = true }
            k -= 1
        }
        if k < 0 { return !lower }  // the word starts the line
        guard k >= floor, slash - k <= 64 else { return false }  // the word's start is not in view
        return !lower || bytes[k] == UInt8(ascii: "/")
    }

    @inline(__always)
    private static func isSeparator(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "=") || b == UInt8(ascii: ":") || b == UInt8(ascii: " ")
            || b == UInt8(ascii: "\"") || b == UInt8(ascii: "'")
    }

    @inline(__always)
    private static func endsWith(_ bytes: Bytes, _ start: Int, _ end: Int, _ word: StaticString) -> Bool {
        let k = word.utf8CodeUnitCount
        return end - start >= k && ASCII.hasPrefix(bytes, at: end - k, lowercased: word)
    }
}
