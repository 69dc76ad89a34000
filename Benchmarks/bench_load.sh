#!/usr/bin/env bash
# Loading at the parser's speed: `visitplan check` (release) end to end
# against Benchmarks/c/parse_events.c, libyaml's bare event parse of the same
# file, measured in the same run (best of RUNS each), on generated forums of
# 5,000 / 50,000 / 200,000 events. Prints the ratio (target ≤ 3×) and the peak
# memory against its limit (twice the file plus 50 MB). Run on demand
# (`make bench`), never in the test suite.
#
#   Benchmarks/bench_load.sh              # all three sizes
#   Benchmarks/bench_load.sh 50000        # one size
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(5000 50000 200000)
runs=${RUNS:-3}
out=Benchmarks/out
mkdir -p "$out"
swift build -c release --product visitplan >/dev/null 2>"$out/build.log" || { cat "$out/build.log"; exit 1; }
cc -O2 Benchmarks/c/parse_events.c $(pkg-config --cflags --libs yaml-0.1) -o "$out/parse_events"

source Benchmarks/timing.sh

printf '%-8s %8s %9s %9s %8s %9s %10s %s\n' events "file MB" "C parse s" "check s" ratio "peak MB" "limit MB" verdict
for events in "${sizes[@]}"; do
  people=$(( events / 10 )); [ "$people" -ge 100 ] || people=100
  file=$out/forum-$events-0.01.visit.yaml
  [ -f "$file" ] || python3 Benchmarks/generate_visit.py --events "$events" --people "$people" \
    --conflicts 0.01 -o "$file"
  bytes=$(stat -c %s "$file")
  read -r c_t _ < <(best "$out/parse_events" "$file")
  read -r v_t v_m < <(best .build/release/visitplan check "$file")
  awk -v e="$events" -v b="$bytes" -v c="$c_t" -v v="$v_t" -v m="$v_m" 'BEGIN {
    mb = b / 1048576; ratio = v / (c > 0.005 ? c : 0.005); peak = m / 1024; limit = 2 * mb + 50
    verdict = (ratio <= 3 ? "time ok" : "time over") ", " (peak <= limit ? "memory ok" : "memory over")
    printf "%-8s %8.1f %9.3f %9.3f %7.1f× %9.0f %10.0f %s\n", e, mb, c, v, ratio, peak, limit, verdict
  }'
done
