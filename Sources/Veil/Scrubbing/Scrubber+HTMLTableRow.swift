/// Framework error pages dumped into logs list the environment as an HTML table: Laravel's
/// Whoops (`<tr><td>DB_PASSWORD</td><td><pre class="sf-dump">"<span class=sf-dump-str …>Br1ght0n&amp;Hove!</span>"</pre></td></tr>`),
/// Django's technical 500 page (`<td>SECRET_KEY</td><td class="code"><pre>'…'</pre></td>`). A cell
/// whose text is a key a rule names labels the next cell: its text, inside any wrapping tags and
/// quotes, is that key's value.
extension Scrubber {
    /// At `lt` (the `<` of `<td>` or `<th>`): the next cell's value under the key the cell names, or nil.
    func htmlTableRowValue(_ b: Bytes, at lt: Int, floor: Int) -> KeyValueHit? {
        let n = b.count
        guard lt + 8 < n, b[lt + 1] | 0x20 == UInt8(ascii: "t"), b[lt + 2] | 0x20 == UInt8(ascii: "d") || b[lt + 2] | 0x20 == UInt8(ascii: "h"),
              b[lt + 3] == UInt8(ascii: ">") else { return nil }
        let keyStart = lt + 4
        var k = keyStart
        while k < n, k - keyStart <= 64, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "_") || b[k] == UInt8(ascii: "-") || b[k] == UInt8(ascii: ".") { k += 1 }
        guard k > keyStart, k + 5 < n, ASCII.hasPrefix(b, at: k, lowercased: "</t"), let rule = compiled.fieldRule(forTextKey: b, keyStart..<k) else { return nil }
        // Past `</td>`, white space and the next cell's opening tag.
        k += 5
        while k < n, b[k] == 0x20 || b[k] == 0x09 { k += 1 }
        guard ASCII.hasPrefix(b, at: k, lowercased: "<td") else { return nil }
        // Past every opening tag and quote before the text.
        var depth = 0
        while k < n, depth < 6 {
            if b[k] == UInt8(ascii: "<"), k + 1 < n, b[k + 1] != UInt8(ascii: "/") {
                while k < n, b[k] != UInt8(ascii: ">") { k += 1 }
                k += 1
                depth += 1
                continue
            }
            if b[k] == UInt8(ascii: "\"") || b[k] == UInt8(ascii: "'") { k += 1; continue }
            break
        }
        let valueStart = k
        var valueEnd = k
        while valueEnd < n, b[valueEnd] != UInt8(ascii: "<"), b[valueEnd] != 0x0A, valueEnd - valueStart <= 4096 { valueEnd += 1 }
        while valueEnd > valueStart, b[valueEnd - 1] == UInt8(ascii: "\"") || b[valueEnd - 1] == UInt8(ascii: "'") { valueEnd -= 1 }
        guard valueEnd > valueStart, valueStart >= floor, compiled.active[rule].action != .keep else { return nil }
        return fieldValue(b, rule: rule, valueStart: valueStart, valueEnd: valueEnd, afterPairSeparator: false)
    }
}
