/// The account in IBM's and other mainframe-era messages, found at the word `user`:
/// CICS's `DFHSN1100 Signon at terminal T042 by user ANAKAMUR in group TREASURY`, IBM i's
/// `CPF1107 Password not correct for user profile AKUMARSW.`, WebSphere Liberty's `CWWKS1100A:
/// Authentication did not succeed for user ID fzahra.elidrissi.`.
///
/// **Accepts** after `user profile ` and `user ID ` any account (not a filler word such as
/// `is`, `or`, `not`: `user ID or password`); after `by user ` only one that ` in group `
/// follows (CICS's sign-on). The account ends at a space, `,`, `:`, `)` or a sentence's `.`.
extension AuthLogDetector {
    static func ibmUser(_ bytes: Bytes, at: Int) -> Range<Int>? {
        let n = bytes.count
        let p = at + 5
        guard p + 2 < n else { return nil }
        @inline(__always) func ends(_ e: Int) -> Bool {
            e == n || bytes[e] == 0x20 || bytes[e] == UInt8(ascii: ",") || bytes[e] == UInt8(ascii: ":") || bytes[e] == UInt8(ascii: ")")
        }
        /// The run at `k` without a sentence's closing `.`.
        func account(_ k: Int) -> Range<Int>? {
            guard k < n, ASCII.isAlnum(bytes[k]), var r = userRun(bytes, k) else { return nil }
            while r.count > 1, bytes[r.upperBound - 1] == UInt8(ascii: ".") { r = r.lowerBound..<(r.upperBound - 1) }
            guard ends(r.upperBound) || (bytes[r.upperBound] == UInt8(ascii: ".") && ends(r.upperBound + 1)),
                  !isEnglishFiller(bytes, r), !functionWords.containsLowercased(bytes, r) else { return nil }
            return r
        }
        if ASCII.hasPrefix(bytes, at: p, lowercased: "profile ") { return account(p + 8) }
        if ASCII.hasPrefix(bytes, at: p, exactly: "ID ") { return account(p + 3) }
        // (Other `by user X` phrases are ``accountAfterByUser(_:_:)``'s, after an action's word.)
        guard CredentialScan.hasSuffix(bytes, endingAt: at, exactly: "by "), let r = account(p), ASCII.hasPrefix(bytes, at: r.upperBound, exactly: " in group ") else { return nil }
        return r
    }

    private static let functionWords = WordTable("or and is are must the a an of to in on for from with was were be been by as at if")
}

/// The owner of a print job in Windows' print-service events: 307's `Document 57, Passport.pdf
/// owned by oadebayo on \\WS-0188 was printed on Finance-Colour`, 372's `The document x.pdf, owned by
/// felidrissi, failed to print on printer Clinic-Colour`.
extension AuthLogDetector {
    static func printJobOwner(_ bytes: Bytes, at: Int) -> Range<Int>? {
        guard ASCII.hasPrefix(bytes, at: at, exactly: "owned by ") else { return nil }
        return user(bytes, at + 9, then: { e in
            ASCII.hasPrefix(bytes, at: e, exactly: " on \\\\") || ASCII.hasPrefix(bytes, at: e, exactly: ", failed") || ASCII.hasPrefix(bytes, at: e, exactly: " was printed")
        })
    }
}
