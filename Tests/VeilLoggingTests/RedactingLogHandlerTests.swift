import InMemoryLogging
import Logging
import Testing
import Veil
@testable import VeilLogging

@Suite("RedactingLogHandler")
struct RedactingLogHandlerTests {
    static func logger(_ upstream: InMemoryLogHandler, provider: Logger.MetadataProvider? = nil) -> Logger {
        Logger(label: "test") { _ in RedactingLogHandler(upstream: upstream, scrubber: Planted.scrubber, metadataProvider: provider) }
    }

    /// Every string the upstream received: message, metadata, error.
    static func everything(_ handler: InMemoryLogHandler) -> String {
        handler.entries.map { entry in
            var text = entry.message.description
            text += " " + Logger.MetadataValue.dictionary(entry.metadata).flattened
            if let error = entry.error { text += " " + String(describing: error) + " " + String(reflecting: error) }
            return text
        }.joined(separator: "\n")
    }

    @Test("The upstream never sees a planted token, email or password — message, metadata or error")
    func nothingRawReachesUpstream() throws {
        let upstream = InMemoryLogHandler()
        var logger = Self.logger(upstream, provider: Logger.MetadataProvider { ["session.owner": .string(Planted.providerEmail)] })
        logger[metadataKey: "handler.email"] = .string(Planted.email)
        logger.error(
            "login for \(Planted.email) with Authorization: Bearer \(Planted.jwt) password=\(Planted.password)",
            error: LoginFailure(),
            metadata: [
                "authorization": .string("Bearer \(Planted.jwt)"),
                "password": .string(Planted.password),
                "request-id": "r-42",
                "headers": ["authorization": .string("Bearer \(Planted.jwt)"), "accept": "text/html"],
                "account": ["profile": ["email": .string(Planted.email), "password": .string(Planted.password)]],
                "recipients": [.string(Planted.email), "ops"],
                "db.password": .string(Planted.password),
                "described": .stringConvertible(LoginFailure()),
            ]
        )
        try #require(upstream.entries.count == 1)
        let all = Self.everything(upstream)
        for secret in Planted.all {
            #expect(!all.contains(secret), "\(secret) leaked: \(all)")
        }
        let entry = upstream.entries[0]
        #expect(entry.metadata["request-id"] == "r-42")
        #expect(entry.metadata["headers"]?.flattened.contains("accept=text/html") == true)
        #expect(entry.metadata["password"]?.flattened.hasPrefix("[REDACTED:") == true)
        #expect(entry.metadata["db.password"]?.flattened.hasPrefix("[REDACTED:") == true)
        guard case .dictionary(let account)? = entry.metadata["account"], case .dictionary(let profile)? = account["profile"] else {
            Issue.record("nested metadata lost its shape: \(entry.metadata)"); return
        }
        #expect(profile["password"]?.flattened.hasPrefix("[REDACTED:") == true)
        #expect(profile["email"]?.flattened == Planted.pseudonym(Planted.email, "email"))
        #expect(entry.message.description.contains(Planted.pseudonym(Planted.email, "email")))
        let error = try #require(entry.error as? ScrubbedError)
        #expect(error.typeName.hasSuffix("LoginFailure"))
        #expect(error.description.contains(Planted.pseudonym(Planted.errorEmail, "email")))
    }

    @Test("Metadata-provider values are resolved by the wrapper and scrubbed; the upstream keeps no provider")
    func providerValuesScrubbed() throws {
        var upstream = InMemoryLogHandler()
        upstream.metadataProvider = Logger.MetadataProvider { ["user.email": .string(Planted.providerEmail), "trace": "t-1"] }
        upstream.metadata["static.email"] = .string(Planted.email)
        let handler = RedactingLogHandler(upstream: upstream, scrubber: Planted.scrubber)
        #expect(handler.upstream.metadataProvider == nil)
        #expect(handler.upstream.metadata.isEmpty)
        let logger = Logger(label: "t") { _ in handler }
        logger.info("hello")
        let entry = try #require(upstream.entries.first)
        #expect(entry.metadata["user.email"] == .string(Planted.pseudonym(Planted.providerEmail, "email")))
        #expect(entry.metadata["static.email"] == .string(Planted.pseudonym(Planted.email, "email")))
        #expect(entry.metadata["trace"] == "t-1")
        #expect(!Self.everything(upstream).contains(Planted.providerEmail))
    }

    @Test("Event metadata overrides provider metadata, which overrides handler metadata")
    func mergeOrder() throws {
        let upstream = InMemoryLogHandler()
        var logger = Self.logger(upstream, provider: Logger.MetadataProvider { ["k": "provider", "p": "provider"] })
        logger[metadataKey: "k"] = "handler"
        logger[metadataKey: "h"] = "handler"
        logger.info("x", metadata: ["k": "event"])
        let entry = try #require(upstream.entries.first)
        #expect(entry.metadata == ["k": "event", "p": "provider", "h": "handler"])
    }

