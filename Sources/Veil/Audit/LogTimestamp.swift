/// Finds the time a log line was written, for "first/last seen" and "expired at log time".
///
/// Recognised, in this order (all results are Unix seconds, UTC):
/// 1. JSON lines: the first `"ts"`, `"time"`, `"timestamp"` or `"@timestamp"` member,
///    a string (ISO-8601 below) or a number (Unix seconds; milliseconds when above
///    10^11, microseconds above 10^14).
/// 2. ISO-8601 / RFC 3339 in the first 256 bytes: `YYYY-MM-DDTHH:MM:SS` (or a space
///    for `T`), optional fraction, zone `Z`, `±HH:MM` or `±HHMM`; no zone means UTC.
///    Covers `ts=…` in logfmt and ISO-prefixed text lines.
/// 3. Syslog (RFC 3164) at the line start: `Mmm dd HH:MM:SS` in UTC. It has no year:
///    the year of `now`, or the year before when that would lie more than two days
///    in the future.
/// 4. Common Log Format: `[dd/Mmm/yyyy:HH:MM:SS ±zzzz]` in the first 256 bytes.
package enum LogTimestamp {
    /// Bytes searched for a timestamp.
    static let window = 256

    package static func parse(_ b: Bytes, now: Double) -> Double? {
        var i = 0
        while i < b.count, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
        if i < b.count, b[i] == UInt8(ascii: "{"), let t = jsonMember(b) { return t }
        let limit = min(b.count, window)
        if limit >= 19 {
            var k = 0
            while k + 19 <= limit {
                if ASCII.isDigit(b[k]), k + 4 < limit, b[k + 4] == UInt8(ascii: "-"), (k == 0 || !ASCII.isDigit(b[k - 1])),
                   let (t, _) = iso(b, k) { return t }
                k += 1
            }
        }
        if let t = syslog(b, now: now) { return t }
        if let t = clf(b, limit: limit) { return t }
        return nil
    }

    // MARK: Pieces

    @inline(__always)
    static func digits(_ b: Bytes, _ at: Int, _ n: Int) -> Int? {
        guard at >= 0, at + n <= b.count else { return nil }
        var v = 0
        for k in at..<(at + n) {
            guard ASCII.isDigit(b[k]) else { return nil }
            v = v * 10 + Int(b[k] &- 0x30)
        }
        return v
    }

    /// Days from 1970-01-01 to a civil date (proleptic Gregorian; Howard Hinnant's algorithm).
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func seconds(_ year: Int, _ month: Int, _ day: Int, _ h: Int, _ m: Int, _ s: Int) -> Double? {
        guard (1...12).contains(month), (1...31).contains(day), h < 24, m < 60, s <= 60 else { return nil }
        return Double(days(year: year, month: month, day: day) * 86400 + h * 3600 + m * 60 + s)
    }

    /// ISO-8601 at `k`; returns the time and the end offset.
    static func iso(_ b: Bytes, _ k: Int) -> (Double, Int)? {
        guard let y = digits(b, k, 4), b[k + 4] == UInt8(ascii: "-"), let mo = digits(b, k + 5, 2), b[k + 7] == UInt8(ascii: "-"),
              let d = digits(b, k + 8, 2), b[k + 10] == UInt8(ascii: "T") || b[k + 10] == UInt8(ascii: " ") || b[k + 10] == UInt8(ascii: "t"),
              let h = digits(b, k + 11, 2), b[k + 13] == UInt8(ascii: ":"), let mi = digits(b, k + 14, 2),
              b[k + 16] == UInt8(ascii: ":"), let s = digits(b, k + 17, 2),
              var t = seconds(y, mo, d, h, mi, s)
        else { return nil }
        var j = k + 19
        if j < b.count, b[j] == UInt8(ascii: ".") || b[j] == UInt8(ascii: ",") {
            j += 1
            var scale = 0.1
            while j < b.count, ASCII.isDigit(b[j]) { t += Double(b[j] &- 0x30) * scale; scale /= 10; j += 1 }
        }
        if j < b.count, b[j] == UInt8(ascii: "+") || b[j] == UInt8(ascii: "-") {
            let sign: Double = b[j] == UInt8(ascii: "+") ? 1 : -1
            if let zh = digits(b, j + 1, 2) {
                var zm = 0
                var end = j + 3
                if end < b.count, b[end] == UInt8(ascii: ":"), let m = digits(b, end + 1, 2) { zm = m; end += 3 } else if let m = digits(b, end, 2) { zm = m; end += 2 }
                t -= sign * Double(zh * 3600 + zm * 60)
                j = end
            }
        }
        return (t, j)
    }

    static let months: [[UInt8]] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].map { Array($0.utf8) }

    static func month(_ b: Bytes, _ at: Int) -> Int? {
        guard at + 3 <= b.count else { return nil }
        for (n, name) in months.enumerated() where b[at] == name[0] && b[at + 1] == name[1] && b[at + 2] == name[2] { return n + 1 }
        return nil
    }

    static func syslog(_ b: Bytes, now: Double) -> Double? {
        guard b.count >= 15, let mo = month(b, 0), b[3] == 0x20 else { return nil }
        let day: Int
        if b[4] == 0x20, let d = digits(b, 5, 1) { day = d } else if let d = digits(b, 4, 2) { day = d } else { return nil }
        guard b[6] == 0x20, let h = digits(b, 7, 2), b[9] == UInt8(ascii: ":"), let mi = digits(b, 10, 2),
              b[12] == UInt8(ascii: ":"), let s = digits(b, 13, 2) else { return nil }
        let year = yearOf(now)
        guard let t = seconds(year, mo, day, h, mi, s) else { return nil }
        if t > now + 2 * 86400 { return seconds(year - 1, mo, day, h, mi, s) }
        return t
    }

    static func yearOf(_ t: Double) -> Int {
        // Civil-from-days (Hinnant), year only.
        let z = Int((t / 86400).rounded(.down)) + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let m = mp < 10 ? mp + 3 : mp - 9
        return yoe + era * 400 + (m <= 2 ? 1 : 0)
    }

    static func clf(_ b: Bytes, limit: Int) -> Double? {
        var k = 0
        while k + 27 <= limit {
            if b[k] == UInt8(ascii: "["), let d = digits(b, k + 1, 2), b[k + 3] == UInt8(ascii: "/"), let mo = month(b, k + 4),
               b[k + 7] == UInt8(ascii: "/"), let y = digits(b, k + 8, 4), b[k + 12] == UInt8(ascii: ":"),
               let h = digits(b, k + 13, 2), b[k + 15] == UInt8(ascii: ":"), let mi = digits(b, k + 16, 2),
               b[k + 18] == UInt8(ascii: ":"), let s = digits(b, k + 19, 2), var t = seconds(y, mo, d, h, mi, s) {
                if b[k + 21] == 0x20, b[k + 22] == UInt8(ascii: "+") || b[k + 22] == UInt8(ascii: "-"),
                   let zh = digits(b, k + 23, 2), let zm = digits(b, k + 25, 2) {
                    t -= (b[k + 22] == UInt8(ascii: "+") ? 1 : -1) * Double(zh * 3600 + zm * 60)
                }
                return t
            }
            k += 1
        }
        return nil
    }

    static let jsonKeys: [[UInt8]] = ["\"ts\"", "\"time\"", "\"timestamp\"", "\"@timestamp\""].map { Array($0.utf8) }

    /// A top-level-looking `"ts": value` member (first match of any key, in the first 4 KiB).
    static func jsonMember(_ b: Bytes) -> Double? {
        let limit = min(b.count, 4096)
        var k = 0
        while k < limit {
            if b[k] == 0x22 {
                for key in jsonKeys where k + key.count <= limit {
                    var same = true
                    for (n, c) in key.enumerated() where b[k + n] != c { same = false; break }
                    guard same else { continue }
                    var j = k + key.count
                    while j < b.count, b[j] == 0x20 { j += 1 }
                    guard j < b.count, b[j] == UInt8(ascii: ":") else { continue }
                    j += 1
                    while j < b.count, b[j] == 0x20 { j += 1 }
                    guard j < b.count else { return nil }
                    if b[j] == 0x22 { return iso(b, j + 1).map(\.0) }
                    var v = 0.0
                    var any = false
                    while j < b.count, ASCII.isDigit(b[j]) { v = v * 10 + Double(b[j] &- 0x30); j += 1; any = true }
                    if j < b.count, b[j] == UInt8(ascii: ".") {
                        j += 1
                        var scale = 0.1
                        while j < b.count, ASCII.isDigit(b[j]) { v += Double(b[j] &- 0x30) * scale; scale /= 10; j += 1 }
                    }
                    guard any else { return nil }
                    if v > 1e14 { return v / 1e6 }
                    if v > 1e11 { return v / 1e3 }
                    return v
                }
            }
            k += 1
        }
        return nil
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` (whole seconds, UTC), for reports.
    package static func format(_ t: Double) -> String {
        let secs = Int(t.rounded(.down))
        let day = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400
        var rem = secs - day * 86400
        let h = rem / 3600; rem %= 3600
        let m = rem / 60, s = rem % 60
        let z = day + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let mo = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (mo <= 2 ? 1 : 0)
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(y)-\(two(mo))-\(two(d))T\(two(h)):\(two(m)):\(two(s))Z"
    }
}
