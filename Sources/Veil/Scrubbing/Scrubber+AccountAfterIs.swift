/// An account named in a sentence: `my username is praman`, `Your login is: jdoe42`,
/// `the username is "j.smith"` — as support tickets, chat transcripts and onboarding mails
/// that reach logs write it. The value after `username is` / `login is` is the account,
/// unless it is a word that says something about the account (`username is invalid`,
/// `login is required`, `username is already taken`).
extension Scrubber {
    /// At `e`, right after `username` or `login` (a space follows): the account after ` is `
    /// (a `:` allowed), quoted or one token of an account's bytes; nil when a state word, a
    /// number alone or Veil's own output follows.
    static func accountAfterIs(_ b: Bytes, wordEnd e: Int) -> Range<Int>? {
        let n = b.count
        guard e + 5 < n, ASCII.hasPrefix(b, at: e, lowercased: " is ") || ASCII.hasPrefix(b, at: e, lowercased: " is:") else { return nil }
        var v = e + 3
        if b[v] == UInt8(ascii: ":") { v += 1 }
        while v < n, v - e < 8, b[v] == 0x20 { v += 1 }
        guard v < n else { return nil }
        if let quoted = quotedValue(b, at: v) {
            return isAccountValue(b, quoted) ? quoted : nil
        }
        guard let r = AuthLogDetector.user(b, v, then: { AuthLogDetector.endsWord(b, $0) }) else { return nil }
        var value = r
        // A sentence's final `.` is not the account's.
        if b[value.upperBound - 1] == UInt8(ascii: "."), value.upperBound == n || b[value.upperBound] == 0x20 { value = value.lowerBound..<(value.upperBound - 1) }
        guard isAccountValue(b, value) else { return nil }
        // A plain word (`Login is handled by SSO`) is an account only after a possessive
        // (`my login is praman`) or when it has a person's shape (`username is jdoe`).
        if CredentialScan.looksLikeWord(b, value), !afterPossessive(b, wordEnd: e),
           AuthLogDetector.personShapedAccount(b, value.lowerBound, afterUserWord: false) != value { return nil }
        return value
    }

    /// True when `my `, `your `, `his `, `her `, `their ` or `our ` comes before the key word
    /// that ends at `e` (`username` or `login`).
    private static func afterPossessive(_ b: Bytes, wordEnd e: Int) -> Bool {
        var s = e
        while s > 0, ASCII.isLetter(b[s - 1]) { s -= 1 }
        guard s >= 3, b[s - 1] == 0x20 else { return false }
        for word: StaticString in ["my ", "your ", "his ", "her ", "their ", "our "] where CredentialScan.hasSuffix(b, endingAt: s, lowercased: word) {
            let start = s - word.utf8CodeUnitCount
            return start == 0 || !ASCII.isLetter(b[start - 1])
        }
        return false
    }

    /// True when `r` can be an account: 2…64 bytes, not only digits, no state word, not
    /// already a pseudonym or placeholder.
    private static func isAccountValue(_ b: Bytes, _ r: Range<Int>) -> Bool {
        guard r.count >= 2, r.count <= 64, !b[r].allSatisfy(ASCII.isDigit) else { return false }
        if accountStateWords.containsLowercased(b, r) { return false }
        if isPseudonym(b, r) || placeholderEnd(b, at: r.lowerBound) != nil || alreadyScrubbedEnd(b, r) != nil { return false }
        if b[r].contains(UInt8(ascii: "~")) { return false }
        return true
    }

    /// Words that describe an account rather than name one (`username is required`).
    static let accountStateWords = WordTable("""
        invalid valid required mandatory optional empty blank missing null nil none undefined unset set taken available already
        not too now still the a an your my his her their our its this that case sensitive insensitive incorrect correct wrong
        unknown known locked unlocked disabled enabled expired blocked active inactive successful unsuccessful ok okay reserved
        used unused being in on of different same longer shorter changed updated verified unverified pending suspended deleted
        banned allowed denied forbidden malformed unavailable duplicate duplicated registered unregistered present absent
        also only just correctly incorrectly currently no yes true false mismatched mandatory restricted limited unique
        """)
}