    // A service logs the same value in its message and under a key (stop 35: the message's
    // copy was forwarded raw).
    @Test("A value a metadata key names is replaced in the message too, with the same pseudonym")
    func metadataValueInMessage() throws {
        let upstream = InMemoryLogHandler()
        Self.logger(upstream).info("Signed in hsato88 from the mobile app", metadata: ["user": "hsato88", "plan": "free"])
        let entry = try #require(upstream.entries.first)
        let pseudonym = try #require(entry.metadata["user"]?.description)
        #expect(pseudonym.hasPrefix("username~") && entry.message.description == "Signed in \(pseudonym) from the mobile app", "\(entry.message)")
        #expect(entry.metadata["plan"] == "free")
        // Another event's values are not carried over (this one takes the scrubbing path too).
        Self.logger(upstream).info("hsato88 again", metadata: ["email": "ann@example.com"])
        #expect(upstream.entries.last?.message.description == "hsato88 again")
    }

    @Test("An event without findings is forwarded as it was; one finding anywhere takes the scrubbing path")
    func cleanEventsForwardedUnchanged() throws {
        let upstream = InMemoryLogHandler()
        let logger = Self.logger(upstream)
        let metadata: Logger.Metadata = ["request-id": "r-7f3a9c", "route": "/api/v1/orders", "status": "200"]
        logger.info("order 4711 accepted\nsecond line", metadata: metadata)
        // Each variant hides one finding in a different place the clean pre-check must look at.
        logger.info("order accepted", metadata: metadata.merging(["route": .string("/u/\(Planted.email)")]) { $1 })
        logger.info("order accepted", metadata: metadata.merging(["password": "not-a-finding-by-itself"]) { $1 })
        logger.info("order accepted\n{\"password\":\"\(Planted.password)\"}", metadata: metadata)
        logger.info("order accepted", metadata: metadata.merging(["count": .stringConvertible(4711)]) { $1 })
        try #require(upstream.entries.count == 5)
        let clean = upstream.entries[0]
        #expect(clean.message.description == "order 4711 accepted\nsecond line")
        #expect(clean.metadata == metadata)
        #expect(upstream.entries[1].metadata["route"] == .string("/u/\(Planted.pseudonym(Planted.email, "email"))"))
        #expect(upstream.entries[2].metadata["password"]?.flattened.hasPrefix("[REDACTED:") == true)
        #expect(upstream.entries[3].message.description.hasPrefix("order accepted\n{\"password\":\"[REDACTED:"))
        #expect(upstream.entries[4].metadata["count"] == .string("4711"))
        #expect(!Self.everything(upstream).contains(Planted.email) && !Self.everything(upstream).contains(Planted.password))
    }

    @Test("A string-convertible value is forwarded as the text that was scanned, not described again")
    func describedOnce() throws {
        final class Changing: CustomStringConvertible, @unchecked Sendable {
            var calls = 0
            var description: String {
                calls += 1
                return calls == 1 ? "harmless" : Planted.email
            }
        }
        let upstream = InMemoryLogHandler()
        Self.logger(upstream).info("x", metadata: ["v": .stringConvertible(Changing())])
        let entry = try #require(upstream.entries.first)
        #expect(entry.metadata["v"] == "harmless")
        #expect(!Self.everything(upstream).contains(Planted.email))
    }

    @Test("Deeply nested metadata is bounded, not recursed without limit")
    func deepNesting() throws {
        let upstream = InMemoryLogHandler()
        var value: Logger.MetadataValue = .string(Planted.email)
        for _ in 0..<200 { value = .dictionary(["n": value]) }
        Self.logger(upstream).info("deep", metadata: ["root": value])
        #expect(!Self.everything(upstream).contains(Planted.email))
    }

    @Test("Missing key for a pseudonymising rule pack is a start-up error")
    func missingKey() {
        #expect(throws: VeilError.self) {
            _ = try VeilLog.redacting(rules: .default, keys: KeyRing()) { _ in InMemoryLogHandler() }
        }
        do {
            _ = try VeilLog.redacting(rules: .default, keys: KeyRing()) { _ in InMemoryLogHandler() }
        } catch {
            #expect(error.code == .missingKey)
            #expect(error.hint != nil)
        }
    }
}

