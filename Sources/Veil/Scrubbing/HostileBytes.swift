#if canImport(Glibc)
import Glibc
#endif

/// Lines with control bytes or invalid UTF-8 — hostile or corrupted input, which no
/// well-formed log holds — are scrubbed to a fixed point: the engine's heuristics (where
/// a value, a cookie header or a number ends) can read a first pass's output differently
/// when junk bytes sit next to a finding, so the output is scrubbed again until a pass
/// changes nothing (at most ``Scrubber/maximumSettlingPasses`` passes). Every pass only
/// replaces bytes, so each intermediate output is fail-closed; settling makes the
/// documented contract — scrubbing the output again changes nothing — hold for such
/// lines too. A line still changing after the last pass (junk built so that every pass
/// peels one more layer) is replaced whole by `[REDACTED:unsettled_line]`, which is
/// stable. Well-formed lines take one pass.
enum HostileBytes {
    /// True when `line` holds a C0 control byte other than tab, DEL, or invalid UTF-8.
    static func contains(_ line: Bytes) -> Bool {
        var k = 0
        let n = line.count
        while k < n {
            let x = line[k]
            if x < 0x80 {
                if (x < 0x20 && x != 0x09) || x == 0x7F { return true }
                k += 1
                continue
            }
            // UTF-8: a lead byte and its continuation bytes (no overlongs, no surrogates).
            let length: Int
            switch x {
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return true
            }
            guard k + length <= n else { return true }
            for j in 1..<length where line[k + j] & 0xC0 != 0x80 { return true }
            let second = line[k + 1]
            if (x == 0xE0 && second < 0xA0) || (x == 0xED && second > 0x9F) || (x == 0xF0 && second < 0x90) || (x == 0xF4 && second > 0x8F) { return true }
            k += length
        }
        return false
    }

    /// True when `out[from...]` differs from `line`.
    static func changed(_ line: Bytes, _ out: [UInt8], from start: Int) -> Bool {
        guard out.count - start == line.count else { return true }
        guard let l = line.baseAddress, line.count > 0 else { return false }
        return out.withUnsafeBufferPointer { o in memcmp(o.baseAddress! + start, l, line.count) != 0 }
    }
}

extension Scrubber {
    /// Passes after the first for a line with hostile bytes (see ``HostileBytes``).
    static let maximumSettlingPasses = 8

    /// Scrubs `out[start...]` again until a pass changes nothing; a line that does not
    /// settle within ``maximumSettlingPasses`` becomes a fail-closed placeholder.
    func settle(from start: Int, format: InputFormat, into out: inout [UInt8], report: inout ScrubReport) {
        settle(from: start, unsettled: "unsettled_line", into: &out, report: &report) { current, next, report in
            scrubPass(current, format: format, into: &next, report: &report)
        }
    }

    /// ``scrubText(_:credentialsOnly:versionValue:offset:into:report:)`` for a value of
    /// ``scrub(record:report:)`` (journald and export fields, nested metadata), settled like a
    /// line: a value with
    /// hostile bytes that a pass changed is scrubbed again until stable, else it becomes
    /// `[REDACTED:unsettled_value]`.
    func scrubTextSettled(_ b: Bytes, credentialsOnly: Bool, versionValue: Bool, into out: inout [UInt8], report: inout ScrubReport) {
        let start = out.count
        scrubText(b, credentialsOnly: credentialsOnly, versionValue: versionValue, into: &out, report: &report)
        guard HostileBytes.changed(b, out, from: start), HostileBytes.contains(b) else { return }
        settle(from: start, unsettled: "unsettled_value", into: &out, report: &report) { current, next, report in
            scrubText(current, credentialsOnly: credentialsOnly, versionValue: versionValue, into: &next, report: &report)
        }
    }

    /// Runs `pass` over `out[start...]` until it changes nothing, at most
    /// ``maximumSettlingPasses`` times; then writes the `unsettled` placeholder instead.
    func settle(from start: Int, unsettled: StaticString, into out: inout [UInt8], report: inout ScrubReport,
                        pass: (Bytes, inout [UInt8], inout ScrubReport) -> Void) {
        var next: [UInt8] = []
        for _ in 0..<Self.maximumSettlingPasses {
            let current = Array(out[start...])
            next.removeAll(keepingCapacity: true)
            let same = current.withUnsafeBufferPointer { c -> Bool in
                pass(c, &next, &report)
                return !HostileBytes.changed(c, next, from: 0)
            }
            if same { return }
            out.removeSubrange(start...)
            out += next
        }
        out.removeSubrange(start...)
        writeFailClosed(unsettled, into: &out, report: &report)
    }
}
