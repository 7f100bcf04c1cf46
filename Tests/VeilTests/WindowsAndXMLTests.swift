import Testing
@testable import Veil

/// Formats found by running realistic lines from Windows, SOAP/XML, Elasticsearch, CEF and
/// Keycloak logs through the engine: XML element values, `DOMAIN\user` accounts, bracketed
/// values, missing-value words and the wider key set of the default pack.
@Suite("Windows accounts, XML elements and other real-world key forms")
struct WindowsAndXMLTests {
    @Test("XML elements whose tag names a secret or a person", arguments: [
        ("<soap:Body><Login><username>alice</username><password>Secr3t!</password></Login></soap:Body>", "Secr3t!", true),
        ("<soap:Body><Login><username>alice</username><password>Secr3t!</password></Login></soap:Body>", "alice", true),
        ("<ns2:Password>  hunter2  </ns2:Password>", "hunter2", true),
        ("<password><![CDATA[s3cr3t pass]]></password>", "s3cr3t pass", true),
        (#"{"body":"<AccessKey>x</AccessKey><ClientSecret>abc123XYZ</ClientSecret>"}"#, "abc123XYZ", true),
        (#"<Data Name="TargetUserName">jsmith</Data><Data Name="IpAddress">-</Data>"#, "jsmith", true),
        (#"<Event><Data Name=\"SubjectUserName\">admin01</Data></Event>"#, "admin01", true),
        // Field names in `Name="…"` attributes are not people; other tags and empty text stay.
        (#"<Data Name="TargetDomainName">CORP</Data>"#, #"<Data Name="TargetDomainName">CORP</Data>"#, false),
        ("<status>200</status><Password>  </Password><password/>", "<status>200</status><Password>  </Password><password/>", false),
        ("use <Enter> to log in, <status>200</status>", "use <Enter> to log in, <status>200</status>", false),
        // A line cut after the text, an unterminated CDATA: the rest of the line (fail closed).
        ("<Login><password>hunter2", "hunter2", true),
        ("<password><![CDATA[s3cr3t pass", "s3cr3t pass", true),
        // Elements with attributes (stop 29: `<user id="5">jdoe</user>` was kept, and the rest of
        // a WS-Security header after `<wsse:Password ` was one placeholder).
        (#"<wsse:UsernameToken><wsse:Username>jdoe</wsse:Username><wsse:Password Type="PasswordText">s3cret!</wsse:Password></wsse:UsernameToken>"#, "s3cret!", true),
        (#"<wsse:Password Type="PasswordText">s3cret!</wsse:Password></wsse:UsernameToken>"#, "</wsse:Password></wsse:UsernameToken>", false),
        (#"<user id="5">jdoe</user>"#, "jdoe", true),
        (#"{"xml":"<user id=\"5\" role='x'>kim9</user>"}"#, "kim9", true),
        (#"<saml:Attribute Name="givenName"><saml:AttributeValue xsi:type="xs:string">Kevin</saml:AttributeValue></saml:Attribute>"#, "Kevin", true),
        (#"<saml:Attribute Name="givenName"><saml:AttributeValue>Kevin</saml:AttributeValue></saml:Attribute>"#, #"Name="givenName""#, false),
        (#"<saml:Attribute Name="Role"><saml:AttributeValue>admin</saml:AttributeValue></saml:Attribute>"#, #"<saml:Attribute Name="Role"><saml:AttributeValue>admin</saml:AttributeValue></saml:Attribute>"#, false),
        (#"<user email="ann@example.com" id="5">jdoe</user>"#, "ann@example.com", true),
        (#"<user email="ann@example.com" id="5">jdoe</user>"#, "jdoe", true),
        (#"<status code="200">ok</status><user id="5"/><a href="/x">home</a>"#, #"<status code="200">ok</status><user id="5"/><a href="/x">home</a>"#, false),
    ])
    func xmlElements(_ line: String, _ text: String, _ replaced: Bool) {
        FuzzRegressionTests.expectText(line, text, replaced: replaced)
    }

    // HL7 segments and SWIFT fields joined by escaped line breaks (stop 34: nothing after the
    // first segment was read, and SWIFT's party fields not at all).
    @Test("HL7 segments after an escaped \\r, SWIFT MT party fields", arguments: [
        (#"MSH|^~\&|EPIC|X|LAB|X|20240314||ADT^A04|1|P|2.5\rPID|1||MRN00482913||KOWALSKI^AGNIESZKA||19720315|F"#, ["MRN00482913", "KOWALSKI", "19720315"], "|P|2.5\\rPID|1||patient_id~test~"),
        (#"IN1|1|BCBS01|00460|1482 Elmwood Ave^^Buffalo^NY^14222^USA\rNK1|1|KOWALSKI^TOMASZ|SPO"#, ["KOWALSKI", "TOMASZ", "username~"], "^USA\\rNK1|1|name~test~"),
        (#":50K:/DE89370400440532013000\nHANS BAUMGARTNER\nKOENIGSALLEE 14\n:59:/GB29NWBK60161331926819\nPriya Ramaswamy\n:70:INV 2024-118"#,
         ["HANS", "BAUMGARTNER", "KOENIGSALLEE", "Priya", "Ramaswamy"], ":50K:name~test~"),
        (":50F:/ES9121000418450200051332 1/LUCIA FERNANDEZ OLMEDO 2/CALLE DE ALCALA 48 3/ES/MADRID 4/19810623", ["LUCIA", "ALCALA", "19810623"], ":50F:name~test~"),
        // A message logged on one line ends each field at the next tag and keeps the trailer; a
        // tag in prose, followed by a space, is not a field (stop 43: both were the rest of the line).
        (":20:FT24071XK9 :32A:240311USD8450,00 :50K:/FR7630006000011234567890189 ISABELLE MOREAU 27 RUE DE LA PAIX 75002 PARIS :59:/NL91ABNA0417164300 JAN DE VRIES KEIZERSGRACHT 221 :71A:OUR -}",
         ["ISABELLE", "MOREAU", "PAIX", "VRIES", "KEIZERSGRACHT"], " :71A:OUR -}"),
        ("{4: :50K:/FR7630006000011234567890189 ISABELLE MOREAU :59:/NL91ABNA0417164300 JAN DE VRIES -}", ["ISABELLE", "VRIES"], " :59:name~test~"),
        ("swift-gw ERROR field :59: beneficiary account /ES9121000418450200051332 failed IBAN validation for MUR-2024-03-88120",
         ["ES9121000418450200051332"], "field :59: beneficiary account /iban~test~bmsf3reelc2mwek3 failed IBAN validation for MUR-2024-03-88120"),
        // Providers in PV1, ORC and OBR; a segment after `=`; HL7's compact birth date in prose.
        ("segment PV1|1|O|CLINIC2^^^STMARYS||||1234567893^OKAFOR^CHINEDU^^^DR|||||||||||V00093812", ["OKAFOR", "CHINEDU", "1234567893"], "|||||||||||V00093812"),
        ("ORC|RE|ORD448812|FIL998112||CM||||20240314074500|||1609384722^NAKAMURA^HIROSHI^^^MD", ["NAKAMURA", "HIROSHI"], "ORC|RE|ORD448812|FIL998112||CM||||20240314074500|||name~test~"),
        ("ACK AE: PID-7 date of birth 19720315 later than admit date? segment=PID|1||MRN00482913", ["19720315", "MRN00482913"], "segment=PID|1||patient_id~test~"),
    ] as [(String, [String], String)])
    func escapedSegments(_ line: String, _ secrets: [String], _ kept: String) {
        let out = FuzzRegressionTests.stable(line)
        for secret in secrets { #expect(!out.contains(secret), "\(out)") }
        #expect(out.contains(kept), "\(out)")
        #expect(FuzzRegressionTests.stable("time 10:50:00 ok :50 x :59 y") == "time 10:50:00 ok :50 x :59 y")
    }

    // X12 EDI segments (stop 34: not read at all).
    @Test("X12 EDI: each person element under its key's rule; other segments stay")
    func x12() {
        let line = "NM1*IL*1*NGUYEN*THI MAI****MI*JHK402918836~N3*4417 BEECHWOOD DR~N4*SAN JOSE*CA*951282107~DMG*D8*19880214*F~PER*IC*DANA WHITFIELD*TE*4085550162~REF*SY*123456789~"
        let out = FuzzRegressionTests.stable(line)
        for raw in ["NGUYEN", "THI MAI", "JHK402918836", "BEECHWOOD", "SAN JOSE", "951282107", "19880214", "DANA", "4085550162", "123456789"] { #expect(!out.contains(raw), "\(out)") }
        #expect(out.hasPrefix("NM1*IL*1*name~test~") && out.contains("*CA*") && out.contains("DMG*D8*[REDACTED:dob]*F~") && out.hasSuffix("REF*SY*[REDACTED:ssn]~"), "\(out)")
        let envelope = "ISA*00*          *00*          *ZZ*SENDER~GS*HC*X*Y~ST*837*0001~CLM*A37YH556*500***11:B:1*Y*A*Y*I~"
        #expect(FuzzRegressionTests.stable(envelope) == envelope)
        // An organisation (NM102 `2`): the payer's or the hospital's name and id stay (stop 43).
        for organisation in ["NM1*PR*2*AETNA*****PI*60054~", "NM1*1P*2*RIVERSIDE GENERAL HOSPITAL*****XX*1457389201~"] {
            #expect(FuzzRegressionTests.stable(organisation) == organisation)
        }
    }

    @Test("DOMAIN\\user accounts: the user part, one pseudonym in every form", arguments: [
        ("2026-11-29 10:00:01 W3SVC1 10.0.0.5 GET /default.aspx id=3 443 CORP\\jsmith 203.0.113.9 Mozilla/5.0 200 0 0 15", "jsmith", true),
        ("user=CORP\\jsmith status=ok", "jsmith", true),
        ("Login failed for user 'CORP\\jsmith'. Reason: Password did not match.", "jsmith", true),
        (#"{"msg":"logon by CORP\\jsmith"}"#, "jsmith", true),
        ("Registry HKLM\\SOFTWARE\\Microsoft changed by NT AUTHORITY\\SYSTEM", "HKLM\\SOFTWARE\\Microsoft changed by NT AUTHORITY\\SYSTEM", false),
        ("C:\\Users\\Public\\Temp BUILTIN\\Administrators CORP\\WS01$ ERROR\\nStack", "C:\\Users\\Public\\Temp BUILTIN\\Administrators CORP\\WS01$ ERROR\\nStack", false),
        // An escaped line break before a capital or a digit is no account (stop 34: `USA\rNK1` and
        // `14\nHANS` were read as DOMAIN\user and the escape broken).
        ("ADDR^^Buffalo^NY^14222^USA\\rZZ1|9|x; 2026 CORP\\nDATA", "USA\\rZZ1|9|x; 2026 CORP\\nDATA", false),
        ("user CORP\\rsmith logged on", "rsmith", true),
    ])
    func windowsAccounts(_ line: String, _ text: String, _ replaced: Bool) {
        FuzzRegressionTests.expectText(line, text, replaced: replaced)
    }

    @Test("the domain stays and every form of one account gets one pseudonym")
    func windowsAccountPseudonym() {
        let pseudonym = EngineReference.pseudonym("jsmith", type: "username")
        for line in ["CORP\\jsmith", "user=CORP\\jsmith", "for user 'CORP\\jsmith'", #"{"user":"CORP\\jsmith"}"#] {
            let out = EngineFixtures.scrub(line)
            #expect(out.contains("CORP\\" + pseudonym) || out.contains("CORP\\\\" + pseudonym), "\(line) → \(out)")
        }
    }

    @Test("missing-value words under pseudonymising keys stay; secrets are still redacted")
    func missingValues() {
        #expect(EngineFixtures.scrub("userId=null user_id=nil username=- login=undefined email=N/A user=<nil>")
            == "userId=null user_id=nil username=- login=undefined email=N/A user=<nil>")
        #expect(EngineFixtures.scrub("Account Name:\t\t-\nAccount Domain:\t\t-") == "Account Name:\t\t-\nAccount Domain:\t\t-")
        #expect(EngineFixtures.scrub(#"{"userId":null,"user":"null","customer":false,"login":"-"}"#)
            == #"{"userId":null,"user":"null","customer":false,"login":"-"}"#)
        #expect(EngineFixtures.scrub("password=null") == "password=[REDACTED:secret]")
        #expect(EngineFixtures.scrub("user=nullable").contains("username~test~"))
        // A SQL bind placeholder (stop 21).
        #expect(EngineFixtures.scrub("Hibernate: select u from User u where u.username=? and u.password=?")
            == "Hibernate: select u from User u where u.username=? and u.password=[REDACTED:secret]")
    }

    @Test("bracketed values, CEF users, Azure keys, Windows and audit-log key names", arguments: [
        ("[o.e.x.s.a.l.LoggingAuditTrail] authentication_failed user.name=[elastic_admin] origin.address=[10.2.3.4:9200]", "elastic_admin", true),
        ("CEF:0|Security|tm|1.0|100|stopped|10|src=10.0.0.1 suser=jdoe duser=Alice Smith msg=x", "jdoe", true),
        ("CEF:0|Security|tm|1.0|100|stopped|10|src=10.0.0.1 suser=jdoe duser=Alice Smith msg=x", "Smith", true),
        ("DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA==;EndpointSuffix=core.windows.net", "Zm9vYmFy", true),
        ("Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=abcDEF123ghiJKL456=", "abcDEF123ghiJKL456", true),
        (#"{"TargetUserName":"jsmith","SamAccountName":"jdoe","actor":"octocat"}"#, "jsmith", true),
        (#"{"TargetUserName":"jsmith","SamAccountName":"jdoe","actor":"octocat"}"#, "jdoe", true),
        (#"{"TargetUserName":"jsmith","SamAccountName":"jdoe","actor":"octocat"}"#, "octocat", true),
        ("user={Name:John Smith Email:john.smith@example.net}", "Smith", true),
        ("Account Name: jsmith Account Domain: CORP", "Account Domain: CORP", false),
        ("user.roles=[superuser,kibana_admin]", "user.roles=[superuser,kibana_admin]", false),
        // PAM's `(service:group)` is no pair; the user of `password changed for X` is replaced.
        ("web01 passwd[5001]: pam_unix(passwd:chauthtok): password changed for erin", "pam_unix(passwd:chauthtok)", false),
        ("web01 passwd[5001]: pam_unix(passwd:chauthtok): password changed for erin", "erin", true),
        // vsftpd: the bracketed user; `LOGIN: Client` is a label.
        (#"vsftpd[600]: [frank] OK LOGIN: Client "203.0.113.99""#, "frank", true),
        (#"vsftpd[600]: [frank] FAIL LOGIN: Client "203.0.113.99""#, "LOGIN: Client", false),
        // An OAuth authorization code in a callback URL; short or plain `code=` values stay.
        ("GET /oauth/callback?code=4/0AfJohXk-abc_DEF123xyz&state=xyz HTTP/1.1", "4/0AfJohXk-abc_DEF123xyz", true),
        ("GET /x?code=200&lang=en exit code=1 errcode=ECONNRESET", "GET /x?code=200&lang=en exit code=1 errcode=ECONNRESET", false),
        // systemd-logind after a first pass: the pseudonym is seen whole (was re-pseudonymised).
        ("systemd-logind[500]: New session 42 of user bob.", "bob", true),
        (#"payment failed card=4242424242424242 holder="Judy Hopps""#, "Judy Hopps", true),
        // A traceback's source line: a call's keyword arguments are pairs of their own.
        (#"    user = authenticate(username="november", password="oscar-pw-123")"#, "november", true),
        (#"    user = authenticate(username="november", password="oscar-pw-123")"#, "oscar-pw-123", true),
        (#"    user = authenticate(username="november", password="oscar-pw-123")"#, "user = authenticate(", false),
        (#"customer = Customer.create(email: "nina@example.com", name: "Nina Ng")"#, "Nina Ng", true),
        (#"password=ab(c=d e"#, "ab(c", true),
        // PHP's var_dump, on one line or flattened with escaped newlines.
        (#"array(2) { ["email"]=> string(14) "v4@example.com" ["password"]=> string(12) "w4-secret-pw" }"#, "w4-secret-pw", true),
        (#"{"out":"array(1) {\n  [\"password\"]=>\n  string(8) \"abcdefgh\"\n}"}"#, "abcdefgh", true),
        // Scala's and Kotlin's maps (stop 33): the value after ` -> `, to its `,` or `)`.
        ("Map(user -> alice.w, password -> S3cret!x, token -> abcdef1234567890abcdef)", "alice.w", true),
        ("Map(user -> alice.w, password -> S3cret!x, token -> abcdef1234567890abcdef)", "S3cret!x", true),
        ("Map(user -> alice.w, password -> S3cret!x, token -> abcdef1234567890abcdef)", "abcdef1234567890abcdef", true),
        ("Map(password -> hunter2)", "password -> [REDACTED:secret])", false),
        ("password -> S3cret!x", "S3cret!x", true),
        ("state PENDING -> ACTIVE, status: active -> suspended", "state PENDING -> ACTIVE, status: active -> suspended", false),
        // …and an object's properties with their visibility (stop 33).
        (#"object(User)#1 (2) { ["username":protected]=> string(8) "pkowalsk" ["apiToken":"App\User":private]=> string(9) "tok-98765" }"#, "pkowalsk", true),
        (#"object(User)#1 (2) { ["username":protected]=> string(8) "pkowalsk" ["apiToken":"App\User":private]=> string(9) "tok-98765" }"#, "tok-98765", true),
        (#"object(User)#1 (2) { ["username":protected]=> string(8) "pkowalsk" ["apiToken":"App\User":private]=> string(9) "tok-98765" }"#, #"["username":protected]=> string(8) ""#, false),
        (#"object(User)#1 (2) { ["username":protected]=> string(8) "pkowalsk" ["apiToken":"App\User":private]=> string(9) "tok-98765" }"#, #"["apiToken":"App\User":private]=> string(9) ""#, false),
        // Prose keys without a separator, before a value of their shape.
        ("Card number 4111-1111-1111-1111 exp 12/29 cvv 123", "cvv 123", true),
        ("Patient John Smith (MRN 00123456) DOB 03/14/1975.", "00123456", true),
        // Mobile network identifiers in prose (stop 31): an IMSI, an IMEI in its printed groups.
        ("Subscriber attached, IMSI 234150999999999, IMEI 35-209900-176148-1", "234150999999999", true),
        ("Subscriber attached, IMSI 234150999999999, IMEI 35-209900-176148-1", "176148", true),
        ("imsi 1234 and imei 35-2099-1 short", "imsi 1234 and imei 35-2099-1 short", false),
        ("Patient John Smith (MRN 00123456) DOB 03/14/1975.", "03/14/1975", true),
        ("Patient John Smith (MRN 00123456) DOB 03/14/1975.", "DOB [REDACTED:dob].", false),
        ("DOB unknown, cvv missing, MRN pending, dob 2024", "DOB unknown, cvv missing, MRN pending, dob 2024", false),
        // More prose keys (stop 22): identity numbers, device numbers, PINs, dates of birth.
        ("ssn 123456789 verified", "123456789", true),
        ("SIN 046 454 286 verified; ssn 123-45-6789 on file", "454", true),
        ("SIN 046 454 286 verified; ssn 123-45-6789 on file", "6789", true),
        ("IMEI 490154203237518 registered", "490154203237518", true),
        ("pin 1234 accepted", "1234", true),
        ("user born 1985-04-12 registered", "1985-04-12", true),
        ("date of birth 12.04.1985 verified", "12.04.1985", true),
        ("birthdate 1985-12-31 on file", "1985-12-31", true),
        ("birthday 12/31/1985 ok", "12/31/1985", true),
        // …with the month's name, and after `born on` (stop 33).
        ("date of birth 01.01.1980; born on Jan 1st, 1980", "Jan 1st, 1980", true),
        ("born 12 April 1985 in Leeds", "12 April 1985", true),
        ("birthday January 1, 1980", "January 1, 1980", true),
        ("born on 1980-01-01", "1980-01-01", true),
        // "Born" in German, French, Spanish, Italian, Portuguese and Polish (stop 34).
        ("Frau Anna Vogt, geb. 12.03.1985", "12.03.1985", true),
        ("Mme Céline Rousseau, née le 3 mars 1985 à Lyon", "3 mars 1985", true),
        ("né le 03/03/1985", "03/03/1985", true),
        ("Cliente nacido el 5/11/1990", "5/11/1990", true),
        ("nato il 12/03/1985 a Napoli", "12/03/1985", true),
        ("geboren am 14.02.1991", "14.02.1991", true),
        ("urodzony 12.03.1985", "12.03.1985", true),
        ("nascida em 12/03/1985", "12/03/1985", true),
        ("NATO summit 2024; general 12.03.2015; geb. Schmidt", "NATO summit 2024; general 12.03.2015; geb. Schmidt", false),
        ("born in May 2001 as a project; born on Monday; dob Jan 1st", "born in May 2001 as a project; born on Monday; dob Jan 1st", false),
        ("birth date 1985/12/31 verified", "1985/12/31", true),
        ("birthday party on Friday, birthdate unknown", "birthday party on Friday, birthdate unknown", false),
        ("ssn 12 ok, since 2020 a simple 123456789, born 2020, pin 12, imei unknown", "ssn 12 ok, since 2020 a simple 123456789, born 2020, pin 12, imei unknown", false),
        // HL7 v2 segments: person fields by position (stop 21).
        ("PID|1||123456^^^HOSP^MR||DOE^JOHN^A||19800101|M|||123 MAIN ST^^SPRINGFIELD^IL^62704||(217)555-0123|||S||987654321|123-45-6789", "DOE^JOHN", true),
        ("PID|1||123456^^^HOSP^MR||DOE^JOHN^A||19800101|M|||123 MAIN ST^^SPRINGFIELD^IL^62704||(217)555-0123|||S||987654321|123-45-6789", "19800101", true),
        ("PID|1||123456^^^HOSP^MR||DOE^JOHN^A||19800101|M|||123 MAIN ST^^SPRINGFIELD^IL^62704||(217)555-0123|||S||987654321|123-45-6789", "MAIN ST", true),
        ("PID|1||123456^^^HOSP^MR||DOE^JOHN^A||19800101|M|||123 MAIN ST^^SPRINGFIELD^IL^62704||(217)555-0123|||S||987654321|123-45-6789", "123456^^^HOSP", true),
        ("PID|1||123456^^^HOSP^MR||DOE^JOHN^A||19800101|M|||123 MAIN ST^^SPRINGFIELD^IL^62704||(217)555-0123|||S||987654321|123-45-6789", "|M|||", false),
        (#"{"msg":"MSH|^~\\&|EPIC|HOSP|||202611301000||ADT^A01|1|P|2.5\rPID|1||7788^^^H^MR||ROE^RICHARD||19700202|M\rPV1|1|I"}"#, "ROE^RICHARD", true),
        (#"{"msg":"MSH|^~\\&|EPIC|HOSP|||202611301000||ADT^A01|1|P|2.5\rPID|1||7788^^^H^MR||ROE^RICHARD||19700202|M\rPV1|1|I"}"#, #"\rPV1|1|I"#, false),
        ("NK1|1|DOE^JANE|SPO||(217)555-0199", "DOE^JANE", true),
        ("MSH|^~\\&|EPIC|HOSP|LAB|HOSP|202611301000||ADT^A01|MSG00001|P|2.5", "MSH|^~\\&|EPIC|HOSP|LAB|HOSP|202611301000||ADT^A01|MSG00001|P|2.5", false),
        // `passport X12345678` (stop 21).
        ("passport number X12345678 verified", "X12345678", true),
        ("Passport no. C01X00T47 issued", "C01X00T47", true),
        ("passport expired 3 times; passport check 20241130 ok", "passport expired 3 times; passport check 20241130 ok", false),
        // Identity numbers named in words (stop 23): driving licences, NI numbers, tax ids.
        ("driver license D1234567 verified", "D1234567", true),
        ("Driver's License: S530-4517-8273 verified", "4517", true),
        ("DL# D1234-56789-01234 scanned", "56789", true),
        ("driving licence number MORGA753116SM9IJ issued", "MORGA753116SM9IJ", true),
        ("Customer NI number AB123456C updated", "AB123456C", true),
        ("national insurance number QQ123456C", "QQ123456C", true),
        ("social security number 219099999 on file", "219099999", true),
        ("social security benefits 2024 paid", "social security benefits 2024 paid", false),
        // A National Insurance number in its printed groups (stop 31), the suffix letter too.
        ("NI number QQ 12 34 56 C on file", "34 56", true),
        ("NI number QQ 12 34 56 C on file", " C on", true),
        ("national insurance no. AB 12 34 56 ok", "34 56", true),
        ("NI number QQ 12 34 56789 and NINO AB 12 34", "NI number QQ 12 34 56789 and NINO AB 12 34", false),
        // Kafka's consumer-group member is a client, not an insurance member (stop 31).
        ("Successfully joined group with generation Generation{generationId=12, memberId='consumer-app-1-4f1a', protocol='range'}", "memberId='consumer-app-1-4f1a'", false),
        ("member_id=XYZ123456789 memberId=consumer", "XYZ123456789", true),
        ("member_id=XYZ123456789 memberId=consumer", "=consumer", true),
        ("tax id 12-3456789 stored; taxpayer id 987654321", "3456789", true),
        ("tax id 12-3456789 stored; taxpayer id 987654321", "987654321", true),
        ("tax 2024 report for 1234567 items, dl 1234567 done, ni 12345678, tin 1234567, driver license D1234567_old", "tax 2024 report for 1234567 items, dl 1234567 done, ni 12345678, tin 1234567, driver license D1234567_old", false),
        // Other countries' identity numbers named in words (stop 29).
        ("Aadhaar 2341 2341 2346 PAN ABCDE1234F", "2346", true),
        ("Aadhaar 2341 2341 2346 PAN ABCDE1234F", "ABCDE1234F", true),
        ("CPF 123.456.789-09 validado", "456.789", true),
        ("DNI 12345678Z NIE X1234567L", "12345678Z", true),
        ("DNI 12345678Z NIE X1234567L", "X1234567L", true),
        ("Steuer-ID 12 345 678 901, Sozialversicherungsnummer 12 150780 M 017", "678 901", true),
        ("Steuer-ID 12 345 678 901, Sozialversicherungsnummer 12 150780 M 017", "150780", true),
        ("codice fiscale RSSMRA85T10A562S", "RSSMRA85T10A562S", true),
        ("BSN 111222333 geverifieerd; personnummer 19900101-1234; TFN 123 456 782", "111222333", true),
        ("BSN 111222333 geverifieerd; personnummer 19900101-1234; TFN 123 456 782", "19900101", true),
        ("BSN 111222333 geverifieerd; personnummer 19900101-1234; TFN 123 456 782", "456 782", true),
        ("tax id 12 months; pan 100px; waited 30 dni; SVNR 12 M; CPF 1.2.3-4; PAN ABCDE1234; Aadhaar 2341 2341-2346", "tax id 12 months; pan 100px; waited 30 dni; SVNR 12 M; CPF 1.2.3-4; PAN ABCDE1234; Aadhaar 2341 2341-2346", false),
        // HTML-escaped JSON and XML.
        ("data=&quot;password&quot;:&quot;c7-secret-pw&quot;,&quot;email&quot;:&quot;d7@example.com&quot;", "c7-secret-pw", true),
        ("body: {&quot;token&quot;:&quot;e7abcdef0123456789abcdef&quot;}", "e7abcdef0123456789abcdef", true),
        ("{&#39;password&#39;: &#39;x9-secret&#39;, &#39;n&#39;: 1}", "x9-secret", true),
        ("&lt;password&gt;f7-secret-pw&lt;/password&gt;&lt;user&gt;g7user&lt;/user&gt;", "f7-secret-pw", true),
        ("&lt;password&gt;f7-secret-pw&lt;/password&gt;&lt;user&gt;g7user&lt;/user&gt;", "g7user", true),
        ("a &amp; b &lt;br&gt; &quot;hello&quot;: world &lt;p&gt;text&lt;/p&gt;", "a &amp; b &lt;br&gt; &quot;hello&quot;: world &lt;p&gt;text&lt;/p&gt;", false),
        // One-time codes in message bodies.
        (#"{"msg":"sms","body":"Your code is 481516"}"#, "481516", true),
        ("Your verification code: 4815. It expires in 10 minutes.", "4815", true),
        ("OTP 123456 sent to user", "123456", true),
        ("send_sms(text=\"Ihr Code: 993311\") ok; Votre code est 481516", "993311", true),
        ("send_sms(text=\"Ihr Code: 993311\") ok; Votre code est 481516", "481516", true),
        ("error code 500 returned; exit code is 1; code 4815 here; zip code 94105; su code 2024", "error code 500 returned; exit code is 1; code 4815 here; zip code 94105; su code 2024", false),
        ("[auth] OTP for 07700900123 is 551234", "551234", true),
        ("OTP for jane@example.com is 551234", "jane@example.com", true),
        ("OTP for jane@example.com is 551234", "551234", true),
        ("2fa: sent code 118822 to user kim", "118822", true),
        ("Your recovery code is 48151623", "48151623", true),
        ("AccountSid=AC1&From=%2B447700900123&Body=Your+code+is+482913&SmsSid=SM1", "482913", true),
        ("Body=Ihr+Code+ist+993311&To=x", "993311", true),
        ("Your Acme code: 482913. Do not share it.", "482913", true),
        ("the Acme code 4815; error+code+is+5000; your Acme code is ready", "the Acme code 4815; error+code+is+5000; your Acme code is ready", false),
        ("passcode for jane@example.com: 48151", "48151", true),
        ("error code for request 42 is 500; OTP for user bob, is 1234", "error code for request 42 is 500; OTP for user ", false),
        ("error code for request 42 is 500; OTP for user bob, is 1234", ", is 1234", false),
        // JSON shapes of payment, identity and web-server logs.
        (#"{"billing_details":{"address":{"city":"San Francisco","line1":"510 Townsend St","line2":"Apt 4"},"name":"Jenny Rosen"}}"#, "510 Townsend St", true),
        (#"{"billing_details":{"address":{"city":"San Francisco","line1":"510 Townsend St","line2":"Apt 4"},"name":"Jenny Rosen"}}"#, "Jenny Rosen", true),
        (#"{"billing_details":{"address":{"city":"San Francisco","line1":"510 Townsend St"}}}"#, "San Francisco", false),
        (#"{"claims":{"name":"Carol Danvers"},"service":{"name":"billing-api"}}"#, "Carol Danvers", true),
        (#"{"claims":{"name":"Carol Danvers"},"service":{"name":"billing-api"}}"#, "billing-api", false),
        (#"{"remote_addr":"192.0.2.1","remote_user":"dave"}"#, "dave", true),
        (#"{"env":{"SECRET_KEY_BASE":"a1b2c3d4e5f6a7b8c9d0","HOME":"/root"}}"#, "a1b2c3d4e5f6a7b8c9d0", true),
    ])
    func keyForms(_ line: String, _ text: String, _ replaced: Bool) {
        FuzzRegressionTests.expectText(line, text, replaced: replaced)
    }

    @Test("pairs inside percent-encoded URLs and JSON, and behind Gson's and JavaScript's escaped = and &", arguments: [
        ("redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb%3Femail%3Djoe%2540example.com%26token%3Dabc123def456ghi789", "abc123def456ghi789", true),
        ("redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb%3Femail%3Djoe%2540example.com%26token%3Dabc123def456ghi789", "joe%2540example.com", true),
        ("next=%2Fcb%253Fpassword%253DHunter22%2526lang%253Den", "Hunter22", true),
        ("data=%7B%22password%22%3A%22urlenc0ded%22%7D", "urlenc0ded", true),
        ("data=%7B%22password%22%3A%20%22spaced1%22%2C%22lang%22%3A%22en%22%7D", "spaced1", true),
        ("data=%7B%22password%22%3A%20%22spaced1%22%2C%22lang%22%3A%22en%22%7D", "%22lang%22%3A%22en%22", false),
        ("return_to=%2Fsearch%3Fq%3Dshoes%26page%3D2", "q%3Dshoes%26page%3D2", false),
        ("ratio 100%3D1 and %3Dx", "100%3D1 and %3Dx", false),
        // Gson's `\u003d` / `\u0026` inside a JSON string in a text line.
        (#"INFO payload={"msg":"login password\u003dhunter2 for x"}"#, "hunter2", true),
        (#"INFO request {"query":"user\u003dbob\u0026password\u003dhun\\ter3\u0026lang\u003den"}"#, "hun", true),
        (#"INFO request {"query":"user\u003dbob\u0026password\u003dhun\\ter3\u0026lang\u003den"}"#, "ter3", true),
        (#"INFO request {"query":"user\u003dbob\u0026password\u003dhun\\ter3\u0026lang\u003den"} 200"#, #"\u0026lang\u003den"#, false),
        (#"INFO request {"query":"user\u003dbob\u0026password\u003dhun\\ter3\u0026lang\u003den"} 200"#, "bob", true),
        // (Ending the line, the JSON is scrubbed as JSON: a changed string is written again in
        // Gson's own escapes, since stop 43.)
        (#"INFO request {"query":"user\u003dbob\u0026password\u003dhun\\ter3\u0026lang\u003den"}"#, #"\u0026lang\u003den"}"#, false),
        (#"INFO request {"query":"user\u003dbob\u0026password\u003dhun\\ter3\u0026lang\u003den"}"#, "ter3", true),
        (#"note: a\u003db and \u003d alone"#, #"a\u003db and \u003d alone"#, false),
        // JavaScript's `\x3d` / `\x26` in a string literal (minified scripts, JSONP).
        (#"GET /login q=password\x3dhunter22\x26user\x3djane"#, "hunter22", true),
        (#"GET /login q=password\x3dhunter22\x26user\x3djane"#, "jane", true),
        (#"var cfg = "api_key\x3dsk_abc123def456\x26email\x3djane.doe\x40example.com";"#, "sk_abc123def456", true),
        (#"var cfg = "api_key\x3dsk_abc123def456\x26email\x3djane.doe\x40example.com";"#, "example.com", true),
        (#"var cfg = "api_key\x3dsk_abc123def456\x26lang\x3den";"#, #"\x26lang\x3den"#, false),
        (#"note: a\x3db and \x3d alone, \x41"#, #"a\x3db and \x3d alone, \x41"#, false),
    ])
    func percentEncodedPairs(_ line: String, _ text: String, _ replaced: Bool) {
        FuzzRegressionTests.expectText(line, text, replaced: replaced)
    }
}

/// Stop 39: PowerShell transcripts — the prompt's home directory and ActiveDirectory cmdlets'
/// account parameters.
@Suite("PowerShell prompts and ActiveDirectory cmdlets")
struct PowerShellAccountTests {
    @Test("the account is replaced", arguments: [
        (#"PS C:\Users\kfischer> Get-Process"#, "kfischer"),
        ("<home>/home/alice.berg</home>", "alice.berg"),
        ("Get-ADUser -Identity jmeyer -Properties *", "jmeyer"),
        (#"Set-ADAccountPassword -Identity "jmeyer" -Reset -NewPassword $pw"#, "jmeyer"),
        ("Add-ADGroupMember -Identity Admins -Members jmeyer", "jmeyer"),
        (#"New-ADUser -Name "Jan Meyer" -SamAccountName jmeyer -Enabled $true"#, "jmeyer"),
        ("Unlock-ADAccount -Identity o.adeyemi; Disable-ADAccount -Identity j.roe", "j.roe"),
        // A line cut inside the quotes: to the end of the line (fail closed).
        (#"Get-ADUser -Identity "jmeyer"#, "jmeyer"),
    ])
    func replaced(_ line: String, _ account: String) {
        let out = FuzzRegressionTests.expectText(line, account, replaced: true)
        #expect(out.contains("username~test~"), "\(out)")
    }

    @Test("groups, other cmdlets' parameters and variables stay", arguments: [
        ("Add-ADGroupMember -Identity Admins -Members jmeyer", "-Identity Admins"),
        ("Get-Process -Id 42 | Stop-Process -Identity x", "-Identity x"),
        ("Get-ADUser -Identity $user", "$user"),
        ("PS C:\\Users\\Public> dir", "Public"),
        // The option at the end of the line: nothing past it is read.
        ("New-ADUser -Name x -SamAccountName ", "-SamAccountName "),
    ])
    func kept(_ line: String, _ text: String) {
        FuzzRegressionTests.expectText(line, text, replaced: false)
    }
}

/// Stop 39: SAML attributes named by an OID, with or without a `FriendlyName` (Shibboleth,
/// SimpleSAMLphp): the value is read under the friendly name or the OID's LDAP name; the OID
/// itself is no person's name.
@Suite("SAML attributes named by OIDs")
struct SAMLAttributeTests {
    @Test("the value is replaced and the attribute's name stays", arguments: [
        (#"<saml2:Attribute Name="urn:oid:2.5.4.42" FriendlyName="givenName"><saml2:AttributeValue>Nora</saml2:AttributeValue></saml2:Attribute>"#, "Nora", "name~test~"),
        (#"<saml2:Attribute FriendlyName="sn" Name="urn:oid:2.5.4.4" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri"><saml2:AttributeValue>Haddad</saml2:AttributeValue></saml2:Attribute>"#, "Haddad", "name~test~"),
        (#"<Attribute Name="urn:oid:2.5.4.42"><AttributeValue>Nora</AttributeValue></Attribute>"#, "Nora", "name~test~"),
        (#"<Attribute Name="urn:oid:0.9.2342.19200300.100.1.1" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri"><AttributeValue xsi:type="xs:string">nhaddad</AttributeValue></Attribute>"#, "nhaddad", "username~test~"),
    ])
    func replaced(_ line: String, _ value: String, _ tag: String) {
        let out = FuzzRegressionTests.expectText(line, value, replaced: true)
        #expect(out.contains(tag) && out.contains(#"Name="urn:oid:"#), "\(out)")
    }

    @Test("attributes that name no person stay", arguments: [
        #"<Attribute Name="urn:oid:1.3.6.1.4.1.5923.1.1.1.1" FriendlyName="eduPersonAffiliation"><AttributeValue>staff</AttributeValue></Attribute>"#,
        #"<Attribute Name="urn:oid:2.5.4.11"><AttributeValue>Sales</AttributeValue></Attribute>"#,
    ])
    func kept(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}

/// Stop 39: WordPress's XML-RPC passes the account and its password as positional parameters.
@Suite("XML-RPC credentials")
struct XMLRPCCredentialTests {
    @Test("the user and the password parameters are replaced", arguments: [
        (#"<methodCall><methodName>wp.getUsersBlogs</methodName><params><param><value><string>admin_jane</string></value></param><param><value><string>Jane#2024pw</string></value></param></params></methodCall>"#, "admin_jane", "Jane#2024pw"),
        (#"<methodCall><methodName>wp.getPosts</methodName><params><param><value><int>1</int></value></param><param><value>editor_bob</value></param><param><value><string>S3cret!x</string></value></param></params></methodCall>"#, "editor_bob", "S3cret!x"),
        (#"<methodCall><methodName>blogger.getUsersBlogs</methodName><params><param><value><string>0123456789ABCDEF</string></value></param><param><value><string>kasia</string></value></param><param><value><string>Wroclaw!77</string></value></param></params></methodCall>"#, "kasia", "Wroclaw!77"),
    ])
    func replaced(_ line: String, _ user: String, _ password: String) {
        let out = FuzzRegressionTests.expectText(line, user, replaced: true)
        #expect(!out.contains(password) && out.contains("username~test~") && out.contains("[REDACTED:"), "\(out)")
        #expect(out.contains("<methodName>"), "\(out)")
    }

    @Test("other methods' parameters stay", arguments: [
        #"<methodCall><methodName>pingback.ping</methodName><params><param><value><string>http://a.example/p</string></value></param><param><value><string>http://b.example/q</string></value></param></params></methodCall>"#,
        #"<methodCall><methodName>system.listMethods</methodName><params></params></methodCall>"#,
    ])
    func kept(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}
