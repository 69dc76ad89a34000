#!/usr/bin/env bash
# `visitplan export` (release build) on a generated 50,000-event programme,
# against Benchmarks/c/write_cells.c writing the same cells straight through
# libxlsxwriter — the limit for the library. Best of three runs each; run on
# demand (`make bench`), never in the test suite.
#
#   Benchmarks/bench_export.sh [EVENTS]     # default 50000
set -euo pipefail
cd "$(dirname "$0")/.."

events=${1:-50000}
people=$(( events / 10 ))
runs=${RUNS:-3}
out=Benchmarks/out
mkdir -p "$out"

swift build -c release --product visitplan >/dev/null 2>"$out/build.log" || { cat "$out/build.log"; exit 1; }
swift build -c release --package-path Benchmarks --product export-benchmark >/dev/null 2>"$out/build.log" || { cat "$out/build.log"; exit 1; }
cc -O2 Benchmarks/c/write_cells.c $(pkg-config --cflags --libs xlsxwriter) -o "$out/write_cells"

file=$out/forum-$events-clean.visit.yaml
[ -f "$file" ] || python3 Benchmarks/generate_visit.py --events "$events" --people "$people" -o "$file"

best() { sort -n | head -n1; }
measure() {  # prints "seconds peakKB" of the best run of a command
  local times=() peaks=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %M' "$@" >/dev/null 2>"$out/time.txt" || true
    read -r t m < <(tail -n1 "$out/time.txt")
    times+=("$t"); peaks+=("$m")
  done
  printf '%s %s\n' "$(printf '%s\n' "${times[@]}" | best)" "$(printf '%s\n' "${peaks[@]}" | best)"
}

read -r export_s export_kb < <(measure .build/release/visitplan export "$file" -o "$out/visitplan.xlsx")
phases=""
for _ in $(seq "$runs"); do
  line=$(Benchmarks/.build/release/export-benchmark "$file" "$out/phases.xlsx" --dump "$out/plan.tsv")
  build=$(sed -n 's/.*build \([0-9.]*\) s.*/\1/p' <<<"$line")
  write=$(sed -n 's/.*write \([0-9.]*\) s.*/\1/p' <<<"$line")
  sum=$(awk -v b="$build" -v w="$write" 'BEGIN{print b+w}')
  if [ -z "$phases" ] || awk -v s="$sum" -v p="${phases%% *}" 'BEGIN{exit !(s < p)}'; then
    phases="$sum $build $write $line"
  fi
done
read -r c_s c_kb < <(measure "$out/write_cells" "$out/plan.tsv" "$out/c.xlsx")
read -r workbook build write rest <<<"$phases"

echo "$rest"
printf '%-44s %8s %10s\n' "" "wall s" "peak MB"
printf '%-44s %8s %10s\n' "visitplan export, end to end" "$export_s" "$(( export_kb / 1024 ))"
printf '%-44s %8s %10s\n' "visitplan workbook: build $build + write $write" "$workbook" ""
printf '%-44s %8s %10s\n' "C, same cells through libxlsxwriter" "$c_s" "$(( c_kb / 1024 ))"
awk -v w="$workbook" -v c="$c_s" -v e="$export_s" \
  'BEGIN { printf "workbook ÷ C: × %.2f (target ≤ × 1.5); end to end ÷ C: × %.2f\n", w/c, e/c }'
ls -l "$out/visitplan.xlsx" "$out/c.xlsx" | awk '{print $5, $9}'
