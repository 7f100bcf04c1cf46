import Foundation
import Testing
import VeilTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// A `veil daemon` subprocess the test controls (signals, exit status).
final class DaemonProcess: @unchecked Sendable {
    let process = Process()
    let stderrPath: String
    let stdoutPipe: Pipe?

    /// Starts `veil daemon args…`; stdout goes to `stdoutPath`, a pipe (`pipe: true`,
    /// left unread unless the test reads it), or /dev/null.
    init(_ args: [String], env: [String: String] = [:], dir: TempDir, stdoutPath: String? = nil, pipe: Bool = false) throws {
        process.executableURL = URL(fileURLWithPath: VeilBinary.path)
        process.arguments = ["daemon"] + args
        var environment = ProcessInfo.processInfo.environment
        for key in ["CREDENTIALS_DIRECTORY", "NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID", "STATE_DIRECTORY"] { environment.removeValue(forKey: key) }
        environment.merge(env) { _, new in new }
        process.environment = environment
        stderrPath = dir.path("stderr-\(UInt32.random(in: 0...UInt32.max)).txt")
        _ = FileManager.default.createFile(atPath: stderrPath, contents: nil)
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: stderrPath))
        process.standardInput = FileHandle.nullDevice
        if pipe {
            let p = Pipe()
            stdoutPipe = p
            process.standardOutput = p
        } else {
            stdoutPipe = nil
            if let stdoutPath {
                _ = FileManager.default.createFile(atPath: stdoutPath, contents: nil)
                process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: stdoutPath))
            } else {
                process.standardOutput = FileHandle.nullDevice
            }
        }
        try process.run()
    }

    var pid: Int32 { process.processIdentifier }
    var stderr: String { (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "" }

    func signal(_ sig: Int32) { kill(pid, sig) }

    /// Waits for the exit; nil on timeout (then the process is killed).
    func waitForExit(timeout: Double = 30) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning {
            kill(pid, SIGKILL)
            process.waitUntilExit()
            return nil
        }
        return process.terminationStatus
    }

    /// Resident memory in KiB (from /proc).
    var residentKiB: Int {
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") ?? 0
        }
        return 0
    }
}

/// An AF_UNIX datagram socket standing in for systemd's `NOTIFY_SOCKET`.
final class NotifySocket: @unchecked Sendable {
    let path: String
    private let fd: Int32
    private let lock = NSLock()
    private var messages: [(time: Date, text: String)] = []
    private var closed = false

    init(dir: TempDir) throws {
        path = dir.path("notify.sock")
        fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (k, byte) in bytes.enumerated() where k < raw.count - 1 { raw[k] = byte }
        }
        let rc = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard rc == 0 else { throw POSIXError(.EADDRINUSE) }
        var timeout = timeval(tv_sec: 0, tv_usec: 100_000)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        Thread.detachNewThread { [self] in
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                lock.lock(); let stop = closed; lock.unlock()
                if stop { return }
                let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
                if n > 0 {
                    let text = String(decoding: buffer[0..<n], as: UTF8.self)
                    lock.lock(); messages.append((Date(), text)); lock.unlock()
                }
            }
        }
    }

    deinit {
        lock.lock(); closed = true; lock.unlock()
        usleep(150_000)
        close(fd)
    }

    /// Every datagram so far, split into `KEY=VALUE` lines.
    var received: [(time: Date, line: String)] {
        lock.lock(); defer { lock.unlock() }
        return messages.flatMap { m in m.text.split(separator: "\n").map { (m.time, String($0)) } }
    }

    /// Waits for a line starting with `prefix`.
    func waitFor(_ prefix: String, timeout: Double = 20) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if received.contains(where: { $0.line.hasPrefix(prefix) }) { return true }
            usleep(20_000)
        }
        return false
    }

    /// The latest `STATUS=` counter `name` (e.g. "read").
    func latestCounter(_ name: String) -> Int? {
        guard let status = received.last(where: { $0.line.hasPrefix("STATUS=read ") })?.line else { return nil }
        for part in status.dropFirst("STATUS=".count).split(separator: ",") {
            let words = part.split(separator: " ")
            if words.count == 2, words[0] == name { return Int(words[1]) }
        }
        return nil
    }
}

/// Reads daemon JSON output lines.
enum DaemonOutputLines {
    /// Parsed objects; a last line without newline (a torn write) is reported, not parsed.
    static func parse(_ data: Data) -> (objects: [[String: Any]], torn: Int, invalid: Int) {
        var objects: [[String: Any]] = []
        var torn = 0, invalid = 0
        let lines = data.split(separator: 0x0A, omittingEmptySubsequences: false)
        for (k, line) in lines.enumerated() where !line.isEmpty {
            if k == lines.count - 1 { torn += 1; continue }
            if let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] { objects.append(object) } else { invalid += 1 }
        }
        return (objects, torn, invalid)
    }

    /// Polls `path` until `predicate` holds on its objects (≤ `timeout` s).
    static func waitFor(_ path: String, timeout: Double = 30, _ predicate: ([[String: Any]]) -> Bool) -> [[String: Any]] {
        let deadline = Date().addingTimeInterval(timeout)
        var objects: [[String: Any]] = []
        while Date() < deadline {
            objects = parse((try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data()).objects
            if predicate(objects) { return objects }
            usleep(50_000)
        }
        return objects
    }
}

/// A sequenced entry carrying an e-mail address and a JWT.
func secretEntry(_ seq: Int, tag: String) -> [(String, String)] {
    [
        ("MESSAGE", "seq=\(seq) login user\(seq)@example.com Authorization: Bearer \(sampleJWT)"),
        ("SEQ", String(seq)),
        ("CONTACT", "user\(seq)@example.com"),
        ("SYSLOG_IDENTIFIER", "veil-daemon-test"),
        ("VEIL_TEST_TAG", tag),
    ]
}
