#!/usr/bin/env bash
# Usage: Fuzz/run.sh TARGET [SECONDS] [extra libFuzzer flags…]
#   TARGET: text | json | logfmt | jwt | export | rules  (or fuzz-text, …)
# Builds the libFuzzer targets if needed (release, -sanitize=fuzzer,address) and runs
# one for SECONDS (default 60) over a working copy of Fuzz/corpus/TARGET in
# Fuzz/corpus-work/TARGET (git-ignored; new inputs land there). Crashes and
# invariant violations are written to Fuzz/artifacts/ and fail the run (exit ≠ 0).
# Environment: FUZZ_JOBS (parallel build jobs), FUZZ_MAX_LEN (default 65536),
# FUZZ_RSS_MB (default 2048).
set -euo pipefail
cd "$(dirname "$0")"
target=${1:?usage: Fuzz/run.sh TARGET [SECONDS]}
target=fuzz-${target#fuzz-}
seconds=${2:-60}
shift $(( $# >= 2 ? 2 : 1 ))
bash ./build.sh
bin=$(swift build -c release --show-bin-path)/$target
[ -x "$bin" ] || { echo "run.sh: no such target $target" >&2; exit 64; }
name=${target#fuzz-}
mkdir -p "corpus-work/$name" artifacts
cp -n corpus/"$name"/* "corpus-work/$name/" 2>/dev/null || true
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=1}
export SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no}
exec "$bin" -max_total_time="$seconds" -max_len="${FUZZ_MAX_LEN:-65536}" -rss_limit_mb="${FUZZ_RSS_MB:-2048}" \
  -timeout=25 -print_final_stats=1 -artifact_prefix="artifacts/$name-" "$@" "corpus-work/$name"
