import Testing
@testable import Veil

/// Stop 52's probes (round 19's streaming and delivery files): the general shapes they showed,
/// each with what only looks like it.
@Suite("Stop 52 probe fixes")
struct Stop52ProbeFixTests {
    @Test("credentials are replaced", arguments: [
        // Twitch's `oauth:` tokens, also in tmi.js's `< PASS` trace.
        ("[14:35:01] debug: < PASS oauth:g5mdki1x6ardwqewl20l76s4jc8462", "g5mdki1x6ardwqewl20l76s4jc8462"),
        ("TWITCH_BOT=oauth:g5mdki1x6ardwqewl20l76s4jc8462 channel=#cozy", "g5mdki1x6ardwqewl20l76s4jc8462"),
        // A standard base64 key (with `+`, `/`, `=`) under a name ending in `key`.
        ("level=debug msg=\"loaded config\" drm.axinom.com_key=\"0D9+BHC4zkjclvdY1RjSCp60+jXj2b/TmaIJ/Ww37zM=\"", "0D9+BHC4zkjclvdY1RjSCp60"),
        ("content_key=0D9+BHC4zkjclvdY1RjSCp60+jXj2b/TmaIJ/Ww37zM= kid=8d3b2f71", "BHC4zkjclvdY1RjSCp60"),
        ("{\"drm.axinom.com_key\":\"0D9+BHC4zkjclvdY1RjSCp60+jXj2b/TmaIJ/Ww37zM=\"}", "BHC4zkjclvdY1RjSCp60"),
        // A secret's value in parentheses after its name.
        ("WARN  config: AWS_SECRET_ACCESS_KEY loaded from environment (hP1iZkzfiHUDrskvMHOKfjAYtQ2HiPcLYa4Fobx6) for AWS_ACCESS_KEY_ID=x", "hP1iZkzfiHUDrskv"),
        // LDIF's base64 value of a password; OpenID Connect's session state and Keycloak's code id.
        ("userPassword:: e1NTSEF9aGFzaGhhc2g=", "e1NTSEF9aGFzaGhhc2g="),
        ("GET /callback?state=itqY&session_state=d0bf46f6-a7a4-47a3-9a69-d3d10e18f097&iss=https%3A%2F%2Fsso", "d0bf46f6-a7a4-47a3"),
        ("type=LOGIN_ERROR, realmId=x, code_id=\"da974ffa-35b5-4fbb-a9bd-40d74b64cff0\", error=\"user_not_found\"", "da974ffa-35b5-4fbb"),
        // One-time links' tokens in a path; a webhook's id in prose.
        ("ip - - [05/Dec/2024:19:02:21 +0000] \"GET /u/activate-account/c560b21b5143283b5382fadb4d305338 HTTP/2.0\" 200 5120", "c560b21b5143283b"),
        ("GET /users/password-reset/Xk29dLq8ZmP4vT7wR2yN/confirm", "Xk29dLq8ZmP4vT7wR2yN"),
        ("WARNING (MainThread) [homeassistant.components.webhook] Received message for unregistered webhook 1ab872e55a1e1acca1581ec2ae65f378b5773fdf11045bae6d16dc8503353c88", "1ab872e55a1e1acc"),
        // A secret inside a cache key's name.
        ("1715678886.002113 [0 10.0.0.5:40218] \"SETEX\" \"pwreset:uAjyJZHGpbVeG24OBvgobuCHQ8T4xzA0\" \"900\"", "uAjyJZHGpbVeG24OBvgo"),
        // Temenos T24's OFS sign-on.
        ("[OFS.SOURCE=BROWSERTC] IN: CUSTOMER,INPUT/I/PROCESS,INPUTTER1/Welcome2024!,,MNEMONIC=ABC", "Welcome2024!"),
        ("FUNDS.TRANSFER,/I/VALIDATE/1/0,AUTHOR/Pa55w0rd/GB0010001,FT123", "Pa55w0rd"),
        // Recovery and bypass keys without a name; a property list's values; OWA's canary.
        ("566478-416658-561011-042658-018700-403238-275363-530156", "566478-416658"),
        ("[ActivationLockService] - Stored Activation Lock bypass code TYH6X-TJHJW-C1Y42-19056-D5UA6 for mobile device 231", "TYH6X-TJHJW"),
        ("<dict><key>MessageType</key><string>TokenUpdate</string><key>PushMagic</key><string>B715568B-9126-4BEF-93FE-CDE3B53F79A8</string></dict>", "B715568B-9126"),
        ("<key>Token</key><data>0AkMKwT5XfbOfUGPd4IX1Eds8Ofcixic9Od3CSLsXnY=</data>", "0AkMKwT5XfbOfUGP"),
        ("Chrome/122.0.0.0 ClientId=079186ADC74E4BFA;+X-OWA-CANARY=ujS9YiMgaEmxo5kceH38MQ4XrSyJBhm44is_qdT_tY2T.", "ujS9YiMgaEmxo5kc"),
        // One-time codes in Polish, Croatian, Czech and Slovenian messages.
        ("sms text=\"Twój kod weryfikacyjny to 482913\"", "482913"),
        ("Body: Vaš kod za potvrdu je 551234. Ne dijelite ga.", "551234"),
        ("SMS delivered: Váš ověřovací kód je 774120", "774120"),
        ("message=Vaša koda za preverjanje je 903117", "903117"),
        // Push registrations: FCM's legacy `registration_ids`, OneSignal's `include_player_ids`.
        ("{\"registration_ids\":[\"dGVzdDpBUEE5MWJIdXNlcl90b2tlbl9mb3JfcHVzaF9ub3RpZmljYXRpb25z\"],\"priority\":\"high\"}", "dGVzdDpBUEE5MWJIdXNl"),
        ("{\"app_id\":\"x\",\"include_player_ids\":[\"1dd608f2-c6a1-11e3-851d-000c2940e62c\"]}", "1dd608f2-c6a1-11e3"),
    ])
    func credentialReplaced(_ line: String, _ raw: String) {
        FuzzRegressionTests.expectText(line, raw, replaced: true)
    }

