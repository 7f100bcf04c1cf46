#!/usr/bin/env bash
# Installs what is missing, builds veil (release) and scrubs the bundled sample log,
# printing input and output side by side.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build -c release --product veil >&2
veil=$(swift build -c release --show-bin-path)/veil
sample=samples/app.log
"$veil" scrub --ephemeral-key --stats "$sample" > /tmp/veil-demo.out
paste -d '\n' "$sample" /tmp/veil-demo.out | awk 'NR % 2 == 1 { print "in : " $0; next } { print "out: " $0; print "" }'
