import Testing
@testable import Veil

/// Stop 47's probe of pharmacies, clinical trials, mainframes, printing, ticketing, transit,
/// dating, genealogy, recruiting, chat servers and forums: a quoted value after `key= `, the
/// owner's name in parentheses after a replaced account, IRC connect notices and NickServ
/// passwords, FHIR's XML and HL7 v3 elements, IBM's account phrases, Windows' print-job
/// owners, `*_by` keys, and given names the lists lacked.
@Suite("Chat servers, mainframes and printing")
struct ChatMainframeAndPrintTests {
    static let connect = "Dec 04 21:03:35 CONNECT: Client connecting on port 6697 (class main): aditi_r!~aditi@203.0.113.5 (203.0.113.5) [Aditi Ramaswamy]"
    static let identify = "Dec 04 21:03:38 USERINPUT: C[0AAAAAAB4] I :PRIVMSG NickServ :IDENTIFY aditi_r Mysore#Filter88"
    static let fhir = #"KBV_PR_ERP_Patient: <Patient xmlns="http://hl7.org/fhir"><name><use value="official"/><family value="von Brünning-Çelik"/><given value="Anna"/></name><address><line value="Schönhauser Allee 112"/></address></Patient>"#
    static let hl7v3 = #"<patientPerson><name><given>Jan</given><prefix qualifier="VV">van den </prefix><family>Berg-de Vries</family></name><birthTime value="19930412"/></patientPerson>"#

    @Test("the value is replaced", arguments: [
        (#"         loginname= "serveradmin", password= "Kx7pQ2vLm""#, "Kx7pQ2vLm"),
        (#"         apikey= "BAByFoiEXZfnSJyE6dbXFiW_nn_SKwkFuhu4UOw""#, "BAByFoiEXZfnSJyE6dbXFiW_nn_SKwkFuhu4UOw"),
        ("CardAuthenticationService - User 'gdalmeida' (Gonçalo d'Almeida) authenticated by card", "Gonçalo"),
        ("invite sent to ana@example.com (Ana María de la Cruz) today", "Ana María"),
        (connect, "aditi_r"), (connect, "~aditi"), (connect, "Aditi Ramaswamy"),
        (identify, "Mysore#Filter88"), (identify, "aditi_r"),
        ("/msg NickServ IDENTIFY hunter2", "hunter2"),
        ("NickServ :REGISTER S3cret!pw me@example.com", "S3cret!pw"),
        ("compounding-svc batch=CB-2411-0087 compounded_by=tkimura qty=30mL", "tkimura"),
        ("WARN duplicate person detected personB=104481 merged_by=mhollis_admin", "mhollis_admin"),
        (#"level=info msg="ban issued" moderator=r.mbeki ban_type=permanent"#, "r.mbeki"),
        (#""GET /api/v1.1/rentBike.json?loginkey=tDCqJfzHEqfxdyTUCM8OdZ3I&bike=84213 HTTP/1.1" 200"#, "tDCqJfzHEqfxdyTUCM8OdZ3I"),
        (#"API call change_password [{<<"host">>,<<"xmpp.example.net">>},{<<"newpass">>,<<"Ouz0&Feta#42">>}]"#, "Ouz0&Feta#42"),
        (fhir, "Brünning"), (fhir, "Anna"), (fhir, "Schönhauser Allee 112"),
        (hl7v3, "Berg-de Vries"), (hl7v3, "19930412"),
        ("DFHSN1100 12/04/2024 14:05:11 CICSPRD1 Signon at terminal T042 by user ANAKAMUR in group TREASURY is complete.", "ANAKAMUR"),
        ("CPF1107    Password not correct for user profile AKUMARSW.", "AKUMARSW"),
        ("CWWKS1100A: Authentication did not succeed for user ID fzahra.elidrissi. An invalid user ID or password was specified.", "fzahra.elidrissi"),
        (#"Document 57, Passport_scan.pdf owned by oadebayo on \\WS-0188 was printed on Finance-Colour through port IP_10.1.4.20."#, "oadebayo"),
        ("372: The document Medical_Referral.pdf, owned by felidrissi, failed to print on printer Clinic-Colour.", "felidrissi"),
        ("assigned to Priyanka Venkataraman today", "Venkataraman"),
        ("Thought: The customer is Jideofor Okafor on the Gold plan", "Jideofor"),
        (#"1 NAME Renée /Lefèvre-Dubois/"#, "Renée"),
        ("1 NAME Renée " + String(repeating: "Marie ", count: 30) + "/Lefèvre-Dubois/", "Lefèvre-Dubois"),
    ])
    func replaced(_ line: String, _ raw: String) {
        FuzzRegressionTests.expectText(line, raw, replaced: true)
    }

    @Test("what only looks like these stays", arguments: [
        ("user= ip=192.0.2.1 password= next=1", "password= next=1"),
        ("token expired for user=jdoe (Service Account) at noon", "(Service Account)"),
        ("user=jdoe (Google Chrome)", "(Google Chrome)"),
        ("user=jdoe (Read Only)", "(Read Only)"),
        ("job cancelled by user request", "cancelled by user request"),
        ("error: user ID is required", "user ID is required"),
        ("An invalid user ID or password was specified.", "An invalid user ID or password was specified."),
        (#"<font family="Arial"/><family>inet</family> <use value="official"/>"#, #"<font family="Arial"/><family>inet</family> <use value="official"/>"#),
        ("<line>42</line> line=42", "<line>42</line> line=42"),
        ("repo owned by platform team", "repo owned by platform team"),
        ("please IDENTIFY yourself now", "please IDENTIFY yourself now"),
        (#"{"event":"contact.address_changed","verifiedBy":"security_question"}"#, #""verifiedBy":"security_question""#),
        ("query_by=full_name&sort_by=created_at", "query_by=full_name&sort_by=created_at"),
    ])
    func kept(_ line: String, _ text: String) {
        FuzzRegressionTests.expectText(line, text, replaced: false)
    }
}
