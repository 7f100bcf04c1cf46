#if canImport(Glibc)
import Glibc
#endif

/// The authenticated user of an NCSA common/combined access log line
/// (`127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET …"`): the third field,
/// when it is not `-` and the fourth field is a bracketed date.
///
/// The line may carry a prefix (syslog `Nov 29 10:01:02 gw nginx[123]: `, a container
/// runtime's `2026-11-29T10:01:02Z stdout F `): the fields are read backwards from the
/// first ` [dd/Mon` in the line that has them. With a prefix, the ident field must
/// be `-` (as servers write it), so free text before a bracketed date is not taken for
/// an access log.
///
/// The whole line is searched, not a window of its first bytes: a window measured in bytes
/// moves when a first pass shortens a finding before the date (a JWT becomes its summary),
/// and a second pass would then find a user the first pass left.
///
/// Called once per line; part of the `auth_log_user` detector.
package enum AccessLogUserDetector {
    package static func match(_ b: Bytes) -> Range<Int>? {
        let n = b.count
        guard n > 20, let base = b.baseAddress else { return nil }
        let limit = n - 6
        var from = 0
        while from < limit {
            guard let hit = memchr(base + from, Int32(UInt8(ascii: "[")), limit - from) else { return nil }
            let bracket = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base
            if bracket >= 6, let user = user(b, dateAt: bracket) { return user }
            from = bracket + 1
        }
        return nil
    }

    /// The user field when `b[bracket...]` starts the date of an access-log line.
    private static func user(_ b: Bytes, dateAt bracket: Int) -> Range<Int>? {
        // `[dd/Mon/`: a three-letter month (`[20/ip~…` — a pseudonym after a first pass — is none).
        guard bracket + 8 < b.count, b[bracket - 1] == 0x20, ASCII.isDigit(b[bracket + 1]), ASCII.isDigit(b[bracket + 2]),
              b[bracket + 3] == UInt8(ascii: "/"), ASCII.isLetter(b[bracket + 4]), ASCII.isLetter(b[bracket + 5]), ASCII.isLetter(b[bracket + 6]),
              b[bracket + 7] == UInt8(ascii: "/") else { return nil }
        // user: the word before the date
        let userEnd = bracket - 1
        var userStart = userEnd
        while userStart > 0, userEnd - userStart < 128, b[userStart - 1] != 0x20 {
            guard b[userStart - 1] > 0x20, b[userStart - 1] != UInt8(ascii: "[") else { return nil }
            userStart -= 1
        }
        guard userStart < userEnd, userStart >= 4, b[userStart - 1] == 0x20 else { return nil }
        if userEnd - userStart == 1, b[userStart] == UInt8(ascii: "-") { return nil }
        // ident (RFC 1413), almost always `-`
        let identEnd = userStart - 1
        var identStart = identEnd
        while identStart > 0, identEnd - identStart < 64, b[identStart - 1] != 0x20 { identStart -= 1 }
        guard identStart < identEnd, identStart >= 2, b[identStart - 1] == 0x20 else { return nil }
        // host
        let hostEnd = identStart - 1
        var hostStart = hostEnd
        while hostStart > 0, hostEnd - hostStart < 256, b[hostStart - 1] != 0x20 {
            guard b[hostStart - 1] > 0x20, b[hostStart - 1] != UInt8(ascii: "\"") else { return nil }
            hostStart -= 1
        }
        guard hostStart < hostEnd else { return nil }
        if hostStart > 0 {
            // A prefix before the host: only the `-` ident servers write counts.
            guard b[hostStart - 1] == 0x20, identEnd - identStart == 1, b[identStart] == UInt8(ascii: "-") else { return nil }
        }
        return userStart..<userEnd
    }
}
