/// Airline reservation (GDS) elements as booking, check-in and APIS services log them:
/// - `SSR DOCS BA HK1 P/GBR/123456789/GBR/12JAN80/F/15MAR30/DOE/JANE`: the passport's number,
///   the date of birth and the name (the issuing country, nationality, sex and expiry stay);
/// - `SSR CTCM BA HK1/447700900456/GB`, `SSR CTCE BA HK1/JOHN.SMITH//EXAMPLE.COM`: the
///   passenger's phone and e-mail address (`//` stands for `@`);
/// - `FQTV BA 71234567`: a frequent flyer's number;
/// - a PNR's name elements, `1.DOE/JANE MRS  2.SMITH/JOHN MR`: `SURNAME/GIVEN`.
///
/// **Trigger**: the `S` of `SSR `, the `F` of `FQTV `, or a capital right after `N.` (a
/// passenger's number). **Returns** each value with the key whose rule applies.
package enum AirlineReservationDetector {
    package enum Field { case passport, dateOfBirth, name, phone, email, frequentFlyer }

    package static func match(_ b: Bytes, at i: Int) -> [(Range<Int>, Field)] {
        let n = b.count
        guard i + 8 < n else { return [] }
        if b[i] == UInt8(ascii: "S"), ASCII.hasPrefix(b, at: i, exactly: "SSR ") {
            if ASCII.hasPrefix(b, at: i + 4, exactly: "DOCS ") { return docs(b, from: i + 9) }
            if ASCII.hasPrefix(b, at: i + 4, exactly: "CTCM ") || ASCII.hasPrefix(b, at: i + 4, exactly: "CTCE ") { return contact(b, from: i + 9, email: b[i + 7] == UInt8(ascii: "E")) }
            return []
        }
        if b[i] == UInt8(ascii: "F"), ASCII.hasPrefix(b, at: i, exactly: "FQTV "), i + 9 < n {
            // `FQTV BA 71234567`, `FQTV BA71234567`.
            var k = i + 5
            guard ASCII.isUpper(b[k]) || ASCII.isDigit(b[k]), ASCII.isUpper(b[k + 1]) || ASCII.isDigit(b[k + 1]) else { return [] }
            k += 2
            if k < n, b[k] == 0x20 { k += 1 }
            var e = k
            while e < n, e - k < 16, ASCII.isAlnum(b[e]) { e += 1 }
            guard e - k >= 6, b[k..<e].contains(where: ASCII.isDigit) else { return [] }
            return [(k..<e, .frequentFlyer)]
        }
        if i >= 2, b[i - 1] == UInt8(ascii: "."), ASCII.isDigit(b[i - 2]), let name = nameElement(b, at: i) { return [(name, .name)] }
        return []
    }

    /// After `SSR DOCS `: the airline, the status and count (`HK1`), `P/` or `/P/`, then the
    /// slash-separated fields.
    private static func docs(_ b: Bytes, from start: Int) -> [(Range<Int>, Field)] {
        let n = b.count
        let limit = min(n, start + 48)
        var k = start
        while k + 2 < limit, !(b[k + 1] == UInt8(ascii: "/") && (b[k] == UInt8(ascii: "P") || b[k] == UInt8(ascii: "I")) && (b[k - 1] == 0x20 || b[k - 1] == UInt8(ascii: "/"))) { k += 1 }
        guard k + 2 < limit else { return [] }
        var fields: [Range<Int>] = []
        var s = k + 2
        var e = s
        while e <= n, fields.count < 10 {
            if e == n || b[e] == UInt8(ascii: "/") || b[e] == 0x20 || b[e] == 0x0D {
                fields.append(s..<e)
                if e == n || b[e] != UInt8(ascii: "/") { break }
                s = e + 1
            }
            e += 1
        }
        // issuing country, document number, nationality, date of birth, sex, expiry, surname, given names…
        var found: [(Range<Int>, Field)] = []
        if fields.count > 1, !fields[1].isEmpty { found.append((fields[1], .passport)) }
        if fields.count > 3, !fields[3].isEmpty { found.append((fields[3], .dateOfBirth)) }
        if fields.count > 6, !fields[6].isEmpty { found.append((fields[6].lowerBound..<fields[fields.count - 1].upperBound, .name)) }
        return found
    }

    /// After `SSR CTCM ` / `SSR CTCE `: the value after the first `/` up to the next `/` (a
    /// phone: its country follows) or the end (an e-mail address with `//` for `@`).
    private static func contact(_ b: Bytes, from start: Int, email: Bool) -> [(Range<Int>, Field)] {
        let n = b.count
        guard let slash = b[start..<min(n, start + 16)].firstIndex(of: UInt8(ascii: "/")) else { return [] }
        let v = slash + 1
        var e = v
        if email {
            while e < n, e - v < 160, b[e] > 0x20 { e += 1 }
        } else {
            while e < n, e - v < 24, b[e] != UInt8(ascii: "/"), b[e] > 0x20 { e += 1 }
        }
        guard e - v >= 5 else { return [] }
        // Only the raw forms (a first pass's pseudonym has letters and no `//`).
        if email { guard CredentialScan.contains(b, from: v, to: e, lowercased: "//") else { return [] } }
        else { guard b[v..<e].allSatisfy({ ASCII.isDigit($0) || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }) else { return [] } }
        return [(v..<e, email ? .email : .phone)]
    }

    /// `DOE/JANE`, `DOE/JANE MARIE` (given names in capitals), from `at`.
    private static func nameElement(_ b: Bytes, at: Int) -> Range<Int>? {
        let n = b.count
        var k = at
        while k < n, k - at < 32, ASCII.isUpper(b[k]) || b[k] == UInt8(ascii: "-") || b[k] == UInt8(ascii: "'") { k += 1 }
        guard k - at >= 2, k + 2 < n, b[k] == UInt8(ascii: "/"), ASCII.isUpper(b[k + 1]) else { return nil }
        var e = k + 1
        while e < n, e - k < 32, ASCII.isUpper(b[e]) || b[e] == UInt8(ascii: "-") { e += 1 }
        guard e - k - 1 >= 2, e == n || b[e] == 0x20 || b[e] == 0x0D, at >= 3 else { return nil }
        // The passenger's number after a space (`  1.DOE/JANE`), then a title, two spaces or the
        // line's end (`step 2.BUILD/TEST done` is none).
        var d = at - 2
        while d > 0, ASCII.isDigit(b[d - 1]) { d -= 1 }
        guard d == 0 || b[d - 1] == 0x20 else { return nil }
        if e == n || b[e] == 0x0D || (e + 1 < n && b[e + 1] == 0x20) { return at..<e }
        for title: StaticString in ["MR", "MRS", "MS", "MISS", "MSTR", "DR", "CHD", "INF"] where ASCII.hasPrefix(b, at: e + 1, exactly: title) {
            let t = e + 1 + title.utf8CodeUnitCount
            if t == n || b[t] == 0x20 || b[t] == 0x0D || b[t] == UInt8(ascii: "(") { return at..<e }
        }
        return nil
    }
}
