import ArgumentParser
import Logging
import ServiceLifecycle
import UnixSignals
import Veil
import VeilJournal
#if canImport(Glibc)
import Glibc
#endif

/// `veil daemon`: follow a journal, scrub every entry, write it out, save the cursor.
struct Daemon: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Follow the journal live and write scrubbed entries (a systemd service).",
        discussion: """
            Reads the local journal (or --namespace) with sd-journal, scrubs every entry
            field by field (MESSAGE, user fields, _CMDLINE…; journald's trusted metadata
            is kept) and writes it as JSON lines (journalctl -o json shape), Journal
            Export Format, or into a journald namespace (journal:NAMESPACE).

            Delivery is at-least-once: after each batch (≤ --batch-size entries) is
            written and flushed, the cursor of its last entry is saved in the state
            directory; a restart resumes after it. A crash repeats at most one batch on
            a pipe; a regular output file is cut back to its committed size, so it gets
            no duplicates. An entry that cannot be read whole becomes a placeholder.

            Under systemd (Type=notify): READY=1 once the journal is open, STATUS=
            counters, WATCHDOG=1 while the pipeline makes progress. SIGTERM/SIGINT
            drain (flush, save cursor, exit 0); SIGHUP reloads rules and keys (an
            invalid set keeps the old one). Exit 78 on configuration errors.

            Entries with VEIL_SCRUBBED=1 (what the journal sink writes) are never read.
            """
    )

    @Option(help: ArgumentHelp("Read this journald namespace instead of the local journal.", valueName: "name"))
    var namespace: String?

    @Option(help: ArgumentHelp("Only entries with FIELD=VALUE; repeatable (same field: OR, different fields: AND, as journalctl).", valueName: "FIELD=VALUE"))
    var match: [String] = []

    @Option(help: ArgumentHelp("json (journalctl -o json lines), export (Journal Export Format) or journal:NAMESPACE.", valueName: "sink"))
    var output: String = "json"

    @Option(help: ArgumentHelp("Append to this file (fsync'ed per batch) instead of standard output.", valueName: "path"))
    var outputFile: String?

    @Option(help: ArgumentHelp("Where the cursor is kept (default: $STATE_DIRECTORY, set by StateDirectory=).", valueName: "dir"))
    var stateDir: String?

    @Option(help: ArgumentHelp("First start only: now, start, or a cursor (inclusive). Later starts resume after the saved cursor.", valueName: "now|start|cursor"))
    var since: String = "now"

    @Option(help: "Most entries per written batch (and per saved cursor); also the duplicate bound after a crash.")
    var batchSize: Int = 512

    @Option(help: "Most entries waiting between the journal reader and the writer (back-pressure beyond).")
    var queueSize: Int = 4096

    @Flag(help: "Exit 0 at the end of the journal instead of following it.")
    var noFollow = false

    @Flag(help: "Also read entries marked VEIL_SCRUBBED=1 (never with --output journal: of the source namespace).")
    var includeScrubbed = false

    @OptionGroup var engine: EngineOptions

    func validate() throws {
        guard let sink = DaemonOutput(argument: output) else {
            throw ValidationError("--output must be json, export or journal:NAMESPACE (letters, digits, _ - .)")
        }
        if case .journal(let target) = sink {
            if outputFile != nil { throw ValidationError("--output-file is for json and export") }
            if includeScrubbed, target == (namespace ?? "") {
                throw ValidationError("--include-scrubbed with --output journal:\(target) reading the same journal would re-read its own output forever")
            }
        }
        if !(1...65_536).contains(batchSize) { throw ValidationError("--batch-size must be between 1 and 65536") }
        if !(1...1_048_576).contains(queueSize) { throw ValidationError("--queue-size must be between 1 and 1048576") }
        for m in match {
            guard let eq = m.firstIndex(of: "="), eq != m.startIndex else { throw ValidationError("--match must be FIELD=VALUE: '\(m)'") }
        }
    }

    /// json or export to standard output.
    var writesStandardOutput: Bool {
        if outputFile != nil { return false }
        if case .journal = DaemonOutput(argument: output) { return false }
        return true
    }

    func run() async throws {
        signal(SIGPIPE, SIG_IGN)
        let sink = DaemonOutput(argument: output)!

        // Configuration: everything that can be wrong is checked before READY=1.
        let scrubber: Scrubber
        do { scrubber = try engine.makeScrubber() } catch { throw configurationFailure(error) }
        let directory = stateDir ?? getenv("STATE_DIRECTORY").flatMap { String(cString: $0).split(separator: ":").first.map(String.init) }
        guard let directory else {
            throw configurationFailure(JournalError("no state directory: pass --state-dir or run with StateDirectory= ($STATE_DIRECTORY)"))
        }
        let store = CursorStore(directory: directory, name: namespace.map { "cursor.\($0)" } ?? "cursor")
        let saved: DeliveryState?
        let writer: DaemonSink
        do {
            try store.check()
            saved = try store.load()
            writer = try DaemonSink(output: sink, path: outputFile, resume: saved)
            // A first start from a fixed point (`--since start` or a cursor) saves the output file's
            // starting size before its first batch: a crash before the first cursor is saved then cuts
            // what that batch wrote instead of writing it again. (`--since now` restarts at a later
            // now: what the first batch wrote stays, nothing is read twice.)
            if saved?.cursor.isEmpty ?? true, since != "now", let position = writer.position() {
                try store.save(DeliveryState(cursor: "", output: position))
            }
        } catch { throw configurationFailure(error) }

        if writesStandardOutput, namespace == nil, DaemonSink.standardOutputIsJournal() {
            throw configurationFailure(JournalError("standard output goes to the journal this daemon reads (StandardOutput=journal): it would scrub its own output forever; use --output-file, --output journal:NAMESPACE or StandardOutput=file:…"))
        }

        let start: JournalReader.Start
        if let saved, !saved.cursor.isEmpty {
            start = .afterCursor(saved.cursor)
        } else {
            switch since {
            case "now": start = .tail
            case "start": start = .head
            default: start = .cursor(since)
            }
        }
        let watchdog = SystemdNotifier.watchdogMicroseconds()
        // sd_journal_wait wakes at least every quarter watchdog period (≤ 250 ms).
        let waitTimeout = min(250_000, (watchdog ?? 1_000_000) / 4)
        let reader = JournalReader(configuration: .init(
            namespace: namespace, matches: match, start: start,
            skipScrubbed: !includeScrubbed, waitTimeout: waitTimeout, stopAtEnd: noFollow))

        // Trap SIGHUP before the service is up, so an early reload cannot kill it.
        let hangups = await UnixSignalsSequence(trapping: .sighup)
        let queue = EntryQueue(capacity: max(queueSize, batchSize))
        do { try reader.start(into: queue) } catch { throw configurationFailure(error) }
        let scrubbers = ScrubberBox(scrubber)
        let pipeline = DaemonPipeline(queue: queue, sink: writer, store: store, scrubbers: scrubbers, batchSize: batchSize)
        pipeline.start()

        let daemon = DaemonService(reader: reader, queue: queue, pipeline: pipeline)
        let status = StatusService(reader: reader, queue: queue, pipeline: pipeline, watchdogMicroseconds: watchdog)
        let reloader = ReloadService(engine: engine, scrubbers: scrubbers, hangups: hangups)
        var configuration = ServiceGroupConfiguration(
            services: [
                .init(service: daemon, successTerminationBehavior: .gracefullyShutdownGroup),
                .init(service: status),
                .init(service: reloader),
            ],
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: Logger(label: "veil.daemon", factory: { _ in SwiftLogNoOpLogHandler() })
        )
        // Below the unit's TimeoutStopSec=30s.
        configuration.maximumGracefulShutdownDuration = .seconds(20)
        configuration.maximumCancellationDuration = .seconds(5)
        do {
            try await ServiceGroup(configuration: configuration).run()
        } catch {
            printError("veil: daemon: \(error)")
            throw ExitStatus.failure
        }
        if let error = pipeline.error ?? reader.error?.description {
            printError("veil: daemon: \(error)")
            throw ExitStatus.failure
        }
        if !pipeline.isFinished { throw ExitStatus.failure }
    }
}

