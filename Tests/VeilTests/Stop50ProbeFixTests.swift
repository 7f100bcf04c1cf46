import Testing
@testable import Veil

/// Stop 50's probes (devices, Windows events, insurance, payroll, hospitality, point of sale,
/// cloud audit, error trackers, telecom cores, games, recruiting, real estate): the general
/// shapes they showed, each with what only looks like it.
@Suite("Stop 50 probe fixes")
struct Stop50ProbeFixTests {
    @Test("credentials are replaced", arguments: [
        // A random value under a key whose last word is `key`.
        ("PaymentSheet configured customer=x ephemeralKey=ek_live_YWNjdF8xT3pLOWJFa1hQcTJSbVZ3LGp0Q2hSdkZ0ZUxzNmQ", "ek_live_YWNjdF8x"),
        ("square: SQUARE_ENVIRONMENT=production SQUARE_WEBHOOK_SIGNATURE_KEY=iY_u69RjCkX0-EnoQTm1UU SQUARE_WEBHOOK_URL=https://x.example/h", "iY_u69RjCkX0-EnoQTm1UU"),
        ("POST https://api.rently.com/v2/showings key=rnt_5Xq8Lm2Rz9Tk4Wp7Nc3Bv6Hf1Jd0Gs lockbox=RB-22813", "rnt_5Xq8Lm2Rz9Tk4Wp7Nc3Bv6Hf1Jd0Gs"),
        ("Tx-AccountId=17048392 Tx-ServiceKey=q7VnR2xYbT9mKc4PzW8eLs3HfJ6dGa1NuQ5oEi0Xr Content-Type=application/json", "q7VnR2xYbT9mKc4PzW8eLs3HfJ6dGa1NuQ5oEi0Xr"),
        ("SQUARE_WEBHOOK_SIGNATURE_KEY: iY_u69RjCkX0-EnoQTm1UU", "iY_u69RjCkX0-EnoQTm1UU"),
        ("{\"ephemeralKey\":\"ek_live_YWNjdF8xT3pLOWJFa1hQcTJSbVZ3LGp0Q2hSdkZ0ZUxzNmQ\",\"livemode\":true}", "ek_live_YWNjdF8x"),
        // A vendor's prefixed key after `key` in prose.
        ("ERROR [ae-assessor] NEST API 401 for key nest_McD89BWOJmF13YBW8U4YPiJxEBBLNOVnQw8EpAbH (endpoint /api/v2)", "nest_McD89BWOJmF13YBW8U4YPiJxEBBLNOVnQw8EpAbH"),
        // A token named in prose after the account it belongs to.
        ("[com.kliniq.app:keychain] Stored refresh token for jane@example.com: rt.1.AQABAAEAAAD--DLA3VO7QrddgJg7WevrzKp3Xw8hT0Zl", "AQABAAEAAAD--DLA3VO7"),
        // cloudhopper's SMPP bind: the password in brackets.
        ("send PDU: (bind_transceiver: 0x0000002F) (body: systemId [esme_telcoapi] password [Rv7#pLq2] systemType [])", "Rv7#pLq2"),
        // TR-069: a parameter path labels the value; the value element has attributes.
        ("403 Forbidden {\"Message\":\"Invalid AccessToken 'E24E43B980C54C48B7602AAF2012433E-68CD552FFB6A1756CFD36C5E4D67BCE' (token revoked).\"}", "E24E43B980C54C48"),
        ("<Authentication><Method>clear</Method><Role>principal</Role><Value>Xmas!2023Payroll</Value></Authentication>", "Xmas!2023Payroll"),
        ("dovecot: auth-worker(3314): Debug: sql(jane,192.0.2.7,<x9PqLm2AbCkAAAAA>): SHA512-CRYPT(Vesuvio!1987) != '$6$rounds=5000$x$y'", "Vesuvio!1987"),
        ("{\"body\":\"Uw verificatiecode is 482913. Deel deze code met niemand.\"}", "482913"),
        ("SMS: Ihr Bestätigungscode lautet 482913", "482913"),
        ("<ParameterValueStruct><Name>InternetGatewayDevice.LANDevice.1.WLANConfiguration.1.KeyPassphrase</Name><Value xsi:type=\"xsd:string\">Lotta&amp;Ben2016</Value></ParameterValueStruct>", "Lotta&amp;Ben2016"),
    ])
    func credentialReplaced(_ line: String, _ raw: String) {
        FuzzRegressionTests.expectText(line, raw, replaced: true)
    }

