import Testing
@testable import Veil

/// Labels, names, numbers and accounts in scripts other than Latin (stop 36: a helper's probe of
/// Russian, Ukrainian, Greek, Arabic, Persian, Hebrew, Hindi, Vietnamese, Thai, Indonesian,
/// Turkish, Czech and Hungarian logs found 101 of 231 planted values written raw).
@Suite("Labels and values in other scripts")
struct OtherScriptLabelTests {
    @Test("labels of several words, capitals of other scripts, each value replaced whole", arguments: [
        ("дата рождения: 12.05.1987", "12.05.1987"),
        ("Дата рождения: 12.05.1987", "12.05.1987"),
        ("дата народження: 09.03.1994", "09.03.1994"),
        ("ПІБ: Шевченко Тарас Григорович", "Григорович"),
        ("РНОКПП: 3456789012", "3456789012"),
        ("ПАРОЛЬ: Лето2024!", "Лето2024"),
        ("Пароль сброшен, новый_пароль=Лето2024!Москва", "Лето2024"),
        ("ΑΦΜ: 094014201 ΑΜΚΑ: 12058701234", "094014201"),
        ("ΑΦΜ: 094014201 ΑΜΚΑ: 12058701234", "12058701234"),
        ("κωδικός πρόσβασης: Ελλάδα#99", "Ελλάδα#99"),
        ("Όνομα: Γεώργιος Παπαδόπουλος", "Παπαδόπουλος"),
        ("Χρήστης: nikolaou.e", "nikolaou.e"),
        ("كلمة المرور: Sa3udi!Pass", "Sa3udi!Pass"),
        ("رقم الهوية: ١٠٢٣٤٥٦٧٨٩", "١٠٢٣٤٥٦٧٨٩"),
        ("تاريخ الميلاد: ١٤/٠٣/١٩٨٨", "١٩٨٨"),
        ("رمز عبور: Tehran#1402", "Tehran#1402"),
        ("کد ملی: ۰۰۱۲۳۴۵۶۷۸", "۰۰۱۲۳۴۵۶۷۸"),
        ("תעודת זהות: 039876542", "039876542"),
        ("पासवर्ड: Bharat@123", "Bharat@123"),
        ("जन्म तिथि: 15/08/1992", "15/08/1992"),
        ("mật khẩu: HaNoi@2024", "HaNoi@2024"),
        ("Họ và tên: Nguyễn Văn An", "Nguyễn"),
        ("ngày sinh: 20/10/1993", "20/10/1993"),
        ("รหัสผ่าน: Bangkok!88", "Bangkok!88"),
        ("kata sandi: Jakarta#45", "Jakarta#45"),
        ("tanggal lahir: 17-08-1985", "17-08-1985"),
        ("doğum tarihi: 01.01.1980", "01.01.1980"),
        ("rodné číslo: 850101/1234", "850101/1234"),
        ("személyi szám: 1-850101-1234", "850101"),
        ("születési dátum: 1985.01.01.", "1985.01.01"),
    ])
    func labels(_ line: String, _ secret: String) {
        FuzzRegressionTests.expectText(line, secret, replaced: true)
    }

    @Test("a label that names a file, not a person, keeps its value", arguments: [
        ("Имя файла: report.pdf", "report.pdf"),
        ("Статус заказа: выполнен", "выполнен"),
    ])
    func thingLabels(_ line: String, _ kept: String) {
        FuzzRegressionTests.expectText(line, kept, replaced: false)
    }

