/// Keys written as words with spaces, the way forms, e-mails and support tools label
/// values: `Date of Birth: 1990-01-15`, `Passport No.: X1234567`, `Phone Number: …`,
/// `API Key: …`, `Driver's License: …`, `User Name: jdoe`. The key is the words read as one
/// (`date of birth` → `dateofbirth`, which `date_of_birth` names, as `_` is ignored).
extension Scrubber {
    /// Longest spaced key looked at, in bytes.
    static let maximumSpacedKeyLength = 48

    /// The rule for the spaced key whose last word is `b[lastWord]` (followed by `:` or `=`),
    /// with up to two words before it, and where that key starts; nil when no rule names it.
    /// The longer key wins: `Social Security Number` before `Security Number`. Rule −1: the
    /// key names a thing, not a person (`Host Name: web1`), so no rule applies to it.
    func spacedKeyRule(_ b: Bytes, lastWord: Range<Int>, floor: Int) -> (rule: Int, start: Int)? {
        // Most keys stand after a separator, not after a word and one space: one compare each.
        guard lastWord.lowerBound >= 2, b[lastWord.lowerBound - 1] == 0x20 else { return nil }
        let before = b[lastWord.lowerBound - 2]
        if before >= 0x80 || b[lastWord].contains(where: { $0 >= 0x80 }) { return wideSpacedKeyRule(b, lastWord: lastWord, floor: floor) }
        // `ngày sinh:`, `doğum tarihi:`: an ASCII last word after a word with other letters.
        if ASCII.isLetter(before) {
            var k = lastWord.lowerBound - 2
            while k > floor, k > lastWord.lowerBound - 24, ASCII.isLetter(b[k - 1]) || b[k - 1] >= 0x80 {
                if b[k - 1] >= 0x80 { return wideSpacedKeyRule(b, lastWord: lastWord, floor: floor) }
                k -= 1
            }
        }
        guard ASCII.isLetter(before) || before == UInt8(ascii: "'"), Self.endsSpacedKey(b, lastWord) else { return nil }
        // The words before, right to left: letters (and an apostrophe: `Driver's`), one space apart.
        var starts: [Int] = []
        var k = lastWord.lowerBound
        while starts.count < 2, k >= 2, b[k - 1] == 0x20 {
            var s = k - 1
            while s > 0, ASCII.isLetter(b[s - 1]) || b[s - 1] == UInt8(ascii: "'") { s -= 1 }
            guard s < k - 1, s >= floor, ASCII.isLetter(b[s]), k - 1 - s <= 20 else { break }
            guard s == 0 || Self.isSpacedKeyBoundary(b[s - 1]) || b[s - 1] == 0x20 else { break }
            starts.append(s)
            k = s
        }
        guard !starts.isEmpty else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.maximumSpacedKeyLength) { buffer -> (rule: Int, start: Int)? in
            for start in starts.reversed() {
                var count = 0
                for x in b[start..<lastWord.upperBound] where ASCII.isLetter(x) {
                    guard count < buffer.count else { return nil }
                    buffer[count] = ASCII.lower(x)
                    count += 1
                }
                let key = UnsafeBufferPointer(rebasing: buffer[0..<count])
                // (A thing's name first: `Log Name` reads as `logname`, a user's key.)
                if Self.isThingName(b, start..<lastWord.upperBound, lastWord) { return (-1, start) }
                if let rule = compiled.fieldRule(forTextKey: key, 0..<count) { return (rule, start) }
            }
            return nil
        }
    }

    /// A spaced key with letters outside ASCII (`Дата рождения: …`, `كلمة المرور: …`, `mật khẩu: …`,
    /// `Họ và tên: …`, `doğum tarihi: …`): up to three words before the last, of any letters, read
    /// as one key with their capitals folded (see ``LetterCase``). Any last word may end one; the
    /// whole key must name a rule (`Имя файла` names none: no rule applies to it).
    private func wideSpacedKeyRule(_ b: Bytes, lastWord: Range<Int>, floor: Int) -> (rule: Int, start: Int)? {
        var starts = (0, 0, 0), found = 0
        var k = lastWord.lowerBound
        while found < 3, k >= 2, b[k - 1] == 0x20 {
            var s = k - 1
            while s > 0, ASCII.isLetter(b[s - 1]) || b[s - 1] >= 0x80 || b[s - 1] == UInt8(ascii: "'") {
                if b[s - 1] >= 0x80, WidePunctuation.symbolLength(b, endingAt: s) > 0 { break }
                s -= 1
            }
            guard s < k - 1, s >= floor, k - 1 - s <= 40, b[s] != UInt8(ascii: "'") else { break }
            guard s == 0 || Self.isSpacedKeyBoundary(b[s - 1]) || b[s - 1] == 0x20 else { break }
            switch found {
            case 0: starts.0 = s
            case 1: starts.1 = s
            default: starts.2 = s
            }
            found += 1
            k = s
        }
        guard found > 0 else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.maximumWideSpacedKeyLength) { key -> (rule: Int, start: Int)? in
            for index in stride(from: found - 1, through: 0, by: -1) {
                let start = index == 0 ? starts.0 : index == 1 ? starts.1 : starts.2
                var count = 0
                for x in b[start..<lastWord.upperBound] where x != 0x20 && x != UInt8(ascii: "'") {
                    guard count < key.count else { break }
                    key[count] = ASCII.lower(x)
                    count += 1
                }
                guard count < key.count else { continue }
                LetterCase.fold(key, count: count)
                if let rule = compiled.fieldRule(forTextKey: UnsafeBufferPointer(key), 0..<count) { return (rule, start) }
            }
            return nil
        }
    }

    /// Longest spaced key with letters outside ASCII looked at, in bytes.
    static let maximumWideSpacedKeyLength = 96

    /// Last words that make a label only with the words before them (`Passport No`,
    /// `Date of Birth`, `Secret Key`), or that the words before make more precise
    /// (`User Name`, `Email Address`).
    static func endsSpacedKey(_ b: Bytes, _ word: Range<Int>) -> Bool {
        // Packed 8 bits a letter, a word of more than 8 letters compares by its last 8
        // (`nacimiento` by `cimiento`): the whole key must still name a rule.
        guard word.count >= 2, word.count <= 12 else { return false }
        var lowered: UInt64 = 0
        for x in b[word] {
            guard ASCII.isLetter(x) else { return false }
            lowered = lowered << 8 | UInt64(ASCII.lower(x))
        }
        for word in spacedKeyLastWords where word == lowered { return true }
        return false
    }

    /// True when `b[word]` is `name` or `address` (any case): the last words whose own rule
    /// the words before can make more precise (`User Name`, `Email Address`).
    static func refinesOwnRule(_ b: Bytes, _ word: Range<Int>) -> Bool {
        (word.count == 4 && ASCII.hasPrefix(b, at: word.lowerBound, lowercased: "name"))
            || (word.count == 7 && ASCII.hasPrefix(b, at: word.lowerBound, lowercased: "address"))
    }

    /// `Host Name`, `File Name`, `Product Name`: two words, the second `name`, the first a thing.
    static func isThingName(_ b: Bytes, _ key: Range<Int>, _ lastWord: Range<Int>) -> Bool {
        guard lastWord.count == 4, ASCII.hasPrefix(b, at: lastWord.lowerBound, lowercased: "name") else { return false }
        let first = key.lowerBound..<(lastWord.lowerBound - 1)
        return thingWords.contains { $0.utf8CodeUnitCount == first.count && ASCII.hasPrefix(b, at: first.lowerBound, lowercased: $0) }
    }

    static let thingWords: [StaticString] = [
        "host", "file", "server", "path", "class", "module", "table", "database", "app", "application", "service",
        "device", "queue", "topic", "bucket", "key", "domain", "channel", "group", "role", "project", "branch", "image",
        "container", "pod", "node", "cluster", "event", "method", "function", "job", "task", "metric", "field",
        "column", "product", "company", "organization", "organisation", "team", "tenant", "realm", "region", "zone",
        "instance", "process", "thread", "package", "repo", "repository", "index", "schema", "volume", "disk",
        "network", "interface", "certificate", "plugin", "component", "feature", "template", "variable", "parameter",
        "attribute", "tag", "label", "type", "resource", "object", "item", "model", "site", "page", "report",
        "policy", "rule", "setting", "environment", "stage", "browser", "platform", "vendor", "brand", "store",
        "bank", "business", "merchant", "cookie", "header", "font", "display_",
        "computer", "machine", "printer", "share", "folder", "logger", "vm", "netbios", "dns",
        "log", "source", "provider", "command", "operation", "action", "queue", "trigger",
    ]

    /// `endsSpacedKey`'s words, packed 8 bits a letter.
    static let spacedKeyLastWords: [UInt64] = ["no", "nr", "num", "number", "id", "birth", "license", "licence", "name", "address", "key",
                                               "token", "answer", "code", "date", "secret", "password", "phrase", "pin", "holder", "mail", "account",
                                               // Windows' `Source Workstation:` (event 4776): the client machine, often named after its user.
                                               "workstation",
                                               // `mot de passe`, `data di nascita`, `fecha de nacimiento`, `date de naissance`, `data de nascimento`
                                               "passe", "nascita", "nacimiento", "naissance", "nascimento",
                                               // Indonesian and Malay: `kata sandi`, `tanggal lahir`, `nama lengkap`, `nama pengguna`, `nomor telepon`
                                               "sandi", "lahir", "lengkap", "pengguna", "telepon", "ponsel"]
        .map { $0.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) } }

    /// Bytes that may stand before a spaced key's first word (besides a space).
    @inline(__always)
    static func isSpacedKeyBoundary(_ x: UInt8) -> Bool {
        x == 0x09 || x == UInt8(ascii: ",") || x == UInt8(ascii: ";") || x == UInt8(ascii: "(") || x == UInt8(ascii: "|")
            || x == UInt8(ascii: "[") || x == UInt8(ascii: "{") || x == UInt8(ascii: ">") || x == UInt8(ascii: "\n")
    }
}
