import Logging
import Testing
import Veil
@testable import VeilLogging

@Suite("Clean-string cache of the swift-log handlers")
struct CleanStringCacheTests {
    static func event(_ message: String, _ metadata: Logger.Metadata) -> LogEvent {
        LogEvent(level: .info, message: Logger.Message(stringLiteral: message), metadata: metadata, source: "t", file: #fileID, function: #function, line: #line)
    }

    @Test("a look-up is exact: one byte, the length or the kind apart is not found")
    func exact() {
        let cache = CleanStringCache()
        let stored = CleanStringCache.Entry("/api/v1/orders", kind: .value)!
        cache.insert([stored])
        var probes = [stored, CleanStringCache.Entry("/api/v1/orderz", kind: .value)!, CleanStringCache.Entry("/api/v1/order", kind: .value)!,
                      CleanStringCache.Entry("/api/v1/orders", kind: .message)!, CleanStringCache.Entry("/api/v1/orders", kind: .key)!, .uncacheable]
        var states = [CleanStringCache.State](repeating: .unknown, count: probes.count)
        probes.withUnsafeMutableBufferPointer { p in states.withUnsafeMutableBufferPointer { cache.lookUp(UnsafeBufferPointer(p), states: $0) } }
        #expect(states == [.clean, .unknown, .unknown, .unknown, .unknown, .unknown])
        // The empty table never answers for an all-zero (uncacheable) entry either.
        #expect(CleanStringCache.Entry(String(repeating: "x", count: CleanStringCache.maximumLength + 1), kind: .value) == nil)
        probes = [.uncacheable]
        probes.withUnsafeMutableBufferPointer { p in states.withUnsafeMutableBufferPointer { cache.lookUp(UnsafeBufferPointer(p), states: UnsafeMutableBufferPointer(rebasing: $0[0..<1])) } }
        #expect(states[0] == .unknown)
    }

    @Test("isClean with the cache agrees with a fresh scan, call after call (clean and dirty strings sharing slots)")
    func agreesWithScan() {
        let core = LogScrubber(Planted.scrubber)
        let values: [String] = ["200", "r-7f3a9c", "/api/v1/orders", "jane@example.com", "10.0.0.1", "ok", "4111 1111 1111 1111", "x",
                                String(repeating: "a", count: 60), "Bearer " + Planted.jwt, "null", "-", "GET /", "password=hunter2"]
        let keys = ["status", "route", "request-id", "password", "email", "authorization", "user", "latency"]
        let messages = ["order accepted", "login for jane@example.com", "", "sent to 10.0.0.1", String(repeating: "b", count: 50), "done\nnext line"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            var metadata: Logger.Metadata = [:]
            for _ in 0..<Int.random(in: 0...3, using: &generator) {
                metadata[keys.randomElement(using: &generator)!] = .string(values.randomElement(using: &generator)!)
            }
            let event = Self.event(messages.randomElement(using: &generator)!, metadata)
            let cached = core.isClean(event, merged: metadata)
            // The reference: the same check scanning every string.
            #expect(cached == core.isCleanScanning(event, merged: metadata), "\(event.message) \(metadata)")
            if cached {
                // And what it promises: scrubbing would change nothing.
                let scrubbed = core.scrub(event: event, merged: metadata)
                #expect(scrubbed.message == event.message.description && scrubbed.metadata == metadata, "\(event.message) \(metadata)")
            }
        }
    }

    @Test("concurrent callers get exact answers")
    func concurrent() async {
        let core = LogScrubber(Planted.scrubber)
        await withTaskGroup(of: Bool.self) { group in
            for t in 0..<8 {
                group.addTask {
                    var ok = true
                    for i in 0..<2000 {
                        let dirty = (i + t) % 3 == 0
                        let value = dirty ? "user\(i % 50)@example.com" : "value-\(i % 50)"
                        let metadata: Logger.Metadata = ["k\(i % 7)": .string(value)]
                        if core.isClean(Self.event("message \(i % 11)", metadata), merged: metadata) == dirty { ok = false }
                    }
                    return ok
                }
            }
            for await ok in group { #expect(ok) }
        }
    }
}
