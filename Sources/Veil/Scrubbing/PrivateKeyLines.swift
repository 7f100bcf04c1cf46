#if canImport(Glibc)
import Glibc
#endif

/// A PEM private key written over several lines of a text stream:
///
///     Nov 29 10:00:01 web app[812]: -----BEGIN RSA PRIVATE KEY-----
///     Nov 29 10:00:01 web app[812]: MIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi…
///     Nov 29 10:00:01 web app[812]: -----END RSA PRIVATE KEY-----
///
/// The engine scrubs one line at a time: the `BEGIN` line's detector match runs to that
/// line's end, but the body lines that follow hold only base64 and nothing marks them as
/// key material. A stream reader feeds every line, in order, to this tracker; inside an open
/// block it returns where a body line's key material starts (after the log prefix that the
/// `BEGIN` line had before `-----BEGIN`), and ``Scrubber/scrubPrivateKeyLine(_:keyMaterialAt:format:into:report:)``
/// writes the prefix scrubbed and a placeholder for the rest.
///
/// A block opens at `-----BEGIN … PRIVATE KEY` (RSA, EC, DSA, OPENSSH, ENCRYPTED, PGP … BLOCK)
/// with no `-----END` after it on the same line, and closes at the `-----END` line, at a line
/// that is not base64 after the prefix (the key was cut short: that line is scrubbed normally), or
/// after ``maximumBodyLines`` lines. `Proc-Type:`, `DEK-Info:` and `Comment:` header lines and
/// blank lines stay inside the block and are scrubbed normally.
package struct PrivateKeyLines: Sendable {
    /// More than the body of any PEM private key (a 16 384-bit RSA key has about 200 lines).
    package static let maximumBodyLines = 512

    private var bodyLines = -1  // −1: no block open
    /// Bytes before `-----BEGIN` on the block's first line: the log prefix the body lines share.
    private var prefixLength = 0

    package init() {}

    /// True while a block is open (its `BEGIN` line was seen, its `END` line not yet).
    package var isOpen: Bool { bodyLines >= 0 }

    /// Feeds the next line of the stream. Returns the index where the line's key material
    /// starts when the line is the body of an open block, else nil.
    package mutating func keyMaterial(in line: Bytes) -> Int? {
        guard isOpen else {
            if let begin = Self.find(Self.begin, in: line, from: 0), let header = Self.find(Self.privateKey, in: line, from: begin),
               header - begin <= 48, Self.find(Self.end, in: line, from: header) == nil {
                bodyLines = 0
                prefixLength = begin
            }
            return nil
        }
        if Self.find(Self.end, in: line, from: 0) != nil {
            bodyLines = -1
            return nil
        }
        bodyLines += 1
        guard bodyLines <= Self.maximumBodyLines else {
            bodyLines = -1
            return nil
        }
        // What follows the shared prefix: base64, a header, or nothing (the blank line after
        // the headers).
        var end = line.count
        while end > 0, line[end - 1] == 0x20 || line[end - 1] == 0x09 || line[end - 1] == 0x0D { end -= 1 }
        var start = min(prefixLength, end)
        while start < end, line[start] == 0x20 || line[start] == 0x09 { start += 1 }
        if start == end { return nil }
        if line[start..<end].allSatisfy(Self.isBase64) {
            // The body need not share the first line's prefix: `SSH_PRIVATE_KEY=-----BEGIN …`
            // in an environment dump is followed by bare base64. Key material that starts
            // before the prefix's length is all replaced (fail closed).
            while start > 0, Self.isBase64(line[start - 1]), line[start - 1] != UInt8(ascii: "=") { start -= 1 }
            return start
        }
        if Self.find(Self.procType, in: line, from: 0) != nil || Self.find(Self.dekInfo, in: line, from: 0) != nil
            || Self.find(Self.comment, in: line, from: 0) != nil {
            return nil
        }
        // A prefix a little longer or shorter than the first line's (`app[99]` → `app[100]`): a
        // last word of 16+ base64 bytes.
        var word = end
        while word > 0, line[word - 1] != 0x20, line[word - 1] != 0x09 { word -= 1 }
        if prefixLength > 0, end - word >= 16, line[word..<end].allSatisfy(Self.isBase64) { return word }
        bodyLines = -1  // not key material: the key was cut short
        return nil
    }

    private static func isBase64(_ x: UInt8) -> Bool {
        ASCII.isAlnum(x) || x == UInt8(ascii: "+") || x == UInt8(ascii: "/") || x == UInt8(ascii: "=")
    }

    private static let begin = Array("-----BEGIN ".utf8), end = Array("-----END ".utf8)
    private static let privateKey = Array("PRIVATE KEY".utf8)
    private static let procType = Array("Proc-Type:".utf8), dekInfo = Array("DEK-Info:".utf8), comment = Array("Comment:".utf8)

    /// True when `bytes` (a batch of lines) mentions `PRIVATE KEY`: without it, and with no
    /// block open, a reader need not feed the batch's lines one by one.
    package static func mentionsPrivateKey(_ bytes: Bytes) -> Bool { find(privateKey, in: bytes, from: 0) != nil }

    /// The index of `needle` in `line` at or after `from` (`memchr` for its first byte).
    private static func find(_ needle: [UInt8], in line: Bytes, from: Int) -> Int? {
        guard let base = line.baseAddress, let first = needle.first else { return nil }
        var k = from
        let last = line.count - needle.count
        while k <= last {
            guard let hit = memchr(base + k, Int32(first), last + 1 - k) else { return nil }
            k = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
            if needle.indices.allSatisfy({ line[k + $0] == needle[$0] }) { return k }
            k += 1
        }
        return nil
    }
}

extension Scrubber {
    /// Writes a body line of a multi-line private key (see ``PrivateKeyLines``): the bytes
    /// before `keyMaterialAt` scrubbed as a line of `format`, then what the `api_key` detector's
    /// rule writes for a key (`[REDACTED:api_key]` in the default pack). Without such a rule the
    /// key material is still replaced, by `[REDACTED:private_key]` (fail closed).
    package func scrubPrivateKeyLine(_ line: Bytes, keyMaterialAt start: Int, format: InputFormat, into out: inout [UInt8], report: inout ScrubReport) {
        // Counts the line and the prefix's bytes; the key material's bytes are added below.
        scrub(line: UnsafeBufferPointer(rebasing: line[..<start]), format: format, into: &out, report: &report)
        report.bytes += line.count - start
        let material = line[start...]
        if let rule = compiled.rule(for: .apiKey) {
            report.count(rule)
            let active = compiled.active[rule]
            apply(active.action, to: material, type: active.type, isCredential: true, into: &out)
        } else {
            report.failClosed += 1
            writeRedacted("private_key", into: &out)
        }
    }
}
