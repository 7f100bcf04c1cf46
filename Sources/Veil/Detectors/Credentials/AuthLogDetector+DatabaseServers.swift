/// Sign-in messages of database servers and platform tools (probe stop 40):
/// - Cassandra's `Provided username mwilson and/or password are incorrect`;
/// - ClickHouse's `DB::Exception: kpopov: Authentication failed`;
/// - Neo4j's security log `[rsingh]: failed to log in`, `[rsingh]: logged in`;
/// - pkexec's `pkexec[41201]: tomas.novak: Executing command [USER=root] …`;
/// - macOS's `for user 501 (aoife.byrne)` (the uid, then the short name);
/// - Chef's user resource `user[ahmed.elsayed] action create`;
/// - MikroTik's hotspot `ana.souza (10.5.50.23): logged in` (the user before the client's address);
/// - rsyncd's `rsync to home/ from ksato@laptop-kenji (192.0.2.144)` (the user before `@host`).
extension AuthLogDetector {
    /// At the `u` of `username`, after `Provided `.
    static func providedUsername(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard ASCII.hasPrefix(bytes, at: at, exactly: "username "), CredentialScan.hasSuffix(bytes, endingAt: at, exactly: "Provided ") else { return nil }
        return user(bytes, at + 9, then: { e in ASCII.hasPrefix(bytes, at: e, exactly: " and/or password") })
    }

    /// At the `D` of `DB::Exception: `: the account before `: Authentication failed`.
    package static func clickHouseUser(_ bytes: Bytes, at: Int) -> Range<Int>? {
        guard ASCII.hasPrefix(bytes, at: at, exactly: "DB::Exception: ") else { return nil }
        return user(bytes, at + 15, then: { e in ASCII.hasPrefix(bytes, at: e, exactly: ": Authentication failed") })
    }

    /// At a `[` after white space: Neo4j's `[rsingh]: failed to log in`, `[rsingh]: logged in`,
    /// `[rsingh]: logged out`.
    package static func neo4jSecurityUser(_ bytes: Bytes, open: Int) -> Range<Int>? {
        guard open > 0, bytes[open - 1] == 0x20, let r = userRun(bytes, open + 1), ASCII.hasPrefix(bytes, at: r.upperBound, exactly: "]: ") else { return nil }
        let k = r.upperBound + 3
        guard ASCII.hasPrefix(bytes, at: k, exactly: "failed to log in") || ASCII.hasPrefix(bytes, at: k, exactly: "logged in")
            || ASCII.hasPrefix(bytes, at: k, exactly: "logged out") else { return nil }
        return Scrubber.isPseudonym(bytes, r) ? nil : r
    }

    /// At the `[` of Chef's `user[ahmed.elsayed] action create` (`* user[…]`, `Processing user[…]`):
    /// the resource's name, an account.
    package static func chefUserResource(_ bytes: Bytes, open: Int) -> Range<Int>? {
        guard open >= 5, CredentialScan.hasSuffix(bytes, endingAt: open, exactly: "user"), bytes[open - 5] == 0x20,
              let r = userRun(bytes, open + 1), ASCII.hasPrefix(bytes, at: r.upperBound, exactly: "] action ") else { return nil }
        return Scrubber.isPseudonym(bytes, r) ? nil : r
    }

    /// At the `(` of MikroTik's hotspot `ana.souza (10.5.50.23): logged in` (also `logged out`,
    /// `login failed`, `trying to log in`): the word before ` (`, not before `floor`, with the
    /// `hotspot` topic at most 64 bytes before it.
    package static func hotspotUser(_ bytes: Bytes, open: Int, floor: Int) -> Range<Int>? {
        let n = bytes.count
        guard open >= 2, open + 8 < n, bytes[open - 1] == 0x20, ASCII.isHexDigit(bytes[open + 1]) else { return nil }
        var k = open + 1
        while k < n, k - open <= 46, ASCII.isHexDigit(bytes[k]) || bytes[k] == UInt8(ascii: ".") || bytes[k] == UInt8(ascii: ":") { k += 1 }
        guard ASCII.hasPrefix(bytes, at: k, exactly: "): ") else { return nil }
        let v = k + 3
        guard ASCII.hasPrefix(bytes, at: v, exactly: "logged in") || ASCII.hasPrefix(bytes, at: v, exactly: "logged out")
            || ASCII.hasPrefix(bytes, at: v, exactly: "login failed") || ASCII.hasPrefix(bytes, at: v, exactly: "trying to log in") else { return nil }
        let end = open - 1
        var start = end
        while start > floor, end - start < maxUser, isUserByte(bytes[start - 1]) { start -= 1 }
        // (RouterOS writes its topics first: `hotspot,account,info,debug`.)
        guard start < end, start >= floor, start == 0 || bytes[start - 1] == 0x20, !Scrubber.isPseudonym(bytes, start..<end),
              CredentialScan.contains(bytes, from: max(0, start - 64), to: start, lowercased: "hotspot") else { return nil }
        return start..<end
    }

