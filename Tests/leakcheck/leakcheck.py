#!/usr/bin/env python3
"""Differential leak check of `veil scrub` against an independent oracle.

The corpus is generated with libraries that are not Veil's (Faker, PyJWT,
cryptography) in realistic line formats. Every planted secret is labelled, and so
is every planted harmless value. The built `veil scrub --key-file …` runs over the
corpus; a line passes when none of its secrets survives in the output line at the
same position (also not lower-cased, URL-encoded or JSON-escaped), and the keep
rate counts the harmless values that survive verbatim.

    python3 Tests/leakcheck/leakcheck.py [--lines 100000] [--seed 1] [--veil PATH]

The script creates its own venv (/tmp/veil-leakcheck-venv, or $VEIL_LEAKCHECK_VENV)
with faker, pyjwt and cryptography from PyPI and re-runs itself there.
Exit status: 0 when nothing leaked and the keep rate reaches --keep-target,
1 otherwise, 2 on a setup error. Closing line: `leakcheck: N passed, M failed`.
"""
import argparse
import datetime
import uuid
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
VENV = os.environ.get("VEIL_LEAKCHECK_VENV", "/tmp/veil-leakcheck-venv")


def ensure_venv():
    try:
        import faker  # noqa: F401
        import jwt  # noqa: F401
        import cryptography  # noqa: F401
        return
    except ImportError:
        pass
    if os.environ.get("VEIL_LEAKCHECK_IN_VENV"):
        sys.exit("leakcheck: faker/pyjwt/cryptography missing inside the venv")
    py = os.path.join(VENV, "bin", "python")
    if not os.path.exists(py):
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
    subprocess.run([py, "-m", "pip", "install", "-q", "--disable-pip-version-check",
                    "faker", "pyjwt", "cryptography"], check=True)
    env = dict(os.environ, VEIL_LEAKCHECK_IN_VENV="1")
    os.execve(py, [py] + sys.argv, env)


ensure_venv()

import jwt  # noqa: E402
from cryptography.hazmat.primitives.asymmetric import rsa  # noqa: E402
from faker import Faker  # noqa: E402


