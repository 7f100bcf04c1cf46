/// SEPA details in an MT940 statement's `:86:` field (and the Dutch and German structured
/// forms like it): `/TRTP/SEPA OVERBOEKING/IBAN/NL91…/BIC/BCITITMM/NAME/GIULIA ESPOSITO/REMI/HUUR
/// NOVEMBER/EREF/NOTPROVIDED`. Subfield codes between slashes label what follows; `/NAME/` is the
/// counterparty's name (the IBAN is the IBAN detector's).
extension Scrubber {
    /// The name at `at` (the `N` of `NAME/` right after `/`): up to the next `/CODE/` (two to
    /// four capitals), a quote, a line break or the end, at most 140 bytes with a letter; only
    /// when the line has another subfield of such a statement (`/IBAN/`, `/BIC/`, `/REMI/`,
    /// `/TRTP/`, `/EREF/`) or `:86:`. Nil otherwise.
    static func statementCounterpartyName(_ b: Bytes, at: Int) -> Range<Int>? {
        guard at >= 1, at + 6 < b.count, b[at - 1] == UInt8(ascii: "/"), ASCII.hasPrefix(b, at: at, exactly: "NAME/") else { return nil }
        let from = at - 400, to = at + 400
        guard CredentialScan.contains(b, from: from, to: to, lowercased: "/iban/") || CredentialScan.contains(b, from: from, to: to, lowercased: "/remi/")
            || CredentialScan.contains(b, from: from, to: to, lowercased: "/trtp/") || CredentialScan.contains(b, from: from, to: to, lowercased: "/eref/")
            || CredentialScan.contains(b, from: from, to: to, lowercased: "/bic/") || CredentialScan.contains(b, from: from, to: to, lowercased: ":86:") else { return nil }
        let start = at + 5
        var e = start, letters = 0
        while e < b.count, e - start <= 140 {
            let x = b[e]
            if x == UInt8(ascii: "\"") || x == UInt8(ascii: "'") || x == 0x0A || x == 0x0D || (x == UInt8(ascii: "\\") && e + 1 < b.count && b[e + 1] == UInt8(ascii: "n")) { break }
            if x == UInt8(ascii: "/") {
                var c = e + 1
                while c < b.count, c - e <= 5, ASCII.isUpper(b[c]) { c += 1 }
                if c - e >= 3, c - e <= 5, c < b.count, b[c] == UInt8(ascii: "/") { break }
            }
            if ASCII.isLetter(x) || x >= 0x80 { letters += 1 }
            e += 1
        }
        while e > start, b[e - 1] == 0x20 { e -= 1 }
        guard letters >= 2, e - start <= 140 else { return nil }
        return start..<e
    }
}
