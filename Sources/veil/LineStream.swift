import Veil
#if canImport(Glibc)
import Glibc
#endif

/// A block of complete input lines for one worker.
///
/// Lines are `\n`-terminated, except perhaps the stream's last. A line longer than
/// the limit is not kept: it appears as an empty line whose index is in `oversized`.
struct LineBatch: Sendable {
    var data: [UInt8] = []
    var oversized: [Int] = []
    var lineCount = 0
    var endsWithNewline = true
    /// Body lines of a multi-line private key: line index and where its key material starts
    /// (set by ``LinePipeline/markPrivateKeyLines(_:tracker:)``, in stream order).
    var keyMaterial: [(line: Int, start: Int)] = []
    /// Values whose key the line before named (`- name: DB_PASSWORD` / `value: …`): line index,
    /// the value's range and the named key's rule (set by ``LinePipeline/markNamedValues(_:tracker:scrubber:)``).
    var namedValues: [(line: Int, value: Range<Int>, rule: Int)] = []
    /// Columns of a Zeek log's data lines that their `#fields` header's names put under a rule
    /// (set by ``LinePipeline/markZeekColumns(_:tracker:scrubber:)``).
    var zeekColumns: [(line: Int, columns: [(range: Range<Int>, rule: Int)])] = []
    /// Columns of a CSV table's rows that its header's names put under a rule (set by
    /// ``LinePipeline/markCSVColumns(_:tracker:scrubber:)``; a line is in one list at most).
    var csvColumns: [(line: Int, columns: [(range: Range<Int>, rule: Int)])] = []
}

/// Reads a file descriptor as line batches with bounded memory: at most
/// `batchBytes + maximumLineLength` bytes per batch, plus the read buffer.
/// Bytes of an over-long line are discarded as they stream by (fail closed).
final class LineReader {
    let fd: Int32
    let batchBytes: Int
    let maximumLineLength: Int
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var eof = false
    private var discarding = false
    /// Bytes read so far (for progress).
    private(set) var bytesRead = 0
    /// Set when read(2) failed.
    private(set) var error: Int32 = 0

    init(fd: Int32, batchBytes: Int = 256 << 10, maximumLineLength: Int) {
        self.fd = fd
        self.batchBytes = batchBytes
        self.maximumLineLength = maximumLineLength
        buffer = [UInt8](repeating: 0, count: max(1 << 20, min(maximumLineLength, 64 << 20) + (256 << 10)))
    }

    /// The next batch, or nil at the end of input.
    func nextBatch() -> LineBatch? {
        var batch = LineBatch()
        batch.data.reserveCapacity(batchBytes + 4096)
        while batch.data.count < batchBytes {
            if start == end {
                if eof { break }
                fill()
                continue
            }
            let newline: Int? = buffer.withUnsafeBufferPointer { p in
                guard let found = memchr(p.baseAddress! + start, 0x0A, end - start) else { return nil }
                return p.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
            if let newline {
                if discarding {
                    discarding = false
                    batch.oversized.append(batch.lineCount)
                    batch.data.append(0x0A)
                } else if newline - start > maximumLineLength {
                    batch.oversized.append(batch.lineCount)
                    batch.data.append(0x0A)
                } else {
                    batch.data.append(contentsOf: buffer[start...newline])
                }
                batch.lineCount += 1
                start = newline + 1
                continue
            }
            // No newline in the buffer.
            if discarding || end - start > maximumLineLength {
                discarding = true
                start = end
                continue
            }
            if eof {
                batch.data.append(contentsOf: buffer[start..<end])
                batch.lineCount += 1
                batch.endsWithNewline = false
                start = end
                break
            }
            fill()
        }
        if eof, start == end, discarding {
            discarding = false
            batch.oversized.append(batch.lineCount)
            batch.lineCount += 1
            batch.endsWithNewline = false
        }
        return batch.lineCount == 0 ? nil : batch
    }

    private func fill() {
        if start > 0 {
            if start < end { buffer.withUnsafeMutableBufferPointer { p in _ = memmove(p.baseAddress!, p.baseAddress! + start, end - start) } }
            end -= start
            start = 0
        }
        if end == buffer.count {
            // Only reachable while discarding an over-long line.
            end = 0
        }
        let n = buffer.withUnsafeMutableBufferPointer { p in read(fd, p.baseAddress! + end, p.count - end) }
        if n > 0 {
            end += n
            bytesRead += n
        } else if n == 0 {
            eof = true
        } else if errno != EINTR {
            error = errno
            eof = true
        }
    }
}

/// Writes to a file descriptor; a closed reader (EPIPE) ends the program quietly.
final class OutputWriter {
    let fd: Int32
    private(set) var closed = false

    init(fd: Int32) { self.fd = fd }

    func write(_ bytes: [UInt8]) {
        guard !closed else { return }
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n > 0 { offset += n; continue }
                if n < 0, errno == EINTR { continue }
                closed = true
                return
            }
        }
    }
}
