import Testing
@testable import Veil

/// Stop 44's probes of telecom cores, auth servers and edge proxies: 5G subscriber identities, SIM
/// and subscriber numbers, SIM secrets, ENUM domains, Vault's audit `auth` object, CAS tickets and
/// principals, Helm's summary, Cloudflare's cookie objects, OAuth token requests in JSON.
@Suite("Telecom identities and auth-server records")
struct TelecomAndAuthServerTests {
    @Test("the value is replaced", arguments: [
        ("03/12 10:16:01.342: [amf] INFO: [imsi-310260987654321] Registration complete", "310260987654321"),
        (#"{"gpsis":["msisdn-12025550147"],"nssai":{}}"#, "12025550147"),
        ("[suci-0-310-260-0000-0-0-987654321] Unknown UE by SUCI", "987654321"),
        ("SIM swapped, ICCID 8944100000123456782 retired", "8944100000123456782"),
        ("MSISDN 447700900123 ported", "447700900123"),
        ("SIM_SWAP_COMPLETED old_iccid=8944100000123456782 new_iccid=8944100000987654324", "8944100000987654324"),
        ("createSubscriber imsi=001010000000001 ki=465B5CE8B199B49FAA5F0A2EE238A6BC opc=E8ED289DEBA952E4283B54E88E6183CA amf=8000", "465B5CE8B199B49FAA5F0A2EE238A6BC"),
        ("createSubscriber imsi=001010000000001 ki=465B5CE8B199B49FAA5F0A2EE238A6BC opc=E8ED289DEBA952E4283B54E88E6183CA amf=8000", "E8ED289DEBA952E4283B54E88E6183CA"),
        ("ACTIVATE pppoe_user=x pppoe_pass=tR8!kz2Wq cpe_serial=ZTEGC8A2F1E7", "tR8!kz2Wq"),
        ("ACTIVATE pppoe_user=x pppoe_pass=tR8!kz2Wq cpe_serial=ZTEGC8A2F1E7", "ZTEGC8A2F1E7"),
        ("Received PROCESS_UNSTRUCTURED_SS_REQUEST dialogId=88231 ussdString=*182*1*1*0788123456*5000*7392# msisdn=x", "0788123456"),
        ("LNP dip tn=2025550183 rn=2025559000 npdi=yes", "2025550183"),
        (#"confirmOrder response={"eid":"8904","matchingId":"1Q7W-9ZKP-R3TX-M8VD"}"#, "1Q7W-9ZKP-R3TX-M8VD"),
        ("WHO: k.oconnor", "k.oconnor"),
        ("norEduPersonNIN: 15038744213", "15038744213"),
        ("<Granted service ticket [ST-12-vZwkBNoNREh1pfYHWdbzEz3Z3W-cas01] for service [https://intranet/login]>", "vZwkBNoNREh1pfYHWdbzEz3Z3W"),
        ("GET /?AccessKeyId=LTAI5tQgkKFgiar7mszQivs5&Action=SendSms", "LTAI5tQgkKFgiar7mszQivs5"),
        (#"{"courier_auth":"OAuth y0_AgAAAABxESI_5ntrXfbCllq4CHSgjHZsWlP23Yg5uZvncz1b7mUPHj"}"#, "y0_AgAAAABxESI"),
        ("<Granted service ticket [ST-12-vZwkBNoNREh1pfYHWdbzEz3Z3W-cas01] for service [https://x] and principal [k.oconnor]>", "k.oconnor"),
        ("client @0x7f8a (8.7.6.5.4.3.2.1.6.4.3.e164.arpa): query: 8.7.6.5.4.3.2.1.6.4.3.e164.arpa IN NAPTR +E", "8.7.6.5.4.3.2.1.6.4.3"),
        ("                    E.164 number (MSISDN): 33612345678", "33612345678"),
        (#"{"ClientRequestURI":"/x","Cookies":{"__Host-sid":"353f2Huu6mXrxWUREVXXPHzGIz"}}"#, "353f2Huu6mXrxWUREVXXPHzGIz"),
        (#"{"grant_type":"authorization_code","client_id":"abc","code":"UZwK_ialoiPtqLtA54ING8s22ukEEjFzdVlplUyo","redirect_uri":"x"}"#, "UZwK_ialoiPtqLtA54ING8s22ukEEjFzdVlplUyo"),
        (#"{"headers":{"x-account-number":"2048817733"}}"#, "2048817733"),
        (#""GET /account/verify?cell=082+555+0147 HTTP/1.1" 200"#, "082+555+0147"),
        ("aws_iam_user.contractor: Creation complete after 1s [id=ana.oliveira]", "ana.oliveira"),
        // Vault's audit `auth` object: its members under their own keys.
        (#"{"type":"response","auth":{"client_token":"hmac-sha256:f7da","display_name":"ldap-mkowalczyk","policies":["default"],"metadata":{"username":"mkowalczyk"}}}"#, "mkowalczyk"),
    ])
    func replaced(_ line: String, _ raw: String) {
        FuzzRegressionTests.expectText(line, raw, replaced: true)
    }

    @Test("what is around the value stays", arguments: [
        ("createSubscriber ki=465B5CE8B199B49FAA5F0A2EE238A6BC amf=8000 sqn=000000000021 apn=internet", " amf=8000 sqn=000000000021 apn=internet"),
        ("LNP dip tn=2025550183 rn=2025559000 npdi=yes", " rn=2025559000 npdi=yes"),
        ("the imsi-lookup service restarted", "the imsi-lookup service restarted"),
        ("ticket ST-1234 closed, PT-100 ok, ST-12-short", "ticket ST-1234 closed, PT-100 ok, ST-12-short"),
        (#"{"type":"response","auth":{"client_token":"hmac-sha256:f7da","policies":["default","payouts-ops"],"token_type":"service","token_ttl":28800}}"#,
         #""policies":["default","payouts-ops"],"token_type":"service","token_ttl":28800}}"#),
        (#"{"error":{"code":"E42","message":"bad request"}}"#, #"{"error":{"code":"E42","message":"bad request"}}"#),
        ("the principal [admin role] is missing", "the principal [admin role] is missing"),
        ("version 1.2.3.4.5.6.7 ok", "version 1.2.3.4.5.6.7 ok"),
        ("aws_s3_bucket.logs: Creation complete after 2s [id=acme-logs]", "[id=acme-logs]"),
        // Helm's summary names a release, not a person.
        ("NAME: keycloak", "NAME: keycloak"),
    ])
    func kept(_ line: String, _ text: String) {
        FuzzRegressionTests.expectText(line, text, replaced: false)
    }

    @Test("an `auth` object that is not Vault's is still replaced whole, and so is a person under an upper-case NAME")
    func authAndNameStillReplaced() {
        FuzzRegressionTests.expectText(#"{"auth":{"user":"bob","pass":"Sup3rSecret!"}}"#, "bob", replaced: true)
        FuzzRegressionTests.expectText("NAME: John Smith", "John Smith", replaced: true)
        FuzzRegressionTests.expectText("x NAME: keycloak", "keycloak", replaced: true)
    }
}
