#if canImport(Glibc)
import Glibc
#endif

/// A tracker that reads a stream's lines in order and names, for a data line under a header, the
/// columns a field rule covers (``ZeekFieldLines``, ``CSVHeaderColumns``); the lines it returns
/// are written by ``Scrubber/scrubColumns(_:columns:format:into:report:)``.
package protocol ColumnLineTracker: Sendable {
    /// Feeds the next line; the ranges and rules of its ruled columns, or nil.
    mutating func columns(in line: Bytes, rules: CompiledRules) -> [(range: Range<Int>, rule: Int)]?
}

/// Zeek's tab-separated logs name their columns once, in a `#fields` header line:
///
///     #fields	ts	uid	id.orig_h	…	username	password	…
///     1710167000.123456	CHhAvVGS1DHFjwGM9	10.0.3.44	…	oliver.schmidt	Br3menHafen!	…
///
/// The engine scrubs one line at a time, and a data line alone names no key. A stream reader
/// feeds every line, in order, to this tracker; after a `#fields` line whose columns a field rule
/// names (`username`, `password`, `user`, `mailfrom`, `subject` …), it returns, for each data line
/// with as many columns, the ranges of those columns and their rules, and
/// ``Scrubber/scrubColumns(_:columns:format:into:report:)`` writes the line with them replaced.
/// Zeek's `-` (unset) and `(empty)` stay. Another `#fields` line replaces the columns; `#close`
/// ends them.
package struct ZeekFieldLines: ColumnLineTracker {
    /// The rule of each column (−1: none), or empty when no header is in force.
    private var columnRules: [Int] = []

    package init() {}

    /// True while a header's columns are in force.
    package var isActive: Bool { !columnRules.isEmpty }

    /// Feeds the next line of the stream. Returns the ranges and rules of the columns a rule
    /// names, when the line is a data line under a header with such columns.
    package mutating func columns(in line: Bytes, rules: CompiledRules) -> [(range: Range<Int>, rule: Int)]? {
        if line.count > 0, line[0] == UInt8(ascii: "#") {
            if ASCII.hasPrefix(line, at: 0, exactly: "#fields\t") { columnRules = Self.header(line, rules: rules) }
            else if ASCII.hasPrefix(line, at: 0, exactly: "#close") { columnRules = [] }
            return nil
        }
        guard !columnRules.isEmpty else { return nil }
        var found: [(range: Range<Int>, rule: Int)] = []
        var column = 0, start = 0
        for k in 0...line.count where k == line.count || line[k] == 0x09 {
            guard column < columnRules.count else { return nil }  // more columns than the header names
            let rule = columnRules[column]
            let r = start..<k
            if rule >= 0, !r.isEmpty, !Self.isUnset(line, r) { found.append((r, rule)) }
            column += 1
            start = k + 1
        }
        guard column == columnRules.count else { return nil }
        return found.isEmpty ? nil : found
    }

    /// The rule of each column a `#fields` line names; empty when no column has one.
    static func header(_ line: Bytes, rules: CompiledRules) -> [Int] {
        var result: [Int] = []
        var start = 8, any = false
        for k in 8...line.count where k == line.count || line[k] == 0x09 || line[k] == 0x0D {
            var rule = -1
            if k > start, let r = rules.fieldRule(forTextKey: line, start..<k), rules.active[r].action != .keep {
                rule = r
                any = true
            }
            result.append(rule)
            start = k + 1
            if k < line.count, line[k] == 0x0D { break }
        }
        return any ? result : []
    }

    /// Zeek's unset field `-` and empty set `(empty)`.
    static func isUnset(_ b: Bytes, _ r: Range<Int>) -> Bool {
        (r.count == 1 && b[r.lowerBound] == UInt8(ascii: "-")) || (r.count == 7 && ASCII.hasPrefix(b, at: r.lowerBound, exactly: "(empty)"))
    }

    /// True when `bytes` (a batch of lines) holds a `#fields` header.
    package static func mayHoldHeader(_ bytes: Bytes) -> Bool {
        guard let base = bytes.baseAddress, bytes.count >= 8 else { return false }
        var k = 0
        while k + 8 <= bytes.count {
            guard let hit = memchr(base + k, Int32(UInt8(ascii: "#")), bytes.count - k) else { return false }
            k = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
            if ASCII.hasPrefix(bytes, at: k, exactly: "#fields\t"), k == 0 || bytes[k - 1] == 0x0A { return true }
            k += 1
        }
        return false
    }
}

extension Scrubber {
    /// Writes a data line of a Zeek log whose `columns` a ``ZeekFieldLines`` tracker found under
    /// their header's rules: those columns as their rules write them, then the whole line scrubbed
    /// as a line of `format` (what the rules wrote is left alone; the other columns are read as text).
    package func scrubColumns(_ line: Bytes, columns: [(range: Range<Int>, rule: Int)], format: InputFormat, into out: inout [UInt8], report: inout ScrubReport) {
        var rewritten: [UInt8] = []
        rewritten.reserveCapacity(line.count + 32 * columns.count)
        var at = 0
        for column in columns {
            rewritten += line[at..<column.range.lowerBound]
            let value = line[column.range]
            // Written by a first pass (idempotence): a pseudonym or a placeholder stays.
            if Self.isPseudonym(line, column.range) || Self.placeholderEnd(line, at: column.range.lowerBound) == column.range.upperBound {
                rewritten += value
            } else {
                report.count(column.rule)
                let active = compiled.active[column.rule]
                apply(active.action, to: value, type: active.type, isCredential: active.isCredential, into: &rewritten)
            }
            at = column.range.upperBound
        }
        rewritten += line[at...]
        rewritten.withUnsafeBufferPointer { scrub(line: $0, format: format, into: &out, report: &report) }
        // (The report counts the input's bytes, not the rewritten line's.)
        report.bytes += line.count - rewritten.count
    }
}
