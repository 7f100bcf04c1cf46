#!/usr/bin/env bash
# Entries/s from a journald namespace: `veil daemon --output json --no-follow`
# against `journalctl --namespace … -o json` (the ceiling) over the same entries.
# Needs root (it starts a private systemd-journald namespace). Usage:
#   Benchmarks/daemon-throughput.sh [ENTRIES]   (default 200000)
set -euo pipefail
cd "$(dirname "$0")/.."
entries=${1:-200000}
swift build -c release --product veil >&2
veil=$(swift build -c release --show-bin-path)/veil
ns="veil-bench-$$"
work=$(mktemp -d)
conf=/etc/systemd/journald@$ns.conf
printf '[Journal]\nStorage=volatile\nRateLimitIntervalSec=0\nRateLimitBurst=0\n' > "$conf"
/lib/systemd/systemd-journald "$ns" >/dev/null 2>&1 &
jpid=$!
cleanup() {
  kill "$jpid" 2>/dev/null || true; wait "$jpid" 2>/dev/null || true
  rm -rf "$work" "$conf" "/run/systemd/journal.$ns" "/run/log/journal/$(cat /etc/machine-id).$ns" "/var/log/journal/$(cat /etc/machine-id).$ns"
}
trap cleanup EXIT
for _ in $(seq 100); do [ -S "/run/systemd/journal.$ns/socket" ] && break; sleep 0.05; done

# Realistic entries: an e-mail, a JWT every 4th line, an IP, a few user fields.
python3 - "$ns" "$entries" <<'PY'
import socket, sys
ns, n = sys.argv[1], int(sys.argv[2])
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 8 << 20)
jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
path = f"/run/systemd/journal.{ns}/socket"
for i in range(n):
    msg = f"request {i} from 203.0.113.{i % 250} user user{i}@example.com status=200 bytes={i * 7 % 9000}"
    if i % 4 == 0:
        msg += f" Authorization: Bearer {jwt}"
    d = f"MESSAGE={msg}\nPRIORITY=6\nSYSLOG_IDENTIFIER=bench\nSEQ={i}\nREQUEST_ID=req-{i:08x}\n".encode()
    while True:
        try:
            s.sendto(d, path); break
        except (BlockingIOError, ConnectionRefusedError, OSError):
            pass
PY
for _ in $(seq 300); do
  [ -n "$(journalctl --namespace="$ns" --no-pager -o cat SEQ=$((entries - 1)) 2>/dev/null)" ] && break; sleep 0.2
done
count=$(journalctl --namespace="$ns" --no-pager -o json | wc -l)
head -c 32 /dev/urandom > "$work/k1.key"; chmod 600 "$work/k1.key"

now() { date +%s.%N; }
t0=$(now); journalctl --namespace="$ns" --no-pager -o json > "$work/journalctl.json"; t1=$(now)
mkdir "$work/state"
t2=$(now); "$veil" daemon --namespace "$ns" --since start --no-follow --state-dir "$work/state" --key-file "$work/k1.key" --output-file "$work/veil.json"; t3=$(now)
veil_lines=$(wc -l < "$work/veil.json")
python3 - "$count" "$t0" "$t1" "$veil_lines" "$t2" "$t3" <<'PY'
import sys
n, t0, t1, m, t2, t3 = int(sys.argv[1]), *map(float, sys.argv[2:4]), int(sys.argv[4]), *map(float, sys.argv[5:7])
jc, vd = n / (t1 - t0), m / (t3 - t2)
print(f"journal entries:          {n}")
print(f"journalctl -o json:       {t1 - t0:6.2f} s  {jc:10.0f} entries/s  (ceiling)")
print(f"veil daemon --output json:{t3 - t2:6.2f} s  {vd:10.0f} entries/s  ({m} lines, fsync per 512-entry batch)")
print(f"ratio:                    {100 * vd / jc:5.1f} % of journalctl")
PY
