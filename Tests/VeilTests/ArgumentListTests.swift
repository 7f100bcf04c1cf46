import Testing
@testable import Veil

/// Command lines logged as lists of strings: a container's `args`/`command` in JSON, an
/// `execve` event's argument array, Python's `CalledProcessError` (`Command '['pg_dump',
/// '--password', 'x']' returned non-zero exit status 1`). The option and its value are two
/// strings, so the value is the string after an option that names a secret.
@Suite("argument lists")
struct ArgumentListTests {
    @Test("the string after a secret's option is redacted", arguments: [
        (#"{"args":["--password","cliPass99","--verbose"]}"#, "cliPass99", #""--verbose""#),
        (#"{"spec":{"command":["app","--api-key","k_live_abc123", "--port","8080"]}}"#, "k_live_abc123", #""--port","8080""#),
        (#"{"argv":["vault","login","--token", "s.9f8e7d6c"]}"#, "s.9f8e7d6c", #""login""#),
        (#"running ["mysqldump","--password","dumpPw1","db"]"#, "dumpPw1", #""db"]"#),
        ("Command '['pg_dump', '--password', 'pgpw77', 'db']' returned non-zero exit status 1.", "pgpw77", "'db']'"),
        (#"exec ["tool", "--db-password", "a\"b c", "next"]"#, #"a\"b c"#, #""next"]"#),
        (#"exec ["tool", "--password", "-x9abc", "next"]"#, "-x9abc", #""next"]"#),
    ])
    func secretAfterOption(_ line: String, _ secret: String, _ kept: String) {
        let out = FuzzRegressionTests.expectText(line, secret, replaced: true)
        #expect(out.contains("[REDACTED:secret]") && out.contains(kept), "\(out)")
    }

    @Test("auditd's EXECVE arguments: a glued -p password of mysql, the argument after a secret's option or sshpass -p", arguments: [
        (#"type=EXECVE msg=audit(1700000000.123:789): argc=4 a0="mysql" a1="-uroot" a2="-pS3cretAudit" a3="app""#, "S3cretAudit", #"a3="app""#),
        (#"type=EXECVE msg=audit(1.1:2): argc=5 a0="/usr/bin/vault" a1="login" a2="--token" a3="s.abcdef123" a4="x""#, "s.abcdef123", #"a4="x""#),
        (#"type=EXECVE msg=audit(1.1:2): argc=4 a0="sshpass" a1="-p" a2="sshPw99" a3="ssh""#, "sshPw99", #"a3="ssh""#),
        // In hex, as auditd writes a command or an argument with a space or a quote (stop 34).
        (#"type=USER_CMD msg=audit(1710144901.551:4530): pid=22010 uid=0 msg='cwd="/root" cmd=6D7973716C202D7520726F6F74202D70533363723374214462 exe="/usr/bin/sudo" res=success'"#,
         "6D7973716C202D7520726F6F74202D70533363723374214462", #"exe="/usr/bin/sudo""#),
        (#"type=EXECVE msg=audit(1710144933.871:4540): argc=2 a0="/opt/app/bin/migrate" a1=2D2D70617373776F72643D547230756234646F7226332078"#,
         "2D2D70617373776F72643D547230756234646F7226332078", #"a0="/opt/app/bin/migrate""#),
    ])
    func execve(_ line: String, _ secret: String, _ kept: String) {
        let out = FuzzRegressionTests.expectText(line, secret, replaced: true)
        #expect(out.contains("[REDACTED:secret]") && out.contains(kept), "\(out)")
    }

    @Test("auditd's EXECVE arguments: the account of mysql's -u and of any --username", arguments: [
        (#"type=EXECVE msg=audit(1.1:2): argc=4 a0="mysql" a1="-uroot" a2="-pS3cretAudit" a3="app""#, #"-uroot""#),
        (#"type=EXECVE msg=audit(1.1:2): argc=5 a0="/usr/bin/mysqldump" a1="-u" a2="backup" a3="db""#, #""backup""#),
        (#"type=EXECVE msg=audit(1.1:2): argc=3 a0="docker" a1="--username" a2="dock" a3="x""#, #""dock""#),
    ])
    func execveUser(_ line: String, _ account: String) {
        let out = FuzzRegressionTests.expectText(line, account, replaced: true)
        #expect(out.contains("username~test~"), "\(out)")
    }

    @Test("other EXECVE arguments stay", arguments: [
        "type=PROCTITLE msg=audit(1.1:2): proctitle=2F62696E2F7368002D63006C73202D6C61",
        #"type=EXECVE msg=audit(1.1:2): argc=3 a0="ls" a1="-p" a2="dir""#,
        #"type=EXECVE msg=audit(1.1:2): argc=3 a0="grep" a1="--color" a2="pass""#,
        #"type=EXECVE msg=audit(1.1:2): argc=3 a0="python3" a1="-u" a2="app.py""#,
    ])
    func execveKept(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }

    @Test("the string after --username is an account", arguments: [
        #"{"args":["--username","cliuser","--password","x9y8z7w6"]}"#,
        "Command '['pg_dump', '--username', 'cliuser', 'db']' returned non-zero exit status 1.",
    ])
    func accountAfterOption(_ line: String) {
        let out = FuzzRegressionTests.expectText(line, "cliuser", replaced: true)
        #expect(out.contains("username~test~"), "\(out)")
    }

    @Test("other lists and options stay", arguments: [
        #"{"args":["--port","8080","--verbose"]}"#,
        #"{"args":["--password"]}"#,
        #"{"flags":["--password-file","/run/secrets/db"]}"#,
        #"["--token-ttl","3600"]"#,
        "Command '['ls', '--color', 'auto']' returned non-zero exit status 2.",
        #"{"missing":["password","token"]}"#,
    ])
    func kept(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}
