/// Accounts that a tool prints in parentheses after a number or an address:
/// - coredumpctl's and systemd-coredump's `UID: 1001 (lpetrov)`;
/// - uWSGI's request log `[pid: 23811|app: 0|req: 5/10] 198.51.100.44 (mkowalski) {40 vars in
///   712 bytes}` (the `REMOTE_USER`; empty parentheses when none signed in);
/// - Plex Media Server's request log `… GZIP Signed-in Token (annelies.vogt) (Chrome)`.
///
/// **Trigger**: the first byte of the account, right after `(`. **Accepts** an account's bytes
/// up to the closing `)`.
extension AuthLogDetector {
    static func parenthesisedAccount(_ bytes: Bytes, at i: Int) -> Range<Int>? {
        let n = bytes.count
        guard i >= 3, i + 1 < n, bytes[i - 1] == UInt8(ascii: "("), bytes[i - 2] == 0x20,
              let r = user(bytes, i, then: { e in e < n && bytes[e] == UInt8(ascii: ")") }) else { return nil }
        // uWSGI: `) {40 vars in 712 bytes}`.
        if ASCII.hasPrefix(bytes, at: r.upperBound, exactly: ") {") {
            var k = r.upperBound + 3
            let digits = k
            while k < n, k - digits < 6, ASCII.isDigit(bytes[k]) { k += 1 }
            if k > digits, ASCII.hasPrefix(bytes, at: k, exactly: " vars in ") { return r }
        }
        // Plex Media Server's request log: `… TLS GZIP Signed-in Token (annelies.vogt) (SHIELD Android TV)`.
        if i >= 18, CredentialScan.hasSuffix(bytes, endingAt: i - 2, lowercased: "signed-in token") { return r }
        // coredumpctl: `UID: 1001 (`.
        var k = i - 2
        let digitsEnd = k
        while k > 0, digitsEnd - k < 10, ASCII.isDigit(bytes[k - 1]) { k -= 1 }
        guard k < digitsEnd, k >= 5, bytes[k - 1] == 0x20 else { return nil }
        var label = k - 1
        while label > 0, bytes[label - 1] == 0x20 { label -= 1 }
        return CredentialScan.hasSuffix(bytes, endingAt: label, lowercased: "uid:") && (label == 4 || !ASCII.isLetter(bytes[label - 5])) ? r : nil
    }
}
