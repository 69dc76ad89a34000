#!/usr/bin/env bash
# Installs what visitplan needs beyond the Swift toolchain, only when missing:
#   - libxlsxwriter-dev (Debian), for the workbook (`visitplan export`);
#   - libyaml-dev (Debian), the YAML parser the loader reads events from;
#   - libz3-dev (Debian), the solver the planner runs on small visits;
#   - for the tests: Python's jsonschema and PyYAML (to validate visit files
#     against `visitplan schema`) and openpyxl (to read workbooks back), and
#     the ru_RU.UTF-8 locale (to prove a Russian locale cannot corrupt them);
#   - for the tests of the page, the live preview and the calendars:
#     Debian's chromium, chromium-driver and poppler-utils (a real browser,
#     its WebDriver, and pdfinfo/pdftoppm for the printed page), and
#     Python's selenium, icalendar 7 and ical (two iCalendar parsers).
# Safe to run again: it does nothing when everything is there.
set -euo pipefail

say() { printf 'setup: %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else
    say "need root to run: $*"; exit 2
  fi
}

if ! command -v swift >/dev/null 2>&1; then
  say "the Swift toolchain (6.1 or later) is not on PATH; install it from swift.org first"
  exit 2
fi

if ! pkg-config --exists xlsxwriter yaml-0.1 z3 2>/dev/null; then
  say "installing libxlsxwriter-dev, libyaml-dev, libz3-dev and pkg-config with apt"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get install -y -q libxlsxwriter-dev libyaml-dev libz3-dev pkg-config >/dev/null 2>&1 || {
    as_root apt-get update -q >/dev/null
    as_root apt-get install -y -q libxlsxwriter-dev libyaml-dev libz3-dev pkg-config >/dev/null
  }
fi

if ! python3 -c 'import jsonschema, yaml, openpyxl' >/dev/null 2>&1; then
  say "installing jsonschema, PyYAML and openpyxl with pip (tests only)"
  python3 -m pip install --quiet --root-user-action=ignore jsonschema pyyaml openpyxl
fi

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1 \
  || ! command -v pdfinfo >/dev/null 2>&1; then
  say "installing chromium, chromium-driver and poppler-utils with apt (tests only)"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get install -y -q chromium chromium-driver poppler-utils >/dev/null 2>&1 || {
    as_root apt-get update -q >/dev/null
    as_root apt-get install -y -q chromium chromium-driver poppler-utils >/dev/null
  }
fi

if ! python3 -c 'import selenium, icalendar, ical; assert int(icalendar.__version__.split(".")[0]) >= 7' \
  >/dev/null 2>&1; then
  say "installing selenium, icalendar and ical with pip (tests only)"
  python3 -m pip install --quiet --root-user-action=ignore selenium 'icalendar>=7' ical
fi

if ! locale -a 2>/dev/null | grep -qi '^ru_RU\.utf-\?8$'; then
  say "generating the ru_RU.UTF-8 locale (tests only)"
  command -v localedef >/dev/null 2>&1 || as_root apt-get install -y -q locales >/dev/null
  as_root localedef -i ru_RU -f UTF-8 ru_RU.UTF-8
fi
