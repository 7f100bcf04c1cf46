/// A secret with spaces or commas in a data class's, struct's or record's printed form:
/// Kotlin's and Lombok's `User(password=correct horse battery staple)`, Go's `%+v`
/// (`{Password:correct horse battery staple}`), C#'s records (`User { Password = correct
/// horse battery staple }`), `User(id=5, password=Sl4inte, Gaelic!, email=…)`. The printer
/// quotes nothing, so the value runs to the next field (`, name=`, ` Name:`) or to the bracket
/// that closes the object; a secret's first word alone left the rest raw (stop 36).
extension Scrubber {
    /// The end of the secret whose first word ends at `valueEnd`, when the key at `keyStart`
    /// stands inside an object's `(…)` or `{…}` on this line and the object closes or another
    /// field follows within 256 bytes; nil otherwise (a value in prose keeps its first word).
    static func structFieldSecretEnd(_ b: Bytes, keyStart: Int, valueEnd: Int) -> Int? {
        let n = b.count
        // An unclosed `(` or `{` before the key, within 512 bytes.
        var depth = 0, k = keyStart - 1, opened = false
        while k >= 0, keyStart - k <= 512 {
            let x = b[k]
            if x == UInt8(ascii: ")") || x == UInt8(ascii: "}") {
                depth += 1
            } else if x == UInt8(ascii: "(") || x == UInt8(ascii: "{") {
                if depth == 0 { opened = true; break }
                depth -= 1
            }
            k -= 1
        }
        guard opened else { return nil }
        var e = valueEnd
        depth = 0
        while e < n, e - valueEnd < 256 {
            let x = b[e]
            if x == UInt8(ascii: "(") || x == UInt8(ascii: "{") || x == UInt8(ascii: "[") {
                depth += 1
            } else if x == UInt8(ascii: ")") || x == UInt8(ascii: "}") || x == UInt8(ascii: "]") {
                if depth == 0 { break }
                depth -= 1
            } else if depth == 0, x == 0x20 || x == UInt8(ascii: ","), startsField(b, at: e) {
                break
            } else if x == 0x0A || x == 0x0D {
                return nil
            }
            e += 1
        }
        guard e < n, e - valueEnd < 256 else { return nil }
        while e > valueEnd, b[e - 1] == 0x20 || b[e - 1] == UInt8(ascii: ",") { e -= 1 }
        return e > valueEnd ? e : nil
    }

    /// At a `,` or space: separators, then an identifier and `=` or `:` (with spaces around it
    /// or not): the next field of the object.
    private static func startsField(_ b: Bytes, at: Int) -> Bool {
        let n = b.count
        var k = at
        while k < n, b[k] == 0x20 || b[k] == UInt8(ascii: ",") { k += 1 }
        let start = k
        guard k < n, ASCII.isLetter(b[k]) || b[k] == UInt8(ascii: "_") else { return false }
        while k < n, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "_") { k += 1 }
        guard k - start <= 48 else { return false }
        var s = k
        while s < n, b[s] == 0x20 { s += 1 }
        guard s < n, b[s] == UInt8(ascii: "=") || b[s] == UInt8(ascii: ":") else { return false }
        // `:` of a field, not a scheme or a time (`https://`, `10:30`).
        return !(s + 1 < n && (b[s + 1] == UInt8(ascii: "/") || b[s + 1] == UInt8(ascii: "=")))
    }
}