    /// At the `(` of Ivanti Connect Secure's (Pulse Secure's) session prefix, `- [ADDRESS]
    /// USER(REALM)[ROLES] - message`: USER, after the address's `] ` and before a realm and the
    /// roles' brackets that ` - ` follows.
    package static func ivantiSessionUser(_ bytes: Bytes, open: Int, floor: Int) -> Range<Int>? {
        let n = bytes.count
        var k = open + 1
        while k < n, k - open <= 64, bytes[k] != UInt8(ascii: ")"), bytes[k] != UInt8(ascii: "("), bytes[k] >= 0x20 { k += 1 }
        // (A realm is named: `System()[]` is the appliance's own.)
        guard k > open + 1, k + 1 < n, bytes[k] == UInt8(ascii: ")"), bytes[k + 1] == UInt8(ascii: "[") else { return nil }
        k += 2
        while k < n, k - open <= 512, bytes[k] != UInt8(ascii: "]") { k += 1 }
        guard ASCII.hasPrefix(bytes, at: k, exactly: "] - ") else { return nil }
        let end = open
        var start = end
        while start > floor, end - start < maxUser, isUserByte(bytes[start - 1]) { start -= 1 }
        guard start < end, start >= floor, start >= 2, bytes[start - 1] == 0x20, bytes[start - 2] == UInt8(ascii: "]"),
              !Scrubber.isPseudonym(bytes, start..<end) else { return nil }
        return start..<end
    }

    /// At the `(` of rsyncd's `rsync on|to MODULE from USER@HOST (ADDRESS)`: USER (a word of its own
    /// after ` from `, not before `floor`).
    package static func rsyncdUser(_ bytes: Bytes, open: Int, floor: Int) -> Range<Int>? {
        guard open >= 16, bytes[open - 1] == 0x20 else { return nil }
        let hostEnd = open - 1
        var at = hostEnd
        while at > floor, hostEnd - at < 128, bytes[at - 1] != UInt8(ascii: "@"), bytes[at - 1] > 0x20 { at -= 1 }
        guard at > floor, bytes[at - 1] == UInt8(ascii: "@") else { return nil }
        let end = at - 1
        var start = end
        while start > floor, end - start < maxUser, isUserByte(bytes[start - 1]) { start -= 1 }
        guard start < end, start >= floor, CredentialScan.hasSuffix(bytes, endingAt: start, exactly: " from "),
              CredentialScan.contains(bytes, from: max(0, start - 128), to: start, lowercased: "rsync "),
              !Scrubber.isPseudonym(bytes, start..<end) else { return nil }
        return start..<end
    }

    /// rsyncd's transfer lines in its default log format, `%o %h [%a] %m (%u) %f %l`: `recv
    /// nas-07.example.org [198.51.100.4] homes (nikos.papadopoulos) nikos/a.pdf 1048576` — at the
    /// `(` after the module: the authenticated user inside the parentheses (empty for an
    /// anonymous module: `()`).
    package static func rsyncTransferUser(_ bytes: Bytes, open: Int, floor: Int) -> Range<Int>? {
        let n = bytes.count
        guard open >= 16, open >= floor, bytes[open - 1] == 0x20 else { return nil }
        var m = open - 1
        while m > 0, open - 1 - m < 64, bytes[m - 1] > 0x20 { m -= 1 }  // the module's name
        guard m >= 3, m < open - 1, bytes[m - 1] == 0x20, bytes[m - 2] == UInt8(ascii: "]"),
              let bracket = bytes[max(0, m - 64)..<(m - 2)].lastIndex(of: UInt8(ascii: "[")), bracket >= 2, bytes[bracket - 1] == 0x20 else { return nil }
        var h = bracket - 1
        while h > 0, bracket - 1 - h < 256, bytes[h - 1] > 0x20 { h -= 1 }  // the host
        guard h >= 5, ASCII.hasPrefix(bytes, at: h - 5, exactly: "recv ") || ASCII.hasPrefix(bytes, at: h - 5, exactly: "send ") || ASCII.hasPrefix(bytes, at: h - 5, exactly: "del. ") else { return nil }
        var e = open + 1
        while e < n, e - open <= maxUser, isUserByte(bytes[e]) { e += 1 }
        guard e > open + 1, e + 1 < n, bytes[e] == UInt8(ascii: ")"), bytes[e + 1] == 0x20, !Scrubber.isPseudonym(bytes, (open + 1)..<e) else { return nil }
        return (open + 1)..<e
    }

