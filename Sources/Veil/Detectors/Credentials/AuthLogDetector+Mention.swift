/// Accounts mentioned with `@` on code hosts and chat tools, as their webhooks and bots log
/// them: `pull_request.opened #42 by @yuki-tanaka`, `cc @kwame-mensah`, `assigned to @jdoe42`,
/// `reviewers: @anna.k, @bob`.
///
/// **Trigger**: `@` after a space, right after one of the words `by`, `cc`, `to`, `from`,
/// `thanks`, `ping`, `assignee`, `reviewer(s)`, `author`, `owner` (any case, a `:` allowed), or
/// after a previous mention and `, `. **Accepts** a handle of 2…39 letters, digits, `-`, `_`
/// or `.` that starts with a letter or digit, ends at no letter, digit, `@` or `.letter`.
/// **Rejects** Slack's group mentions (`@here`, `@channel`, `@everyone`) and anything after
/// other words (`@Override`, `@types/node`, decorators).
extension AuthLogDetector {
    static func mention(_ b: Bytes, at: Int) -> Range<Int>? {
        let n = b.count
        guard at >= 3, at + 2 < n, b[at] == UInt8(ascii: "@"), b[at - 1] == 0x20, ASCII.isAlnum(b[at + 1]) else { return nil }
        var e = at + 1
        while e < n, e - at <= 40, ASCII.isAlnum(b[e]) || b[e] == UInt8(ascii: "-") || b[e] == UInt8(ascii: "_") || b[e] == UInt8(ascii: ".") { e += 1 }
        while e > at + 1, b[e - 1] == UInt8(ascii: ".") { e -= 1 }  // a sentence's full stop
        let handle = (at + 1)..<e
        guard handle.count >= 2, handle.count <= 39 else { return nil }
        // (`~`: a pseudonym a first pass wrote.)
        if e < n, ASCII.isAlnum(b[e]) || b[e] == UInt8(ascii: "@") || b[e] == UInt8(ascii: "/") || b[e] == UInt8(ascii: "~") { return nil }
        for group: StaticString in ["here", "channel", "everyone", "all"] where group.utf8CodeUnitCount == handle.count && ASCII.hasPrefix(b, at: handle.lowerBound, lowercased: group) {
            return nil
        }
        // The word before (after `, ` a previous mention counts).
        var k = at - 1
        if k >= 1, b[k - 1] == UInt8(ascii: ":") { k -= 1 }
        if k >= 1, b[k - 1] == UInt8(ascii: ",") {
            var m = k - 1
            while m > 0, ASCII.isAlnum(b[m - 1]) || b[m - 1] == UInt8(ascii: "-") || b[m - 1] == UInt8(ascii: "_") || b[m - 1] == UInt8(ascii: ".") || b[m - 1] == UInt8(ascii: "~") { m -= 1 }
            return m >= 1 && (b[m - 1] == UInt8(ascii: "@") || b[m - 1] == 0x20) && m < k - 1 ? handle : nil
        }
        var s = k
        while s > 0, k - s < 12, ASCII.isLetter(b[s - 1]) { s -= 1 }
        guard s < k, s == 0 || !ASCII.isAlnum(b[s - 1]) else { return nil }
        for word: StaticString in ["by", "cc", "to", "from", "thanks", "ping", "assignee", "reviewer", "reviewers", "author", "owner"]
        where word.utf8CodeUnitCount == k - s && ASCII.hasPrefix(b, at: s, lowercased: word) {
            return handle
        }
        return nil
    }
}
