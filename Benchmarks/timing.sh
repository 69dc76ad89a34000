# Sourced by the benchmark scripts: `best CMD…` prints "seconds peakKB" of
# the fastest of $runs runs of a command (GNU time), its output discarded.
# Needs $out (a folder for the timing file) and $runs.
best() {
  local best_t="" best_m=""
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %M' "$@" >/dev/null 2>"$out/time.txt" || true
    read -r t m < <(tail -n1 "$out/time.txt")
    if [ -z "$best_t" ] || awk "BEGIN{exit !($t < $best_t)}"; then best_t=$t; best_m=$m; fi
  done
  echo "$best_t $best_m"
}