class Gen:
    """Labelled secrets (S) and harmless values (H), with Faker as the oracle."""

    def __init__(self, seed):
        self.r = random.Random(seed)
        Faker.seed(seed)
        self.f = Faker("en_US")
        self.us = self.f
        self.locales = [Faker(loc) for loc in ("en_GB", "de_DE", "fr_FR", "nl_NL", "es_ES")]
        self.world = self.locales + [Faker(loc) for loc in ("en_US", "en_CA", "en_AU", "en_IN", "it_IT", "pt_BR", "pl_PL", "sv_SE")]
        self.t0 = 1_640_000_000
        self.rsa = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.hs_key = "leakcheck-hmac-secret-key-material-" + str(seed)

    # --- secrets -------------------------------------------------------------
    def email(self):
        f = self.r.choice([self.f] + self.locales)
        return self.r.choice([f.email, f.free_email, f.company_email, f.safe_email])()

    def phone(self):
        # Faker's en_US formats, extensions (`x123`) included.
        return self.us.phone_number()

    def world_phone(self):
        # A national number of one of Faker's locales (spoken context: `sms sent to …`).
        return self.r.choice(self.world).phone_number()

    def ipv4(self):
        return self.f.ipv4_public()

    def ipv6(self):
        return self.f.ipv6()

    def card(self):
        return self.f.credit_card_number()

    def iban(self):
        return self.r.choice(self.locales + [self.f]).iban()

    def ssn(self):
        return self.us.ssn()

    def jwt(self):
        claims = {"sub": str(self.f.uuid4()), "email": self.email(), "name": self.f.name(),
                  "phone_number": self.phone(), "iss": "https://idp.example.com/", "aud": "api",
                  "iat": self.r.randint(1_600_000_000, 1_800_000_000), "exp": 1_900_000_000}
        if self.r.random() < 0.5:
            tok = jwt.encode(claims, self.hs_key, algorithm="HS256")
        else:
            tok = jwt.encode(claims, self.rsa, algorithm="RS256", headers={"kid": "k1"})
        head, payload, sig = tok.split(".")
        # The token, its signature and the PII claims must all stay out.
        return tok, [tok, sig, payload, claims["email"]]

    def bearer(self):
        return self.r.choice([self.f.sha1, lambda: self.f.password(length=32, special_chars=False),
                              lambda: self.f.pystr(min_chars=24, max_chars=40)])()

    def aws_key_id(self):
        return "AKIA" + "".join(self.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16))

    def aws_secret(self):
        return "".join(self.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+") for _ in range(40))

    def password(self, special=True):
        return self.f.password(length=self.r.randint(8, 16), special_chars=special)

    # --- harmless values -----------------------------------------------------
    def dt(self):
        return datetime.datetime.fromtimestamp(self.t0 + self.r.randrange(90_000_000), datetime.timezone.utc)

    def iso(self):
        return self.dt().strftime("%Y-%m-%dT%H:%M:%S.") + f"{self.r.randint(0, 999):03d}Z"

    def syslog_ts(self):
        return self.dt().strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1)

    def clf_ts(self):
        return self.dt().strftime("%d/%b/%Y:%H:%M:%S +0000")

    def epoch(self):
        return str(self.r.randint(1_600_000_000, 1_800_000_000))

    def epoch_ms(self):
        return str(self.r.randint(1_600_000_000_000, 1_800_000_000_000))

    def uuid(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def status(self):
        return self.r.choice(["200", "201", "204", "301", "302", "400", "401", "403", "404", "409", "500", "502", "503"])

    def duration(self):
        return self.r.choice([f"{self.r.randint(1, 999)}ms", f"{self.r.random() * 10:.3f}s", f"{self.r.randint(1, 59)}m{self.r.randint(0, 59)}s"])

    def version(self):
        return f"{self.r.randint(0, 12)}.{self.r.randint(0, 30)}.{self.r.randint(0, 99)}"

    def order(self):
        return self.r.choice(["ORD-", "INV-", "order_", "ticket-"]) + str(self.r.randint(10_000, 99_999_999))

    def sha(self):
        return "%040x" % self.r.getrandbits(160)

    def host(self):
        return self.f.hostname()

    def pid(self):
        return str(self.r.randint(100, 65000))

    def port(self):
        return str(self.r.randint(1024, 65535))


# --- the documented detector scope ------------------------------------------------
# A leak of a value that the detectors document as out of their scope is reported
# (counted and listed as "outside the documented scope") but does not fail the run;
# every other leak does. The predicates are written from the detector docs, not
# from the detector code (Sources/Veil/Detectors/PII/*.swift headers).

def _digits(v):
    return "".join(c for c in v if c.isdigit())


def card_in_scope(v):
    """PaymentCardDetector: issuer prefix + length table, 12-19 digits (12 for Maestro only), Luhn."""
    d = _digits(v)
    n = len(d)
    if not 12 <= n <= 19:
        return False
    p2, p3, p4 = int(d[:2]), int(d[:3]), int(d[:4])
    table = [
        (d[0] == "4", (13, 16, 19)),
        (51 <= p2 <= 55 or 2221 <= p4 <= 2720, (16,)),
        (p2 in (34, 37) or p4 in (2131, 1800), (15,)),
        (d.startswith("6011") or 644 <= p3 <= 649 or p2 == 65, range(16, 20)),
        (p2 == 35, range(16, 20)),
        (300 <= p3 <= 305 or p4 == 3095 or p2 in (36, 38, 39), range(14, 20)),
        (p2 == 62, range(16, 20)),
        (2200 <= p4 <= 2204, range(16, 20)),
        (p2 in (50, 56, 57, 58, 67) or p4 in (6304, 6390) or d.startswith("0604"), range(12, 20)),
    ]
    return any(ok and n in lengths for ok, lengths in table)


def phone_in_scope(v):
    """PhoneDetector: E.164 with '+' (or the '00' call prefix with separated groups and at
    least 9 digits after it), or North American with separators and valid codes."""
    v = re.split(r"\s?(?:x|ext\.?\s?)\d+$", v.strip())[0]  # an extension is part of the number
    if v.startswith("+"):
        return True
    d = _digits(v)
    if v.startswith("00") and not v.isdigit():
        return 9 <= len(d) - 2 <= 15
    if v.startswith("1-") or v.startswith("1 ") or v.startswith("1."):
        d = d[1:]
    if len(d) != 10 or v.isdigit() or v.startswith("001"):
        return False

    def code_ok(c):
        return c[0] in "23456789" and c[1:] != "11" and (c[1:] != "00" or c == "800")
    return code_ok(d[:3]) and code_ok(d[3:6])


def spoken_phone_in_scope(v):
    """PhoneDetector after spoken context: national numbers of any country, 7-13 digits in
    groups (an optional (area) group, an optional x extension), or 8-13 digits alone (eight
    that read as a yyyyMMdd date stay)."""
    v = re.split(r"\s?(?:x|ext\.?\s?)\d+$", v.strip())[0]
    if v.startswith("+"):
        return True
    d = _digits(v)
    if len(d) == 8 and v.isdigit():
        y, m, day = int(d[:4]), int(d[4:6]), int(d[6:])
        return not (1900 <= y <= 2099 and 1 <= m <= 12 and 1 <= day <= 31)
    return 7 <= len(d) <= 13 and (len(d) >= 9 or not v.isdigit())


def in_scope(label, value):
    if label == "phone_spoken":
        return spoken_phone_in_scope(value)
    if label == "card":
        return card_in_scope(value)
    if label == "phone":
        return phone_in_scope(value)
    return True


def make_line(g):
    """Returns (line, [(label, value, forms)], [(label, value)])."""
    r = g.r
    S, H = [], []

    def s(label, value, also=()):
        S.append((label, value, list(also) or [value]))
        return value

    def h(label, value):
        H.append((label, value))
        return value

    k = r.randrange(19)
    if k == 0:  # nginx access log
        ip = s("ipv4", g.ipv4())
        q = r.choice(["email", "access_token", "none"])
        query = ""
        if q == "email":
            query = "?email=" + s("email", g.email())
        elif q == "access_token":
            query = "?access_token=" + s("bearer", g.bearer())
        line = (f'{ip} - - [{h("clf_ts", g.clf_ts())}] "GET /api/v1/orders/{h("order", g.order())}{query} HTTP/1.1" '
                f'{h("status", g.status())} {r.randint(100, 99999)} "-" "Mozilla/5.0 (X11; Linux x86_64)" rt={h("duration", g.duration())}')
    elif k == 1:  # apache error log
        line = (f'[{g.dt().strftime("%a %b %d %H:%M:%S.%f %Y")}] [auth_basic:error] [pid {h("pid", g.pid())}] '
                f'[client {s("ipv4", g.ipv4())}:{g.port()}] AH01617: user {s("email", g.email())}: authentication failure for "/admin": Password Mismatch')
    elif k == 2:  # syslog / sshd
        host = h("hostname", g.host())
        if r.random() < 0.5:
            line = f'{h("syslog_ts", g.syslog_ts())} {host} sshd[{h("pid", g.pid())}]: Failed password for invalid user admin from {s("ipv6", g.ipv6())} port {g.port()} ssh2'
        else:
            line = f'{h("syslog_ts", g.syslog_ts())} {host} sshd[{h("pid", g.pid())}]: Accepted publickey for deploy from {s("ipv4", g.ipv4())} port {g.port()} ssh2: RSA SHA256:{g.f.pystr(43, 43)}'
    elif k == 3:  # JSON log
        obj = {"ts": h("iso_ts", g.iso()), "level": r.choice(["info", "warn", "error"]), "msg": "user signed up",
               "request_id": h("uuid", g.uuid()), "duration": h("duration", g.duration()), "status": int(h("status", g.status()))}
        for field, fn in r.sample([("email", g.email), ("phone", g.phone), ("client_ip", g.ipv4), ("password", g.password),
                                   ("card_number", g.card), ("iban", g.iban), ("ssn", g.ssn)], 3):
            label = {"client_ip": "ipv4", "card_number": "card"}.get(field, field)
            v = fn()
            s(label, v, [v, json.dumps(v)[1:-1]])
            obj[field] = v
        line = json.dumps(obj)
    elif k == 4:  # logfmt
        card = s("card", g.card())
        iban = s("iban", g.iban())
        line = (f'time={h("iso_ts", g.iso())} level=info msg="payment accepted" card={card} iban={iban} '
                f'order_id={h("order", g.order())} duration={h("duration", g.duration())} host={h("hostname", g.host())} version={h("version", g.version())}')
    elif k == 5:  # Python logging
        ts = g.dt().strftime("%Y-%m-%d %H:%M:%S") + f",{r.randint(0, 999):03d}"
        line = f'{ts} - app.auth - INFO - Login succeeded for {s("email", g.email())} from {s("ipv4", g.ipv4())} (session {h("uuid", g.uuid())}, {h("duration", g.duration())})'
    elif k == 6:  # Java stack trace pieces
        c = r.randrange(3)
        if c == 0:
            pw = g.password(special=False)
            line = f'Caused by: org.postgresql.util.PSQLException: Connection to jdbc:postgresql://app:{s("url_password", pw)}@{h("hostname", g.host())}:5432/orders refused'
        elif c == 1:
            line = f'java.lang.IllegalStateException: invalid card {s("card", g.card())} for customer {s("email", g.email())} (order {h("order", g.order())})'
        else:
            line = f'\tat com.example.billing.ChargeService.charge(ChargeService.java:{r.randint(10, 999)}) ~[billing-{h("version", g.version())}.jar:na]'
    elif k == 7:  # curl -v
        c = r.randrange(4)
        if c == 0:
            tok, forms = g.jwt()
            S.append(("jwt", tok, forms))
            line = f"> Authorization: Bearer {tok}"
        elif c == 1:
            line = f"> Authorization: Bearer {s('bearer', g.bearer())}"
        elif c == 2:
            line = f"> Cookie: session={s('bearer', g.bearer())}; theme=dark"
        else:
            # (An order's id in a path stays; a user's, `/v1/users/<uuid>`, is the person's since stop 51.)
            line = f"> GET /v1/orders/{h('uuid', g.uuid())}?ssn={s('ssn', g.ssn())} HTTP/1.1"
    elif k == 8:  # k8s events
        pw = g.password(special=False)
        if r.random() < 0.5:
            line = (f'default     {r.randint(1, 59)}s   Warning   Failed   pod/api-{h("sha", g.sha()[:10])}   '
                    f'Error: env DATABASE_URL=postgres://admin:{s("url_password", pw)}@{h("hostname", g.host())}:5432/app')
        else:
            line = json.dumps({"kind": "Event", "type": "Warning", "reason": "BackOff", "firstTimestamp": h("iso_ts", g.iso()),
                               "involvedObject": {"kind": "Pod", "name": "web-" + h("sha", g.sha()[:8]), "uid": h("uuid", g.uuid())},
                               "message": f'probe failed for user {s("email", g.email())} from {s("ipv4", g.ipv4())}'})
    elif k == 9:  # AWS keys
        line = f'{h("iso_ts", g.iso())} deploy: aws_access_key_id={s("aws_key", g.aws_key_id())} aws_secret_access_key={s("aws_secret", g.aws_secret())} region=eu-west-1'
    elif k == 10:  # passwords in key=value / JSON
        pw = g.password()
        c = r.randrange(3)
        if c == 0:
            line = f'{h("iso_ts", g.iso())} INFO config loaded: user=admin password={s("password", pw)} timeout={h("duration", g.duration())}'
        elif c == 1:
            line = json.dumps({"event": "login", "user": "admin", "password": s("password", pw, [pw, json.dumps(pw)[1:-1]]), "ts": h("epoch", g.epoch())})
        else:
            line = f'level=warn msg="retrying" passwd="{s("password", pw)}" attempt=2 at={h("epoch_ms", g.epoch_ms())}'
    elif k == 11:  # JWTs in JSON and query strings
        tok, forms = g.jwt()
        S.append(("jwt", tok, forms))
        if r.random() < 0.5:
            line = json.dumps({"ts": h("iso_ts", g.iso()), "msg": "token refreshed", "token": tok, "trace_id": h("uuid", g.uuid())})
        else:
            line = f'{h("iso_ts", g.iso())} GET /callback?id_token={tok}&state={h("sha", g.sha()[:16])} {h("status", g.status())}'
    elif k == 12:  # SEPA / SSN / phone in text
        line = (f'{h("iso_ts", g.iso())} billing: SEPA transfer to {s("iban", g.iban())} ref={h("order", g.order())} '
                f'callback {s("phone", g.phone())} ssn {s("ssn", g.ssn())}')
    elif k == 13:  # phone + email in text
        line = f'{h("syslog_ts", g.syslog_ts())} {h("hostname", g.host())} notify[{h("pid", g.pid())}]: sms to {s("phone", g.phone())} for {s("email", g.email())} sent in {h("duration", g.duration())}'
    elif k == 14:  # command lines in CI logs and sudo records: account and password
        user = g.f.user_name()
        pw = g.password(special=False)
        c = r.randrange(4)
        if c == 0:
            line = f'{h("iso_ts", g.iso())} ci[{h("pid", g.pid())}]: + docker login -u {s("username", user)} -p {s("password", pw)} registry.example.com'
        elif c == 1:
            line = (f'{h("syslog_ts", g.syslog_ts())} {h("hostname", g.host())} sudo[{h("pid", g.pid())}]:   deploy : TTY=pts/0 ; PWD=/srv ; USER=root ; '
                    f'COMMAND=/usr/bin/mysql -u {s("username", user)} -p{s("password", pw)} -h {h("hostname", g.host())}')
        elif c == 2:
            line = f'{h("iso_ts", g.iso())} backup: running PGPASSWORD={s("password", pw)} pg_dump -h {h("hostname", g.host())} -U {s("username", user)} orders'
        else:
            line = f'{h("iso_ts", g.iso())} ci: + curl -fsS -u {s("username", user)}:{s("password", pw)} https://{h("hostname", g.host())}/api/deploy'
    elif k == 15:  # telephony: SIP registrations and URL-encoded numbers in webhooks
        d = _digits(g.phone())
        e164 = "+1" + d if len(d) == 10 else "+" + d if len(d) == 11 and d[0] == "1" else "+44" + d[-10:]
        if r.random() < 0.5:
            ip = s("ipv4", g.ipv4())
            line = (f'{h("syslog_ts", g.syslog_ts())} pbx asterisk[{h("pid", g.pid())}]: NOTICE[{h("pid", g.pid())}]: chan_sip.c:{r.randint(100, 9999)} '
                    f"handle_request_invite: Registration from '\"{g.f.first_name()}\" <sip:{s('phone', e164)}@{ip}>' failed for '{ip}:5060' - Wrong password")
        else:
            line = (f'{h("iso_ts", g.iso())} twilio-webhook: POST /sms/status MessageSid=SM{h("sha", g.sha()[:32])}&MessageStatus=delivered'
                    f'&From=%2B{s("phone", e164[1:], [e164[1:]])}&To=%2B15005550006 {h("status", g.status())}')
    elif k == 16:  # national numbers of other countries after spoken context
        p = g.world_phone()
        c = r.randrange(3)
        if c == 0:
            line = f'{h("iso_ts", g.iso())} INFO notify: SMS sent to {s("phone_spoken", p)} (template otp, {h("duration", g.duration())})'
        elif c == 1:
            line = f'{h("syslog_ts", g.syslog_ts())} {h("hostname", g.host())} crm[{h("pid", g.pid())}]: customer asked to call back at {s("phone_spoken", p)} ref={h("order", g.order())}'
        else:
            line = f'{h("iso_ts", g.iso())} WARN whatsapp: message to {s("phone_spoken", p)} failed, status {h("status", g.status())}'
    else:  # harmless only: over-redaction probe
        line = (f'{h("iso_ts", g.iso())} deploy {h("sha", g.sha())} version {h("version", g.version())} to {h("hostname", g.host())} '
                f'took {h("duration", g.duration())} at {h("epoch", g.epoch())} req {h("uuid", g.uuid())} status {h("status", g.status())} {h("order", g.order())}')
    return line, S, H


def forms_of(value):
    out = {value, value.lower(), urllib.parse.quote(value, safe=""), urllib.parse.quote_plus(value), json.dumps(value)[1:-1]}
    return {f for f in out if len(f) >= 4}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lines", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--veil", default=None, help="veil binary (default: release build, built if missing)")
    ap.add_argument("--keep-target", type=float, default=0.99)
    ap.add_argument("--show", type=int, default=4, help="examples per leak pattern")
    ap.add_argument("--report", default=None, help="write every failure as JSON lines here")
    a = ap.parse_args()

    veil = a.veil or os.path.join(ROOT, ".build", "release", "veil")
    if not os.path.exists(veil):
        print("leakcheck: building veil (release)", file=sys.stderr)
        subprocess.run(["swift", "build", "-c", "release", "--product", "veil"], cwd=ROOT, check=True)

    t0 = time.time()
    g = Gen(a.seed)
    lines, labels = [], []
    for _ in range(a.lines):
        line, S, H = make_line(g)
        assert "\n" not in line
        lines.append(line)
        labels.append((S, H))
    t1 = time.time()

    with tempfile.TemporaryDirectory() as tmp:
        key = os.path.join(tmp, "lk.key")
        with open(key, "wb") as fh:
            fh.write(os.urandom(32))
        os.chmod(key, 0o600)
        data = ("\n".join(lines) + "\n").encode()
        p = subprocess.run([veil, "scrub", "--key-file", key], input=data, capture_output=True)
    t2 = time.time()
    if p.returncode != 0:
        print(p.stderr.decode(errors="replace"), file=sys.stderr)
        print(f"leakcheck: veil exited {p.returncode}", file=sys.stderr)
        sys.exit(2)
    out = p.stdout.decode(errors="replace").split("\n")
    if out and out[-1] == "":
        out.pop()
    if len(out) != len(lines):
        print(f"leakcheck: line count {len(lines)} -> {len(out)}", file=sys.stderr)
        sys.exit(1)

    leaks = {}            # label -> list of (line, value, output)
    gaps = {}             # leaks outside the documented detector scope
    secrets_by_label = {}
    kept = {}
    harmless_total = {}
    failed_lines = 0
    over = {}
    report = open(a.report, "w") if a.report else None
    for i, (line, (S, H)) in enumerate(zip(lines, labels)):
        o = out[i]
        bad = False
        for label, value, forms in S:
            secrets_by_label[label] = secrets_by_label.get(label, 0) + 1
            hit = next((f for v in forms for f in forms_of(v) if f in o), None)
            if hit is not None and not in_scope(label, value):
                gaps.setdefault(label, []).append((line, hit, o))
            elif hit is not None:
                bad = True
                leaks.setdefault(label, []).append((line, hit, o))
                if report:
                    report.write(json.dumps({"kind": "leak" if in_scope(label, value) else "gap", "label": label, "value": hit, "input": line, "output": o}) + "\n")
        if bad:
            failed_lines += 1
        for label, value in H:
            harmless_total[label] = harmless_total.get(label, 0) + 1
            if value in o:
                kept[label] = kept.get(label, 0) + 1
            else:
                over.setdefault(label, []).append((line, value, o))
                if report:
                    report.write(json.dumps({"kind": "over-redaction", "label": label, "value": value, "input": line, "output": o}) + "\n")
    if report:
        report.close()

    n_h = sum(harmless_total.values())
    n_k = sum(kept.values())
    keep_rate = n_k / n_h if n_h else 1.0
    n_s = sum(secrets_by_label.values())
    n_leaks = sum(len(v) for v in leaks.values())
    mb = len(data) / 1e6
    print(f"leakcheck: {len(lines)} lines ({mb:.1f} MB) generated in {t1 - t0:.1f} s, scrubbed in {t2 - t1:.1f} s ({mb / max(t2 - t1, 1e-9):.1f} MB/s)")
    print(f"leakcheck: secrets {n_s}, leaked {n_leaks} (+{sum(len(v) for v in gaps.values())} outside the documented detector scope)")
    for label in sorted(secrets_by_label):
        n = len(leaks.get(label, []))
        gap = len(gaps.get(label, []))
        print(f"  {label:14s} {secrets_by_label[label]:7d} planted  {n:6d} leaked" + (f"  ({gap} more outside the documented scope)" if gap else ""))
    for label, items in sorted(leaks.items()):
        print(f"leak examples [{label}]:")
        for line, hit, o in items[:a.show]:
            print(f"    in:  {line[:300]}\n    hit: {hit}\n    out: {o[:300]}")
    for label, items in sorted(gaps.items()):
        print(f"outside the documented detector scope [{label}] ({len(items)}, not failing):")
        for line, hit, o in items[:a.show]:
            print(f"    in:  {line[:300]}\n    hit: {hit}\n    out: {o[:300]}")
    print(f"leakcheck: harmless values {n_h}, kept {n_k} ({keep_rate * 100:.2f} %, target {a.keep_target * 100:.0f} %)")
    for label in sorted(harmless_total):
        print(f"  {label:14s} {harmless_total[label]:7d} planted  {kept.get(label, 0) / harmless_total[label] * 100:6.2f} % kept")
    for label, items in sorted(over.items()):
        print(f"over-redaction examples [{label}] ({len(items)}):")
        for line, value, o in items[:a.show]:
            print(f"    in:  {line[:300]}\n    val: {value}\n    out: {o[:300]}")
    checks_failed = failed_lines + (0 if keep_rate >= a.keep_target else 1)
    print(f"leakcheck: {len(lines) - failed_lines + (1 if keep_rate >= a.keep_target else 0)} passed, {checks_failed} failed")
    sys.exit(0 if checks_failed == 0 else 1)


if __name__ == "__main__":
    main()
