import Testing
@testable import Veil

/// Stop 44's probes of HR, education and applications in other languages: a name after a word
/// for a user or customer in its own script, identity numbers named in Arabic, Hebrew and Thai,
/// Thai and Emirati identity numbers, British driving licences, Troy cards, LINE user ids,
/// Japanese postal codes, Welsh and Irish streets, LinkedIn profiles and CVs' file names.
@Suite("Names and numbers in other scripts and formats")
struct NamesAndNumbersAbroadTests {
    @Test("the value is replaced", arguments: [
        ("INFO : ユーザー 山田太郎 がログインしました (loginId=yamada)", "山田太郎"),
        ("用户 张伟 登录成功", "张伟"),
        ("تم التحقق من هوية العميل محمد بن عبدالله القحطاني، رقم الهوية 1048293755، الجوال", "القحطاني"),
        ("تم التحقق من هوية العميل محمد بن عبدالله القحطاني، رقم الهوية 1048293755، الجوال", "1048293755"),
        ("המשתמש דנה לוי (ת.ז. 314827957) התחבר בהצלחה", "דנה"),
        ("המשתמש דנה לוי (ת.ז. 314827957) התחבר בהצלחה", "314827957"),
        ("उपयोगकर्ता राजेश कुमार अय्यर ने सफलतापूर्वक लॉग इन किया", "अय्यर"),
        ("เข้าสู่ระบบสำเร็จ ผู้ใช้ สมชาย ใจดี {\"a\":1}", "สมชาย"),
        ("Пользователь Иван Петров вошёл в систему", "Петров"),
        ("citizen 1-1037-02158-62-3 verified", "02158"),
        ("UAE PASS id 784-1987-0482913-8 failed", "0482913"),
        ("DVLA check OK licence=MORGA753116G99KT renter=x", "MORGA753116G99KT"),
        ("DVLA check OK for MORGA753116G99KT today", "MORGA753116G99KT"),
        ("iyzico card 9792030012748513 declined", "9792030012748513"),
        (#"{"IdentityCard":{"Number":"750618-3982","Expiration":"2029-04-30"}}"#, "750618-3982"),
        ("personnummer check 19750618-3982 ok", "19750618-3982"),
        (#"{"payload":{"class":"SaIdVerificationJob","args":["9504175081084",{}]}}"#, "9504175081084"),
        (#"{"firstName":"x","ppsn":"7214835I"}"#, "7214835I"),
        (#"{"to":"Uc2e01a84063e65cfa2e2ed54ce678ff3","text":"hi"}"#, "Uc2e01a84063e65cfa2e2ed54ce678ff3"),
        ("会員情報を更新しました: 〒154-0015 東京都世田谷区", "154-0015"),
        ("<Addr>14 Heol y Felin, Caerphilly</Addr>", "Heol y Felin"),
        (#"{"old":"14 Sráid na hAbhann, Gaillimh"}"#, "hAbhann"),
        (#"{"linkedin":"https://www.linkedin.com/in/oluwaseun-adebayo-4b2a91"}"#, "oluwaseun-adebayo"),
        (#"{"resume_url":"https://s3.example.com/resumes/Mei-Ling_Chen_Resume_2024.docx"}"#, "Mei-Ling_Chen"),
        ("candidate file=Anneliese_van_der_Berg_CV.pdf uploaded", "Anneliese"),
        ("  Pupil: Oyelaran, Tobiloba  UPN: A123", "Oyelaran"),
    ])
    func replaced(_ line: String, _ raw: String) {
        FuzzRegressionTests.expectText(line, raw, replaced: true)
    }

    @Test("what is around the value stays", arguments: [
        ("INFO : ユーザー 山田太郎 がログインしました", "がログインしました"),
        ("उपयोगकर्ता राजेश कुमार अय्यर ने सफलतापूर्वक", " ने सफलतापूर्वक"),
        ("Пользователь Иван Петров вошёл в систему", " вошёл в систему"),
        ("用户 ID: 12345", "用户 ID: 12345"),
        ("x 1-1037-02158-62-4 784-1987-0482913-7 ok", "x 1-1037-02158-62-4 784-1987-0482913-7 ok"),
        ("see https://www.linkedin.com/company/acme", "see https://www.linkedin.com/company/acme"),
        ("Monthly_Report_2024.pdf", "Monthly_Report_2024.pdf"),
        ("candidate file=Anneliese_van_der_Berg_CV.pdf uploaded", "_CV.pdf uploaded"),
        ("U0000 Udeadbeef", "U0000 Udeadbeef"),
        // Failing checks and epoch milliseconds stay.
        ("x 750618-3983 9504175081085 1733307682123 1704067200000", "x 750618-3983 9504175081085 1733307682123 1704067200000"),
        ("retry 3 Stryd x", "retry 3 Stryd x"),
    ])
    func kept(_ line: String, _ text: String) {
        FuzzRegressionTests.expectText(line, text, replaced: false)
    }
}

/// Stop 44's probes of property, utility and public-service systems: SIP2 library messages, NIEM
/// and MISMO value-holder elements, Home Assistant's person entities, supply-point numbers, loan
/// and tenant keys.
@Suite("Library, utility, property and public-service records")
struct PublicServiceRecordTests {
    static let sip2 = "May 14 09:00:01 koha-prod koha_sip[2231]: OUTPUT MSG: '64              00120240514    090001000000020000000000000000AOdearborn|AA21987001234567|AERania Haddad|BLY|BD2210 Michigan Ave, Dearborn MI 48124|BEr.haddad@outlook.com|BF313-555-0187|AFGreetings from Koha. |AY2AZD9F1'"

    @Test("the value is replaced", arguments: [
        (sip2, "21987001234567"), (sip2, "Rania Haddad"), (sip2, "2210 Michigan Ave"), (sip2, "313-555-0187"),
        ("INPUT MSG: '6300120240514    090001Y         AOdearborn|AA21987001234567|AC|AD7390|AY2AZEC4B'", "|AD7390|"),
        ("  <nc:PersonBirthDate><nc:Date>1958-02-27</nc:Date></nc:PersonBirthDate>", "1958-02-27"),
        ("<TaxpayerIdentifierValue>623195508</TaxpayerIdentifierValue>", "623195508"),
        ("<AddressLineText>45-210 Kamehameha Hwy</AddressLineText>", "Kamehameha"),
        ("Bus:Handling <Event state_changed[L]: entity_id=person.amara_okafor, old_state=<state person.amara_okafor=not_home>", "amara_okafor"),
        ("gas meter on MPRN 7410263509 returned 0 intervals", "7410263509"),
        ("LoanOpened LoanNumber=2405140087 LoanOfficer=jkowalczyk", "2405140087"),
        ("LoanOpened LoanNumber=2405140087 LoanOfficer=jkowalczyk", "jkowalczyk"),
        ("Bill created: ContractAccount=000210443817 BusinessPartner=1000234517 Amount=14", "1000234517"),
        ("body=lat=41.93&long=-87.658442&address_string=1432+W+Diversey+Pkwy&email=x", "-87.658442"),
        ("body=lat=41.93&long=-87.658442&address_string=1432+W+Diversey+Pkwy&email=x", "Diversey"),
        (#"{"Donation":{"DonorDisplayName":"Eilidh MacLeod","Amount":25.00}}"#, "Eilidh"),
        ("EVC scan card_uid=7C3A91F2 route=R-117", "7C3A91F2"),
        // (An element's other attributes are still scanned: a value-holder child does not step over them.)
        (#"<PersonBirthDate src="jane@example.com"><Date>1958-02-27</Date></PersonBirthDate>"#, "jane@example.com"),
        // Health: FHIR patient ids in paths, German insurance numbers, PMP uploads, Garmin's GPS.
        ("GET https://int.api.service.nhs.uk/personal-demographics/FHIR/R4/Patient/4010232137 -> 200", "4010232137"),
        ("GET /fhir/Patient/example-123/_history/2 ok", "example-123"),
        ("KIM: Nachricht zugestellt, KVNR K650339186, Groesse 48213 Bytes", "K650339186"),
        ("VSD gelesen: Versicherten_ID=M482157038 Kostentraeger=108310400", "M482157038"),
        ("queued DSP rx=6021511 pat_last=Lindqvist pat_first=Ebba state=OH", "Lindqvist"),
        (#"{"activities":[{"startingLatitudeInDegree":47.376882,"startingLongitudeInDegree":8.541473}]}"#, "8.541473"),
        ("notify dob=x accession=QX48812077 panel=\"Lipid Panel\"", "QX48812077"),
        (#""2024-03-14 13:52:17","JPATEL4","PATEL, JAYESH","E1048827","KOWALCZYK, AGNIESZKA","Chart Review""#, "PATEL, JAYESH"),
        (#""2024-03-14 13:52:17","JPATEL4","PATEL, JAYESH","E1048827","KOWALCZYK, AGNIESZKA","Chart Review""#, "KOWALCZYK"),
        (#""2024-03-14 13:55:02","MFERREIRA","FERREIRA DA SILVA, MARIANA","E2277104""#, "MARIANA"),
        ("profile change dob: 1941-08-12 -> 1941-08-21 ok", "1941-08-21"),
        ("profile change dob: 1941-08-12 -> 1941-08-21T00:00:00Z ok", "1941-08-21"),
    ])
    func replaced(_ line: String, _ raw: String) {
        FuzzRegressionTests.expectText(line, raw, replaced: true)
    }

    @Test("what is around the value stays", arguments: [
        (sip2, "|BLY|"), (sip2, "|AFGreetings from Koha. |AY2AZD9F1'"),
        ("a|AA1234|AE x", "a|AA1234|AE x"),
        ("<Event><Date>2024-01-01</Date></Event>", "<Event><Date>2024-01-01</Date></Event>"),
        ("AttributeError: person.first_name missing; com.acme.person.jane_doe", "AttributeError: person.first_name missing; com.acme.person.jane_doe"),
        ("Bill created: ContractAccount=000210443817 BusinessPartner=1000234517 Amount=14", " Amount=14"),
        ("POST /fhir/Patient/$match", "POST /fhir/Patient/$match"),
        (#"msg="ERROR, RETRYING" x="WARN, SKIPPED""#, #"msg="ERROR, RETRYING" x="WARN, SKIPPED""#),
        // An eligibility response's X12 segment after a date's arrow is no new date.
        ("270 inquiry dob=1941-08-12 -> AAA*N**75*C (Subscriber/Insured Not Found)", "-> AAA*N**75*C (Subscriber/Insured Not Found)"),
        ("KIM: Nachricht zugestellt, KVNR K650339186, Groesse 48213 Bytes", ", Groesse 48213 Bytes"),
    ])
    func kept(_ line: String, _ text: String) {
        FuzzRegressionTests.expectText(line, text, replaced: false)
    }
}
