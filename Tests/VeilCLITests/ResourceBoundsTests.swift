import Foundation
import Testing
import Veil
#if canImport(Glibc)
import Glibc
#endif

/// Hostile inputs against the real binary: each case asserts fail-closed output and
/// records wall time and the child's peak RSS (`wait4` → `ru_maxrss`) against the
/// bounds documented in docs/limits.md. Bounds are generous (a loaded 2-core CI
/// machine, a debug build); inputs are generated at test time into a temp dir.
@Suite(.serialized) struct ResourceBoundsTests {
    let dir: TempDir
    let key: String

    init() throws {
        dir = try TempDir()
        key = try dir.key("k1.key")
    }

    struct Measured {
        var status: Int32
        var signaled: Bool
        var timedOut: Bool
        var seconds: Double
        var peakRSSMiB: Double
        var stdout: [UInt8]
        var out: String { String(decoding: stdout, as: UTF8.self) }
    }

    /// Runs `veil args…` with stdin and stdout redirected to files; waits with `wait4`
    /// to read the child's own peak RSS.
    func measure(_ args: [String], input: [UInt8], timeout: Double = 120) throws -> Measured {
        let inPath = try dir.write("in-\(UUID().uuidString)", Data(input))
        let outPath = dir.path("out-\(UUID().uuidString)")
        defer { unlink(inPath); unlink(outPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // posix_spawn uses vfork: the child's ru_maxrss starts at this (large) test process's
        // RSS. /usr/bin/time forks from a small process and reports the child's own peak.
        let timePath = "/usr/bin/time"
        let rssPath = outPath + ".rss"
        let useTime = access(timePath, X_OK) == 0
        let command = useTime ? [timePath, "-f", "%M", "-o", rssPath, VeilBinary.path] : [VeilBinary.path]
        let argv: [UnsafeMutablePointer<CChar>?] = (command + args).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "CREDENTIALS_DIRECTORY")
        let envp: [UnsafeMutablePointer<CChar>?] = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in envp { free(p) } }
        var pid: pid_t = 0
        let started = Date()
        let rc = posix_spawn(&pid, command[0], &actions, nil, argv, envp)
        guard rc == 0 else { throw POSIXError(POSIXErrorCode(rawValue: rc) ?? .EIO) }
        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        while true {
            let r = wait4(pid, &status, WNOHANG, &usage)
            if r == pid { break }
            if r < 0, errno != EINTR { break }
            if Date().timeIntervalSince(started) > timeout, !timedOut {
                timedOut = true
                kill(pid, SIGKILL)
            }
            usleep(5_000)
        }
        let seconds = Date().timeIntervalSince(started)
        let out = (try? Data(contentsOf: URL(fileURLWithPath: outPath))) ?? Data()
        let exited = status & 0x7f == 0
        var peakKiB = Double(usage.ru_maxrss)
        if useTime, let text = try? String(contentsOfFile: rssPath, encoding: .utf8) {
            // `-o` also receives "Command exited with non-zero status N" lines.
            if let kib = text.split(separator: "\n").last.flatMap({ Double($0.trimmingCharacters(in: .whitespaces)) }) { peakKiB = kib }
            unlink(rssPath)
        }
        return Measured(status: exited ? (status >> 8) & 0xff : -1, signaled: !exited, timedOut: timedOut,
                        seconds: seconds, peakRSSMiB: peakKiB / 1024, stdout: Array(out))
    }

    func record(_ name: String, _ m: Measured, maxSeconds: Double, maxRSSMiB: Double) {
        let line = String(format: "resource-bound %@: %.2f s (bound %.0f s), peak RSS %.1f MiB (bound %.0f MiB), exit %d", name, m.seconds, maxSeconds, m.peakRSSMiB, maxRSSMiB, m.status)
        print(line)
        #expect(!m.timedOut && !m.signaled, "\(line)")
        #expect(m.status == 0, "\(line)")
        #expect(m.seconds < maxSeconds, "\(line)")
        #expect(m.peakRSSMiB < maxRSSMiB, "\(line)")
    }

    func scrub(_ input: [UInt8], _ extra: [String] = []) throws -> Measured {
        try measure(["scrub", "--key-file", key, "--threads", "2"] + extra, input: input)
    }

    @Test func sixtyFourMiBSingleLine() throws {
        var input = Array("secret jane@example.com Bearer abcdefghijklmnopqrstuvwxyz012345 ".utf8)
        input += [UInt8](repeating: UInt8(ascii: "x"), count: 64 << 20)
        input += Array(" jane@example.com\nnext line\n".utf8)
        let m = try scrub(input)
        record("64 MiB line", m, maxSeconds: 60, maxRSSMiB: 128)
        #expect(m.out == "[REDACTED:oversized_line]\nnext line\n")
    }

