import Dispatch
import Veil
#if canImport(Glibc)
import Glibc
#endif

/// Reads line batches, scrubs them on `workers` threads, writes them in input order.
///
/// Rounds of up to `workers` batches are scrubbed concurrently and written in order,
/// so at most `workers` batches (and their outputs) are in memory at once.
enum LinePipeline {
    /// Returns errno of a failed read, or 0.
    static func run(fd: Int32, format: InputFormat, scrubber: Scrubber, workers: Int, output: OutputWriter, report: inout ScrubReport, progress: ProgressMeter) -> Int32 {
        let reader = LineReader(fd: fd, maximumLineLength: scrubber.limits.maximumLineLength)
        // Read in stream order, before batches go to the workers: a private key's body lines.
        var privateKey = PrivateKeyLines()
        var named = NamedValueLines()
        var zeek = ZeekFieldLines()
        var csv = CSVHeaderColumns()
        if workers == 1 {
            var out: [UInt8] = []
            while var batch = reader.nextBatch() {
                markPrivateKeyLines(&batch, tracker: &privateKey)
                markNamedValues(&batch, tracker: &named, scrubber: scrubber)
                markZeekColumns(&batch, tracker: &zeek, scrubber: scrubber)
                markCSVColumns(&batch, tracker: &csv, scrubber: scrubber)
                out.removeAll(keepingCapacity: true)
                scrub(batch, format: format, scrubber: scrubber, into: &out, report: &report)
                output.write(out)
                progress.update(reader.bytesRead)
                if output.closed { break }
            }
            return reader.error
        }
        let results = ResultSlots(count: workers, scrubber: scrubber)
        while true {
            var batches: [LineBatch] = []
            while batches.count < workers, var batch = reader.nextBatch() {
                markPrivateKeyLines(&batch, tracker: &privateKey)
                markNamedValues(&batch, tracker: &named, scrubber: scrubber)
                markZeekColumns(&batch, tracker: &zeek, scrubber: scrubber)
                markCSVColumns(&batch, tracker: &csv, scrubber: scrubber)
                batches.append(batch)
            }
            if batches.isEmpty { break }
            let round = batches
            DispatchQueue.concurrentPerform(iterations: round.count) { k in
                results.withSlot(k) { out, slotReport in
                    out.removeAll(keepingCapacity: true)
                    scrub(round[k], format: format, scrubber: scrubber, into: &out, report: &slotReport)
                }
            }
            for k in 0..<round.count { results.withSlot(k) { out, _ in output.write(out) } }
            progress.update(reader.bytesRead)
            if output.closed { break }
        }
        results.mergeReports(into: &report)
        return reader.error
    }

