/// Normalises a value before it is pseudonymised, so the same person gets the same
/// pseudonym whatever the spelling in a given log:
///
/// | type | normal form |
/// |---|---|
/// | `email` | trimmed, `%40`, `%2540`, `&#64;`, `&#x40;`, `\u0040` → `@`, ASCII lowercase |
/// | `phone` | E.164 digits: `+` kept (or `00` → `+`), every non-digit dropped (digits of other scripts, `٠٥٠…`, read as ASCII) |
/// | `ip` | IPv4 dotted decimal without leading zeros; IPv6 in RFC 5952 form |
/// | `card`, `ssn` | digits only |
/// | `iban` | letters and digits, uppercase |
/// | `username`, `user`, `name`, `login`, `customer`, `host`, `hostname` | trimmed, ASCII lowercase |
/// | `device_id` | a MAC address (`3C:22:FB:12:34:56`, `3c-22-…`, `3c22.fb12.3456`) as 12 lower-case hex digits; anything else trimmed |
/// | anything else | trimmed of ASCII white space |
package enum ValueNormalizer {
    /// The normal form a type asks for.
    package enum Kind: Sendable {
        case email, phone, ip, digits, iban, lowercase, host, deviceID, trimmed

        package init(type: String) {
            var type = type
            self = type.withUTF8 { t -> Kind in
                func `is`(_ name: StaticString) -> Bool {
                    t.count == name.utf8CodeUnitCount && t.elementsEqual(UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
                }
                if `is`("email") { return .email }
                if `is`("phone") { return .phone }
                if `is`("ip") { return .ip }
                if `is`("card") || `is`("ssn") { return .digits }
                if `is`("iban") { return .iban }
                if `is`("username") || `is`("user") || `is`("name") || `is`("login") || `is`("customer") { return .lowercase }
                if `is`("host") || `is`("hostname") { return .host }
                if `is`("device_id") { return .deviceID }
                return .trimmed
            }
        }
    }

    package static func normalize(_ value: some Collection<UInt8>, type: String) -> [UInt8] {
        let kind = Kind(type: type)
        if let out = value.withContiguousStorageIfAvailable({ normalize($0, kind) }) { return out }
        return Array(value).withUnsafeBufferPointer { normalize($0, kind) }
    }

    /// One pass over the value, one array out.
    static func normalize(_ value: UnsafeBufferPointer<UInt8>, _ kind: Kind) -> [UInt8] {
        var out: [UInt8] = []
        normalize(value, kind, into: &out)
        return out
    }

    /// Normalises `value` into `out`, replacing its contents (a reused buffer: no allocation
    /// once it has grown).
    package static func normalize(_ value: some Collection<UInt8>, type: String, into out: inout [UInt8]) {
        let kind = Kind(type: type)
        if value.withContiguousStorageIfAvailable({ normalize($0, kind, into: &out) }) == nil {
            Array(value).withUnsafeBufferPointer { normalize($0, kind, into: &out) }
        }
    }

    static func normalize(_ value: UnsafeBufferPointer<UInt8>, _ kind: Kind, into out: inout [UInt8]) {
        if kind == .phone || kind == .digits, value.contains(where: { $0 >= 0xD9 }) {
            // Digits of other scripts (`٠٥٠١٢٣٤٥٦٧`) are the number the ASCII digits spell
            // (before stop 36 they were dropped: every such number shared one pseudonym).
            var ascii: [UInt8] = []
            ascii.reserveCapacity(value.count)
            var k = 0, converted = false
            while k < value.count {
                if let d = NativeDigits.digit(value, at: k) {
                    ascii.append(UInt8(ascii: "0") + d.value)
                    k += d.length
                    converted = true
                } else {
                    ascii.append(value[k])
                    k += 1
                }
            }
            if converted {
                ascii.withUnsafeBufferPointer { normalize($0, kind, into: &out) }
                return
            }
        }
        var start = 0, end = value.count
        while start < end, ASCII.isSpace(value[start]) { start += 1 }
        while end > start, ASCII.isSpace(value[end - 1]) { end -= 1 }
        let t = UnsafeBufferPointer(rebasing: value[start..<end])
        out.removeAll(keepingCapacity: true)
        out.reserveCapacity(t.count)
        switch kind {
        case .email:
            var i = 0
            while i < t.count {
                if t[i] == UInt8(ascii: "%") || t[i] == UInt8(ascii: "&") || t[i] == UInt8(ascii: "\\"), let sign = EmailDetector.atSign(t, i) {
                    out.append(UInt8(ascii: "@")); i += sign.length
                } else {
                    out.append(ASCII.lower(t[i])); i += 1
                }
            }
        case .phone:
            var skip = 0
            if t.first == UInt8(ascii: "+") {
                out.append(UInt8(ascii: "+"))
            } else if t.count > 3, t[0] == UInt8(ascii: "%"), t[1] == UInt8(ascii: "2"), t[2] | 0x20 == UInt8(ascii: "b") {
                // `%2B14155552671` (a URL-encoded `+`): the same number as `+14155552671`.
                out.append(UInt8(ascii: "+"))
                skip = 1
            } else {
                // `00` international prefix (the first two digits) → `+`.
                var zeros = 0
                for x in t where ASCII.isDigit(x) {
                    guard x == UInt8(ascii: "0") else { break }
                    zeros += 1
                    if zeros == 2 { break }
                }
                if zeros == 2 { out.append(UInt8(ascii: "+")); skip = 2 }
            }
            for x in t where ASCII.isDigit(x) {
                if skip > 0 { skip -= 1; continue }
                out.append(x)
            }
        case .ip:
            if !IPAddressText.appendCanonicalIPv4(t, to: &out) {
                if let v6 = IPAddressText.canonical(Array(t)) { out = v6 } else { for x in t { out.append(ASCII.lower(x)) } }
            }
        case .digits:
            for x in t where ASCII.isDigit(x) { out.append(x) }
        case .iban:
            for x in t where ASCII.isAlnum(x) { out.append(ASCII.isLower(x) ? x - 0x20 : x) }
        case .lowercase:
            for x in t { out.append(ASCII.lower(x)) }
        case .host:
            for x in t { out.append(ASCII.lower(x)) }
            if out.last == UInt8(ascii: ".") { out.removeLast() }
        case .deviceID:
            if let hex = MACAddressDetector.canonicalHex(t) { out.append(contentsOf: hex) } else { out.append(contentsOf: t) }
        case .trimmed:
            out.append(contentsOf: t)
        }
    }
}

/// Parses and prints IP addresses in canonical form (for pseudonym normalisation).
package enum IPAddressText {
    /// Canonical text of an IPv4 or IPv6 address, or nil when `text` is neither.
    package static func canonical(_ text: [UInt8]) -> [UInt8]? {
        var v4: [UInt8] = []
        if text.withUnsafeBufferPointer({ appendCanonicalIPv4($0, to: &v4) }) { return v4 }
        guard let groups = parseIPv6(text) else { return nil }
        return render(groups)
    }

    /// Appends dotted-decimal IPv4 without leading zeros (`010.0.0.1` → `10.0.0.1`) and
    /// returns true, or appends nothing and returns false when `text` is not four decimal
    /// octets of 1–3 digits, each ≤ 255.
    static func appendCanonicalIPv4(_ text: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) -> Bool {
        var packed = 0  // the octets seen so far, 8 bits each
        var count = 0, value = 0, digits = 0
        for b in text {
            if ASCII.isDigit(b) {
                value = value * 10 + Int(b - 0x30); digits += 1
                if digits > 3 || value > 255 { return false }
            } else if b == UInt8(ascii: ".") || b == UInt8(ascii: "-") {  // `-`: a host name's `10-0-0-1`
                guard digits > 0, count < 3 else { return false }
                packed = packed << 8 | value
                count += 1; value = 0; digits = 0
            } else {
                return false
            }
        }
        guard digits > 0, count == 3 else { return false }
        packed = packed << 8 | value
        for shift in stride(from: 24, through: 0, by: -8) {
            let octet = packed >> shift & 0xFF
            if octet >= 100 { out.append(UInt8(0x30 + octet / 100)) }
            if octet >= 10 { out.append(UInt8(0x30 + octet / 10 % 10)) }
            out.append(UInt8(0x30 + octet % 10))
            if shift > 0 { out.append(UInt8(ascii: ".")) }
        }
        return true
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
