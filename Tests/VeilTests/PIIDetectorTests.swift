import Testing
@testable import Veil

/// Runs a detector the way the scanner does: at every index that satisfies the
/// detector's documented trigger, left to right, with `floor` at the end of the last
/// finding. Returns the matched substrings.
func findAll(
    _ text: String,
    trigger: (Bytes, Int) -> Bool,
    _ match: (Bytes, Int, Int) -> Range<Int>?
) -> [String] {
    let utf8 = Array(text.utf8)
    return utf8.withUnsafeBufferPointer { buf in
        var found: [String] = []
        var floor = 0
        var i = 0
        while i < buf.count {
            if trigger(buf, i), let r = match(buf, i, floor) {
                #expect(r.lowerBound >= floor && r.lowerBound <= i && r.upperBound > i && r.upperBound <= buf.count)
                found.append(String(decoding: UnsafeBufferPointer(rebasing: buf[r]), as: UTF8.self))
                floor = r.upperBound
                i = max(i + 1, r.upperBound)
            } else {
                i += 1
            }
        }
        return found
    }
}

/// The documented triggers.
enum Trigger {
    @inline(__always) static func prevNotAlnum(_ b: Bytes, _ i: Int) -> Bool { i == 0 || !ASCII.isAlnum(b[i - 1]) }

    static func email(_ b: Bytes, _ i: Int) -> Bool {
        b[i] == UInt8(ascii: "@")
            || (b[i] == UInt8(ascii: "%") && i + 2 < b.count && b[i + 1] == UInt8(ascii: "4") && b[i + 2] == UInt8(ascii: "0"))
    }
    static func ipv4(_ b: Bytes, _ i: Int) -> Bool { ASCII.isDigit(b[i]) && prevNotAlnum(b, i) }
    static func ipv6(_ b: Bytes, _ i: Int) -> Bool {
        guard ASCII.isHexDigit(b[i]) || b[i] == UInt8(ascii: ":") else { return false }
        guard i > 0 else { return true }
        let p = b[i - 1]
        return !ASCII.isAlnum(p) && p != UInt8(ascii: ":") && p != UInt8(ascii: ".")
    }
    static func phone(_ b: Bytes, _ i: Int) -> Bool {
        (b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "(") || ASCII.isDigit(b[i])) && prevNotAlnum(b, i)
    }
    static func card(_ b: Bytes, _ i: Int) -> Bool { ASCII.isDigit(b[i]) && prevNotAlnum(b, i) }
    static func ssn(_ b: Bytes, _ i: Int) -> Bool {
        ASCII.isDigit(b[i]) && prevNotAlnum(b, i) && (i == 0 || b[i - 1] != UInt8(ascii: "-"))
    }
    static func iban(_ b: Bytes, _ i: Int) -> Bool { ASCII.isUpper(b[i]) && prevNotAlnum(b, i) }
}

/// Log-shaped text none of the PII detectors may fire on.
let commonNegatives: [String] = [
    "request_id=550e8400-e29b-41d4-a716-446655440000 done",
    "commit 3f786850e387550fdab836ed7e6dc881de23001b merged",
    "ts=2024-01-15T10:30:45.123Z level=info",
    "Jan 15 10:30:45 host sshd[1234]: Accepted publickey",
    "epoch=1700000000 millis=1700000000123",
    "240115 103045 job started",
    "version 10.0.19041.1 build=4.2.1.7 nginx/1.25.3.1",
    "listening on port 8080, took 1234 ms",
    "GET /api/v1/users 200 5123 0.042",
    "payload=eyJhbGciOiJIUzI1NiJ9dGVzdA+/base64== ok",
    "order 123456789012345678901234 shipped",
]
