/// Accounts on chat and social platforms in the forms their servers, bots and APIs log them:
/// - an IRC message's prefix, `:soren_baekgaard!soren_baekgaard@soren_baekgaard.tmi.twitch.tv PRIVMSG`
///   (the nick, the user and the host: the host names the user's machine or, on Twitch, the user);
/// - a Discord tag, `kaito.watanabe#4821`, and the user's snowflake id after it in parentheses;
/// - a Slack mention, `<@U05RTYX9K1L>`;
/// - a Reddit user, `u/lena_vogt_` (`r/…` names a community and stays);
/// - a YouTube channel id, `UC7mXhR2pQ9vLzK4tN8wB3yJ` (`UC` and 22 base64url characters);
/// - a handle named in prose, `insta @mari.nunez.surf`, `snap: renee.dsouza.to`.
///
/// **Returns** the account's range (for a Discord tag also the id's, as a second range).
package enum SocialHandleDetector {
    /// The IRC commands a prefixed message carries.
    static let ircCommands: [StaticString] = ["PRIVMSG ", "NOTICE ", "JOIN ", "PART ", "QUIT", "MODE ", "KICK ", "NICK ", "TOPIC ", "INVITE ", "USERNOTICE "]

    /// At `at`, right after a `:` that starts the line or follows a tag block (`@…;… :`): the prefix
    /// `nick!user@host` before one of ``ircCommands``.
    package static func ircPrefix(_ b: Bytes, at: Int) -> Range<Int>? {
        let n = b.count
        guard at >= 1, b[at - 1] == UInt8(ascii: ":"), at == 1 || b[at - 2] == 0x20 || b[at - 2] == 0x0A, ASCII.isLetter(b[at]) || b[at] == UInt8(ascii: "_") else { return nil }
        var k = at
        var bang = false, at_ = false
        while k < n, k - at < 200, b[k] > 0x20 {
            if b[k] == UInt8(ascii: "!") { bang = true } else if b[k] == UInt8(ascii: "@") { at_ = true }
            k += 1
        }
        guard bang, at_, k + 4 < n, b[k] == 0x20, ircCommands.contains(where: { ASCII.hasPrefix(b, at: k + 1, exactly: $0) }) else { return nil }
        return at..<k
    }

    /// Words before `#1234` that name a thing, not a Discord user (`issue#4821`, `PR#1234`).
    private static let notDiscordNames = WordTable("issue issues bug bugs pr pull ticket tickets build job jobs order orders item step run task case incident story epic version release commit page line row req request change cr ref test")

    /// A Discord tag at `at` (a word start): 2…32 bytes of letters, digits, `.` and `_`, `#`, four
    /// digits, not glued to more. The name has a lower-case letter and is not one of ``notDiscordNames``.
    package static func discordTag(_ b: Bytes, at: Int) -> Range<Int>? {
        let n = b.count
        var k = at
        var lower = false
        while k < n, k - at <= 32, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: ".") || b[k] == UInt8(ascii: "_") {
            if ASCII.isLower(b[k]) { lower = true }
            k += 1
        }
        guard k - at >= 2, lower, k + 5 <= n, b[k] == UInt8(ascii: "#"), b[(k + 1)..<(k + 5)].allSatisfy(ASCII.isDigit),
              k + 5 == n || !(ASCII.isAlnum(b[k + 5]) || b[k + 5] == UInt8(ascii: "_")),
              !notDiscordNames.containsLowercased(b, at..<k) else { return nil }
        return at..<(k + 5)
    }

    /// The snowflake id in parentheses right after a Discord tag ending at `end`: ` (258193746102938475)`.
    package static func snowflakeAfter(_ b: Bytes, end: Int) -> Range<Int>? {
        guard end + 3 < b.count, b[end] == 0x20, b[end + 1] == UInt8(ascii: "(") else { return nil }
        var k = end + 2
        while k < b.count, k - end - 2 < 20, ASCII.isDigit(b[k]) { k += 1 }
        guard k - end - 2 >= 17, k < b.count, b[k] == UInt8(ascii: ")") else { return nil }
        return (end + 2)..<k
    }

    /// A Slack mention at `at` (the `U` or `W` right after `<@`): the user id up to `>` or `|`.
    package static func slackMention(_ b: Bytes, at: Int) -> Range<Int>? {
        guard at >= 2, b[at - 1] == UInt8(ascii: "@"), b[at - 2] == UInt8(ascii: "<"), b[at] == UInt8(ascii: "U") || b[at] == UInt8(ascii: "W") else { return nil }
        var k = at + 1
        while k < b.count, k - at <= 12, ASCII.isUpper(b[k]) || ASCII.isDigit(b[k]) { k += 1 }
        guard k - at >= 9, k < b.count, b[k] == UInt8(ascii: ">") || b[k] == UInt8(ascii: "|") else { return nil }
        return at..<k
    }

    /// A Reddit user at `at` (the `u`, at a word start, not inside a path): `u/` and 3…20 bytes of
    /// letters, digits, `_` and `-`.
    package static func redditUser(_ b: Bytes, at: Int) -> Range<Int>? {
        guard at + 4 < b.count, b[at + 1] == UInt8(ascii: "/"), at == 0 || b[at - 1] == 0x20 || b[at - 1] == UInt8(ascii: "(") || b[at - 1] == UInt8(ascii: "\"") else { return nil }
        var k = at + 2
        while k < b.count, k - at - 2 <= 20, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "_") || b[k] == UInt8(ascii: "-") { k += 1 }
        guard k - at - 2 >= 3, k == b.count || !(b[k] == UInt8(ascii: "/") || b[k] == UInt8(ascii: "~")) else { return nil }
        return (at + 2)..<k
    }

    /// Words that name a social network before a handle in prose (profile bios, messages).
    static let networkWords: [StaticString] = ["instagram", "insta", "ig", "snapchat", "snap", "tiktok", "twitter", "telegram", "tg", "discord", "threads", "bluesky", "bsky"]

    /// A handle named in prose at `at` (a word start): `insta @mari.nunez.surf`, `snap: renee.dsouza.to`,
    /// `IG: @x_y`, `add me on discord kaito.nkmr` — a network's word, `:` or ` @` (or both; or `on`
    /// before the word and a `.`, `_` or digit in the handle), then 2…30 bytes of letters, digits, `.` and `_`
    /// with a letter (not `true`, `false`, `none`, `null`, `yes`, `no`, `on`, `off`). **Returns** the
    /// handle (without its `@`).
    package static func proseHandle(_ b: Bytes, at: Int) -> Range<Int>? {
        let n = b.count
        guard at == 0 || !(ASCII.isAlnum(b[at - 1]) || b[at - 1] == UInt8(ascii: "_") || b[at - 1] == UInt8(ascii: ".")) else { return nil }
        for word in networkWords where ASCII.hasPrefix(b, at: at, lowercased: word) {
            var k = at + word.utf8CodeUnitCount
            var marked = false
            if k < n, b[k] == UInt8(ascii: ":") { k += 1; marked = true }
            guard k + 2 < n, b[k] == 0x20 else { continue }
            k += 1
            if b[k] == UInt8(ascii: "@") { k += 1; marked = true }
            // (`add me on discord kaito.nkmr`: after `on`, a handle with a `.`, `_` or digit needs no mark.)
            let afterOn = at >= 3 && ASCII.hasPrefix(b, at: at - 3, lowercased: "on ")
            guard marked || afterOn else { continue }
            let start = k
            var letter = false
            var nonLetter = false
            while k < n, k - start <= 30, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "_") || (b[k] == UInt8(ascii: ".") && k + 1 < n && ASCII.isAlnum(b[k + 1])) {
                if ASCII.isLetter(b[k]) { letter = true } else { nonLetter = true }
                k += 1
            }
            guard k - start >= 2, k - start <= 30, letter, marked || (nonLetter && k - start >= 4), k == n || !(b[k] == UInt8(ascii: "@") || b[k] == UInt8(ascii: "~") || b[k] == UInt8(ascii: "/")),
                  !notHandles.containsLowercased(b, start..<k) else { return nil }
            return start..<k
        }
        return nil
    }

    private static let notHandles = WordTable("true false none null yes no on off enabled disabled ok error n/a na")

    /// A YouTube channel id at `at` (a word start): `UC` and exactly 22 `[A-Za-z0-9_-]` with a digit
    /// and a lower-case letter.
    package static func youTubeChannel(_ b: Bytes, at: Int) -> Range<Int>? {
        let e = at + 24
        guard e <= b.count, b[at] == UInt8(ascii: "U"), b[at + 1] == UInt8(ascii: "C"), e == b.count || !ASCII.isBase64URL(b[e]),
              at == 0 || !ASCII.isBase64URL(b[at - 1]) else { return nil }
        let body = b[(at + 2)..<e]
        guard body.allSatisfy(ASCII.isBase64URL), body.contains(where: ASCII.isDigit), body.contains(where: ASCII.isLower) else { return nil }
        return at..<e
    }
}
