/// An account in a URL's path after a segment that names people: `/users/lisa.hoffmann/settings`,
/// `https://www.example.com/profile/markus.weber`, `/u/jdoe42`, `/people/anna_k`.
///
/// **Trigger**: a path segment's first byte, right after `/`. **Accepts** a segment with a
/// person's shape (``personShapedAccount(_:_:afterUserWord:)``: `first.last`, an initial and a
/// family name, letters then digits) after `users`, `user`, `u`, `profile`, `profiles`,
/// `people`, `members`, `accounts`, `customers` or `@`; ids, `me` and words stay. A LinkedIn
/// profile's slug (`linkedin.com/in/…`) whatever its shape.
extension AuthLogDetector {
    static func pathAccount(_ bytes: Bytes, at i: Int) -> Range<Int>? {
        guard i >= 3, bytes[i - 1] == UInt8(ascii: "/") else { return nil }
        var s = i - 1
        while s > 0, i - 1 - s < 10, ASCII.isLower(bytes[s - 1]) { s -= 1 }
        guard s > 0, s < i - 1, bytes[s - 1] == UInt8(ascii: "/") else { return nil }
        let segment = s..<(i - 1)
        // OneDrive's `/personal/kwame_mensah_contoso_com/`: the owner's sign-in name with `_` for `@` and `.`.
        if segment.count == 8, ASCII.hasPrefix(bytes, at: s, exactly: "personal") {
            var e = i
            var underscores = 0
            while e < bytes.count, e - i <= 128, ASCII.isLower(bytes[e]) || ASCII.isDigit(bytes[e]) || bytes[e] == UInt8(ascii: "_") || bytes[e] == UInt8(ascii: "-") {
                if bytes[e] == UInt8(ascii: "_") { underscores += 1 }
                e += 1
            }
            return underscores >= 2 && e < bytes.count && bytes[e] == UInt8(ascii: "/") ? i..<e : nil
        }
        // LinkedIn's public profiles, `linkedin.com/in/oluwaseun-adebayo-4b2a91`: the slug is the member's
        // (their name, mostly), whatever its shape.
        if segment.count == 2 || segment.count == 3, s >= 13, bytes[s - 2] == UInt8(ascii: "m"),
           ASCII.hasPrefix(bytes, at: s - 13, lowercased: "linkedin.com/"), ASCII.hasPrefix(bytes, at: s, exactly: "in/") || ASCII.hasPrefix(bytes, at: s, exactly: "pub/") {
            var e = i
            while e < bytes.count, e - i <= 100, ASCII.isAlnum(bytes[e]) || bytes[e] == UInt8(ascii: "-") || bytes[e] == UInt8(ascii: "_") || bytes[e] == UInt8(ascii: "%") || bytes[e] >= 0x80 { e += 1 }
            // (`username~k~…`, a first pass's pseudonym, ends at its `~`: no slug.)
            return e - i >= 3 && (e == bytes.count || bytes[e] != UInt8(ascii: "~")) ? i..<e : nil
        }
        guard peopleSegments.contains(bytes, segment) else { return nil }
        guard let r = personShapedAccount(bytes, i, afterUserWord: true, endsPathSegment: true) else { return nil }
        // The segment ends the path's part: `/`, `?`, `#`, a quote, white space or the end.
        let e = r.upperBound
        guard e == bytes.count || bytes[e] == UInt8(ascii: "/") || bytes[e] == UInt8(ascii: "?") || bytes[e] == UInt8(ascii: "#")
            || bytes[e] == UInt8(ascii: "\"") || bytes[e] == 0x20 || bytes[e] == UInt8(ascii: "'") else { return nil }
        return r
    }

    private static let peopleSegments = WordTable("users user u profile profiles people members accounts customers employees staff")
}
