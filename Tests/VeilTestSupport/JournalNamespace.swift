import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Test support shared by the test targets.
public enum VeilTestSupport {
    /// True when the tests run as root, so they can start a private journald.
    public static var isRoot: Bool { getuid() == 0 }
}

/// A private `systemd-journald NAME` for one test: started as a child process, read back
/// with `journalctl --namespace=NAME -o json --all`, stopped and removed by ``stop()``
/// (or `deinit`).
///
/// A namespace journald exits by itself after ~30 s without clients, so each test
/// starts its own.
///
/// ```swift
/// let journal = try JournalNamespace()
/// defer { journal.stop() }
/// let writer = try JournalWriter(namespace: journal.name)
/// …
/// let entries = try journal.readJSON(matching: ["VEIL_TEST_TAG=\(tag)"], count: 1)
/// ```
public final class JournalNamespace: @unchecked Sendable {
    /// The journald binary.
    public static let journaldPath = "/lib/systemd/systemd-journald"
    /// `journalctl`, if installed.
    public static let journalctlPath: String? = ["/usr/bin/journalctl", "/bin/journalctl"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// Root, journald and journalctl are present: tests can start a namespace.
    public static var canStart: Bool {
        VeilTestSupport.isRoot && FileManager.default.isExecutableFile(atPath: journaldPath) && journalctlPath != nil
    }

    /// The namespace name (random).
    public let name: String
    /// `/run/systemd/journal.NAME/socket`.
    public var socketPath: String { "/run/systemd/journal.\(name)/socket" }

    private let process = Process()
    private var stopped = false

    /// A failure starting or reading the namespace.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Starts `systemd-journald NAME` and waits (up to `timeout` seconds) for its socket.
    public init(prefix: String = "veil-test", timeout: Double = 10) throws {
        name = "\(prefix)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        process.executableURL = URL(fileURLWithPath: Self.journaldPath)
        process.arguments = [name]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while !FileManager.default.fileExists(atPath: socketPath) {
            guard process.isRunning, Date() < deadline else {
                stop()
                throw Failure(description: "systemd-journald \(name) did not create \(socketPath)")
            }
            usleep(20_000)
        }
    }

    deinit { stop() }

    /// Runs `journalctl --namespace=NAME` with `arguments`; returns stdout.
    @discardableResult
    public func journalctl(_ arguments: [String]) throws -> Data {
        guard let path = Self.journalctlPath else { throw Failure(description: "journalctl not found") }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = ["--namespace=\(name)"] + arguments
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return data
    }

    /// Entries as `journalctl -o json --all` objects (field → string, byte array or array of
    /// those), after `journalctl --sync`, polling until at least `count` entries match
    /// `matching` (journalctl match arguments such as `FIELD=value`) or `timeout` passes.
    public func readJSON(matching: [String] = [], count: Int = 1, timeout: Double = 10) throws -> [[String: Any]] {
        let deadline = Date().addingTimeInterval(timeout)
        var entries: [[String: Any]] = []
        repeat {
            _ = try? journalctl(["--sync"])
            let data = try journalctl(["-o", "json", "--all", "--no-pager"] + matching)
            entries = data.split(separator: 0x0A).compactMap {
                (try? JSONSerialization.jsonObject(with: Data($0))) as? [String: Any]
            }
            if entries.count >= count { return entries }
            usleep(50_000)
        } while Date() < deadline
        return entries
    }

    /// A field of a `-o json` entry as a String: strings as is, byte arrays decoded
    /// (lossy UTF-8), repeated fields joined with `\u{1E}`. nil when absent.
    public static func string(_ value: Any?) -> String? {
        switch value {
        case let s as String: return s
        case let bytes as [Int]: return String(decoding: bytes.map { UInt8(truncatingIfNeeded: $0) }, as: UTF8.self)
        case let list as [Any]:
            if list.allSatisfy({ $0 is NSNumber }) {
                return String(decoding: list.compactMap { ($0 as? NSNumber)?.uint8Value }, as: UTF8.self)
            }
            return list.compactMap { string($0) }.joined(separator: "\u{1E}")
        default: return nil
        }
    }

    /// Every field of every entry, rendered as `NAME=value` lines (for "no raw secret anywhere" checks).
    public static func dump(_ entries: [[String: Any]]) -> String {
        entries.map { entry in
            entry.keys.sorted().map { "\($0)=\(string(entry[$0]) ?? "")" }.joined(separator: "\n")
        }.joined(separator: "\n\n")
    }

    /// Stops journald and removes the namespace's runtime and journal directories.
    public func stop() {
        guard !stopped else { return }
        stopped = true
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        let machineID = (try? String(contentsOfFile: "/etc/machine-id", encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "none"
        for path in ["/run/systemd/journal.\(name)", "/var/log/journal/\(machineID).\(name)", "/run/log/journal/\(machineID).\(name)"] {
            try? FileManager.default.removeItem(atPath: path)
        }
    }
}
