import Testing
@testable import Veil

/// Values in prose and free-text shapes stop 43's second probe round found raw: a person
/// introducing themselves, a greeting to a name that is also a word, an SAP user id in capitals,
/// an identity number after "is", German passwords, a NINO in an API path, OpenVPN's client before
/// its address after the log's own timestamp, Polish, Nordic and Portuguese streets.
@Suite("Self-introductions, greetings, capital user ids, prose ids, German passwords, streets")
struct ProseIdentityAndStreetTests {
    @Test("the value is replaced", arguments: [
        ("AGENT: Thank you for calling, my name is Daniel, who am I speaking with?", "Daniel"),
        ("Hola, me llamo Lucía García y necesito ayuda", "Lucía"),
        (#"{"body":"Hi Grace, your verification code is 482913"}"#, "Grace"),
        ("Personnel number 00012345 is being processed by user HBRAUN", "HBRAUN"),
        ("oi, mi DNI es 71234567Z gracias", "71234567Z"),
        ("my passport number is X1234567 thanks", "X1234567"),
        ("Benutzer lmeier, neues Passwort Herbst#2024 ok", "Herbst#2024"),
        ("Ihr Passwort ist Sommer2024! ok", "Sommer2024!"),
        ("GET https://api.service.hmrc.gov.uk/individuals/business/details/JK482913B/list 403", "JK482913B"),
        ("Mon Oct 14 08:01:59 2024 kwalker/198.51.100.77:51344 MULTI: Learn: 10.8.0.14 -> kwalker/198.51.100.77:51344", "kwalker"),
        ("I live at ul. Marszałkowska 84/92, Warszawa.", "Marszałkowska"),
        ("I live at ul. Marszałkowska 84/92, Warszawa.", "84/92"),
        ("water damage at Sveavägen 44, Stockholm", "Sveavägen"),
        ("Rua Augusta 215 Lisboa", "215"),
        ("Rua das Laranjeiras, 215", "Laranjeiras"),
    ])
    func replaced(_ line: String, _ raw: String) {
        FuzzRegressionTests.expectText(line, raw, replaced: true)
    }

    @Test("prose around them stays", arguments: [
        "my name is not important",
        "closed by user REQUEST",
        "the tax id is missing",
        "Passwort zurückgesetzt",
        "ConnectionError=Authentication failed: Invalid username or password Portal=GP-Portal-Ext",
        "Good Will hunting",
        "water damage at Stockholm 44",
    ])
    func kept(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}
