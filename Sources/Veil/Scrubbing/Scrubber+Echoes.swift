/// Echoes: a value that a key names is often written again elsewhere in the same record —
/// a structured logger's rendered message (Serilog's `"@m":"Signed in \"hsato88\"",
/// "UserName":"hsato88"`), a message before its fields (`"message":"Password changed for
/// hsato88","username":"hsato88"`), an error that repeats its input (`{ fields: { username:
/// 'dragan.p' }, value: 'dragan.p' }`). The key's rule decided what the value is; every
/// other occurrence of the same bytes on the line, as a whole word, gets the same
/// replacement (stop 35: those copies were written raw).
///
/// Recorded are values that a key rule pseudonymised or redacted (not masked), of 4…64 bytes
/// (3 for a capitalised name) with a letter, or of nine digits or more, and not themselves a key's name, at most
/// ``EchoedValues/capacity`` per line; a value a `keep` rule kept on the line is never
/// replaced. A copy counts when no letter, digit, `_`, `~`, `@`, `-` or byte above ASCII
/// touches it (so nothing inside a pseudonym, an address or a longer word changes).
package struct EchoedValues: Sendable {
    /// Values recorded per line, at most.
    static let capacity = 16
    private(set) var bytes: [UInt8] = []
    private(set) var entries: [(value: Range<Int>, replacement: Range<Int>, rule: Int)] = []

    package var isEmpty: Bool { entries.isEmpty }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        entries.removeAll(keepingCapacity: true)
    }

    /// Records a value that a `keep` rule kept on this line: its copies stay (a rule author
    /// kept it on purpose), whatever another key's rule decided for the same bytes.
    mutating func protect(_ value: some Collection<UInt8>) {
        guard entries.count < Self.capacity, value.count >= 3, value.count <= 64 else { return }
        let start = bytes.count
        bytes += value
        entries.append((start..<bytes.count, bytes.count..<bytes.count, -1))
    }

    /// Records `value` and the `replacement` written for it, when it qualifies.
    mutating func record(_ value: some Collection<UInt8>, replacement: ArraySlice<UInt8>, rule: Int) {
        // (Three bytes only for a capitalised name — `Ann`; `app`, `web` are words too often.)
        guard entries.count < Self.capacity, value.count >= 3, value.count <= 64, !replacement.isEmpty,
              value.count >= 4 || value.first.map(ASCII.isUpper) == true,
              // (Digits alone only as long as an identity or account number: Django's `args=(…,
              // '85010712345')` repeats the statement's values; a short number is a count too often.)
              value.contains(where: ASCII.isLetter) || (value.count >= 9 && value.allSatisfy(ASCII.isDigit)) else { return }
        let start = bytes.count
        bytes += value
        let middle = bytes.count
        bytes += replacement
        entries.append((start..<middle, middle..<bytes.count, rule))
    }
}

extension Scrubber {
    /// Records a key rule's replacement of `value`: `out[written...]` is what was written.
    @inline(__always)
    func recordEcho(_ value: Bytes, rule: Int, written: Int, out: [UInt8], report: inout ScrubReport) {
        let action = compiled.active[rule].action
        guard action == .pseudonymize || action == .redact, written < out.count, value.count >= 3, value.count <= 64,
              report.echoes.entries.count < EchoedValues.capacity,
              // A value that is itself a key's name (`name="password"`) names a field, not a person.
              compiled.fieldRule(forTextKey: value, 0..<value.count) == nil else { return }
        report.echoes.record(value, replacement: out[written...], rule: rule)
    }

    /// Replaces, in `out[start...]`, every whole-word copy of a value recorded on this line with
    /// the replacement written for it (each counted under the value's rule); then forgets the
    /// line's values, keeping their buffers for the next line. True when a copy was replaced.
    @discardableResult
    func replaceEchoes(from start: Int, into out: inout [UInt8], report: inout ScrubReport) -> Bool {
        var echoes = takeEchoes(&report)
        let replaced = replace(echoes, from: start, into: &out, report: &report)
        echoes.removeAll()
        swap(&echoes, &report.echoes)  // (moved, not copied: no allocation per line)
        return replaced
    }

    /// The values recorded in `report` so far (by key rules' replacements), moved out of it:
    /// for callers that scrub a record's fields and then a text written with them (the swift-log
    /// handlers' metadata, then the message).
    package func takeEchoes(_ report: inout ScrubReport) -> EchoedValues {
        var taken = EchoedValues()
        swap(&taken, &report.echoes)
        return taken
    }

