/// A REST path's record id under a collection of people: `/api/patient/274196359/dossier`,
/// `/mileageplus/v2/members/GK428819/activity`, `/v1/profiles/prf_2xK91mQ/traits`,
/// `/open-banking/v3.1/aisp/accounts/acc-7731904-01/balances`. The segment before names whose
/// record it is; the id is the person's (a patient's id under `patient`, an account's otherwise).
///
/// **Accepts** 4…64 letters, digits, `_`, `-` and `.` with at least three digits (`me`, `self`,
/// `saml2`, `search` stay), ending the segment (`/`, `?`, `#`, `;`, a quote, white space or the end).
/// Usernames under `/users/` (`/users/jdoe42`) are ``AuthLogDetector/pathAccount(_:at:)``'s.
extension Scrubber {
    /// Collections whose members are people (singular and plural).
    static let personRecordSegments = WordTable("""
        users user patients patient members member customers customer employees employee students student
        profiles profile contacts contact people persons person drivers driver riders rider passengers passenger
        subscribers subscriber clients client applicants applicant candidates candidate accounts account
        cardholders cardholder guests guest travelers traveler travellers traveller patrons patron
        constituents constituent donors donor attendees attendee tenants tenant
        """)

    /// The id at `at` (right after `/`) and whether it is a patient's; nil when the segment
    /// before names no people or the id has no such shape.
    static func personRecordPathID(_ b: Bytes, at: Int) -> (range: Range<Int>, patient: Bool)? {
        guard at >= 5, b[at - 1] == UInt8(ascii: "/"), ASCII.isAlnum(b[at]) else { return nil }
        // (JSON's escaped `\/`: `https:\/\/gf-api.example.com\/members\/65e1a9c4…`.)
        let segmentEnd = b[at - 2] == UInt8(ascii: "\\") ? at - 2 : at - 1
        var s = segmentEnd
        while s > 0, segmentEnd - s <= 12, ASCII.isLower(b[s - 1]) { s -= 1 }
        // (Tessitura's `/CRM/Constituents/1184302/`: a capital first letter — not a vendor's own
        // tenant, Lightspeed's `/API/V3/Account/281734/`.)
        if s > 1, ASCII.isUpper(b[s - 1]), b[s - 2] == UInt8(ascii: "/"), !ASCII.hasPrefix(b, at: s - 1, exactly: "Account"), !ASCII.hasPrefix(b, at: s - 1, exactly: "Client") { s -= 1 }
        guard s > 0, s < segmentEnd, b[s - 1] == UInt8(ascii: "/"), personRecordSegments.containsLowercased(b, s..<segmentEnd) else { return nil }
        var e = at, digits = 0
        while e < b.count, e - at <= 64, ASCII.isAlnum(b[e]) || b[e] == UInt8(ascii: "_") || b[e] == UInt8(ascii: "-") || b[e] == UInt8(ascii: ".") {
            if ASCII.isDigit(b[e]) { digits += 1 }
            e += 1
        }
        guard e - at >= 4, e - at <= 64, digits >= 3, b[e - 1] != UInt8(ascii: ".") else { return nil }
        guard e == b.count || b[e] == UInt8(ascii: "/") || b[e] == UInt8(ascii: "?") || b[e] == UInt8(ascii: "#") || b[e] == UInt8(ascii: ";")
            || b[e] == UInt8(ascii: "\"") || b[e] == UInt8(ascii: "'") || b[e] == 0x20 || b[e] == 0x09 || b[e] == UInt8(ascii: "\\") else { return nil }
        // (A date or a version, `/customers/2024-03-01/`, `/users/1.2.3/`, names no one.)
        if isDashedDate(b, at..<e) || b[at..<e].allSatisfy({ ASCII.isDigit($0) || $0 == UInt8(ascii: ".") }) && b[at..<e].contains(UInt8(ascii: ".")) { return nil }
        let patient = ASCII.hasPrefix(b, at: s, exactly: "patient")
        return (at..<e, patient)
    }
}

extension Scrubber {
    /// A FHIR token search's value at `at` (the `i` of `identifier=` after `?` or `&`):
    /// `Patient?identifier=https://fhir.nhs.uk/Id/nhs-number|6018423758`, URL-encoded
    /// `…%2Fpersonnummer%7C197905112384`. The part after the system's `|` (`%7C`) is the person's
    /// identifier, up to `&`, `#`, a quote or white space (4…64 bytes with a digit); nil otherwise.
    static func fhirIdentifierSearchValue(_ b: Bytes, at: Int) -> Range<Int>? {
        guard at >= 1, b[at - 1] == UInt8(ascii: "?") || b[at - 1] == UInt8(ascii: "&"), ASCII.hasPrefix(b, at: at, exactly: "identifier=") else { return nil }
        var k = at + 11
        var start = -1
        while k < b.count, k - at <= 300 {
            let x = b[k]
            if x == UInt8(ascii: "&") || x == UInt8(ascii: "#") || x == UInt8(ascii: "\"") || x == UInt8(ascii: "'") || x == 0x20 || x == 0x09 { break }
            if x == UInt8(ascii: "|") { start = k + 1 } else if x == UInt8(ascii: "%"), k + 2 < b.count, b[k + 1] == UInt8(ascii: "7"), b[k + 2] | 0x20 == UInt8(ascii: "c") { start = k + 3; k += 2 }
            k += 1
        }
        guard start > 0, k - start >= 4, k - start <= 64, b[start..<k].contains(where: ASCII.isDigit),
              b[start..<k].allSatisfy({ ASCII.isAlnum($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") }) else { return nil }
        return start..<k
    }
}

extension Scrubber {
    /// A UUID right after a word that names a person (`User 4c1a9e7d-2b3f-… is not active`,
    /// `for customer 3f5b2e1c-…`, `patient 8d1f…`): that person's id. Returns the UUID's range and
    /// whether it is a patient's; nil otherwise.
    static func personUUIDAfterWord(_ b: Bytes, at: Int) -> (range: Range<Int>, patient: Bool)? {
        let n = b.count
        guard at >= 5, at + 36 <= n, b[at - 1] == 0x20, b[at + 8] == UInt8(ascii: "-"), b[at + 13] == UInt8(ascii: "-"),
              b[at + 18] == UInt8(ascii: "-"), b[at + 23] == UInt8(ascii: "-") else { return nil }
        for k in at..<(at + 36) where k != at + 8 && k != at + 13 && k != at + 18 && k != at + 23 {
            guard ASCII.isHexDigit(b[k]) else { return nil }
        }
        guard at + 36 == n || !(ASCII.isAlnum(b[at + 36]) || b[at + 36] == UInt8(ascii: "-") || b[at + 36] == UInt8(ascii: "_")) else { return nil }
        var s = at - 1
        while s > 0, at - 1 - s < 10, ASCII.isLetter(b[s - 1]) { s -= 1 }
        guard s < at - 1, s == 0 || !ASCII.isAlnum(b[s - 1]) else { return nil }
        let word = s..<(at - 1)
        guard personWordsBeforeID.containsLowercased(b, word) else { return nil }
        return (at..<(at + 36), ASCII.hasPrefix(b, at: s, lowercased: "patient"))
    }

    /// Words after which an id is a person's.
    static let personWordsBeforeID = WordTable("user customer patient member subscriber shopper learner student employee candidate applicant")
}
