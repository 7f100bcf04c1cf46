import Testing
@testable import Veil

/// Probe finding (stop 38, travel): card numbers glued to a form-of-payment issuer code were
/// written raw (a number glued to letters is no word of its own).
@Suite("Card numbers after a form-of-payment code") struct FormOfPaymentCardTests {
    @Test("the number after VI, CA, MC … (also after CC) is masked", arguments: [
        ("FP CCVI4539578763621486/0828", "4539578763621486"),
        ("FOP: VI4539578763621486 EXP 12/28", "4539578763621486"),
        ("5-*VI4539578763621486¥12/28", "4539578763621486"),
        ("FOP CCCA5425233430109903/0426", "5425233430109903"),
    ])
    func masked(_ line: String, _ card: String) {
        let out = FuzzRegressionTests.stable(line)
        #expect(!out.contains(card), "\(out)")
        #expect(out.contains(String(card.suffix(4))), "\(out)")
    }

    @Test("numbers that fail a card's checks, and other codes, stay", arguments: [
        "VI1234567890123456 CA12345 MC2024 TP2 XX4539578763621486",
    ])
    func kept(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}
