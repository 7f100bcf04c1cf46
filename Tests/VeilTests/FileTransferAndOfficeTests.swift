import Testing
@testable import Veil

/// Stop 45's probes of file transfer, office back ends, games and consumer apps: rsyncd's and
/// internal-sftp's accounts, CUPS's, SharePoint's claims, WinSCP's `PASS`, Nextcloud's share
/// links, identity numbers in documents' file names, game servers' secret variables, web API
/// keys in a query, and the keys these products name their fields with.
@Suite("File transfer, office and consumer apps")
struct FileTransferAndOfficeTests {
    @Test("the value is replaced", arguments: [
        ("2024/03/12 10:15:45 [18231] recv nas-07.example.org [198.51.100.4] homes (nikos.papadopoulos) nikos/a.pdf 1048576", "nikos.papadopoulos"),
        ("Mar 12 10:10:03 sftp01 internal-sftp[30215]: session opened for local user svc-acme-br from [198.51.100.9]", "svc-acme-br"),
        ("D [12/Mar/2024:09:24:02 +0100] [Client 17] Authorized as ahmed.elsayed using Basic.", "ahmed.elsayed"),
        ("Non-OAuth request. IsAuthenticated=True, UserIdentityName=0#.w|contoso\\dvanderberg, ClaimsCount=42", "dvanderberg"),
        (#"{"u":"i:0#.w|contoso\\abenali"}"#, "abenali"),
        ("> 2024-03-12 11:10:05.140 PASS Gr33n!Tea#2024", "Gr33n!Tea#2024"),
        ("GET /index.php/s/sYVKKc7EoSuAZ8D/download?path=%2F 200", "sYVKKc7EoSuAZ8D"),
        ("recv homes nikos/Documents/passport_AE4817263.pdf 1048576", "AE4817263"),
        ("openat|ok|Personnel/PPSN_7482915PA.pdf", "7482915PA"),
        ("File accessed: /Documents/Steuer/Steuer-ID_47036892816_Schroeder.pdf", "47036892816"),
        (#"rcon from "203.0.113.77:51234": command "sv_password "Kn1ght$Fall"""#, "Kn1ght$Fall"),
        ("rcon_password hunter2x", "hunter2x"),
        ("GET https://api.steampowered.com/ISteamUser/GetPlayerSummaries/v2/?key=FCCB111F6A5B16510ED62D9549E1CF01&steamids=1", "FCCB111F6A5B16510ED62D9549E1CF01"),
        ("POST /ISteamMicroTxn/InitTxn/v3/ body=key=4DF55106BB5CE9A4E17C39F6720C91C4&orderid=1000000482", "4DF55106BB5CE9A4E17C39F6720C91C4"),
        ("entitlement consume accountId=2837 onlineId=Olu_Bankole_99 useCount=1", "Olu_Bankole_99"),
        ("apertura nome=\"Giulia\" nascita=1992-04-18 comune=Milano", "1992-04-18"),
        (#"{"placa":"FJT-4E21","chave":"x"}"#, "FJT-4E21"),
        ("socio registrado clabe=012180015412398766", "012180015412398766"),
        ("report hwid=HWID-C21A-2515-6083-8790 ok", "HWID-C21A-2515-6083-8790"),
        (#"{"type":"service_account","private_key_id":"3ecf677016508dd42863c54e3a804e62857b600a"}"#, "3ecf677016508dd42863c54e3a804e62857b600a"),
        ("GET /postbacks/adjust?gps_adid=3f5c9a7e-2b41-4d8f-9c60-e1a7b3d5f208&country=de", "3f5c9a7e-2b41-4d8f-9c60-e1a7b3d5f208"),
        ("appsflyer pull report dev_key=bYmVl66iFTw1CRbzdGU8CK rows=1842", "bYmVl66iFTw1CRbzdGU8CK"),
        (#""join_url":"https://us06web.zoom.us/w/85012345678?tk=PtYgjmUhBel31iEl2hpChYgCfrL1spNxnyVmihA_2O7.DQcAAAAT&pwd=L7D""#, "DQcAAAAT"),
        (#"{"changeType":"created","clientState":"U01lHFI75zXsYXGeqJZH7AZ8"}"#, "U01lHFI75zXsYXGeqJZH7AZ8"),
        ("2024/03/12 10:15:46 recv nas [198.51.100.4] homes (x) aino/kela/Hakemus_230888-417E.pdf 402211", "230888-417E"),
        (#"internal-sftp[30215]: close "/upload/kyc/384.716.259-46_comprovante_residencia.pdf" bytes"#, "384.716.259-46"),
        ("/srv/ftp/clienti/CF_BNCGLI85M52F205H.pdf b _ i r x ftp 0 * c", "BNCGLI85M52F205H"),
        ("HP_LaserJet 1043 total 3 - Nomina_marzo_2024_48291736Q.pdf iso_a4", "48291736Q"),
        ("Tue Mar 12 10:02:33 2024 2 198.51.100.7 1048576 /srv/scans/a.pdf b _ i r kfischer ftp 0 * c", "kfischer"),
        ("Hola, mi pedido nunca llegó. Vivo en Madrid y mi móvil es 612 34 56 78", "612 34 56 78"),
        ("NVI kimlik dogrulama basarili ad=Mehmet soyad=Yildiz ehliyet_sinifi=B", "Mehmet"),
        ("Subject: Merhaba Mehmet, siparişiniz yolda", "Mehmet"),
        (#"{"statusCode":"delivered","description":"Delivered - Signed for by: J. MÜLLER-LÜDENSCHEIDT","pieceIds":["JD0"]}"#, "MÜLLER"),
        ("794644790138 status=DL desc=\"Delivered\" Signed by: KOWALCZYK (front desk)", "KOWALCZYK"),
        ("row 17 rejected: card expiry is in the past (donor Annelies van 't Hof, x)", "Hof"),
        ("loonstrook gegenereerd bezorger=\"Sanne van 't Hoff\" periode=2024-05", "Sanne"),
        ("IFTSTA from=DPDNL: NAD+CN+++Jansen:Pieter' COM+0031206245517:TE' CNT+7:1'", "0031206245517"),
        ("<Content><![CDATA[你好，手机13812345678，身份证110105198703152318，帮我查一下会员订单]]></Content>", "13812345678"),
        ("<Content><![CDATA[你好，手机13812345678，身份证110105198703152318，帮我查一下会员订单]]></Content>", "110105198703152318"),
        ("npsp gift entry: npsp__DataImport__c:{npsp__Contact1_Firstname__c=Giulia, npsp__Contact1_Birthdate__c=1979-08-21, npsp__Home_Street__c=Via dei Coronari 118, npsp__Donation_Amount__c=100.00}", "Giulia"),
        ("npsp gift entry: npsp__DataImport__c:{npsp__Contact1_Firstname__c=Giulia, npsp__Contact1_Birthdate__c=1979-08-21, npsp__Home_Street__c=Via dei Coronari 118, npsp__Donation_Amount__c=100.00}", "1979-08-21"),
        ("npsp gift entry: npsp__DataImport__c:{npsp__Contact1_Firstname__c=Giulia, npsp__Contact1_Birthdate__c=1979-08-21, npsp__Home_Street__c=Via dei Coronari 118, npsp__Donation_Amount__c=100.00}", "Coronari"),
        (#"activity 10938475621 athlete=73920461 type=Run start_latlng=[51.46213, -0.11487] map.summary_polyline="ulxyHzsUoA`BwBfDcAzA}@lAiAxAoCdE""#, "51.46213"),
        (#"activity 10938475621 athlete=73920461 type=Run start_latlng=[51.46213, -0.11487] map.summary_polyline="ulxyHzsUoA`BwBfDcAzA}@lAiAxAoCdE""#, "ulxyHzsUoA"),
        (#"{"pickup_code":"381947","SMSNr":"06-41872290","receivedBy":"KOWALCZYK"}"#, "381947"),
        (#"{"pickup_code":"381947","SMSNr":"06-41872290","receivedBy":"KOWALCZYK"}"#, "KOWALCZYK"),
        ("msg=\"Ahoj Petr, díky za objednávku\"", "Petr"),
        ("anyone want to trade diamonds? add me on discord kaito.nkmr or mail me", "kaito.nkmr"),
        ("[21:04:02] [Server thread/INFO]: [Lefevre_Renee: Gave 64 [Diamond] to Kaito_Nakamura]", "Lefevre_Renee"),
        ("[21:04:02] [Server thread/INFO]: [Lefevre_Renee: Gave 64 [Diamond] to Kaito_Nakamura]", "Kaito_Nakamura"),
    ])
    func replaced(_ line: String, _ raw: String) {
        FuzzRegressionTests.expectText(line, raw, replaced: true)
    }

    @Test("what is around the value stays", arguments: [
        ("2024/03/12 10:15:45 [18231] send nas [198.51.100.4] pub () x.pdf 10", "] pub () x.pdf 10"),
        ("> 2024-03-12 11:10:05.140 PASS Gr33n!Tea#2024", "> 2024-03-12 11:10:05.140 PASS "),
        ("GET /index.php/s/settings 200", "GET /index.php/s/settings 200"),
        ("GET /index.php/s/sYVKKc7EoSuAZ8D/download?path=%2F 200", "/download?path=%2F 200"),
        ("recv homes nikos/Documents/passport_AE4817263.pdf 1048576", "/Documents/passport_"),
        ("upload passport_photo.jpg and passport_status_123456 ok", "upload passport_photo.jpg and passport_status_123456 ok"),
        ("sv_cheats 1; sv_password \"\"", "sv_cheats 1; sv_password \"\""),
        ("x?key=users_email_index&key=value", "x?key=users_email_index&key=value"),
        ("cfg key=a1b2c3d4e5f6a7b8c9d0e1f2 ok", "cfg key=a1b2c3d4e5f6a7b8c9d0e1f2 ok"),
        ("GET /maps/api/geocode/json?key=AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY", "key=[REDACTED:api_key]"),
        ("Tue Mar 12 10:02:33 2024 2 198.51.100.7 1048576 /srv/scans/a.pdf b _ i r kfischer ftp 0 * c", " b _ i r "),
        ("we use ftp 0 times; release v2.390.533.447-05.tar", "we use ftp 0 times; release v2.390.533.447-05.tar"),
        ("the answer is 612 34 56 78", "the answer is 612 34 56 78"),
        ("ad=campaign1 status=ok", "ad=campaign1 status=ok"),
        ("package verified, Signed by: Ubuntu Archive Automatic Signing Key/2018", "Signed by: Ubuntu Archive Automatic Signing Key/2018"),
        ("794644790138 status=DL Signed by: KOWALCZYK (front desk)", " (front desk)"),
        ("IFTSTA from=DPDNL: COM+0031206245517:TE' CNT+7:1'", "IFTSTA from=DPDNL: COM+"),
        ("UNH+1+IFTSTA:D:01B:UN' COM+ok:XX'", "UNH+1+IFTSTA:D:01B:UN' COM+ok:XX'"),
        ("2024-03-14 09:20:10,902 DEBUG carriers.ups.auth: POST https://onlinetools.ups.com/security/v1/oauth/token", "carriers.ups.auth: POST https://onlinetools.ups.com/security/v1/oauth/token"),
        ("npsp__Donation_Amount__c=100.00, npsp__Stage__c=Closed Won", "npsp__Donation_Amount__c=100.00, npsp__Stage__c=Closed Won"),
        ("GET /w/85012345678?tk=1&lang=de 200", "GET /w/85012345678?tk=1&lang=de 200"),
        ("Moin Service team, Salut tout le monde", "Moin Service team, Salut tout le monde"),
        ("we are on discord today and running on ig 2024 build", "we are on discord today and running on ig 2024 build"),
        ("[21:04:02] [Server thread/INFO]: [Steve_99: Set own game mode to Creative Mode]", ": Set own game mode to Creative Mode]"),
        ("[21:04:02] [Server thread/INFO]: [Lefevre_Renee: Gave 64 [Diamond] to Kaito_Nakamura]", ": Gave 64 [Diamond] to "),
    ])
    func kept(_ line: String, _ text: String) {
        FuzzRegressionTests.expectText(line, text, replaced: false)
    }
}
