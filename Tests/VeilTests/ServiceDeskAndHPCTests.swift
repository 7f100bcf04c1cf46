import Testing
@testable import Veil

/// Stop 47's second probe round (factories and research computing, betting and backups, device
/// management and service desks, Latin American and Indian fintech): things' names under `name`
/// keys, Jira's objects, an Indian PAN that names a company, Windows' built-in principals,
/// English verbs that end like a German street, passwords typed as a user name, JupyterHub's
/// sign-ins, remitters' keys, Chile's RUT, Argentina's CUIT, a Mexican person's RFC, UPI
/// addresses, PIX keys and Argentine and Mexican account keys; from the fourth round, a second
/// home directory on a line, a logger's `::`, a count under a phone's key, services' home
/// directories.
@Suite("Service desks, research computing and fintech")
struct ServiceDeskAndHPCTests {
    static let imps = "[IMPS-P2A] [INFO] RRN=413510772901 REMITTER_AC=0182104000087452 REMITTER_NAME=HARJEET SINGH DHILLON REMITTER_MOB=9876501234 BENE_AC=916010054328817 BENE_IFSC=UTIB0000916"

    @Test("the value is replaced", arguments: [
        ("Jun  3 09:41:17 bastion01 sshd[44190]: Failed password for invalid user Tr0ms0!Fjord from 203.0.113.9 port 51234 ssh2", "Tr0ms0!Fjord"),
        ("[I 2024-06-03 09:20:11.780 JupyterHub base:837] User logged in: lhoang", "lhoang"),
        (imps, "DHILLON"), (imps, "HARJEET"), (imps, "9876501234"), (imps, "0182104000087452"), (imps, "916010054328817"),
        ("name=Jane Doe", "Jane Doe"),
        ("name=jane_doe", "jane_doe"),
        (#"name="Maria de la Cruz" role=admin"#, "Maria de la Cruz"),
        (#"{"assignee":{"name":"Jane Doe"}}"#, "Jane Doe"),
        ("PAN ABCPE1234F verified", "ABCPE1234F"),
        ("lives at Kaiserring 14, Mannheim", "Kaiserring 14"),
        ("facturacion[2291]: emitiendo boleta folio=88120 receptor 16.784.392-1 ok", "16.784.392-1"),
        ("titular 9.876.545-K verificado", "9.876.545-K"),
        ("RENAPER ok cuil 20-28456123-7 sexo=M", "20-28456123-7"),
        ("SPEI abono recibido ordenante GATL760904QW3 monto=1500.00", "GATL760904QW3"),
        ("consent request created vua=9812345670@finvu fiTypes=DEPOSIT", "9812345670"),
        ("collect request from 9876543210@ybl approved", "9876543210"),
        ("collect request from " + String(repeating: "a", count: 70) + "bcdefgh@ybl approved", "aaaaaaaaaa"),
        ("Chave nao encontrada no DICT: chave=07351829497 tipoChave=CPF", "07351829497"),
        (#"{"msg":"transferencia enviada","cvu_origen":"0000003100018392756043","cbu_destino":"0070999020000045813571"}"#, "0000003100018392756043"),
        (#"{"msg":"transferencia enviada","cvu_origen":"0000003100018392756043","cbu_destino":"0070999020000045813571"}"#, "0070999020000045813571"),
        ("registraOrden claveRastreo=MIAPP2024 cuentaOrdenante=646180157000003179 monto=10", "646180157000003179"),
        ("GatewayAPI/rest?method=SendMessage&send_to=919830077215&msg_type=TEXT", "919830077215"),
        ("getPersona_v2 idPersona=27339187040 -> ok", "27339187040"),
        ("cp /home/alice/report.pdf /home/jdoe/backup/", "jdoe"),
        ("phone: 4155550123 ok", "4155550123"),
        ("userPassword:: e1NTSEF9aGFzaGhhc2g= x", "e1NTSEF9aGFzaGhhc2g="),
    ])
    func replaced(_ line: String, _ raw: String) {
        FuzzRegressionTests.expectText(line, raw, replaced: true)
    }

    @Test("things' names and words that only look like these stay", arguments: [
        ("JobId=4821802 UserId=x GroupId=chem0231(60231) Name=dft_relax_CuO JobState=COMPLETED", "Name=dft_relax_CuO JobState=COMPLETED"),
        (#"automation-rule id=8812 name="Sync HRSD to Workday" action=SendWebRequest"#, #"name="Sync HRSD to Workday""#),
        ("Archive name: web01-2024-03-14T03:00:01", "Archive name: web01-2024-03-14T03:00:01"),
        ("Enrollment Name: (MDMDeviceWithAAD), Provider Name: (WiFi), Command Type: (Add)", "Enrollment Name: (MDMDeviceWithAAD), Provider Name: (WiFi)"),
        (#"{"issuetype":{"name":"Payroll Request"},"status":{"name":"Onhold"},"priority":{"name":"High"}}"#, #"{"issuetype":{"name":"Payroll Request"},"status":{"name":"Onhold"}"#),
        ("  User Name: NT AUTHORITY\\SYSTEM", "NT AUTHORITY\\SYSTEM"),
        ("Account Name: NT AUTHORITY\\NETWORK SERVICE Logon ID: 0x3E4", "NT AUTHORITY\\NETWORK SERVICE"),
        ("[MXServer] [CID-MXOSLC-1182] BMXAA7021I - PR 100482 approved", "BMXAA7021I"),
        ("GST registration issued to AAACR5055K (company)", "AAACR5055K"),
        ("[ExchangeRestore] Restoring 14 item(s) from mailbox", "Restoring 14 item(s)"),
        ("Monitoring 3 hosts, Clustering 2 nodes", "Monitoring 3 hosts, Clustering 2 nodes"),
        ("receptor 16.784.392-2 rechazado", "16.784.392-2"),
        ("empresa 30-71234567-1 y 20-28456123-8", "30-71234567-1 y 20-28456123-8"),
        ("version 1.234.567-2 released", "version 1.234.567-2"),
        ("ordenante GATL760904QW4 invalido", "GATL760904QW4"),
        ("docker pull nginx@sha256 done", "nginx@sha256"),
        ("2024-06-03 07:00:02,019 ERROR metabase.email :: Failed to send email", "Failed to send email"),
        ("Field health anomaly on prod.crm.customers.phone: 212 duplicates of x", "phone: 212 duplicates"),
        (#"  File "/home/airflow/.local/lib/python3.11/site-packages/airflow/models/taskinstance.py", line 444"#, "/home/airflow/.local"),
        ("ssh -i key ubuntu@host; ls /home/ubuntu/app /home/ec2-user", "/home/ubuntu/app /home/ec2-user"),
    ])
    func kept(_ line: String, _ text: String) {
        FuzzRegressionTests.expectText(line, text, replaced: false)
    }
}
