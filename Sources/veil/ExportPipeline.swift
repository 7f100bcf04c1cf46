import Veil
import VeilJournal
#if canImport(Glibc)
import Glibc
#endif

/// `--format export`: Journal Export Format in, scrubbed Journal Export Format out.
enum ExportPipeline {
    static func run(fd: Int32, scrubber: Scrubber, output: OutputWriter, report: inout ScrubReport) -> Int32 {
        var parser = JournalExportFormat.Parser()
        var privateKeys = JournalPrivateKeyStreams()
        var chunk = [UInt8](repeating: 0, count: 256 << 10)
        var out: [UInt8] = []
        var error: Int32 = 0
        var atEnd = false
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
            }
            out.removeAll(keepingCapacity: true)
            while let entry = parser.next(atEnd: atEnd) {
                privateKeys.scrub(entry, with: scrubber, report: &report).serialize(into: &out)
            }
            if !out.isEmpty { output.write(out) }
            if output.closed { break }
        }
        if parser.truncated { printError("veil: warning: export input ended inside an entry; the partial entry was scrubbed and written") }
        return error
    }
}
