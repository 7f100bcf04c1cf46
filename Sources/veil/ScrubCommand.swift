import ArgumentParser
import Dispatch
import Veil
import VeilJournal
#if canImport(Glibc)
import Glibc
#endif

extension InputFormat: ExpressibleByArgument {}

/// `veil scrub`: a filter for any log stream.
struct Scrub: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Scrub log files or standard input to standard output.",
        discussion: """
            Every line is scrubbed on its own; output order and line count equal the
            input's, and bytes that are not findings pass through unchanged (invalid
            UTF-8 and NUL bytes too). JSON object lines stay valid JSON, logfmt stays
            logfmt. With --format export, systemd Journal Export Format is read and
            written (journalctl -o export | veil scrub --format export).

            Without --rules the embedded default pack applies (plus /etc/veil/rules.d/
            when present). Rules that pseudonymise need a key: --key-file,
            --key-credential or --ephemeral-key; without one veil exits with 78.

            Memory is bounded whatever the input: about threads × 2 × (256 KiB batch +
            1 MiB line limit) plus a 1.25 MiB read buffer. A line longer than 1 MiB is
            replaced by [REDACTED:oversized_line]; the stream goes on.
            """
    )

    @Argument(help: ArgumentHelp("Files to scrub; none or '-' reads standard input.", valueName: "file"))
    var files: [String] = []

    @Option(help: "Input format: auto (per line: JSON, logfmt or text), text, json, logfmt, export.")
    var format: ScrubFormat = .auto

    @Option(help: "Worker threads (default: the number of cores). Output order is kept.")
    var threads: Int?

    @Flag(help: "Print a summary to standard error: lines, bytes, findings per rule, placeholders, MB/s.")
    var stats = false

    @OptionGroup var engine: EngineOptions

    func validate() throws {
        if let threads, threads < 1 || threads > 256 { throw ValidationError("--threads must be between 1 and 256") }
    }

    func run() async throws {
        let scrubber: Scrubber
        do { scrubber = try engine.makeScrubber() } catch { throw configurationFailure(error) }
        signal(SIGPIPE, SIG_IGN)
        let workers = threads ?? max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        let output = OutputWriter(fd: 1)
        var report = ScrubReport(for: scrubber)
        let started = Clock.now()
        var failed = false
        let inputs = files.isEmpty ? ["-"] : files
        for path in inputs {
            let fd: Int32 = path == "-" ? 0 : open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else {
                printError("veil: cannot open \(path): \(String(cString: strerror(errno)))")
                failed = true
                continue
            }
            defer { if fd != 0 { close(fd) } }
            let progress = ProgressMeter(fd: fd, enabled: path != "-" && isatty(2) == 1)
            let readError: Int32
            if format == .export {
                readError = ExportPipeline.run(fd: fd, scrubber: scrubber, output: output, report: &report)
            } else {
                readError = LinePipeline.run(fd: fd, format: format.inputFormat!, scrubber: scrubber, workers: workers, output: output, report: &report, progress: progress)
            }
            progress.finish()
            if readError != 0 {
                printError("veil: error reading \(path == "-" ? "standard input" : path): \(String(cString: strerror(readError)))")
                failed = true
            }
            if output.closed { break }
        }
        if stats { StatsPrinter.print(report, scrubber: scrubber, seconds: Clock.now() - started) }
        if output.closed { return }  // reader went away (SIGPIPE/EPIPE): end quietly
        if failed { throw ExitStatus.failure }
    }
}

/// `--format` values.
enum ScrubFormat: String, ExpressibleByArgument, CaseIterable {
    case auto, text, json, logfmt, export

    var inputFormat: InputFormat? { InputFormat(rawValue: rawValue) }
}

/// Monotonic seconds.
enum Clock {
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
