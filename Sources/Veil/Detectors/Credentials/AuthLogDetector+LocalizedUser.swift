/// Sign-in and account messages in other languages name the account after their word for a
/// user or an account: `Benutzer hans.mueller hat sich angemeldet`, `Kennwort für Konto 'zmueller'`, `Utilisateur jean.dupont connecté`,
/// `pour l'utilisateur marie.curie`, `El usuario juan.perez inició sesión`, `Usuário
/// joao.silva`, `Utente mario.rossi`, `Gebruiker piet.jansen`, `Użytkownik jan.kowalski`,
/// `Пользователь ivan.petrov вошёл`, `用户 zhangsan 登录成功`, `ユーザー tanaka が`,
/// `사용자 kim.minsu 로그인`, `كاربر rezaei.m`, `המשתמש cohen.d`, `Người dùng nguyen.van.an`.
///
/// **Accepts**, one space (or none, after a word in Han, kana or Hangul) after the word, a
/// user name of 2…64 bytes `[A-Za-z0-9._-]` and Latin letters with diacritics after the first
/// (`jürgen.weiß`), plain or quoted (`'…'`, `"…"`, `« … »`, `»…«`, `„…“`), that ends at
/// white space, punctuation, a quote or a letter outside ASCII. After a word in Latin script
/// an unquoted name must read as an account, not a word of the sentence: a `.`, `_`, `-` or a
/// digit in it (`Benutzer nicht gefunden`, `usuario no encontrado` stay). After a word in
/// Cyrillic, Greek, Arabic, Hebrew, an Indic script, Thai, Han, kana or Hangul any ASCII word counts: prose in those scripts writes
/// no ASCII words. An address (`@`) is the e-mail detector's.
///
/// **Returns** the user name's range.
extension AuthLogDetector {
    /// Words for a user in Latin script (matched in any ASCII case, at a word start).
    static let latinUserWords: [StaticString] = [
        "benutzerkonto", "benutzerin", "benutzer", "nutzerin", "nutzer", "utilisatrice", "usuaria", "konto", "utilisateur", "l'utilisateur", "l’utilisateur", "usuario", "usuário", "utente", "utilizador",
        "gebruiker", "użytkownika", "użytkownik", "uzytkownika", "kullanıcı", "användare", "bruger", "bruker", "käyttäjä", "uživatel",
        "utilizator", "utilizatorul", "felhasználó", "uživatele", "používateľa", "používateľ", "pengguna", "người dùng",
    ]
    /// Words for a user in other scripts (matched as written).
    static let otherScriptUserWords: [StaticString] = [
        "Пользователь", "пользователь", "пользователя", "пользователем", "Користувач", "користувача", "користувач", "Χρήστης", "χρήστης", "χρήστη",
        "用户", "用戶", "ユーザー", "ユーザ", "사용자",
        // Arabic, Persian, Hebrew, Hindi, Thai: `تسجيل دخول المستخدم ahmed.alharbi`, `کاربر rezaei.m وارد شد`,
        // `המשתמש cohen.d התחבר`, `उपयोगकर्ता sharma.rahul ने`, `ผู้ใช้ somchai.s เข้าสู่ระบบ`
        "المستخدم", "للمستخدم", "مستخدم", "کاربر", "המשתמש", "למשתמש", "משתמש", "उपयोगकर्ता", "ผู้ใช้",
        // "the customer": `العميل محمد بن عبدالله القحطاني، …`, `הלקוח …`, `ग्राहक …`, `ลูกค้า …`, `客户 …`, `顧客 …`, `고객 …`, `Клиент …`.
        "العميل", "للعميل", "הלקוח", "ללקוח", "ग्राहक", "ลูกค้า", "客户", "客戶", "顧客", "고객", "Клиент", "клиент", "клиента",
    ]

    /// Words that end a name in another script (Hindi's postpositions: `राजेश कुमार ने …`).
    static let otherScriptNameEnders: [StaticString] = ["ने", "को", "का", "की", "के", "से", "द्वारा"]

