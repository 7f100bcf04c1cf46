// veil-example-login: a toy login service that logs through Veil's journald handler.
//
//   VEIL_KEY_FILE=/path/to/key        HMAC key file (≥ 32 bytes); default: an ephemeral key
//   VEIL_JOURNAL_NAMESPACE=NAME       write to /run/systemd/journal.NAME/socket (default: system journal)
//
// See docs/logging.md for a run against a private journald namespace and what lands there.
#if canImport(Glibc)
import Glibc
#endif
import Logging
import Veil
import VeilJournal
import VeilLogging

enum RequestContext {
    /// The authenticated user of the current request, read by the metadata provider.
    @TaskLocal static var userID: String?
}

func environment(_ name: String) -> String? {
    guard let value = getenv(name) else { return nil }
    let s = String(cString: value)
    return s.isEmpty ? nil : s
}

func fail(_ error: some Error) -> Never {
    let line = Array("veil-example-login: \(error)\n".utf8)
    _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    exit(78)  // EX_CONFIG
}

struct UpstreamTimeout: Error, CustomStringConvertible {
    var user: String
    var description: String { "directory lookup for \(user) timed out after 2s" }
}

// 1. Keys and bootstrap: configuration errors stop the service at start-up.
let keys: KeyRing
do {
    if let path = environment("VEIL_KEY_FILE") {
        keys = KeyRing([try KeyLoader.load(path: path, id: KeyLoader.id(fromPath: path))])
    } else {
        keys = KeyRing([try HMACKey.ephemeral()])
    }
    let sink = try JournalSinkFactory.make(namespace: environment("VEIL_JOURNAL_NAMESPACE"))
    LoggingSystem.bootstrap(
        try VeilLog.journald(
            identifier: "login-service",
            rules: .default,
            keys: keys,
            sink: sink,
            metadataProvider: Logger.MetadataProvider {
                RequestContext.userID.map { ["user_id": .string($0)] } ?? [:]
            }
        )
    )
    // 2. A login request.
    let logger = Logger(label: "example.login")
    let email = "Jane.Doe@example.com"
    let password = "correct horse battery staple"
    let accessToken = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"

    RequestContext.$userID.withValue("u-1029384") {
        logger.info(
            "login succeeded for \(email)",
            metadata: [
                "headers": ["authorization": "Bearer \(accessToken)", "user-agent": "curl/8.5.0"],
                "password": "\(password)",
                "email": "\(email, privacy: .pseudonymized(.email))",
                "client.ip": "203.0.113.7",
                "plan": "\("gold", privacy: .public)",
                "message_id": "8d45620c1a4348dbb17410da57c60c66",
            ]
        )
        logger.warning("profile refresh failed", error: UpstreamTimeout(user: email), metadata: ["attempt": "2"])
    }
    print("logged 2 entries; dropped: \(sink.droppedCount)")
} catch {
    fail(error)
}

/// Opens the journald writer for the system journal or a namespace.
enum JournalSinkFactory {
    static func make(namespace: String?) throws -> JournalSink {
        let writer = try namespace.map { try JournalWriter(namespace: $0) } ?? JournalWriter()
        return JournalSink(writer: writer, fallback: .stderr)
    }
}
