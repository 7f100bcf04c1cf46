#!/usr/bin/env bash
# Builds every libFuzzer target (release, libFuzzer + AddressSanitizer) into Fuzz/.build.
# Linker chatter from gold about ASan's local symbols is filtered out.
set -uo pipefail
cd "$(dirname "$0")"
log=$(mktemp)
swift build -c release ${FUZZ_JOBS:+-j "$FUZZ_JOBS"} \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library >"$log" 2>&1
status=$?
grep -vE "Cannot export local symbol|^\[[0-9]+/[0-9]+\] " "$log" >&2
rm -f "$log"
exit $status
