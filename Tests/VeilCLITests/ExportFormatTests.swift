import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A field of a Journal Export Format entry, as read back by the test's own parser.
struct ExportField: Equatable, CustomStringConvertible {
    var name: String
    var value: Data
    var binary: Bool
    var description: String { "\(name)\(binary ? "(bin)" : "")=\(String(decoding: value, as: UTF8.self))" }
}

enum ExportFormat {
    enum ParseError: Error { case malformed(String, offset: Int) }

    /// Parses Journal Export Format strictly: every entry ends with an empty line.
    static func parse(_ data: Data) throws -> [[ExportField]] {
        let b = [UInt8](data)
        var entries: [[ExportField]] = []
        var current: [ExportField] = []
        var i = 0
        while i < b.count {
            if b[i] == 0x0A {  // empty line: end of entry
                entries.append(current)
                current = []
                i += 1
                continue
            }
            guard let nl = b[i...].firstIndex(of: 0x0A) else { throw ParseError.malformed("field without newline", offset: i) }
            let line = b[i..<nl]
            if let eq = line.firstIndex(of: UInt8(ascii: "=")) {
                current.append(ExportField(name: String(decoding: b[i..<eq], as: UTF8.self), value: Data(b[(eq + 1)..<nl]), binary: false))
                i = nl + 1
            } else {
                let name = String(decoding: line, as: UTF8.self)
                let start = nl + 1
                guard start + 8 <= b.count else { throw ParseError.malformed("short length", offset: start) }
                var length: UInt64 = 0
                for k in 0..<8 { length |= UInt64(b[start + k]) << (8 * UInt64(k)) }
                let valueStart = start + 8
                let valueEnd = valueStart + Int(length)
                guard valueEnd < b.count, b[valueEnd] == 0x0A else { throw ParseError.malformed("binary field \(name) not ended by newline", offset: valueEnd) }
                current.append(ExportField(name: name, value: Data(b[valueStart..<valueEnd]), binary: true))
                i = valueEnd + 1
            }
        }
        guard current.isEmpty else { throw ParseError.malformed("input ended inside an entry", offset: b.count) }
        return entries
    }

    static func text(_ name: String, _ value: String) -> Data { Data("\(name)=\(value)\n") }

    static func binary(_ name: String, _ value: Data) -> Data {
        var d = Data("\(name)\n")
        var length = UInt64(value.count).littleEndian
        withUnsafeBytes(of: &length) { d.append(contentsOf: $0) }
        d.append(value)
        d.append(0x0A)
        return d
    }
}

extension Array where Element == ExportField {
    func value(_ name: String) -> ExportField? { first { $0.name == name } }
}

@Suite struct ExportFormatTests {
    let dir: TempDir
    let key: String
    let email: String

    init() throws {
        dir = try TempDir()
        key = try dir.key("k1.key")
        email = try CLI.pseudonym("jane@example.com", type: "email", keyFile: key)
    }

    /// Three entries shaped like `journalctl -o export`.
    func sampleInput() -> (Data, blob: Data) {
        var d = Data()
        let blob = Data([0x00, 0x01, 0x0A, 0xFF, 0x41, 0x0A, 0x7F])
        for n in 0..<3 {
            d += ExportFormat.text("__CURSOR", "s=0123456789abcdef;i=\(n + 1);b=fedcba;m=\(n);t=5f0;x=abc")
            d += ExportFormat.text("__REALTIME_TIMESTAMP", "171455040000000\(n)")
            d += ExportFormat.text("__MONOTONIC_TIMESTAMP", "12345\(n)")
            d += ExportFormat.text("_BOOT_ID", "0123456789abcdef0123456789abcdef")
            d += ExportFormat.text("PRIORITY", "6")
            d += ExportFormat.text("_PID", "\(4242 + n)")
            d += ExportFormat.text("_SYSTEMD_UNIT", "app.service")
            d += ExportFormat.text("SYSLOG_IDENTIFIER", "app")
            switch n {
            case 0:
                d += ExportFormat.text("MESSAGE", "login jane@example.com ok")
            case 1:
                d += ExportFormat.text("MESSAGE", "Authorization: Bearer \(sampleJWT)")
                d += ExportFormat.text("PASSWORD", "hunter2-secret")
            default:
                d += ExportFormat.binary("MESSAGE", Data("first line\nsecond line for jane@example.com"))
                d += ExportFormat.binary("BLOB", blob)
            }
            d.append(0x0A)
        }
        return (d, blob)
    }

