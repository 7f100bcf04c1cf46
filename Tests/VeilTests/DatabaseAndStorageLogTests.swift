import Testing
@testable import Veil

/// Database servers', backup and storage tools' and platform logs (probe stop 40): each line
/// once wrote the value raw (or replaced the wrong part), checked here in the format the
/// software writes. Every output is also checked to be stable under a second pass.
@Suite("Database, storage and platform log lines")
struct DatabaseAndStorageLogTests {
    @Test("the account is pseudonymised", arguments: [
        // PostgreSQL's csvlog doubles the quotes of its message field.
        (#"2024-03-12 14:05:02.100 UTC,"x","analytics",23155,"10.0.0.9:61022",65f06b2e.5a73,1,"authentication",2024-03-12 14:05:02 UTC,5/2,0,FATAL,28P01,"password authentication failed for user ""tomasz.zielinski""",,,,,,,,,"","client backend",,0"#, "tomasz.zielinski"),
        // Oracle's audit trail in syslog: the value's length in brackets, then the value.
        (#"Oracle Audit[28955]: LENGTH: "349" SESSIONID:[6] "412345" USERID:[8] "HMUELLER" USERHOST:[7] "wks-042" OS$USERID:[8] "hmueller""#, "HMUELLER"),
        (#"Oracle Audit[28955]: LENGTH: "349" USERID:[8] "HMUELLER" OS$USERID:[8] "hmueller" DBID:[10] "1234567890""#, "hmueller"),
        // Cassandra, ClickHouse, Neo4j.
        ("operation:LOGIN FAILURE; Provided username mwilson and/or password are incorrect", "mwilson"),
        ("AuthenticationException: Provided username kwilson and/or password are incorrect", "kwilson"),
        ("<Error> TCPHandler: Code: 516. DB::Exception: kpopov: Authentication failed: password is incorrect, or there is no user with such name.", "kpopov"),
        ("2024-03-12 14:27:12.789+0000 ERROR [rsingh]: failed to log in: invalid principal or credentials", "rsingh"),
        ("2024-03-12 14:27:12.789+0000 INFO  [rsingh]: logged in", "rsingh"),
        // Synology DSM's verbs after the bracketed user, and its home share.
        ("FileStation: User [jorg.muller] created a sharing link [https://ds920.acme.de:5001/sharing/Xk2pQ9vLm] for [/x.pdf]", "jorg.muller"),
        ("Drive: User [chloe.dubois] on [MacBook-Pro] (192.168.10.77) uploaded [/Drive/x.pdf]", "chloe.dubois"),
        ("for [/volume1/homes/jorg.muller/Steuer/Steuerbescheid_2022.pdf]", "jorg.muller"),
        // pkexec, account tools, PowerShell's local accounts, macOS, MinIO.
        ("Jun 02 14:05:30 bastion-01 pkexec[41201]: tomas.novak: Executing command [USER=root] [TTY=/dev/pts/3] [CWD=/root] [COMMAND=/usr/bin/id]", "tomas.novak"),
        ("[COMMAND=/usr/sbin/usermod -aG docker zhang.wei]", "zhang.wei"),
        ("sudo userdel -r zhang.wei", "zhang.wei"),
        (#"execve: cmd="useradd -m -s /bin/bash kofi.mensah""#, "kofi.mensah"),
        (#"New-LocalUser -Name "kwame.mensah" -NoPassword"#, "kwame.mensah"),
        (#"Add-LocalGroupMember -Group "Administrators" -Member "kwame.mensah""#, "kwame.mensah"),
        ("sending notification: com.apple.sessionagent.screenIsUnlocked for user 501 (aoife.byrne)", "aoife.byrne"),
        ("Added user `b.lindqvist` successfully.", "b.lindqvist"),
        // The user columns of PostgreSQL's csvlog and MariaDB's server_audit log.
        (#"2024-03-12 14:05:02.100 UTC,"tomasz.zielinski","analytics",23155,"192.168.44.17:61022",65f06b2e.5a73,1,"idle",2024-03-12 14:05:02 UTC,5/2,0,LOG,00000,"statement: SELECT 1",,,,,,,,,"","client backend",,0"#, "tomasz.zielinski"),
        ("20240312 14:13:03,db-01,mallory,198.51.100.9,32,0,FAILED_CONNECT,,,1045", "mallory"),
        ("20240312 14:13:01,db-01,jdoe,10.0.5.9,31,412,QUERY,crm,'SELECT 1',0", "jdoe"),
        // MikroTik's hotspot: the user before the client's address.
        ("May 14 10:02:13 MikroTik hotspot,account,info,debug ana.souza (10.5.50.23): logged in", "ana.souza"),
        ("hotspot,account,info,debug ana.souza (10.5.50.23): login failed: invalid username or password", "ana.souza"),
        // rsyncd: the user before `@host`.
        ("2024/03/03 03:00:01 [18220] rsync to home/ from ksato@laptop-kenji (192.0.2.144)", "ksato"),
        // Odoo: the database is no account, the login is.
        ("odoo.addons.base.models.res_users: Login failed for db:acme_prod login:lucia.f from 83.44.12.9", "lucia.f"),
        // CUPS's page log: the user before the job id.
        ("page_log: HP_LaserJet_4 rkhanna 118 [14/May/2024:12:02:00 +0000] total 12 - 10.0.0.77 report.pdf - -", "rkhanna"),
        ("HP_LaserJet_4 rkhanna 118 [14/May/2024:12:02:00 +0000] 1 1 - localhost report.pdf", "rkhanna"),
        // An access log's numeric user is still one.
        (#"10.0.0.1 - 118 [14/May/2024:12:02:00 +0000] "GET / HTTP/1.1" 200 1"#, "- 118 ["),
        // MinIO's client and Chef's user resource.
        ("mc admin user add acme-minio b.lindqvist 'Sommar2024!Stockholm'", "b.lindqvist"),
        ("[2024-05-14T09:33:12+00:00] INFO: Processing user[ahmed.elsayed] action create (acme_users::default line 12)", "ahmed.elsayed"),
    ])
    func accounts(_ line: String, _ user: String) {
        let out = FuzzRegressionTests.expectText(line, user, replaced: true)
        #expect(out.contains("username~test~"), "\(out)")
    }

    @Test("the secret is redacted", arguments: [
        // An environment variable's password by its upper-case name, in a shell trace and in JSON.
        ("+ export RCLONE_CONFIG_PASS='Kq9!mZ2#vL7xR4tP'", "Kq9!mZ2#vL7xR4tP"),
        ("+ export RCLONE_CONFIG_NEXTCLOUD_PASS=Wm3xT8kQz2LpN7vRbYc4HdFj9Gs1Ae", "Wm3xT8kQz2LpN7vRbYc4HdFj9Gs1Ae"),
        (#"{"SMTP_RELAY_PASS":"guest-pw-77"}"#, "guest-pw-77"),
        // A Kubernetes container dumped by the kubelet.
        ("EnvVar{Name:FLYWAY_PASSWORD,Value:Gx7!pL3#vQ9s,x,ValueFrom:nil,},EnvVar{Name:LOG_LEVEL,Value:debug,ValueFrom:nil,}", "Gx7!pL3#vQ9s"),
        ("EnvVar{Name:FLYWAY_PASSWORD,Value:Gx7!pL3#vQ9s", "Gx7!pL3#vQ9s"),
        // Secrets named in prose, in quotes or brackets.
        ("Invalid credentials: access key 'minioadmin', secret key 'Zx8#kPq2!vLm9wRt'", "Zx8#kPq2!vLm9wRt"),
        ("Repository [S3-Wasabi] access key [WSB7KX2PQ9LM4RZ8TN1V] secret [vR3kL8mQ2pZ9xT4wN7yC1hF5jD0gS3aE6uI9oU2t] verification failed", "vR3kL8mQ2pZ9xT4wN7yC1hF5jD0gS3aE6uI9oU2t"),
        ("Repository [S3-Wasabi] access key [WSB7KX2PQ9LM4RZ8TN1V] secret [x] failed", "WSB7KX2PQ9LM4RZ8TN1V"),
        ("secret key 'Zx8#kPq2!vLm9wRt", "Zx8#kPq2!vLm9wRt"),
        // rclone's label before an assignment.
        (#"couldn't decrypt password: pass = "Hr8$kL2m!Zq9@wPx""#, "Hr8$kL2m!Zq9@wPx"),
        // …but `abc="…"` after a secret's key is one value with its quoted part (no rule names `abc`).
        (#"password: abc="S3cretValue" next=1"#, "S3cretValue"),
        (#"password=abc="S3cret Value" x=1"#, "S3cret Value"),
        // A lower-case `sid` in parentheses is still a session id.
        ("Set-Cookie (sid=s3ss10nT0k3nAbCdEf99) path=/", "s3ss10nT0k3nAbCdEf99"),
        // PowerShell's switches before the plain text.
        ("(ConvertTo-SecureString -AsPlainText 'Fr3ya#Spring24' -Force)", "Fr3ya#Spring24"),
        // A Google OAuth client secret.
        (#"["rclone" "--drive-client-secret" "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"]"#, "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"),
        // Werkzeug's and Django's password hashes.
        ("('Aiko', 'pbkdf2:sha256:600000$Xq3vB9kL$8c1e2f3a4b5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7')", "8c1e2f3a4b5d6e7f8091a2b3c4d5e6f7"),
        ("hash=pbkdf2_sha256$870000$abcdEFGH12345678$Zm9vYmFyYmF6cXV4cXV1eGNvcmdl=", "Zm9vYmFyYmF6cXV4cXV1eGNvcmdl"),
        ("stored scrypt:32768:8:1$k9Lm2QpZ$0a1b2c3d4e5f60718293a4b5c6d7e8f9 for bob", "0a1b2c3d4e5f60718293a4b5c6d7e8f9"),
        // Under an object that refers to a resource, a secret's own key still counts.
        (#"{"Actor":{"ID":"4e5f6a7b8c9d","Attributes":{"GF_SECURITY_ADMIN_PASSWORD":"x1y2z3w4"}}}"#, "x1y2z3w4"),
        (#"{"secret":{"name":"x","value":"hunter2"}}"#, "hunter2"),
        // Sign-in and connect calls in stack traces.
        ("#0 /var/www/html/app/Auth.php(42): Auth->attempt('marek.dvorak@seznam.cz', 'Praha*2024*heslo')", "Praha*2024*heslo"),
        ("#1 /app/db.php(12): PDO->__construct('mysql:host=db;dbname=shop', 'shop_rw', 'Sh0p!Db#2024', Array)", "Sh0p!Db#2024"),
        ("#2 ldap.php(5): ldap_bind(Resource id #4, 'cn=admin,dc=acme,dc=pl', 'Ld@pAdm1n')", "Ld@pAdm1n"),
        ("#4 mysqli_connect('db', 'root', 'R00t!pw')", "R00t!pw"),
        ("login('bob', 'S3cret-unterminated", "S3cret-unterminated"),
        // A value stored under a secret's name in a key-value store.
        ("+ consul kv put -token=d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f7a config/app/db_password 'Q9!zPw#r7Lm'", "Q9!zPw#r7Lm"),
        ("etcdctl put /config/app/api-token tok_abc123def", "tok_abc123def"),
        ("aws ssm put-parameter --name /prod/db/password --value 'S3cr3t!' --type SecureString --overwrite", "S3cr3t!"),
        // MinIO's client.
        ("mc alias set acme-minio https://minio.acme.local:9000 minioadmin Zx8#kPq2!vLm9wRt", "Zx8#kPq2!vLm9wRt"),
        ("mc admin user add acme-minio b.lindqvist 'Sommar2024!Stockholm'", "Sommar2024!Stockholm"),
        // Django's signed session data.
        ("VALUES ('k2', '.eJxVjEEOgjAQRe8ya9K0pZTi0r1nIMMwSKMWMtNqiPHuxsSFbv977-IwPFqTtzpe', '2024-03-26')", "eJxVjEEOgjAQRe8ya9K0pZTi0r1nIMMwSKMWMtNqiPHuxsSFbv977-IwPFqTtzpe"),
    ])
    func secrets(_ line: String, _ secret: String) {
        _ = FuzzRegressionTests.expectText(line, secret, replaced: true)
    }

    @Test("a name under a person's object is replaced, under a thing's kept")
    func nestedNames() {
        let out = FuzzRegressionTests.expectText(#"{"customer":{"name":"Jane Doe"},"company":{"name":"Acme"}}"#, "Jane Doe", replaced: true)
        #expect(out.contains(#""company":{"name":"Acme"}"#) && out.contains("name~test~"), "\(out)")
    }

    @Test("a caller id that holds a name is pseudonymised as a name; no caller stays")
    func callerIDName() {
        let out = FuzzRegressionTests.expectText(#"servicenow INFO incident INC0012345 created: caller_id=Priyanka Chopra Nair, short_description="x""#, "Chopra", replaced: true)
        #expect(out.contains("caller_id=name~test~") && out.contains(#", short_description="x""#), "\(out)")
        _ = FuzzRegressionTests.expectText("caller_id=anonymous callerid=Unknown", "callerid=Unknown", replaced: false)
    }

    @Test("what is no person's or no secret stays", arguments: [
        // nginx's and other lower-case keys ending in `pass`; upper case without `_PASS`.
        ("proxy_pass=http://backend cache_bypass=1 BYPASS=1 FIRST_PASS", "proxy_pass=http://backend cache_bypass=1 BYPASS=1 FIRST_PASS"),
        // Prose: a password's state, not a password.
        ("DB::Exception: Authentication failed: password is incorrect, or there is no user", "password is incorrect, or"),
        // `passwd` in prose is no command.
        ("the passwd file was updated", "the passwd file was updated"),
        // Oracle's lengths and its TNS descriptor under `Client address:`.
        (#"ENTRYID:[1] "1" STATEMENT:[1] "1""#, #"ENTRYID:[1] "1" STATEMENT:[1] "1""#),
        ("Client address: (ADDRESS=(PROTOCOL=tcp)(HOST=db01)(PORT=50234))", "(ADDRESS=(PROTOCOL=tcp)(HOST=db01)(PORT=50234))"),
        // A Kubernetes container's own name, a logger's module path.
        ("&Container{Name:migrate,Image:registry.acme-corp.io/crm/migrate:3.8.1,", "Name:migrate,Image:"),
        (#"{"message": "x", "levelname": "WARNING", "name": "borg.crypto.key"}"#, #""name": "borg.crypto.key""#),
        // Words that only start like a signed session, prices and shell variables near a `$`.
        ("file.eJunk and x.eJabcdefghijklmnopqrstuvwxyz", "file.eJunk and x.eJabcdefghijklmnopqrstuvwxyz"),
        ("price 12$ and abc$def$ghi md5$short$x", "price 12$ and abc$def$ghi md5$short$x"),
        // Placeholders in brackets are no secret of their own.
        ("secret [REDACTED:secret] failed", "secret [REDACTED:secret] failed"),
        ("Get-LocalGroup -Name Administrators", "-Name Administrators"),
        // A background process's csvlog line has no user; Chef's other resources name no one.
        (#"2024-03-12 14:05:02.100 UTC,,,23155,,65f06b2e.5a73,1,,2024-03-12 14:05:02 UTC,,0,LOG,00000,"checkpoint starting: time",,,,,,,,,"","checkpointer",,0"#, "checkpoint starting"),
        ("  * group[docker] action modify", "group[docker]"),
        ("mc ls acme/bucket", "mc ls acme/bucket"),
        ("consul kv put config/app/log_level debug", "log_level debug"),
        ("aws ssm put-parameter --name /prod/db/host --value db.internal --type String", "--value db.internal"),
        ("#5 Foo->__construct('hello', 'world', 'again')", "'again'"),
        ("2024/03/03 03:00:01 [18220] rsync on backup/ from laptop-kenji (192.0.2.144)", "from laptop-kenji ("),
        ("mail from bob@example (1.2.3.4)", "from bob@example ("),
        // Docker's event actor and a Kubernetes object reference name no account and no secret.
        (#"{"status":"start","id":"4e5f6a7b8c9d","Actor":{"ID":"4e5f6a7b8c9d","Attributes":{"image":"grafana/grafana:10.4.2"}}}"#, #""ID":"4e5f6a7b8c9d""#),
        (#"{"msg":"Reconciling","Secret":{"name":"aws-creds","namespace":"crossplane"}}"#, #"{"name":"aws-creds","namespace":"crossplane"}"#),
        // A driver's and an operating system's names; Oracle's SID; Redis's subscription counts.
        (#"{"doc":{"driver":{"name":"PyMongo","version":"4.6.1"},"os":{"type":"Linux","name":"Linux"}}}"#, #""name":"PyMongo""#),
        ("* (CONNECT_DATA=(SID=ORCL)(CID=(PROGRAM=JDBC Thin Client)(HOST=__jdbc__)(USER=svc-batch)))", "(SID=ORCL)"),
        ("id=8 addr=10.0.0.5:53422 fd=9 name=checkout-svc db=0 sub=0 psub=0 ssub=0", "db=0 sub=0 psub=0"),
        // The JVM's GC times.
        ("[GC (Allocation Failure) [PSYoungGen: 65536K->10752K(76288K)] 0.0123456 secs] [Times: user=0.03 sys=0.01, real=0.01 secs]", "user=0.03 sys=0.01"),
        ("#3 x.php(9): Auth->attempt(Array, true)", "attempt(Array, true)"),
        ("odoo.addons.base.models.res_users: Login successful for db:acme_prod login:lucia.f from 83.44.12.9", "for db:acme_prod"),
        ("dhcp lease for host (10.5.50.23): logged in", "dhcp lease for host"),
    ])
    func stays(_ line: String, _ kept: String) {
        _ = FuzzRegressionTests.expectText(line, kept, replaced: false)
    }
}
