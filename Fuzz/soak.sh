#!/usr/bin/env bash
# Usage: Fuzz/soak.sh TARGET CPU_MINUTES
# A long fuzz run that counts CPU time, not wall time: it runs Fuzz/run.sh in libFuzzer's
# fork mode (crashes, timeouts and OOMs are saved to Fuzz/artifacts/ and the run goes on)
# until the fuzzer processes have used CPU_MINUTES of CPU, so a niced soak on a busy
# machine still gets its full budget. Figures go to Fuzz/soak-logs/TARGET.log.
# Afterwards, list Fuzz/artifacts/TARGET-*: every file there is a finding to triage.
set -uo pipefail
cd "$(dirname "$0")"
# With autogroup scheduling (/proc/sys/kernel/sched_autogroup_enabled = 1) `nice` ranks processes
# only inside one session: a soak started with setsid is a group of its own and takes an equal
# share of the CPU from builds and CI. Lowering the group's own weight keeps the soak in the
# background; its budget is CPU time, so it only takes longer.
if [ -w /proc/self/autogroup ]; then echo 19 > /proc/self/autogroup 2>/dev/null || true; fi
target=${1:?usage: Fuzz/soak.sh TARGET CPU_MINUTES}
target=${target#fuzz-}
budget=$(( ${2:?usage: Fuzz/soak.sh TARGET CPU_MINUTES} * 60 ))
mkdir -p soak-logs
log=soak-logs/$target.log
used=0
round=0
while (( used < budget )); do
  round=$((round + 1))
  left=$(( budget - used ))
  (( left < 60 )) && left=60
  times=$(mktemp)
  /usr/bin/time -f "%U %S" -o "$times" bash ./run.sh "$target" "$left" \
    -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 >>"$log" 2>&1
  # GNU time prefixes "Command exited with non-zero status N" when the fuzzer found something.
  read -r user sys < <(tail -n 1 "$times"); rm -f "$times"
  used=$(( used + ${user%.*} + ${sys%.*} ))
  echo "soak: $target round $round: CPU ${user}s user ${sys}s sys, total $used of $budget s" | tee -a "$log" >&2
done
grep -E "^#[0-9]+: cov: " "$log" | tail -1 | sed "s/^/soak: $target last: /" >&2
echo "soak: $target corpus $(ls "corpus-work/$target" | wc -l) files, artifacts: $(ls artifacts/"$target"-* 2>/dev/null | wc -l)" >&2
