import Testing
@testable import Veil

/// Stop 44's probes of chat, social and payment platforms: IRC prefixes (Twitch), Discord tags and
/// their ids, Slack mentions, Reddit users, YouTube channel ids, handles named in profile bios, and
/// tax ids and account numbers in payment XML.
@Suite("Chat and social handles")
struct SocialHandleTests {
    @Test("the value is replaced", arguments: [
        ("[guild 941203857261048320] BAN kaito.watanabe#4821 (258193746102938475) by mod_rin#0007 reason=\"x\"", "kaito.watanabe"),
        ("[guild 941203857261048320] BAN kaito.watanabe#4821 (258193746102938475) by mod_rin#0007 reason=\"x\"", "258193746102938475"),
        ("[guild 941203857261048320] BAN kaito.watanabe#4821 (258193746102938475) by mod_rin#0007 reason=\"x\"", "mod_rin"),
        ("@badge-info=;color=;user-type= :yuuki_tnk!yuuki_tnk@yuuki_tnk.tmi.twitch.tv PRIVMSG #speedrunhub :hi all", "yuuki_tnk"),
        (":nick!~user@198.51.100.7 JOIN #ops", "~user@"),
        (#"{"text":"<@U05RTYX9K1L> pls reset"}"#, "U05RTYX9K1L"),
        ("banuser,mod_kestrel,\"harassing u/lena_vogt_ across r/berlinsocial\"", "lena_vogt_"),
        ("Timed out x (UCq3Lp8Zx1Vn6Rt9Wy2Kb5Mc) for 300s", "UCq3Lp8Zx1Vn6Rt9Wy2Kb5Mc"),
        (#"{"bio":"manda msg ou insta @mari.nunez.surf"}"#, "mari.nunez.surf"),
        (#"{"bio":"dog mom snap: renee.dsouza.to"}"#, "renee.dsouza.to"),
        ("discord @abc_12", "abc_12"),
        ("match created user_a=usr_01HZ8K3N4R7Q2W5E9T6Y1U3I0P user_b=usr_01HZ8P4T7Y0U3I6O9P2A5S8D1F", "usr_01HZ8P4T7Y0U3I6O9P2A5S8D1F"),
        ("<Owner><TaxIdNumber>06735128435</TaxIdNumber></Owner>", "06735128435"),
        (#"<Detail name="ACNUM" value="50100234567891"/>"#, "50100234567891"),
    ])
    func replaced(_ line: String, _ raw: String) {
        FuzzRegressionTests.expectText(line, raw, replaced: true)
    }

    @Test("what is around the value stays", arguments: [
        ("@badge-info=;color=;user-type= :yuuki_tnk!yuuki_tnk@yuuki_tnk.tmi.twitch.tv PRIVMSG #speedrunhub :hi all", " PRIVMSG #speedrunhub :hi all"),
        ("banuser,mod_kestrel,\"harassing u/lena_vogt_ across r/berlinsocial\"", " across r/berlinsocial"),
        ("fixed issue#4821 and PR#1234 see #1234 color=#1E90FF", "fixed issue#4821 and PR#1234 see #1234 color=#1E90FF"),
        ("guild member list: build#1234 job#0042 ok", "build#1234 job#0042 ok"),
        ("telegram: disabled; discord: true ig: ok", "telegram: disabled; discord: true ig: ok"),
        ("GET /api/u/profile ok", "GET /api/u/profile ok"),
        ("x U", "x U"), ("a u", "a u"),
    ])
    func kept(_ line: String, _ text: String) {
        FuzzRegressionTests.expectText(line, text, replaced: false)
    }
}
