#!/usr/bin/env bash
# Throughput of `veil scrub` against cat, sed -E and ripgrep regex-replace filters
# (../shared/bench or Benchmarks/baselines), all measured in ONE run on the same corpora.
#
#   Benchmarks/throughput.sh [SIZE_MB]     (default 50)
#
# Prints MB/s and lines/s per tool and corpus, the ratios veil/rg and veil/cat, and
# veil's peak RSS. Needs: python3, ripgrep, GNU time (installed when missing, as root).
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-50}
work=${VEIL_BENCH_DIR:-/tmp/veil-bench}
mkdir -p "$work"

for p in ripgrep time bc; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || { apt-get install -y -qq "$p" >/dev/null 2>&1 || true; }
done

swift build -c release --product veil >/dev/null
veil=$(swift build -c release --show-bin-path)/veil
head -c 32 /dev/urandom > "$work/bench.key"; chmod 600 "$work/bench.key"

bench_dir=../shared/bench
[ -x "$bench_dir/rg_filter.sh" ] || [ -f "$bench_dir/rg_filter.sh" ] || bench_dir=Benchmarks/baselines

for corpus in clean mixed jwt; do
  [ -s "$work/$corpus-$size.log" ] || python3 Benchmarks/corpus.py "$corpus" "$size" > "$work/$corpus-$size.log"
done

# best of 3 wall-clock seconds for: $@ < input > /dev/null
measure() {
  local input=$1; shift
  local best=""
  for _ in 1 2 3; do
    local start end
    start=$(date +%s.%N)
    "$@" < "$input" > /dev/null
    end=$(date +%s.%N)
    local t
    t=$(echo "$end - $start" | bc -l)
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
  done
  echo "$best"
}

printf "%-8s %-22s %10s %12s\n" corpus tool "MB/s" "lines/s"
for corpus in clean mixed jwt; do
  input="$work/$corpus-$size.log"
  bytes=$(stat -c %s "$input")
  lines=$(wc -l < "$input")
  declare -A rate=()
  for tool in cat "veil --threads 1" "veil (all cores)" "rg" "sed"; do
    case "$tool" in
      cat) t=$(measure "$input" cat) ;;
      "veil --threads 1") t=$(measure "$input" "$veil" scrub --threads 1 --key-file "$work/bench.key") ;;
      "veil (all cores)") t=$(measure "$input" "$veil" scrub --key-file "$work/bench.key") ;;
      rg) t=$(measure "$input" sh "$bench_dir/rg_filter.sh") ;;
      sed) t=$(measure "$input" sh "$bench_dir/sed_filter.sh") ;;
    esac
    mbs=$(echo "$bytes / $t / 1000000" | bc -l)
    lps=$(echo "$lines / $t" | bc -l)
    rate[$tool]=$mbs
    printf "%-8s %-22s %10.1f %12.0f\n" "$corpus" "$tool" "$mbs" "$lps"
  done
  printf "%-8s %-22s %10.2f\n" "$corpus" "ratio veil1/rg" "$(echo "${rate[veil --threads 1]} / ${rate[rg]}" | bc -l)"
  printf "%-8s %-22s %10.2f\n" "$corpus" "ratio veil1/cat" "$(echo "${rate[veil --threads 1]} / ${rate[cat]}" | bc -l)"
  unset rate
done

rss=$( { /usr/bin/time -f "%M" "$veil" scrub --threads 1 --key-file "$work/bench.key" < "$work/mixed-$size.log" > /dev/null; } 2>&1 | tail -1)
rss_all=$( { /usr/bin/time -f "%M" "$veil" scrub --key-file "$work/bench.key" < "$work/mixed-$size.log" > /dev/null; } 2>&1 | tail -1)
echo "peak RSS (mixed): --threads 1 $((rss / 1024)) MiB, all cores $((rss_all / 1024)) MiB"
