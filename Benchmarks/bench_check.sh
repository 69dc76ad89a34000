#!/usr/bin/env bash
# Time and peak memory of `visitplan check` (release build) on generated
# forum programmes with realistic conflicts (1 % of sessions each kind), split
# into loading and checking. Best of three runs per size; run on demand
# (`make bench`), never in the test suite.
#
#   Benchmarks/bench_check.sh                 # 5,000 / 50,000 / 200,000 events
#   Benchmarks/bench_check.sh 50000           # one size
#   CONFLICTS=0 Benchmarks/bench_check.sh     # clean programmes
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(5000 50000 200000)
conflicts=${CONFLICTS:-0.01}
runs=${RUNS:-3}

swift build -c release --product visitplan >/dev/null
bin=.build/release/visitplan
mkdir -p Benchmarks/out

printf '%-8s %-7s %-8s %-8s %-9s %-8s %-9s %-8s %s\n' \
  events people "file MB" "load s" "load MB" "check s" "total s" "peak MB" diagnostics
declare -A totals checks
for events in "${sizes[@]}"; do
  people=$(( events / 10 ))
  [ "$people" -ge 100 ] || people=100
  file=Benchmarks/out/forum-$events-$conflicts.visit.yaml
  [ -f "$file" ] || python3 Benchmarks/generate_visit.py --events "$events" --people "$people" \
    --conflicts "$conflicts" -o "$file"
  size=$(du -m "$file" | cut -f1)
  best_total=""; best_load=""; best_check=""; best_peak=""; load_peak=""; summary=""
  for _ in $(seq "$runs"); do
    { /usr/bin/time -f 'time %e %M' "$bin" check --timings "$file" >/tmp/visitplan-bench.out; } \
      2>/tmp/visitplan-bench.err || true
    summary=$(tail -n1 /tmp/visitplan-bench.out)
    # timings: FILE: load 1.234 s (peak 300 MB), check 0.210 s (peak 301 MB), N events
    read -r load lpeak check < <(sed -n 's/.*load \([0-9.]*\) s (peak \([0-9]*\) MB), check \([0-9.]*\) s.*/\1 \2 \3/p' /tmp/visitplan-bench.err)
    read -r total peak < <(sed -n 's/^time \([0-9.]*\) \([0-9]*\)$/\1 \2/p' /tmp/visitplan-bench.err)
    if [ -z "$best_total" ] || awk "BEGIN{exit !($total < $best_total)}"; then best_total=$total; fi
    if [ -z "$best_load" ] || awk "BEGIN{exit !($load < $best_load)}"; then best_load=$load; load_peak=$lpeak; fi
    if [ -z "$best_check" ] || awk "BEGIN{exit !($check < $best_check)}"; then best_check=$check; fi
    if [ -z "$best_peak" ] || [ "$peak" -lt "$best_peak" ]; then best_peak=$peak; fi
  done
  totals[$events]=$best_total
  checks[$events]=$best_check
  printf '%-8s %-7s %-8s %-8s %-9s %-8s %-9s %-8s %s\n' "$events" "$people" "$size" \
    "$best_load" "$load_peak" "$best_check" "$best_total" "$(( best_peak / 1024 ))" "$summary"
done

# Scaling: ten times the events should cost at most fifteen times the time.
if [ -n "${totals[5000]:-}" ] && [ -n "${totals[50000]:-}" ]; then
  awk -v t5="${totals[5000]}" -v t50="${totals[50000]}" -v c5="${checks[5000]}" -v c50="${checks[50000]}" \
    'BEGIN { printf "5,000 → 50,000 events: end to end × %.1f, checking × %.1f (limit × 15)\n", t50/t5, c50/c5 }'
fi
if [ -n "${totals[50000]:-}" ] && [ -n "${totals[200000]:-}" ]; then
  awk -v t50="${totals[50000]}" -v t200="${totals[200000]}" -v c50="${checks[50000]}" -v c200="${checks[200000]}" \
    'BEGIN { printf "50,000 → 200,000 events: end to end × %.1f, checking × %.1f (linear: × 4)\n", t200/t50, c200/c50 }'
fi
