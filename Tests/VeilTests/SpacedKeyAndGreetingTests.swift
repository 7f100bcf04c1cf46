import Testing
@testable import Veil

/// Spaced keys ending in `account`, and greetings with a second word (stop 30: `Deleted user
/// account: james.wilson`, `Bank Account: 12345678` and `Welcome aboard, Noah!` kept the value).
@Suite("Spaced keys ending in account; bank accounts in prose; Welcome aboard")
struct SpacedKeyAndGreetingTests {
    @Test("the value takes the spaced key's rule or the name rule", arguments: [
        ("Deleted user account: james.wilson ok", "james.wilson", "Deleted user account: username~test~"),
        ("Bank Account: 12345678", "12345678", "Bank Account: [REDACTED:bank_account]"),
        ("Welcome aboard, Noah!", "Noah", "Welcome aboard, name~test~"),
        ("Welcome home Sarah", "Sarah", "Welcome home name~test~"),
        ("payout to account no. 55779911 ok", "55779911", "payout to account no. [REDACTED:bank_account] ok"),
        ("bank account 12345678 verified", "12345678", "bank account [REDACTED:bank_account] verified"),
        ("routing number 021000021", "021000021", "routing number [REDACTED:bank_account]"),
        ("mot de passe : secret123", "secret123", "mot de passe : [REDACTED:secret]"),
        ("data di nascita: 12/04/1985", "12/04/1985", "data di nascita: [REDACTED:dob]"),
    ])
    func replaced(_ line: String, _ value: String, _ expected: String) {
        let out = FuzzRegressionTests.expectText(line, value, replaced: true)
        #expect(out.hasPrefix(expected), "\(out)")
    }

    @Test("accounts that name a thing, and account words in prose, stay", arguments: [
        "Service Account: sa-deploy", "AWS Account: 123456789012", "user account locked", "Welcome aboard!",
        "account #4411 suspended", "access granted to 12345678", "sort code 20-00-00", "account 55779911 has no qualifier",
    ])
    func kept(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}

/// Health data and special categories run to the end of their phrase, as an address does
/// (stop 30: `diagnosis: E11.9 Type 2 diabetes mellitus` kept the description).
@Suite("Health data values; insurance member ids")
struct HealthValueTests {
    @Test("the whole phrase is the value; the next pair or spaced key ends it", arguments: [
        ("diagnosis: E11.9 Type 2 diabetes mellitus", ["E11.9", "diabetes"], "diagnosis: [REDACTED:health]"),
        ("diagnosis=flu severity=high", ["flu"], "diagnosis=[REDACTED:health] severity=high"),
        ("religion=Roman Catholic member id: XYZ123456789", ["Catholic", "XYZ123456789"], "religion=[REDACTED:sensitive] member id: patient_id~test~"),
        ("address: 12 Oak Ave Springfield Phone Number: 2175550123", ["Springfield", "2175550123"], "address: address~test~"),
        ("Medicare ID 1EG4-TE5-MK73 verified", ["1EG4-TE5-MK73"], "Medicare ID patient_id~test~"),
    ])
    func phrase(_ line: String, _ secrets: [String], _ expected: String) {
        let out = FuzzRegressionTests.stable(line)
        for secret in secrets { #expect(!out.contains(secret), "\(out)") }
        #expect(out.hasPrefix(expected), "\(out)")
    }
}
