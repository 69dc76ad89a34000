#!/usr/bin/env bash
# `visitplan report` (release build) on generated forums of 5,000 and 50,000
# events: wall time and peak memory of the programme and the prose report.
# Run on demand (`make bench`), never in the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
out=Benchmarks/out
mkdir -p "$out"
swift build -c release --product visitplan >/dev/null
printf '%-10s %-10s %8s %9s %8s\n' events template "wall s" "peak MB" lines
for events in 5000 50000; do
  file=$out/forum-$events-clean.visit.yaml
  [ -f "$file" ] || python3 Benchmarks/generate_visit.py --events "$events" --people $((events / 10)) -o "$file"
  for template in programme report; do
    /usr/bin/time -f '%e %M' .build/release/visitplan report "$file" --template "$template" \
      -o "$out/report-$events-$template.txt" 2>"$out/time.txt" || true
    read -r seconds kilobytes < <(tail -n1 "$out/time.txt")
    printf '%-10s %-10s %8s %9d %8d\n' "$events" "$template" "$seconds" $((kilobytes / 1024)) \
      "$(wc -l <"$out/report-$events-$template.txt")"
  done
done
