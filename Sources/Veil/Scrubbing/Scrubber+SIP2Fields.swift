/// 3M's Standard Interchange Protocol (SIP2), which library systems (Koha, Evergreen, self-check
/// machines) log message by message: `64 … AOdearborn|AA21987001234567|AERania Haddad|BD2210
/// Michigan Ave, …|BEr.haddad@…|BF313-555-0187|…`. Each variable field is a two-letter code and
/// its value up to the next `|`. The patron's barcode (`AA`), PIN (`AD`), name (`AE`), home
/// address (`BD`), e-mail (`BE`), phone (`BF`) and birth date (`PB`) take the rules of the keys
/// `patron_barcode`, `password`, `full_name`, `address`, `email`, `phone` and `dob`.
///
/// Oracle's FIAS (hotel property-management interfaces: phones, key cards, minibars) frames
/// records the same way, `<STX>GI|RN1204|GNO'Connor-Whelan|GFSiobhán|…<ETX>`: the guest's
/// family name (`GN`) and given name (`GF`) take the rules of `last_name` and `first_name`.
extension Scrubber {
    /// The field at `at` (its code's first letter, right after `|`) in a message that carries an
    /// institution id (`AO`) before it: the key whose rule applies and the value's range.
    static func sip2Field(_ b: Bytes, at: Int) -> (key: StaticString, value: Range<Int>)? {
        let n = b.count
        guard at >= 3, at + 2 < n, b[at - 1] == UInt8(ascii: "|"), ASCII.isUpper(b[at]), ASCII.isUpper(b[at + 1]) else { return nil }
        let key: StaticString
        switch (b[at], b[at + 1]) {
        case (UInt8(ascii: "A"), UInt8(ascii: "A")): key = "patron_barcode"
        case (UInt8(ascii: "A"), UInt8(ascii: "D")): key = "password"
        case (UInt8(ascii: "A"), UInt8(ascii: "E")): key = "full_name"
        case (UInt8(ascii: "B"), UInt8(ascii: "D")): key = "address"
        case (UInt8(ascii: "B"), UInt8(ascii: "E")): key = "email"
        case (UInt8(ascii: "B"), UInt8(ascii: "F")): key = "phone"
        case (UInt8(ascii: "P"), UInt8(ascii: "B")): key = "dob"
        // Oracle's FIAS (hotel interfaces): `<STX>GI|RN1204|G#884213|GNO'Connor-Whelan|GFSiobhán|…`.
        case (UInt8(ascii: "G"), UInt8(ascii: "N")), (UInt8(ascii: "G"), UInt8(ascii: "F")):
            guard isFIASRecord(b, before: at) else { return nil }
            let start = at + 2
            var end = start
            while end < n, b[end] != UInt8(ascii: "|"), b[end] != 0x0A, b[end] != 0x0D { end += 1 }
            return end > start ? (b[at + 1] == UInt8(ascii: "N") ? "last_name" : "first_name", start..<end) : nil
        default: return nil
        }
        // The institution id, `AO…|`, earlier in the message.
        var k = at - 1
        var institution = false
        while k >= 2, at - k < 1024, b[k] != 0x0A {
            if b[k - 2] == UInt8(ascii: "A"), b[k - 1] == UInt8(ascii: "O"), k - 3 < 0 || !ASCII.isUpper(b[k - 3]) || b[k - 3] == UInt8(ascii: "|") { institution = true; break }
            k -= 1
        }
        guard institution else { return nil }
        let start = at + 2
        var end = start
        while end < n, b[end] != UInt8(ascii: "|"), b[end] != UInt8(ascii: "'"), b[end] != 0x0A, b[end] != 0x0D { end += 1 }
        guard end > start else { return nil }
        return (key, start..<end)
    }

    /// A FIAS record before `at`: a two-letter record type and `|` after the frame's start
    /// (`<STX>`, the STX byte) or the line's.
    static func isFIASRecord(_ b: Bytes, before at: Int) -> Bool {
        var k = at - 1
        while k >= 3, at - k < 1024, b[k] != 0x0A {
            if b[k] == UInt8(ascii: "|"), ASCII.isUpper(b[k - 1]), ASCII.isUpper(b[k - 2]) {
                let s = k - 3
                if b[s] == 0x02 || (s >= 4 && ASCII.hasPrefix(b, at: s - 4, exactly: "<STX>")) { return true }
            }
            k -= 1
        }
        return false
    }
}