    @Test("personal data is replaced", arguments: [
        // A JSON object inside a text line, text after it: read as JSON (the record's id by its names).
        ("c.m.CheckrWebhookController - report.completed candidate={\"id\":\"bd04b8af26e164bf457c8db9\",\"object\":\"candidate\",\"first_name\":\"Marcus\",\"last_name\":\"Jennings\"} status=clear", "bd04b8af26e164bf457c8db9"),
        ("PHP Warning:  Courier login failed: {\"login\":\"kwame.mensah\",\"device\":\"x\"} in /var/www/src/Auth/LoginController.php on line 88", "kwame.mensah"),
        // A device's name under `title`, a label key (`iPhone` names no phone field); JSON's escaped `’`.
        ("{\"Player\":{\"local\":false,\"title\":\"Kenji's iPhone\",\"uuid\":\"9b8c7d6e\"}}", "Kenji"),
        ("{\"title\":\"Kenji's iPhone\",\"uuid\":\"9b8c7d6e5f4a3b2c1d0e\"}", "Kenji"),
        ("{\"device\":\"Kwame\\u2019s Tecno Spark 10\"}", "Kwame"),
        // Plex Media Server's request log.
        ("Request: [10.0.0.5:51734 (WAN)] GET /library/metadata/48213/children (14 live) #4a1f TLS GZIP Signed-in Token (annelies.vogt) (SHIELD Android TV)", "annelies.vogt"),
        // One given name after `your` and a serving role, before a verb or `,`.
        ("{'Body': 'Your courier Kwame is 3 min away. Handover PIN follows'}", "Kwame"),
        ("sms sent: your driver Ahmed has arrived in a white Toyota", "Ahmed"),
        ("Your guide Maria, welcome to Lisbon", "Maria"),
        // SMS APIs' recipients without their `+`.
        ("{\"message-count\":\"1\",\"messages\":[{\"to\":\"34655281904\",\"message-id\":\"1A000000B2C3D4E5\",\"status\":\"0\"}]}", "34655281904"),
        ("{\"body\":{\"originator\":\"AcmeBank\",\"recipients\":[31629384756],\"body\":\"x\"}}", "31629384756"),
        ("INFO c.a.sms.InfobipClient - {\"messages\":[{\"destinations\":[{\"to\":\"385981234567\",\"messageId\":\"M-1\"}]}]}", "385981234567"),
        ("{\"to\":\"07700900123\",\"text\":\"hi\"}", "07700900123"),
        // A national id after its scheme's name and `-`; Croatia's OIB under its key.
        ("{\"workflow\":[{\"channel\":\"sms\"}],\"client_ref\":\"cpf-350.836.924-22\"}", "350.836.924-22"),
        ("{\"from\":\"AcmeBanka\",\"callbackData\":\"oib=05584941145\"}", "05584941145"),
        // Round 20's telecom, ISP and mail files.
        ("apn:provider POST https://api.push.apple.com:443/3/device/0bfa2f2ff1c9de372109a2fe78bec4cfaf01d7fbf86db65eb47752adf9ce97a9 headers={}", "0bfa2f2ff1c9de37"),
        ("msg=\"| succeeded-push | [ios] c74a01cb2bdaa1a5534b3aa94ccabf179c820a4a6fef7f2f11dc16a019bc9062 Hi there\"", "c74a01cb2bdaa1a5"),
        ("INVITE sip:+13125550187@sip.northwind-tel.com;user=phone SIP/2.0", "13125550187"),
        ("amavis[2201]: Blocked SPAM <billing@paypa1-secure.com> -> <ana.souza@example.com.br>, quarantine: spam.gz", "ana.souza"),
        ("[14-Mar-2024 09:35:02 +0000]: <38ac9496> Successful login for bob (ID: 1182) from 10.0.0.1 in session 38ac9496e91093c9ad61da177f (error: 0)", "38ac9496e91093c9ad61da177f"),
        ("(95) sql: INSERT INTO radcheck (username, attribute, op, value) VALUES ('lan.nguyen', 'Cleartext-Password', ':=', 'Lan@Hanoi1990')", "Lan@Hanoi1990"),
        ("INSERT INTO settings (name, value) VALUES ('smtp_password', 'Hunter2!x')", "Hunter2!x"),
        ("mod_dialplan_xml.c:639 Processing Jan Novak <1007>->015901234567 in context default", "015901234567"),
        ("Hi, my PPS number is 8429163P and I live in Dublin 9", "8429163P"),
        ("dovecot_plain authenticator failed for (MARIA-NOTEBOOK) [203.0.113.9]:49822", "MARIA"),
        ("warning: header Subject: Kira sozlesmesi, Bagdat Caddesi No:214 Kadikoy from unknown", "Bagdat Caddesi No:214"),
        ("Gül Sokak No:7 Beşiktaş", "Gül Sokak"),
        ("GET /cgi-bin/luci/;stok=9f1c2a7e4b3d8e6f0a1b2c3d4e5f6071/admin/status/overview 200", "9f1c2a7e4b3d8e6f"),
        ("lnp-gw INFO LSR submitted eu_name=\"DeShawn Robinson\" pin=4471 ssn4=6623 foc_due=2024-03-18", "6623"),
        ("{\"User-Equipment-Info\":{\"User-Equipment-Info-Type\":0,\"User-Equipment-Info-Value\":\"3548610912345601\"}}", "3548610912345601"),
        ("acc: src_domain=sip.dutchvoice.nl;dst_ouser=0207946012;dst_domain=10.0.0.2", "0207946012"),
        // Round 20's HR, recruiting, insurance and property files.
        ("{\"questionAnswers\":[{\"question\":\"PESEL (wymagany do umowy)\",\"answer\":\"92051704170\"}]}", "92051704170"),
        ("{\"answers\":[{\"id\":\"passport\",\"question\":\"Passport number (visa sponsorship)\",\"value\":\"TK4829137\"}]}", "TK4829137"),
        ("{\"custom_fields\":[{\"name_key\":\"steuer_id\",\"value\":\"61973305428\"}]}", "61973305428"),
        ("{\"scorecard\":{\"interviewer\":{\"id\":4110237,\"name\":\"X\"}}}", "4110237"),
        ("ERROR c.a.ats.sr.CandidateMapper - Failed to map candidate 4b8d2e6f-1a3c-4e5b-9d7f-8a0b1c2d3e4f (x)", "4b8d2e6f-1a3c"),
        ("{\"candidate_id\":\"c2a8f1b5e6d4a3b2c1d0e9f8\",\"status\":\"consider\"}", "c2a8f1b5e6d4a3b2c1d0e9f8"),
        ("PATCH https://harvest.greenhouse.io/v1/candidates/1 On-Behalf-Of: \"4008812\" {", "4008812"),
        ("Punch accepted: device=IT9100-DOCK3 badge=00184722 type=IN", "00184722"),
        ("<Telephone><FormattedNumber>070-318 44 92</FormattedNumber></Telephone>", "070-318 44 92"),
        ("Timesheet approval JP: My Number 861392182220 re-check", "861392182220"),
        ("c.a.checkout.web.CustomerController : Updating profile for customer C-20931874 (x)", "C-20931874"),
        ("payments-svc Amex autopay retry scheduled for resident RES-558233 next_attempt=2024-06-05", "RES-558233"),
        ("Rent receipt 0041882 BSB 062-000 acct 11928374 $685.00 pw/e 08/06/2024", "11928374"),
        ("Error message: ciaran.murphy@contoso.ie-The user name or password is incorrect", "ciaran.murphy"),
        ("mail to a@mail.my-Host.com ok", "my-Host"),
        ("cn:: SsO2cmcgU2NobWlkdA==", "SsO2cmcgU2NobWlkdA=="),
        ("claims-health[3121]: WARN eligibility check failed nhs_no=9434765919 surname=x", "9434765919"),
        ("{\"screeningRequestRenterId\":7718230,\"renter\":{}}", "7718230"),
        // France's payroll declaration (DSN), one rubric per line.
        ("S21.G00.30.001,'286046938304704'", "286046938304704"),
        ("S21.G00.30.002,'MARCHAND'", "MARCHAND"),
        ("S21.G00.30.004,'ELODIE'", "ELODIE"),
        ("S21.G00.30.006,'17041986'", "17041986"),
        ("S21.G00.30.008,'18 RUE DES ACACIAS'", "RUE DES ACACIAS"),
        // Round 21's payments, accounting and transit files.
        ("2024-03-15 11:45:12 DSN-VAL [WARN] CCH-11 ligne 143 S21.G00.30.001,'2851069123045' : NIR non certifié", "2851069123045"),
        ("{\"Account\":[{\"SchemeName\":\"UK.OBIE.SortCodeAccountNumber\",\"Identification\":\"40051231926819\"}]}", "40051231926819"),
        ("cubic-nvp[2231]: WARN TapProcessor: card on hotlist csn=04:7F:B2:1A:6C:29:81 reason=LOST_STOLEN", "04:7F:B2:1A:6C:29:81"),
        ("Rabatterat pris beviljat: kortnummer=2391447018 giltig_till=2025-06-30", "2391447018"),
        ("Driver login OK staff_no=DRV-20417 duty=D-0714 block=42", "DRV-20417"),
        // Round 22's fundraising, ticketing and web files.
        ("2024-06-05 10:15:33 10.1.2.14 GET /account/orders orderId=77120 443 kdubois 88.164.22.91 Mozilla/5.0+(Windows) https://x/ 200 0 0 231", "kdubois"),
        ("TessituraService: GET /TessituraService/CRM/Constituents/1184302/Addresses 200", "1184302"),
        ("<GAD><Donor><Fore>Ann</Fore><Sur>Lee</Sur><House>27 Headingley Mount</House><Postcode>LS6 3EL</Postcode></Donor>", "Headingley"),
        ("ERROR Timeout expired executing: SELECT * FROM RECORDS WHERE RECORDS.CONSTITUENT_ID = '51877'", "51877"),
        // Round 21's Windows, macOS and cloud files.
        ("PS C:\\> Invoke-RestMethod -Uri 'https://graph.microsoft.com/v1.0/users?$filter=employeeId eq ''BW-DE-004417''' -Headers @{}", "BW-DE-004417"),
        ("GET /reso/odata/Property?$filter=ListAgentMlsId%20eq%20%27CAR-448120%27%20and%20StandardStatus%20eq%20%27Active%27", "CAR-448120"),
        ("<key>IMEI</key><string>35 298811 940606 4</string>", "35 298811 940606 4"),
        ("Decrypted escrow payload: {RecoveryKey=x, SerialNumber=FVFHX2Q1Q6L4, EnabledUser=marek.dvorak, HardwareUUID=920FBD01}", "marek.dvorak"),
        ("Response body: {} viewedBy=eyilmaz audit=true", "eyilmaz"),
        ("ts=2024-03-12T09:14:02.530Z msg=TokenUpdate type=User user_short_name=ngoc.lan", "ngoc.lan"),
        // Round 20's retail and telematics files.
        ("[TeleCheck] check auth req: micr=\"t021000021t 4417780093o 1047\" dl_state=TX dl_num=31847562 amt=212.40", "4417780093"),
        ("[TeleCheck] check auth req: dl_state=TX dl_num=31847562 amt=212.40", "31847562"),
        ("{\"driver\":{\"name\":\"x\",\"employeeNo\":\"LP-NL-008812\"},\"contract\":\"LC-1\"}", "LP-NL-008812"),
        ("square.giftcards activity type=ACTIVATE gan=7783320012874519 amount_money={amount:5000}", "7783320012874519"),
        ("[staff-import] row 14: Personalnummer=MA-00731 Name=x", "MA-00731"),
        ("{\"auftragsnummer\":\"PH-2024-0603-77120\",\"mitgliedsnummer\":\"288412907\"}", "288412907"),
        // Keys of delivery and ride platforms.
        ("{\"eater\":{\"first_name\":\"Jonas\",\"phone_code\":\"712 49 318\"}}", "712 49 318"),
        ("{\"receiver\":{\"phones\":\"6597318452\"}}", "6597318452"),
        ("placeOrder order_id=158293746102 customer_mobile=9845031276 total=612.00", "9845031276"),
        ("{\"event_name\":\"DASHER_CONFIRMED\",\"dasher_id\":1423987}", "1423987"),
        ("{\"courier\": {\"name\": \"Diego\", \"phone_number\": \"+34 612 48 93 17\"}}", "Diego"),
        ("KycDecision approved mykad=880512-14-5237 status=ok", "880512-14-5237"),
        ("conductor verificado matricula=\"4821 LKP\" ciudad=MAD", "4821 LKP"),
        ("TFN declaration lodged residential=\"27 Kingsway, Glen Waverley VIC 3150\"", "27 Kingsway"),
        ("BOOKING 448812 ALLOC veh=217 pax=\"Mrs P. Okafor\" tel=01632960123", "Okafor"),
        ("{\"eid\":{\"GivenNames\":\"ERIKA\",\"FamilyNames\":\"BRANDSTÄTTER\"}}", "BRANDSTÄTTER"),
    ])
    func replaced(_ line: String, _ raw: String) {
        FuzzRegressionTests.expectText(line, raw, replaced: true)
    }

