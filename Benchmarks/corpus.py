#!/usr/bin/env python3
"""Generates deterministic benchmark corpora for `veil scrub`.

  corpus.py mixed  SIZE_MB > mixed.log   # JSON, nginx, logfmt, syslog, stack traces, curl dumps;
                                         # ~1 JWT per 10 lines, emails, IPs, cards, phones
  corpus.py clean  SIZE_MB > clean.log   # the same formats with no secrets at all
  corpus.py jwt    SIZE_MB > jwt.log     # every line carries a JWT

Only the standard library is used, so it runs anywhere Python 3 does.
"""
import base64, json, random, sys

R = random.Random(20241129)
FIRST = ["jane", "john", "maria", "wei", "amir", "olga", "li", "fatima", "pedro", "anna", "kofi", "yuki"]
LAST = ["doe", "smith", "garcia", "chen", "khan", "ivanova", "nguyen", "okafor", "silva", "muller"]
DOMAINS = ["example.com", "mail.example.org", "corp.example.net", "gmail.com", "outlook.com"]
PATHS = ["/api/v1/orders", "/api/v1/users/me", "/login", "/healthz", "/static/app.js", "/api/v2/items", "/metrics"]
UAS = ["Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36", "curl/8.4.0", "Go-http-client/2.0", "python-requests/2.31.0"]
SERVICES = ["api", "billing", "worker", "auth", "gateway"]

def b64(obj):
    raw = json.dumps(obj, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()

def email():
    return f"{R.choice(FIRST)}.{R.choice(LAST)}{R.randint(1, 999)}@{R.choice(DOMAINS)}"

def ipv4():
    return f"{R.choice([203, 198, 192, 81, 91, 145])}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"

def luhn_card():
    prefix = R.choice(["4", "51", "55", "37", "6011"])
    length = 15 if prefix == "37" else 16
    digits = [int(c) for c in prefix] + [R.randint(0, 9) for _ in range(length - len(prefix) - 1)]
    total = 0
    for i, d in enumerate(reversed(digits)):
        d = d * 2 if i % 2 == 0 else d
        total += d - 9 if d > 9 else d
    digits.append((10 - total % 10) % 10)
    return "".join(map(str, digits))

def jwt():
    header = {"alg": R.choice(["RS256", "ES256", "HS256"]), "typ": "JWT", "kid": f"k{R.randint(1, 9)}"}
    payload = {"iss": "https://idp.example.com", "sub": str(R.randint(10000, 99999)), "aud": "api",
               "email": email(), "exp": 1714557600 + R.randint(0, 9999), "iat": 1714554000, "scope": "openid profile"}
    sig = base64.urlsafe_b64encode(R.randbytes(64)).rstrip(b"=").decode()
    return f"{b64(header)}.{b64(payload)}.{sig}"

def ts():
    return f"2024-05-{R.randint(1, 28):02d}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}.{R.randint(0, 999):03d}Z"

def uuid():
    return "%08x-%04x-4%03x-%04x-%012x" % (R.getrandbits(32), R.getrandbits(16), R.getrandbits(12), R.getrandbits(16) | 0x8000 & 0xbfff, R.getrandbits(48))

def clean_line():
    kind = R.randrange(6)
    if kind == 0:
        return json.dumps({"ts": ts(), "level": R.choice(["info", "debug", "warn"]), "service": R.choice(SERVICES),
                           "msg": "request completed", "request_id": uuid(), "status": R.choice([200, 201, 204, 404]),
                           "duration_ms": R.randint(1, 900), "path": R.choice(PATHS)}, separators=(",", ":"))
    if kind == 1:
        return (f'lb0{R.randint(1, 4)}.internal - - [01/May/2024:10:{R.randint(10, 59)}:{R.randint(10, 59)} +0000] '
                f'"GET {R.choice(PATHS)} HTTP/1.1" {R.choice([200, 304, 404])} {R.randint(100, 99999)} "-" "{R.choice(UAS)}"')
    if kind == 2:
        return (f"ts={ts()} level=info service={R.choice(SERVICES)} msg=\"job finished\" job_id={R.randint(1, 10**9)} "
                f"attempt={R.randint(1, 3)} took={R.randint(1, 5000)}ms version=1.{R.randint(0, 9)}.{R.randint(0, 20)}")
    if kind == 3:
        return f"May  1 10:{R.randint(10, 59)}:{R.randint(10, 59)} web0{R.randint(1, 4)} systemd[1]: Started Session {R.randint(1, 9999)} of user service."
    if kind == 4:
        return f'    at com.example.orders.OrderService.process(OrderService.java:{R.randint(10, 900)}) ~[orders-2.{R.randint(0, 9)}.{R.randint(0, 9)}.jar:?]'
    return f"< HTTP/1.1 {R.choice([200, 404])} OK\r".rstrip("\r") + f" content-length: {R.randint(10, 99999)} x-request-id: {uuid()}"

def secret_line():
    kind = R.randrange(8)
    if kind == 0:
        return json.dumps({"ts": ts(), "level": "info", "msg": "login", "user": {"email": email(), "ip": ipv4()},
                           "request_id": uuid(), "status": 200}, separators=(",", ":"))
    if kind == 1:
        return (f'{ipv4()} - - [01/May/2024:10:{R.randint(10, 59)}:{R.randint(10, 59)} +0000] '
                f'"GET {R.choice(PATHS)}?email={email().replace("@", "%40")} HTTP/1.1" 200 {R.randint(100, 9999)} "-" "{R.choice(UAS)}"')
    if kind == 2:
        return f"ts={ts()} level=info msg=\"payment ok\" customer_email={email()} card={luhn_card()} amount={R.randint(1, 999)}.{R.randint(0, 99):02d}"
    if kind == 3:
        return f"May  1 10:{R.randint(10, 59)}:{R.randint(10, 59)} web01 sshd[{R.randint(100, 99999)}]: Failed password for invalid user {R.choice(FIRST)} from {ipv4()} port {R.randint(1024, 65535)} ssh2"
    if kind == 4:
        return f"> Authorization: Bearer {R.getrandbits(128):032x}"
    if kind == 5:
        return f"{ts()} WARN notify phone=+1 415 555 {R.randint(1000, 9999)} email={email()}"
    if kind == 6:
        return f"{ts()} DEBUG db url=postgres://app:{R.getrandbits(64):016x}@db.internal:5432/orders"
    return f"{ts()} INFO contact {email()} from {ipv4()}"

def jwt_line():
    kind = R.randrange(3)
    if kind == 0:
        return f"> Authorization: Bearer {jwt()}"
    if kind == 1:
        return json.dumps({"ts": ts(), "level": "debug", "msg": "token issued", "token": jwt(), "client_id": "web"}, separators=(",", ":"))
    return f'{ipv4()} - - [01/May/2024:10:00:00 +0000] "GET /cb?code=x&id_token={jwt()} HTTP/1.1" 302 0'

def main():
    mode, size_mb = sys.argv[1], float(sys.argv[2])
    target = int(size_mb * 1_000_000)
    out = sys.stdout
    written = 0
    n = 0
    while written < target:
        n += 1
        if mode == "clean":
            line = clean_line()
        elif mode == "jwt":
            line = jwt_line()
        else:
            r = R.random()
            line = jwt_line() if r < 0.1 else secret_line() if r < 0.35 else clean_line()
        out.write(line + "\n")
        written += len(line) + 1

if __name__ == "__main__":
    main()
