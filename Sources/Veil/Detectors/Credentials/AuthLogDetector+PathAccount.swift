/// An account in a URL's path after a segment that names people: `/users/lisa.hoffmann/settings`,
/// `https://www.example.com/profile/markus.weber`, `/u/jdoe42`, `/people/anna_k`.
///
/// **Trigger**: a path segment's first byte, right after `/`. **Accepts** a segment with a
/// person's shape (``personShapedAccount(_:_:afterUserWord:)``: `first.last`, an initial and a
/// family name, letters then digits) after `users`, `user`, `u`, `profile`, `profiles`,
/// `people`, `members`, `accounts`, `customers` or `@`; ids, `me` and words stay. A LinkedIn
/// profile's slug (`linkedin.com/in/…`) whatever its shape; a profile's on Facebook, Instagram,
/// X and Twitter (`facebook.com/mereana.terangi`, `x.com/jdoe42/status/…`). JSON's escaped
/// `\/` separates segments too.
extension AuthLogDetector {
    static func pathAccount(_ bytes: Bytes, at i: Int) -> Range<Int>? {
        guard i >= 3, bytes[i - 1] == UInt8(ascii: "/") else { return nil }
        let segmentEnd = bytes[i - 2] == UInt8(ascii: "\\") ? i - 2 : i - 1
        var s = segmentEnd
        while s > 0, segmentEnd - s < 10, ASCII.isLower(bytes[s - 1]) { s -= 1 }
        if s == segmentEnd - 3, s >= 6, bytes[s - 1] == UInt8(ascii: "."), ASCII.hasPrefix(bytes, at: s, exactly: "com") { return socialProfile(bytes, at: i, dot: s - 1) }
        guard s > 0, s < segmentEnd, bytes[s - 1] == UInt8(ascii: "/") else { return nil }
        let segment = s..<segmentEnd
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
            || bytes[e] == UInt8(ascii: "\"") || bytes[e] == 0x20 || bytes[e] == UInt8(ascii: "'") || bytes[e] == UInt8(ascii: "\\") else { return nil }
        return r
    }

    /// A social network's profile slug at `i` (after `<network>.com/`, the `.` of `.com` at `dot`):
    /// 2…50 letters, digits, `.`, `_` and `-` ending the path's part; the
    /// network's own pages (`pages`, `groups`, `sharer`, `watch` …) stay.
    private static func socialProfile(_ bytes: Bytes, at i: Int, dot: Int) -> Range<Int>? {
        var h = dot
        while h > 0, dot - h < 10, ASCII.isLower(bytes[h - 1]) { h -= 1 }
        guard h == 0 || !ASCII.isAlnum(bytes[h - 1]), socialHosts.contains(bytes, h..<dot) else { return nil }
        // Only the site itself (`www.`, `m.`, `mobile.`, `web.`): `graph.facebook.com/v19.0/…` is an API.
        if h > 0, bytes[h - 1] == UInt8(ascii: ".") {
            var w = h - 1
            while w > 0, h - 1 - w < 7, ASCII.isLower(bytes[w - 1]) { w -= 1 }
            guard w == 0 || !ASCII.isAlnum(bytes[w - 1]), socialSubdomains.contains(bytes, w..<(h - 1)) else { return nil }
        }
        let start = i
        var e = start
        while e < bytes.count, e - start <= 50, ASCII.isAlnum(bytes[e]) || bytes[e] == UInt8(ascii: ".") || bytes[e] == UInt8(ascii: "_") || bytes[e] == UInt8(ascii: "-") { e += 1 }
        while e > start, bytes[e - 1] == UInt8(ascii: ".") { e -= 1 }
        guard e - start >= 2, e - start <= 50, e == bytes.count || bytes[e] == UInt8(ascii: "/") || bytes[e] == UInt8(ascii: "?") || bytes[e] == UInt8(ascii: "#")
            || bytes[e] == UInt8(ascii: "\"") || bytes[e] == UInt8(ascii: "'") || bytes[e] == 0x20 || bytes[e] == UInt8(ascii: "\\") || bytes[e] == UInt8(ascii: ")") else { return nil }
        guard !socialReservedPaths.contains(bytes, start..<e), !bytes[start..<e].contains(UInt8(ascii: "~")) else { return nil }
        return start..<e
    }

    private static let socialHosts = WordTable("facebook instagram twitter x")
    private static let socialSubdomains = WordTable("www m mobile web")
    private static let socialReservedPaths = WordTable("""
        pages groups events sharer share sharer.php dialog plugins tr login home watch hashtag explore reel reels p stories
        intent search settings about help privacy policies legal marketplace gaming messages notifications i tag discover
        profile.php people places ads business developers
        """)

    private static let peopleSegments = WordTable("users user u profile profiles people members accounts customers employees staff")
}