    @Test("what only looks like these stays", arguments: [
        ("auth scope=oauth:read ok", "oauth:read"),
        ("object_key=uploads/2024/Abc1/Def2/Ghi3.png", "uploads/2024/Abc1"),
        ("cache_key=Ab1/Cd2/Ef3/Gh4/Ij5/Kl6= hit", "Ab1/Cd2"),
        ("{\"title\":\"Phone\",\"value\":\"mobile\"}", "Phone"),
        ("{\"title\":\"This iPhone\"} ok", "This iPhone"),
        ("job {\"status\":\"done\",\"count\":3} took 5ms", "\"status\":\"done\""),
        ("broken {\"a\":\"b\" tail", "broken {\"a\":\"b\" tail"),
        ("PASS src/app.test.js", "src/app.test.js"),
        ("Your driver Update is ready", "Update"),
        ("GET /reset/styles.css; webhook delivered ok in 35ms", "/reset/styles.css"),
        ("{\"token_type\":\"Bearer\",\"app_id\":\"APP-80W284485P519543T\",\"expires_in\":31668}", "APP-80W284485P519543T"),
        ("[e-mail] Error: Invalid login: 535-5.7.8 Username and Password not accepted.", "535-5.7.8"),
        ("2024-06-05 10:15:34 10.1.2.14 GET /static/js/seatmap.min.js - 443 - 10.1.2.1 Mozilla/5.0 - 200 0 0 4", "seatmap.min.js - 443 - "),
        ("GET /API/Accounts/Settings/x", "Settings"),
        ("lightspeed.WARNING: 429 Too Many Requests GET /API/V3/Account/281734/Item.json", "281734"),
        ("HGET reset:counters-daily-summary total", "reset:counters-daily-summary"),
        ("GET /a/PROCESS,x/y", "x/y"),
        ("{\"sessionIssuer\":{\"type\":\"Role\",\"principalId\":\"AROAV3QZJ7KPLEXAMPL99\",\"arn\":\"arn:aws:iam::418295730164:role/eks-node-role\"}}", "AROAV3QZJ7KPLEXAMPL99"),
        ("[UserImportService] - Failed to save user: java.sql.SQLIntegrityConstraintViolationException: Duplicate entry", "java.sql.SQLIntegrityConstraintViolationException"),
        ("id 123456-123457-123458-123459-123460-123461-123462-123463 x", "123456-123457"),
        ("AAAAA-BBBBB-CCCCC-DDDDD-EEEEE", "AAAAA-BBBBB"),
        ("GET /Users?$filter=status eq 'active'", "'active'"),
        ("<key>MessageType</key><string>TokenUpdate</string>", "TokenUpdate"),
        ("S21.G00.30.005,'02'", "'02'"),
        ("S21.G00.40.001,'01012024'", "01012024"),
        ("customer service 24/7; customer 2024-03-01 report", "customer 2024-03-01"),
        ("x my number is 07700 900123 y", "my number is"),
        ("std::vector<int> values; objectClass:: cGVyc29u", "cGVyc29u"),
        ("  cuid=1.2.840.10008.5.1.4.31 - Modality Worklist Information Model - FIND", "1.2.840.10008.5.1.4.31"),
        ("request (a4d8f2c61111222233334444) done in (took 35ms)", "a4d8f2c61111222233334444"),
        ("INVITE sip:+13125550187@sip.northwind-tel.com;user=phone SIP/2.0", "@sip.northwind-tel.com;user=phone"),
        ("References: <a1b2@mail.example.com> <c3d4@mail.example.com>", "<c3d4@mail.example.com>"),
        ("INSERT INTO settings (name, value) VALUES ('site_title', 'My Shop')", "'site_title', 'My Shop'"),
        ("New session 12 of user root.", "session 12"),
        ("sha256 740f4707bebcf74f9b7c25d48e3358945f6aa01da5ddb387462c7eaf61bb78ad", "740f4707bebcf74f"),
        ("Processing 1007 <1007>->1008 in context default", "->1008"),
        ("{\"from\":\"1710000000\",\"to\":\"1710239001\"}", "1710239001"),
        ("{\"from\":1710000000000,\"to\":1710239001000}", "1710239001000"),
        ("{\"to\":\"ops@example.com\",\"count\":12345678901}", "12345678901"),
        ("build v-350.836.924-22 ok", "350.836.924-22"),
        ("Twój kod pocztowy to 00-950 Warszawa; kod błędu to 5001", "kod błędu to 5001"),
        ("Vaš poštanski kod je 10000", "10000"),
        ("Your agent Service was down", "Service"),
        ("{\"driver\":{\"name\":\"PyMongo\"}} loaded", "PyMongo"),
    ])
    func kept(_ line: String, _ text: String) {
        FuzzRegressionTests.expectText(line, text, replaced: false)
    }
}
