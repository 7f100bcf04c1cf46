import Testing
@testable import Veil

@Suite("EmailDetector") struct EmailDetectorTests {
    static func find(_ s: String) -> [String] { findAll(s, trigger: Trigger.email, EmailDetector.match) }

    @Test("finds e-mail addresses as they appear in logs", arguments: [
        ("user=jane.doe@example.com", "jane.doe@example.com"),
        ("user_email=\"sam.o'neil@example.com\" took 3.2s", "sam.o'neil@example.com"),
        ("WHERE email='z@example.com'", "z@example.com"),
        (#"{"email":"jane.doe@example.com","id":7}"#, "jane.doe@example.com"),
        ("<a href=\"mailto:bob@mail.example.org\">", "bob@mail.example.org"),
        ("GET /signup?email=jane.doe%40example.com&x=1", "jane.doe%40example.com"),
        ("GET /s?e=jane%2Bnews%40example.com HTTP/1.1", "jane%2Bnews%40example.com"),
        ("redirect=mailto%3Ajane%40example.com", "jane%40example.com"),
        ("redirect to /welcome?e=lena.fischer%2540example.de&x=1", "lena.fischer%2540example.de"),
        ("contact: lena.fischer&#64;example.de", "lena.fischer&#64;example.de"),
        ("<td>jo&#x40;example.org</td>", "jo&#x40;example.org"),
        ("From: Jane Doe <jane@x.org>", "jane@x.org"),
        ("to:JANE.DOE@EXAMPLE.COM", "JANE.DOE@EXAMPLE.COM"),
        ("sent to jane+tag@x.co.uk.", "jane+tag@x.co.uk"),
        ("cc jane@x.com, bob", "jane@x.com"),
        ("(jane@x.com)", "jane@x.com"),
        ("owner='first_last-1@sub.mail-host.io'", "first_last-1@sub.mail-host.io"),
        ("contact ..jane@x.com", "jane@x.com"),
        ("user 42@163.com logged in", "42@163.com"),
        // CJK punctuation and text, guillemets and nginx's hex escapes around an address (stop 34:
        // they were taken into it).
        ("メール送信完了（taro.yamada@example.co.jp）", "taro.yamada@example.co.jp"),
        ("邮件已发送至zhangwei@163.com。", "zhangwei@163.com"),
        ("邮件zhangwei@163.com发送成功", "zhangwei@163.com"),
        ("Bestätigungsmail an «anna.vogt@web.de» gesendet", "anna.vogt@web.de"),
        (#"{\x22to\x22:\x22camille.laurent@free.fr\x22}"#, "camille.laurent@free.fr"),
        ("用户@例子.广告 ok", "用户@例子.广告"),
        ("jörg@bücher.de ok", "jörg@bücher.de"),
        ("email=j@example.museum;", "j@example.museum"),
        // VERP bounce addresses carry the recipient before their `=` (stop 21).
        ("by mx1 <bounce+abc=example.com@mg.example.net>", "bounce+abc=example.com@mg.example.net"),
        ("to=bounces+12345-abcd-jane=example.org@mg.example.net status=sent", "bounces+12345-abcd-jane=example.org@mg.example.net"),
        ("email=first.last+tag@sub.example.co.uk,", "first.last+tag@sub.example.co.uk"),
        ("key=jane=example.org@mg.example.net", "example.org@mg.example.net"),
        ("to user@example.services", "user@example.services"),
        // An Entra ID guest (stop 35: written raw).
        (#"{"userPrincipalName":"tuan.pham_gmail.com#EXT#@contoso.onmicrosoft.com"}"#, "tuan.pham_gmail.com#EXT#@contoso.onmicrosoft.com"),
    ])
    func positive(_ input: String, _ expected: String) {
        #expect(Self.find(input) == [expected])
    }

    @Test("finds several addresses on one line")
    func several() {
        #expect(Self.find("from a@b.io to c.d@e.fr cc <x@y.de>") == ["a@b.io", "c.d@e.fr", "x@y.de"])
    }

    @Test("ignores look-alikes", arguments: [
        "npm install left-pad@1.2.3",
        "image@sha256:4a3b2c1d0e9f8a7b6c5d4e3f",
        "ssh user@localhost",
        "follow @jane_doe and @example.com",
        "pkg@1.2.3-beta.tag",
        "user@host.c",
        "a@b.com9",
        "a@-bad.com",
        "a@bad-.com",
        "discount 50%40 off",
        "scope @types/node@20.11.5",
        "#EXT#@", "x #EXT#@contoso",
        // systemd template units (a real Debian term.log and journal: replaced as addresses before).
        "Created symlink /etc/systemd/system/getty.target.wants/getty@tty1.service → /lib/systemd/system/getty@.service.",
        "systemd[1]: Started user@1000.service - User Manager for UID 1000.",
        "Starting wg-quick@wg0.service", "openvpn-client@office.service", "container-getty@1.socket", "x foo@bar.timer",
    ] + commonNegatives)
    func negative(_ input: String) {
        #expect(Self.find(input) == [])
    }

    @Test("respects floor")
    func floor() {
        let bytes = Array("xx jane@x.com".utf8)
        let r = bytes.withUnsafeBufferPointer { EmailDetector.match($0, at: 7, floor: 5) }
        #expect(r == 5..<13)
        let none = bytes.withUnsafeBufferPointer { EmailDetector.match($0, at: 7, floor: 7) }
        #expect(none == nil)
    }
}
