import Testing
@testable import Veil

/// Credential dumps, Vault's request paths and Suricata's alerts (probe stop 42).
@Suite("Security tools: credential dumps, Vault paths, Suricata alerts")
struct SecurityToolLogTests {
    @Test("pwdump and secretsdump lines: both hashes redacted, the account pseudonymised", arguments: [
        "Administrator:500:aad3b435b51404eeaad3b435b51404ee:cd1eb1fc4ab5330fe3683994f0249a02:::",
        #"CORP.LOCAL\Administrator:1105:aad3b435b51404eeaad3b435b51404ee:cd1eb1fc4ab5330fe3683994f0249a02:::"#,
    ])
    func pwdump(_ line: String) {
        let out = FuzzRegressionTests.expectText(line, "cd1eb1fc4ab5330fe3683994f0249a02", replaced: true)
        #expect(!out.contains("aad3b435") && !out.contains("Administrator") && out.hasSuffix(":::"), "\(out)")
    }

    @Test("mimikatz's credential fields are redacted", arguments: [
        "\t * SHA1     : 48faaed5b8871c631560c5557a516592788ad21c",
        "\t * LM       : e52cac67419a9a224a3b108f3fa6cb6d",
        "\t * NTLM     : e52cac67419a9a224a3b108f3fa6cb6d",
        "\t * Password : Summer2024!",
    ])
    func mimikatz(_ line: String) {
        let out = FuzzRegressionTests.stable(line)
        #expect(out.hasSuffix(": [REDACTED:secret]"), "\(out)")
    }

    @Test("other lines starting with an asterisk stay", arguments: ["* Connection #0 to host example.com left intact", "\t * Username : (null)"])
    func asteriskStays(_ line: String) {
        #expect(!FuzzRegressionTests.stable(line).contains("[REDACTED"))
    }

    @Test("the account in Vault's request path is pseudonymised", arguments: [
        #"{"type":"request","request":{"path":"auth/userpass/login/jmorrison","remote_address":"10.1.2.3"}}"#,
        #"{"path":"auth/corp-ldap/users/jmorrison/password"}"#,
        "PUT /v1/auth/ldap/login/jmorrison HTTP/1.1",
    ])
    func vaultPath(_ line: String) {
        let out = FuzzRegressionTests.expectText(line, "jmorrison", replaced: true)
        #expect(out.contains("username~test~"), "\(out)")
    }

    @Test("Vault paths without an account stay", arguments: ["path=auth/approle/login", #"{"path":"auth/kubernetes/login"}"#])
    func vaultPathStays(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }

    @Test("a Suricata alert's signature is a rule's name; a signature elsewhere is still a secret")
    func suricataSignature() {
        let alert = #"{"event_type":"alert","alert":{"signature_id":2013028,"signature":"ET POLICY curl User-Agent Outbound","category":"x"}}"#
        #expect(FuzzRegressionTests.stable(alert) == alert)
        _ = FuzzRegressionTests.expectText(#"{"signature":"abc123secretsig"}"#, "abc123secretsig", replaced: true)
    }

    @Test("a certificate authority's common name stays; a person's is replaced")
    func authorityCommonName() {
        let out = FuzzRegressionTests.expectText("subject=CN=Anna Kowalczyk,OU=Users,DC=corp issuer=CN=Acme Corp Issuing CA 02,O=Acme Corp,C=US", "Kowalczyk", replaced: true)
        #expect(out.contains("CN=Acme Corp Issuing CA 02,O=Acme Corp"), "\(out)")
    }

    @Test("a name in an uploaded document's file name is replaced, also with an unlisted family name", arguments: [
        (#"{"fileinfo":{"filename":"\/uploads\/applicants\/Resume_Priya_Raghunathan_2024.pdf","size":184233}}"#, "Raghunathan"),
        ("upload CV_Priya_Raghunathan.pdf done", "Raghunathan"),
    ])
    func documentFileName(_ line: String, _ family: String) {
        _ = FuzzRegressionTests.expectText(line, family, replaced: true)
    }

    @Test("other underscore-joined words stay", arguments: ["Build_Release_Notes.pdf", "Grace_Period_Policy.pdf", "class Maria_Raghunathan_Service"])
    func underscoreWordsStay(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}
