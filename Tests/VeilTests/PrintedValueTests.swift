import Testing
@testable import Veil

/// Values as languages print them in exceptions and validation errors (stop 36: a helper's probe
/// of Python, Java, Ruby, PHP, JavaScript and Go dumps).
@Suite("Dates in their objects, validation inputs")
struct PrintedValueTests {
    @Test("a date of birth in its object is replaced with the object", arguments: [
        (#"dateOfBirth: new Date("1985-12-01")"#, "1985-12-01", ""),
        ("@birthday=#<Date: 1995-02-11 ((2449760j,0s,0n),+0s,2299161j)>, @id=5", "1995-02-11", ", @id=5"),
        (#""birth_date": Carbon\Carbon @543196800 {date: 1987-03-14 00:00:00.0 UTC (+00:00)}"#, "1987-03-14", ""),
        ("birthDate=Tue Mar 14 00:00:00 CET 1987 ok", "1987", " ok"),
        ("dob=datetime.date(1985, 12, 1) x", "1985", " x"),
    ])
    func wrappedDates(_ line: String, _ secret: String, _ suffix: String) {
        let out = FuzzRegressionTests.expectText(line, secret, replaced: true)
        #expect(out.hasSuffix(suffix), "\(out)")
    }

    @Test("the input a validation error repeats takes the rule of its shape", arguments: [
        ("  String should have at least 12 characters [type=string_too_short, input_value='Bl4ckb1rd!', input_type=str]", "Bl4ckb1rd!"),
        ("ConstraintViolationImpl{interpolatedMessage='must be a well-formed email address', propertyPath=email, invalidValue=nikolai.petrov@@mail.ru}", "nikolai.petrov"),
        ("  value is not a valid email address [type=value_error, input_value='rafael.quintero.gmail.com', input_type=str]", "rafael.quintero"),
        ("input_value='Jane Doe'", "Jane"),
        ("rejectedValue=ewa.nowak]", "ewa.nowak"),
        // A short capitalised word after an e-mail key that is a given name is no prose.
        ("email: Bob", "Bob"),
    ])
    func validationInputs(_ line: String, _ secret: String) {
        FuzzRegressionTests.expectText(line, secret, replaced: true)
    }

    @Test("inputs of no telling shape and the sentence after an e-mail label stay", arguments: [
        "[type=int_parsing, input_value='abc', input_type=str]",
        "[type=missing, input_value={'a': 1}, input_type=dict]",
        "  value is not a valid email address: An email address must have an @-sign.",
        "failed to send reset mail: smtp: 535 5.7.8 Username and Password not accepted",
    ])
    func kept(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}

/// SQLAlchemy's bound parameters after a failed statement (stop 36).
@Suite("SQLAlchemy's parameters")
struct SQLAlchemyParameterTests {
    @Test("each value is replaced by its shape", arguments: [
        ("[SQL: INSERT INTO users (email, full_name, password) VALUES (%s, %s, %s)] [parameters: ('kenji.w@docomo.ne.jp', 'Kenji Watanabe', 'Sh1buya!Tokyo')]", ["kenji.w", "Watanabe", "Sh1buya!Tokyo"]),
        ("[parameters: ('dmitri.volkov88', '1988-11-02')]", ["dmitri.volkov88", "1988-11-02"]),
        ("[parameters: [(1, 'Ann Lee'), (2, 'Bob Stone')]]", ["Ann Lee", "Bob Stone"]),
    ])
    func replaced(_ line: String, _ secrets: [String]) {
        let out = FuzzRegressionTests.stable(line)
        for secret in secrets { #expect(!out.contains(secret), "\(out)") }
    }

    @Test("ids, statuses and None stay")
    func kept() {
        let line = "[parameters: (42, 'active', None)]"
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}
