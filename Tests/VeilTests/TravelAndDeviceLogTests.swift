import Testing
@testable import Veil

/// Airline reservations, MQTT, smart locks, printers and sign-ins with display names (probe stop 42).
@Suite("Airline reservations, MQTT brokers, smart locks, CUPS")
struct TravelAndDeviceLogTests {
    @Test("a passport's APIS data: number, birth date and name replaced; country, sex and expiry kept")
    func ssrDocs() {
        let out = FuzzRegressionTests.expectText("apis-sender INFO SSR DOCS BA HK1 P/GBR/123456789/GBR/12JAN80/F/15MAR30/DOE/JANE", "123456789", replaced: true)
        #expect(!out.contains("12JAN80") && !out.contains("DOE/JANE") && out.contains("P/GBR/") && out.contains("/F/15MAR30/"), "\(out)")
    }

    @Test("PNR name elements, contact elements and a frequent flyer's number are replaced", arguments: [
        ("RP/LONBA28AA/LONBA28AA   AA/SU  4DEC24/0900Z   QX7K2M  1.DOE/JANE MRS  2.SMITH/JOHN MR", "SMITH/JOHN"),
        ("SSR CTCM BA HK1/447700900456/GB pax 1", "447700900456"),
        ("SSR CTCE BA HK1/JOHN.SMITH//EXAMPLE.COM", "JOHN.SMITH"),
        ("loyalty-svc INFO FQTV BA 71234567 linked to pax 1", "71234567"),
    ])
    func reservationElements(_ line: String, _ value: String) {
        _ = FuzzRegressionTests.expectText(line, value, replaced: true)
    }

    @Test("dotted words and versions stay", arguments: ["version 1.2.3 path v1.API/DOCS", "SSR WCHR BA HK1", "step 2.BUILD/TEST done"])
    func otherStays(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }

    @Test("MQTT CONNECT: the account and the password", arguments: [
        "1733291046: Received CONNECT from mqttx_5f2a91c3 (p5, c1, k30, u'marek.kowalski', p'Tr0ub4dor&3')",
    ])
    func mosquittoConnect(_ line: String) {
        let out = FuzzRegressionTests.expectText(line, "Tr0ub4dor", replaced: true)
        #expect(!out.contains("marek.kowalski"), "\(out)")
    }

    @Test("a door's code, a print job's owner, a display name after logged in as", arguments: [
        ("Door unlocked by Jane Doe using code 4821 (Front Door)", "4821"),
        (#"I [04/Dec/2024:08:25:12 +0000] [Job 1188] Queued on "HP_LaserJet_Pro_M404dn" by "aoconnor"."#, "aoconnor"),
        ("Logged in as Priya Raghunathan from 192.168.1.77", "Raghunathan"),
    ])
    func deviceValues(_ line: String, _ value: String) {
        _ = FuzzRegressionTests.expectText(line, value, replaced: true)
    }

    @Test("an exit code, a firmware version and an HTTP status after an arrow stay", arguments: [
        "exited with code 1234",
        "thermostat model EB-STATE5-01 firmware 4.8.7.132 setpoint 21.0C",
        "lock fw 1.19.4.2 ok",
    ])
    func numbersStay(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }

    @Test("an HTTP status after a replaced value's arrow stays")
    func statusAfterArrow() {
        let out = FuzzRegressionTests.expectText("POST /api/v1/login user=aisha.khan93 password=Kh@nAisha#2024 -> 401 Unauthorized", "Kh@nAisha", replaced: true)
        #expect(out.hasSuffix("-> 401 Unauthorized"), "\(out)")
    }
}

/// Web server and proxy logs (probe stop 42).
@Suite("Accounts in URL paths, Digest responses, HAProxy captures")
struct WebServerLogTests {
    @Test("an account in a URL path after a segment that names people", arguments: [
        (#"Started GET "/users/lisa.hoffmann/settings" for 198.51.100.76"#, "lisa.hoffmann"),
        (#""https://www.example.com/profile/markus.weber" "Mozilla/5.0""#, "markus.weber"),
        ("GET /u/jdoe42 200", "jdoe42"),
        ("GET /users/john_smith?tab=1", "john_smith"),
    ])
    func pathAccount(_ line: String, _ account: String) {
        let out = FuzzRegressionTests.expectText(line, account, replaced: true)
        #expect(out.contains("username~test~"), "\(out)")
    }

    @Test("other path segments stay", arguments: ["GET /users/me HTTP/1.1", "GET /users/0/orders", "GET /users/settings/profile", "GET /api/users/search?q=x", "GET /js/jquery.min.js", "GET /users/jobs/list",
                                                  "GET /api/v2/users/2024-03-01/report", "GET /profiles/saml2/metadata"])
    func pathStays(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }

    @Test("an escaped Digest response inside a quoted log field is redacted")
    func escapedDigestResponse() {
        let line = #"1.2.3.4 - jm [10/Oct/2024:14:40:01 +0200] "GET /secure/ HTTP/1.1" 200 512 "Digest username=\"jmueller\", realm=\"R\", nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", uri=\"/secure/\", response=\"6629fae49393a05397450978507c4ef1\"""#
        _ = FuzzRegressionTests.expectText(line, "6629fae49393a05397450978507c4ef1", replaced: true)
    }

    @Test("a bearer token among HAProxy's captured headers ends at the field's bar")
    func haproxyCapture() {
        let out = FuzzRegressionTests.expectText("0/0 {api.example.com|Bearer abcdefghijklmnopqrstuvwxyz123456|jane.doe@acme.io} \"GET /v1/me HTTP/1.1\"", "abcdefghijklmnop", replaced: true)
        #expect(out.contains("|email~test~") && out.contains("} \"GET /v1/me"), "\(out)")
    }
}

/// A name written family name first with a comma, and education and booking keys (probe stop 42).
@Suite("Family name, comma, given name")
struct FamilyCommaGivenTests {
    @Test("the name is replaced", arguments: [
        (#"Rental agreement RA-5582910 opened: driver="Schneider, Lukas" issuing_state=DE"#, "Schneider"),
        ("Checkout: borrower cardnumber 21234009876543 (Wojcik, Agnieszka) item 39012000456781", "Agnieszka"),
        ("contact: Smith, John called", "Smith"),
    ])
    func familyCommaGiven(_ line: String, _ value: String) {
        let out = FuzzRegressionTests.expectText(line, value, replaced: true)
        #expect(out.contains("name~test~"), "\(out)")
    }

    @Test("places and words stay", arguments: ["Paris, France", "Jordan, Israel", "Houston, Texas", "Berlin, Germany", "Error, Warning", "Dear Sir, Madam"])
    func placesStay(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }

    @Test("a student's id, a grader and a booking's locator are pseudonymised", arguments: [
        ("grade_change course=MATH-2410 student_sis_id=S00457821 score=91.5 grader=prof.haddad", "S00457821"),
        ("grade_change course=MATH-2410 student_sis_id=S00457821 score=91.5 grader=prof.haddad", "prof.haddad"),
        ("PNR created recordLocator=QX7K2M office=LONBA28AA", "QX7K2M"),
    ])
    func educationAndBookingKeys(_ line: String, _ value: String) {
        _ = FuzzRegressionTests.expectText(line, value, replaced: true)
    }
}
