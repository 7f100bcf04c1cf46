import Testing
@testable import Veil

/// Accounts named on command lines (``CommandLineUserDetector``), next to the passwords that
/// ``CommandLinePasswordDetector`` finds.
@Suite("Command-line accounts") struct CommandLineUserTests {
    @Test("the account after the program's user flag is replaced", arguments: [
        ("Running: docker login -u carol -p D0ckerPass registry.example.com", "carol"),
        ("Running: docker login --username dave --password-stdin registry.example.com", "dave"),
        ("+ podman login -u erin7 quay.io", "erin7"),
        ("Running: mysql -u root -pMyS3cret -h db.internal", "root"),
        ("mysqldump -ubackup_user -pX1y2z3 app > dump.sql", "backup_user"),
        ("mysql --user svc.report -p app", "svc.report"),
        ("Running: psql -h db.internal -U erin -d app", "erin"),
        ("PGPASSWORD=pgpass123 /usr/bin/pg_dump -U frank app", "frank"),
        ("mongosh --host db -u grace -p MongoPw1", "grace"),
        ("az login -u heidi7 -p AzPassw0rd!", "heidi7"),
        ("COMMAND=/usr/bin/ssh -l ivan bastion", "ivan"),
        ("+ curl -u judy:S3cretPass https://api.example.com/v1", "judy"),
        ("+ curl --user kim https://api.example.com/v1", "kim"),
        ("smbclient //server/share -U 'CORP\\leo%SmbPw123'", "leo"),
        ("smbclient //server/share -U mona%SmbPw123", "mona"),
        ("htpasswd -b /etc/nginx/.htpasswd nick HtPw1234", "nick"),
        ("htpasswd -nb olga HtPw1234", "olga"),
        ("ansible: terraform-provider --username pat5 --token x", "pat5"),
        ("net user jsmith P@ssw0rd1 /add", "jsmith"),
        ("net user alice /domain", "alice"),
        // Stop 35: cloud CLIs' account options.
        ("$ aws iam create-user --user-name gabriela.santos", "gabriela.santos"),
        ("$ aws sts assume-role --role-arn arn:aws:iam::123456789012:role/Admin --role-session-name botond.kovacs", "botond.kovacs"),
        ("$ kubectl get pods --as=dagny.solberg --as-group=devs", "dagny.solberg"),
        ("$ kubectl get pods --as dagny.solberg", "dagny.solberg"),
    ])
    func replaced(_ line: String, _ user: String) {
        let out = FuzzRegressionTests.expectText(line, user, replaced: true)
        #expect(out.contains("username~test~"), "\(out)")
    }

