import Testing
@testable import Veil

/// Stop 46's probe of schools, courts, hotels and physical access control: names after the
/// role a person has in a case or a claim, Shibboleth's `Login by '…'`, student and pupil ids,
/// SEPA mandate references, Authorize.Net's transaction key, FIAS guest names, OTA's card
/// security code and licence plates under `LPR=`.
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
    ])
    func kept(_ line: String, _ text: String) {
        FuzzRegressionTests.expectText(line, text, replaced: false)
    }
}
