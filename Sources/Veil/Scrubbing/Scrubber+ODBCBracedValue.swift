/// ODBC connection strings quote a value that holds `;` or `}` in braces (`PWD={Br@ces;Pass};`,
/// `}}` for a `}` inside). A structure in braces (`{"a":1}`, `{SSHA}…`, `{ODBC Driver 17}` as a
/// driver name is one too, harmlessly) is not one unless `;` or the end follows its `}`.
extension Scrubber {
    /// At the `{` (`open`): the index of the closing `}` of a braced value, or nil.
    static func odbcBracedValueEnd(_ b: Bytes, _ open: Int) -> Int? {
        let n = b.count
        var k = open + 1
        let limit = min(n, open + 258)
        while k < limit {
            let x = b[k]
            if x == UInt8(ascii: "}") {
                if k + 1 < n, b[k + 1] == UInt8(ascii: "}") { k += 2; continue }  // an escaped `}`
                break
            }
            if x == UInt8(ascii: "\"") || x == UInt8(ascii: "{") || x < 0x20 { return nil }
            k += 1
        }
        guard k < limit, k > open + 1, k + 1 == n || b[k + 1] == UInt8(ascii: ";") || b[k + 1] == 0x20 else { return nil }
        return k
    }
}
