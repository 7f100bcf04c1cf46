/// Key context inside escaped text: a URL carried in a query parameter
/// (`redirect_uri=https%3A%2F%2Fapp%2Fcb%3Ftoken%3Dabc%26email%3Djoe%2540example.com`,
/// `%3D` or `%253D` between key and value, `%26` or `%2526` between pairs), URL-encoded
/// JSON (`data=%7B%22password%22%3A%22…%22%7D`), and JSON strings whose `=` and `&` are
/// `\u003d` / `\u0026` escapes (Gson's default HTML-safe output, embedded in a text line:
/// `payload={"msg":"password\u003dhunter2"}`), and JavaScript string literals whose `=` and `&`
/// are hex escapes (`"api_key\x3dsk_abc\x26email\x3djane.doe\x40example.com"`, as minified
/// scripts and Google's JSONP responses write them). Undecoded, these pairs have no `=` or `:` for
/// ``keyValue(_:separator:floor:cookieHeaderEnd:)`` to find, and their values were written raw.
extension Scrubber {
    /// `i` is a `\` that may start `\u003d` or `\x3d` (`=`): the pair's value under the key's
    /// rule, up to white space, a quote, or an escape other than `\\`, `\/` and an escaped `@`
    /// (`\u0040`, `\x40`, inside an e-mail address) — `\u0026` / `\x26` (`&`) ends it.
    func unicodeEscapedPair(_ b: Bytes, at i: Int, floor: Int) -> KeyValueHit? {
        guard let separatorLength = Self.escapedEqualsLength(b, at: i) else { return nil }
        var keyStart = i
        while keyStart > 0, i - keyStart < Self.maximumKeyLength, Self.isEncodedKeyByte(b[keyStart - 1]) { keyStart -= 1 }
        // `\u0026password`, `\x26password`: the run begins with the previous escape's `u`/`x`
        // and hex digits.
        if keyStart >= 1, b[keyStart - 1] == UInt8(ascii: "\\") {
            if b[keyStart] == UInt8(ascii: "u"), i - keyStart > 5 { keyStart += 5 } else if b[keyStart] == UInt8(ascii: "x"), i - keyStart > 3 { keyStart += 3 }
        }
        guard keyStart < i, keyStart >= floor, ASCII.isLetter(b[keyStart]),
              let rule = compiled.fieldRule(forTextKey: b, Self.lastSegment(b, keyStart..<i)) else { return nil }
        let valueStart = i + separatorLength
        var valueEnd = valueStart
        scan: while valueEnd < b.count {
            switch b[valueEnd] {
            case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "&"), UInt8(ascii: ","), UInt8(ascii: ";"):
                break scan
            case UInt8(ascii: "\\"):
                // `\\` is an escaped backslash inside the value, `\/` a slash, `\u0040` / `\x40` an
                // `@`; `\"`, `\u0026`, `\x26`, `\n` … end it.
                guard let length = Self.escapeInsideValueLength(b, at: valueEnd) else { break scan }
                valueEnd += length
            default:
                valueEnd += 1
            }
        }
        guard valueEnd > valueStart else { return nil }
        return fieldValue(b, rule: rule, valueStart: valueStart, valueEnd: valueEnd, afterPairSeparator: true)
    }

    /// The length of `\u003d` (6) or `\x3d` (4) at `at`, either case of hex digit, or nil.
    @inline(__always)
    static func escapedEqualsLength(_ b: Bytes, at i: Int) -> Int? {
        guard i + 3 < b.count, b[i] == UInt8(ascii: "\\") else { return nil }
        if b[i + 1] == UInt8(ascii: "x"), isHexPair(b, i + 2, "3D") { return 4 }
        if i + 5 < b.count, b[i + 1] == UInt8(ascii: "u"), b[i + 2] == UInt8(ascii: "0"), b[i + 3] == UInt8(ascii: "0"), isHexPair(b, i + 4, "3D") { return 6 }
        return nil
    }

    /// The length of an escape that stays inside an escaped pair's value — `\\`, `\/`,
    /// `\u0040`, `\x40` — at `at` (a `\`), or nil for one that ends the value.
    @inline(__always)
    static func escapeInsideValueLength(_ b: Bytes, at k: Int) -> Int? {
        guard k + 1 < b.count else { return nil }
        switch b[k + 1] {
        case UInt8(ascii: "\\"), UInt8(ascii: "/"): return 2
        case UInt8(ascii: "x") where isHexPair(b, k + 2, "40"): return 4
        case UInt8(ascii: "u") where k + 5 < b.count && b[k + 2] == UInt8(ascii: "0") && b[k + 3] == UInt8(ascii: "0") && isHexPair(b, k + 4, "40"): return 6
        default: return nil
        }
    }

    /// `i` is a `%` that may start an encoded separator; the pair's value under the key's
    /// rule, as ``fieldValue(_:rule:valueStart:valueEnd:afterPairSeparator:)`` reads it.
    func percentEncodedPair(_ b: Bytes, at i: Int, floor: Int) -> KeyValueHit? {
        let n = b.count
        let separatorEnd: Int
        var json = false
        var luceneField = false
        if Self.isEscape(b, i, "3D") {
            separatorEnd = i + 3
        } else if Self.isEscape(b, i, "25"), Self.isHexPair(b, i + 3, "3D") {
            separatorEnd = i + 5
        } else if Self.isEscape(b, i, "3A"), i >= 3, Self.isEscape(b, i - 3, "22") {
            separatorEnd = i + 3
            json = true
        } else if Self.isEscape(b, i, "3A"), Self.isEscape(b, i + 3, "22"), i >= 1, ASCII.isAlnum(b[i - 1]) || b[i - 1] == UInt8(ascii: "_") {
            // A Lucene or Solr query in a URL, `q=last_name%3A%22M%C3%BCller%22+AND+iban%3A%22DE53…%22`:
            // a bare field name, then its quoted value.
            separatorEnd = i + 3
            json = true
            luceneField = true
        } else {
            return nil
        }
        // The key, backwards. The run may begin with an escape's hex digits (`%26token`,
        // `%2526token`, `%22password`): they are not the key.
        let keyEnd = json && !luceneField ? i - 3 : i
        var keyStart = keyEnd
        while keyStart > 0, keyEnd - keyStart < Self.maximumKeyLength, Self.isEncodedKeyByte(b[keyStart - 1]) { keyStart -= 1 }
        if keyStart > 0, b[keyStart - 1] == UInt8(ascii: "%") {
            keyStart += 2
            // `%25` + two hex digits: a double-encoded escape.
            if Self.isHexPair(b, keyStart - 2, "25"), keyStart + 2 <= keyEnd, ASCII.isHexDigit(b[keyStart]), ASCII.isHexDigit(b[keyStart + 1]) { keyStart += 2 }
        }
        guard keyStart < keyEnd, keyStart >= floor, ASCII.isLetter(b[keyStart]),
              let rule = compiled.fieldRule(forTextKey: b, Self.lastSegment(b, keyStart..<keyEnd)) else { return nil }
        // `fieldSelector=metadata.name%3Ddb-creds` (Kubernetes): a thing's name.
        let last = Self.lastSegment(b, keyStart..<keyEnd).lowerBound
        if last > keyStart + 1, b[last - 1] == UInt8(ascii: "."), Self.isThingMember(b, key: keyStart..<keyEnd, last: last) { return nil }
        var valueStart = separatorEnd
        if json {
            while Self.isEscape(b, valueStart, "20") { valueStart += 3 }
            guard Self.isEscape(b, valueStart, "22") else { return nil }
            valueStart += 3
        }
        // No length cap: a cut value would leave its tail raw (fail closed). Linear overall:
        // the scan resumes after the value.
        var valueEnd = valueStart
        scan: while valueEnd < n {
            switch b[valueEnd] {
            case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"):
                break scan
            case UInt8(ascii: "%"):
                if json ? Self.isEscape(b, valueEnd, "22")
                    : Self.isEscape(b, valueEnd, "26") || Self.isEscape(b, valueEnd, "23")
                        || (Self.isEscape(b, valueEnd, "25") && (Self.isHexPair(b, valueEnd + 3, "26") || Self.isHexPair(b, valueEnd + 3, "23"))) {
                    break scan
                }
            default:
                break
            }
            valueEnd += 1
        }
        guard valueEnd > valueStart else { return nil }
        return fieldValue(b, rule: rule, valueStart: valueStart, valueEnd: valueEnd, afterPairSeparator: true)
    }

    /// `%` and the two hex digits `hex` (upper case given; either case matched) at `at`.
    @inline(__always)
    static func isEscape(_ b: Bytes, _ at: Int, _ hex: StaticString) -> Bool {
        at + 2 < b.count && b[at] == UInt8(ascii: "%") && isHexPair(b, at + 1, hex)
    }

    /// The two hex digits `hex` at `at`, either case.
    @inline(__always)
    static func isHexPair(_ b: Bytes, _ at: Int, _ hex: StaticString) -> Bool {
        guard at >= 0, at + 1 < b.count else { return false }
        let p = hex.utf8Start
        return b[at] | 0x20 == p[0] | 0x20 && b[at + 1] | 0x20 == p[1] | 0x20
    }

    @inline(__always)
    static func isEncodedKeyByte(_ x: UInt8) -> Bool {
        ASCII.isAlnum(x) || x == UInt8(ascii: "_") || x == UInt8(ascii: "-") || x == UInt8(ascii: ".")
    }
}
