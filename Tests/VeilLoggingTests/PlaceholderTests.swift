import Testing
@Suite struct VeilLoggingPlaceholderTests { @Test func builds() { #expect(Bool(true)) } }
