/// Airline reservation (GDS) elements as booking, check-in and APIS services log them:
/// - `SSR DOCS BA HK1 P/GBR/123456789/GBR/12JAN80/F/15MAR30/DOE/JANE`: the passport's number,
///   the date of birth and the name (the issuing country, nationality, sex and expiry stay);
/// - `SSR CTCM BA HK1/447700900456/GB`, `SSR CTCE BA HK1/JOHN.SMITH//EXAMPLE.COM`: the
///   passenger's phone and e-mail address (`//` stands for `@`);
/// - `FQTV BA 71234567`: a frequent flyer's number;
/// - a PNR's name elements, `1.DOE/JANE MRS  2.SMITH/JOHN MR`, `1.DE LA FONTAINE/AMELIE MRS`:
///   `SURNAME/GIVEN`; a passenger name list's (PNL, ADL) `1MUELLER/HANSJUERGEN MR-A2` at a line's start;
/// - PNL's `.R/DOCS HK1/P/DEU/C01X00T47/…` like `SSR DOCS`;
/// - `SSR FOID AF HK1 PP18FV42317/P1`: the identity document (or card) a passenger shows;
/// - EDIFACT PAXLST (APIS) segments: `NAD+FL+++MUELLER:HANSJUERGEN'`, `DTM+329:850812'`, `DOC+P:110:111+C01X00T47'`,
///   and any message's contacts, `COM+0031206245517:TE'`;
/// - a bar-coded boarding pass (IATA BCBP, `M1NAKAMURA/YUKI       E5ZT9QK CDGLHRAF …`): its
///   20-character name field.
///
/// **Trigger**: the `S` of `SSR `, the `F` of `FQTV `, the `D` of `.R/DOCS `, the `M` of `M1`…`M4`,
/// a PAXLST segment's tag (`NAD+`, `DTM+`, `DOC+`, `COM+`),
/// or a capital right after `N.` or a line's leading digits (a passenger's number). **Returns** each
/// value with the key whose rule applies.
package enum AirlineReservationDetector {
    package enum Field { case passport, dateOfBirth, name, phone, email, frequentFlyer }

    package static func match(_ b: Bytes, at i: Int) -> [(Range<Int>, Field)] {
        let n = b.count
        guard i + 8 < n else { return [] }
        if b[i] == UInt8(ascii: "S"), ASCII.hasPrefix(b, at: i, exactly: "SSR ") {
            if ASCII.hasPrefix(b, at: i + 4, exactly: "DOCS ") { return docs(b, from: i + 9) }
            if ASCII.hasPrefix(b, at: i + 4, exactly: "CTCM ") || ASCII.hasPrefix(b, at: i + 4, exactly: "CTCE ") { return contact(b, from: i + 9, email: b[i + 7] == UInt8(ascii: "E")) }
            if ASCII.hasPrefix(b, at: i + 4, exactly: "FOID ") { return foid(b, from: i + 9) }
            return []
        }
        // PNL's and ADL's `.R/DOCS HK1/P/DEU/…`.
        if b[i] == UInt8(ascii: "D"), i >= 3, b[i - 1] == UInt8(ascii: "/"), b[i - 2] == UInt8(ascii: "R"), b[i - 3] == UInt8(ascii: "."),
           ASCII.hasPrefix(b, at: i, exactly: "DOCS ") {
            return docs(b, from: i + 5)
        }
        if b[i] == UInt8(ascii: "M"), let name = boardingPassName(b, at: i) { return [(name, .name)] }
        if b[i + 3] == UInt8(ascii: "+"), i == 0 || b[i - 1] == UInt8(ascii: "'") || b[i - 1] <= 0x20, let found = paxlstSegment(b, at: i) { return [found] }
        if b[i] == UInt8(ascii: "F"), ASCII.hasPrefix(b, at: i, exactly: "FQTV "), i + 9 < n {
            // `FQTV BA 71234567`, `FQTV BA71234567`, `SSR FQTV AF HK/ AF2004567813/P1`.
            var k = i + 5
            guard ASCII.isUpper(b[k]) || ASCII.isDigit(b[k]), ASCII.isUpper(b[k + 1]) || ASCII.isDigit(b[k + 1]) else { return [] }
            k += 2
            if k < n, b[k] == 0x20 { k += 1 }
            // The status code (`HK/ `, `HK1 `) of an SSR element.
            if k + 3 < n, b[k] == UInt8(ascii: "H"), b[k + 1] == UInt8(ascii: "K") {
                var s = k + 2
                while s < n, s - k < 5, ASCII.isDigit(b[s]) || b[s] == UInt8(ascii: "/") { s += 1 }
                if s < n, b[s] == 0x20 { k = s + 1 }
            }
            var e = k
            while e < n, e - k < 16, ASCII.isAlnum(b[e]) { e += 1 }
            guard e - k >= 6, b[k..<e].contains(where: ASCII.isDigit) else { return [] }
            return [(k..<e, .frequentFlyer)]
        }
        if i >= 2, b[i - 1] == UInt8(ascii: "."), ASCII.isDigit(b[i - 2]), let name = nameElement(b, at: i) { return [(name, .name)] }
        if i >= 1, ASCII.isDigit(b[i - 1]), let name = nameElement(b, at: i) { return [(name, .name)] }
        return []
    }

    /// An EDIFACT PAXLST (APIS) segment: `NAD+FL+++MUELLER:HANSJUERGEN'` (a passenger's name and
    /// address, up to the segment's end), `DTM+329:850812'` (the date of birth),
    /// `DOC+P:110:111+C01X00T47'` (the travel document's number).
    private static func paxlstSegment(_ b: Bytes, at i: Int) -> (Range<Int>, Field)? {
        let n = b.count
        func segmentEnd(_ from: Int, stopAtPlus: Bool) -> Int {
            var e = from
            while e < n, e - from < 200, b[e] != UInt8(ascii: "'"), b[e] != 0x0A, b[e] != 0x0D, !(stopAtPlus && (b[e] == UInt8(ascii: "+") || b[e] == UInt8(ascii: ":"))) {
                // `?'` escapes the segment terminator.
                if b[e] == UInt8(ascii: "?"), e + 1 < n { e += 1 }
                e += 1
            }
            return e
        }
        if ASCII.hasPrefix(b, at: i, exactly: "NAD+") {
            // The party qualifier (`FL`, `DDT`, `DDU`, `COT`), then three `+` to the name.
            var k = i + 4
            while k < n, k - i < 8, ASCII.isUpper(b[k]) { k += 1 }
            guard ASCII.hasPrefix(b, at: k, exactly: "+++"), k + 3 < n, ASCII.isLetter(b[k + 3]) || b[k + 3] >= 0x80 else { return nil }
            let e = segmentEnd(k + 3, stopAtPlus: false)
            return e > k + 4 ? ((k + 3)..<e, .name) : nil
        }
        if ASCII.hasPrefix(b, at: i, exactly: "DTM+329:") {
            var e = i + 8
            while e < n, e - i < 20, ASCII.isDigit(b[e]) { e += 1 }
            return e - i - 8 >= 6 ? ((i + 8)..<e, .dateOfBirth) : nil
        }
        if ASCII.hasPrefix(b, at: i, exactly: "COM+") {
            // A communication contact (`COM+0031206245517:TE'`, IFTMIN's and PAXLST's): the number
            // before its qualifier (`TE` telephone, `MB` mobile, `FX` fax; an `EM` address is the
            // e-mail detector's).
            let e = segmentEnd(i + 4, stopAtPlus: true)
            guard e > i + 5, e + 3 <= n, b[e] == UInt8(ascii: ":"),
                  ASCII.hasPrefix(b, at: e + 1, exactly: "TE") || ASCII.hasPrefix(b, at: e + 1, exactly: "MB") || ASCII.hasPrefix(b, at: e + 1, exactly: "FX") else { return nil }
            return ((i + 4)..<e, .phone)
        }
        if ASCII.hasPrefix(b, at: i, exactly: "DOC+") {
            // The document's type and its code list (`P:110:111`), then `+` and the number.
            var k = i + 4
            while k < n, k - i < 24, b[k] != UInt8(ascii: "+"), b[k] != UInt8(ascii: "'") { k += 1 }
            guard k + 1 < n, b[k] == UInt8(ascii: "+"), ASCII.isAlnum(b[k + 1]) else { return nil }
            let e = segmentEnd(k + 1, stopAtPlus: true)
            return e - k - 1 >= 5 ? ((k + 1)..<e, .passport) : nil
        }
        return nil
    }

    /// After `SSR FOID `: the airline, the status and count (`HK1`), then the document's type
    /// (`PP` passport, `NI` national id, `ID`, `DL`, `CC` card, `FF`) and its number up to `/`.
    private static func foid(_ b: Bytes, from start: Int) -> [(Range<Int>, Field)] {
        let n = b.count
        var k = start
        var words = 0
        while k < n, k - start < 16, words < 2 {
            if b[k] == 0x20 { words += 1 }
            k += 1
        }
        guard words == 2, k + 6 < n, ASCII.isUpper(b[k]), ASCII.isUpper(b[k + 1]) else { return [] }
        var e = k + 2
        while e < n, e - k < 34, ASCII.isAlnum(b[e]) { e += 1 }
        guard e - k >= 6, b[k..<e].contains(where: ASCII.isDigit) else { return [] }
        return [(k..<e, .passport)]
    }

    /// A bar-coded boarding pass's name field: `M` and the number of legs (1…4), then 20
    /// characters, `SURNAME/GIVEN TITLE` padded with spaces, then `E` (an e-ticket) or a space
    /// and the booking reference.
    private static func boardingPassName(_ b: Bytes, at i: Int) -> Range<Int>? {
        let n = b.count
        guard i + 30 < n, b[i + 1] >= UInt8(ascii: "1"), b[i + 1] <= UInt8(ascii: "4"), ASCII.isUpper(b[i + 2]) else { return nil }
        if i > 0, ASCII.isAlnum(b[i - 1]) { return nil }
        let field = (i + 2)..<(i + 22)
        var slash = false
        var last = field.lowerBound
        for k in field {
            let x = b[k]
            if x == UInt8(ascii: "/") { slash = true } else if !(ASCII.isUpper(x) || x == 0x20 || x == UInt8(ascii: "-") || x == UInt8(ascii: ".") || x == UInt8(ascii: "'")) { return nil }
            if x != 0x20 { last = k + 1 }
        }
        guard slash, b[i + 22] == UInt8(ascii: "E") || b[i + 22] == 0x20, ASCII.isAlnum(b[i + 23]) else { return nil }
        return field.lowerBound..<last
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
            // A surname or given names of several words (`DE LA FONTAINE/AMELIE`): from the
            // seventh field on, a space before a capital is part of the name.
            if e < n, b[e] == 0x20, fields.count >= 6, e + 1 < n, ASCII.isUpper(b[e + 1]) { e += 1; continue }
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
        var word = at
        while k < n, k - at < 32 {
            if ASCII.isUpper(b[k]) || b[k] == UInt8(ascii: "-") || b[k] == UInt8(ascii: "'") { k += 1; continue }
            // A particle of the surname (`DE LA FONTAINE/AMELIE`, `VAN DER BERG/ANNA`).
            if b[k] == 0x20, k + 1 < n, ASCII.isUpper(b[k + 1]), surnameParticles.contains(where: { $0.utf8CodeUnitCount == k - word && ASCII.hasPrefix(b, at: word, exactly: $0) }) {
                k += 1
                word = k
                continue
            }
            break
        }
        guard k - at >= 2, k + 2 < n, b[k] == UInt8(ascii: "/"), ASCII.isUpper(b[k + 1]) else { return nil }
        var e = k + 1
        while e < n, e - k < 32, ASCII.isUpper(b[e]) || b[e] == UInt8(ascii: "-") { e += 1 }
        guard e - k - 1 >= 2, e == n || b[e] == 0x20 || b[e] == 0x0D, at >= 1 else { return nil }
        // The passenger's number after a space (`  1.DOE/JANE`), then a title, two spaces or the
        // line's end (`step 2.BUILD/TEST done` is none). A PNL's `1MUELLER/HANS MR-A2` (the
        // number glued to the name, also Sabre's `1.1NAKAMURA/YUKI MS`) only at a line's start or a
        // display's column and with a title.
        let dotted = b[at - 1] == UInt8(ascii: ".")
        var d = dotted ? at - 2 : at - 1
        guard d >= 0, ASCII.isDigit(b[d]) else { return nil }
        while d > 0, ASCII.isDigit(b[d - 1]) { d -= 1 }
        if dotted {
            guard d == 0 || b[d - 1] == 0x20 else { return nil }
            if e == n || b[e] == 0x0D || (e + 1 < n && b[e + 1] == 0x20) { return at..<e }
        } else {
            // Sabre's `1.1NAKAMURA/YUKI MS`: the passenger's number and `.` before the name's.
            var s = d
            if s >= 2, b[s - 1] == UInt8(ascii: "."), ASCII.isDigit(b[s - 2]) {
                s -= 1
                while s > 0, ASCII.isDigit(b[s - 1]) { s -= 1 }
            }
            let lineStart = s == 0 || b[s - 1] == 0x0A || (s >= 2 && b[s - 1] == UInt8(ascii: "n") && b[s - 2] == UInt8(ascii: "\\"))
            // (A display's column in one line: `\n 1.1NAKAMURA/YUKI MS  2.1NAKAMURA/KENJI MR`.)
            let column = s >= 2 && b[s - 1] == 0x20 && (b[s - 2] == 0x20 || b[s - 2] == 0x0A || (s >= 3 && b[s - 2] == UInt8(ascii: "n") && b[s - 3] == UInt8(ascii: "\\")))
            guard lineStart || column else { return nil }
        }
        for title: StaticString in ["MR", "MRS", "MS", "MISS", "MSTR", "DR", "CHD", "INF"] where ASCII.hasPrefix(b, at: e + 1, exactly: title) {
            let t = e + 1 + title.utf8CodeUnitCount
            if t == n || b[t] == 0x20 || b[t] == 0x0D || b[t] == UInt8(ascii: "(") || (!dotted && b[t] == UInt8(ascii: "-"))
                || (b[t] == UInt8(ascii: "\\") && t + 1 < n && b[t + 1] == UInt8(ascii: "n")) { return at..<e }
        }
        return nil
    }

    /// A surname's particles, the words before `FONTAINE/AMELIE` in `1.DE LA FONTAINE/AMELIE`.
    static let surnameParticles: [StaticString] = ["DE", "LA", "DEL", "DI", "DA", "DOS", "DAS", "DO", "VAN", "DER", "DEN", "VON", "LE", "DU", "ST", "MAC", "MC", "AL", "EL", "BIN", "BEN"]
}