/// Sends READY=1, waits for the pipeline, and on graceful shutdown stops the
/// reader so that the pipeline drains the queue, saves the cursor and ends.
struct DaemonService: Service {
    let reader: JournalReader
    let queue: EntryQueue
    let pipeline: DaemonPipeline

    func run() async throws {
        SystemdNotifier.notify("READY=1\nSTATUS=following the journal")
        await withGracefulShutdownHandler {
            await pipeline.waitUntilFinished()
        } onGracefulShutdown: {
            SystemdNotifier.notify("STOPPING=1\nSTATUS=draining")
            reader.stop()
        }
        if !pipeline.isFinished { throw CancellationError() }
        SystemdNotifier.notify("STOPPING=1\nSTATUS=stopped: \(StatusService.counters(reader: reader, queue: queue, pipeline: pipeline))")
    }
}

/// `STATUS=` counters every second; `WATCHDOG=1` only while both threads show
/// progress (a sink blocked longer than half the watchdog period stops the
/// keep-alives, and systemd restarts the service).
struct StatusService: Service {
    let reader: JournalReader
    let queue: EntryQueue
    let pipeline: DaemonPipeline
    let watchdogMicroseconds: UInt64?

    static func counters(reader: JournalReader, queue: EntryQueue, pipeline: DaemonPipeline) -> String {
        "read \(reader.entriesRead), written \(pipeline.entriesWritten), queued \(queue.count), skipped \(reader.entriesSkipped), findings \(pipeline.findings), placeholders \(pipeline.placeholders)"
    }

