/// A name after the word that says who the person is in a case, a claim or a record:
/// `Applicant Oluwadamilare Adebayo-Clarke NINO=…`, `Defendant Chidi Okonkwo filed …`,
/// `the claimant Aigerim Nurlanovna was notified`, `for member Fatoumata Diallo`. The role word
/// is the context: the name need not be in the name lists. (Roles that start product and job
/// names too — `Patient Portal`, `Student Information System`, `Employee Directory Sync` — are
/// not among them; `customer`, `member`, `patient`, `student`, `contact` … count only in lower
/// case.)
///
/// **Trigger**: a capitalised word after a role word (any case) and one space (and a quote), or
/// after a role that is a key (`owner="…"`, `renter: …`). **Returns** two
/// or three capitalised words, none of them a word that logs put after names (`Customer
/// Service Portal` is none) and none with an English word's ending unless the name lists hold
/// one of them (`Tracking`, `Information`, `Rejected`); a capitalised word after them that is
/// none of these makes it no name (a title, a product).
extension PersonNameDetector {
    static let roleWords = WordTable("""
        applicant defendant plaintiff claimant petitioner respondent appellant appellee decedent testator \
        tenant insured policyholder beneficiary guardian debtor borrower cardholder witness passenger signer signatory payer
        """)

    /// Roles that count in prose only, written in lower case (`for member Fatoumata Diallo`,
    /// `customer Jane Doe called`, `for child "…"`, `contact Lin Zhou`): capitalised, they start
    /// titles (`Customer Churn Model`, `Member Rewards Program`, `Patient Portal`).
    static let proseRoleWords = WordTable("""
        customer member patient student pupil employee child parent contact driver rider guest resident candidate \
        subscriber donor caller visitor
        """)

    /// Keys that hold a person's name in some logs and a team's or a thing's in others
    /// (`owner="Lindiwe Dlamini"`, `owner=platform-team`): a name only when the value is two or
    /// three name-shaped capitalised words.
    static let keyRoleWords = WordTable("owner holder renter rider guest tenant contact customer member patient student child parent")

    /// Capitalised nouns that follow a role word in titles (`Guardian Consent Form`, `Plaintiff
    /// Discovery Responses Due`) and that ``notFamily`` does not hold.
    static let roleTitleWords = WordTable("""
        Form Forms Consent Statement Designation Discovery Responses Response Due Notice Notices Records Filing Filings \
        Hearing Motion Summary Letter Details Search List Name Number Claim Claims Case Cases Appeal Information System \
        Tracking Page Agreement Affidavit Declaration Exhibit Brief Petition Complaint Answer Docket Deposition Subpoena \
        Evidence Documents Document Signature Contact Address Benefits Benefit Payments Coverage Policy Plan Terms Info \
        Queue Match Unknown None Portal Access Verification Check Change Changes Record Payment History Profile \
        Not Found Valid Invalid Active Inactive Pending Approved Denied Required Missing New Old All Any Only \
        Id Lookup Mismatch Model Program Programme Rewards Reward
        """)

