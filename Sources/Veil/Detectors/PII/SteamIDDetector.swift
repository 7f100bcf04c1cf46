/// Steam account ids, which name a player's account (stop 37: a helper's probe of game-server
/// logs): `STEAM_1:0:12345678` (SteamID2), `[U:1:24691356]` (SteamID3, the part inside the
/// brackets) and 17-digit SteamID64s (`76561198012345678`, starting `765611`).
///
/// **Returns** the id's range; it takes the `auth_log_user` detector's rule (an account).
package enum SteamIDDetector {
    /// At `STEAM_`: `STEAM_X:Y:Z` with X 0…5, Y 0 or 1 and Z of 1…10 digits.
    package static func steamID2(_ b: Bytes, at: Int) -> Range<Int>? {
        let n = b.count
        guard ASCII.hasPrefix(b, at: at, exactly: "STEAM_"), at + 10 < n, b[at + 6] >= UInt8(ascii: "0"), b[at + 6] <= UInt8(ascii: "5"),
              b[at + 7] == UInt8(ascii: ":"), b[at + 8] == UInt8(ascii: "0") || b[at + 8] == UInt8(ascii: "1"), b[at + 9] == UInt8(ascii: ":") else { return nil }
        let e = CredentialScan.runEnd(b, from: at + 10, ASCII.isDigit)
        guard e > at + 10, e - at - 10 <= 10, e == n || !ASCII.isAlnum(b[e]) else { return nil }
        return at..<e
    }

    /// At `[`: `[U:1:Z]` — the id inside the brackets.
    package static func steamID3(_ b: Bytes, open: Int) -> Range<Int>? {
        let n = b.count
        guard open + 6 < n, b[open + 1] == UInt8(ascii: "U"), b[open + 2] == UInt8(ascii: ":"), ASCII.isDigit(b[open + 3]), b[open + 4] == UInt8(ascii: ":") else { return nil }
        let e = CredentialScan.runEnd(b, from: open + 5, ASCII.isDigit)
        guard e > open + 5, e - open - 5 <= 10, e < n, b[e] == UInt8(ascii: "]") else { return nil }
        return (open + 1)..<e
    }

    /// At a digit run's start: a SteamID64 (`765611` and 11 more digits, alone).
    package static func steamID64(_ b: Bytes, at: Int) -> Range<Int>? {
        let n = b.count
        guard at + 17 <= n, ASCII.hasPrefix(b, at: at, exactly: "765611"), at == 0 || !ASCII.isAlnum(b[at - 1]) else { return nil }
        let e = CredentialScan.runEnd(b, from: at, ASCII.isDigit)
        guard e - at == 17, e == n || !ASCII.isAlnum(b[e]) else { return nil }
        return at..<e
    }
}
