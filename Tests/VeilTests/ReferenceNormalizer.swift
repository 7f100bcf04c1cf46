import Veil

/// The value normaliser as first written (allocating, string `switch`): the reference the
/// allocation-free ``ValueNormalizer`` is checked against.
enum ReferenceNormalizer {
    static func normalize(_ value: some Collection<UInt8>, type: String) -> [UInt8] {
        let trimmed = trim(Array(value))
        switch type {
        case "email":
            var out: [UInt8] = []
            out.reserveCapacity(trimmed.count)
            var i = 0
            while i < trimmed.count {
                let rest = String(decoding: trimmed[i...], as: UTF8.self).lowercased()
                if let sign = ["%40", "%2540", "&#64;", "&#x40;"].first(where: { rest.hasPrefix($0) }) {
                    out.append(UInt8(ascii: "@")); i += sign.utf8.count
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
            } else if trimmed.count > 3, Array(trimmed.prefix(3)).map(ASCII.lower) == Array("%2b".utf8) {
                out.append(UInt8(ascii: "+")); digits.removeFirst()  // a URL-encoded `+`
            } else if digits.starts(with: [0x30, 0x30]) {
                out.append(UInt8(ascii: "+")); digits.removeFirst(2)
            }
            out += digits
            return out
        case "ip":
            return referenceCanonicalIP(trimmed) ?? trimmed.map(ASCII.lower)
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

    /// IPv4 as the first version rendered it (through `String`), IPv6 through the engine.
    static func referenceCanonicalIP(_ text: [UInt8]) -> [UInt8]? {
        let parts = text.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        if parts.count == 4, parts.allSatisfy({ !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(ASCII.isDigit) }) {
            let octets = parts.map { Int(String(decoding: $0, as: UTF8.self))! }
            if octets.allSatisfy({ $0 <= 255 }) { return Array(octets.map { String($0) }.joined(separator: ".").utf8) }
            return nil
        }
        if !text.contains(UInt8(ascii: ":")) { return nil }
        return IPAddressText.canonical(text)
    }
}
