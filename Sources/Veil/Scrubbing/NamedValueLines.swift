#if canImport(Glibc)
import Glibc
#endif

/// A value whose key is named on the line before it, as Kubernetes manifests, Helm output and
/// pretty-printed HAR files write environment variables, headers, cookies and form fields:
///
///     - name: DB_PASSWORD
///       value: Kub3-S3cret!
///
///                 "name": "password",
///                 "value": "Kiwi!Fern2024"
///
/// The engine scrubs one line at a time, and the value line alone names no key. A stream
/// reader feeds every line, in order, to this tracker; it returns the value's range and the
/// rule of the key the line before named, and ``Scrubber/scrubNamedValueLine(_:value:rule:format:into:report:)``
/// writes the line with the value under that rule.
///
/// A name line is, after spaces and tabs, an optional `- `, then `name:` (YAML) or `"name":`
/// (JSON), and one value (quoted or not) that a field rule names, with no action `keep`; at
/// most a `,` follows it. The value line must come right after it: the same shape with
/// `value:` or `"value":`. Any other line clears what the name line set.
package struct NamedValueLines: Sendable {
    /// The rule the previous line's name selected, or −1.
    private var pending = -1

    package init() {}

    /// True when a name line is pending (the previous line named a key).
    package var isPending: Bool { pending >= 0 }

    /// Feeds the next line of the stream. Returns the value's range and the rule to apply
    /// when the line is the value of the key the line before named, else nil.
    package mutating func namedValue(in line: Bytes, rules: CompiledRules) -> (value: Range<Int>, rule: Int)? {
        let rule = pending
        pending = -1
        guard let (word, value) = Self.pair(line) else { return nil }
        if ASCII.hasPrefix(line, at: word, exactly: "value") {
            return rule >= 0 ? (value, rule) : nil
        }
        if ASCII.hasPrefix(line, at: word, exactly: "name"), !value.isEmpty, value.count <= 64,
           let named = rules.fieldRule(forTextKey: line, value), rules.active[named].action != .keep {
            pending = named
        }
        return nil
    }

    /// The line's `name`/`value` word and value, when it has the shape of one: indentation,
    /// an optional `- `, `name:` or `"name":` (or `value`), one value, an optional `,`.
    static func pair(_ line: Bytes) -> (word: Int, value: Range<Int>)? {
        let n = line.count
        var k = 0
        while k < n, line[k] == 0x20 || line[k] == 0x09 { k += 1 }
        if k + 1 < n, line[k] == UInt8(ascii: "-"), line[k + 1] == 0x20 { k += 2 }
        guard k + 6 < n else { return nil }
        let quotedKey = line[k] == UInt8(ascii: "\"")
        let word = quotedKey ? k + 1 : k
        let length: Int
        if ASCII.hasPrefix(line, at: word, exactly: "name") { length = 4 }
        else if ASCII.hasPrefix(line, at: word, exactly: "value") { length = 5 }
        else { return nil }
        k = word + length
        if quotedKey {
            guard k < n, line[k] == UInt8(ascii: "\"") else { return nil }
            k += 1
        }
        guard k < n, line[k] == UInt8(ascii: ":") else { return nil }
        k += 1
        while k < n, line[k] == 0x20 || line[k] == 0x09 { k += 1 }
        var end = n
        while end > k, line[end - 1] == 0x20 || line[end - 1] == 0x09 || line[end - 1] == 0x0D { end -= 1 }
        if end > k, line[end - 1] == UInt8(ascii: ","), quotedKey { end -= 1 }
        guard end > k else { return nil }
        let quote = line[k]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            guard end - k >= 2, line[end - 1] == quote else { return nil }
            return (word, (k + 1)..<(end - 1))
        }
        // An unquoted value: YAML's plain scalar, JSON's number or literal. (`{`/`[`: a nested
        // structure, whose lines are scrubbed as they come.)
        guard quote != UInt8(ascii: "{"), quote != UInt8(ascii: "["), quote != UInt8(ascii: "|"), quote != UInt8(ascii: ">") else { return nil }
        return (word, k..<end)
    }

    /// True when `bytes` (a batch of lines) holds `name` and `value` both: without them, and
    /// with no name pending, a reader need not feed the batch's lines one by one.
    package static func mayHoldNamedValue(_ bytes: Bytes) -> Bool {
        guard let base = bytes.baseAddress, bytes.count >= 10 else { return false }
        var k = 0
        while k + 6 <= bytes.count {
            // (glibc's `memmem`: one pass over the batch, most of which holds no `value`.)
            guard let hit = findBytes(base + k, bytes.count - k, "value", 5) else { return false }
            k = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base + 5
            if k < bytes.count, bytes[k] == UInt8(ascii: ":") || (bytes[k] == UInt8(ascii: "\"") && k + 1 < bytes.count && bytes[k + 1] == UInt8(ascii: ":")) { return true }
        }
        return false
    }
}

/// glibc's `memmem` (declared under `_GNU_SOURCE`, which Swift's Glibc module leaves out).
@_silgen_name("memmem")
private func findBytes(_ haystack: UnsafeRawPointer, _ haystackLength: Int, _ needle: UnsafeRawPointer, _ needleLength: Int) -> UnsafeMutableRawPointer?

extension Scrubber {
    /// Writes a line whose value a ``NamedValueLines`` tracker found under a key the line
    /// before named: the bytes before the value scrubbed as a line of `format`, the value as
    /// `rule` writes it, then the closing quote and comma that follow it.
    package func scrubNamedValueLine(_ line: Bytes, value: Range<Int>, rule: Int, format: InputFormat, into out: inout [UInt8], report: inout ScrubReport) {
        // Counts the line and the prefix's bytes; the value's and the rest's are added below.
        scrub(line: UnsafeBufferPointer(rebasing: line[..<value.lowerBound]), format: format, into: &out, report: &report)
        report.bytes += line.count - value.lowerBound
        // Written by a first pass (idempotence): a pseudonym, a placeholder or a card's mask stays.
        if value.isEmpty || Self.isPseudonym(line, value) || Self.placeholderEnd(line, at: value.lowerBound) == value.upperBound
            || (line[value.lowerBound] == UInt8(ascii: "*") && Self.maskedValueEnd(line, at: value.lowerBound) == value.upperBound) {
            out += line[value.lowerBound...]
            return
        }
        report.count(rule)
        let active = compiled.active[rule]
        apply(active.action, to: line[value], type: active.type, isCredential: active.isCredential, into: &out)
        out += line[value.upperBound...]
    }
}
