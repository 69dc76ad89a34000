#!/usr/bin/env python3
"""Every calendar visitplan writes, read back by two independent parsers.

    validate_calendars.py --binary .build/debug/visitplan --root . --out DIR

For each seed visit and the hostile fixture: the whole visit, every
person (--all) and one site. Each .ics file must
  - parse with icalendar 7 and with the stricter ical;
  - give every scheduled event once, at the visit's wall-clock times in
    the visit's zone, compared in UTC (zoneinfo works out the offsets);
  - keep lines within 75 octets, break none inside a UTF-8 character,
    and end every line with CRLF;
  - read titles and notes back exactly as written (escaping);
  - be the same bytes when written twice.
"""
import datetime
import glob
import os
import subprocess
import sys
import zoneinfo

import icalendar
import yaml
from ical.calendar_stream import IcsCalendarStream

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Browser"))
import arguments  # noqa: E402

failures = []


def expect(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message, flush=True)


def run(binary, *arguments):
    env = {**os.environ, "LANG": "C.UTF-8", "SOURCE_DATE_EPOCH": "1764547200"}
    return subprocess.run([binary, *arguments], capture_output=True, env=env)


def clock(text):
    """'10:20', '10.20', '9 am', '11.15 am', '3.15 pm', '10.00 ч.' → 'HH:MM', else None."""
    body = text.strip().lower()
    for suffix in (" ч.", " ч", "ч.", "ч", " h", "h"):
        if body.endswith(suffix):
            body = body[: -len(suffix)]
            break
    meridiem = None
    for suffix, value in (("a.m.", "am"), ("p.m.", "pm"), ("am", "am"), ("pm", "pm")):
        if body.endswith(suffix):
            body, meridiem = body[: -len(suffix)].strip(), value
            break
    parts = body.replace(".", ":").split(":")
    if not all(p.isdigit() for p in parts) or len(parts) > 2:
        return None
    hours, minutes = int(parts[0]), int(parts[1]) if len(parts) == 2 else 0
    if meridiem == "am" and hours == 12:
        hours = 0
    elif meridiem == "pm" and hours != 12:
        hours += 12
    return f"{hours:02d}:{minutes:02d}"


def parse_time(text):
    text = str(text).strip()
    for separator in ("–", "-"):
        if separator in text:
            start, end = text.split(separator, 1)
            return clock(start), clock(end)
    return clock(text), None


