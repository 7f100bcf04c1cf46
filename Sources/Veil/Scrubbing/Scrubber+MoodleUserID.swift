/// Moodle's event descriptions name people by their id in words: `The user with id '10482'
/// viewed the course with id '57'.`, `… has graded the submission '88120' for the user with id
/// '10533' …`. The user's id is theirs (the course's, the submission's and the module's stay).
extension Scrubber {
    /// The id at `at` (the `u` of `user with id '`), quoted, 1…20 digits; nil otherwise.
    static func moodleUserID(_ b: Bytes, at: Int) -> Range<Int>? {
        guard at + 16 < b.count, at == 0 || !ASCII.isAlnum(b[at - 1]), ASCII.hasPrefix(b, at: at, lowercased: "user with id '") else { return nil }
        let start = at + 14
        var e = start
        while e < b.count, e - start <= 20, ASCII.isDigit(b[e]) { e += 1 }
        guard e > start, e - start <= 20, e < b.count, b[e] == UInt8(ascii: "'") else { return nil }
        return start..<e
    }
}
