import Testing
@testable import Veil

/// Records printed one field per line and display names in Python reprs (probe stop 42).
@Suite("Vertical records and quoted display names")
struct VerticalRecordAndReprTests {
    @Test("a field of a vertical record is read under its key", arguments: [
        (" birthdate   | 1995-02-17", "1995-02-17"),
        (" full_name   | Ximena Quispe Huamán", "Huamán"),
        ("email      | jane@example.com", "jane@example.com"),
    ])
    func verticalRecord(_ line: String, _ value: String) {
        _ = FuzzRegressionTests.expectText(line, value, replaced: true)
    }

    @Test("other lines with one bar stay", arguments: ["status | ok", "| a | b |", "build | 42 passed | 0 failed"])
    func otherBarsStay(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }

    @Test("a display name right after a single quote is one name, its space kept", arguments: [
        "E       Expected: send_welcome(to='Olusegun Bello <o.bello@gmail.com>', dob=1)",
        "x 'Zorbax Quillon <o@gmail.com>'",
    ])
    func quotedDisplayName(_ line: String) {
        let out = FuzzRegressionTests.expectText(line, "Olusegun", replaced: true)
        #expect(!out.contains("Zorbax") && !out.contains("Quillon") && out.contains("'name~test~"), "\(out)")
    }
}

/// Given and family names in neighbouring cells of a CSV row (probe stop 42).
@Suite("Names in CSV rows")
struct CSVRowNameTests {
    @Test("a given name and the next cell's family name are replaced", arguments: [
        (#"row 1532 rejected: 17,"Jane","Whitaker","jane.whitaker@hotmail.co.uk","+1 555 0100""#, "Jane", "Whitaker"),
        (#"row 1533 rejected (bad date): 18,"Tomas","Herrera","tomas.h@protonmail.com","31/02/1990""#, "Tomas", "Herrera"),
        ("42,Maria,Santos,2024-01-01", "Maria", "Santos"),
    ])
    func namePair(_ line: String, _ given: String, _ family: String) {
        let out = FuzzRegressionTests.expectText(line, family, replaced: true)
        #expect(!out.contains(given) && out.contains("name~test~"), "\(out)")
    }

    @Test("cells that are no person stay", arguments: ["city,country,Paris,France,42", "level,INFO,Grace,Period,1", "a,Mark,Twain,b"])
    func otherCellsStay(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}
