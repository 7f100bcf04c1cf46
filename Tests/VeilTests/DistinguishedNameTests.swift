import Testing
@testable import Veil

@Suite("LDAP distinguished names")
struct DistinguishedNameTests {
    @Test("the entry's own uid / cn is replaced; containers, host names and plain uid= stay", arguments: [
        (#"slapd[77]: conn=1001 op=0 BIND dn="uid=mjones,ou=people,dc=example,dc=com" method=128"#, "mjones", true),
        ("member: CN=John Smith,CN=Users,DC=corp,DC=example,DC=com", "John Smith", true),
        (#"cn=Smith\, John,ou=Staff,o=Example"#, #"Smith\, John"#, true),
        ("sssd: user uid=alice,ou=x found", "alice", true),
        ("member: CN=John Smith,CN=Users,DC=corp,DC=example,DC=com", "CN=Users,DC=corp", false),
        ("subject=CN=api.example.com,O=Example Inc,C=US", "CN=api.example.com,O=Example Inc,C=US", false),
        ("audit: uid=1000 gid=1000 comm=bash", "uid=1000 gid=1000", false),
        ("CN=jsmith", "CN=jsmith", false),
    ])
    func distinguishedNames(_ line: String, _ text: String, _ replaced: Bool) {
        FuzzRegressionTests.expectText(line, text, replaced: replaced)
    }

    @Test("uid takes the user-name rule, cn the name rule")
    func types() {
        #expect(EngineFixtures.scrub("dn: uid=mjones,ou=people,dc=example").contains("uid=username~test~"))
        #expect(EngineFixtures.scrub("dn: cn=Jane Roe,ou=people,dc=example").contains("cn=name~test~"))
    }
}
