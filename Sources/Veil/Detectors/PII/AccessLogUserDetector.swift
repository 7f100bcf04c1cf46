/// The authenticated user of an NCSA common/combined access log line
/// (`127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET …"`): the third field,
/// when it is not `-` and the fourth field is a bracketed date.
///
/// Called once per line, at its start; part of the `auth_log_user` detector.
package enum AccessLogUserDetector {
    package static func match(_ b: Bytes) -> Range<Int>? {
        let n = b.count
        guard n > 20 else { return nil }
        var i = 0
        // host
        while i < n, i < 256, b[i] != 0x20 { guard b[i] > 0x20, b[i] != UInt8(ascii: "\"") else { return nil }; i += 1 }
        guard i > 0, i < n, b[i] == 0x20 else { return nil }
        i += 1
        // ident (RFC 1413), almost always `-`
        let identStart = i
        while i < n, i - identStart < 64, b[i] != 0x20 { i += 1 }
        guard i > identStart, i < n, b[i] == 0x20 else { return nil }
        i += 1
        // user
        let userStart = i
        while i < n, i - userStart < 128, b[i] != 0x20 { guard b[i] > 0x20, b[i] != UInt8(ascii: "[") else { return nil }; i += 1 }
        // The date: `[10/Oct/2000:…` (not `[1234]`, a PID after a syslog-style prefix).
        guard i > userStart, i + 5 < n, b[i] == 0x20, b[i + 1] == UInt8(ascii: "["), ASCII.isDigit(b[i + 2]),
              ASCII.isDigit(b[i + 3]), b[i + 4] == UInt8(ascii: "/"), ASCII.isLetter(b[i + 5]) else { return nil }
        if i - userStart == 1, b[userStart] == UInt8(ascii: "-") { return nil }
        return userStart..<i
    }
}
