/// Text lines that end in a JSON document after a prefix (`2024-05-01 INFO body: {"name":[{"family":…}]}`,
/// `DEBUG request={"address":{"line":[…],"city":…}}`): the JSON is scrubbed as JSON — field rules by
/// path, as in a JSON line — and the prefix as text.
///
/// Read as text, the JSON's keys lose their parents (`name.family`, `address.city`), and keys that
/// only name a field under a parent were written raw.
extension Scrubber {
    /// Scrubs `b` as a text prefix and a JSON tail when it has one; false (nothing written) when
    /// it has none.
    func scrubTextWithJSONTail(_ b: Bytes, into out: inout [UInt8], report: inout ScrubReport) -> Bool {
        var from = 1
        // Monolog (Laravel, Symfony) ends a line with its context and then its `extra`, most
        // often empty: `local.INFO: Order created {"order":{…}} []`.
        let end = Self.monologExtraStart(b) ?? b.count
        // (No line-ending document: one with text after it, `candidate={…} status=clear`.)
        if jsonTailStart(b, from: from) == nil { return scrubTextWithJSONIsland(b, into: &out, report: &report) }
        for _ in 0..<Self.maximumJSONTailAttempts {
            guard let start = jsonTailStart(b, from: from) else { return false }
            from = start + 2
            if jsonTailHasKey(b, start: start) { return false }
            let findingsMark = report.findings.count
            var json: [UInt8] = []
            guard end > start, scrubJSONLine(UnsafeBufferPointer(rebasing: b[start..<end]), into: &json, report: &report) else { continue }
            // The prefix's findings come first, as in the line.
            let jsonFindings = Array(report.findings[findingsMark...])
            report.findings.removeSubrange(findingsMark...)
            scrubText(UnsafeBufferPointer(rebasing: b[..<start]), into: &out, report: &report)
            report.findings += jsonFindings
            out += json
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[end...]))
            return true
        }
        return false
    }

    /// Whether `b` may have a JSON tail or island (a cheap test for ``mayChange(line:format:)``).
    func hasJSONTailCandidate(_ b: Bytes) -> Bool {
        jsonTailStart(b, from: 1) != nil || Self.jsonIslandStart(b, from: 0) != nil
    }

    /// Where a trailing ` []` or ` {}` (Monolog's empty `extra`) starts after a `}`, or nil.
    static func monologExtraStart(_ b: Bytes) -> Int? {
        var end = b.count
        while end > 0, b[end - 1] == 0x20 || b[end - 1] == 0x0D { end -= 1 }
        guard end >= 4, b[end - 3] == 0x20, b[end - 4] == UInt8(ascii: "}"),
              (b[end - 2] == UInt8(ascii: "[") && b[end - 1] == UInt8(ascii: "]")) || (b[end - 2] == UInt8(ascii: "{") && b[end - 1] == UInt8(ascii: "}")) else { return nil }
        return end - 3
    }

    /// Candidates tried per line: a prefix may hold `{"` that starts no document.
    static let maximumJSONTailAttempts = 3

    /// The start of the next candidate at or after `from`: `{"` (or `[{"`) not at the line's
    /// start, in a line whose last non-blank byte is `}` or `]`.
    private func jsonTailStart(_ b: Bytes, from: Int) -> Int? {
        var end = b.count
        while end > 0, b[end - 1] == 0x20 || b[end - 1] == 0x09 || b[end - 1] == 0x0D { end -= 1 }
        guard end >= 8, b[end - 1] == UInt8(ascii: "}") || b[end - 1] == UInt8(ascii: "]") else { return nil }
        var i = max(from, 1)
        while i + 1 < end {
            if b[i] == UInt8(ascii: "{"), b[i + 1] == UInt8(ascii: "\"") {
                return b[i - 1] == UInt8(ascii: "[") && i >= 2 ? i - 1 : i
            }
            i += 1
        }
        return nil
    }

    /// The prefix ends in a key whose rule takes the JSON as its value (`password: {"value":…}`,
    /// `user={"id":…}`): the text scan reads the line whole, as before.
    func jsonTailHasKey(_ b: Bytes, start: Int) -> Bool {
        // A cookie header's value (`Cookie: a=b; prefs={"v":"…"}`) is a credential whole, whatever
        // its keys: the cookie detector reads it.
        if CredentialScan.contains(b, from: 0, to: start, lowercased: "cookie") { return true }
        var k = start
        while k > 0, b[k - 1] == 0x20 { k -= 1 }
        guard k > 0, b[k - 1] == UInt8(ascii: "=") || b[k - 1] == UInt8(ascii: ":") else { return false }
        var e = k - 1
        if e > 0, b[e - 1] == UInt8(ascii: "\"") || b[e - 1] == UInt8(ascii: "'") { e -= 1 }
        var s = e
        while s > 0, e - s < 64, ASCII.isAlnum(b[s - 1]) || b[s - 1] == UInt8(ascii: "_") || b[s - 1] == UInt8(ascii: "-") || b[s - 1] == UInt8(ascii: ".") { s -= 1 }
        guard s < e else { return false }
        return compiled.fieldRule(forTextKey: b, s..<e) != nil
    }
}
