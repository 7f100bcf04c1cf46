/// A label glued to its value, as sample sheets and file names write them
/// (`S24-01187_MRN4471290`, `S24-01188_OSULLIVAN_DOB19850611`): `MRN` and 5 to 12 digits (a
/// medical record number), `DOB` and a calendar date of 8 digits (`YYYYMMDD` or `DDMMYYYY`).
extension Scrubber {
    /// At the `M` of `MRN` or the `D` of `DOB` (not glued to a letter or digit before; `_` and `-`
    /// may be): the value and the key whose rule it takes.
    static func gluedLabelValue(_ b: Bytes, at: Int) -> (Range<Int>, StaticString)? {
        let n = b.count
        guard at == 0 || !ASCII.isAlnum(b[at - 1]) else { return nil }
        let key: StaticString
        if ASCII.hasPrefix(b, at: at, exactly: "MRN") { key = "patient_id" } else if ASCII.hasPrefix(b, at: at, exactly: "DOB") { key = "dob" } else { return nil }
        let start = at + 3
        var e = start
        while e < n, e - start <= 12, ASCII.isDigit(b[e]) { e += 1 }
        guard e == n || !(ASCII.isAlnum(b[e])) else { return nil }
        if b[at] == UInt8(ascii: "D") {
            guard e - start == 8 else { return nil }
            func number(_ k: Int, _ count: Int) -> Int { (k..<(k + count)).reduce(0) { $0 * 10 + Int(b[$1]) - 48 } }
            let yearFirst = number(start, 4) >= 1900 && number(start, 4) <= 2099 && (1...12).contains(number(start + 4, 2)) && (1...31).contains(number(start + 6, 2))
            let dayFirst = (1...31).contains(number(start, 2)) && (1...12).contains(number(start + 2, 2)) && number(start + 4, 4) >= 1900 && number(start + 4, 4) <= 2099
            guard yearFirst || dayFirst else { return nil }
        } else {
            guard e - start >= 5, e - start <= 12 else { return nil }
        }
        return (start..<e, key)
    }
}
