#!/usr/bin/env bash
# Reports at check speed: every built-in template through `visitplan report`
# (release build) against `visitplan check` on the same generated forum, in
# the same run (best of RUNS each), at 5,000 and 50,000 events. Prints each
# template's time, peak memory, lines and its ratio to check (target ≤ 2×).
# Run on demand (`make bench`), never in the test suite.
#
#   Benchmarks/bench_report.sh            # 5,000 and 50,000 events
#   Benchmarks/bench_report.sh 5000       # one size
set -euo pipefail
cd "$(dirname "$0")/.."
out=Benchmarks/out
mkdir -p "$out"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(5000 50000)
runs=${RUNS:-3}
swift build -c release --product visitplan >/dev/null 2>"$out/build.log" || { cat "$out/build.log"; exit 1; }
bin=.build/release/visitplan

source Benchmarks/timing.sh

printf '%-8s %-11s %8s %8s %8s %7s %s\n' events template "wall s" "peak MB" lines ratio verdict
for events in "${sizes[@]}"; do
  file=$out/forum-$events-clean.visit.yaml
  [ -f "$file" ] || python3 Benchmarks/generate_visit.py --events "$events" --people $((events / 10)) -o "$file"
  read -r check_t check_m < <(best "$bin" check "$file")
  printf '%-8s %-11s %8s %8d %8s %7s\n' "$events" "(check)" "$check_t" $((check_m / 1024)) - 1.0×
  for template in $("$bin" templates | cut -d' ' -f1); do
    read -r t m < <(best "$bin" report "$file" --template "$template" -o "$out/report-$events-$template.txt")
    awk -v e="$events" -v name="$template" -v t="$t" -v m="$m" -v c="$check_t" \
      -v lines="$(wc -l <"$out/report-$events-$template.txt")" 'BEGIN {
      ratio = t / (c > 0.005 ? c : 0.005)
      printf "%-8s %-11s %8.2f %8d %8d %6.1f× %s\n", e, name, t, m / 1024, lines, ratio,
        (ratio <= 2 ? "ok" : "over")
    }'
  done
done
