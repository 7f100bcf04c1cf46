/// PostgreSQL prints the whole row that broke a `NOT NULL` or `CHECK` constraint:
/// `DETAIL:  Failing row contains (1042, Amara, null, 1988-04-23, amara.okafor@yahoo.com, …).`
/// The columns are not named, so the values are read by their shape (fail closed):
/// - a date alone (`1988-04-23`, `12/03/1990`) takes the `dob` key's rule (a birth date is the
///   date a people table most often holds);
/// - lower-case words joined by `.` (`ewa.nowak`) take the account rule; letters with a
///   digit or capital and a symbol (`Kotek2024!haslo`) the cli-password rule;
/// - capitalised words (`Amara`, `Okafor`, `María José`) take the `name` key's rule;
/// - a house number before capitalised words (`12 George St`) takes the `address` key's rule;
/// - numbers, `null`, booleans, timestamps with a time, lower-case words (statuses, codes)
///   and all-capital words (`USD`, `ACTIVE`) stay; e-mail addresses, phones and the like are
///   left to the text scan, which reads on after the phrase.
extension Scrubber {
    /// At the `F` of `Failing row contains (`: appends a span for every value of the shapes
    /// above; true when one was appended.
    func failingRowValues(_ b: Bytes, at i: Int, floor: Int, spans: inout [TextSpan]) -> Bool {
        let n = b.count
        guard i >= floor, ASCII.hasPrefix(b, at: i, exactly: "Failing row contains (") else { return false }
        var appended = false
        var k = i + 22
        let limit = min(n, k + 8192)
        while k < limit {
            // One value: quoted (`"O'Brien, Pat"`, `""` inside) or up to the next `, ` / `)`.
            var start = k, end = k, next = k
            if b[k] == UInt8(ascii: "\"") {
                var e = k + 1
                while e < limit, !(b[e] == UInt8(ascii: "\"") && !(e + 1 < limit && b[e + 1] == UInt8(ascii: "\""))) { e += b[e] == UInt8(ascii: "\"") ? 2 : 1 }
                start = k + 1; end = min(e, limit); next = min(e + 1, limit)
            } else {
                var e = k
                while e < limit, b[e] != UInt8(ascii: ")"), !(b[e] == UInt8(ascii: ",") && e + 1 < limit && b[e + 1] == 0x20) { e += 1 }
                end = e; next = e
            }
            if end > start, let rule = positionalValueRule(b, start..<end) {
                spans.append(TextSpan(start..<end, rule: rule, kind: .field, precedence: 20))
                appended = true
            }
            guard next + 1 < limit, b[next] == UInt8(ascii: ","), b[next + 1] == 0x20 else { break }
            k = next + 2
        }
        return appended
    }

    /// The rule a value without a column name takes by its shape (see the type's comment), or
    /// nil: a failing row's, a positional bind parameter's, a row of an INSERT without columns.
    func positionalValueRule(_ b: Bytes, _ r: Range<Int>) -> Int? {
        let dob = fieldRule(forLiteralKey: "dob"), address = fieldRule(forLiteralKey: "address"), name = compiled.nameRule
        let first = b[r.lowerBound]
        if ASCII.isDigit(first) {
            // `1988-04-23`, `12/03/1990`, `12.03.1990`: a date alone.
            if r.count == 10, (b[r.lowerBound + 4] == UInt8(ascii: "-") && b[r.lowerBound + 7] == UInt8(ascii: "-"))
                || (b[r.lowerBound + 2] == b[r.lowerBound + 5] && (b[r.lowerBound + 2] == UInt8(ascii: "/") || b[r.lowerBound + 2] == UInt8(ascii: "."))),
               b[r].allSatisfy({ ASCII.isDigit($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ".") }) {
                return dob.flatMap { compiled.active[$0].action != .keep ? $0 : nil }
            }
            // `12 George St`: a house number, then a capitalised word.
            var k = r.lowerBound
            while k < r.upperBound, ASCII.isDigit(b[k]) { k += 1 }
            if k - r.lowerBound <= 5, k + 2 < r.upperBound, b[k] == 0x20, PersonNameDetector.upperInitialLength(b, k + 1) > 0, ASCII.isLower(b[k + 2]) {
                return address.flatMap { compiled.active[$0].action != .keep ? $0 : nil }
            }
            return nil
        }
        // `ewa.nowak`: an account (lower-case words joined by `.`).
        if ASCII.isLower(first), let user = accountShapedRule(b, r) { return user }
        // `Kotek2024!haslo`: a password (letters with a digit or a capital, and a symbol).
        if let secret = passwordShapedRule(b, r) { return secret }
        // Capitalised words (letters, spaces, `-`, `'`, `.`), not all in capitals.
        guard name >= 0, compiled.active[name].action != .keep, PersonNameDetector.upperInitialLength(b, r.lowerBound) > 0 else { return nil }
        var lower = false
        for x in b[r] {
            if ASCII.isLower(x) || x >= 0x80 { lower = true; continue }
            // (`D\'Angelo`: MySQL escapes the apostrophe.)
            guard ASCII.isUpper(x) || x == 0x20 || x == UInt8(ascii: "-") || x == UInt8(ascii: "'") || x == UInt8(ascii: ".") || x == UInt8(ascii: ",")
                || x == UInt8(ascii: "\\") else { return nil }
        }
        // One common capitalised word (`Success`, `Admin`, `Pending`) is a status, not a name.
        if !b[r].contains(0x20), PersonNameDetector.isCommonWord(b, r) { return nil }
        return lower ? name : nil
    }

    private func accountShapedRule(_ b: Bytes, _ r: Range<Int>) -> Int? {
        let rule = compiled.userRule
        guard rule >= 0, compiled.active[rule].action != .keep, r.count >= 3, r.count <= 64 else { return nil }
        // (Only `.` joins: `in_progress` is a status. Every part holds a letter: `v1.2` is a version.)
        var joiners = 0
        var partStart = r.lowerBound
        for k in r.lowerBound...r.upperBound {
            if k == r.upperBound || b[k] == UInt8(ascii: ".") {
                guard k > partStart, b[partStart..<k].contains(where: ASCII.isLower) else { return nil }
                if k < r.upperBound { joiners += 1 }
                partStart = k + 1
            } else if !(ASCII.isLower(b[k]) || ASCII.isDigit(b[k])) {
                return nil
            }
        }
        return joiners >= 1 ? rule : nil
    }

    private func passwordShapedRule(_ b: Bytes, _ r: Range<Int>) -> Int? {
        let rule = compiled.detectors.commandLinePassword
        guard rule >= 0, r.count >= 6, r.count <= 64, !Self.isPseudonym(b, r) else { return nil }
        var lower = false, upperOrDigit = false, symbol = false
        for x in b[r] {
            if ASCII.isLower(x) { lower = true } else if ASCII.isUpper(x) || ASCII.isDigit(x) { upperOrDigit = true }
            else if Self.passwordSymbols.contains(x) { symbol = true } else { return nil }
        }
        return lower && upperOrDigit && symbol ? rule : nil
    }

    /// (Not `~`: Veil's pseudonyms hold it, and a second pass reads them here.)
    private static let passwordSymbols: Set<UInt8> = Set("!#$%&*?^+=".utf8)
}
