/// A person's record printed with positional fields, as Scala's case classes (and Rust's tuple
/// structs) `toString` themselves: `KYC approved for Some(Person(Aarav Sharma,1992-11-04,Some(+91
/// 98765 43210)))`. No key names the fields, so a bare calendar date there is read as the
/// person's date of birth — a record of a person carries no other date alone (times of events
/// carry a time: `2024-03-14T09:14:07Z` stays). The name and the phone number are the detectors'.
///
/// Only records whose type names a person (``personRecordTypes``), and only positional ones: a
/// record with `name=…` or `name: …` fields is read by its keys.
extension Scrubber {
    /// Types whose positional record is a person's.
    static let personRecordTypes = WordTable("""
        Person Customer User Patient Employee Member Passenger Applicant Client Contact Guest Student \
        Traveller Traveler Driver Cardholder Holder Beneficiary Subscriber Insured Policyholder Borrower \
        Tenant Resident Citizen Voter Donor Pupil Candidate AccountHolder
        """)

    /// At the `(` after a person-record type: the ranges of the record's bare dates (at any depth
    /// of nested wrappers, `Some(1992-11-04)` too), or an empty list.
    static func personRecordDates(_ b: Bytes, open: Int) -> [Range<Int>] {
        let n = b.count
        var typeStart = open
        while typeStart > 0, open - typeStart <= 24, ASCII.isAlnum(b[typeStart - 1]) { typeStart -= 1 }
        guard typeStart < open, ASCII.isUpper(b[typeStart]), typeStart == 0 || !(ASCII.isAlnum(b[typeStart - 1]) || b[typeStart - 1] == UInt8(ascii: "_") || b[typeStart - 1] == UInt8(ascii: ".")),
              personRecordTypes.contains(b, typeStart..<open) else { return [] }
        var dates: [Range<Int>] = []
        var depth = 1
        var argStart = open + 1
        var k = open + 1
        let limit = min(n, open + 1024)
        while k < limit, depth > 0 {
            let x = b[k]
            if x == 0x0A || x == 0x0D { return [] }  // unclosed on its line: no record
            // Named fields (`Person(name=Ana, …)`, `Person(name: "Ana")`) are the keys' to read.
            if depth == 1, x == UInt8(ascii: "=") || (x == UInt8(ascii: ":") && k + 1 < n && b[k + 1] == 0x20) { return [] }
            if x == UInt8(ascii: "(") {
                depth += 1
                argStart = k + 1
            } else if x == UInt8(ascii: ",") || x == UInt8(ascii: ")") {
                if let date = bareDate(b, argStart..<k) { dates.append(date) }
                if x == UInt8(ascii: ")") { depth -= 1 }
                argStart = k + 1
            }
            k += 1
        }
        return depth == 0 ? dates : []
    }

    /// `r` trimmed of spaces and quotes is a calendar date alone (`1992-11-04`, `04.11.1992`,
    /// `04/11/1992`): its range.
    private static func bareDate(_ b: Bytes, _ r: Range<Int>) -> Range<Int>? {
        var s = r.lowerBound, e = r.upperBound
        while s < e, b[s] == 0x20 || b[s] == UInt8(ascii: "\"") || b[s] == UInt8(ascii: "'") { s += 1 }
        while e > s, b[e - 1] == 0x20 || b[e - 1] == UInt8(ascii: "\"") || b[e - 1] == UInt8(ascii: "'") { e -= 1 }
        guard e - s == 10 else { return nil }
        func digits(_ a: Int, _ count: Int) -> Bool { (a..<(a + count)).allSatisfy { ASCII.isDigit(b[$0]) } }
        let iso = digits(s, 4) && b[s + 4] == UInt8(ascii: "-") && digits(s + 5, 2) && b[s + 7] == UInt8(ascii: "-") && digits(s + 8, 2)
        let dayFirst = digits(s, 2) && (b[s + 2] == UInt8(ascii: ".") || b[s + 2] == UInt8(ascii: "/")) && b[s + 5] == b[s + 2] && digits(s + 3, 2) && digits(s + 6, 4)
        return iso || dayFirst ? s..<e : nil
    }
}
