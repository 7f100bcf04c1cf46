public import Logging
public import Veil

/// A `LogHandler` that scrubs every event with Veil's engine before an arbitrary
/// upstream handler sees it.
///
/// Per event it
/// - resolves its own ``metadataProvider`` and merges handler ``metadata``, provider
///   values and the event's metadata (event wins, then provider, then handler — as
///   swift-log's handlers do), then scrubs all of it: nested `.dictionary`/`.array`
///   values at any depth (field rules match key paths such as `headers.authorization`),
///   ``LogPrivacy`` attributes and ``Sensitive`` values honoured;
/// - scrubs the message text;
/// - replaces an attached error with a ``ScrubbedError`` whose description is scrubbed
///   (swift-log's `StreamLogHandler` prints it as `error.message`/`error.type`).
///
/// The upstream receives only the scrubbed, pre-merged metadata. Its own metadata and
/// metadata provider are moved into this handler at `init` (and kept empty), so nothing
/// bypasses scrubbing. `log(event:)` never throws or traps.
///
/// ```swift
/// let scrubber = try Scrubber(rules: .default, keys: keys)
/// let logger = Logger(label: "api") { label in
///     RedactingLogHandler(upstream: StreamLogHandler.standardOutput(label: label), scrubber: scrubber)
/// }
/// ```
public struct RedactingLogHandler<Upstream: LogHandler>: LogHandler {
    /// The wrapped handler (its metadata and provider are always empty).
    public private(set) var upstream: Upstream
    let core: LogScrubber

    /// Metadata added to every event (scrubbed on each event).
    public var metadata: Logger.Metadata
    /// Resolved by this handler on each event; its values are scrubbed too.
    public var metadataProvider: Logger.MetadataProvider?

    /// The upstream's log level.
    public var logLevel: Logger.Level {
        get { upstream.logLevel }
        set { upstream.logLevel = newValue }
    }

    /// Wraps `upstream`. A provider or metadata already set on `upstream` is taken over
    /// (and removed from it); `metadataProvider`, when given, replaces the provider.
    public init(upstream: Upstream, scrubber: Scrubber, metadataProvider: Logger.MetadataProvider? = nil) {
        self.init(upstream: upstream, core: LogScrubber(scrubber), metadataProvider: metadataProvider)
    }

    init(upstream: Upstream, core: LogScrubber, metadataProvider: Logger.MetadataProvider?) {
        var upstream = upstream
        self.metadata = upstream.metadata
        self.metadataProvider = metadataProvider ?? upstream.metadataProvider
        upstream.metadata = [:]
        upstream.metadataProvider = nil
        self.upstream = upstream
        self.core = core
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    /// The scrubber in use.
    public var scrubber: Scrubber { core.scrubber }

    public func log(event: LogEvent) {
        let merged = core.merge(event: event, handlerMetadata: metadata, provider: metadataProvider)
        if core.isClean(event, merged: merged) {
            // Nothing to scrub: forward the event itself (with the merged metadata).
            if metadata.isEmpty && metadataProvider == nil {
                upstream.log(event: event)
            } else {
                var forwarded = event
                forwarded.metadata = merged
                upstream.log(event: forwarded)
            }
            return
        }
        let scrubbed = core.scrub(event: event, merged: merged)
        var forwarded = event
        forwarded.message = Logger.Message(stringLiteral: scrubbed.message)
        forwarded.metadata = scrubbed.metadata
        forwarded.error = scrubbed.error
        upstream.log(event: forwarded)
    }
}
