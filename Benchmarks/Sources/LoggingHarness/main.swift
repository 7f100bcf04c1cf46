// A plain release-mode timing loop over the same calls as LoggingBenchmarks, for profiling
// (`perf record`) and as a cross-check: swift run -c release LoggingHarness [iterations] [name filter]
import BenchmarkCalls
import Logging
import Veil
import VeilLogging
#if canImport(Glibc)
import Glibc
#endif

struct NoOpHandler: LogHandler {
    var metadata: Logger.Metadata = [:]
    var metadataProvider: Logger.MetadataProvider?
    var logLevel: Logger.Level = .trace
    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }
    func log(event: LogEvent) {
        if event.message.description.isEmpty { print("unreachable") }
    }
}

let jwt = exampleJWT

let iterations = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1])! : 200_000
let plain = Logger(label: "bench") { _ in NoOpHandler() }
let veil = Logger(label: "bench", factory: try! VeilLog.redacting(rules: .default, keys: .test) { _ in NoOpHandler() })

func nanoseconds(_ clock: clockid_t) -> Double {
    var ts = timespec()
    clock_gettime(clock, &ts)
    return Double(ts.tv_sec) * 1e9 + Double(ts.tv_nsec)
}

/// Wall-clock and thread-CPU time per call (CPU time is the fairer figure on a busy machine).
let filter = CommandLine.arguments.count > 2 ? CommandLine.arguments[2] : ""

func measure(_ name: String, _ body: () -> Void) {
    guard filter.isEmpty || name.contains(filter) else { return }
    for _ in 0..<iterations / 10 { body() }
    var best = (wall: Double.infinity, cpu: Double.infinity)
    for _ in 0..<5 {
        let w0 = nanoseconds(CLOCK_MONOTONIC), c0 = nanoseconds(CLOCK_THREAD_CPUTIME_ID)
        for _ in 0..<iterations / 5 { body() }
        let w1 = nanoseconds(CLOCK_MONOTONIC), c1 = nanoseconds(CLOCK_THREAD_CPUTIME_ID)
        let n = Double(iterations / 5)
        best = (min(best.wall, (w1 - w0) / n), min(best.cpu, (c1 - c0) / n))
    }
    print("\(name): \(Int(best.wall)) ns/call wall, \(Int(best.cpu)) ns/call CPU (best of 5 rounds)")
}

measure("clean, plain") { plain.info("order accepted", metadata: ["request-id": "r-7f3a9c", "route": "/api/v1/orders", "status": "200"]) }
measure("clean, veil ") { veil.info("order accepted", metadata: ["request-id": "r-7f3a9c", "route": "/api/v1/orders", "status": "200"]) }
measure("jwt,   plain") { plain.info("order accepted", metadata: ["authorization": "Bearer \(jwt)", "route": "/api/v1/orders", "status": "200"]) }
measure("jwt,   veil ") { veil.info("order accepted", metadata: ["authorization": "Bearer \(jwt)", "route": "/api/v1/orders", "status": "200"]) }
// A different token on every call (more than the summary cache holds), so each one is decoded.
let fresh = freshTokens(4096)
var next = 0
measure("fresh jwt, plain") { next = (next + 1) & 4095; plain.info("order accepted", metadata: ["authorization": "Bearer \(fresh[next])", "route": "/api/v1/orders", "status": "200"]) }
measure("fresh jwt, veil ") { next = (next + 1) & 4095; veil.info("order accepted", metadata: ["authorization": "Bearer \(fresh[next])", "route": "/api/v1/orders", "status": "200"]) }
