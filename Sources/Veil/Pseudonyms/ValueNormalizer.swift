/// Normalises a value before it is pseudonymised, so the same person gets the same
/// pseudonym whatever the spelling in a given log:
///
/// | type | normal form |
/// |---|---|
/// | `email` | trimmed, `%40` → `@`, ASCII lowercase |
/// | `phone` | E.164 digits: `+` kept (or `00` → `+`), every non-digit dropped |
/// | `ip` | IPv4 dotted decimal without leading zeros; IPv6 in RFC 5952 form |
/// | `card`, `ssn` | digits only |
/// | `iban` | letters and digits, uppercase |
/// | `username`, `user`, `name`, `login`, `customer`, `host`, `hostname` | trimmed, ASCII lowercase |
/// | anything else | trimmed of ASCII white space |
package enum ValueNormalizer {
    package static func normalize(_ value: some Collection<UInt8>, type: String) -> [UInt8] {
        let trimmed = trim(Array(value))
        switch type {
        case "email":
            var out: [UInt8] = []
            out.reserveCapacity(trimmed.count)
            var i = 0
            while i < trimmed.count {
                if trimmed[i] == UInt8(ascii: "%"), i + 2 < trimmed.count, trimmed[i + 1] == UInt8(ascii: "4"), trimmed[i + 2] == UInt8(ascii: "0") {
                    out.append(UInt8(ascii: "@")); i += 3
                } else {
                    out.append(ASCII.lower(trimmed[i])); i += 1
                }
            }
            return out
        case "phone":
            var out: [UInt8] = []
            var digits = trimmed.filter(ASCII.isDigit)
            if trimmed.first == UInt8(ascii: "+") {
                out.append(UInt8(ascii: "+"))
            } else if digits.starts(with: [0x30, 0x30]) {
                out.append(UInt8(ascii: "+")); digits.removeFirst(2)
            }
            out += digits
            return out
        case "ip":
            return IPAddressText.canonical(trimmed) ?? trimmed.map(ASCII.lower)
        case "card", "ssn":
            return trimmed.filter(ASCII.isDigit)
        case "iban":
            return trimmed.filter(ASCII.isAlnum).map { ASCII.isLower($0) ? $0 - 0x20 : $0 }
        case "username", "user", "name", "login", "customer":
            return trimmed.map(ASCII.lower)
        case "host", "hostname":
            var out = trimmed.map(ASCII.lower)
            if out.last == UInt8(ascii: ".") { out.removeLast() }
            return out
        default:
            return trimmed
        }
    }

    static func trim(_ bytes: [UInt8]) -> [UInt8] {
        var start = 0, end = bytes.count
        while start < end, ASCII.isSpace(bytes[start]) { start += 1 }
        while end > start, ASCII.isSpace(bytes[end - 1]) { end -= 1 }
        return start == 0 && end == bytes.count ? bytes : Array(bytes[start..<end])
    }
}

/// Parses and prints IP addresses in canonical form (for pseudonym normalisation).
package enum IPAddressText {
    /// Canonical text of an IPv4 or IPv6 address, or nil when `text` is neither.
    package static func canonical(_ text: [UInt8]) -> [UInt8]? {
        if let v4 = parseIPv4(text[...]) { return render(v4) }
        guard let groups = parseIPv6(text) else { return nil }
        return render(groups)
    }

    static func parseIPv4(_ text: ArraySlice<UInt8>) -> [UInt8]? {
        var octets: [UInt8] = []
        var value = 0, digits = 0
        for b in text {
            if ASCII.isDigit(b) {
                value = value * 10 + Int(b - 0x30); digits += 1
                if digits > 3 || value > 255 { return nil }
            } else if b == UInt8(ascii: ".") {
                guard digits > 0, octets.count < 3 else { return nil }
                octets.append(UInt8(value)); value = 0; digits = 0
            } else {
                return nil
            }
        }
        guard digits > 0, octets.count == 3 else { return nil }
        octets.append(UInt8(value))
        return octets
    }

    static func render(_ octets: [UInt8]) -> [UInt8] {
        Array(octets.map { String($0) }.joined(separator: ".").utf8)
    }

    /// Eight 16-bit groups, or nil.
    static func parseIPv6(_ text: [UInt8]) -> [UInt16]? {
        var text = text[...]
        if text.first == UInt8(ascii: "["), text.last == UInt8(ascii: "]") { text = text.dropFirst().dropLast() }
        guard text.count >= 2, text.count <= 45 else { return nil }
        var head: [UInt16] = [], tail: [UInt16] = []
        var sawGap = false
        let parts = text.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        var index = 0
        // Leading "::" yields two empty parts; trailing "::" likewise.
        while index < parts.count {
            let part = parts[index]
            if part.isEmpty {
                if sawGap {
                    // Allowed only as the second empty of a leading/trailing "::".
                    if !(index == 1 || index == parts.count - 1) { return nil }
                } else {
                    sawGap = true
                    if index == 0 {
                        guard parts.count > 1, parts[1].isEmpty else { return nil }
                        index += 1
                    }
                }
                index += 1
                continue
            }
            if index == parts.count - 1, part.contains(UInt8(ascii: ".")) {
                guard let v4 = parseIPv4(part) else { return nil }
                let hi = UInt16(v4[0]) << 8 | UInt16(v4[1]), lo = UInt16(v4[2]) << 8 | UInt16(v4[3])
                if sawGap { tail += [hi, lo] } else { head += [hi, lo] }
                index += 1
                continue
            }
            guard part.count <= 4 else { return nil }
            var value: UInt16 = 0
            for b in part {
                guard ASCII.isHexDigit(b) else { return nil }
                let d = ASCII.isDigit(b) ? b - 0x30 : ASCII.lower(b) - 0x61 + 10
                value = value << 4 | UInt16(d)
            }
            if sawGap { tail.append(value) } else { head.append(value) }
            index += 1
        }
        let total = head.count + tail.count
        if sawGap {
            guard total < 8 else { return nil }
            return head + Array(repeating: 0, count: 8 - total) + tail
        }
        return total == 8 ? head : nil
    }

    /// RFC 5952 text: lowercase, no leading zeros, the longest run of ≥ 2 zero groups as `::`.
    static func render(_ groups: [UInt16]) -> [UInt8] {
        if groups[0..<5].allSatisfy({ $0 == 0 }), groups[5] == 0xFFFF {
            return Array("::ffff:".utf8) + render([UInt8(groups[6] >> 8), UInt8(groups[6] & 0xFF), UInt8(groups[7] >> 8), UInt8(groups[7] & 0xFF)])
        }
        var bestStart = -1, bestLength = 1, runStart = -1
        for i in 0...8 {
            if i < 8, groups[i] == 0 {
                if runStart < 0 { runStart = i }
            } else if runStart >= 0 {
                if i - runStart > bestLength { bestStart = runStart; bestLength = i - runStart }
                runStart = -1
            }
        }
        var out = ""
        var i = 0
        while i < 8 {
            if i == bestStart {
                out += "::"
                i += bestLength
                continue
            }
            if !out.isEmpty, !out.hasSuffix(":") { out += ":" }
            out += String(groups[i], radix: 16)
            i += 1
        }
        return Array(out.utf8)
    }
}
