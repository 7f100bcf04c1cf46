/// Hosting panels' and FTP servers' own sign-in sentences:
/// - pure-ftpd's `(?@198.51.100.23) [INFO] sigrid is now logged in`: the word before the phrase;
/// - Plesk's `Failed login attempt with login name "ivana.horvat"`, Wordfence's
///   `Last username tried: "mwanjiku"`, `user name "…"`: the quoted word after the phrase.
extension AuthLogDetector {
    /// `at` is the `i` of `is now logged in`: the user before it.
    static func nowLoggedIn(_ b: Bytes, at: Int, floor: Int) -> Range<Int>? {
        guard at >= 3, b[at - 1] == 0x20, ASCII.hasPrefix(b, at: at, exactly: "is now logged in") else { return nil }
        let end = at - 1
        var start = end
        while start > floor, end - start < 64, ASCII.isAlnum(b[start - 1]) || b[start - 1] == UInt8(ascii: ".") || b[start - 1] == UInt8(ascii: "_") || b[start - 1] == UInt8(ascii: "-") {
            start -= 1
        }
        guard start < end, start >= floor, start == 0 || b[start - 1] == 0x20 else { return nil }
        return start..<end
    }

    /// `at` is the first letter of `login name "`, `username tried: "`, `user name "` or (Shibboleth's
    /// `Login by 'akmakinen' succeeded`) `login by '`: the quoted user.
    static func quotedAfterPanelPhrase(_ b: Bytes, at: Int) -> Range<Int>? {
        for phrase: StaticString in ["login name \"", "login name '", "login by '", "login by \"", "username tried: \"", "username tried: '", "user name \"", "user name '"]
        where ASCII.hasPrefix(b, at: at, lowercased: phrase) {
            let q = at + phrase.utf8CodeUnitCount
            let quote = b[q - 1]
            var e = q
            while e < b.count, e - q <= 64, b[e] != quote, b[e] > 0x20 { e += 1 }
            guard e < b.count, b[e] == quote, e > q else { return nil }
            return q..<e
        }
        return nil
    }
}