    @Test func hundredThousandDeepJSON() throws {
        let depth = 100_000
        var arrays = Array(#"{"email":"jane@example.com","a":"#.utf8)
        arrays += [UInt8](repeating: UInt8(ascii: "["), count: depth) + [UInt8](repeating: UInt8(ascii: "]"), count: depth) + [UInt8(ascii: "}")]
        var objects: [UInt8] = []
        for _ in 0..<depth { objects += Array(#"{"a":"#.utf8) }
        objects += Array(#""jane@example.com""#.utf8) + [UInt8](repeating: UInt8(ascii: "}"), count: depth)
        let input = arrays + [0x0A] + objects + [0x0A]
        for format in ["auto", "json"] {
            let m = try scrub(input, ["--format", format])
            record("1e5-deep JSON (\(format))", m, maxSeconds: 30, maxRSSMiB: 128)
            #expect(m.out == "[REDACTED:json_too_deep]\n[REDACTED:json_too_deep]\n", "\(m.out.prefix(200))")
        }
    }

    @Test func millionFieldJSONObjectFailsClosedAtTheLineLimit() throws {
        var input = Array("{".utf8)
        for i in 0..<1_000_000 { input += Array(#""f\#(i)":"v","#.utf8) }
        input += Array(#""email":"jane@example.com"}"#.utf8) + [0x0A]
        let m = try scrub(input, ["--format", "json"])
        record("1e6-field JSON object (\(input.count >> 20) MiB line)", m, maxSeconds: 30, maxRSSMiB: 128)
        #expect(m.out == "[REDACTED:oversized_line]\n")
    }

    @Test func jwtWithTenMiBPayloadFailsClosed() throws {
        let token = Self.bigJWT(payloadBytes: 10 << 20)
        let input = Array("Authorization: Bearer \(token)\n{\"token\":\"\(token)\"}\n".utf8)
        let m = try scrub(input)
        record("JWT with 10 MiB payload", m, maxSeconds: 30, maxRSSMiB: 160)
        #expect(m.out == "[REDACTED:oversized_line]\n[REDACTED:oversized_line]\n", "\(m.out.prefix(200))")
    }

    @Test func jwtLookingFragmentsUpToTheLineLimit() throws {
        // 10⁶ fragments make a 8 MB line (oversized); the largest count under the 1 MiB
        // limit is the one the scanner has to work through.
        let fragments = 130_000
        let line = [UInt8](repeating: 0, count: 0) + Array(String(repeating: "eyJ.eyJ.", count: fragments).utf8)
        let spaced = Array(String(repeating: "eyJ.eyJ. ", count: 110_000).utf8)
        let million = Array(String(repeating: "eyJ.eyJ.", count: 1_000_000).utf8)
        let m = try scrub(line + [0x0A] + spaced + [0x0A] + million + Array("\nafter jane@example.com\n".utf8))
        record("JWT-looking fragments (1.0 MiB, 0.95 MiB, 7.6 MiB lines)", m, maxSeconds: 60, maxRSSMiB: 128)
        let lines = m.out.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 5)
        #expect(lines.count == 5 && lines[2] == "[REDACTED:oversized_line]")
        #expect(!m.out.contains("jane@example.com"))
    }

    @Test func catastrophicBacktrackingPatternIsLinear() throws {
        let rules = try dir.write("redos.yaml", """
            version: 1
            rules:
              - id: redos-1
                pattern: '(a+)+$'
                action: redact
                type: redos
              - id: redos-2
                pattern: '(a|aa)*b'
                action: redact
                type: redos
              - id: redos-3
                pattern: '(x+x+)+y'
                action: redact
                type: redos
            """)
        let a = [UInt8](repeating: UInt8(ascii: "a"), count: 100_000)
        let x = [UInt8](repeating: UInt8(ascii: "x"), count: 100_000)
        let input = a + Array("!\n".utf8) + a + [0x0A] + x + [0x0A]
        let m = try scrub(input, ["--rules", rules])
        record("(a+)+$ et al. on 100 KB", m, maxSeconds: 20, maxRSSMiB: 128)
        let lines = m.out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == 4)
        if lines.count == 4 {
            #expect(lines[0] == String(repeating: "a", count: 100_000) + "!")
            #expect(lines[1] == "[REDACTED:redos]")
            #expect(lines[2] == String(repeating: "x", count: 100_000))
        }
    }

    @Test func tenThousandRules() throws {
        var yaml = "version: 1\nrules:\n"
        for i in 0..<10_000 {
            yaml += "  - id: custom-\(i)\n    pattern: 'tok\(i)-[0-9]{6}'\n    action: redact\n    type: custom\(i)\n"
        }
        let rules = try dir.write("many.yaml", yaml)
        var input = ""
        for i in 0..<50 { input += "req \(i) ok tok\(i * 50)-123456 user jane@example.com took 12ms\n" }
        let m = try scrub(Array(input.utf8), ["--rules", rules])
        record("10 000 pattern rules, 50 lines", m, maxSeconds: 90, maxRSSMiB: 512)
        let lines = m.out.split(separator: "\n").map(String.init)
        #expect(lines.count == 50)
        #expect(lines.first.map { $0.hasPrefix("req 0 ok [REDACTED:custom0] user email~k1~") } == true, "\(lines.first ?? "")")
        #expect(!m.out.contains("-123456"))
    }

    static func bigJWT(payloadBytes: Int) -> String {
        let header = base64url(Array(#"{"alg":"HS256","typ":"JWT"}"#.utf8))
        var payload = Array(#"{"email":"jane@example.com","pad":""#.utf8)
        payload += [UInt8](repeating: UInt8(ascii: "p"), count: payloadBytes)
        payload += Array(#""}"#.utf8)
        return header + "." + base64url(payload) + ".c2lnbmF0dXJlLWJ5dGVz"
    }

    static func base64url(_ bytes: [UInt8]) -> String { Base64URL.encode(bytes) }
}
