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
/// CUPS's `page_log` (`PRINTER USER JOB-ID [DATE] total …`) has the job id where the user would
/// be: its user is the word before (``cupsPageLogUser(_:jobID:dateAt:)``).
///
/// Called once per line; part of the `auth_log_user` detector.
package enum AccessLogUserDetector {
    package static func match(_ b: Bytes) -> Range<Int>? {
        let n = b.count
        guard n > 20, let base = b.baseAddress else { return nil }
        let limit = n - 6
        var from = 0
        while from < limit {
            guard let hit = memchr(base + from, Int32(UInt8(ascii: "[")), limit - from) else { break }
            let bracket = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base
            if bracket >= 6, let user = user(b, dateAt: bracket) { return user }
            from = bracket + 1
        }
        return userBeforeRequest(b)
    }

    /// Access logs without a date between the user and the request: cPanel's login log
    /// (`198.51.100.23 - sigrid "GET / HTTP/1.1" FAILED LOGIN cpaneld: …`) and DirectAdmin's
    /// (`198.51.100.32 ahmedhassan "POST /CMD_FTP?action=create HTTP/1.1"`): an address, then `-`
    /// or not, then the user, then the quoted request line.
    private static func userBeforeRequest(_ b: Bytes) -> Range<Int>? {
        let n = b.count
        guard n > 20, let base = b.baseAddress else { return nil }
        var from = 0
        while from < n - 6 {
            guard let hit = memchr(base + from, Int32(UInt8(ascii: "\"")), n - 6 - from) else { return nil }
            let quote = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base
            from = quote + 1
            guard quote >= 10, b[quote - 1] == 0x20 else { continue }
            // (Only the first quoted word after a space: the request line comes before any other.)
            guard startsRequest(b, quote + 1) else { return nil }
            let userEnd = quote - 1
            var userStart = userEnd
            while userStart > 0, userEnd - userStart < 64, b[userStart - 1] != 0x20 {
                guard b[userStart - 1] > 0x20, b[userStart - 1] != UInt8(ascii: "]"), b[userStart - 1] != UInt8(ascii: "\"") else { return nil }
                userStart -= 1
            }
            guard userStart < userEnd, userStart >= 8, b[userStart - 1] == 0x20 else { return nil }
            if userEnd - userStart == 1, b[userStart] == UInt8(ascii: "-") { return nil }
            var hostEnd = userStart - 1
            if hostEnd >= 2, b[hostEnd - 1] == UInt8(ascii: "-"), b[hostEnd - 2] == 0x20 { hostEnd -= 2 }
            var hostStart = hostEnd
            while hostStart > 0, hostEnd - hostStart < 64, b[hostStart - 1] != 0x20 { hostStart -= 1 }
            guard hostStart < hostEnd, hostStart == 0 || b[hostStart - 1] == 0x20, isAddress(b, hostStart..<hostEnd) else { return nil }
            return userStart..<userEnd
        }
        return nil
    }

    /// `GET `, `POST ` …: an HTTP request line's method.
    private static func startsRequest(_ b: Bytes, _ i: Int) -> Bool {
        for method: StaticString in ["GET ", "POST ", "PUT ", "DELETE ", "HEAD ", "PATCH ", "OPTIONS "] where ASCII.hasPrefix(b, at: i, exactly: method) { return true }
        return false
    }

    /// An IPv4 or IPv6 address as written (hex digits, `.` and `:`), or its pseudonym (`ip~…`) after a first pass.
    private static func isAddress(_ b: Bytes, _ r: Range<Int>) -> Bool {
        if r.count > 3, ASCII.hasPrefix(b, at: r.lowerBound, exactly: "ip~") { return true }
        guard r.count >= 3, r.count <= 45 else { return false }
        var separators = 0
        for x in b[r] {
            if x == UInt8(ascii: ".") || x == UInt8(ascii: ":") { separators += 1 } else if !ASCII.isHexDigit(x) { return false }
        }
        return separators >= 2
    }

    /// CUPS's `page_log`: `PRINTER USER JOB-ID [DATE] total SHEETS …` (or `… [DATE] PAGE COPIES …`):
    /// the user before the job id, when the printer starts the line (or follows `page_log: `).
    private static func cupsPageLogUser(_ b: Bytes, jobID: Range<Int>, dateAt bracket: Int) -> Range<Int>? {
        var close = bracket + 1
        while close < b.count, close - bracket < 40, b[close] != UInt8(ascii: "]") { close += 1 }
        guard close + 2 < b.count, b[close] == UInt8(ascii: "]"), b[close + 1] == 0x20,
              ASCII.hasPrefix(b, at: close + 2, exactly: "total ") || ASCII.isDigit(b[close + 2]) else { return nil }
        let userEnd = jobID.lowerBound - 1
        var userStart = userEnd
        while userStart > 0, userEnd - userStart < 64, b[userStart - 1] > 0x20 { userStart -= 1 }
        guard userStart < userEnd, userStart >= 2, b[userStart - 1] == 0x20 else { return nil }
        let printerEnd = userStart - 1
        var printerStart = printerEnd
        while printerStart > 0, printerEnd - printerStart < 128, b[printerStart - 1] > 0x20 { printerStart -= 1 }
        guard printerStart < printerEnd, printerStart == 0 || CredentialScan.hasSuffix(b, endingAt: printerStart, exactly: "page_log: ") else { return nil }
        if userEnd - userStart == 1, b[userStart] == UInt8(ascii: "-") { return nil }
        return userStart..<userEnd
    }

    /// The user field when `b[bracket...]` starts the date of an access-log line.
    private static func user(_ b: Bytes, dateAt bracket: Int) -> Range<Int>? {
        // `[dd/Mon/`: a three-letter month (`[20/ip~…` — a pseudonym after a first pass — is none).
        // (cPanel writes the month as digits: `[03/12/2024:10:14:22 -0000]`.)
        guard bracket + 12 < b.count, b[bracket - 1] == 0x20, ASCII.isDigit(b[bracket + 1]), ASCII.isDigit(b[bracket + 2]),
              b[bracket + 3] == UInt8(ascii: "/") else { return nil }
        let namedMonth = ASCII.isLetter(b[bracket + 4]) && ASCII.isLetter(b[bracket + 5]) && ASCII.isLetter(b[bracket + 6]) && b[bracket + 7] == UInt8(ascii: "/")
        let numericMonth = ASCII.isDigit(b[bracket + 4]) && ASCII.isDigit(b[bracket + 5]) && b[bracket + 6] == UInt8(ascii: "/")
            && ASCII.isDigit(b[bracket + 7]) && ASCII.isDigit(b[bracket + 10]) && b[bracket + 11] == UInt8(ascii: ":")
        guard namedMonth || numericMonth else { return nil }
        // user: the word before the date
        let userEnd = bracket - 1
        var userStart = userEnd
        while userStart > 0, userEnd - userStart < 128, b[userStart - 1] != 0x20 {
            guard b[userStart - 1] > 0x20, b[userStart - 1] != UInt8(ascii: "[") else { return nil }
            userStart -= 1
        }
        guard userStart < userEnd, userStart >= 4, b[userStart - 1] == 0x20 else { return nil }
        if userEnd - userStart == 1, b[userStart] == UInt8(ascii: "-") { return nil }
        if namedMonth, b[userStart..<userEnd].allSatisfy(ASCII.isDigit), let cups = cupsPageLogUser(b, jobID: userStart..<userEnd, dateAt: bracket) { return cups }
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