    /// A person's name written in the sentence's script after a word for a user: one word in Han,
    /// kana or Hangul (`山田太郎`, the words of the sentence have spaces around them); otherwise up
    /// to four words (`محمد بن عبدالله القحطاني`, `राजेश कुमार अय्यर`), in Cyrillic only capitalised
    /// ones. The name ends at punctuation (also `،` and the CJK marks), an ASCII byte or a
    /// postposition.
    static func otherScriptName(_ bytes: Bytes, from p: Int, cjk: Bool) -> Range<Int>? {
        let n = bytes.count
        var e = p
        var words = 0
        while e < n, words < (cjk ? 1 : 4) {
            let start = e
            // Cyrillic: a capital (`А`…`Я`, `Ё`) starts each word of a name.
            if bytes[start] == 0xD0 || bytes[start] == 0xD1 {
                guard start + 1 < n, bytes[start] == 0xD0, (0x90...0xAF).contains(bytes[start + 1]) || bytes[start + 1] == 0x81 else { break }
            }
            var k = start
            while k < n, bytes[k] >= 0x80 {
                // Punctuation: `،` (U+060C), CJK symbols (U+3000…U+303F), full-width forms (U+FF00…U+FF65).
                if bytes[k] == 0xD8, k + 1 < n, bytes[k + 1] == 0x8C { break }
                if bytes[k] == 0xE3, k + 1 < n, bytes[k + 1] == 0x80 { break }
                if bytes[k] == 0xEF, k + 1 < n, bytes[k + 1] == 0xBC || bytes[k + 1] == 0xBD { break }
                // Japanese particles glued to the name are not part of it (`山田太郎が`): hiragana (U+3041…U+309F).
                if cjk, k > start, bytes[k] == 0xE3, k + 1 < n, bytes[k + 1] == 0x81 || (bytes[k + 1] == 0x82 && k + 2 < n && bytes[k + 2] < 0xA0) { break }
                k += 1
            }
            guard k > start else { break }
            if otherScriptNameEnders.contains(where: { $0.utf8CodeUnitCount == k - start && ASCII.hasPrefix(bytes, at: start, exactly: $0) }) { break }
            words += 1
            e = k
            guard k + 1 < n, bytes[k] == 0x20, bytes[k + 1] >= 0xC0 else { break }
            e = k
            if words < (cjk ? 1 : 4) { e = k + 1 } else { break }
        }
        // (The loop may stop after consuming a space: the name ends before it.)
        while e > p, bytes[e - 1] == 0x20 { e -= 1 }
        return e - p >= 2 ? p..<e : nil
    }

    /// Whether a word starting with these three bytes (each `| 0x20`, as the scan lower-cases
    /// them) may be one of ``latinUserWords``: the scan's cheap test, run for many words
    /// (`be`, `an`, `us`, `get` fail it on the third byte).
    @inline(__always)
    static func mayStartLatinUserWord(_ lower: UInt8, _ second: UInt8, _ third: UInt8) -> Bool {
        switch UInt32(lower) << 16 | UInt32(second) << 8 | UInt32(third) {
        case 0x62656E, 0x6E7574, 0x757469, 0x757465, 0x757375, 0x676562, 0x6C2775, 0x6B756C, 0x616E76, 0x627275, 0x66656C, 0x706F75, 0x70656E, 0x6B6F6E:
            return true  // ben, nut, uti, ute, usu, geb, l'u, kul, anv, bru, fel, pou, pen, kon
        case 0x75E5BC, 0x75E5BE, 0x6BE3A4, 0x6E67E6, 0x6CE2A0:
            return true  // uż, už, kä, ngư, l’: the third letter's UTF-8 lead `| 0x20`, then its second byte
        default:
            return false
        }
    }

