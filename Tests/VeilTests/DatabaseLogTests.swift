import Testing
@testable import Veil

/// Database servers' own log formats (stop 39).
@Suite("Database server logs")
struct DatabaseLogTests {
    /// Oracle's listener.log writes TNS descriptors whose pairs nest: `ADDRESS=` opens more pairs
    /// and is no postal address, so the line after it stays readable.
    @Test("a TNS descriptor's pairs are read one by one")
    func tnsDescriptor() {
        let line = "03-JUN-2024 10:30:12 * (CONNECT_DATA=(SERVICE_NAME=ORCL)(CID=(PROGRAM=sqlplus)(HOST=WS-HR-07)(USER=lkowalski))) * (ADDRESS=(PROTOCOL=tcp)(HOST=10.4.4.4)(PORT=50505)) * establish * ORCL * 0"
        let out = FuzzRegressionTests.stable(line)
        #expect(!out.contains("lkowalski") && !out.contains("10.4.4.4"), "\(out)")
        #expect(out.contains("(ADDRESS=(PROTOCOL=tcp)(HOST=ip~test~"), "\(out)")
        #expect(out.hasSuffix("(PORT=50505)) * establish * ORCL * 0"), "\(out)")
        #expect(!out.contains("address~"), "\(out)")
    }

    /// Only TNS's `(ADDRESS=` opens nested pairs: a secret key's parenthesised value stays one
    /// value, even when it holds `=` (an inner key no rule knows must not let it through).
    @Test("a secret's parenthesised value with pairs inside is redacted whole", arguments: ["password=(foo=hunter2) x", "(password=(foo=hunter2))"])
    func secretWithPairs(_ line: String) {
        #expect(!FuzzRegressionTests.stable(line).contains("hunter2"))
    }

    @Test("a postal address in parentheses is still one", arguments: ["address=(12 Main St, Springfield) x", "address=(Hauptstraße 5)"])
    func parenthesisedAddress(_ line: String) {
        #expect(FuzzRegressionTests.stable(line).contains("address~test~"))
    }
}
