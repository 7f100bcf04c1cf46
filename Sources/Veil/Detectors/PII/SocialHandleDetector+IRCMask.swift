/// An IRC client's mask in a server's connect notice, found from its `!~` (an ident the server
/// could not verify): InspIRCd's `CONNECT: Client connecting on port 6697 (class main):
/// aditi_r!~aditi@203.0.113.5 (203.0.113.5) [Aditi Ramaswamy]`, UnrealIRCd's `Client connecting:
/// kmensah (~kwame@198.51.100.7) [Kwame Mensah]` has no `!`. The nick, the ident and the host are
/// one account (`nick!~ident@host`); the real name in brackets after the mask and its host in
/// parentheses is the person's.
extension SocialHandleDetector {
    static func ircClientMask(_ b: Bytes, tilde: Int, floor: Int) -> (mask: Range<Int>, realName: Range<Int>?)? {
        let n = b.count
        guard tilde >= 2, b[tilde - 1] == UInt8(ascii: "!") else { return nil }
        @inline(__always) func isNickByte(_ x: UInt8) -> Bool {
            ASCII.isAlnum(x) || x == UInt8(ascii: "_") || x == UInt8(ascii: "-") || x == UInt8(ascii: "[") || x == UInt8(ascii: "]")
                || x == UInt8(ascii: "^") || x == UInt8(ascii: "|") || x == UInt8(ascii: "`") || x == UInt8(ascii: "{") || x == UInt8(ascii: "}")
        }
        var start = tilde - 1
        while start > floor, tilde - 1 - start < 32, isNickByte(b[start - 1]) { start -= 1 }
        guard start < tilde - 1, start >= floor, start == 0 || b[start - 1] == 0x20 || b[start - 1] == UInt8(ascii: ":"),
              ASCII.isLetter(b[start]) || b[start] == UInt8(ascii: "_") else { return nil }
        var k = tilde + 1
        while k < n, k - tilde <= 16, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "_") || b[k] == UInt8(ascii: "-") || b[k] == UInt8(ascii: ".") { k += 1 }
        guard k > tilde + 1, k < n, b[k] == UInt8(ascii: "@") else { return nil }
        k += 1
        let hostStart = k
        while k < n, k - hostStart < 256, b[k] > 0x20, b[k] != UInt8(ascii: ")"), b[k] != UInt8(ascii: "]") { k += 1 }
        guard k > hostStart else { return nil }
        let mask = start..<k
        // ` (203.0.113.5) [Aditi Ramaswamy]`: the real name after the host in parentheses.
        var realName: Range<Int>?
        if k + 4 < n, b[k] == 0x20, b[k + 1] == UInt8(ascii: "("), let close = b[(k + 2)..<min(n, k + 260)].firstIndex(of: UInt8(ascii: ")")),
           close + 3 < n, b[close + 1] == 0x20, b[close + 2] == UInt8(ascii: "["),
           let end = b[(close + 3)..<min(n, close + 80)].firstIndex(of: UInt8(ascii: "]")), end > close + 3 {
            realName = (close + 3)..<end
        }
        return (mask, realName)
    }
}
