/// Nicknames in IRC-style chat transcripts, as bridges, bots and support channels log them:
/// `[08:15:32] <mwright> rotate it`, `08:15 <mwright> hi`, and the server's
/// notices `* kpatel has joined #support`, `* kpatel has quit (Ping timeout)`,
/// `* kpatel is now known as kpatel_away`.
///
/// **Trigger**: the nickname's first byte, right after `<` or `* ` that follows a time of day
/// and a space (`[08:15:32] `, `08:15 `): without the time, `<html>` and `<init>` are tags. **Accepts** 2…32 bytes of
/// letters, digits, `_`, `-`, `|`, `^` and `` ` ``, starting with a letter, then `> ` and text
/// (a message) or a notice's verb.
package enum ChatNickDetector {
    package static func match(_ b: Bytes, at i: Int) -> Range<Int>? {
        let n = b.count
        guard i >= 1, i + 4 < n, ASCII.isLetter(b[i]) else { return nil }
        let opener = b[i - 1]
        if opener == UInt8(ascii: "<") {
            guard startsLineOrFollowsBracket(b, i - 1) else { return nil }
            let e = nickEnd(b, i)
            guard e - i >= 2, e + 2 < n, b[e] == UInt8(ascii: ">"), b[e + 1] == 0x20, b[e + 2] > 0x20 else { return nil }
            return i..<e
        }
        guard opener == 0x20, i >= 2, b[i - 2] == UInt8(ascii: "*"), startsLineOrFollowsBracket(b, i - 2) else { return nil }
        let e = nickEnd(b, i)
        guard e - i >= 2 else { return nil }
        for notice: StaticString in [" has joined ", " has quit", " has left ", " is now known as "] where ASCII.hasPrefix(b, at: e, exactly: notice) {
            return i..<e
        }
        return nil
    }

    /// The end of a nickname's bytes from `i` (at most 32).
    private static func nickEnd(_ b: Bytes, _ i: Int) -> Int {
        var e = i
        while e < b.count, e - i < 33 {
            let x = b[e]
            guard ASCII.isAlnum(x) || x == UInt8(ascii: "_") || x == UInt8(ascii: "-") || x == UInt8(ascii: "|") || x == UInt8(ascii: "^") || x == UInt8(ascii: "`") else { break }
            e += 1
        }
        return e - i > 32 ? i : e
    }

    /// True when a time of day comes right before `k` and a space: `[08:15:32] `, `[08:15] `
    /// (irssi, weechat, ZNC logs) or `08:15 ` (irssi's default).
    private static func startsLineOrFollowsBracket(_ b: Bytes, _ k: Int) -> Bool {
        guard k >= 6, b[k - 1] == 0x20 else { return false }
        var e = k - 1
        if b[e - 1] == UInt8(ascii: "]") { e -= 1 }
        var s = e
        var colons = 0
        while s > 0, e - s < 9, ASCII.isDigit(b[s - 1]) || b[s - 1] == UInt8(ascii: ":") {
            if b[s - 1] == UInt8(ascii: ":") { colons += 1 }
            s -= 1
        }
        guard colons >= 1, e - s >= 4, ASCII.isDigit(b[s]), ASCII.isDigit(b[e - 1]) else { return false }
        // Bracketed (`[…08:15:32] `, ZNC's `[2024-01-01 08:15:32] ` too), or the line's start (`08:15 `).
        if e < k - 1 { return s > 0 && (b[s - 1] == UInt8(ascii: "[") || b[s - 1] == 0x20) && b[..<s].lastIndex(of: UInt8(ascii: "[")).map { k - $0 <= 24 } == true }
        return s == 0 || b[s - 1] == 0x0A
    }
}