    static func scrub(_ batch: LineBatch, format: InputFormat, scrubber: Scrubber, into out: inout [UInt8], report: inout ScrubReport) {
        out.reserveCapacity(batch.data.count + batch.data.count / 8)
        batch.data.withUnsafeBufferPointer { data in
            var start = 0
            var oversizedIndex = 0
            var keyIndex = 0
            var namedIndex = 0
            var zeekIndex = 0
            var csvIndex = 0
            for line in 0..<batch.lineCount {
                var end = data.count
                if start < data.count, let p = memchr(data.baseAddress! + start, 0x0A, data.count - start) {
                    end = data.baseAddress!.distance(to: p.assumingMemoryBound(to: UInt8.self))
                }
                if oversizedIndex < batch.oversized.count, batch.oversized[oversizedIndex] == line {
                    report.countOversizedLine()
                    out += oversizedPlaceholder
                    oversizedIndex += 1
                } else if keyIndex < batch.keyMaterial.count, batch.keyMaterial[keyIndex].line == line {
                    scrubber.scrubPrivateKeyLine(UnsafeBufferPointer(rebasing: data[min(start, end)..<end]), keyMaterialAt: batch.keyMaterial[keyIndex].start,
                                                 format: format, into: &out, report: &report)
                    keyIndex += 1
                } else if namedIndex < batch.namedValues.count, batch.namedValues[namedIndex].line == line {
                    let named = batch.namedValues[namedIndex]
                    scrubber.scrubNamedValueLine(UnsafeBufferPointer(rebasing: data[min(start, end)..<end]), value: named.value, rule: named.rule,
                                                 format: format, into: &out, report: &report)
                    namedIndex += 1
                } else if zeekIndex < batch.zeekColumns.count, batch.zeekColumns[zeekIndex].line == line {
                    scrubber.scrubColumns(UnsafeBufferPointer(rebasing: data[min(start, end)..<end]), columns: batch.zeekColumns[zeekIndex].columns,
                                          format: format, into: &out, report: &report)
                    zeekIndex += 1
                } else if csvIndex < batch.csvColumns.count, batch.csvColumns[csvIndex].line == line {
                    scrubber.scrubColumns(UnsafeBufferPointer(rebasing: data[min(start, end)..<end]), columns: batch.csvColumns[csvIndex].columns,
                                          format: format, into: &out, report: &report)
                    csvIndex += 1
                } else {
                    scrubber.scrub(line: UnsafeBufferPointer(rebasing: data[min(start, end)..<end]), format: format, into: &out, report: &report)
                }
                if end < data.count { out.append(0x0A); report.countNewline() }
                start = end + 1
            }
        }
    }

    /// Feeds the batch's lines to `tracker` in order and records the body lines of private keys
    /// (see ``PrivateKeyLines``). A batch without `PRIVATE KEY` while no block is open is skipped
    /// with one search.
    static func markPrivateKeyLines(_ batch: inout LineBatch, tracker: inout PrivateKeyLines) {
        var found: [(line: Int, start: Int)] = []
        batch.keyMaterial = []  // (this tracker marks them: no line is a key's body yet)
        batch.data.withUnsafeBufferPointer { data in
            guard data.count > 0, tracker.isOpen || PrivateKeyLines.mentionsPrivateKey(data) else { return }
            forEachLine(batch, in: data) { line, bytes, claimed in
                // (An over-long line is replaced whole anyway: not fed to the tracker.)
                if !claimed, let at = tracker.keyMaterial(in: bytes) { found.append((line, at)) }
            }
        }
        batch.keyMaterial = found
    }

    /// Calls `body` with each line of `batch` in order (its index and bytes); a line that is no text
    /// of its own — over-long, or a private key's body — is passed as empty and `claimed`.
    static func forEachLine(_ batch: LineBatch, in data: UnsafeBufferPointer<UInt8>, _ body: (_ line: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ claimed: Bool) -> Void) {
        guard let base = data.baseAddress else { return }
        var start = 0
        var oversizedIndex = 0
        var keyIndex = 0
        for line in 0..<batch.lineCount {
            var end = data.count
            if start < data.count, let p = memchr(base + start, 0x0A, data.count - start) {
                end = base.distance(to: p.assumingMemoryBound(to: UInt8.self))
            }
            var claimed = false
            if oversizedIndex < batch.oversized.count, batch.oversized[oversizedIndex] == line { oversizedIndex += 1; claimed = true }
            if keyIndex < batch.keyMaterial.count, batch.keyMaterial[keyIndex].line == line { keyIndex += 1; claimed = true }
            body(line, claimed ? UnsafeBufferPointer(start: base, count: 0) : UnsafeBufferPointer(rebasing: data[min(start, end)..<end]), claimed)
            start = end + 1
        }
    }

    /// Feeds the batch's lines to `tracker` in order and records the values whose key the line
    /// before named (see ``NamedValueLines``). A batch without `value:` or `"value":` while no
    /// name is pending is skipped with one search. (A private key's body line is no value: it
    /// is fed as an empty line, which clears a pending name.)
    static func markNamedValues(_ batch: inout LineBatch, tracker: inout NamedValueLines, scrubber: Scrubber) {
        var found: [(line: Int, value: Range<Int>, rule: Int)] = []
        batch.data.withUnsafeBufferPointer { data in
            guard data.count > 0, tracker.isPending || NamedValueLines.mayHoldNamedValue(data) else { return }
            forEachLine(batch, in: data) { line, bytes, _ in
                if let hit = tracker.namedValue(in: bytes, rules: scrubber.compiled) { found.append((line, hit.value, hit.rule)) }
            }
        }
        batch.namedValues = found
    }

