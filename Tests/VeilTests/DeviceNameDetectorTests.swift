import Testing
@testable import Veil

@Suite("devices named after their owner")
struct DeviceNameDetectorTests {
    @Test("a given name (possessive or not) before a device word: the whole host name", arguments: [
        ("(Bobs-iPhone) via eth0", "Bobs-iPhone"),
        ("to 3c:22:fb:12:34:56 (Janes-MacBook-Pro) via", "Janes-MacBook-Pro"),
        ("device Maria's iPad joined", "Maria's iPad"),
        ("device Maria’s iPad joined", "Maria’s iPad"),
        ("host Johns-PC.local", "Johns-PC"),
        ("James-Galaxy-S21 connected", "James-Galaxy-S21"),
    ])
    func positives(_ line: String, _ host: String) {
        let b = Array(line.utf8)
        let found = b.withUnsafeBufferPointer { p in
            (0..<b.count).lazy.compactMap { DeviceNameDetector.match(p, at: $0) }.first.map { String(decoding: b[$0], as: UTF8.self) }
        }
        #expect(found == host)
        FuzzRegressionTests.expectText(line, host, replaced: true)
    }

    @Test("no given name, no device word, or a longer word: nothing", arguments: [
        "Build-Pixel-Pipeline ok", "Jane-Watchful ok", "Started Apple-Watch sync", "Janes-Phones", "x-Jane-iPhone",
        "Jane's phone number is unknown", "Mac-Pro-Server",
    ])
    func negatives(_ line: String) {
        let b = Array(line.utf8)
        let found = b.withUnsafeBufferPointer { p in (0..<b.count).contains { DeviceNameDetector.match(p, at: $0) != nil } }
        #expect(!found, "\(line)")
    }
}
