import Testing
@testable import Veil

/// Authors, committers and accounts in CI and version-control output (stop 37: a helper's probe
/// of git, GitHub Actions, Jenkins and Ansible logs).
@Suite("Commit authors, Korean names and shell home directories")
struct CommitAuthorTests {
    @Test("the person or account is replaced", arguments: [
        ("GIT_AUTHOR_NAME: Ji-woo Park", "Ji-woo"),
        ("Author: Ji-woo Park <jiwoo.park@acme.kr>", "Ji-woo"),
        ("e4d5c6b7 (Ji-woo Park 2024-01-09 08:00:00 +0900 3) image: nginx", "Ji-woo"),
        ("assigned to Park Ji-woo today", "Ji-woo"),
        ("Kim Min-jun logged in", "Min-jun"),
        ("Author: jdoe <jdoe@acme.io>", "jdoe "),
        ("Signed-off-by: jdoe <jdoe@acme.io>", "jdoe "),
        ("<web01> EXEC /bin/sh -c 'echo ~olga.petrova && sleep 0'", "olga.petrova"),
        ("cd ~deploy/app", "deploy"),
    ])
    func replaced(_ line: String, _ text: String) {
        FuzzRegressionTests.expectText(line, text, replaced: true)
    }

    @Test("hyphenated words and tildes of other kinds stay", arguments: [
        "Re-run Lee tests", "Co-op Kim store", "Pre-auth Park", "took ~5ms", "approx ~half done", "see ~/x",
    ])
    func kept(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}

/// Names of four words and Indian names with a middle word (stop 37).
@Suite("Longer names")
struct LongerNameTests {
    @Test("every word of the name is replaced", arguments: [
        ("    28\tNguyễn Thị Minh Khai", "Khai"),
        ("OTP verified for Vikram Singh Rathore", "Rathore"),
        ("Priya Kumari Sharma logged in", "Sharma"),
    ])
    func replaced(_ line: String, _ word: String) {
        FuzzRegressionTests.expectText(line, word, replaced: true)
    }

    @Test("a common word after the name stays", arguments: [("Vikram Singh Data Center", "Data Center"), ("Nguyen Van An Data", "Data")])
    func kept(_ line: String, _ word: String) {
        FuzzRegressionTests.expectText(line, word, replaced: false)
    }
}
