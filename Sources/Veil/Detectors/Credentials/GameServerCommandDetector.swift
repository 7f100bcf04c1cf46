/// Passwords that players and admins type into game servers, as the servers log them (stop 37: a
/// helper's probe of game and community logs):
/// - Minecraft's `Steve_99 issued server command: /login Hunter2!`, with the sign-in plugins'
///   `/login`, `/l`, `/register`, `/reg`, `/changepassword`, `/changepass` — every argument is a
///   password (`/register P P`, `/changepassword OLD NEW`);
/// - Source engine's `rcon CHALLENGE "PASSWORD" command` (`Bad Rcon: "rcon 1462375923 "pw" status"`);
/// - the secret console variables set by a command: `sv_password "…"`, `rcon_password …`,
///   `sv_setsteamaccount TOKEN`.
///
/// **Trigger**: the word start of `issued server command: /`, of `rcon ` before digits, or of a
/// secret variable.
/// **Returns** the range from the first password to the last (one span: they are all secrets).
package enum GameServerCommandDetector {
    static let passwordCommands: [StaticString] = ["login", "l", "register", "reg", "changepassword", "changepass", "cp"]

    /// Console variables that hold a secret: the server's join password, the RCON password,
    /// the game server login token.
    static let secretVariables: [StaticString] = ["sv_password ", "rcon_password ", "sv_setsteamaccount ", "sv_rcon_password "]

    package static func match(_ b: Bytes, at: Int) -> Range<Int>? {
        let n = b.count
        // `rcon from "…": command "sv_password "Kn1ght$Fall""`, `rcon_password hunter2`: the value
        // (inside its quotes; an empty `""` clears the password).
        if at == 0 || !(ASCII.isAlnum(b[at - 1]) || b[at - 1] == UInt8(ascii: "_")),
           let variable = secretVariables.first(where: { ASCII.hasPrefix(b, at: at, exactly: $0) }) {
            var k = at + variable.utf8CodeUnitCount
            while k < n, b[k] == 0x20 { k += 1 }
            guard k < n else { return nil }
            if b[k] == UInt8(ascii: "\"") {
                // To the closing quote; unterminated, to the line's end (fail closed).
                let start = k + 1
                var e = start
                while e < n, b[e] != UInt8(ascii: "\""), b[e] != 0x0A { e += 1 }
                return e > start ? start..<e : nil
            }
            let start = k
            while k < n, b[k] > 0x20, b[k] != UInt8(ascii: "\"") { k += 1 }
            return k > start ? start..<k : nil
        }
        if ASCII.hasPrefix(b, at: at, exactly: "issued server command: /") {
            var k = at + 24
            let command = k
            while k < n, ASCII.isLower(b[k]) { k += 1 }
            guard k < n, b[k] == 0x20,
                  passwordCommands.contains(where: { $0.utf8CodeUnitCount == k - command && ASCII.hasPrefix(b, at: command, exactly: $0) }) else { return nil }
            while k < n, b[k] == 0x20 { k += 1 }
            var end = n
            while end > k, b[end - 1] == 0x20 || b[end - 1] == 0x0D { end -= 1 }
            return end > k ? k..<end : nil
        }
        if ASCII.hasPrefix(b, at: at, exactly: "rcon "), at + 8 < n, ASCII.isDigit(b[at + 5]) {
            var k = at + 5
            while k < n, ASCII.isDigit(b[k]) { k += 1 }
            guard k + 2 < n, b[k] == 0x20 else { return nil }
            k += 1
            if b[k] == UInt8(ascii: "\"") {
                let start = k + 1
                var e = start
                while e < n, e - start <= 256, b[e] != UInt8(ascii: "\"") { e += 1 }
                return e > start ? start..<min(e, n) : nil
            }
            let start = k
            while k < n, b[k] > 0x20, b[k] != UInt8(ascii: "\"") { k += 1 }
            return k > start ? start..<k : nil
        }
        return nil
    }
}
