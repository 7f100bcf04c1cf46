import Testing
@testable import Veil

/// Stop 46's probe of schools, courts, hotels and physical access control: names after the
/// role a person has in a case or a claim, Shibboleth's `Login by '…'`, student and pupil ids,
/// SEPA mandate references, Authorize.Net's transaction key, FIAS guest names, OTA's card
/// security code and licence plates under `LPR=`; gyms', nurseries' and vets' members, payers,
/// pet keepers, pet microchips and subsidy ids; insurers' and accountants' e-mail addresses in
/// encoded queries, HMRC's fraud-prevention headers, OFX account ids, brokers' SDK keys.
@Suite("Cases, schools and hotels")
struct CasesAndHospitalityTests {
    static let fias = "12.06.2024 08:02:17.889 IFC8 [PBX-MITEL] >> <STX>GI|RN1204|G#884213|GSN|GNO'Connor-Whelan|GFSiobhán|GTMs|GLEN|GA240612|GD240615|<ETX>"

    @Test("the value is replaced", arguments: [
        ("uk.gov.laa.ccms.SubmitApplication - Applicant Oluwadamilare Adebayo-Clarke NINO=QQ123456C certificateType=EMERGENCY", "Oluwadamilare"),
        ("uk.gov.laa.ccms.SubmitApplication - Applicant Oluwadamilare Adebayo-Clarke NINO=QQ123456C certificateType=EMERGENCY", "Adebayo-Clarke"),
        ("Defendant Chidi Okonkwo filed a motion", "Okonkwo"),
        ("notice sent to the claimant Aigerim Nurlanovna by post", "Nurlanovna"),
        ("Profile Action ValidateUsernamePasswordAgainstLDAP: Login by 'akmakinen' succeeded", "akmakinen"),
        (#"{"event_name":"logged_in","user_login":"oadebayo","user_sis_id":"T00418827"}"#, "T00418827"),
        ("[Arbor.FSM] ECS eligibility check request child_upn=C202401718613 -> result=ELIGIBLE", "C202401718613"),
        ("[MensaMax] SEPA-Lastschriftmandat angelegt: Mandatsreferenz=MM-GSW-0031877 BIC=INGDDEFFXXX", "MM-GSW-0031877"),
        ("<merchantAuthentication><name>bucks-prod</name><transactionKey>paWL3ksF4ZtAAAc9</transactionKey></merchantAuthentication>", "paWL3ksF4ZtAAAc9"),
        (fias, "O'Connor-Whelan"), (fias, "Siobhán"),
        (#"<PaymentCard CardCode="VI" CardNumber="***********7047" SeriesCode="7291" ExpireDate="0927">"#, "7291"),
        ("2024-06-12 08:35:41.118;LANE02_ENTRY;ENTRY_GRANTED;LPR=BMK2041;Ticket=008712345519", "BMK2041"),
        ("WARN legacy-pos Card tokenisation fallback for member Fatoumata Diallo", "Fatoumata Diallo"),
        ("ERROR c.l.legend.dd.BacsSubmissionJob : Failed to submit AUDDIS record for payer Harjit Kaur Sandhu", "Sandhu"),
        (#"procare.signin INFO Parent PIN accepted family_id=FAM-002871 person="Darnell Washington" time_in=07:45"#, "Darnell Washington"),
        ("[subsidy.uk.ChildcareServiceClient] code=50098765432 parent_nino=PR 31 02 76 A result=EXPIRED", "PR 31 02 76 A"),
        ("[ccs-enrolment] INFO Enrolment notice submitted: child CRN=412839107K parent CRN=309117452A status=CONFIRMED", "412839107K"),
        (#"[auth] Failed staff login user=k.o password_attempt="KangaTime#77" reason=INVALID_CREDENTIALS"#, "KangaTime#77"),
        ("<Member><MembershipNumber>1184723</MembershipNumber><Club>Leeds Lightning SC</Club></Member>", "1184723"),
        (#"GET /lookup/api/v1/search?microchip=985112003456789 HTTP/1.1" 200 331"#, "985112003456789"),
        (#"petlog[7720]: keeper update chip=826097100245871 keeper="Priyanka Chaudhary" tel=07700900123"#, "Priyanka Chaudhary"),
        ("wag-walks INFO walk started walk_id=W-88120311 start_loc=41.92148,-87.65383 dogs=2", "41.92148,-87.65383"),
        (#"ERROR Pickup blocked for child "Finnegan Reilly-Zhou" (custody order on file, contact Lin Zhou 0161 496 0000)"#, "Finnegan Reilly-Zhou"),
        (#"ERROR Pickup blocked for child "Finnegan Reilly-Zhou" (custody order on file, contact Lin Zhou 0161 496 0000)"#, "Lin Zhou"),
        ("the patient Aigerim Nurlanovna was admitted to ward 4", "Nurlanovna"),
        (#"[mitchell-estimating] [info] estimate.uploaded claimNumber=000-00-483377 owner="Lindiwe Dlamini" supplement=S01"#, "Lindiwe Dlamini"),
        ("rental.checkout renter: Kwame Mensah class=FCAR", "Kwame Mensah"),
        (#"{"event":"parental_pin.updated","profile":"Kids","old_pin":"4821","new_pin":"9057"}"#, "4821"),
        ("c.l.hes.dlms.SecuritySetup - meter=LGZ1030789451 GUEK=3F8A1C07D2E94B6650A1C3E7F0924D1B GAK=8773E130F7EB19731662B5E803B61BA4", "3F8A1C07D2E94B6650A1C3E7F0924D1B"),
        (#"UtilmdProcessor - Lieferbeginn bestätigt MaLo-ID=50938172645 geb=1991-06-17"#, "50938172645"),
        (#"UtilmdProcessor - Lieferbeginn bestätigt MaLo-ID=50938172645 geb=1991-06-17"#, "1991-06-17"),
        ("dcc-adapter[3307]: INFO SRV=4.1.1 esmeId=00-DB-12-34-56-78-90-A0 responseCode=I0", "00-DB-12-34-56-78-90-A0"),
        ("Request URI : https://quickbooks.api.intuit.com/v3/company/9341452816409270/query?query=select%20*%20from%20Customer%20where%20PrimaryEmailAddr%20%3D%20%27ngozi.eze%40outlook.com%27&minorversion=73", "ngozi.eze"),
        ("Gov-Client-Device-ID: beec798b-b366-47fa-b1f8-92cede14a1ce", "beec798b-b366-47fa-b1f8-92cede14a1ce"),
        ("Gov-Client-User-IDs: os=hkaur", "hkaur"),
        ("Gov-Client-MAC-Addresses: ea%3A43%3A1a%3A5f%3A77%3A8e", "ea%3A43%3A1a%3A5f%3A77%3A8e"),
        ("<STMTRS><BANKACCTFROM><BANKID>121000248<ACCTID>6214409873<ACCTTYPE>CHECKING", "6214409873"),
        (#"[EpicSDK] INFO  Authenticate: DatabaseName=EPIC_PROD AuthenticationKey=FF8D9033-C975-18F8-E30A-72F9A988C5AA Agency="Murphy & Dunne""#, "FF8D9033-C975-18F8-E30A-72F9A988C5AA"),
    ])
    func replaced(_ line: String, _ raw: String) {
        FuzzRegressionTests.expectText(line, raw, replaced: true)
    }

    @Test("titles after a role word, and what is around the value, stay", arguments: [
        ("Plaintiff Discovery Responses Due", "Plaintiff Discovery Responses Due"),
        ("Applicant Tracking System Login Page", "Applicant Tracking System Login Page"),
        ("Guardian Consent Form signed", "Guardian Consent Form signed"),
        ("Beneficiary Designation Updated", "Beneficiary Designation Updated"),
        ("HETS 270 -> AAA*N**75*C (Subscriber/Insured Not Found)", "(Subscriber/Insured Not Found)"),
        ("Defendant Chidi Okonkwo filed a motion", "Defendant "), ("Defendant Chidi Okonkwo filed a motion", " filed a motion"),
        (fias, "<STX>GI|RN1204|G#884213|GSN|GN"), (fias, "|GTMs|GLEN|GA240612|GD240615|<ETX>"),
        ("build|GNU make 4.3|GFortran 12", "build|GNU make 4.3|GFortran 12"),
        ("Member Rewards Program", "Member Rewards Program"), ("Customer Churn Model", "Customer Churn Model"),
        ("Payer Id Mismatch", "Payer Id Mismatch"),
        (#"owner="Platform Team" team=sre"#, #"owner="Platform Team""#), (#"owner="Security Operations""#, #"owner="Security Operations""#),
        ("tenant=Acme Corp plan=pro", "tenant=Acme Corp plan=pro"),
        ("client Google Chrome 120 on Windows", "client Google Chrome 120"), ("client Credentials Grant", "client Credentials Grant"),
        ("the student Information System is down", "the student Information System is down"),
        ("please contact Customer Service", "please contact Customer Service"), ("Patient Portal Access denied", "Patient Portal Access denied"),
        (#"{"payment":{"mandate": "SEPA-CORE","amount":12}}"#, #""mandate": "SEPA-CORE""#),
    ])
    func kept(_ line: String, _ text: String) {
        FuzzRegressionTests.expectText(line, text, replaced: false)
    }
}
