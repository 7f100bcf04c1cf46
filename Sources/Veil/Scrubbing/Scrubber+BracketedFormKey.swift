/// Nested form keys, as Rails, PHP and most web frameworks name form fields and as request-body
/// dumps write them: `user[password]=hunter22&user[email]=…`, URL-encoded
/// `user%5Bpassword%5D=hunter22`, PHP's `$_POST['password']`-style `params['password']=…`,
/// quoted (`"user[password]"=>"…"`) and as JSON keys (`{"user[password]":"…"}`, a form body
/// parsed without nesting). The name in the last brackets is the key; in JSON the bracketed
/// parts are a nested path, like the parts of a dotted key.
extension Scrubber {
    /// The key inside the last brackets when `last` is the byte before `=` and closes them (`]`,
    /// or the `D` of `%5D`): a name of letters, digits, `_` and `-` starting with a letter or
    /// `_`, optionally quoted, opened by `[` or `%5B` right after a name or another bracketed
    /// part — and where the whole key (`user[…]…`) starts. Nil otherwise (`ids[]=`, `a[0]=`,
    /// `[password]=>`).
    static func bracketedFormKey(_ b: Bytes, last j: Int, floor: Int) -> (key: Range<Int>, formStart: Int)? {
        var k: Int
        if j >= 1, b[j] == UInt8(ascii: "]") {
            k = j - 1
        } else if j >= 3, isEscape(b, j - 2, "5D") {
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
            } else if k >= 2, isEscape(b, k - 2, "5B") {
                k -= 3
            } else {
                return nil
            }
        }
        // The form's own name comes first (`user[`): `[password]=>x` is no form key.
        guard k >= 0, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "_") || b[k] == UInt8(ascii: "]") else { return nil }
        // Back to the start of the whole key, over the name and earlier bracketed parts.
        var formStart = k + 1
        while formStart > 0, end - formStart < 2 * maximumKeyLength, isFormKeyByte(b[formStart - 1]) { formStart -= 1 }
        return (start..<end, formStart)
    }

    /// A byte of a nested form key, brackets and percent escapes included.
    @inline(__always)
    static func isFormKeyByte(_ x: UInt8) -> Bool {
        ASCII.isAlnum(x) || x == UInt8(ascii: "_") || x == UInt8(ascii: "-") || x == UInt8(ascii: ".")
            || x == UInt8(ascii: "[") || x == UInt8(ascii: "]") || x == UInt8(ascii: "%")
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

    /// Rewrites a normalised JSON key of the form `name[part]…[part]` (every part non-empty)
    /// as the dotted path `name.part….part`, which the JSON scrubber splits into segments.
    /// Any other key is left as it is.
    static func formBracketsAsDots(_ key: inout [UInt8]) {
        guard key.count >= 4, key[key.count - 1] == UInt8(ascii: "]"), key[0] != UInt8(ascii: "[") else { return }
        var open = false
        var partLength = 0
        var sawBracket = false
        for x in key {
            switch x {
            case UInt8(ascii: "["):
                guard !open else { return }
                open = true; partLength = 0; sawBracket = true
            case UInt8(ascii: "]"):
                guard open, partLength > 0 else { return }
                open = false
            default:
                if open { partLength += 1 } else if sawBracket { return }  // `a[b]c`: not a form key
            }
        }
        var w = 0
        for r in 0..<key.count where key[r] != UInt8(ascii: "]") {
            key[w] = key[r] == UInt8(ascii: "[") ? UInt8(ascii: ".") : key[r]
            w += 1
        }
        key.removeLast(key.count - w)
    }
}
