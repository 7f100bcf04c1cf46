/// Host names of personal devices that carry their owner's given name, as DHCP servers,
/// NetworkManager, dnsmasq and MDM logs print them: `Janes-iPhone`, `Bobs-MacBook-Pro`,
/// `Maria's iPad`, `Johns-PC`, `Priya-Galaxy-S21`.
///
/// **Trigger**: called at a capitalised word that no letter, digit, `-`, `_` or `.` precedes.
///
/// **Accepts** a given name of the name lists, optionally possessive (`Janes`, `Jane's`,
/// `Jane’s`), then `-` or `_` (or one space after a possessive), then a device word (any case: `iPhone`, `iPad`,
/// `iPod`, `iMac`, `MacBook`, `Mac`, `Watch`, `Galaxy`, `Pixel`, `Android`, `Phone`, `PC`,
/// `Laptop`, `Desktop`, `Surface`, `ThinkPad`, `Chromebook`, `Kindle`, `Tablet`, `Xbox`), and the
/// rest of the host name (`-Pro`, `-2`, `-S21`).
///
/// **Returns** the whole host name: the person is the finding, and the device is told apart
/// by its pseudonym.
package enum DeviceNameDetector {
    static let deviceWords: [StaticString] = [
        "iphone", "ipad", "ipod", "imac", "macbook", "mac", "watch", "galaxy", "pixel", "android", "phone", "pc",
        "laptop", "desktop", "surface", "thinkpad", "chromebook", "kindle", "tablet", "xbox",
    ]

    package static func match(_ b: Bytes, at: Int) -> Range<Int>? {
        let n = b.count
        guard at + 5 < n, ASCII.isUpper(b[at]), ASCII.isLower(b[at + 1]) else { return nil }
        if at > 0 {
            let p = b[at - 1]
            guard !(ASCII.isAlnum(p) || p == UInt8(ascii: "-") || p == UInt8(ascii: "_") || p == UInt8(ascii: ".") || p >= 0x80) else { return nil }
        }
        var k = at + 1
        while k < n, k - at <= 20, ASCII.isLower(b[k]) { k += 1 }
        let word = at..<k
        // Cheap rejects first: a separator and a device word must follow.
        var apostrophe = false
        if k < n, b[k] == UInt8(ascii: "'") { k += 1; apostrophe = true } else if ASCII.hasPrefix(b, at: k, exactly: "’") { k += 3; apostrophe = true }
        if apostrophe {
            guard k < n, b[k] == UInt8(ascii: "s") else { return nil }
            k += 1
        }
        guard k + 2 < n, b[k] == UInt8(ascii: "-") || b[k] == UInt8(ascii: "_") || (apostrophe && b[k] == 0x20) else { return nil }
        let spaced = b[k] == 0x20
        k += 1
        // After a space the device word is a name (`Maria's iPad`, `Jo's Pixel`), not prose (`Jane's phone number`).
        if spaced { guard k + 1 < n, ASCII.isUpper(b[k]) || (b[k] == UInt8(ascii: "i") && ASCII.isUpper(b[k + 1])) else { return nil } }
        guard let device = deviceWords.first(where: { ASCII.hasPrefix(b, at: k, lowercased: $0) }) else { return nil }
        var e = k + device.utf8CodeUnitCount
        guard e == n || !ASCII.isLower(b[e]) else { return nil }  // `Jane-Pcs…`, `Jane-Watchful`
        // The name: `Jane`, or `Janes` for `Jane`.
        guard PersonNameDetector.given.contains(b, word)
            || (!apostrophe && word.count > 3 && b[word.upperBound - 1] == UInt8(ascii: "s") && PersonNameDetector.given.contains(b, at..<(word.upperBound - 1))) else { return nil }
        // The rest of the host name: `-Pro`, `-2`, `-S21` (not after a space: `Jane's iPad is …`).
        while e < n, ASCII.isAlnum(b[e]) || (!spaced && (b[e] == UInt8(ascii: "-") || b[e] == UInt8(ascii: "_"))) { e += 1 }
        return at..<e
    }
}
