#if canImport(Glibc)
import Glibc
#endif

/// JSON documents inside text lines with text after them (`candidate={…} status=clear`): the
/// counterpart of ``scrubTextWithJSONTail(_:into:report:)`` for documents that do not end the line.
extension Scrubber {
    /// A JSON document inside a text line, text after it too (`report.completed candidate={"id":…,
    /// "first_name":…} status=clear`, PHP's `Courier login failed: {"login":…} in /var/www/…`): the
    /// document is scrubbed as JSON, the text before and after it as text. The document must be
    /// an object that closes before the line ends, followed by a blank, `,`, `;` or `)`.
    func scrubTextWithJSONIsland(_ b: Bytes, into out: inout [UInt8], report: inout ScrubReport) -> Bool {
        var from = 0
        for _ in 0..<Self.maximumJSONTailAttempts {
            guard let start = Self.jsonIslandStart(b, from: from) else { return false }
            from = start + 2
            guard let end = Self.jsonObjectEnd(b, start: start), end < b.count else { continue }
            let after = b[end]
            guard after == 0x20 || after == 0x09 || after == UInt8(ascii: ",") || after == UInt8(ascii: ";") || after == UInt8(ascii: ")") else { continue }
            if jsonTailHasKey(b, start: start) { return false }
            let findingsMark = report.findings.count
            var json: [UInt8] = []
            guard scrubJSONLine(UnsafeBufferPointer(rebasing: b[start..<end]), into: &json, report: &report) else { continue }
            let jsonFindings = Array(report.findings[findingsMark...])
            report.findings.removeSubrange(findingsMark...)
            scrubText(UnsafeBufferPointer(rebasing: b[..<start]), into: &out, report: &report)
            report.findings += jsonFindings
            out += json
            let suffixMark = report.findings.count
            scrubText(UnsafeBufferPointer(rebasing: b[end...]), into: &out, report: &report)
            // (The text after the document was read on its own: its findings' ranges count from its start.)
            for k in suffixMark..<report.findings.count {
                if let r = report.findings[k].range { report.findings[k].range = (r.lowerBound + end)..<(r.upperBound + end) }
            }
            return true
        }
        return false
    }

    /// The next `{"` at or after `from`, or nil. (`memchr` for the `{`: every text line is asked.)
    static func jsonIslandStart(_ b: Bytes, from: Int) -> Int? {
        let n = b.count
        guard let base = b.baseAddress else { return nil }
        var i = from
        while i + 1 < n {
            guard let hit = memchr(base + i, Int32(UInt8(ascii: "{")), n - 1 - i) else { return nil }
            let brace = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base
            if b[brace + 1] == UInt8(ascii: "\"") { return brace }
            i = brace + 1
        }
        return nil
    }

    /// Where the object that opens at `start` closes (the index after its `}`), reading strings
    /// and their escapes; nil when it does not close within the line (or 64 KiB).
    static func jsonObjectEnd(_ b: Bytes, start: Int) -> Int? {
        let limit = min(b.count, start + 65_536)
        var depth = 0
        var k = start
        while k < limit {
            switch b[k] {
            case UInt8(ascii: "\""):
                k += 1
                while k < limit, b[k] != UInt8(ascii: "\"") { k += b[k] == UInt8(ascii: "\\") ? 2 : 1 }
                guard k < limit else { return nil }
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return b[k] == UInt8(ascii: "}") ? k + 1 : nil }
            default:
                break
            }
            k += 1
        }
        return nil
    }
}