    @Test func exportInputIsScrubbedAndStaysExportFormat() throws {
        let (input, blob) = sampleInput()
        let inEntries = try ExportFormat.parse(input)
        try #require(inEntries.count == 3)
        let r = try CLI.scrub(input, keyFile: key, ["--format", "export"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.err.isEmpty, "\(r.err)")
        let out = try ExportFormat.parse(r.stdout)
        try #require(out.count == 3, "\(out)")
        #expect(!r.out.contains("jane@example.com"))
        #expect(!r.out.contains(sampleJWTSignature))
        #expect(!r.out.contains("hunter2-secret"))

        for (a, b) in zip(inEntries, out) {
            for name in ["__CURSOR", "__REALTIME_TIMESTAMP", "__MONOTONIC_TIMESTAMP", "_BOOT_ID", "_PID", "_SYSTEMD_UNIT", "PRIORITY", "SYSLOG_IDENTIFIER"] {
                #expect(b.value(name) == a.value(name), "\(name) changed: \(String(describing: b.value(name)))")
            }
            #expect(b.map(\.name) == a.map(\.name), "field order or set changed")
        }
        #expect(out[0].value("MESSAGE") == ExportField(name: "MESSAGE", value: Data("login \(email) ok"), binary: false))
        let jwtMessage = try #require(out[1].value("MESSAGE"))
        #expect(jwtMessage.value.string.hasPrefix("Authorization: Bearer [jwt;alg=HS256;"), "\(jwtMessage)")
        #expect(out[1].value("PASSWORD")?.value.string.hasPrefix("[REDACTED") == true, "\(out[1])")

        let multi = try #require(out[2].value("MESSAGE"))
        #expect(multi.binary, "a value with a newline must stay binary-encoded")
        #expect(multi.value == Data("first line\nsecond line for \(email)"))
        #expect(out[2].value("BLOB") == ExportField(name: "BLOB", value: blob, binary: true))
    }

    @Test func exportOutputIsStableAndReparses() throws {
        let (input, _) = sampleInput()
        let once = try CLI.scrub(input, keyFile: key, ["--format", "export"])
        let twice = try CLI.scrub(once.stdout, keyFile: key, ["--format", "export"])
        #expect(twice.status == 0)
        #expect(try ExportFormat.parse(twice.stdout).count == 3)
        // Pseudonyms and placeholders of e-mails are not findings again
        // (full idempotence: see ScrubFormatTests.scrubbingTwiceChangesNothing).
        let a = try ExportFormat.parse(once.stdout), b = try ExportFormat.parse(twice.stdout)
        #expect(a[0] == b[0])
        #expect(a[2] == b[2])
    }

    /// A private key written one line per entry (`logger -f key.pem`), with another process's
    /// entries between its lines: the key's body entries are redacted, the other stream's
    /// base64-only message is not part of the block and stays.
    @Test func privateKeyWrittenOneLinePerEntryIsRedacted() throws {
        let body = ["MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7Zq1vJ3xN8Kf0",
                    "pLm4R2cD9sWq7yE1uT5oHbG6iN3aZ8xV0kJ2fQ4rS9wY1eU7tI5oP3lK6jH8gF2d",
                    "x0Qm3Zt5Vb8Nc1Lk4Jh7Gf2Ds9Ap6Wo3Ei8Ru5Ty1Yq0=="]
        let other = "aGVsbG8gd29ybGQgdGhpcyBpcyBub3QgYSBrZXkK"
        var lines: [(pid: String, tag: String, message: String)] = [("700", "keywriter", "-----BEGIN PRIVATE KEY-----")]
        lines.append(("700", "keywriter", body[0]))
        lines.append(("701", "other", other))
        lines.append(("700", "keywriter", body[1]))
        lines.append(("701", "other", "mail to jane@example.com"))
        lines.append(("700", "keywriter", body[2]))
        lines.append(("700", "keywriter", "-----END PRIVATE KEY-----"))
        lines.append(("700", "keywriter", "key loaded"))
        var d = Data()
        for (n, line) in lines.enumerated() {
            d += ExportFormat.text("__CURSOR", "s=0123456789abcdef;i=\(n + 1)")
            d += ExportFormat.text("_BOOT_ID", "0123456789abcdef0123456789abcdef")
            d += ExportFormat.text("_PID", line.pid)
            d += ExportFormat.text("SYSLOG_IDENTIFIER", line.tag)
            d += ExportFormat.text("MESSAGE", line.message)
            d.append(0x0A)
        }
        let r = try CLI.scrub(d, keyFile: key, ["--format", "export"])
        #expect(r.status == 0, "\(r.err)")
        let messages = try ExportFormat.parse(r.stdout).map { $0.value("MESSAGE")?.value.string ?? "" }
        try #require(messages.count == lines.count, "\(messages)")
        for line in body { #expect(!r.out.contains(line.prefix(24)), "key material written: \(line)") }
        #expect(messages[1] == "[REDACTED:api_key]" && messages[3] == "[REDACTED:api_key]" && messages[5] == "[REDACTED:api_key]", "\(messages)")
        #expect(messages[2] == other, "another stream's entry is not part of the block")
        #expect(messages[4] == "mail to \(email)")
        #expect(messages[6] == "-----END PRIVATE KEY-----" && messages[7] == "key loaded", "the block closes at END")
    }

    @Test func truncatedExportInputWarnsAndFailsClosed() throws {
        var (input, _) = sampleInput()
        input += ExportFormat.text("__CURSOR", "s=x")
        input += Data("MESSAGE=tail jane@example.com")  // no newline, no empty line
        let r = try CLI.scrub(input, keyFile: key, ["--format", "export"])
        #expect(r.status == 0)
        #expect(!r.out.contains("jane@example.com"))
        #expect(r.err.contains("ended inside an entry"), "\(r.err)")
    }

    // MARK: real journald

    /// Sends one entry to a journald namespace over the native protocol.
    static func sendNative(namespace: String, fields: [(String, Data)]) throws {
        var datagram = Data()
        for (name, value) in fields {
            if value.contains(0x0A) { datagram += ExportFormat.binary(name, value) } else { datagram += Data("\(name)=") + value + Data([0x0A]) }
        }
        let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let path = Array("/run/systemd/journal.\(namespace)/socket".utf8)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (k, byte) in path.enumerated() where k < raw.count - 1 { raw[k] = byte }
        }
        for attempt in 0..<20 {
            let sent = datagram.withUnsafeBytes { data in
                withUnsafePointer(to: &address) {
                    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                        sendto(fd, data.baseAddress, data.count, 0, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
                    }
                }
            }
            if sent == datagram.count { return }
            let code = errno
            if attempt < 19, code == ECONNREFUSED || code == ENOENT || code == EAGAIN { usleep(100_000); continue }
            throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
        }
    }

    static let journaldPath = "/lib/systemd/systemd-journald"
    static let journalctlPath = ["/usr/bin/journalctl", "/bin/journalctl"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Root, journald and journalctl: the test starts its own journald namespace.
    /// (A namespace journald exits after ~30 s idle, so the one scripts/test.sh starts
    /// before building may be gone by the time this test runs.)
    static var journalAvailable: Bool {
        geteuid() == 0 && FileManager.default.isExecutableFile(atPath: journaldPath) && journalctlPath != nil
    }

    /// A private `systemd-journald NAMESPACE`, stopped and removed on `stop()`.
    final class PrivateJournal {
        let namespace = "veil-cli-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let process = Process()

        init() throws {
            process.executableURL = URL(fileURLWithPath: ExportFormatTests.journaldPath)
            process.arguments = [namespace]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            for _ in 0..<100 where !FileManager.default.fileExists(atPath: "/run/systemd/journal.\(namespace)/socket") { usleep(50_000) }
        }

        func stop() {
            if process.isRunning { process.terminate(); process.waitUntilExit() }
            let machineID = (try? String(contentsOfFile: "/etc/machine-id", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "none"
            for path in ["/run/systemd/journal.\(namespace)", "/var/log/journal/\(machineID).\(namespace)", "/run/log/journal/\(machineID).\(namespace)"] {
                try? FileManager.default.removeItem(atPath: path)
            }
        }
    }

    static func journalctl(_ args: [String]) throws -> Data {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: journalctlPath!)
        p.arguments = args
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return data
    }

    @Test(.enabled(if: journalAvailable, "needs root, /lib/systemd/systemd-journald and journalctl to run a private journald namespace"),
          .timeLimit(.minutes(1)))
    func realJournalctlExportRoundTrips() throws {
        let journal = try PrivateJournal()
        defer { journal.stop() }
        let ns = journal.namespace
        let tag = "veilcli\(UInt32.random(in: 0...UInt32.max))"
        try Self.sendNative(namespace: ns, fields: [
            ("MESSAGE", Data("login jane@example.com via Bearer \(sampleJWT)")),
            ("SYSLOG_IDENTIFIER", Data("veil-cli-test")),
            ("VEIL_TEST_TAG", Data(tag)),
        ])
        try Self.sendNative(namespace: ns, fields: [
            ("MESSAGE", Data("two\nlines jane@example.com")),
            ("NOTE", Data("a\nb\u{0}c")),
            ("VEIL_TEST_TAG", Data(tag)),
        ])
        var exported = Data()
        var entries: [[ExportField]] = []
        for _ in 0..<50 {
            exported = try Self.journalctl(["--namespace=\(ns)", "-o", "export", "--no-pager", "VEIL_TEST_TAG=\(tag)"])
            entries = (try? ExportFormat.parse(exported)) ?? []
            if entries.count >= 2 { break }
            usleep(100_000)
        }
        try #require(entries.count == 2, "journalctl returned \(entries.count) entries: \(exported.string.prefix(500))")
        #expect(entries[1].value("MESSAGE")?.binary == true)

        let r = try CLI.scrub(exported, keyFile: key, ["--format", "export"])
        #expect(r.status == 0, "\(r.err)")
        let out = try ExportFormat.parse(r.stdout)
        try #require(out.count == 2)
        #expect(!r.out.contains("jane@example.com"))
        #expect(!r.out.contains(sampleJWTSignature))
        for (a, b) in zip(entries, out) {
            #expect(b.map(\.name) == a.map(\.name))
            for field in a where field.name.hasPrefix("__") || ["_PID", "_BOOT_ID", "_MACHINE_ID", "_TRANSPORT", "_UID", "_GID"].contains(field.name) {
                #expect(b.value(field.name) == field, "\(field.name) changed")
            }
        }
        #expect(out[0].value("MESSAGE")?.value.string.hasPrefix("login \(email) via Bearer [jwt;alg=HS256;") == true, "\(out[0])")
        #expect(out[1].value("MESSAGE") == ExportField(name: "MESSAGE", value: Data("two\nlines \(email)"), binary: true))
        #expect(out[1].value("NOTE") == ExportField(name: "NOTE", value: Data("a\nb\u{0}c"), binary: true))
    }
}
