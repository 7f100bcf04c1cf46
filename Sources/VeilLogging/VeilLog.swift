public import Logging
public import Veil
import VeilJournal

/// One-line bootstrap of Veil's handlers.
///
/// ```swift
/// let keys = KeyRing([try KeyLoader.load(path: "/etc/veil/key", id: "k1")])
/// LoggingSystem.bootstrap(try VeilLog.journald(identifier: "api", rules: .default, keys: keys))
/// // or keep your handler and scrub in front of it:
/// LoggingSystem.bootstrap(try VeilLog.redacting(rules: .default, keys: keys) { label in
///     StreamLogHandler.standardOutput(label: label)
/// })
/// ```
///
/// Both throw configuration errors (``VeilError``: a rule pseudonymises and no key is
/// loaded, journald namespace name invalid …) at start-up, never later on the logging path.
/// Metadata providers: pass `metadataProvider:`; when omitted, `LoggingSystem.metadataProvider`
/// (set by `LoggingSystem.bootstrap(_:metadataProvider:)`) is used. Veil's handler resolves
/// the provider itself and scrubs its values.
public enum VeilLog {
    /// Compiles `rules` with `keys`, turning engine errors into messages fit for start-up.
    public static func scrubber(rules: RuleSet, keys: KeyRing) throws(VeilError) -> Scrubber {
        try Scrubber(rules: rules, keys: keys)
    }

    /// A factory that wraps each handler `factory` makes in a ``RedactingLogHandler``.
    public static func redacting<Upstream: LogHandler>(
        rules: RuleSet = .default,
        keys: KeyRing,
        metadataProvider: Logger.MetadataProvider? = nil,
        _ factory: @escaping @Sendable (String) -> Upstream
    ) throws(VeilError) -> @Sendable (String) -> any LogHandler {
        let core = LogScrubber(try scrubber(rules: rules, keys: keys))
        return { label in
            RedactingLogHandler(upstream: factory(label), core: core, metadataProvider: metadataProvider ?? LoggingSystem.metadataProvider)
        }
    }

    /// A factory of ``JournaldLogHandler``s writing to the system journal, a namespace
    /// (`/run/systemd/journal.NAME/socket`) or `socketPath`, all sharing one
    /// ``JournalSink`` (pass `sink` to read ``JournalSink/droppedCount``).
    public static func journald(
        identifier: String,
        rules: RuleSet = .default,
        keys: KeyRing,
        namespace: String? = nil,
        socketPath: String? = nil,
        fallback: JournalSink.Fallback = .stderr,
        sink: JournalSink? = nil,
        metadataProvider: Logger.MetadataProvider? = nil
    ) throws(VeilError) -> @Sendable (String) -> any LogHandler {
        let core = LogScrubber(try scrubber(rules: rules, keys: keys))
        let destination: JournalSink
        if let sink {
            destination = sink
        } else {
            do {
                let writer: JournalWriter
                if let socketPath { writer = try JournalWriter(socketPath: socketPath) }
                else if let namespace { writer = try JournalWriter(namespace: namespace) }
                else { writer = try JournalWriter() }
                destination = JournalSink(writer: writer, fallback: fallback)
            } catch {
                throw VeilError(.io, "cannot set up the journald writer: \(error)",
                                hint: "check the namespace name (letters, digits, _ - .) or the socket path")
            }
        }
        return { label in
            JournaldLogHandler(label: label, identifier: identifier, core: core, sink: destination,
                               metadataProvider: metadataProvider ?? LoggingSystem.metadataProvider)
        }
    }
}
