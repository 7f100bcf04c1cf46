import Testing
@testable import Veil

/// Kubernetes audit events, Terraform plans and values inside escaped JSON (probe stop 42).
@Suite("Cloud and database logs: things that are no person, escaped JSON numbers")
struct CloudAndDatabaseLogTests {
    @Test("an unquoted number inside escaped JSON ends at the comma, and gets the pseudonym of the plain JSON value")
    func escapedJSONNumber() {
        let escaped = FuzzRegressionTests.expectText(#"1715679900.223891 [0 10.40.2.9:51544] "SET" "s:1" "{\"user_id\":88213,\"plan\":\"pro\"}""#, "88213", replaced: true)
        let plain = FuzzRegressionTests.stable(#"{"user_id":88213,"plan":"pro"}"#)
        let pseudonym = plain.split(separator: "\"")[3]
        #expect(escaped.contains(#"{\"user_id\":\"\#(pseudonym)\",\"plan\":\"pro\"}"#), "\(escaped) / \(plain)")
    }

    @Test("Terraform's placeholders and a host name under address stay", arguments: [
        "      + address                = (known after apply)",
        #"  ~ address = "orders-db.c9akciq32.eu-west-1.rds.amazonaws.com" -> (known after apply)"#,
        "      + password               = (sensitive value)",
    ])
    func terraformStays(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }

    @Test("a postal address under address is still replaced")
    func postalAddressReplaced() {
        _ = FuzzRegressionTests.expectText(#"address = "12 Main Street, Springfield""#, "Main Street", replaced: true)
    }

    @Test("Kubernetes' own identities and a thing's name in a field selector stay", arguments: [
        #"{"kind":"Event","user":{"username":"system:serviceaccount:argocd:argocd-application-controller","groups":["system:serviceaccounts"]}}"#,
        #"{"user":{"username":"system:kube-scheduler"}}"#,
        #""requestURI":"/api/v1/namespaces/payments/secrets?fieldSelector=metadata.name%3Ddb-creds&limit=500""#,
    ])
    func kubernetesStays(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }

    @Test("a person's account in the same audit event is replaced")
    func personAccountReplaced() {
        _ = FuzzRegressionTests.expectText(#"{"user":{"username":"jane.doe@example.com","groups":["system:authenticated"]}}"#, "jane.doe", replaced: true)
    }
}
