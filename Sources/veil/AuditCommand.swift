import ArgumentParser
import Dispatch
import Veil
import VeilJournal
#if canImport(Glibc)
import Glibc
#endif

extension AuditSeverity: ExpressibleByArgument {}

/// `veil audit`: a report of the tokens and personal data in logs, without raw values.
struct Audit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Report bearer-token policy violations and PII exposure in logs (counts and pseudonyms only).",
        discussion: """
            Reads the same inputs as 'veil scrub' (text, JSON and logfmt lines, or
            --format export) and prints a report that never contains a raw value:
            tokens by issuer, alg, typ and kind; policy violations (unsigned, HS*,
            missing exp/aud/iss, lifetime above policy, expired when logged, PII claims,
            unsafe JWE headers, malformed tokens, and with --jwks signatures that verify
            with no key) with counts, first/last log time, sources and a keyed
            fingerprint; and the scrubber's PII findings by source and type.

            The policy comes from the 'policy:' block of rule files (docs/audit.md).
            With --fail-on SEVERITY the exit status is 1 when a violation of that
            severity or worse is present (for CI). Exit status: 0 ok · 1 violations at
            --fail-on or I/O error · 64 usage · 78 configuration (rules, key, JWKS).

            Examples:
              veil audit --key-file k1.key app.log
              journalctl -o export -u api | veil audit --format export --key-file k1.key
              veil audit --journal --namespace payments --since=-1d --key-file k1.key
              veil audit --key-file k1.key --jwks jwks.json --json --fail-on high app.log
            """
    )

    @Argument(help: ArgumentHelp("Files to audit; none or '-' reads standard input.", valueName: "file"))
    var files: [String] = []

    @Option(help: "Input format: auto (per line: JSON, logfmt or text), text, json, logfmt, export.")
    var format: ScrubFormat = .auto

    @Flag(help: "Read the systemd journal (all of it, or from --since) instead of files.")
    var journal = false

    @Option(help: ArgumentHelp("Journal namespace (with --journal).", valueName: "name"))
    var namespace: String?

    @Option(help: ArgumentHelp("Start time (with --journal), as journalctl --since.", valueName: "time"))
    var since: String?

    @Option(help: ArgumentHelp("A JWK Set (JSON) to verify RS*/PS*/ES*/EdDSA signatures with.", valueName: "file"))
    var jwks: String?

    @Flag(help: "Print the report as JSON.")
    var json = false

    @Option(name: .customLong("fail-on"), help: ArgumentHelp("Exit with 1 when a violation of this severity or worse is present: low, medium, high, critical.", valueName: "severity"))
    var failOn: AuditSeverity?

    @Flag(help: "Also send one journald security event per violation class found (MESSAGE_IDs of systemd/veil.catalog; counts and fingerprints only).")
    var events = false

    @Option(name: .customLong("events-namespace"), help: ArgumentHelp("Send the security events to this journald namespace (implies --events).", valueName: "name"))
    var eventsNamespace: String?

    @Option(help: "Worker threads (default: the number of cores).")
    var threads: Int?

    @OptionGroup var engine: EngineOptions

    func validate() throws {
        if let threads, threads < 1 || threads > 256 { throw ValidationError("--threads must be between 1 and 256") }
        if !journal, namespace != nil || since != nil { throw ValidationError("--namespace and --since need --journal") }
        if journal, !files.isEmpty { throw ValidationError("--journal reads the journal: pass no files") }
        if journal, format != .auto { throw ValidationError("--format does not apply to --journal") }
    }

    func run() async throws {
        var sinceTime: Double?
        if let since {
            guard let t = AuditPipeline.parseSince(since, now: Double(time(nil))) else {
                printError("veil: invalid --since '\(since)': use an ISO-8601 time (2024-05-01T10:00:00Z; no zone = UTC), @UNIX-SECONDS, -DURATION (-15m, -2h, -1d), today or yesterday")
                throw ExitStatus.usage
            }
            sinceTime = t
        }
        let scrubber: Scrubber
        do { scrubber = try engine.makeScrubber() } catch { throw configurationFailure(error) }
        var verifier: JWKSVerifier?
        if let jwks {
            do { verifier = try JWKSVerifier(path: jwks) } catch { throw configurationFailure(error) }
            for s in verifier!.skipped { printError("veil: warning: \(jwks): skipped \(s)") }
        }
        signal(SIGPIPE, SIG_IGN)
        let auditor = TokenAuditor(scrubber: scrubber, verifier: verifier)
        let workers = threads ?? max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        var acc = AuditAccumulator(for: auditor)
        var failed = false
        if journal {
            if let error = AuditPipeline.runJournal(namespace: namespace, since: sinceTime, auditor: auditor, into: &acc) {
                printError("veil: journal\(namespace.map { " namespace '\($0)'" } ?? ""): \(error)")
                failed = true
            } else if acc.lines == 0 {
                printError("veil: warning: no journal entries read\(namespace.map { " (namespace '\($0)')" } ?? "")\(since != nil ? " since \(since!)" : "")")
            }
        }
        for path in journal ? [] : files.isEmpty ? ["-"] : files {
            let fd: Int32 = path == "-" ? 0 : open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else {
                printError("veil: cannot open \(path): \(String(cString: strerror(errno)))")
                failed = true
                continue
            }
            defer { if fd != 0 { close(fd) } }
            let name = path == "-" ? "stdin" : path
            let progress = ProgressMeter(fd: fd, enabled: path != "-" && isatty(2) == 1)
            let readError: Int32
            if format == .export {
                readError = AuditPipeline.runExport(fd: fd, input: name, auditor: auditor, into: &acc, progress: progress)
            } else {
                readError = AuditPipeline.runLines(fd: fd, input: name, format: format.inputFormat!, auditor: auditor, workers: workers, into: &acc, progress: progress)
            }
            progress.finish()
            if readError != 0 {
                printError("veil: error reading \(path == "-" ? "standard input" : path): \(String(cString: strerror(readError)))")
                failed = true
            }
        }
        let report = auditor.report(acc)
        let output = OutputWriter(fd: 1)
        output.write(Array((json ? report.json() : report.text()).utf8))
        if events || eventsNamespace != nil {
            if let error = Self.emitEvents(report, namespace: eventsNamespace) {
                printError("veil: cannot send security events\(eventsNamespace.map { " to namespace '\($0)'" } ?? ""): \(error)")
                failed = true
            }
        }
        if failed { throw ExitStatus.failure }
        if let failOn, report.count(atLeast: failOn) > 0 {
            printError("veil: audit: \(report.count(atLeast: failOn)) violation(s) at severity \(failOn.rawValue) or above")
            throw ExitStatus.failure
        }
    }
}

