/// Russian, Ukrainian and Belarusian names in free text, by the parts their naming tradition
/// always writes: a patronymic (`Кузнецов Сергей Петрович`, `Иван Петрович`, `Шевченко Тарас
/// Григорович`, `Анна Сергеевна Смирнова`) or initials with a surname (`Иванов И.И.`, `Попов А. В.`,
/// `И.И. Иванов`).
///
/// **Trigger**: `at` is the start of a capitalised Cyrillic word (a capital, then lower-case
/// letters, an inner hyphen allowed), not glued to a letter or digit before.
///
/// **Accepts**
/// - one or two capitalised words, then a patronymic (a capitalised word ending in `-ович`,
///   `-евич`, `-ич` after a vowel, `-овна`, `-евна`, `-ична`, `-инична`), then a surname when one
///   follows (`-ов`, `-ев`, `-ин`, `-ова`, `-ева`, `-ина`, `-ский`, `-ская`, `-цкий`, `-цкая`, `-енко`, …);
/// - a surname (by those endings) and two initials (`И.И.`, `И. И.`), or the initials first.
///
/// **Returns** the name's range. Words without a patronymic or initials (`Заказ Принят`) are
/// left to the name lists and key context.
package enum CyrillicNameDetector {
    package static func match(_ b: Bytes, at: Int) -> Range<Int>? {
        if at > 0, ASCII.isAlnum(b[at - 1]) || b[at - 1] >= 0x80 { return nil }
        if let initials = initialsEnd(b, at) {
            // `И.И. Иванов`
            guard initials < b.count, b[initials] == 0x20, let surname = capitalisedWord(b, initials + 1), isSurname(b, surname) else { return nil }
            return at..<surname.upperBound
        }
        guard let first = capitalisedWord(b, at) else { return nil }
        var words = [first]
        var k = first.upperBound
        while words.count < 4, k + 1 < b.count, b[k] == 0x20, let next = capitalisedWord(b, k + 1) {
            words.append(next)
            k = next.upperBound
        }
        // `Иванов И.И.`, `Попов А. В.`
        if isSurname(b, first), first.upperBound < b.count, b[first.upperBound] == 0x20, let initials = initialsEnd(b, first.upperBound + 1) {
            return at..<initials
        }
        // A patronymic second or third.
        for p in 1..<min(words.count, 3) where isPatronymic(b, words[p]) {
            var end = words[p].upperBound
            if p + 1 < words.count, isSurname(b, words[p + 1]) { end = words[p + 1].upperBound }
            return at..<end
        }
        return nil
    }

    /// A Cyrillic capital at `at` (А–Я, Ё, Є, І, Ї, Ў, Ґ): its length (2) or 0.
    @inline(__always)
    static func capitalLength(_ b: Bytes, _ at: Int) -> Int {
        guard at + 1 < b.count else { return 0 }
        let x = b[at], y = b[at + 1]
        if x == 0xD0, y >= 0x81, y <= 0xAF { return 2 }
        if x == 0xD2, y == 0x90 { return 2 }
        return 0
    }

    /// A lower-case Cyrillic letter at `at`: its length (2) or 0.
    @inline(__always)
    static func lowerLength(_ b: Bytes, _ at: Int) -> Int {
        guard at + 1 < b.count else { return 0 }
        let x = b[at], y = b[at + 1]
        if (x == 0xD0 && y >= 0xB0 && y <= 0xBF) || (x == 0xD1 && y >= 0x80 && y <= 0x9F) || (x == 0xD2 && y == 0x91) { return 2 }
        return 0
    }

    /// A capitalised word at `at` (2…40 letters, an inner hyphen allowed: `Петров-Водкин`), ended
    /// by no letter or digit.
    static func capitalisedWord(_ b: Bytes, _ at: Int) -> Range<Int>? {
        guard capitalLength(b, at) > 0 else { return nil }
        var k = at + 2, letters = 1
        while k < b.count, letters < 40 {
            let l = lowerLength(b, k)
            if l > 0 { k += l; letters += 1; continue }
            if b[k] == UInt8(ascii: "-"), letters >= 2, capitalLength(b, k + 1) > 0 || lowerLength(b, k + 1) > 0 { k += 1; continue }
            break
        }
        guard letters >= 2, k == b.count || !(ASCII.isAlnum(b[k]) || b[k] >= 0x80 && capitalLength(b, k) + lowerLength(b, k) > 0) else { return nil }
        return at..<k
    }

    /// Two initials at `at`: `И.И.`, `И. И.` (the end after the second dot), or nil.
    static func initialsEnd(_ b: Bytes, _ at: Int) -> Int? {
        guard capitalLength(b, at) > 0, at + 2 < b.count, b[at + 2] == UInt8(ascii: ".") else { return nil }
        var k = at + 3
        if k < b.count, b[k] == 0x20 { k += 1 }
        guard capitalLength(b, k) > 0, k + 2 < b.count, b[k + 2] == UInt8(ascii: ".") else { return nil }
        let end = k + 3
        // (Not a third capital glued after: an abbreviation, `С.Ш.А.`.)
        if end < b.count, capitalLength(b, end) > 0 || lowerLength(b, end) > 0 { return nil }
        return end
    }

    static func endsWith(_ b: Bytes, _ word: Range<Int>, _ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard word.count > count + 2 else { return false }
        return ASCII.hasPrefix(b, at: word.upperBound - count, exactly: suffix)
    }

    static func isPatronymic(_ b: Bytes, _ word: Range<Int>) -> Bool {
        for suffix: StaticString in ["ович", "евич", "овна", "евна", "ична", "инична", "ьич", "ыч"] where endsWith(b, word, suffix) { return true }
        return false
    }

    static func isSurname(_ b: Bytes, _ word: Range<Int>) -> Bool {
        for suffix: StaticString in ["ов", "ев", "ёв", "ин", "ын", "ова", "ева", "ёва", "ина", "ына", "ский", "ская", "цкий", "цкая", "енко", "ук", "юк", "чук", "ко", "ич", "ий", "ая"]
        where endsWith(b, word, suffix) { return true }
        return false
    }
}
