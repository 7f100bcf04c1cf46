import Testing
@testable import Veil

/// Support agents' notes, chat transcripts, SES events, Apple's unified log and game servers
/// (probe stop 42).
@Suite("Support notes, chat transcripts, mobile and game-server logs")
struct SupportAndMobileLogTests {
    @Test("a value named in an agent's note is replaced", arguments: [
        ("Customer says her DOB is 14/03/1982 and account no 12345678.", "14/03/1982"),
        ("date of birth was 12 April 1985.", "12 April 1985"),
        ("sort code 30-94-57 account 31926819; reset", "31926819"),
        ("Outbound FPS payment from sort_code=20-32-06 account=43827716 to sort code 40-47-84", "43827716"),
        ("reset online banking PIN to 7305 per her request.", "7305"),
        ("[08:15:32] <mwright> also the staging db pass is s7agingDB_pw! fyi", "s7agingDB_pw"),
        ("passcode is 482913", "482913"),
    ])
    func noteValue(_ line: String, _ value: String) {
        _ = FuzzRegressionTests.expectText(line, value, replaced: true)
    }

    @Test("prose about the same things stays", arguments: [
        "DOB is required", "account 31926819 created", "account=43827716 ok", "pin to 2 cores", "the pass is valid until May", "boarding pass is ready",
    ])
    func proseStays(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }

    @Test("nicknames in chat transcripts are pseudonymised", arguments: [
        ("[08:15:32] <mwright> lol don't paste that", "mwright"),
        ("[08:15:10] <jdoe> my password is Hunter2-Winter!", "jdoe"),
        ("08:15 <mwright> hi there", "mwright"),
        ("[2024-01-01 10:00:00] <mwright> hi", "mwright"),
        ("[08:16:01] * kpatel has joined #support-escalations", "kpatel"),
        ("[08:16:01] * kpatel has quit (Ping timeout)", "kpatel"),
    ])
    func chatNick(_ line: String, _ nick: String) {
        let out = FuzzRegressionTests.expectText(line, nick, replaced: true)
        #expect(out.contains("username~test~"), "\(out)")
    }

    @Test("tags in angle brackets stay", arguments: ["<html> <body>", "[warn] <init> failed", "2024-01-01 10:00:00 <mod> loaded", "x * kpatel has joined"])
    func tagsStay(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }

    @Test("Source engine player names beside their Steam ids", arguments: [
        (#"L 11/20/2024 - 08:10:02: "xXSniperWolfXx<12><STEAM_1:0:48213377><CT>" say "gg""#, "xXSniperWolfXx"),
        (#"L 11/20/2024 - 08:10:05: "Lena K<14><[U:1:90211456]><TERRORIST>" connected, address "84.113.56.201:27005""#, "Lena K"),
    ])
    func sourceEnginePlayer(_ line: String, _ name: String) {
        let out = FuzzRegressionTests.expectText(line, name, replaced: true)
        #expect(!out.contains("48213377") && !out.contains("90211456"), "\(out)")
    }

    @Test("an SES event's mail object keeps its timestamp and subject; its addresses are replaced")
    func sesMailObject() {
        let line = #"{"eventType":"Bounce","mail":{"timestamp":"2024-11-19T08:23:38.000Z","source":"no-reply@shop.example.co.uk","destination":["li.wei.1988@163.com"],"commonHeaders":{"subject":"Your order SO-992817 has shipped"}}}"#
        let out = FuzzRegressionTests.expectText(line, "li.wei.1988", replaced: true)
        #expect(out.contains(#""timestamp":"2024-11-19T08:23:38.000Z""#) && out.contains("Your order SO-992817 has shipped"), "\(out)")
    }

    @Test("Apple's <private> marker is no account")
    func applePrivate() {
        let line = "Acme: (AcmeNetworking) [com.acme.app:auth] Login succeeded for user <private>"
        #expect(FuzzRegressionTests.stable(line) == line)
    }

    @Test("keys of vendors: AppsFlyer's advertiserId, PlayFab's SessionTicket, Authorize.Net's x_card_code, customer_no, persona, SuppliedName", arguments: [
        (#"{"advertiserId":"A7F3C1E9-4B2D-4E8F-9C6A-1B3D5F7A9C2E","app_version":"5.12.0"}"#, "A7F3C1E9"),
        ("PlayFab login OK: SessionTicket=8F21C3D4E5A6B7C8-0A1B2C3D4E5F6071-1F2E3D4C5B6A7980-ABCD", "0A1B2C3D4E5F6071"),
        ("POST /gateway/transact.dll?x_card_num=4901273819054433&x_exp_date=0127&x_card_code=552&x_amount=64.00", "x_card_code=552"),
        ("failed login customer_no=10293847 from 10.0.0.1", "10293847"),
        (#"player joined steamid=76561198012345678 persona="RookOfDoom" mmr=2450"#, "RookOfDoom"),
        ("<sf:SuppliedName>Giorgos Papadopoulos</sf:SuppliedName>", "Papadopoulos"),
    ])
    func vendorKeys(_ line: String, _ value: String) {
        _ = FuzzRegressionTests.expectText(line, value, replaced: true)
    }

    @Test("a pre-iOS-13 APNs device token in NSData's spaced form is replaced; other angle brackets stay")
    func spacedDeviceToken() {
        let out = FuzzRegressionTests.expectText("[Push] legacy token description <9c4e1f7a 3b8d2c60 5e9f1a4b 7c2d8e03 6f1a9b4c 2e7d5f80 1a3c5e7f 9b2d4f6a>", "9c4e1f7a", replaced: true)
        #expect(out.hasSuffix("<token~test~") == false && out.contains("<token~test~"), "\(out)")
        #expect(FuzzRegressionTests.stable("data <9c4e1f7a 3b8d2c60>") == "data <9c4e1f7a 3b8d2c60>")
    }
}