extension Audit {
    /// Sends the report's security events through the native protocol, one per class
    /// (rate-limited per class), marked `VEIL_SCRUBBED=1` so Veil's readers skip them.
    /// Returns an error text, or nil.
    static func emitEvents(_ report: AuditReport, namespace: String?) -> String? {
        do throws(JournalWriteError) {
            let writer: JournalWriter
            if let namespace { writer = try JournalWriter(namespace: namespace) } else { writer = try JournalWriter() }
            var limiter = SecurityEventRateLimiter()
            for violation in report.violations {
                guard let held = limiter.admit(violation.kind, now: Clock.now()) else { continue }
                let event = SecurityEvent(violation, suppressed: held)
                var fields = event.fields.map { (name: $0.name, value: Array($0.value.utf8)) }
                fields.append((name: String(decoding: JournalReader.scrubbedMarker.name, as: UTF8.self), value: JournalReader.scrubbedMarker.value))
                try writer.write(fields)
            }
            return nil
        } catch {
            return error.description
        }
    }
}

/// Reading inputs for `veil audit`.
enum AuditPipeline {
    /// Lines, audited on `workers` threads in rounds; each round's accumulators are
    /// drained in input order so first/last seen and example locations stay exact.
    static func runLines(fd: Int32, input: String, format: InputFormat, auditor: TokenAuditor, workers: Int, into acc: inout AuditAccumulator, progress: ProgressMeter) -> Int32 {
        let reader = LineReader(fd: fd, maximumLineLength: auditor.scrubber.limits.maximumLineLength)
        var nextLine = 1
        if workers == 1 {
            var slot = AuditAccumulator(for: auditor)
            while let batch = reader.nextBatch() {
                audit(batch, firstLine: nextLine, input: input, format: format, auditor: auditor, into: &slot)
                nextLine += batch.lineCount
                progress.update(reader.bytesRead)
            }
            slot.drain(into: &acc)
            return reader.error
        }
        let slots = AuditSlots(count: workers, auditor: auditor)
        while true {
            var batches: [(LineBatch, Int)] = []
            while batches.count < workers, let batch = reader.nextBatch() {
                batches.append((batch, nextLine))
                nextLine += batch.lineCount
            }
            if batches.isEmpty { break }
            let round = batches
            DispatchQueue.concurrentPerform(iterations: round.count) { k in
                slots.withSlot(k) { audit(round[k].0, firstLine: round[k].1, input: input, format: format, auditor: auditor, into: &$0) }
            }
            for k in 0..<round.count { slots.withSlot(k) { $0.drain(into: &acc) } }
            progress.update(reader.bytesRead)
        }
        return reader.error
    }

