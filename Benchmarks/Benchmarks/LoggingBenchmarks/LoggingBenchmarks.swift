import Benchmark
import BenchmarkCalls
import Logging
import Veil
import VeilLogging

/// An inner handler that does nothing but keep the event alive, so the optimiser cannot drop the call.
struct NoOpHandler: LogHandler {
    var metadata: Logger.Metadata = [:]
    var metadataProvider: Logger.MetadataProvider?
    var logLevel: Logger.Level = .trace
    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }
    func log(event: LogEvent) {
        blackHole(event.message)
        blackHole(event.metadata)
    }
}

let jwt = exampleJWT


let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .throughput],
        scalingFactor: .kilo,
        maxDuration: .seconds(3),
        maxIterations: 1_000_000
    )

    let keys = KeyRing.test  // the fixed public test key: the cost is the same as a real one
    let plain = Logger(label: "bench") { _ in NoOpHandler() }
    let veil = Logger(label: "bench", factory: try! VeilLog.redacting(rules: .default, keys: keys) { _ in NoOpHandler() })

    @inline(__always) func clean(_ logger: Logger) {
        logger.info("order accepted", metadata: ["request-id": "r-7f3a9c", "route": "/api/v1/orders", "status": "200"])
    }
    @inline(__always) func withJWT(_ logger: Logger) {
        logger.info("order accepted", metadata: ["authorization": "Bearer \(jwt)", "route": "/api/v1/orders", "status": "200"])
    }

    Benchmark("3 metadata, no findings — plain swift-log") { benchmark in
        for _ in benchmark.scaledIterations { clean(plain) }
    }
    Benchmark("3 metadata, no findings — Veil RedactingLogHandler") { benchmark in
        for _ in benchmark.scaledIterations { clean(veil) }
    }
    Benchmark("3 metadata, one JWT — plain swift-log") { benchmark in
        for _ in benchmark.scaledIterations { withJWT(plain) }
    }
    Benchmark("3 metadata, one JWT — Veil RedactingLogHandler") { benchmark in
        for _ in benchmark.scaledIterations { withJWT(veil) }
    }

    // A different token on every call (more than Veil's summary cache holds): each is decoded.
    let fresh = freshTokens(4096)
    Benchmark("3 metadata, a fresh JWT each call — plain swift-log") { benchmark in
        var next = 0
        for _ in benchmark.scaledIterations {
            next = (next + 1) & 4095
            plain.info("order accepted", metadata: ["authorization": "Bearer \(fresh[next])", "route": "/api/v1/orders", "status": "200"])
        }
    }
    Benchmark("3 metadata, a fresh JWT each call — Veil RedactingLogHandler") { benchmark in
        var next = 0
        for _ in benchmark.scaledIterations {
            next = (next + 1) & 4095
            veil.info("order accepted", metadata: ["authorization": "Bearer \(fresh[next])", "route": "/api/v1/orders", "status": "200"])
        }
    }
}
