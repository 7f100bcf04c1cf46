import Testing
@testable import Veil

/// Stop 47's third probe round (Japanese, Korean and Chinese services, German, French and
/// southern European systems, aviation and shipping, farms and civic systems): Korean postal
/// addresses, Korean and Chinese mobiles without separators, East Asian keys and names written
/// with spaces, CSV rows that put the family name first, and the family name in capitals before
/// the given name (`DUPONT Jean`), PostgreSQL's German and French quotes around an account, and
/// German and French tax and bank keys.
@Suite("East Asian services and crew lists")
struct EastAsiaAndCrewListTests {
    static let naver = #"{"roadAddress":"서울 강남구 테헤란로 152","jibunAddress":"서울 강남구 역삼동 737","buildingName":"강남파이낸스센터"}"#

    @Test("the value is replaced", arguments: [
        (naver, "테헤란로 152"), (naver, "역삼동 737"),
        ("'부산광역시 해운대구 센텀중앙로 79 센텀스카이비즈 A동 1503호'", "1503호"),
        ("HN20240513-0001,경기도 성남시 분당구 판교역로 166,카카오판교아지트 B동 4층,제주 감귤 5kg", "판교역로 166"),
        ("[sms-sender-1] INFO SENS send to=01077032291 result=202", "01077032291"),
        ("SF1402958371624,买买提·艾力,19901874452,新疆维吾尔自治区", "19901874452"),
        ("bindCard cardNo=6222 **** **** 4834 reserveMobile=139 2288 4716 certType=PASSPORT", "2288 4716"),
        ("FurikomiJob - 振込先口座が存在しません（口座番号: 3398125 受取人: ﾔﾏﾀﾞ ﾀﾛｳ）", "3398125"),
        ("FurikomiJob - 振込先口座が存在しません（口座番号: 3398125 受取人: ﾔﾏﾀﾞ ﾀﾛｳ）", "ﾀﾛｳ"),
        ("注文確定 orderId=SM-20240513-000901 お届け先=山田 太郎、東京", "太郎"),
        ("CustomerName=x&CustomerKana=タカハシ ミサキ&TelNo=0312345678", "ミサキ"),
        ("在留カード確認完了 在留カード番号: UH36724259JA 国籍=ベトナム", "UH36724259JA"),
        ("[loadUserByUsername,52] - 登录用户：zhangwei_88 不存在.", "zhangwei_88"),
        ("CL241118;Haugland;Ingrid;F;1990;NOR;;7118;C6Q2LM", "Haugland"),
        ("CL241118;Haugland;Ingrid;F;1990;NOR;;7118;C6Q2LM", "Ingrid"),
        ("H2A-0417,Hernández Ruiz,Óscar,912-78-4410,18.15,52.5,952.88", "Hernández Ruiz"),
        (#"3,"Shevchenko","Oleksandr","Chief Engineer","UKR""#, "Shevchenko"),
        ("2024-03-12;Moreau;Camille;FR7630006000011234567890189;EUR", "Moreau"),
        ("ID;Name;Vorname;Ort\n17;Yilmaz;Elif;Köln", "Elif"),
        ("Bénéficiaire inconnu de la caisse (NIR 1, N'DIAYE Éloïse)", "DIAYE"),
        ("Lecture carte Vitale OK : bénéficiaire=MARTIN Jean-Baptiste, né(e) le x", "Jean-Baptiste"),
        (#"TESA+ déclaration acceptée: salarié="LE GOFF Maëlle" NIR=x"#, "GOFF"),
        ("visa sticker FRA012345678 issued to KOWALCZYK Tomasz, born x", "KOWALCZYK"),
        ("FATAL:  Passwort-Authentifizierung für Benutzer »k.wozniak« fehlgeschlagen", "k.wozniak"),
        ("FATAL:  authentification par mot de passe échouée pour l’utilisateur « jdupont »", "jdupont"),
        ("Benutzer „m.keller“ gesperrt", "m.keller"),
        ("GET /api/v2/avis-imposition?numeroFiscal=3071842956182&referenceAvis=2312A48837105 HTTP/1.1", "3071842956182"),
        ("EricBearbeiteVorgang: Datenart=ESt_2023, Steuernummer=1121081508150, IdNr=x", "1121081508150"),
        ("HR_INFOTYPE_OPERATION 0009 SUBTY=0 BANKS=DE BANKL=10050000 BANKN=0190284736", "0190284736"),
    ])
    func replaced(_ line: String, _ raw: String) {
        FuzzRegressionTests.expectText(line, raw, replaced: true)
    }

    @Test("what only looks like these stays", arguments: [
        ("서버로 5 번 재시도합니다", "서버로 5 번 재시도합니다"),
        ("order 18612093357 shipped", "18612093357"),
        ("ts=17153629181 count=01077", "ts=17153629181"),
        ("お届け先=山田 太郎、東京", "、東京"),
        ("Paris;France;Europe;Earth", "Paris;France;Europe;Earth"),
        ("row,Chrome,Windows,x,y", "row,Chrome,Windows,x,y"),
        ("2024-06-12 07:06:48.902,Access denied,Server Room B,Door,Kofi Mensah,112/40902", "Server Room B,Door,"),
        ("ANC-20240903-44812,ADNA-KIT-US,Marisol Gutiérrez-Ybarra,Houston,77036,US", "ANC-20240903-44812,ADNA-KIT-US,"),
        ("INFO Daniel logged in", "INFO Daniel"),
        ("ERROR Michael x", "ERROR Michael"),
        ("the NASA Jean program", "NASA Jean"),
    ])
    func kept(_ line: String, _ text: String) {
        FuzzRegressionTests.expectText(line, text, replaced: false)
    }
}
