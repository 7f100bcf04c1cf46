import Foundation
import Logging
import Testing
import Veil
import VeilJournal
@testable import VeilLogging
import VeilTestSupport

@Suite("JournaldLogHandler field mapping")
struct JournaldFieldTests {
    @Test("Levels map to syslog priorities")
    func priorities() {
        let expected: [(Logger.Level, Int)] = [(.trace, 7), (.debug, 7), (.info, 6), (.notice, 5), (.warning, 4), (.error, 3), (.critical, 2)]
        for (level, p) in expected { #expect(JournaldLogHandler.priority(level) == p) }
    }

    @Test("MESSAGE_ID accepts 128-bit ids only")
    func messageIDs() {
        #expect(JournaldLogHandler.messageID("0123456789ABCDEF0123456789abcdef") == "0123456789abcdef0123456789abcdef")
        #expect(JournaldLogHandler.messageID("f81d4fae-7dec-11d0-a765-00a0c91e6bf6") == "f81d4fae7dec11d0a76500a0c91e6bf6")
        #expect(JournaldLogHandler.messageID("jane@example.com") == nil)
    }

    @Test("Unreachable journald: no crash, drop counted, scrubbed line for stderr")
    func unreachable() throws {
        let writer = try JournalWriter(socketPath: "/run/veil-missing-\(UInt32.random(in: 0...UInt32.max))/socket")
        let sink = JournalSink(writer: writer, fallback: .none)
        let logger = Logger(label: "t") { label in
            JournaldLogHandler(label: label, identifier: "veil-test", scrubber: Planted.scrubber, sink: sink)
        }
        logger.error("login \(Planted.email)", metadata: ["password": .string(Planted.password)])
        logger.info("again")
        #expect(sink.droppedCount == 2)
        guard case .unreachable? = sink.lastWriteError else { Issue.record("\(String(describing: sink.lastWriteError))"); return }
        var scrubbed = LogScrubber(Planted.scrubber).scrub(
            event: LogEvent(level: .error, message: "login \(Planted.email)\nsecond line", metadata: ["password": .string(Planted.password)], source: nil, file: "f", function: "g", line: 1),
            handlerMetadata: [:], provider: nil)
        _ = JournaldLogHandler.fields(for: LogEvent(level: .error, message: "", metadata: nil, source: nil, file: "f", function: "g", line: 1), scrubbed: &scrubbed, label: "t", identifier: "veil-test")
        let line = String(decoding: JournaldLogHandler.fallbackLine(scrubbed, priority: 3, identifier: "veil-test"), as: UTF8.self)
        #expect(line.hasPrefix("veil-test[\(getpid())]: <3> login \(Planted.pseudonym(Planted.email, "email"))\\nsecond line"))
        #expect(line.hasSuffix("\n") && line.filter { $0 == "\n" }.count == 1)
        #expect(!line.contains(Planted.email) && !line.contains(Planted.password))
    }

    @Test("Unreachable journald with the stderr fallback writes the scrubbed line to stderr")
    func stderrFallback() async {
        await #expect(processExitsWith: .success, observing: [\.standardErrorContent]) {
            let writer = try JournalWriter(socketPath: "/run/veil-missing-fallback/socket")
            let sink = JournalSink(writer: writer, fallback: .stderr)
            let scrubber = try Scrubber(rules: .default, keys: .test)
            let logger = Logger(label: "t") { label in JournaldLogHandler(label: label, identifier: "veil-fallback", scrubber: scrubber, sink: sink) }
            logger.warning("login jane.doe@example.com", metadata: ["password": "hunter2-Sup3rSecret"])
            exit(sink.droppedCount == 1 ? 0 : 1)
        }.map { result in
            let err = String(decoding: result.standardErrorContent, as: UTF8.self)
            #expect(err.contains("veil-fallback["))
            #expect(err.contains("<4> login email~test~"))
            #expect(!err.contains("jane.doe@example.com") && !err.contains("hunter2-Sup3rSecret"), "\(err)")
        }
    }
}

@Suite("JournaldLogHandler against a real journald", .serialized,
       .enabled(if: VeilTestSupport.isRoot && JournalNamespace.canStart, "needs root, systemd-journald and journalctl"))
struct JournaldLogHandlerTests {
    static func tag() -> String { "veil\(UInt32.random(in: 0...UInt32.max))" }

