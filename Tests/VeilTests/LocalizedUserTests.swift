import Testing
@testable import Veil

/// Accounts after the word for a user in other languages (``AuthLogDetector/localizedUser(_:at:)``),
/// and identity labels of European forms.
@Suite("accounts and labels in other languages")
struct LocalizedUserTests {
    @Test("the account after a word for a user is pseudonymised", arguments: [
        ("Benutzer hans.mueller hat sich angemeldet", "hans.mueller"),
        ("Anmeldung fehlgeschlagen für Benutzer klaus_schmidt von 192.0.2.50", "klaus_schmidt"),
        ("Utilisateur jean.dupont connecté depuis 192.0.2.51", "jean.dupont"),
        ("Échec de connexion pour l'utilisateur marie.curie", "marie.curie"),
        // Accounts with diacritics, guillemets, Polish's genitive (stop 34).
        (#"Anmeldung fehlgeschlagen für Benutzer "jürgen.weiß" von IP 87.123.45.6"#, "jürgen.weiß"),
        ("Échec de connexion pour l'utilisateur « françois.lefèvre » : mot de passe incorrect", "françois.lefèvre"),
        (#"Nieprawidłowe hasło dla użytkownika "k.nowak" z adresu 83.24.155.10"#, "k.nowak"),
        ("Benutzer hans.müller hat sich angemeldet", "üller"),
        ("Failed password for user jürgen.weiß from 10.0.0.1", "jürgen.weiß"),
        ("El usuario juan.perez inició sesión", "juan.perez"),
        ("Usuário joao.silva fez login", "joao.silva"),
        ("Utente mario.rossi ha effettuato l'accesso", "mario.rossi"),
        ("Gebruiker piet.jansen is ingelogd", "piet.jansen"),
        ("Użytkownik jan.kowalski zalogował się", "jan.kowalski"),
        ("Käyttäjä matti.m kirjautui", "matti.m"),
        ("Benutzer 'admin' angelegt", "'admin'"),
        ("Benutzer 4711 gesperrt", "4711"),
        ("Пользователь ivan.petrov вошёл в систему", "ivan.petrov"),
        ("Пользователь ivan вошёл в систему", "ivan"),
        ("用户 zhangsan 登录成功", "zhangsan"),
        ("用户zhangsan登录成功", "zhangsan"),
        ("ユーザー tanaka が ログインしました", "tanaka"),
        ("사용자 kim.minsu 로그인 성공", "kim.minsu"),
    ])
    func account(_ line: String, _ user: String) {
        let out = FuzzRegressionTests.expectText(line, user, replaced: true)
        #expect(out.contains("username~test~"), "\(out)")
    }

    @Test("words of the sentence after a word for a user stay", arguments: [
        "Benutzer nicht gefunden", "Utilisateur inconnu", "El usuario no existe", "Benutzername fehlt",
        "Nutzer-ID 5", "Пользователь не найден", "用户 ID: 12345", "the usuario table", "Benutzer hans.",
        "Benutzerdaten gespeichert; Nutzerkonto gelöscht",
    ])
    func kept(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }

    @Test("labels of European forms name their values", arguments: [
        ("Kontonummer 1234567890 BLZ 37040044", "1234567890"),
        ("Personalausweis-Nr. T22000129 geprüft", "T22000129"),
        ("Fecha de nacimiento: 15/08/1990", "15/08/1990"),
        ("Date de naissance : 12/03/1985", "12/03/1985"),
        ("Data de nascimento: 01/02/1980", "01/02/1980"),
        ("Endereço: Rua Augusta, 1500, São Paulo", "Augusta"),
        ("TC Kimlik No: 10000000146", "10000000146"),
        ("Anschrift: Hauptstr. 5, 80331 München", "Hauptstr"),
    ])
    func labels(_ line: String, _ value: String) {
        FuzzRegressionTests.expectText(line, value, replaced: true)
    }
}