    static func afterRoleWord(_ b: Bytes, at: Int) -> Range<Int>? {
        guard at >= 6 else { return nil }
        // One space after the role word, or a space and a quote (`for child "Finnegan Reilly-Zhou"`);
        // or the role is a key: `owner="Lindiwe Dlamini"`, `renter: Kwame Mensah`.
        var r = at - 1
        if b[r] == UInt8(ascii: "\"") || b[r] == UInt8(ascii: "'") { r -= 1 }
        let asKey = b[r] == UInt8(ascii: "=") || b[r] == UInt8(ascii: ":") || (b[r] == 0x20 && r >= 1 && b[r - 1] == UInt8(ascii: ":"))
        if b[r] == 0x20, asKey { r -= 1 }
        guard b[r] == 0x20 || asKey, r >= 5 else { return nil }
        let roleEnd = r
        var s = roleEnd
        while s > 0, roleEnd - s <= 13, ASCII.isLetter(b[s - 1]) { s -= 1 }
        guard roleEnd - s >= 5, s == 0 || !(ASCII.isAlnum(b[s - 1]) || b[s - 1] == UInt8(ascii: "_") || b[s - 1] >= 0x80),
              roleWords.containsLowercased(b, s..<roleEnd) || (ASCII.isLower(b[s]) && proseRoleWords.contains(b, s..<roleEnd))
                || (asKey && keyRoleWords.containsLowercased(b, s..<roleEnd)) else { return nil }
        let n = b.count
        var end = at
        var words = 0
        var k = at
        var listed = false
        var englishEnding = false
        while true {
            guard let e = familyName(b, k) else {
                // A title-case word that is no name-shaped word: a title or a product's name.
                // (An upper-case key after the name, `NINO=`, ends it.)
                if words > 0, k + 1 < n, ASCII.isLower(b[k + 1]) { return nil }
                break
            }
            guard words < 3, !roleTitleWords.contains(b, k..<e) else { return nil }
            words += 1
            listed = listed || given.contains(b, k..<e) || family.contains(b, k..<e)
            englishEnding = englishEnding || hasEnglishEnding(b, k..<e)
            end = e
            guard e + 2 < n, b[e] == 0x20, upperInitialLength(b, e + 1) > 0 else { break }
            k = e + 1
        }
        return words >= 2 && (listed || !englishEnding) ? at..<end : nil
    }

    /// People who serve someone, as an app's messages name them: `Your courier Kwame is 3 min
    /// away`, `your driver Ahmed has arrived`, `Your nurse Ngozi will call you`.
    static let serviceRoleWords = WordTable("""
        courier driver rider dasher shopper agent advisor adviser nurse doctor therapist technician guide \
        instructor trainer coach stylist caregiver carer tutor teacher chauffeur captain cleaner installer
        """)

    /// Verbs (with their space) that follow the one named after ``serviceRoleWords``.
    private static let serviceRoleVerbs: [StaticString] = [" is ", " has ", " will ", " was ", " arrived", " accepted", " picked ", " can ", " just ", " would ", " and "]

    /// At a capitalised word: one given name after `your` and a role of ``serviceRoleWords``,
    /// followed by a verb of ``serviceRoleVerbs`` or by `,`, `!` or `.` (`Your courier Kwame is
    /// 3 min away`). The name need not be listed: the role says who it is.
    static func afterYourServiceRole(_ b: Bytes, at: Int) -> Range<Int>? {
        let n = b.count
        guard at >= 11, b[at - 1] == 0x20 else { return nil }
        var s = at - 1
        while s > 0, at - 1 - s <= 12, ASCII.isLower(b[s - 1]) { s -= 1 }
        guard at - 1 - s >= 4, s >= 5, ASCII.hasPrefix(b, at: s - 5, lowercased: "your "), s == 5 || !ASCII.isAlnum(b[s - 6]),
              serviceRoleWords.contains(b, s..<(at - 1)) else { return nil }
        let e = wordEnd(b, at)
        guard e - at >= 3, e - at <= 20, e < n, !notFamily.contains(b, at..<e), !roleTitleWords.contains(b, at..<e) else { return nil }
        for k in (at + 1)..<e where !(ASCII.isLower(b[k]) || b[k] >= 0x80) { return nil }
        let x = b[e]
        if x == UInt8(ascii: ",") || x == UInt8(ascii: "!") || x == UInt8(ascii: ".") { return e + 1 == n || b[e + 1] == 0x20 ? at..<e : nil }
        return serviceRoleVerbs.contains { ASCII.hasPrefix(b, at: e, exactly: $0) } ? at..<e : nil
    }


    private static let englishEndings: [StaticString] = ["tion", "sion", "ing", "ment", "ness", "ity", "ance", "ence", "ed", "ess", "ive", "ous", "ics", "ure", "able", "ible", "ary", "ory", "ism", "ogy", "ful", "less", "ship", "ware", "ems", "ords", "ails", "ists", "ery", "ses"]

    static func hasEnglishEnding(_ b: Bytes, _ r: Range<Int>) -> Bool {
        englishEndings.contains { ending in
            let count = ending.utf8CodeUnitCount
            return r.count > count + 1 && ASCII.hasPrefix(b, at: r.upperBound - count, lowercased: ending)
        }
    }
}
