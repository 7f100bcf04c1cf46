/// Nested form keys, as Rails, PHP and most web frameworks name form fields and as request-body
/// dumps write them: `user[password]=hunter22&user[email]=…`, URL-encoded
/// `user%5Bpassword%5D=hunter22`, PHP's `$_POST['password']`-style `params['password']=…`.
/// The name in the last brackets is the key: its rule applies to the value after `=`.
extension Scrubber {
    /// The key inside the last brackets when `last` is the byte before `=` and closes them (`]`,
    /// or the `D` of `%5D`): a name of letters, digits, `_` and `-` starting with a letter or
    /// `_`, optionally quoted, opened by `[` or `%5B` right after a name or another bracketed
    /// part. Nil otherwise (`ids[]=`, `a[0]=`, `[password]=>`).
    static func bracketedFormKey(_ b: Bytes, last j: Int, floor: Int) -> Range<Int>? {
        var k: Int
        if j >= 1, b[j] == UInt8(ascii: "]") {
            k = j - 1
        } else if j >= 3, b[j - 2] == UInt8(ascii: "%"), isHexPair(b, j - 1, "5D") {
            k = j - 3
        } else {
            return nil
        }
        var quote: UInt8 = 0
        if k >= 0, b[k] == UInt8(ascii: "'") || b[k] == UInt8(ascii: "\"") { quote = b[k]; k -= 1 }
        let end = k + 1
        while k >= 0, end - k <= maximumKeyLength, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "_") || b[k] == UInt8(ascii: "-") { k -= 1 }
        var start = k + 1
        var opened = false
        if quote == 0, start >= 1, b[start - 1] == UInt8(ascii: "%"), end - start > 2, isHexPair(b, start, "5B") {
            // `%5Bpassword`: the run began with the escape's hex digits.
            start += 2
            opened = true
        }
        guard start < end, start >= floor, ASCII.isLetter(b[start]) || b[start] == UInt8(ascii: "_") else { return nil }
        if opened {
            k = start - 4  // before `%5B`
        } else {
            if quote != 0 {
                guard k >= 0, b[k] == quote else { return nil }
                k -= 1
            }
            guard k >= 0 else { return nil }
            if b[k] == UInt8(ascii: "[") {
                k -= 1
            } else if k >= 2, b[k - 2] == UInt8(ascii: "%"), isHexPair(b, k - 1, "5B") {
                k -= 3
            } else {
                return nil
            }
        }
        // The form's own name comes first (`user[`): `[password]=>x` is no form key.
        guard k >= 0, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "_") || b[k] == UInt8(ascii: "]") else { return nil }
        return start..<end
    }

    /// A nested form key and its `=` at `at` (`user[email]=`, `ids[]=`, `user%5Bemail%5D=`): a
    /// name, then one or more bracketed parts. A separator before it ends the value before it.
    static func startsBracketedPair(_ b: Bytes, _ at: Int) -> Bool {
        let n = b.count
        var k = at
        while k < n, k - at < maximumKeyLength, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "_") || b[k] == UInt8(ascii: "-") || b[k] == UInt8(ascii: ".") { k += 1 }
        guard k > at, ASCII.isLetter(b[at]) || b[at] == UInt8(ascii: "_") else { return false }
        var groups = 0
        while k < n, k - at < 2 * maximumKeyLength {
            let encoded: Bool
            if b[k] == UInt8(ascii: "[") { encoded = false; k += 1 } else if isEscape(b, k, "5B") { encoded = true; k += 3 } else { break }
            while k < n, k - at < 2 * maximumKeyLength, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "_") || b[k] == UInt8(ascii: "-") { k += 1 }
            if !encoded, k < n, b[k] == UInt8(ascii: "]") { k += 1 } else if encoded, isEscape(b, k, "5D") { k += 3 } else { return false }
            groups += 1
        }
        return groups > 0 && k < n && b[k] == UInt8(ascii: "=")
    }
}
