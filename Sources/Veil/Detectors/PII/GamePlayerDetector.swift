/// Player names in Minecraft server logs (stop 37: a helper's probe of game-server logs). A
/// player's name (3…16 letters, digits and `_`) after the log prefix's `]: `, in the server's own
/// sentences:
/// - `UUID of player Steve_99 is 069a79f4-…`;
/// - `Steve_99 joined the game`, `left the game`, `lost connection: …`, `issued server command: …`,
///   `Steve_99[/203.0.113.5:51234] logged in with entity id …`;
/// - a chat line, `<Steve_99> hello`.
///
/// **Returns** the name's range.
package enum GamePlayerDetector {
    static let sentences: [StaticString] = [" joined the game", " left the game", " lost connection: ", " issued server command: ", "[/"]

    /// At `at`, right after `]: `: the player the server's sentence names, or nil.
    package static func match(_ b: Bytes, at: Int) -> Range<Int>? {
        let n = b.count
        guard at >= 3, b[at - 1] == 0x20, b[at - 2] == UInt8(ascii: ":"), b[at - 3] == UInt8(ascii: "]"), at + 4 < n else { return nil }
        if ASCII.hasPrefix(b, at: at, exactly: "UUID of player ") {
            guard let name = playerName(b, at + 15), ASCII.hasPrefix(b, at: name.upperBound, exactly: " is ") else { return nil }
            return name
        }
        if b[at] == UInt8(ascii: "<") {
            // (A chat line follows a thread's level, `[Server thread/INFO]: <Steve_99> hi`; Roundcube's
            // `[12-Mar-2024 10:47:30 +0000]: <5d0e9a7c> …` is a session's tag after a date.)
            guard at >= 9, ASCII.hasPrefix(b, at: at - 8, exactly: "/INFO]: "),
                  let name = playerName(b, at + 1), name.upperBound < n, b[name.upperBound] == UInt8(ascii: ">") else { return nil }
            return name
        }
        guard let name = playerName(b, at),
              sentences.contains(where: { ASCII.hasPrefix(b, at: name.upperBound, exactly: $0) }) else { return nil }
        return name
    }

    private static func playerName(_ b: Bytes, _ at: Int) -> Range<Int>? {
        var e = at
        while e < b.count, e - at <= 16, ASCII.isAlnum(b[e]) || b[e] == UInt8(ascii: "_") { e += 1 }
        return e - at >= 3 && e - at <= 16 ? at..<e : nil
    }
}

extension GamePlayerDetector {
    /// Source engine servers (Counter-Strike, Team Fortress 2) name a player as
    /// `"xXSniperWolfXx<12><STEAM_1:0:48213377><CT>"`: the name, the user id and the Steam id in
    /// angle brackets. At `id`, the Steam id's first byte (after its `<`): the name before
    /// `<digits><`, back to the opening `"` (at most 64 bytes; a name may hold spaces), or nil.
    package static func sourceEngineName(_ b: Bytes, steamIDAt id: Int) -> Range<Int>? {
        guard id >= 5, b[id - 1] == UInt8(ascii: "<"), b[id - 2] == UInt8(ascii: ">") else { return nil }
        var k = id - 2
        let digitsEnd = k
        while k > 0, digitsEnd - k < 8, ASCII.isDigit(b[k - 1]) { k -= 1 }
        guard k < digitsEnd, k >= 2, b[k - 1] == UInt8(ascii: "<") else { return nil }
        let nameEnd = k - 1
        var s = nameEnd
        while s > 0, nameEnd - s < 64, b[s - 1] != UInt8(ascii: "\""), b[s - 1] != 0x0A { s -= 1 }
        guard s > 0, s < nameEnd, b[s - 1] == UInt8(ascii: "\""), s == 1 || b[s - 2] == 0x20 else { return nil }
        return s..<nameEnd
    }
}

extension GamePlayerDetector {
    /// Minecraft's command feedback, broadcast to operators and logged: `[Server thread/INFO]:
    /// [Lefevre_Renee: Gave 64 [Diamond] to Kaito_Nakamura]`, `[Steve_99: Teleported Alex to
    /// 10.5, 64, -3]`. At the `[` after `/INFO]: `: the operator's name, and the player after
    /// ` to ` when a name ends the feedback (`… to Kaito_Nakamura]`).
    package static func commandFeedback(_ b: Bytes, open: Int) -> (operator: Range<Int>, target: Range<Int>?)? {
        let n = b.count
        guard open >= 8, ASCII.hasPrefix(b, at: open - 8, exactly: "/INFO]: "), let name = playerName(b, open + 1),
              name.upperBound + 2 < n, b[name.upperBound] == UInt8(ascii: ":"), b[name.upperBound + 1] == 0x20, ASCII.isUpper(b[name.upperBound + 2]) else { return nil }
        // The feedback's closing `]` at the line's end, and a player's name before it after ` to `.
        var end = name.upperBound
        while end < n, b[end] != 0x0A, b[end] != 0x0D { end += 1 }
        guard end > name.upperBound, b[end - 1] == UInt8(ascii: "]") else { return (name, nil) }
        var s = end - 1
        while s > name.upperBound, end - 1 - s <= 16, ASCII.isAlnum(b[s - 1]) || b[s - 1] == UInt8(ascii: "_") { s -= 1 }
        guard s >= 4, ASCII.hasPrefix(b, at: s - 4, exactly: " to "), let target = playerName(b, s), target.upperBound == end - 1 else { return (name, nil) }
        return (name, target)
    }
}
