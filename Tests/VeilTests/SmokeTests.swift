import Testing
@testable import Veil

@Suite struct SmokeTests {
    @Test("RE2 compiles and finds a match") func re2() throws {
        let p = try RegexPattern("a(b+)c")
        let s = Array("xxabbbc".utf8)
        let m = s.withUnsafeBufferPointer { p.firstMatch(in: $0, from: 0) }
        #expect(m?.value == 3..<6)
    }
}
