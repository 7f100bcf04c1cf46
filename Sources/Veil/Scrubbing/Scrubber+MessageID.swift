/// A mail's Message-ID has an address's shape (`<20240311091434.1@mail.example.com>`) but names
/// a message, not a mailbox: Postfix's `message-id=<…>`, Sendmail's `msgid=<…>`, the headers
/// `Message-ID:`, `In-Reply-To:` and `References:` (each id of the list), Microsoft Graph's
/// `internetMessageId`, Mailgun's `message-id`, a task's `message_id`, nodemailer's `Message <…> sent`. It stays, so a message's
/// lines can still be followed.
extension Scrubber {
    /// True when the address at `r` is a Message-ID: in `<…>` after one of those keys.
    static func isMessageID(_ b: Bytes, _ r: Range<Int>) -> Bool {
        let n = b.count
        guard r.lowerBound > 2, r.upperBound < n, b[r.lowerBound - 1] == UInt8(ascii: "<"), b[r.upperBound] == UInt8(ascii: ">") else { return false }
        var k = r.lowerBound - 2
        // The separator between the key and the `<`: quotes, `:`, `=`, spaces.
        while k >= 0, r.lowerBound - 2 - k < 6, b[k] == 0x20 || b[k] == UInt8(ascii: "\"") || b[k] == UInt8(ascii: "'") || b[k] == UInt8(ascii: ":") || b[k] == UInt8(ascii: "=") || b[k] == UInt8(ascii: "\\") { k -= 1 }
        guard k >= 0 else { return false }
        // The next id of a `References:` list — when the one before is an id too (amavis's
        // `<from@…> -> <to@…>` are addresses).
        if b[k] == UInt8(ascii: ">") {
            var open = k - 1
            while open >= 0, k - open <= 998, b[open] != UInt8(ascii: "<"), b[open] != UInt8(ascii: ">") { open -= 1 }
            guard open >= 0, b[open] == UInt8(ascii: "<"), open + 1 < k else { return false }
            return isMessageID(b, (open + 1)..<k)
        }
        let end = k + 1
        while k >= 0, end - k <= 20, ASCII.isLetter(b[k]) || b[k] == UInt8(ascii: "-") || b[k] == UInt8(ascii: "_") { k -= 1 }
        let key = (k + 1)..<end
        guard key.count >= 5 else { return false }
        var folded = [UInt8]()
        folded.reserveCapacity(key.count)
        for x in b[key] where x != UInt8(ascii: "-") && x != UInt8(ascii: "_") { folded.append(ASCII.lower(x)) }
        guard messageIDKeys.contains(folded) else { return false }
        // After the bare word `Message` (nodemailer's `Message <…> sent`), only an id's shape: four
        // digits or more in the part before `@` (`Message <jane.doe@example.com>` stays an address).
        if folded.count == 7, let at = b[r].firstIndex(of: UInt8(ascii: "@")) {
            return b[r.lowerBound..<at].lazy.filter(ASCII.isDigit).count >= 4
        }
        return true
    }

    static let messageIDKeys: Set<[UInt8]> = Set(["messageid", "msgid", "inreplyto", "references", "internetmessageid", "smtpid", "originalmessageid", "message"].map { Array($0.utf8) })
}
