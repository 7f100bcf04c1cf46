import Testing
@testable import Veil

/// Keys written in letters outside ASCII in text lines (stop 30: only JSON keys were read).
@Suite("Text keys outside ASCII: пароль=…, 密码: …, contraseña=…")
struct NonASCIITextKeyTests {
    @Test("the key's rule applies to its value", arguments: [
        ("пароль=Qwerty!23 ok", "Qwerty!23", "пароль=[REDACTED:secret] ok"),
        ("Пароль: hunter2", "hunter2", "Пароль: [REDACTED:secret]"),
        ("contraseña=xyz123 ok", "xyz123", "contraseña=[REDACTED:secret] ok"),
        ("密码: mima8899 用户名: zhangwei", "mima8899", "密码: [REDACTED:secret] 用户名: username~test~"),
        ("имя: Иван Петров, город: Пермь", "Петров", "имя: name~test~"),
        ("ФИО: Иванов Иван Иванович", "Иванович", "ФИО: name~test~"),
    ])
    func keyed(_ line: String, _ secret: String, _ expected: String) {
        let out = FuzzRegressionTests.expectText(line, secret, replaced: true)
        #expect(out.hasPrefix(expected), "\(out)")
    }

    @Test("full-width punctuation: `：` separates a key, `，` `、` `。` end a value before the next pair", arguments: [
        ("用户名：张三，手机号：13812345678，密码：abc123", ["张三", "13812345678", "abc123"], "用户名：username~test~"),
        ("密码:abc123，用户名:zhangsan", ["abc123", "zhangsan"], "密码:[REDACTED:secret]，用户名:username~test~"),
        ("user=张三，phone=13812345678", ["张三", "13812345678"], "user=username~test~"),
        ("パスワード：Hi5mitsu、メール：taro@example.jp。", ["Hi5mitsu", "taro@example.jp"], "パスワード：[REDACTED:secret]、メール：email~test~"),
        ("用户名：\"张三\"，密码：「abc 123」", ["张三", "abc 123"], "用户名：\"username~test~"),
        ("密码：「abc 123", ["abc 123"], "密码：「[REDACTED:secret]"),
    ])
    func wide(_ line: String, _ secrets: [String], _ expected: String) {
        let out = FuzzRegressionTests.stable(line)
        for secret in secrets { #expect(!out.contains(secret), "\(out)") }
        #expect(out.hasPrefix(expected), "\(out)")
    }

    @Test("a key never starts at punctuation or a symbol outside ASCII", arguments: [
        ("“password: hunter2”", "hunter2"), ("«user=jdoe»", "jdoe"), ("→password=abc123", "abc123"),
        ("…token=abcdef1234567890xyz", "abcdef1234567890xyz"), ("张三，phone=13812345678", "13812345678"),
    ])
    func symbolBeforeKey(_ line: String, _ secret: String) {
        FuzzRegressionTests.expectText(line, secret, replaced: true)
    }

    @Test("a full-width comma inside a value that no pair follows is part of it")
    func wideCommaInValue() {
        #expect(FuzzRegressionTests.stable("password=ab，cd") == "password=[REDACTED:secret]")
    }

    @Test("words outside ASCII before a separator that name nothing stay", arguments: [
        // (`用户 张伟 登录成功` names a user since stop 44: NamesInOtherScriptsTests.)
        "Ошибка: нет доступа", "город: Пермь", "état=ok", "状态：成功，耗时：35ms", "错误：用户不存在",
    ])
    func kept(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}
