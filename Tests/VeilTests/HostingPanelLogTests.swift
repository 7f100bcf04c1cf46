import Testing
@testable import Veil

/// Probe findings (stop 38, hosting and CMS logs): accounts in hosting panels', CMSs', FTP
/// servers' and web services' own formats were written raw; SMTP commands, auth methods and
/// Roundcube's session tags were replaced.
@Suite("Hosting panel, CMS and web service accounts") struct HostingPanelLogTests {
    @Test("accounts in panel, CMS, FTP and service formats", arguments: [
        ("Mar 12 10:44:01 web01 drupal: https://x.nl|1710240241|user|203.0.113.45|https://x.nl/user/login|https://x.nl/|0||Login attempt failed for daan.vanderberg.|", "daan.vanderberg"),
        ("Mar 12 10:44:10 web01 drupal: https://x.nl|1710240250|user|198.51.100.66|https://x.nl/user/login|https://x.nl/user/login|17||Session opened for sanne.de.vries.|", "sanne.de.vries"),
        ("2024-03-12T10:45:10+00:00\tINFO 198.51.100.77\tjoomlafailure\tUser login failed for username: camille.lefebvre", "camille.lefebvre"),
        ("Mar 12 10:46:02 web01 phpMyAdmin[23145]: user denied: pma_wp8 (mysql-denied) from 185.156.73.9", "pma_wp8"),
        ("Mar 12 10:46:05 web01 phpMyAdmin[23146]: user allowed: ramirez_db from 203.0.113.140", "ramirez_db"),
        ("2024-03-12T10:48:01+00:00 NOTICE: HORDE [horde] Login success for gkaraiskakis (192.0.2.129) to {imap.example.jp:993}", "gkaraiskakis"),
        ("Mar 12 10:14:22 server1 pure-ftpd: (?@198.51.100.23) [INFO] sigrid is now logged in", "sigrid"),
        (#"[2024-03-12 10:30:01.112] 11823:65f02c ERR [panel] Failed login attempt with login name "ivana.horvat" from IP 198.51.100.201"#, "ivana.horvat"),
        (#"[Wordfence] Locked out IP 192.0.2.77 after 20 failed login attempts. Last username tried: "mwanjiku""#, "mwanjiku"),
        (#"198.51.100.23 - sigrid [03/12/2024:10:14:22 -0000] "GET / HTTP/1.1" 200 0 "-" "Mozilla/5.0""#, "sigrid"),
        (#"[2024-03-12 10:20:11 -0000] info [cpaneld] 198.51.100.23 - sigrid "GET / HTTP/1.1" FAILED LOGIN cpaneld: user password incorrect"#, "sigrid"),
        (#"2024:03:12-10:35:11: 198.51.100.32 ahmedhassan "POST /CMD_FTP?action=create HTTP/1.1""#, "ahmedhassan"),
        ("ewa.nowak:$apr1$x9Kd2e1q$Hq7lRZ2mB0n8tPzY3wV5c/", "ewa.nowak"),
        ("jdoe:$6$rounds=5000$saltsalt$AbCdEfGhIjKlMnOpQrStUvWxYz0123456789:19000:0:99999:7:::", "jdoe"),
        (#"{"user":"ines.carvalho","method":"PUT","url":"/ocs/v2.php/cloud/users/thomas.mueller","message":"x"}"#, "thomas.mueller"),
        ("PROPFIND /remote.php/dav/files/ines.carvalho/Documents/ HTTP/1.1", "ines.carvalho"),
        (#"{"type":"request","request":{"path":"auth/userpass/login/marta.nowak"}} ok"#, "marta.nowak"),
        ("Notice: /Stage[main]/Main/User[ingrid.johansson]/ensure: created", "ingrid.johansson"),
    ])
    func accounts(_ line: String, _ account: String) {
        FuzzRegressionTests.expectText(line, account, replaced: true)
    }

    @Test("SMTP commands, sign-in methods, session tags and plain paths stay", arguments: [
        ("2024-03-12 10:28:11 H=(localhost) [45.95.147.211]:60312 rejected RCPT <bogdan.ionescu@example.ro>: Sender verify failed", "rejected RCPT <"),
        ("Mar 12 10:52:50 lms01 moodle: Failed login attempt 3 for user 'kwabena.asante' from 192.0.2.222 (auth: ldap)", "(auth: ldap)"),
        ("[12-Mar-2024 10:47:30 +0000]: <5d0e9a7c> PHP Error: Failed to connect to database", "<5d0e9a7c> PHP Error"),
        ("GET /remote.php/dav/files/ HTTP/1.1 and /api/auth/login ok", "/remote.php/dav/files/ HTTP/1.1 and /api/auth/login ok"),
        ("[14:42:06] [Server thread/INFO]: <Steve_99> hello", "[14:42:06] [Server thread/INFO]: <username~test~"),
    ])
    func kept(_ line: String, _ text: String) {
        let out = FuzzRegressionTests.stable(line)
        #expect(out.contains(text), "\(out)")
    }
}