    /// The account after a word for a user at `at` (a word start), or nil.
    static func localizedUser(_ bytes: Bytes, at: Int) -> Range<Int>? {
        let n = bytes.count
        guard at + 4 < n else { return nil }
        var wordEnd = -1
        var latin = false
        if bytes[at] < 0x80 {
            if at > 0, ASCII.isAlnum(bytes[at - 1]) || bytes[at - 1] >= 0x80 { return nil }
            for word in latinUserWords where ASCII.hasPrefix(bytes, at: at, lowercased: word) {
                wordEnd = at + word.utf8CodeUnitCount
                latin = true
                break
            }
        } else {
            for word in otherScriptUserWords where ASCII.hasPrefix(bytes, at: at, exactly: word) {
                wordEnd = at + word.utf8CodeUnitCount
                break
            }
        }
        guard wordEnd > at, wordEnd < n else { return nil }
        var p = wordEnd
        if bytes[p] == 0x20 {
            p += 1
        } else if latin || (bytes[at] >= 0xCE && bytes[at] <= 0xDB) || !ASCII.isAlnum(bytes[p]) {
            // Latin, Cyrillic, Greek, Hebrew and Arabic words end at a space (`Benutzername` is another word).
            return nil
        }
        guard p < n else { return nil }
        // `ユーザー 山田太郎 がログインしました`, `用户 张伟 登录失败`, `המשתמש דנה לוי (ת.ז. …)`: a name in
        // the sentence's own script.
        if !latin, bytes[p] >= 0xC0, bytes[wordEnd] == 0x20 { return otherScriptName(bytes, from: p, cjk: bytes[at] >= 0xE3 && bytes[at] <= 0xED) }
        var quote: UInt8 = 0
        if bytes[p] == UInt8(ascii: "'") || bytes[p] == UInt8(ascii: "\"") { quote = bytes[p]; p += 1 }
        // French guillemets: `« francois.lefevre »` (a space, often no-break, inside them).
        else if p + 1 < n, bytes[p] == 0xC2, bytes[p + 1] == 0xAB {
            quote = 0xBB
            p += 2
            if p < n, bytes[p] == 0x20 { p += 1 } else if p + 1 < n, bytes[p] == 0xC2, bytes[p + 1] == 0xA0 { p += 2 }
        }
        // German quotes: PostgreSQL's `für Benutzer »k.wozniak«`, `„k.wozniak“`.
        else if p + 1 < n, bytes[p] == 0xC2, bytes[p + 1] == 0xBB { quote = 0xAB; p += 2 }
        else if p + 2 < n, bytes[p] == 0xE2, bytes[p + 1] == 0x80, bytes[p + 2] == 0x9E { quote = 0x9C; p += 3 }
        var e = p
        var marked = false
        while e < n, e - p <= maxUser {
            let x = bytes[e]
            // A Latin letter with a diacritic after the first byte (`jürgen.weiß`).
            if e > p, e + 1 < n, LatinFolding.spelling(x, bytes[e + 1]) != nil { e += 2; continue }
            if ASCII.isAlnum(x) {
                if ASCII.isDigit(x) { marked = true }
            } else if x == UInt8(ascii: ".") || x == UInt8(ascii: "_") || x == UInt8(ascii: "-") {
                // A sentence's final dot is no part of the name.
                if x == UInt8(ascii: "."), e + 1 == n || !ASCII.isAlnum(bytes[e + 1]) { break }
                marked = true
            } else {
                break
            }
            e += 1
        }
        guard e - p >= 2, e - p <= maxUser, ASCII.isAlnum(bytes[p]) else { return nil }
        if e < n {
            let x = bytes[e]
            if quote == 0xBB {
                // ` »` or `»` (after a no-break space too).
                guard (x == 0x20 && e + 2 < n && bytes[e + 1] == 0xC2 && bytes[e + 2] == 0xBB) || (x == 0xC2 && e + 1 < n && (bytes[e + 1] == 0xBB || bytes[e + 1] == 0xA0))
                else { return nil }
            } else if quote == 0xAB {
                guard x == 0xC2, e + 1 < n, bytes[e + 1] == 0xAB else { return nil }
            } else if quote == 0x9C {
                guard x == 0xE2, e + 2 < n, bytes[e + 1] == 0x80, bytes[e + 2] == 0x9C else { return nil }
            } else if quote != 0 {
                guard x == quote else { return nil }
            } else {
                guard x == 0x20 || x == 0x09 || x >= 0x80 || x == UInt8(ascii: ",") || x == UInt8(ascii: ";") || x == UInt8(ascii: ":")
                        || x == UInt8(ascii: ".") || x == UInt8(ascii: "!") || x == UInt8(ascii: ")") || x == UInt8(ascii: "(") else { return nil }
            }
        }
        // (A plain word is an account when it has a person's shape other than a given name alone:
        // `para el usuario jgarcia`; `Benutzer hans.` may be prose.)
        guard !latin || quote != 0 || marked
            || (personShapedAccount(bytes, p, afterUserWord: true) == p..<e && !PersonNameDetector.given.containsWithInitialCapital(bytes, p..<e)) else { return nil }
        // `用户 ID: 12345`, `ユーザー IP`: an abbreviation in capitals names a field, not an account.
        if !latin, quote == 0, e - p <= 3, bytes[p..<e].allSatisfy({ ASCII.isUpper($0) }) { return nil }
        return p..<e
    }
}
