/// France's Déclaration Sociale Nominative (DSN), the monthly payroll declaration every French
/// employer files, one rubric per line: `S21.G00.30.001,'286046938304704'` (the employee's NIR),
/// `S21.G00.30.002,'MARCHAND'` (family name), `S21.G00.30.004,'ELODIE'` (given names),
/// `S21.G00.30.006,'17041986'` (date of birth), `S21.G00.30.008,'18 RUE DES ACACIAS'` (street).
/// Payroll software logs these lines when a declaration is built or rejected; the rubric's code
/// says what its value is.
extension Scrubber {
    /// At `k` (an `S` at a word start, at a line's start or in a validator's message, `ligne 143
    /// S21.G00.30.001,'…'`): the value of one DSN rubric of the individual's blocks (`S21.G00.30`,
    /// and `S21.G00.31` for a change of identity) and the rule its code names; nil for anything else.
    func dsnRubricField(_ b: Bytes, at k: Int) -> (Range<Int>, Int)? {
        let n = b.count
        guard k + 17 < n, ASCII.hasPrefix(b, at: k, exactly: "S21.G00.3"), b[k + 10] == UInt8(ascii: "."),
              ASCII.isDigit(b[k + 9]), ASCII.isDigit(b[k + 11]), ASCII.isDigit(b[k + 12]), ASCII.isDigit(b[k + 13]),
              b[k + 14] == UInt8(ascii: ","), b[k + 15] == UInt8(ascii: "'") else { return nil }
        let block = Int(b[k + 9] - 48)
        let code = Int(b[k + 11] - 48) * 100 + Int(b[k + 12] - 48) * 10 + Int(b[k + 13] - 48)
        let s = k + 16
        guard let close = b[s..<min(n, s + 256)].firstIndex(of: UInt8(ascii: "'")), close > s else { return nil }
        let key: StaticString?
        switch (block, code) {
        case (0, 1), (1, 8): key = "ssn"  // NIR, a former NIR
        case (0, 2), (0, 3), (0, 4), (1, 9), (1, 10): key = "name"  // family, used and given names
        case (0, 6), (1, 11): key = "dob"
        case (0, 7), (0, 8), (0, 12), (0, 16), (0, 17): key = "address"  // place of birth, street, distribution
        case (0, 18): key = "email"
        case (0, 19), (0, 20): key = "employee_id"  // the employer's and a temporary number
        default: key = nil
        }
        guard let key, let rule = fieldRule(forLiteralKey: key), compiled.active[rule].action != .keep,
              !Self.isPseudonym(b, s..<close), Self.placeholderEnd(b, at: s) == nil else { return nil }
        return (s..<close, rule)
    }
}