    /// An xferlog record's user (wu-ftpd's format, written by vsftpd and ProFTPD): `… FILE b _ i r
    /// kfischer ftp 0 * c` — transfer type, special action, direction, access mode (`r` a real
    /// user, `g` a guest; an anonymous user's `a` gives the typed e-mail address, which the
    /// detectors read), the user, then the service at `service`, `0`/`1` and the completion status.
    package static func xferlogUser(_ bytes: Bytes, service: Int) -> Range<Int>? {
        let n = bytes.count
        // After the service: the authentication method, the authenticated id and `c`/`i`.
        guard service + 5 < n, bytes[service + 4] == UInt8(ascii: "0") || bytes[service + 4] == UInt8(ascii: "1"), bytes[service + 5] == 0x20 else { return nil }
        let end = service - 1
        var start = end
        while start > 0, end - start < maxUser, bytes[start - 1] > 0x20 { start -= 1 }
        // Before the user: ` [ab] [_CUT]+ [oid] [rg] `.
        guard start > end - maxUser, start >= 9, start < end, bytes[start - 1] == 0x20, bytes[start - 2] == UInt8(ascii: "r") || bytes[start - 2] == UInt8(ascii: "g"),
              bytes[start - 3] == 0x20, bytes[start - 4] == UInt8(ascii: "o") || bytes[start - 4] == UInt8(ascii: "i") || bytes[start - 4] == UInt8(ascii: "d"),
              bytes[start - 5] == 0x20 else { return nil }
        var k = start - 6
        while k > 0, start - 6 - k < 3, bytes[k] == UInt8(ascii: "_") || bytes[k] == UInt8(ascii: "C") || bytes[k] == UInt8(ascii: "U") || bytes[k] == UInt8(ascii: "T") { k -= 1 }
        guard k < start - 6, k >= 2, bytes[k] == 0x20, bytes[k - 1] == UInt8(ascii: "a") || bytes[k - 1] == UInt8(ascii: "b"), bytes[k - 2] == 0x20,
              bytes[start..<end].allSatisfy(isUserByte) else { return nil }
        return start..<end
    }

    /// SharePoint's encoded Windows claim after its `0#.w|` (ULS logs, user profile jobs):
    /// `contoso\dvanderberg` — the account after the domain's `\` (written `\\` in JSON too).
    package static func windowsClaimAccount(_ bytes: Bytes, from k: Int) -> Range<Int>? {
        let n = bytes.count
        var e = k
        while e < n, e - k <= 64, ASCII.isAlnum(bytes[e]) || bytes[e] == UInt8(ascii: "-") || bytes[e] == UInt8(ascii: ".") || bytes[e] == UInt8(ascii: "_") { e += 1 }
        guard e > k, e < n, bytes[e] == UInt8(ascii: "\\") else { return nil }
        var s = e + 1
        if s < n, bytes[s] == UInt8(ascii: "\\") { s += 1 }
        var u = s
        while u < n, u - s < maxUser, isUserByte(bytes[u]) { u += 1 }
        guard u > s, u == n || (bytes[u] != UInt8(ascii: "~") && !isUserByte(bytes[u])), Scrubber.placeholderEnd(bytes, at: s) == nil, !Scrubber.isPseudonym(bytes, s..<u) else { return nil }
        return s..<u
    }

    /// At the `p` of `pkexec`: `pkexec[PID]: USER: Executing command`.
    static func pkexecAnchor(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard ASCII.hasPrefix(bytes, at: at, exactly: "pkexec[") else { return nil }
        var k = at + 7
        let digits = k
        while k < bytes.count, k - digits < 10, ASCII.isDigit(bytes[k]) { k += 1 }
        guard k > digits, ASCII.hasPrefix(bytes, at: k, exactly: "]: ") else { return nil }
        return user(bytes, k + 3, then: { e in ASCII.hasPrefix(bytes, at: e, exactly: ": Executing command") || ASCII.hasPrefix(bytes, at: e, exactly: ": Error executing command") })
    }

    /// After `for user ` at `p`: a uid, then the short name in parentheses (`501 (aoife.byrne)`).
    static func userIDThenName(_ bytes: Bytes, _ p: Int) -> Range<Int>? {
        var k = p
        while k < bytes.count, k - p < 10, ASCII.isDigit(bytes[k]) { k += 1 }
        guard k > p, ASCII.hasPrefix(bytes, at: k, exactly: " (") else { return nil }
        return user(bytes, k + 2, then: { e in e < bytes.count && bytes[e] == UInt8(ascii: ")") })
    }
}