    @Test("a name in a script without capitals: its following words of that script go with it", arguments: [
        ("الاسم: محمد عبدالله القحطاني", ["عبدالله", "القحطاني"]),
        ("نام: علی رضایی", ["رضایی"]),
        ("שם: דוד כהן", ["כהן"]),
        ("नाम: राहुल शर्मा", ["शर्मा"]),
        ("ชื่อ: สมชาย ใจดี", ["ใจดี"]),
        ("Пользователь: Соколов Дмитрий; Событие: Сеанс. Начало", ["Дмитрий"]),
    ])
    func caselessNames(_ line: String, _ secrets: [String]) {
        let out = FuzzRegressionTests.stable(line)
        for secret in secrets { #expect(!out.contains(secret), "\(out)") }
    }

    @Test("Arabic's comma after a name stays, as `,` does")
    func arabicComma() {
        let out = FuzzRegressionTests.expectText("الاسم: محمد عبدالله القحطاني، الهاتف: +966 55 123 4567", "القحطاني", replaced: true)
        #expect(out.contains("، الهاتف: phone~test~"), "\(out)")
    }

    @Test("a phone number in Arabic-Indic or Persian digits is a phone number, with the pseudonym of its ASCII spelling")
    func nativeDigitPhones() {
        let arabic = FuzzRegressionTests.expectText("phone: ٠٥٠١٢٣٤٥٦٧", "٠٥٠١٢٣٤٥٦٧", replaced: true)
        let ascii = FuzzRegressionTests.stable("phone: 0501234567")
        #expect(arabic == ascii)
        let grouped = FuzzRegressionTests.expectText("tel: ٠٥٠ ١٢٣ ٤٥٦٧ ok", "٤٥٦٧", replaced: true)
        #expect(grouped.hasSuffix(" ok"), "\(grouped)")
        // Two different numbers in Persian digits get two pseudonyms (they had shared the empty one).
        let a = EngineFixtures.scrub(#"{"phone":"۰۹۱۲۱۲۳۴۵۶۷"}"#), b = EngineFixtures.scrub(#"{"phone":"۰۹۱۲۱۲۳۴۵۶۸"}"#)
        #expect(a != b, "\(a)")
        #expect(a == EngineFixtures.scrub(#"{"phone":"09121234567"}"#))
    }

    @Test("an address's house, flat and street parts after a comma go with it; a town stays", arguments: [
        ("Адрес доставки: г. Москва, ул. Тверская, д. 7, кв. 12", ["Тверская", "д. 7", "кв. 12"], ""),
        ("Адреса: м. Київ, вул. Хрещатик, буд. 22, кв. 5", ["Хрещатик", "буд. 22"], ""),
        ("주소: 서울특별시 강남구 테헤란로 152, 101동 1203호", ["101동", "1203호"], ""),
        ("address: 12 Main St, Apt 4B, Springfield", ["Main St", "4B"], ", Springfield"),
        ("address=12 Main St, took 35ms", ["Main St"], ", took 35ms"),
        ("cím: 1052 Budapest, Váci utca 10.", ["Budapest", "Váci"], ""),
        ("Adresa: 110 00 Praha 1, Václavské náměstí 832/19", ["Praha", "Václavské", "832/19"], ""),
    ])
    func addressParts(_ line: String, _ secrets: [String], _ suffix: String) {
        let out = FuzzRegressionTests.stable(line)
        for secret in secrets { #expect(!out.contains(secret), "\(out)") }
        #expect(out.hasSuffix(suffix), "\(out)")
    }

    @Test("the account after a word for a user in Arabic, Persian, Hebrew, Hindi, Vietnamese, Thai, Indonesian", arguments: [
        ("تسجيل دخول المستخدم ahmed.alharbi", "ahmed.alharbi"),
        ("کاربر rezaei.m وارد شد", "rezaei.m"),
        ("המשתמש cohen.d התחבר", "cohen.d"),
        ("उपयोगकर्ता sharma.rahul ने लॉगिन किया", "sharma.rahul"),
        ("Người dùng nguyen.van.an đã đăng nhập", "nguyen.van.an"),
        ("ผู้ใช้ somchai.s เข้าสู่ระบบ", "somchai.s"),
        ("Pengguna budi.santoso berhasil masuk", "budi.santoso"),
    ])
    func localizedUsers(_ line: String, _ account: String) {
        FuzzRegressionTests.expectText(line, account, replaced: true)
    }

    @Test("prose after a word for a user stays", arguments: [
        ("pengguna tidak ditemukan", "tidak"), ("המשתמש ID 5", "ID 5"),
    ])
    func localizedProse(_ line: String, _ kept: String) {
        FuzzRegressionTests.expectText(line, kept, replaced: false)
    }
}

@Suite("Letter case of other scripts")
struct LetterCaseTests {
    @Test("capitals fold to their lower case; other letters and bytes stay", arguments: [
        ("ПАРОЛЬ", "пароль"), ("ΑΦΜ", "αφμ"), ("Όνομα", "όνομα"), ("NÉV", "név"), ("ČÍSLO", "číslo"),
        ("ŁÓDŹ", "łódź"), ("ЇЖАК Ґ", "їжак ґ"), ("İ", "İ"), ("×", "×"), ("日本", "日本"),
    ])
    func fold(_ input: String, _ expected: String) {
        var bytes = Array(input.utf8)
        bytes.withUnsafeMutableBufferPointer { LetterCase.fold($0, count: $0.count) }
        // (ASCII letters are lowered by the callers, not here.)
        #expect(String(decoding: bytes, as: UTF8.self) == expected.uppercasedASCIIOnly(from: input))
    }
}

private extension String {
    /// `self` with the ASCII letters of `original` put back where `self` lowered them.
    func uppercasedASCIIOnly(from original: String) -> String {
        String(decoding: zip(utf8, original.utf8).map { a, o in o < 0x80 ? o : a }, as: UTF8.self)
    }
}

/// Observability pipelines' flattened keys (stop 36: a helper's probe of OpenTelemetry, ECS,
/// Datadog and Sentry records).
@Suite("Dotted keys under a key a rule names")
struct DottedKeyInheritanceTests {
    @Test("a dotted key's last part under a rule's key takes that rule", arguments: [
        (#"{"usr.id":"mbenali"}"#, "mbenali", #"{"usr.id":"username~test~"#),
        (#"{"enduser.id":"mbenali"}"#, "mbenali", #"{"enduser.id":"username~test~"#),
        (#"{"session.id":"9a8b7c6d5e4f3a2b1c0d"}"#, "9a8b7c6d5e4f3a2b1c0d", #"{"session.id":"token~test~"#),
        (#"{"attributes":[{"key":"enduser.id","value":{"stringValue":"sjohansson"}}]}"#, "sjohansson", #"{"attributes":[{"key":"enduser.id","value":{"stringValue":"username~test~"#),
    ])
    func inherited(_ line: String, _ secret: String, _ prefix: String) {
        let out = FuzzRegressionTests.expectText(line, secret, replaced: true)
        #expect(out.hasPrefix(prefix), "\(out)")
    }

    @Test("an account's attributes and a text `id=` key stay", arguments: [
        #"{"user.agent":"Mozilla/5.0"}"#, #"{"user":{"segment":"paid"}}"#, "x id=5 ok",
        #"{"session.duration_ms":1234,"user.created_at":"2024-01-01"}"#, "session.start=2024-05-01T10:00:00Z",
        #"{"attributes":[{"key":"http.method","value":{"stringValue":"GET"}}]}"#,
        // A logger's or class's path before the message (Spring Boot's `logger : message`).
        "2024-03-12 DEBUG 7 --- [nio-8080-exec-1] c.e.auth.LoginController : login LoginRequest(id=5)",
        "2024-03-12 DEBUG c.e.user.UserService : saving User{id=42}", "com.acme.user.service: saving order",
    ])
    func kept(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}

/// Names, phone numbers and identity numbers in Russian, Ukrainian, Chinese, Korean, Turkish and
/// Indonesian prose (stop 36).
@Suite("Names and numbers in prose of other scripts")
struct OtherScriptProseTests {
    @Test("a name by its patronymic or initials, a phone after a word for it, an identity number after its name", arguments: [
        ("Здравствуйте, Иван Петрович! Ваш заказ №12345 принят", ["Иван", "Петрович"], "! Ваш заказ №12345 принят"),
        ("Заказчик Иванов И.И. оплатил счёт", ["Иванов", "И.И."], " оплатил счёт"),
        ("Ошибка для клиента Кузнецов Сергей Петрович", ["Кузнецов", "Сергей", "Петрович"], ""),
        ("Получатель: Анна Сергеевна Смирнова", ["Анна", "Смирнова"], ""),
        ("И. И. Иванов подписал", ["Иванов"], " подписал"),
        ("Клиент: Попов А.В., тел. 8 (495) 987-65-43", ["Попов", "987-65-43"], ""),
        ("Отправка SMS на номер 89031234567", ["89031234567"], ""),
        ("هاتف 0501234567", ["0501234567"], ""),
        ("Ошибка проверки ИНН 7707083893 для клиента", ["7707083893"], " для клиента"),
        ("주민등록번호 900101-1234567 검증 실패", ["900101-1234567"], " 검증 실패"),
        ("身份证号 110101199003074514 校验失败", ["110101199003074514"], " 校验失败"),
        ("TC kimlik 10000000146 doğrulanamadı", ["10000000146"], " doğrulanamadı"),
        ("NIK 3174012345670001 tidak valid", ["3174012345670001"], " tidak valid"),
    ])
    func replaced(_ line: String, _ secrets: [String], _ suffix: String) {
        let out = FuzzRegressionTests.stable(line)
        for secret in secrets { #expect(!out.contains(secret), "\(out)") }
        #expect(out.hasSuffix(suffix), "\(out)")
    }

    @Test("capitalised words without a patronymic, an abbreviation, an order number stay", arguments: [
        "Заказ Принят Сегодня", "США и С.Ш.А. Москва", "номер заказа 89031234567", "order 89031234567 shipped", "ИНН организации",
    ])
    func kept(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}
