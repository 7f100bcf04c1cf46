#if canImport(Glibc)
import Glibc
#endif

/// Settling: a line (or a record's field value) that a pass changed is scrubbed again until
/// a pass changes nothing (at most ``Scrubber/maximumSettlingPasses`` more passes), so the
/// output is a fixed point of the engine and scrubbing it again changes nothing — the
/// documented contract. The engine's heuristics (where a value, a cookie header, a phone
/// number or a tag ends) can read a first pass's pseudonyms and placeholders differently from
/// the bytes they replaced; fuzzing found such classes in junk and in well-formed lines alike,
/// and settling makes the contract hold for all of them. Every pass only replaces bytes, so
/// each intermediate output is fail-closed, and a later pass can only replace more. A line
/// still changing after the last pass (junk built so that every pass peels one more layer)
/// is replaced whole by `[REDACTED:unsettled_line]`, which is stable. A line no pass
/// changes takes one pass.
enum Settling {
    /// True when `out[from...]` differs from `line`.
    static func changed(_ line: Bytes, _ out: [UInt8], from start: Int) -> Bool {
        guard out.count - start == line.count else { return true }
        guard let l = line.baseAddress, line.count > 0 else { return false }
        return out.withUnsafeBufferPointer { o in memcmp(o.baseAddress! + start, l, line.count) != 0 }
    }
}

extension Scrubber {
    /// Passes after the first for a line a pass changed (see ``Settling``).
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
    /// line: a value that a pass changed is scrubbed again until stable, else it becomes
    /// `[REDACTED:unsettled_value]`.
    func scrubTextSettled(_ b: Bytes, credentialsOnly: Bool, versionValue: Bool, into out: inout [UInt8], report: inout ScrubReport) {
        let start = out.count
        scrubText(b, credentialsOnly: credentialsOnly, versionValue: versionValue, into: &out, report: &report)
        guard Settling.changed(b, out, from: start) else { return }
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
                return !Settling.changed(c, next, from: 0)
            }
            if same { return }
            out.removeSubrange(start...)
            out += next
        }
        out.removeSubrange(start...)
        writeFailClosed(unsettled, into: &out, report: &report)
    }
}