    /// `text` with every whole-word copy of one of `echoes`' values replaced as the key's value
    /// was (see the type's comment); `text` itself when there is none.
    package func replacingEchoes(_ echoes: EchoedValues, in text: String, report: inout ScrubReport) -> String {
        guard !echoes.isEmpty, !text.isEmpty else { return text }
        var out = Array(text.utf8)
        return replace(echoes, from: 0, into: &out, report: &report) ? String(decoding: out, as: UTF8.self) : text
    }

    /// `bytes` with every whole-word copy of one of `echoes`' values replaced as the key's value
    /// was: for callers that scrub a record's fields one by one (a journald entry's `MESSAGE`
    /// and its `USER_NAME=` field). True when a copy was replaced.
    @discardableResult
    package func replaceEchoes(_ echoes: EchoedValues, in bytes: inout [UInt8], report: inout ScrubReport) -> Bool {
        guard !echoes.isEmpty, !bytes.isEmpty else { return false }
        return replace(echoes, from: 0, into: &bytes, report: &report)
    }

    private func replace(_ echoes: EchoedValues, from start: Int, into out: inout [UInt8], report: inout ScrubReport) -> Bool {
        guard !echoes.isEmpty else { return false }
        var replaced = false
        for entry in echoes.entries where entry.rule >= 0 {
            let value = echoes.bytes[entry.value]
            if echoes.entries.contains(where: { $0.rule < 0 && echoes.bytes[$0.value].elementsEqual(value) }) { continue }
            let quotedOnly = !Self.isDistinctive(value)
            var k = start
            var rewritten: [UInt8]? = nil
            var copied = start
            while let hit = Self.wholeWord(value, in: out, lineStart: start, from: k, quotedOnly: quotedOnly) {
                if rewritten == nil { rewritten = Array(out[start..<hit]) } else { rewritten! += out[copied..<hit] }
                rewritten! += echoes.bytes[entry.replacement]
                record(entry.rule, report: &report)
                replaced = true
                copied = hit + value.count
                k = copied
            }
            if var rewritten {
                rewritten += out[copied...]
                out.removeSubrange(start...)
                out += rewritten
            }
        }
        return replaced
    }

    private static func isWordByte(_ x: UInt8) -> Bool {
        ASCII.isAlnum(x) || x == UInt8(ascii: "_") || x == UInt8(ascii: "~") || x == UInt8(ascii: "@") || x == UInt8(ascii: "-") || x >= 0x80
    }

    /// A value that is more than one plain word: it holds white space, a digit, `.`, `_`, `@`,
    /// `,` or a symbol (`hsato88`, `dragan.petrovic`, `Rodríguez, Carlos`, `hunter2!`), or is a
    /// listed given or family name. A plain word (`Security`, `secrets`, `Wanjiru`) is replaced
    /// only where it stands quoted or bracketed on its own (`"Wanjiru"`, `\"Wanjiru\"`, `[Wanjiru]`): where a logger
    /// interpolated it, not where the same word is prose.
    private static func isDistinctive(_ value: ArraySlice<UInt8>) -> Bool {
        if value.contains(where: { !ASCII.isLetter($0) && $0 < 0x80 }) { return true }
        return Array(value).withUnsafeBufferPointer { b in
            PersonNameDetector.given.contains(b, 0..<b.count) || PersonNameDetector.family.contains(b, 0..<b.count)
        }
    }

    /// The next index at or after `from` where `value` stands in `out` as a whole word (with
    /// `quotedOnly`, as the whole of a quoted string).
    private static func wholeWord(_ value: ArraySlice<UInt8>, in out: [UInt8], lineStart: Int, from: Int, quotedOnly: Bool) -> Int? {
        guard let first = value.first else { return nil }
        var k = from
        let last = out.count - value.count
        while k <= last {
            if out[k] == first, out[k..<(k + value.count)].elementsEqual(value) {
                let end = k + value.count
                let before = k > lineStart ? out[k - 1] : 0x20  // (the bytes before `lineStart` are earlier lines')
                // (`for hsato88.` ends a sentence; `hsato88.example` is a longer name.)
                let after = end < out.count ? out[end] : 0x20
                let afterDot = after == UInt8(ascii: ".") && end + 1 < out.count && ASCII.isAlnum(out[end + 1])
                if !isWordByte(before), before != UInt8(ascii: "."), !isWordByte(after), !afterDot,
                   !quotedOnly || ((before == UInt8(ascii: "\"") || before == UInt8(ascii: "'")) && after == before)
                    || (before == UInt8(ascii: "[") && after == UInt8(ascii: "]")) || (before == UInt8(ascii: "(") && after == UInt8(ascii: ")")) { return k }
            }
            k += 1
        }
        return nil
    }
}
