import Testing
@testable import Veil

/// Security questions logged with their answers, and GraphQL variables that look like pairs.
@Suite("security answers and GraphQL variables")
struct QuestionAndVariableTests {
    @Test("the answer to a security question is redacted", arguments: [
        (#"{"answers":[{"question":"What is your mother's maiden name?","answer":"Smithers"}]}"#, "Smithers"),
        (#"{"q":{"question":"Name of your first pet","answer":"Rex"}}"#, "Rex"),
    ])
    func securityAnswer(_ line: String, _ answer: String) {
        let out = FuzzRegressionTests.expectText(line, answer, replaced: true)
        #expect(out.contains("[REDACTED:secret]"), "\(out)")
    }

    @Test("other questions, GraphQL variable declarations and references stay", arguments: [
        #"{"faq":[{"question":"What are your opening hours?","answer":"9-5"}]}"#,
        #"{"query":"query($email:String!, $id: ID!){user(email:$email, id: $id){id name}}"}"#,
        "user=$USER email=$EMAIL",
    ])
    func kept(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }

    @Test("a password or token that starts with $ is still one; PHP and Perl variables are keys", arguments: [
        ("password=$ecret12 token=$abc9", "$ecret12"),
        ("password=$ecret12 token=$abc9", "$abc9"),
        (#"$user = "jdoe";"#, "jdoe"),
        ("$user: jdoe", "jdoe"),
    ])
    func dollarValues(_ line: String, _ value: String) {
        FuzzRegressionTests.expectText(line, value, replaced: true)
    }
}
