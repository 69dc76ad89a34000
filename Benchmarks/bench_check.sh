#!/usr/bin/env bash
# Time and peak memory of `visitplan check` (release build) on generated
# programmes. Prints one line per size; run on demand (make bench), never in
# the test suite. Sizes can be given: bench_check.sh 5000 50000
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(50000)

swift build -c release --product visitplan >/dev/null
bin=.build/release/visitplan
mkdir -p Benchmarks/out

printf '%-8s %-7s %-9s %-9s %-9s %s\n' events people "size MB" "wall s" "peak MB" "result"
for events in "${sizes[@]}"; do
  people=$(( events / 10 ))
  [ "$people" -ge 100 ] || people=100
  file=Benchmarks/out/visit-$events.visit.yaml
  [ -f "$file" ] || python3 Benchmarks/generate_visit.py --events "$events" --people "$people" -o "$file"
  size=$(du -m "$file" | cut -f1)
  best_wall=""; best_mem=""; result=""
  for run in 1 2 3; do
    stats=$( { /usr/bin/time -f '%e %M' "$bin" check "$file" >/tmp/visitplan-bench.out; } 2>&1 || true)
    wall=${stats% *}; mem=${stats#* }
    result=$(tail -n1 /tmp/visitplan-bench.out)
    if [ -z "$best_wall" ] || awk "BEGIN{exit !($wall < $best_wall)}"; then best_wall=$wall; fi
    if [ -z "$best_mem" ] || [ "$mem" -lt "$best_mem" ]; then best_mem=$mem; fi
  done
  printf '%-8s %-7s %-9s %-9s %-9s %s\n' "$events" "$people" "$size" "$best_wall" "$(( best_mem / 1024 ))" "$result"
done