@Suite("LogPrivacy attributes")
struct LogPrivacyTests {
    @Test("public keeps PII, private redacts, pseudonymized writes the engine's pseudonym")
    func attributes() throws {
        let upstream = InMemoryLogHandler()
        let logger = RedactingLogHandlerTests.logger(upstream)
        let email = Planted.email
        logger.info("attrs", metadata: [
            "pub": "\(email, privacy: .public)",
            "priv": "\(email, privacy: .private)",
            "pseudo": "\(email, privacy: .pseudonymized(.email))",
            "customer": "\("C-1001", privacy: .pseudonymized("customer"))",
            "plain": .veil("ops@example.com", privacy: .public),
        ])
        let m = try #require(upstream.entries.first).metadata
        #expect(m["pub"]?.flattened == email)
        #expect(m["priv"]?.flattened == "[REDACTED:private]")
        #expect(m["pseudo"]?.flattened == Planted.pseudonym(email, "email"))
        #expect(m["customer"]?.flattened == Planted.pseudonym("C-1001", "customer"))
        #expect(m["plain"]?.flattened == "ops@example.com")
    }

    @Test("A credential marked .public is still redacted, and field rules still apply")
    func publicNeverKeepsCredentials() throws {
        let upstream = InMemoryLogHandler()
        let logger = RedactingLogHandlerTests.logger(upstream)
        logger.info("attrs", metadata: [
            "token": "\(Planted.jwt, privacy: .public)",
            "header": "\("Bearer \(Planted.jwt)", privacy: .public)",
            "password": "\(Planted.password, privacy: .public)",
            "nested": ["password": "\(Planted.password, privacy: .public)", "note": "\(Planted.email, privacy: .public)"],
        ])
        let all = RedactingLogHandlerTests.everything(upstream)
        #expect(!all.contains(Planted.jwt) && !all.contains(Planted.jwtSignature) && !all.contains(Planted.password), "\(all)")
        #expect(all.contains(Planted.email))
    }

    @Test("A field rule naming a whole subtree applies even when the subtree holds attributed values")
    func subtreeRuleWins() throws {
        let upstream = InMemoryLogHandler()
        RedactingLogHandlerTests.logger(upstream).info("x", metadata: [
            "user": ["plan": "\("gold", privacy: .public)", "email": .string(Planted.email)],
        ])
        let m = try #require(upstream.entries.first).metadata
        // `**.user` pseudonymises every value below it (a .public attribute does not
        // override a field rule); `**.email` still wins for the e-mail.
        let flat = m["user"]?.flattened ?? ""
        #expect(flat.contains("username~test~") && flat.contains("email~test~") && !flat.contains("gold"), "\(m)")
        #expect(!RedactingLogHandlerTests.everything(upstream).contains(Planted.email))
    }

    @Test("The attribute round-trips through swift-log's storage", arguments: [LogPrivacy.public, .private, .pseudonymized(.ip), .pseudonymized("order-id")])
    func roundTrip(_ privacy: LogPrivacy) {
        let value: Logger.MetadataValue = "\("x", privacy: privacy)"
        #expect(value.attributes[LogPrivacy.self] == privacy)
        #expect(LogPrivacy(rawValue: privacy.rawValue)?.kind == privacy.kind)
    }
}

@Suite("Sensitive")
struct SensitiveTests {
    @Test("description, debugDescription, dump and Mirror never reveal the value")
    func neverPrinted() {
        let s = Sensitive(Planted.email, type: .email)
        var dumped = ""
        dump(s, to: &dumped)
        let views = [s.description, s.debugDescription, String(describing: s), String(reflecting: s), "\(s)", dumped,
                     Mirror(reflecting: s).children.map { "\($0.label ?? "") \($0.value)" }.joined()]
        for view in views { #expect(!view.contains(Planted.email), "\(view)") }
        #expect(s.withRevealedValue { $0 } == Planted.email)
    }

    @Test("Through a non-Veil handler nothing leaks; through Veil it is pseudonymised or redacted")
    func handlers() throws {
        let plain = InMemoryLogHandler()
        Logger(label: "plain") { _ in plain }.info("user \(Sensitive(Planted.email))", metadata: ["u": .sensitive(Planted.email, type: .email)])
        #expect(!RedactingLogHandlerTests.everything(plain).contains(Planted.email))

        let upstream = InMemoryLogHandler()
        RedactingLogHandlerTests.logger(upstream).info("user \(Sensitive(Planted.email))", metadata: [
            "typed": .sensitive(Planted.email, type: .email),
            "untyped": .sensitive(Planted.password),
            "nested": ["deep": .sensitive(Planted.email, type: .email)],
        ])
        let entry = try #require(upstream.entries.first)
        #expect(entry.message.description == "user <redacted>")
        #expect(entry.metadata["typed"]?.flattened == Planted.pseudonym(Planted.email, "email"))
        #expect(entry.metadata["untyped"]?.flattened == "[REDACTED:sensitive]")
        #expect(entry.metadata["nested"]?.flattened == "deep=\(Planted.pseudonym(Planted.email, "email"))")
    }
}
