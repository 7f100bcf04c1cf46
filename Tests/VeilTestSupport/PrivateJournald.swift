import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A private `systemd-journald NAMESPACE` started by a test (root only), with rate
/// limiting off and volatile storage; ``stop()`` ends it and removes its files.
///
/// A namespace journald exits after ~30 s idle, so start one per test.
public final class PrivateJournald: @unchecked Sendable {
    public static let journaldPath = "/lib/systemd/systemd-journald"
    public static let journalctlPath = ["/usr/bin/journalctl", "/bin/journalctl"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Root, journald and journalctl are present.
    public static var canStart: Bool {
        geteuid() == 0 && FileManager.default.isExecutableFile(atPath: journaldPath) && journalctlPath != nil
    }

    public let namespace: String
    public var socketPath: String { "/run/systemd/journal.\(namespace)/socket" }
    private let process = Process()
    private let configPath: String
    private let senderFD: Int32

    public init(prefix: String = "veil-test") throws {
        namespace = "\(prefix)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        configPath = "/etc/systemd/journald@\(namespace).conf"
        try Data("[Journal]\nStorage=volatile\nRateLimitIntervalSec=0\nRateLimitBurst=0\n".utf8).write(to: URL(fileURLWithPath: configPath))
        process.executableURL = URL(fileURLWithPath: Self.journaldPath)
        process.arguments = [namespace]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let socket = "/run/systemd/journal.\(namespace)/socket"
        for _ in 0..<200 where !FileManager.default.fileExists(atPath: socket) { usleep(25_000) }
        senderFD = Glibc.socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        var size: Int32 = 8 << 20
        setsockopt(senderFD, SOL_SOCKET, SO_SNDBUF, &size, socklen_t(MemoryLayout<Int32>.size))
    }

    /// Stops journald and removes the namespace's files and config.
    public func stop() {
        close(senderFD)
        if process.isRunning { process.terminate(); process.waitUntilExit() }
        let machineID = (try? String(contentsOfFile: "/etc/machine-id", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "none"
        for path in ["/run/systemd/journal.\(namespace)", "/var/log/journal/\(machineID).\(namespace)", "/run/log/journal/\(machineID).\(namespace)", configPath] {
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    /// The native-protocol datagram for `fields` (binary-safe: values with a
    /// newline use the length-prefixed form).
    public static func datagram(_ fields: [(String, [UInt8])]) -> [UInt8] {
        var d: [UInt8] = []
        for (name, value) in fields {
            d += Array(name.utf8)
            if value.contains(0x0A) {
                d.append(0x0A)
                var length = UInt64(value.count).littleEndian
                withUnsafeBytes(of: &length) { d += $0 }
            } else {
                d.append(UInt8(ascii: "="))
            }
            d += value
            d.append(0x0A)
        }
        return d
    }

    /// Sends one entry; retries while the socket is not there yet or is full.
    public func send(_ fields: [(String, String)]) throws {
        try send(bytes: fields.map { ($0.0, Array($0.1.utf8)) })
    }

    public func send(bytes fields: [(String, [UInt8])]) throws {
        let datagram = Self.datagram(fields)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let path = Array(socketPath.utf8)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (k, byte) in path.enumerated() where k < raw.count - 1 { raw[k] = byte }
        }
        for attempt in 0..<400 {
            let sent = datagram.withUnsafeBytes { data in
                withUnsafePointer(to: &address) {
                    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                        sendto(senderFD, data.baseAddress, data.count, 0, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
                    }
                }
            }
            if sent == datagram.count { return }
            let code = errno
            if attempt < 399, code == ECONNREFUSED || code == ENOENT || code == EAGAIN || code == ENOBUFS || code == EINTR { usleep(25_000); continue }
            throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
        }
    }

    /// `journalctl --namespace=NS args…` standard output.
    public func journalctl(_ args: [String]) throws -> Data {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.journalctlPath!)
        p.arguments = ["--namespace=\(namespace)", "--no-pager"] + args
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return data
    }

    /// Waits until journald has stored `count` entries matching `match` (≤ `timeout` s).
    public func waitForEntries(_ match: String, count: Int, timeout: Double = 30) throws -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let out = try journalctl(["-o", "cat", "--output-fields=MESSAGE", match])
            if out.reduce(0, { $0 + ($1 == 0x0A ? 1 : 0) }) >= count { return true }
            usleep(100_000)
        }
        return false
    }
}