    // A shell's backslash escape inside a value (stop 35: the part after `\&` was written raw).
    @Test("a value with a shell escape is replaced whole", arguments: [
        (#"docker run -d -e POSTGRES_PASSWORD=Tr0ub4dor\&3xyz postgres:16"#, "3xyz"),
        (#"export PASSWORD=Abc\ def12345 next=1"#, "def12345"),
        (#"export API_TOKEN=ab\$cd\!ef12345678"#, "ef12345678"),
    ])
    func shellEscapedValue(_ line: String, _ rest: String) {
        let out = FuzzRegressionTests.expectText(line, rest, replaced: true)
        #expect(!out.contains("\\&") && !out.contains("\\ def"), "\(out)")
    }

    @Test("the account of user@address (an IP address or localhost) is replaced", arguments: [
        ("ssh deploy@10.0.0.5", "deploy"),
        ("scp backup@192.0.2.7:/srv/x .", "backup"),
        ("git clone ssh://git9@10.1.2.3/repo.git", "git9"),
        ("Accepted publickey for admin@[2001:db8::1]", "admin"),
        ("mysql root@localhost", "root"),
        // An SSH public key's comment, at any host (stop 33).
        ("Accepted key: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl jane.doe@laptop", "jane.doe"),
    ])
    func userAtAddress(_ line: String, _ user: String) {
        let out = FuzzRegressionTests.expectText(line, user + "@", replaced: true)
        #expect(out.contains("username~test~"), "\(out)")
    }

    @Test("user@address look-alikes stay", arguments: [
        "foo@10.0.0.1abc", "2024@10.0.0.1", "a+b@10.0.0.1x", "see @10.0.0.1", "npm i pkg@latest and x AAAA@foo",
        "blob QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB pkg@latest",
    ])
    func notUserAtAddress(_ line: String) {
        #expect(!FuzzRegressionTests.stable(line).contains("username~"))
    }

    @Test("passwords stay redacted, not pseudonymised as accounts", arguments: [
        ("htpasswd -b /etc/nginx/.htpasswd nick HtPw1234", "HtPw1234"),
        ("Running: mysql -u root -pMyS3cret -h db.internal", "MyS3cret"),
        ("+ curl -u judy:S3cretPass https://x", "S3cretPass"),
        ("az login --service-principal -u http://app -p AzPassw0rd! --tenant t", "AzPassw0rd!"),
        (#"Running: ldapsearch -x -D "cn=admin,dc=example,dc=com" -w LdapPw123 -b dc=example,dc=com"#, "LdapPw123"),
        ("ldapmodify -H ldaps://ldap -D cn=admin -w 'Ld ap!' -f x.ldif", "Ld ap!"),
        ("Running: aws configure set aws_secret_access_key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
        // Account tools (stop 22).
        ("COMMAND=/bin/sh -c echo 'alice:Chp4sswd!' | chpasswd", "Chp4sswd!"),
        (#"echo "Stdin9pw" | sudo passwd --stdin erin"#, "Stdin9pw"),
        ("echo 'Sud0pass' | sudo -S apt update", "Sud0pass"),
        (#"net use \\fs01\share /user:CORP\alice NetUse9!"#, "NetUse9!"),
        (#"NET USE Z: \\fs01\share NetUse8! /user:bob"#, "NetUse8!"),
        ("net user bob N3tUser! /add", "N3tUser!"),
        ("rabbitmqctl add_user frank Rabb1tPw", "Rabb1tPw"),
        ("keytool -importkeystore -srcstorepass Src9pass -deststorepass Dst9pass", "Dst9pass"),
        ("keytool -importkeystore -srcstorepass Src9pass -deststorepass Dst9pass", "Src9pass"),
        ("openssl passwd -6 -salt xyz0 Plain9pw", "Plain9pw"),
        // More tools' password flags (stop 34).
        ("etcdctl --user root:Etcd-R00t-Pw get /config/app", "Etcd-R00t-Pw"),
        ("curl --proxy-user squid:Pr0xy-Us3r-Pw https://x.io", "Pr0xy-Us3r-Pw"),
        ("curl -U squid:Pr0xy-Us3r-Pw https://x.io", "Pr0xy-Us3r-Pw"),
        ("http -a deploy:Httpie-Auth-Pw GET api.acme.io", "Httpie-Auth-Pw"),
        (#"sqlcmd -S db -U sa -P Sq1cmd-Pw-99 -Q "select 1""#, "Sq1cmd-Pw-99"),
        ("cf login -a api.example.com -u deploy -p Cf-L0gin-Pw", "Cf-L0gin-Pw"),
        ("sshpass -pSsh-N0sp4ce-Pw ssh deploy@host", "Ssh-N0sp4ce-Pw"),
        ("zip -P Z1p-Pw-2024 backup.zip db.sql", "Z1p-Pw-2024"),
        ("unzip -P Unz1p-Pw-7 backup.zip", "Unz1p-Pw-7"),
        (#""C:\Program Files\PuTTY\plink.exe" -ssh admin@10.9.8.7 -pw Pl1nk!Secret -batch"#, "Pl1nk!Secret"),
        ("xfreerdp /v:ts01 /u:hlindgren /p:Stockholm1987", "Stockholm1987"),
        ("crackmapexec smb 10.20.0.0/24 -u hlindgren -p 'Stockholm#1987' --shares", "Stockholm#1987"),
        ("evil-winrm -i 10.20.31.7 -u hlindgren -p 'Stockholm#1987'", "Stockholm#1987"),
        ("curl.exe -u deploy:D3pl0y-K3y-99 https://nexus.corp.example.com/", "D3pl0y-K3y-99"),
    ])
    func passwordsRedacted(_ line: String, _ password: String) {
        let out = FuzzRegressionTests.expectText(line, password, replaced: true)
        #expect(out.contains("[REDACTED:secret]"), "\(out)")
    }

    @Test("other flags, variables, other programs and file names stay", arguments: [
        "docker run -u 1000 image",
        "docker login -u $REGISTRY_USER --password-stdin",
        "mysql -u -p",
        "psql -U",
        "sort -u names.txt",
        "std::vector<int> x; ns::a:b", "nxc --help", "xfreerdp /v:ts01 /cert:ignore",
        "systemctl --user restart app",
        "pip install --user requests",
        "cp /etc/nginx/.htpasswd backup -u x",
        "ssh -L 8080:localhost:80 host",
        "curl -H 'x: y' https://example.com",
        "--username --password",
        "grep -w pattern file", "ldapsearch -W -x -b dc=example", "wc -w file; ldapsearch -x",
        "aws configure set region us-east-1",
        "echo hello | grep h", "echo $PATH", "net user /domain", "net users alice", "NET USE * \\\\fs01\\c$", "rabbitmqctl list_users",
        "keytool -list -storepass:env KS_PASS", "openssl passwd -stdin",
        "WARNING! Using --password via the CLI is insecure. Use --password-stdin.", "tool --as-json out", "x --password --user y",
    ])
    func kept(_ line: String) {
        #expect(EngineFixtures.scrub(line) == line)
    }
}