    static func audit(_ batch: LineBatch, firstLine: Int, input: String, format: InputFormat, auditor: TokenAuditor, into acc: inout AuditAccumulator) {
        batch.data.withUnsafeBufferPointer { data in
            var start = 0
            var oversizedIndex = 0
            for line in 0..<batch.lineCount {
                var end = data.count
                if start < data.count, let p = memchr(data.baseAddress! + start, 0x0A, data.count - start) {
                    end = data.baseAddress!.distance(to: p.assumingMemoryBound(to: UInt8.self))
                }
                if oversizedIndex < batch.oversized.count, batch.oversized[oversizedIndex] == line {
                    acc.countOversizedLine()
                    oversizedIndex += 1
                } else {
                    let source = AuditSource(name: input, input: input, line: firstLine + line)
                    auditor.audit(line: UnsafeBufferPointer(rebasing: data[min(start, end)..<end]), format: format, source: source, into: &acc)
                }
                start = end + 1
            }
        }
    }

    /// Journal Export Format: one record per entry (see ``auditEntry(_:realtime:number:input:auditor:into:)``).
    static func runExport(fd: Int32, input: String, auditor: TokenAuditor, into acc: inout AuditAccumulator, progress: ProgressMeter) -> Int32 {
        var parser = JournalExportFormat.Parser()
        var chunk = [UInt8](repeating: 0, count: 256 << 10)
        var error: Int32 = 0
        var atEnd = false
        var entryNumber = 0
        var bytesRead = 0
        while !atEnd {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                error = errno
                atEnd = true
            } else if n == 0 {
                atEnd = true
            } else {
                parser.feed(chunk[0..<n])
                bytesRead += n
            }
            while let entry = parser.next(atEnd: atEnd) {
                entryNumber += 1
                if entry.oversized { acc.countOversizedLine(); continue }
                auditEntry(entry.fields, realtime: nil, number: entryNumber, input: input, auditor: auditor, into: &acc)
            }
            progress.update(bytesRead)
        }
        if parser.truncated { printError("veil: warning: export input ended inside an entry; the partial entry was audited") }
        return error
    }

    /// One journald entry: the source is `_SYSTEMD_UNIT`, else `SYSLOG_IDENTIFIER`, else
    /// `_COMM`, else the input; the time `_SOURCE_REALTIME_TIMESTAMP`, else
    /// `__REALTIME_TIMESTAMP` (or `realtime`, µs). Fields `veil scrub` keeps unscrubbed
    /// (journald metadata) are not audited.
    static func auditEntry(_ fields: [(name: [UInt8], value: [UInt8])], realtime: UInt64?, number: Int, input: String, auditor: TokenAuditor, into acc: inout AuditAccumulator) {
        var unit: String?, identifier: String?, comm: String?
        var sourceTime: Double?, entryTime = realtime.map { Double($0) / 1e6 }
        var record: [RecordField] = []
        for field in fields {
            switch String(decoding: field.name, as: UTF8.self) {
            case "_SYSTEMD_UNIT": unit = String(decoding: field.value, as: UTF8.self)
            case "SYSLOG_IDENTIFIER": identifier = String(decoding: field.value, as: UTF8.self)
            case "_COMM": comm = String(decoding: field.value, as: UTF8.self)
            case "_SOURCE_REALTIME_TIMESTAMP": sourceTime = microseconds(field.value)
            case "__REALTIME_TIMESTAMP": entryTime = microseconds(field.value)
            default: break
            }
            if !JournalEntryScrubber.isKept(field.name) {
                record.append(RecordField(String(decoding: field.name, as: UTF8.self), .bytes(field.value)))
            }
        }
        let name = unit ?? identifier ?? comm ?? input
        let source = AuditSource(name: name, input: input, line: number, isEntry: true, timestamp: sourceTime ?? entryTime)
        auditor.audit(record: record, source: source, into: &acc)
    }

    /// `--journal`: the local journal or a namespace from its head (entries before
    /// `since` skipped) to its end, through sd-journal (``JournalReader``). Veil's own
    /// output (`VEIL_SCRUBBED=1`) is skipped. Returns an error text, or nil.
    static func runJournal(namespace: String?, since: Double?, auditor: TokenAuditor, into acc: inout AuditAccumulator) -> String? {
        let queue = EntryQueue(capacity: 4096)
        let reader = JournalReader(configuration: .init(namespace: namespace, start: .head, stopAtEnd: true))
        do { try reader.start(into: queue) } catch { return error.description }
        var number = 0
        while true {
            let (entries, finished) = queue.popBatch(maximum: 512, timeoutMilliseconds: 250)
            for entry in entries {
                number += 1
                if let since, Double(entry.realtime) / 1e6 < since { continue }
                if entry.failure != nil { acc.countOversizedLine(); continue }
                auditEntry(entry.fields, realtime: entry.realtime, number: number, input: "journal", auditor: auditor, into: &acc)
            }
            if finished && entries.isEmpty { break }
        }
        return reader.error?.description
    }

    /// `--since`: ISO-8601 (no zone = UTC), `@UNIX-SECONDS`, `-DURATION`, `today`, `yesterday` (UTC).
    static func parseSince(_ text: String, now: Double) -> Double? {
        let midnight = (now / 86400).rounded(.down) * 86400
        switch text {
        case "today": return midnight
        case "yesterday": return midnight - 86400
        case "now": return now
        default: break
        }
        if text.hasPrefix("@") { return Double(text.dropFirst()) }
        if text.hasPrefix("-") { return PartialPolicy.parseDuration(String(text.dropFirst())).map { now - Double($0) } }
        var bytes = Array(text.utf8)
        guard bytes.count >= 10 else { return nil }
        if bytes.count == 10 { bytes += Array("T00:00:00".utf8) }
        let parsed = bytes.withUnsafeBufferPointer { LogTimestamp.parse($0, now: now) }
        return parsed
    }

    static func microseconds(_ value: [UInt8]) -> Double? {
        guard !value.isEmpty, value.count <= 20, value.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return Double(String(decoding: value, as: UTF8.self)).map { $0 / 1e6 }
    }
}

/// Per-worker accumulators, each touched by one thread per round.
final class AuditSlots: @unchecked Sendable {
    private let count: Int
    private let slots: UnsafeMutablePointer<AuditAccumulator>

    init(count: Int, auditor: TokenAuditor) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: AuditAccumulator(for: auditor), count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    /// Slot `k` is only used by iteration `k` of a round (or between rounds), so no lock is needed.
    func withSlot(_ k: Int, _ body: (inout AuditAccumulator) -> Void) {
        body(&slots[k])
    }
}
