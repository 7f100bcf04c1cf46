import Veil
#if canImport(Glibc)
import Glibc
#endif

/// Shows bytes read and percent on a terminal's stderr, at most every half second.
final class ProgressMeter {
    private let total: Int
    private let enabled: Bool
    private var last = 0.0
    private var shown = false

    init(fd: Int32, enabled: Bool) {
        var st = stat()
        total = fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG ? Int(st.st_size) : 0
        self.enabled = enabled && total > 0
    }

    func update(_ bytes: Int) {
        guard enabled else { return }
        let now = Clock.now()
        guard now - last >= 0.5 else { return }
        last = now
        shown = true
        let percent = Double(bytes) * 100 / Double(max(total, 1))
        printError("\u{1B}[2K\rveil: \(bytes >> 20) MiB of \(total >> 20) MiB (\(Int(percent))%)", newline: false)
    }

    func finish() {
        if shown { printError("\u{1B}[2K\r", newline: false) }
    }
}

/// `--stats` output.
enum StatsPrinter {
    static func print(_ report: ScrubReport, scrubber: Scrubber, seconds: Double) {
        let mb = Double(report.bytes) / 1_000_000
        var lines = [
            "veil: \(report.lines) lines, \(report.bytes) bytes in \(format(seconds, 3)) s (\(format(seconds > 0 ? mb / seconds : 0, 1)) MB/s)",
            "veil: \(report.totalFindings) findings, \(report.failClosed) fail-closed placeholders",
        ]
        let ids = scrubber.ruleIDs, types = scrubber.ruleTypes
        let rows = report.counts.enumerated().filter { $0.element > 0 }.sorted { $0.element > $1.element }
        for (index, count) in rows {
            lines.append("veil:   \(ids[index].padding(24)) \(types[index].padding(12)) \(count)")
        }
        for line in lines { printError(line) }
    }

    static func format(_ value: Double, _ digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        var text = String(rounded)
        if let dot = text.firstIndex(of: ".") {
            let decimals = text.distance(from: dot, to: text.endIndex) - 1
            if decimals < digits { text += String(repeating: "0", count: digits - decimals) }
        }
        return text
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
