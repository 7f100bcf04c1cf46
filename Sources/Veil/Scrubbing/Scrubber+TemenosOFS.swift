/// Temenos T24's Open Financial Service messages, which its OFS and TAFJ logs keep:
/// `CUSTOMER,INPUT/I/PROCESS,INPUTTER1/Welcome2024!,,MNEMONIC=…` — the application, the version
/// with its function and `PROCESS` or `VALIDATE`, then the sign-on `user/password[/company]`.
extension Scrubber {
    /// At the `P` of `PROCESS` or the `V` of `VALIDATE` after `/`: the sign-on's user and password
    /// in the next comma-separated field, or nil.
    static func ofsSignOn(_ b: Bytes, at: Int) -> (user: Range<Int>, password: Range<Int>)? {
        let n = b.count
        // The function's letter before (`/I/`, `/A/`, `/R/`, `/S/`).
        guard at >= 3, b[at - 1] == UInt8(ascii: "/"), ASCII.isUpper(b[at - 2]), b[at - 3] == UInt8(ascii: "/") else { return nil }
        var k: Int
        if ASCII.hasPrefix(b, at: at, exactly: "PROCESS") { k = at + 7 } else if ASCII.hasPrefix(b, at: at, exactly: "VALIDATE") { k = at + 8 } else { return nil }
        // (`/PROCESS/1/0`: the GTS control and authoriser count may follow.)
        while k < n, k - at < 24, b[k] != UInt8(ascii: ","), b[k] != 0x20 { k += 1 }
        guard k + 3 < n, b[k] == UInt8(ascii: ",") else { return nil }
        let userStart = k + 1
        var e = userStart
        while e < n, e - userStart <= 64, b[e] != UInt8(ascii: "/"), b[e] != UInt8(ascii: ","), b[e] > 0x20 { e += 1 }
        guard e > userStart, e + 1 < n, b[e] == UInt8(ascii: "/") else { return nil }
        let passwordStart = e + 1
        var p = passwordStart
        while p < n, p - passwordStart <= 128, b[p] != UInt8(ascii: "/"), b[p] != UInt8(ascii: ","), b[p] > 0x20 { p += 1 }
        guard p > passwordStart, p == n || b[p] == UInt8(ascii: ",") || b[p] == UInt8(ascii: "/") else { return nil }
        return (userStart..<e, passwordStart..<p)
    }
}
