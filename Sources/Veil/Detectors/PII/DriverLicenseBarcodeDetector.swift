/// The data elements of a North American driver's licence or identity card barcode (AAMVA
/// DL/ID card design standard, PDF417), as ID scanners at tills, pharmacies, bars and KYC services
/// log what they read: one element per line (`DCSGARCIA-MARQUEZ`, `DACJOSE`, `DBB07211990`),
/// joined by `\n` escapes inside a JSON string, or glued to the header's `DL` subfile type
/// (`ANSI 636015090002DL00410278ZT03190008DLDAQ33414819`).
///
/// **Trigger**: a `D` that starts a line, follows `\n` (escaped), a record separator (0x1E) or a
/// carriage return, or follows the subfile type `DL`/`ID` on a line that holds the `ANSI ` header.
/// **Accepts** an element id that carries a person's data — `DAQ` (the licence number), `DCF`
/// (the document discriminator), `DCS`, `DAC`, `DAD`, `DCT`, `DAA` (family, given, middle and
/// full names), `DBB` (the date of birth, eight digits), `DAG`, `DAH` (the street) — and its value
/// up to the element's end. At a line's start without the header the value is the rest of the line
/// and holds only capitals, digits, spaces and `-'.,/` (as the standard writes it), so a log line
/// that happens to start with `DAC` stays.
///
/// **Returns** the value and the key whose field rule applies (`driver_license`, `name`, `dob`,
/// `address`). The city, state, postal code, sex, eye colour and expiry stay.
package enum DriverLicenseBarcodeDetector {
    package static func element(_ b: Bytes, at i: Int) -> (Range<Int>, key: StaticString)? {
        let n = b.count
        guard i + 3 < n, b[i] == UInt8(ascii: "D"), b[i + 1] >= UInt8(ascii: "A"), b[i + 1] <= UInt8(ascii: "C"), ASCII.isUpper(b[i + 2]),
              let key = key(b[i + 1], b[i + 2]) else { return nil }
        let escaped = i >= 2 && b[i - 2] == UInt8(ascii: "\\") && b[i - 1] == UInt8(ascii: "n")
        let separated = i >= 1 && (b[i - 1] == 0x1E || b[i - 1] == 0x0D || b[i - 1] == 0x0A)
        let afterHeader = i >= 16 && ((b[i - 2] == UInt8(ascii: "D") && b[i - 1] == UInt8(ascii: "L")) || (b[i - 2] == UInt8(ascii: "I") && b[i - 1] == UInt8(ascii: "D")))
            && headerStart(b, before: i) != nil
        guard i == 0 || escaped || separated || afterHeader else { return nil }
        let s = i + 3
        var e = s
        // To the element's end: a line break, a record separator, an escaped line break (`\n`,
        // `\r`, `\u001e`) or the quote that closes a JSON string.
        while e < n, b[e] != 0x0A, b[e] != 0x0D, b[e] != 0x1E, b[e] != UInt8(ascii: "\""),
              !(b[e] == UInt8(ascii: "\\") && e + 1 < n && (b[e + 1] == UInt8(ascii: "n") || b[e + 1] == UInt8(ascii: "r") || b[e + 1] == UInt8(ascii: "u"))) { e += 1 }
        if i == 0, !escaped, !separated, !afterHeader {
            // A bare line: the element alone, in the standard's characters, four bytes of value or more.
            guard e == n || b[e] == 0x0D, e - s >= 4, b[s..<e].allSatisfy({ ASCII.isUpper($0) || ASCII.isDigit($0) || $0 == 0x20 || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "/") }) else { return nil }
        }
        while e > s, b[e - 1] == 0x20 { e -= 1 }
        guard e > s else { return nil }
        if b[i + 1] == UInt8(ascii: "B") { guard e - s == 8, b[s..<e].allSatisfy(ASCII.isDigit) else { return nil } }
        return (s..<e, key)
    }

    /// At the `A` of the header `ANSI 636015…DL…DLDAQ33414819`: the first element when it is glued
    /// to the subfile type inside the header's word (the licence number, or a name), as `element`.
    package static func elementInHeader(_ b: Bytes, at i: Int) -> (Range<Int>, key: StaticString)? {
        let n = b.count
        guard i + 20 < n, ASCII.hasPrefix(b, at: i, exactly: "ANSI "), ASCII.isDigit(b[i + 5]) else { return nil }
        var k = i + 5
        while k + 4 < n, k - i < 120, ASCII.isAlnum(b[k]) {
            if b[k] == UInt8(ascii: "D"), (b[k - 2] == UInt8(ascii: "D") && b[k - 1] == UInt8(ascii: "L")) || (b[k - 2] == UInt8(ascii: "I") && b[k - 1] == UInt8(ascii: "D")),
               ASCII.isDigit(b[k - 3]), let found = element(b, at: k) { return found }
            k += 1
        }
        return nil
    }

    /// The key of an element id's personal data (`A`/`B`/`C` then the third letter), or nil.
    private static func key(_ second: UInt8, _ third: UInt8) -> StaticString? {
        switch (second, third) {
        case (UInt8(ascii: "A"), UInt8(ascii: "Q")), (UInt8(ascii: "C"), UInt8(ascii: "F")): return "driver_license"
        case (UInt8(ascii: "C"), UInt8(ascii: "S")), (UInt8(ascii: "A"), UInt8(ascii: "C")), (UInt8(ascii: "A"), UInt8(ascii: "D")),
             (UInt8(ascii: "C"), UInt8(ascii: "T")), (UInt8(ascii: "A"), UInt8(ascii: "A")): return "name"
        case (UInt8(ascii: "B"), UInt8(ascii: "B")): return "dob"
        case (UInt8(ascii: "A"), UInt8(ascii: "G")), (UInt8(ascii: "A"), UInt8(ascii: "H")): return "address"
        default: return nil
        }
    }

    /// Where `ANSI ` (or `AAMVA`) starts on the line before `i`, within its header's reach.
    private static func headerStart(_ b: Bytes, before i: Int) -> Int? {
        var k = i - 5
        while k >= 0, i - k <= 120, b[k] != 0x0A {
            if b[k] == UInt8(ascii: "A"), ASCII.hasPrefix(b, at: k, exactly: "ANSI ") || ASCII.hasPrefix(b, at: k, exactly: "AAMVA") { return k }
            k -= 1
        }
        return nil
    }
}
