/// A latitude and longitude written as one value under a key that names a place but no
/// coordinates on its own: `location: 40.7128,-74.0060`, `{"position":"48.8566, 2.3522"}`,
/// `geo=[40.7128, -74.0060]`, `{"location":[-74.006,40.7128]}` (GeoJSON's order). The pair takes
/// the rule of `coords` keys (the default pack's `geolocation-fields`); any other value under
/// these keys (`location=us-east-1`, `position: 3`) is not a place and stays.
///
/// A coordinate is `-?D{1,3}.D{3,}` (three or more decimals: a place, not a version or a
/// ratio); one of the two is within ±90 and both within ±180; they are separated by `,`, `;` or
/// white space (at most two bytes), optionally inside `[…]`, `(…)` or quotes.
extension Scrubber {
    /// Whether the normalised key names a place: `location`, `position`, `geo`, `loc`, `pos`,
    /// `point`, `center`/`centre`, `origin`, `destination`, `pickup`, `dropoff`, or ends in
    /// `location` / `position` / `coordinate` (`last_known_location`, `devicePosition`).
    static func isPlaceKey<C: BidirectionalCollection<UInt8>>(_ key: C) -> Bool {
        guard let last = key.last else { return false }
        switch ASCII.lower(last) {
        case UInt8(ascii: "o"), UInt8(ascii: "c"), UInt8(ascii: "s"), UInt8(ascii: "t"), UInt8(ascii: "r"), UInt8(ascii: "e"),
             UInt8(ascii: "n"), UInt8(ascii: "p"), UInt8(ascii: "f"):
            break
        default:
            return false
        }
        for word: StaticString in ["geo", "loc", "pos", "point", "center", "centre", "origin", "destination", "pickup", "dropoff", "where"]
        where foldedSuffix(key, word) == key.startIndex {
            return true
        }
        for suffix: StaticString in ["location", "position", "coordinate"] where foldedSuffix(key, suffix) != nil { return true }
        return false
    }

    /// Where `word` starts as the end of `key` read lower-case without `_`, `-` and `.`; nil
    /// when `key` does not end so. (No allocation: this runs for every key no rule names.)
    private static func foldedSuffix<C: BidirectionalCollection<UInt8>>(_ key: C, _ word: StaticString) -> C.Index? {
        var k = key.endIndex
        var j = word.utf8CodeUnitCount
        let w = word.utf8Start
        while j > 0 {
            guard k > key.startIndex else { return nil }
            k = key.index(before: k)
            let x = key[k]
            if x == UInt8(ascii: "_") || x == UInt8(ascii: "-") || x == UInt8(ascii: ".") { continue }
            j -= 1
            guard ASCII.lower(x) == w[j] else { return nil }
        }
        // Separators before the word belong to it (`_location`).
        while k > key.startIndex {
            let x = key[key.index(before: k)]
            guard x == UInt8(ascii: "_") || x == UInt8(ascii: "-") || x == UInt8(ascii: ".") else { break }
            k = key.index(before: k)
        }
        return k
    }

    /// The cheap test before ``coordinatePair(_:at:)``, run for every value no rule names: one
    /// to three digits (after `-`) and a decimal point, after an opening quote or bracket and a
    /// space.
    @inline(__always)
    static func mayStartCoordinatePair(_ b: Bytes, at: Int) -> Bool {
        var k = at
        let n = b.count
        guard k < n else { return false }
        if b[k] == UInt8(ascii: "\"") || b[k] == UInt8(ascii: "[") || b[k] == UInt8(ascii: "(") || b[k] == UInt8(ascii: "'") {
            k += 1
            if k < n, b[k] == 0x20 { k += 1 }
        }
        if k < n, b[k] == UInt8(ascii: "-") { k += 1 }
        // One to three digits and a decimal point.
        return k + 4 < n && ASCII.isDigit(b[k]) && (b[k + 1] == UInt8(ascii: ".") || b[k + 2] == UInt8(ascii: ".") || b[k + 3] == UInt8(ascii: "."))
    }

