#!/usr/bin/env bash
# Fuzzes visitplan with libFuzzer and AddressSanitizer.
#
#   Fuzz/run.sh [SECONDS] [--smoke]
#
# Builds the fuzz target (Fuzz/Target, release, -sanitize=fuzzer,address) in
# .build-fuzz, writes a dictionary of the format's keys from `visitplan
# schema`, seeds a corpus from seeds/, every fixture (past findings in
# Tests/Fixtures/fuzz included) and the built-in templates (as user
# templates), and fuzzes for SECONDS (default 1800).
# Without --smoke the corpus grows in .build-fuzz/corpus from run to run;
# with --smoke a fresh one is used, so the short run in `make test` is the
# same on every machine. A crash, a sanitizer report, a leak, an input that
# runs over 10 s or 2 GB is written to .build-fuzz/findings/ and the script
# exits 1: copy the file into Tests/Fixtures/fuzz/ as a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=1800
smoke=0
for argument in "$@"; do
  case "$argument" in
    --smoke) smoke=1 ;;
    *[!0-9]*) echo "usage: Fuzz/run.sh [SECONDS] [--smoke]" >&2; exit 2 ;;
    *) seconds="$argument" ;;
  esac
done

# lld: Debian's gold stops with an internal error on ASan-instrumented Swift.
swift build -c release --product visitplan-fuzz --scratch-path .build-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING \
  -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld 2>&1 | grep -v "^\[" || true
fuzzer=.build-fuzz/release/visitplan-fuzz
test -x "$fuzzer" || { echo "fuzz: the fuzz target did not build" >&2; exit 2; }
swift build --product visitplan >/dev/null
.build/debug/visitplan schema | python3 Fuzz/make_dict.py > .build-fuzz/visit.dict

if [ "$smoke" = 1 ]; then
  corpus=$(mktemp -d "${TMPDIR:-/tmp}/visitplan-fuzz-corpus.XXXXXX")
  trap 'rm -rf "$corpus"' EXIT
else
  corpus=.build-fuzz/corpus
  mkdir -p "$corpus"
fi
find seeds Tests/Fixtures -type f \( -name '*.yaml' -o -path 'Tests/Fixtures/fuzz/*' \) \
  -exec cp {} "$corpus/" \;
# The built-in templates, as user templates (the target's "#template" inputs).
for template in Templates/*/*.txt; do
  { printf '#template\n'; cat "$template"; } > "$corpus/template-$(echo "$template" | tr / -)"
done
mkdir -p .build-fuzz/findings

echo "fuzz: $seconds s, corpus $(ls "$corpus" | wc -l) files"
status=0
LSAN_OPTIONS=suppressions=Fuzz/lsan.supp SWIFT_BACKTRACE=enable=no \
  "$fuzzer" "$corpus" -dict=.build-fuzz/visit.dict -max_total_time="$seconds" \
  -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
  -artifact_prefix=.build-fuzz/findings/ > .build-fuzz/last-run.log 2>&1 || status=$?
grep -E "^stat::|^Done|ERROR|SUMMARY|Test unit written" .build-fuzz/last-run.log || true
echo "fuzz: corpus now $(ls "$corpus" | wc -l) files, $(du -sk "$corpus" | cut -f1) KB"
if [ "$status" != 0 ]; then
  echo "fuzz: FAILED (exit $status); the input is in .build-fuzz/findings/, the log in .build-fuzz/last-run.log" >&2
  exit 1
fi
