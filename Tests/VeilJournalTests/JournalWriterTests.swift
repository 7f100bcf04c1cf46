import Foundation
import Testing
import VeilJournal
import VeilTestSupport
#if canImport(Glibc)
import Glibc
#endif

@Suite("JournalFieldName")
struct JournalFieldNameTests {
    @Test("Keys map to journald's alphabet", arguments: [
        ("request-id", "REQUEST_ID"),
        ("user.email", "USER_EMAIL"),
        ("MESSAGE", "MESSAGE"),
        ("_secret", "F_SECRET"),
        ("2fa", "F2FA"),
        ("", "F"),
        ("héllo", "H__LLO"),
        ("a b", "A_B"),
    ])
    func mapping(_ key: String, _ expected: String) {
        #expect(JournalFieldName.map(key) == expected)
        #expect(JournalFieldName.isValid(JournalFieldName.map(key)))
    }

    @Test("Long keys are truncated to 64 bytes with a stable hash that keeps them distinct")
    func longKeys() {
        let a = String(repeating: "x", count: 80) + ".a"
        let b = String(repeating: "x", count: 80) + ".b"
        let ma = JournalFieldName.map(a)
        let mb = JournalFieldName.map(b)
        #expect(ma.utf8.count == 64 && mb.utf8.count == 64)
        #expect(ma != mb)
        #expect(ma == JournalFieldName.map(a))
        #expect(JournalFieldName.isValid(ma))
        #expect(JournalFieldName.map(String(repeating: "Y", count: 64)) == String(repeating: "Y", count: 64))
        #expect(JournalFieldName.map(String(repeating: "Y", count: 65)).utf8.count == 64)
    }

    @Test("Nested paths flatten with _ like dotted keys")
    func paths() {
        #expect(JournalFieldName.map(path: ["user", "email"]) == JournalFieldName.map("user.email"))
    }

    @Test("Colliding names in one entry get _2, _3 suffixes")
    func collisions() {
        var u = JournalFieldName.Uniquer()
        u.reserve("MESSAGE")
        #expect(u.unique(JournalFieldName.map("a-b")) == "A_B")
        #expect(u.unique(JournalFieldName.map("a_b")) == "A_B_2")
        #expect(u.unique(JournalFieldName.map("a.b")) == "A_B_3")
        #expect(u.unique(JournalFieldName.map("message")) == "MESSAGE_2")
        let long = String(repeating: "Z", count: 64)
        #expect(u.unique(long) == long)
        let second = u.unique(long)
        #expect(second.utf8.count == 64 && second.hasSuffix("_2"))
    }

    @Test("Invalid names are rejected", arguments: ["", "_PID", "1A", "a", "A-B", String(repeating: "A", count: 65)])
    func invalid(_ name: String) {
        #expect(!JournalFieldName.isValid(name))
    }
}

@Suite("JournalWriter encoding and errors")
struct JournalWriterUnitTests {
    @Test("Plain values are NAME=value, values with newlines are length-prefixed")
    func encoding() {
        let encoded = JournalWriter.encode([(name: "A", value: Array("x".utf8)), (name: "B", value: Array("1\n2".utf8))])
        let expected: [UInt8] = Array("A=x\nB\n".utf8) + [3, 0, 0, 0, 0, 0, 0, 0] + Array("1\n2\n".utf8)
        #expect(encoded == expected)
    }

    @Test("A socket path nobody listens on is a typed .unreachable error")
    func unreachable() throws {
        let writer = try JournalWriter(socketPath: "/run/veil-missing-\(UInt32.random(in: 0...UInt32.max))/socket")
        #expect(throws: JournalWriteError.unreachable(errno: ENOENT)) {
            try writer.write([(name: "MESSAGE", value: Array("hi".utf8))])
        }
    }

    @Test("Invalid field names and namespaces are rejected before sending")
    func invalidInput() throws {
        let writer = try JournalWriter(socketPath: "/nonexistent/socket")
        #expect(throws: JournalWriteError.invalidFieldName("request-id")) {
            try writer.write([(name: "request-id", value: [])])
        }
        #expect(throws: JournalWriteError.invalidSocketPath("../etc")) { try JournalWriter(namespace: "../etc") }
        #expect(throws: JournalWriteError.self) { try JournalWriter(socketPath: String(repeating: "/x", count: 60)) }
    }

    @Test("A full socket buffer throws .wouldBlock instead of blocking")
    func nonBlocking() throws {
        // A datagram socket nobody reads: its queue fills after a few entries.
        let path = "/tmp/veil-wb-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).sock"
        let receiver = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        try #require(receiver >= 0)
        defer { close(receiver); unlink(path) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, b) in path.utf8.enumerated() { raw[i] = b }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(receiver, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        try #require(bound == 0)
        let writer = try JournalWriter(socketPath: path)
        let value = [UInt8](repeating: 0x61, count: 1000)
        var result: JournalWriteError?
        for _ in 0..<100_000 {
            do { try writer.write([(name: "MESSAGE", value: value)]) } catch { result = error; break }
        }
        #expect(result == .wouldBlock)
    }
}