def expected_events(path):
    """(title, start UTC, end UTC or None) of each timed event, by the file."""
    with open(path, encoding="utf-8") as handle:
        visit = yaml.safe_load(handle)
    zone = zoneinfo.ZoneInfo(visit["visit"]["timezone"])
    language = visit["visit"].get("language", "ru")
    events = []
    for day in visit.get("days") or []:
        date = day["date"]
        for event in day.get("events") or []:
            time = event.get("time")
            start = event.get("start")
            if time is None and start is None:
                continue
            if time is not None:
                begin, end = parse_time(time)
            else:
                begin, end = clock(str(start)), clock(str(event["end"])) if event.get("end") else None
            if begin is None:
                continue  # "в течение дня": a one-day event, checked by the unit tests
            title = event.get("title")
            if language == "en" and event.get("title-en"):
                title = event["title-en"]

            def moment(clock):
                hours, minutes = (int(x) for x in clock.split(":"))
                day_ = date + datetime.timedelta(days=hours // 24)
                local = datetime.datetime(day_.year, day_.month, day_.day, hours % 24, minutes,
                                          tzinfo=zone)
                return local.astimezone(datetime.timezone.utc)
            finish = moment(end) if end else None
            if finish is not None and finish <= moment(begin):
                finish += datetime.timedelta(days=1)  # runs past midnight
            events.append((title, moment(begin), finish))
    return events


def check_lines(raw, name):
    expect(raw.endswith(b"\r\n"), f"{name}: ends with CRLF")
    lines = raw.split(b"\r\n")[:-1]
    for number, line in enumerate(lines, 1):
        expect(b"\n" not in line and b"\r" not in line, f"{name}:{number}: a bare line break")
        expect(len(line) <= 75, f"{name}:{number}: {len(line)} octets")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            expect(False, f"{name}:{number}: a fold splits a UTF-8 character")


def check_calendar(raw, name, expected):
    check_lines(raw, name)
    text = raw.decode("utf-8")
    calendar = icalendar.Calendar.from_ical(text)
    strict = IcsCalendarStream.calendar_from_ics(text)
    ours = list(calendar.walk("VEVENT"))
    expect(len(ours) == len(strict.events), f"{name}: both parsers see the same events")
    uids = [str(e["UID"]) for e in ours]
    expect(len(uids) == len(set(uids)), f"{name}: UIDs are unique")
    expect(len(calendar.walk("VTIMEZONE")) == 1, f"{name}: one VTIMEZONE")
    found = {}
    for event in ours:
        start = event.decoded("DTSTART")
        if isinstance(start, datetime.datetime):
            expect(start.tzinfo is not None, f"{name}: {event['SUMMARY']} has a zone")
            found.setdefault(str(event["SUMMARY"]), []).append(
                (start.astimezone(datetime.timezone.utc),
                 event.decoded("DTEND").astimezone(datetime.timezone.utc) if "DTEND" in event else None))
    for event in strict.events:
        if isinstance(event.dtstart, datetime.datetime):
            expect(event.dtstart.tzinfo is not None, f"{name}: ical reads {event.summary} zoned")
    for title, start, end in expected:
        times = found.get(title, [])
        expect((start, end) in times,
               f"{name}: {title!r} at {start:%Y-%m-%d %H:%M}Z–{end:%H:%M}Z" if end else
               f"{name}: {title!r} at {start:%Y-%m-%d %H:%M}Z; found {times}")
    return calendar


def main():
    args = arguments.parse()
    files = sorted(glob.glob(os.path.join(args.root, "seeds/*.visit.yaml")))
    files.append(os.path.join(args.root, "Tests/Fixtures/page/hostile.visit.yaml"))
    files.append(os.path.join(args.root, "Tests/Fixtures/page/conflict.visit.yaml"))
    checked = 0
    for path in files:
        stem = os.path.basename(path).removesuffix(".visit.yaml")
        target = os.path.join(args.out, stem + ".ics")
        first = run(args.binary, "calendar", path, "-o", target, "--allow-errors")
        expect(first.returncode == 0, f"{stem}: exit {first.returncode}: {first.stderr!r}")
        if first.returncode != 0:
            continue
        with open(target, "rb") as handle:
            raw = handle.read()
        again = run(args.binary, "calendar", path, "-o", "-", "--allow-errors")
        expect(again.stdout == raw, f"{stem}: two runs give the same bytes")
        check_calendar(raw, stem, expected_events(path))
        checked += 1
        folder = os.path.join(args.out, stem + "-people")
        everyone = run(args.binary, "calendar", path, "--all", "-o", folder, "--allow-errors")
        expect(everyone.returncode == 0, f"{stem} --all: exit {everyone.returncode}")
        for person_file in sorted(glob.glob(os.path.join(folder, "*.ics"))):
            with open(person_file, "rb") as handle:
                person_raw = handle.read()
            person = check_calendar(person_raw, os.path.relpath(person_file, args.out), [])
            whole = {str(e["UID"]) for e in icalendar.Calendar.from_ical(raw).walk("VEVENT")}
            mine = {str(e["UID"]) for e in person.walk("VEVENT")}
            expect(mine <= whole, f"{person_file}: a person's events are the visit's (same UIDs)")
            checked += 1

    # The hostile titles come back exactly as written.
    hostile = os.path.join(args.out, "hostile.ics")
    if os.path.exists(hostile):
        with open(hostile, encoding="utf-8", newline="") as handle:
            calendar = icalendar.Calendar.from_ical(handle.read())
        summaries = {str(e["SUMMARY"]) for e in calendar.walk("VEVENT")}
        for title in ("<script>window.__pwned = 2</script>Opening, part 1; notes \\ more",
                      "مؤتمر صحفي مع الوفد — press conference",
                      "&lt;b&gt; is not bold &amp; stays as typed"):
            expect(title in summaries, f"hostile: {title!r} reads back as written")
        descriptions = [str(e.get("DESCRIPTION", "")) for e in calendar.walk("VEVENT")]
        expect(any("First line\nSecond line, with a comma; and a semicolon" in d
                   for d in descriptions), "hostile: notes with a line break read back")
        zones = calendar.walk("VTIMEZONE")
        daylight = [c for z in zones for c in z.walk("DAYLIGHT")]
        expect(len(daylight) == 1 and daylight[0].decoded("TZOFFSETTO") == datetime.timedelta(hours=2),
               "hostile: the change to summer time on 25 March 2018 is in the VTIMEZONE")

    print(f"calendars: {checked} files checked", flush=True)
    if failures:
        print(f"calendars: {len(failures)} failed", flush=True)
        sys.exit(1)
    print("calendars: all passed", flush=True)


if __name__ == "__main__":
    main()