    /// Feeds the batch's lines to `tracker` in order and records the columns of Zeek data lines
    /// that their header puts under a rule (see ``ZeekFieldLines``). A batch without `#fields`
    /// while no header is in force is skipped with one search. (Lines another tracker claimed
    /// are no columns'.)
    static func markZeekColumns(_ batch: inout LineBatch, tracker: inout ZeekFieldLines, scrubber: Scrubber) {
        var found: [(line: Int, columns: [(range: Range<Int>, rule: Int)])] = []
        batch.data.withUnsafeBufferPointer { data in
            guard data.count > 0, tracker.isActive || ZeekFieldLines.mayHoldHeader(data) else { return }
            var namedIndex = 0
            forEachLine(batch, in: data) { line, bytes, claimed in
                var named = false
                if namedIndex < batch.namedValues.count, batch.namedValues[namedIndex].line == line { namedIndex += 1; named = true }
                if !claimed, !named, let columns = tracker.columns(in: bytes, rules: scrubber.compiled) { found.append((line, columns)) }
            }
        }
        batch.zeekColumns = found
    }

    /// Feeds the batch's lines to `tracker` in order and records the rows of CSV tables whose
    /// header names ruled columns (see ``CSVHeaderColumns``). Lines another tracker took (a key's
    /// body, a named value, a Zeek row) are not fed.
    static func markCSVColumns(_ batch: inout LineBatch, tracker: inout CSVHeaderColumns, scrubber: Scrubber) {
        var found: [(line: Int, columns: [(range: Range<Int>, rule: Int)])] = []
        batch.data.withUnsafeBufferPointer { data in
            guard data.count > 0 else { return }
            var namedIndex = 0, zeekIndex = 0
            forEachLine(batch, in: data) { line, bytes, claimed in
                var taken = claimed
                if namedIndex < batch.namedValues.count, batch.namedValues[namedIndex].line == line { namedIndex += 1; taken = true }
                if zeekIndex < batch.zeekColumns.count, batch.zeekColumns[zeekIndex].line == line { zeekIndex += 1; taken = true }
                if !taken, let columns = tracker.columns(in: bytes, rules: scrubber.compiled) { found.append((line, columns)) }
            }
        }
        batch.csvColumns = found
    }

    static let oversizedPlaceholder: [UInt8] = Array("[REDACTED:oversized_line]".utf8)
}

/// Per-worker output buffers and reports, each touched by one thread per round.
/// Storage is allocated once, so concurrent iterations never touch a shared array.
final class ResultSlots: @unchecked Sendable {
    private let count: Int
    private let outputs: UnsafeMutablePointer<[UInt8]>
    private let reports: UnsafeMutablePointer<ScrubReport>

    init(count: Int, scrubber: Scrubber) {
        self.count = count
        outputs = .allocate(capacity: count)
        outputs.initialize(repeating: [], count: count)
        reports = .allocate(capacity: count)
        reports.initialize(repeating: ScrubReport(for: scrubber), count: count)
    }

    deinit {
        outputs.deinitialize(count: count); outputs.deallocate()
        reports.deinitialize(count: count); reports.deallocate()
    }

    /// Slot `k` is only ever used by iteration `k` of a round, so no lock is needed.
    func withSlot(_ k: Int, _ body: (inout [UInt8], inout ScrubReport) -> Void) {
        body(&outputs[k], &reports[k])
    }

    func mergeReports(into report: inout ScrubReport) {
        for k in 0..<count { report.merge(reports[k]) }
    }
}