    @Test("Entries carry the right field names and PRIORITY and no raw token, email or password", .timeLimit(.minutes(1)))
    func fieldsAndScrubbing() throws {
        let journal = try JournalNamespace()
        defer { journal.stop() }
        let tag = Self.tag()
        let factory = try VeilLog.journald(identifier: "veil-login-test", rules: .default, keys: .test, namespace: journal.name,
                                           metadataProvider: Logger.MetadataProvider { ["user.email": .string(Planted.providerEmail)] })
        var logger = Logger(label: "veil.test", factory: factory)
        logger[metadataKey: "veil_test_tag"] = .string(tag)
        logger.error("login for \(Planted.email)", error: LoginFailure(), metadata: [
            "authorization": .string("Bearer \(Planted.jwt)"),
            "password": .string(Planted.password),
            "request-id": "r-42",
            "request_id": "r-43",
            "priority": "spoofed",
            "account": ["name": "jdoe", "plan": "\("gold", privacy: .public)"],
            "roles": ["admin", "ops"],
            "message_id": "f81d4fae-7dec-11d0-a765-00a0c91e6bf6",
        ])
        let entries = try journal.readJSON(matching: ["VEIL_TEST_TAG=\(tag)"], count: 1)
        try #require(entries.count == 1)
        let e = entries[0]
        func field(_ name: String) -> String? { JournalNamespace.string(e[name]) }
        #expect(field("PRIORITY") == "3")
        #expect(field("MESSAGE") == "login for \(Planted.pseudonym(Planted.email, "email"))")
        #expect(field("SYSLOG_IDENTIFIER") == "veil-login-test")
        #expect(field("CODE_FILE")?.hasSuffix("JournaldLogHandlerTests.swift") == true)
        #expect(field("CODE_FUNC") == "fieldsAndScrubbing()")
        #expect(Int(field("CODE_LINE") ?? "") != nil)
        #expect(Int(field("TID") ?? "") != nil)
        #expect(field("SWIFT_LOG_LABEL") == "veil.test")
        #expect(field("MESSAGE_ID") == "f81d4fae7dec11d0a76500a0c91e6bf6")
        #expect(field("USER_EMAIL") == Planted.pseudonym(Planted.providerEmail, "email"))
        #expect(field("ACCOUNT_PLAN") == "gold")
        #expect(field("ACCOUNT_NAME") != nil)
        #expect(Set([field("REQUEST_ID"), field("REQUEST_ID_2")]) == Set(["r-42", "r-43"]))
        #expect(field("PRIORITY_2") == "spoofed")
        #expect(field("ROLES") == "admin\u{1E}ops")
        #expect(field("PASSWORD")?.hasPrefix("[REDACTED:") == true)
        #expect(field("AUTHORIZATION")?.contains("[jwt;") == true || field("AUTHORIZATION")?.contains("[REDACTED:") == true, "\(field("AUTHORIZATION") ?? "nil")")
        #expect(field("ERROR_TYPE")?.hasSuffix("LoginFailure") == true)
        #expect(field("ERROR_MESSAGE")?.contains(Planted.pseudonym(Planted.errorEmail, "email")) == true)
        let dump = JournalNamespace.dump(entries)
        for secret in Planted.all { #expect(!dump.contains(secret), "\(secret) reached journald:\n\(dump)") }
    }

    @Test("A 1 MiB message with newlines is delivered complete via memfd", .timeLimit(.minutes(1)))
    func largeAndMultiline() throws {
        let journal = try JournalNamespace()
        defer { journal.stop() }
        let tag = Self.tag()
        let sink = JournalSink(writer: try JournalWriter(namespace: journal.name), fallback: .none)
        var logger = Logger(label: "big") { JournaldLogHandler(label: $0, identifier: "veil-big", scrubber: Planted.scrubber, sink: sink) }
        logger[metadataKey: "veil_test_tag"] = .string(tag)
        let line = String(repeating: "the quick brown fox jumps over the lazy dog ", count: 1500)  // 66 000 bytes
        let big = Array(repeating: line, count: 16).joined(separator: "\n")
        #expect(big.utf8.count > 1 << 20 && big.utf8.count > JournalWriter.datagramLimit)
        logger.info("\(big)")
        logger.info("first line\nsecond \(Planted.email)\n\tthird")
        #expect(sink.droppedCount == 0)
        let entries = try journal.readJSON(matching: ["VEIL_TEST_TAG=\(tag)"], count: 2)
        try #require(entries.count == 2)
        let messages = entries.compactMap { JournalNamespace.string($0["MESSAGE"]) }
        #expect(messages.contains(big))
        #expect(messages.contains("first line\nsecond \(Planted.pseudonym(Planted.email, "email"))\n\tthird"))
    }
}
