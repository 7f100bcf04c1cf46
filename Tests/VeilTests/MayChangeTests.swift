import Testing
@testable import Veil

/// `mayChange` lets the swift-log handlers forward a value untouched: it must never say
/// "unchanged" for a value the engine would change.
@Suite("mayChange pre-check")
struct MayChangeTests {
    static let alphabet = Array("0123456789abcdefxyzABCDEFXYZ .-_/+()[]@%:=~*#,;'\"<>".utf8) + [0x80, 0xC3, 0xBC, 0x00]

    @Test("false only when scrubbing as text changes nothing (random short and medium strings)")
    func sound() {
        let s = EngineFixtures.scrubber
        var rng = SystemRandomNumberGenerator()
        var falses = 0
        for round in 0..<60_000 {
            let length = round % 3 == 0 ? Int.random(in: 0...6, using: &rng) : Int.random(in: 7...24, using: &rng)
            let bytes = (0..<length).map { _ in Self.alphabet.randomElement(using: &rng)! }
            bytes.withUnsafeBufferPointer { b in
                guard !s.mayChange(line: b, format: .text) else { return }
                falses += 1
                var out: [UInt8] = []
                var report = ScrubReport(for: s)
                s.scrubText(b, into: &out, report: &report)
                #expect(out == bytes, "\(bytes)")
            }
        }
        #expect(falses > 10_000)
    }

    @Test("short findings are still seen", arguments: ["1.1.1.1", "::1", "a@b.co", "k=v", "Basic x", "token:x", "<CF>7'"])
    func shortFindings(_ text: String) {
        let s = EngineFixtures.scrubber
        let changes = s.scrub(text, format: .text).output != text
        let may = Array(text.utf8).withUnsafeBufferPointer { s.mayChange(line: $0, format: .text) }
        if changes { #expect(may, "\(text)") }
    }
}
