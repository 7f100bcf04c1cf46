import Testing
@testable import Veil

/// Unique-key errors of MySQL/MariaDB and SQL Server quote the duplicate value and name the
/// index; the value takes the rule of the column the index is named after.
@Suite("duplicate-key errors")
struct DuplicateKeyTests {
    @Test("the duplicate value takes its column's rule", arguments: [
        ("Duplicate entry 'jdoe42' for key 'users.username'", "jdoe42", "username~test~"),
        ("SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry 'Jane Doe' for key 'customers.full_name_UNIQUE'", "Jane Doe", "name~test~"),
        ("Duplicate entry '07700900123' for key 'uk_users_phone_number'", "07700900123", "phone~test~"),
        ("Violation of UNIQUE KEY constraint 'UQ_Users_Email'. Cannot insert duplicate key in object 'dbo.Users'. The duplicate key value is (jdoe@example.com).", "jdoe@example.com", "email~test~"),
        ("Cannot insert duplicate key row in object 'dbo.Customers' with unique index 'IX_Customers_Username'. The duplicate key value is (jsmith).", "(jsmith)", "username~test~"),
    ])
    func replaced(_ line: String, _ value: String, _ pseudonym: String) {
        let out = FuzzRegressionTests.expectText(line, value, replaced: true)
        #expect(out.contains(pseudonym), "\(out)")
    }

    @Test("an index that names no rule leaves the value to the text scan", arguments: [
        "Duplicate entry '5-3' for key 'PRIMARY'",
        "Duplicate entry 'ORD-1001' for key 'orders_number_unique'",
        "Duplicate entry 'x' for key",
        "Violation of PRIMARY KEY constraint 'PK_Orders'. The duplicate key value is (1001).",
    ])
    func kept(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}