    /// The range of a coordinate pair starting at `at` (past an opening quote or bracket and
    /// white space), ending where the pair's closing quote, bracket or the value ends; nil when
    /// the value there is no pair.
    static func coordinatePair(_ b: Bytes, at: Int) -> Range<Int>? {
        let n = b.count
        var k = at
        var open: UInt8 = 0
        if k < n, b[k] == UInt8(ascii: "[") || b[k] == UInt8(ascii: "(") || b[k] == UInt8(ascii: "\"") || b[k] == UInt8(ascii: "'") {
            open = b[k]; k += 1
            while k < n, b[k] == 0x20 { k += 1 }
        }
        let start = k
        guard let (first, firstEnd) = coordinate(b, at: k) else { return nil }
        k = firstEnd
        let separator = k
        while k < n, k - separator < 2, b[k] == UInt8(ascii: ",") || b[k] == UInt8(ascii: ";") || b[k] == 0x20 { k += 1 }
        guard k > separator, let (second, end) = coordinate(b, at: k) else { return nil }
        guard first <= 180, second <= 180, first <= 90 || second <= 90 else { return nil }
        // The value ends here: its closing bracket or quote, or what ends an unquoted value.
        var close = end
        while close < n, b[close] == 0x20, open == UInt8(ascii: "[") || open == UInt8(ascii: "(") { close += 1 }
        switch open {
        case UInt8(ascii: "["): guard close < n, b[close] == UInt8(ascii: "]") else { return nil }
        case UInt8(ascii: "("): guard close < n, b[close] == UInt8(ascii: ")") else { return nil }
        case 0: guard end == n || endsEnclosedValue(b[end]) || b[end] == UInt8(ascii: "&") else { return nil }
        default: guard end < n, b[end] == open else { return nil }
        }
        return start..<end
    }

    /// A coordinate pair in free text, without a key (`entered zone home at 53.349805,-6.26031`,
    /// `located at 40.416775, -3.703790`): stricter than under a place key — four or more decimals
    /// in both, separated by `,` or `, ` only, not inside a longer list of numbers (`0.1234,0.5678,0.9`)
    /// or brackets (a vector), after white space or `(`, or at the line's start (a value under a key
    /// is the key's: ``placeKeyCoordinates(_:key:valueAt:)``).
    static func proseCoordinatePair(_ b: Bytes, at: Int) -> Range<Int>? {
        let n = b.count
        if at > 0 {
            let p = b[at - 1]
            guard p == 0x20 || p == 0x09 || p == UInt8(ascii: "(") else { return nil }
            if p == UInt8(ascii: "("), at >= 2, b[at - 2] == UInt8(ascii: "[") { return nil }
        }
        guard let (first, firstEnd) = coordinate(b, at: at), firstEnd + 1 < n, b[firstEnd] == UInt8(ascii: ",") else { return nil }
        var k = firstEnd + 1
        if k < n, b[k] == 0x20 { k += 1 }
        // (Two fractions below one, `0.1234,0.5678`, are scores or ratios: no place lies there.)
        guard let (second, end) = coordinate(b, at: k), first <= 90, second <= 180, first + second > 0 else { return nil }
        for r in [at..<firstEnd, k..<end] {
            guard let dot = b[r].firstIndex(of: UInt8(ascii: ".")), r.upperBound - dot - 1 >= 4 else { return nil }
        }
        if end + 1 < n, b[end] == UInt8(ascii: ","), ASCII.isDigit(b[end + 1]) || b[end + 1] == UInt8(ascii: "-") || b[end + 1] == 0x20 { return nil }
        if end < n, b[end] == UInt8(ascii: "]") { return nil }
        return at..<end
    }

    /// `-?D{1,3}.D{3,12}` at `at`: its whole part's magnitude and its end.
    @inline(__always)
    private static func coordinate(_ b: Bytes, at: Int) -> (Int, Int)? {
        let n = b.count
        var k = at
        if k < n, b[k] == UInt8(ascii: "-") { k += 1 }
        var whole = 0
        let wholeStart = k
        while k < n, k - wholeStart < 4, ASCII.isDigit(b[k]) { whole = whole * 10 + Int(b[k] - 0x30); k += 1 }
        guard k > wholeStart, k - wholeStart <= 3, k < n, b[k] == UInt8(ascii: ".") else { return nil }
        k += 1
        let fractionStart = k
        while k < n, k - fractionStart <= 12, ASCII.isDigit(b[k]) { k += 1 }
        guard k - fractionStart >= 3, k - fractionStart <= 12, k == n || !(ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: ".")) else { return nil }
        return (whole, k)
    }

    /// At the value of a key no rule names: the coordinate pair and its rule when the key names
    /// a place and the value is a pair (`location: 40.7128,-74.0060`).
    func placeKeyCoordinates(_ b: Bytes, key: Range<Int>, valueAt v: Int) -> TextSpan? {
        guard key.count >= 3, key.count <= 32, Self.mayStartCoordinatePair(b, at: v), let pair = Self.coordinatePair(b, at: v), Self.isPlaceKey(b[key]),
              let rule = fieldRule(forLiteralKey: "coords") else { return nil }
        return TextSpan(pair, rule: rule, kind: .field, precedence: 20)
    }
}
