import Testing
@testable import Veil

/// An old calendar date standing alone is a date of birth, whatever labels it (or nothing
/// does): rows without a header, table cells, prose in other languages, exception messages.
@Suite("Birth dates by their shape")
struct BirthDateShapeTests {
    @Test("an old date alone is replaced", arguments: [
        ("row 1534 rejected: 19,Precious,Adeyemi,jane@example.com,1988-12-01,\"14 Hill St\"", "1988-12-01"),
        ("|  10231|  Ana Souza|1987-03-14|", "1987-03-14"),
        ("| 104221 | 285057511234576 | 1985-06-02 | x |", "1985-06-02"),
        ("Kundin bestätigt, Geburtsdatum 14.02.1981", "14.02.1981"),
        ("Cannot deserialize value of type `java.time.LocalDate` from String \"14/07/1979\": not a valid date", "14/07/1979"),
        ("o.h.type.descriptor.sql.BasicBinder : binding parameter [3] as [DATE] - [1991-08-30]", "1991-08-30"),
        ("\"name\",\"phone\",\"1992-05-08\",\"************7783\"", "1992-05-08"),
        ("DynamoDB UpdateItem { ':b': { S: '1991-02-14' } }", "1991-02-14"),
        ("\"email\",\"phone\",\"1987-04-23 00:00:00 UTC\",\"2024-03-11 09:14:22.118\"", "1987-04-23"),
        ("received {\"birth\":\"1991-07-22T00:00:00\",\"plan\":\"gold\"}", "1991-07-22"),
        ("applicant born 3/6/1985 in Lagos", "3/6/1985"),
        ("applicant born 1/08/2003 in Lagos", "1/08/2003"),
        ("geboren 12-3-1985 te Utrecht", "12-3-1985"),
        ("<DOBField>2006-04-11</DOBField>", "2006-04-11"),
        ("zaměstnanec 1975/02/28 nastoupil", "1975/02/28"),
        ("child record 12-08-2003 updated", "12-08-2003"),
        ("2 DATE 14 MAR 1979", "14 MAR 1979"),
        ("<ItemData ItemOID=\"DM.BRTHDAT\" Value=\"12 MAR 1961\"/>", "12 MAR 1961"),
        ("patient born 12-MAR-1961 admitted", "12-MAR-1961"),
        ("she was born on 3 March 1985.", "3 March 1985"),
    ])
    func replaced(_ line: String, _ raw: String) {
        FuzzRegressionTests.expectText(line, raw, replaced: true)
    }

    @Test("event times, recent dates, versions, sentinels and dates inside words stay", arguments: [
        ("last sync at 2008-03-14 09:12:44 from the legacy host", "2008-03-14 09:12:44"),
        ("{\"Version\":\"2008-10-17\",\"Statement\":[]}", "2008-10-17"),
        ("x-amz-api-version: 2006-03-01", "2006-03-01"),
        ("Twilio ApiVersion=2009-04-01 AccountSid", "2009-04-01"),
        ("policy Version 2008-10-17 applied", "2008-10-17"),
        ("last_login=1970-01-01 never logged in", "1970-01-01"),
        ("default date 1900-01-01 used", "1900-01-01"),
        ("GET /archive/2008-05-12/report.pdf", "/archive/2008-05-12/report.pdf"),
        ("case CASE-1987-03-14 opened", "CASE-1987-03-14"),
        ("library 1.2.1985.4 loaded", "1.2.1985.4"),
        ("invoice 2019-04-30 issued", "2019-04-30"),
        ("release 2024-05-12 shipped", "2024-05-12"),
        ("batch 1987-03-14-02 started", "1987-03-14-02"),
        ("ratio 13/14/1990 invalid", "13/14/1990"),
        ("Last-Modified: Wed, 21 Oct 2009 07:28:00 GMT", "21 Oct 2009 07:28:00"),
        ("Expires: Thu, 01 Jan 1970 00:00:00 GMT", "01 Jan 1970 00:00:00"),
        ("meeting on 12 May 2024 moved", "12 May 2024"),
        ("took 12 ms for 3 items", "took 12 ms for 3 items"),
    ])
    func kept(_ line: String, _ text: String) {
        FuzzRegressionTests.expectText(line, text, replaced: false)
    }

    @Test("a JSON value and a logfmt value are read the same way")
    func structured() {
        let json = EngineFixtures.scrub(#"{"id":7,"d":"1984-01-30","since":"2021-02-01"}"#, format: .json)
        #expect(!json.contains("1984-01-30"), "\(json)")
        #expect(json.contains(#""since":"2021-02-01""#), "\(json)")
        let logfmt = EngineFixtures.scrub("msg=ok d=1984-01-30 since=2021-02-01", format: .logfmt)
        #expect(!logfmt.contains("1984-01-30"), "\(logfmt)")
        #expect(logfmt.contains("since=2021-02-01"), "\(logfmt)")
    }
}