    func run() async throws {
        // Short ticks: the loop also notices graceful shutdown quickly.
        let tickMilliseconds = Int(min(250_000, (watchdogMicroseconds ?? 1_000_000) / 4) / 1000)
        let staleAfter = (watchdogMicroseconds ?? 0) * 1000 / 2
        var lastStatus = ""
        var lastStatusTime: UInt64 = 0
        while !Task.isCancelled, !Task.isShuttingDownGracefully {
            try? await Task.sleep(for: .milliseconds(tickMilliseconds))
            let now = monotonicNanoseconds()
            if watchdogMicroseconds != nil {
                let readerAlive = !reader.isRunning || now &- reader.heartbeat < staleAfter
                if readerAlive, now &- pipeline.heartbeat < staleAfter, !pipeline.isFinished {
                    SystemdNotifier.notify("WATCHDOG=1")
                }
            }
            if now &- lastStatusTime >= 1_000_000_000 {
                let status = Self.counters(reader: reader, queue: queue, pipeline: pipeline)
                if status != lastStatus {
                    SystemdNotifier.notify("STATUS=\(status)")
                    lastStatus = status
                }
                lastStatusTime = now
            }
        }
    }
}

/// SIGHUP: builds a new scrubber from the rule and key options off the hot path
/// and swaps it in atomically; an invalid set keeps the old one and says why.
struct ReloadService: Service {
    let engine: EngineOptions
    let scrubbers: ScrubberBox
    let hangups: UnixSignalsSequence

    func run() async throws {
        for await _ in hangups.cancelOnGracefulShutdown() {
            SystemdNotifier.notify("RELOADING=1")
            do {
                let scrubber = try engine.makeScrubber()
                scrubbers.replace(scrubber)
                printError("veil: SIGHUP: reloaded rules and keys (\(scrubber.ruleIDs.count) active rules)")
            } catch {
                printError("veil: SIGHUP: the new rules or keys are invalid; keeping the previous ones:")
                _ = configurationFailure(error)
            }
            SystemdNotifier.notify("READY=1")
        }
    }
}