@Suite("JournalWriter against a real journald", .serialized,
       .enabled(if: VeilTestSupport.isRoot && JournalNamespace.canStart, "needs root, systemd-journald and journalctl"))
struct JournalWriterJournaldTests {
    static func tag() -> String { "veil\(UInt32.random(in: 0...UInt32.max))" }

    @Test("Fields and mapped names arrive as written", .timeLimit(.minutes(1)))
    func fieldsAndNames() throws {
        let journal = try JournalNamespace()
        defer { journal.stop() }
        let writer = try JournalWriter(namespace: journal.name)
        let tag = Self.tag()
        try writer.write([
            (name: "MESSAGE", value: Array("hello journald".utf8)),
            (name: "PRIORITY", value: Array("4".utf8)),
            (name: JournalFieldName.map("request-id"), value: Array("r-42".utf8)),
            (name: "SYSLOG_IDENTIFIER", value: Array("veil-test".utf8)),
            (name: "VEIL_TEST_TAG", value: Array(tag.utf8)),
        ])
        let entries = try journal.readJSON(matching: ["VEIL_TEST_TAG=\(tag)"], count: 1)
        try #require(entries.count == 1)
        let e = entries[0]
        #expect(JournalNamespace.string(e["MESSAGE"]) == "hello journald")
        #expect(JournalNamespace.string(e["PRIORITY"]) == "4")
        #expect(JournalNamespace.string(e["REQUEST_ID"]) == "r-42")
        #expect(JournalNamespace.string(e["SYSLOG_IDENTIFIER"]) == "veil-test")
        #expect(JournalNamespace.string(e["_NAMESPACE"]) == journal.name)
    }

    @Test("Values with newlines arrive intact (binary-safe encoding)", .timeLimit(.minutes(1)))
    func newlines() throws {
        let journal = try JournalNamespace()
        defer { journal.stop() }
        let writer = try JournalWriter(namespace: journal.name)
        let tag = Self.tag()
        let message = "line one\nline two\n\nline four"
        try writer.write([
            (name: "MESSAGE", value: Array(message.utf8)),
            (name: "STACK", value: Array("a\nb=c\n".utf8)),
            (name: "VEIL_TEST_TAG", value: Array(tag.utf8)),
        ])
        let entries = try journal.readJSON(matching: ["VEIL_TEST_TAG=\(tag)"], count: 1)
        try #require(entries.count == 1)
        #expect(JournalNamespace.string(entries[0]["MESSAGE"]) == message)
        #expect(JournalNamespace.string(entries[0]["STACK"]) == "a\nb=c\n")
    }

    @Test("A 1 MiB entry goes through a sealed memfd and arrives complete", .timeLimit(.minutes(1)))
    func largeEntry() throws {
        #expect(JournalWriter.datagramLimit < 1 << 20)
        let journal = try JournalNamespace()
        defer { journal.stop() }
        let writer = try JournalWriter(namespace: journal.name)
        let tag = Self.tag()
        var big = [UInt8](repeating: 0, count: 1 << 20)
        for i in big.indices { big[i] = UInt8(ascii: "a") + UInt8(i % 26) }
        big[1000] = 0x0A  // binary-safe form inside the memfd too
        try writer.write([
            (name: "MESSAGE", value: Array("big entry".utf8)),
            (name: "BIG", value: big),
            (name: "VEIL_TEST_TAG", value: Array(tag.utf8)),
        ])
        let entries = try journal.readJSON(matching: ["VEIL_TEST_TAG=\(tag)"], count: 1)
        try #require(entries.count == 1)
        let got = JournalNamespace.string(entries[0]["BIG"]).map { Array($0.utf8) }
        #expect(got?.count == big.count)
        #expect(got == big)
    }

    @Test("A stopped journald is reported as .unreachable", .timeLimit(.minutes(1)))
    func stoppedJournald() throws {
        let journal = try JournalNamespace()
        let writer = try JournalWriter(namespace: journal.name)
        journal.stop()
        #expect(throws: JournalWriteError.self) {
            try writer.write([(name: "MESSAGE", value: Array("x".utf8))])
        }
        do {
            try writer.write([(name: "MESSAGE", value: Array("x".utf8))])
        } catch {
            guard case .unreachable = error else { Issue.record("expected .unreachable, got \(error)"); return }
        }
    }
}