    @Test("personal data is replaced", arguments: [
        ("\t3GPP-IMSI = \"204081234567890\"", "204081234567890"),
        ("03/12 08:16:01.512: [emm] INFO:     IMSI[262011987654321] (../src/mme/emm-handler.c:326)", "262011987654321"),
        ("Received AirDrop ask from \"Min-jun’s MacBook Pro\" (2 items)", "Min-jun"),
        ("Checkout submitted, deliver to No. 14, 3rd Cross, Indiranagar 2nd Stage", "14, 3rd Cross"),
        ("Direct deposit change new routing=061000159 account=88120047315 (prev ****4412)", "88120047315"),
        ("wire instruction change new=acct 483920174455 routing 026009593; HOLD", "483920174455"),
        ("ACH return R03, payee acct 000123984471 rtn 071000505", "000123984471"),
        ("Rückmeldung DSBD Fehler DBNA010: Familienname fehlt für VSNR 53081192O071", "53081192O071"),
        ("Form 16 generated for emp KPMG-BLR-01877 PAN x UAN 100982413776 email", "100982413776"),
        ("Form 16 generated for emp KPMG-BLR-01877 PAN x", "KPMG-BLR-01877"),
        ("Levy 668-W received for x (employee FNB004155); exempt amount", "FNB004155"),
        ("RPCALCD0 Personalnummer 00048213 abgewiesen", "00048213"),
        ("I flutter : {\"kycId\":\"kyc_8f21c0\",\"document\":{\"type\":\"PASSPORT\",\"number\":\"F7KR2N4T9\"}}", "F7KR2N4T9"),
        ("DEÜV-Meldung erzeugt Verfahren=DSME VSNR=12140387W514 BBNR-VU=87654321", "12140387W514"),
        ("<InkomstenverhoudingInitieel><NatPers><SofiNr>304158677</SofiNr>", "304158677"),
        ("W-4 import rejected for employee externalEmployeeId=E-10442 status=x", "E-10442"),
        ("staff.login staff_member=x staff_id=91822736 method=PIN", "91822736"),
        ("<Data Name='WorkstationName'>LT-ASTRID-L</Data>", "LT-ASTRID-L"),
        ("Logon Account:\tr.castellanos\nSource Workstation:\tLT-ROCIO-C\nError Code:\t0xC000006A", "LT-ROCIO-C"),
        ("Network Information: Workstation Name: LT-ASTRID-L Source Network Address: -", "LT-ASTRID-L"),
        ("<ContactPointTelephoneValue>4086218834</ContactPointTelephoneValue>", "4086218834"),
        ("Aviso de sinistro placa=ABC1234 chassi=ZFA31200005591723 celular=x", "ZFA31200005591723"),
        ("<enderDest><xLgr>Avenida Paulista</xLgr><nro>1578</nro>", "Avenida Paulista"),
        ("<wd:Worker_Reference><wd:ID wd:type=\"WID\">3aa5550b</wd:ID><wd:ID wd:type=\"Employee_ID\">21004871</wd:ID></wd:Worker_Reference>", "21004871"),
        ("{\"parties\":[{\"type\":\"bank_account\",\"routing\":\"026009593\",\"account\":\"4471093826\"}]}", "4471093826"),
        ("New TP claim: vehicle LK19 XWT (VW Golf VIN x)", "LK19 XWT"),
        ("Schadenmeldung: Kennzeichen M-JW 4821, FIN x", "4821"),
        ("Déclaration de sinistre reçue : immat. GE-512-VX, tél. x", "GE-512-VX"),
        ("Kennzeichen: M-JW 4821, FIN x", "4821"),
        ("\"\",\"0612345678\",\"0033142685300\",\"from-internal\",\"\"\"Jean Dupont\"\" <0612345678>\",\"SIP/trunk\"", "0612345678"),
        ("<PrimaryGuest><Phone countryCode=\"1\" cityAreaCode=\"312\" number=\"7734190\"/></PrimaryGuest>", "7734190"),
        ("{\"authenticationMethod\":\"Mobile app notification\",\"authenticationMethodDetail\":\"iPhone 15 (Freja)\"}", "Freja"),
        ("D FirebaseAuth: Notifying id token listeners about user ( Hk3Qz8vNpXeT0bWm2aYcLr4sUu71 ).", "Hk3Qz8vNpXeT0bWm2aYcLr4sUu71"),
        ("GET /webhooks/messagebird/status?id=e807&reference=otp-login&recipient=31612873405&status=delivered", "31612873405"),
        ("{\"method\":\"patch\",\"path\":\"/api/v2/users/auth0%7C65a3f8e1d4b7c90e2a6f1d38\",\"query\":{}}", "65a3f8e1d4b7c90e2a6f1d38"),
        ("c.a.hr.OktaProfileSync - Updating Okta profile 00u4m8n2p6q0r3s5t7v9 (x)", "00u4m8n2p6q0r3s5t7v9"),
        ("CAS cannot find authentication handler that supports [chen.jiahui] of type [UsernamePasswordCredential].", "chen.jiahui"),
        ("{\"Operations\":[{\"op\":\"replace\",\"path\":\"name.familyName\",\"value\":\"Robinson-Hayes\"}]}", "Robinson-Hayes"),
        ("[{\"op\":\"replace\",\"path\":\"/email\",\"value\":\"jane@example.com\"}]", "jane@example.com"),
    ])
    func replaced(_ line: String, _ raw: String) {
        FuzzRegressionTests.expectText(line, raw, replaced: true)
    }

