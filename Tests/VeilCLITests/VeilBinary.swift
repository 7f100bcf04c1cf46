import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The result of one `veil` run.
struct RunResult: Sendable {
    var status: Int32
    /// True when the process ended by a signal (then `status` is the signal number).
    var signaled: Bool
    var timedOut: Bool
    var stdout: Data
    var stderr: Data

    var out: String { String(decoding: stdout, as: UTF8.self) }
    var err: String { String(decoding: stderr, as: UTF8.self) }
    var outLines: [String] { out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
}

/// Runs the built `veil` executable as a subprocess.
enum VeilBinary {
    /// The repository root (the directory holding Package.swift), found from this file.
    static let repoRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url.deleteLastPathComponent()
        }
        fatalError("no Package.swift above \(#filePath)")
    }()

    /// `veil` next to the test bundle, else `.build/debug/veil` under the repository.
    static let path: String = {
        var candidates: [String] = []
        if let arg0 = CommandLine.arguments.first {
            var dir = URL(fileURLWithPath: arg0).deletingLastPathComponent()
            // Walk up out of a .xctest bundle directory if needed.
            for _ in 0..<4 {
                candidates.append(dir.appendingPathComponent("veil").path)
                dir.deleteLastPathComponent()
            }
        }
        candidates.append(repoRoot.appendingPathComponent(".build/debug/veil").path)
        for c in candidates {
            var st = stat()
            if stat(c, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, access(c, X_OK) == 0 { return c }
        }
        fatalError("veil executable not found; tried \(candidates)")
    }()

    /// Runs `veil args…` with `stdin`, collecting stdout and stderr. A run longer than
    /// `timeout` seconds is killed and reported with `timedOut`.
    static func run(args: [String], stdin: Data = Data(), env: [String: String]? = nil, timeout: Double = 30) throws -> RunResult {
        ignoreSIGPIPE
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = args
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "CREDENTIALS_DIRECTORY")
        if let env { environment.merge(env) { _, new in new } }
        process.environment = environment
        let inPipe = Pipe(), outPipe = Pipe(), errPipe = Pipe()
        process.standardInput = inPipe
        process.standardOutput = outPipe
        process.standardError = errPipe
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        try process.run()

        let group = DispatchGroup()
        let outBox = DataBox(), errBox = DataBox()
        let writeFD = inPipe.fileHandleForWriting.fileDescriptor
        let input = stdin
        DispatchQueue.global().async(group: group) {
            writeAll(fd: writeFD, input)
            try? inPipe.fileHandleForWriting.close()
        }
        DispatchQueue.global().async(group: group) { outBox.data = outPipe.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { errBox.data = errPipe.fileHandleForReading.readDataToEndOfFile() }

        var timedOut = false
        if done.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            kill(process.processIdentifier, SIGKILL)
            done.wait()
        }
        if group.wait(timeout: .now() + 10) == .timedOut {
            // A grandchild kept a pipe open; report what we have.
            timedOut = true
        }
        return RunResult(
            status: process.terminationStatus,
            signaled: process.terminationReason == .uncaughtSignal,
            timedOut: timedOut,
            stdout: outBox.data,
            stderr: errBox.data
        )
    }

    /// Writes all bytes, giving up quietly when the reader has gone (EPIPE).
    static func writeAll(fd: Int32, _ data: Data) {
        data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count {
                let n = write(fd, base + offset, min(raw.count - offset, 1 << 20))
                if n > 0 { offset += n; continue }
                if n < 0, errno == EINTR { continue }
                return
            }
        }
    }

    static let ignoreSIGPIPE: Void = { signal(SIGPIPE, SIG_IGN) }()
}

final class DataBox: @unchecked Sendable {
    private let lock = NSLock()
    private var _data = Data()
    var data: Data {
        get { lock.lock(); defer { lock.unlock() }; return _data }
        set { lock.lock(); _data = newValue; lock.unlock() }
    }
}

/// A private temporary directory, removed on deinit.
final class TempDir: @unchecked Sendable {
    let url: URL

    init() throws {
        var template = Array((NSTemporaryDirectory() + "/veil-cli-XXXXXX").utf8CString)
        guard let p = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw POSIXError(.EIO)
        }
        url = URL(fileURLWithPath: String(cString: p))
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    @discardableResult
    func write(_ name: String, _ data: Data, mode: mode_t = 0o644) throws -> String {
        let p = path(name)
        try data.write(to: URL(fileURLWithPath: p))
        guard chmod(p, mode) == 0 else { throw POSIXError(.EPERM) }
        return p
    }

    @discardableResult
    func write(_ name: String, _ text: String, mode: mode_t = 0o644) throws -> String {
        try write(name, Data(text.utf8), mode: mode)
    }

    /// A key file of `length` deterministic bytes, mode 0600 unless told otherwise.
    @discardableResult
    func key(_ name: String, seed: UInt8 = 7, length: Int = 32, mode: mode_t = 0o600) throws -> String {
        let bytes = (0..<length).map { UInt8(truncatingIfNeeded: Int(seed) &* 31 &+ $0 &* 17 &+ 1) }
        return try write(name, Data(bytes), mode: mode)
    }
}

extension Data {
    init(_ string: String) { self.init(string.utf8) }
    var string: String { String(decoding: self, as: UTF8.self) }
}

/// Helpers shared by the suites.
enum CLI {
    /// The pseudonym `veil pseudonym` prints for `value` under the key file.
    static func pseudonym(_ value: String, type: String, keyFile: String) throws -> String {
        let r = try VeilBinary.run(args: ["pseudonym", "--type", type, "--key-file", keyFile, value])
        #expect(r.status == 0, "veil pseudonym failed: \(r.err)")
        return r.out.trimmingCharacters(in: .newlines)
    }

    /// `veil scrub --key-file KEY args…` on `input`.
    static func scrub(_ input: Data, keyFile: String, _ args: [String] = [], timeout: Double = 30) throws -> RunResult {
        try VeilBinary.run(args: ["scrub", "--key-file", keyFile] + args, stdin: input, timeout: timeout)
    }

    static func scrub(_ input: String, keyFile: String, _ args: [String] = []) throws -> RunResult {
        try scrub(Data(input), keyFile: keyFile, args)
    }
}

/// A pseudonym such as `email~k1~abcdefghijklmnop`.
func isPseudonym(_ s: some StringProtocol, type: String, keyID: String) -> Bool {
    let parts = s.split(separator: "~", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0] == type, parts[1] == keyID, parts[2].count == 16 else { return false }
    return parts[2].allSatisfy { ("a"..."z").contains($0) || ("2"..."7").contains($0) }
}

/// A sample HS256 JWS (jwt.io's example), with e-mail-free claims.
let sampleJWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
let sampleJWTSignature = "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