    @Test("what only looks like these stays", arguments: [
        ("idempotency_key=Kx7f9Qm2Lp4Rt8Vw1Zy3 sort_key=created_at", "Kx7f9Qm2Lp4Rt8Vw1Zy3"),
        ("public_key=MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE status=ok", "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE"),
        ("monkey=Ab12Cd34Ef56Gh78Ij90 zoo=1", "Ab12Cd34Ef56Gh78Ij90"),
        ("messageKey=7b0f1c2e-5d4a-4c1b-9e77-2f18a6d3c901 queued", "7b0f1c2e-5d4a-4c1b-9e77-2f18a6d3c901"),
        ("cache key user_profile_12345 missed", "user_profile_12345"),
        ("password reset requested by the help desk", "password reset requested"),
        ("Apple's iPhone launch event", "Apple's iPhone"),
        ("took 1, 2nd Main line", "2nd Main"),
        ("employee 2024-03-15 report", "2024-03-15"),
        ("localhost authd[163]: [com.apple.Authorization:authd] Succeeded authorizing right", "Authorization:authd"),
        ("<ParameterValueStruct><Name>InternetGatewayDevice.LANDevice.1.WLANConfiguration.1.SSID</Name>", "InternetGatewayDevice.LANDevice.1.WLANConfiguration.1.SSID"),
        ("account=12345 status=ok", "account=12345"),
        ("{\"account\":\"12345678\",\"plan\":\"pro\"}", "12345678"),
        ("vehicle ID 42 registered", "ID 42"),
        ("<Item number=\"7734190\"/>", "7734190"),
        ("<Param><Value>42</Value></Param>", "<Value>42</Value>"),
        ("errorcode 5001 returned; barcode is 12345678", "5001"),
        ("MAX(a) != b", "MAX(a)"),
        ("{\"op\":\"add\",\"path\":\"urn:ietf:params:scim:schemas:extension:acme:2.0:User:employeeNumber\",\"value\":\"D4827163\"}", "User:employeeNumber"),
        ("[{\"op\":\"replace\",\"path\":\"/active\",\"value\":false}]", "false"),
        ("GetAccessToken com.example.auth.TokenService123 failed", "com.example.auth.TokenService123"),
        ("AccessToken expired for client", "AccessToken expired"),
        ("Surface Pro (Windows) enrolled", "(Windows)"),
        ("{\"value\":[{\"MemberKey\":\"b41f7c2e09d3a8e6\",\"MemberMlsId\":\"ACT661204\"}]}", "b41f7c2e09d3a8e6"),
        ("From: \"Alice\" <1234>", "<1234>"),
        ("<wsse:Password Type=\"PasswordText\">hunter22</wsse:Password><Value xsi:type=\"xsd:string\">on</Value>", "xsd:string"),
    ])
    func kept(_ line: String, _ text: String) {
        FuzzRegressionTests.expectText(line, text, replaced: false)
    }
}
