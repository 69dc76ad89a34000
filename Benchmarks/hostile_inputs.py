#!/usr/bin/env python3
"""Worst cases under 1 MB: every command on each must finish in 2 s and 500 MB.

    hostile_inputs.py [--binary .build/release/visitplan] [--size 1000000]
                      [--only NAME] [--keep FOLDER]

Each family is a shape of file that makes some part of visitplan work
hardest for its size: many events, one person in everything, group words
over thousands of people, staircases of overlaps, one enormous title of each
kind of script, thousands of unknown keys and references, deep place
chains, long ids, aliases used to the limit. Each is written just under the
size, then `check`, `export` and every report template (both languages) run
on it in a fresh process; the time and the peak memory (getrusage) of each
run are printed, and any run over the limits, any signal or any exit status
other than 0, 1 or 2 fails the script (exit 1).

The limits are the project's promise for a release build (issue 8); a debug
build is several times slower, so use a release binary.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

HEADER = "format: visitplan/1\nvisit: {title: T, timezone: Europe/Moscow, start: 2018-06-19, end: 2018-06-21}\n"
TIME_LIMIT = 2.0
MEMORY_LIMIT_MB = 500
TEMPLATES = ["programme", "report", "delegation", "agreements", "gifts"]


def fill(size, head, item, tail=""):
    """head + as many item(i) as fit under size + tail."""
    parts = [head]
    used = len(head.encode()) + len(tail.encode())
    i = 0
    while True:
        piece = item(i)
        length = len(piece.encode())
        if used + length > size:
            break
        parts.append(piece)
        used += length
        i += 1
    parts.append(tail)
    return "".join(parts)


def people_block(count, side="delegation"):
    return "people:\n" + "".join(
        f"  p{i}: {{name: Иванов{i} Иван, side: {side}, position: глава}}\n" for i in range(count))


def families(size):
    site = "places: {a: {name: Город, geo: [52.6, 39.6]}, b: {name: Село, geo: [52.5, 38.2]}}\n" \
           "sites: {s: {name: Зал, place: a}, t: {name: Музей, place: b}}\n"
    yield "many-events", fill(
        size, HEADER + people_block(3) + site + "days:\n- date: 2018-06-19\n  events:\n",
        lambda i: f"  - {{title: Встреча {i}, time: {8 + i % 12:02}:00-{8 + i % 12:02}:45, site: {'st'[i % 2]}, participants: [p{i % 3}]}}\n")
    yield "one-person-everywhere", fill(
        size, HEADER + people_block(1) + site + "days:\n- date: 2018-06-19\n  events:\n",
        lambda i: f"  - {{title: E{i}, time: 10:00-11:00, site: s, participants: [p0]}}\n")
    yield "staircase", fill(
        size, HEADER + people_block(1) + site + "days:\n- date: 2018-06-19\n  events:\n",
        lambda i: f"  - {{title: E{i}, time: {(i % 720) // 60:02}:{(i % 720) % 60:02}-{12 + (i % 720) // 60:02}:{(i % 720) % 60:02}, site: s, participants: [p0]}}\n")
    # A delegation of thousands in thousands of events: attendances multiply.
    n = size // 90
    yield "group-words", fill(
        size, HEADER + people_block(n // 2) + site + "days:\n- date: 2018-06-19\n  events:\n",
        lambda i: f"  - {{title: E{i}, time: {8 + i % 12:02}:00-{8 + i % 12:02}:30, site: {'st'[i % 2]}, participants: [delegation, hosts]}}\n")
    yield "long-participant-lists", fill(
        size, HEADER + people_block(2000) + site + "days:\n- date: 2018-06-19\n  events:\n",
        lambda i: f"  - {{title: E{i}, time: {8 + i % 12:02}:00-{8 + i % 12:02}:30, participants: [" + ",".join(f"p{j}" for j in range(i % 7, 2000, 7)) + "]}\n")
    for name, unit in [("flags", "🇷🇺"), ("cyrillic-words", "Встреча "), ("no-spaces", "ы"),
                       ("combining", "е\u0301"), ("arabic", "اجتماع "), ("ampersands", "&"),
                       ("newlines", "строка\\n"), ("spaces", " ")]:
        body = unit * ((size - 400) // len(unit.encode()))
        yield f"title-{name}", HEADER + people_block(1) + site + \
            f"days:\n- date: 2018-06-19\n  events:\n  - {{title: \"{body}\", time: 10:00-11:00, site: s, participants: [p0]}}\n"
    yield "long-name", HEADER + "people:\n  p0: {name: \"" + ("Иванов" * ((size - 300) // 12)) + " Иван\", side: delegation}\n" + site + \
        "days:\n- date: 2018-06-19\n  events:\n  - {title: Встреча, time: 10:00-11:00, site: s, participants: [p0]}\n"
    yield "unknown-keys", fill(size, HEADER, lambda i: f"x{i}y: 1\n")
    yield "unknown-references", fill(
        size, HEADER + people_block(500) + "days:\n- date: 2018-06-19\n  events:\n",
        lambda i: f"  - {{title: E{i}, participants: [q{i}, p{i % 500}x]}}\n")
    yield "many-days", fill(
        size, HEADER + people_block(2) + site + "days:\n",
        lambda i: f"- date: {2000 + i // 365}-{1 + (i % 365) // 31 % 12:02}-{1 + i % 28:02}\n  events: [{{title: E, time: 10:00-11:00, site: s, participants: [p0]}}]\n")
    yield "deep-places", fill(
        size, HEADER + people_block(1) + "places:\n  c0: {name: C, geo: [52.6, 39.6]}\n",
        lambda i: f"  c{i + 1}: {{name: C{i + 1}, in: c{i}}}\n",
        "sites: {s: {name: S, place: c1}, t: {name: T, place: c" + str(size // 30) + "}}\n"
        "days:\n- date: 2018-06-19\n  events:\n"
        + "".join(f"  - {{title: E{j}, time: {8 + j:02}:00-{8 + j:02}:30, site: {'st'[j % 2]}, participants: [p0]}}\n" for j in range(10)))
    yield "place-cycle", fill(
        size, HEADER + "places:\n", lambda i: f"  c{i}: {{name: C{i}, in: c{i + 1}}}\n",
        "  c_end: {name: E, in: c0}\n")
    yield "many-sites-travel", fill(
        size, HEADER + people_block(1) + "places: {a: {name: A}}\nsites:\n",
        lambda i: f"  s{i}: {{name: S{i}, place: a, geo: [{50 + i % 90 / 10}, {30 + i % 70 / 10}]}}\n",
        "days:\n- date: 2018-06-19\n  events:\n"
        + "".join(f"  - {{title: E{j}, time: {8 + j // 4:02}:{j % 4 * 15:02}-{8 + j // 4:02}:{j % 4 * 15 + 10:02}, site: s{j}, participants: [p0]}}\n" for j in range(40)))
    yield "long-ids", fill(size, HEADER + "people:\n", lambda i: f"  {'p' * 1000}{i}: {{name: Иванов Иван}}\n")
    yield "duplicate-events", fill(
        size, HEADER + people_block(1) + site + "days:\n- date: 2018-06-19\n  events:\n",
        lambda i: "  - {title: Встреча, participants: [p0]}\n")
    yield "agreements-gifts", fill(
        size, HEADER + people_block(10) + "organizations: {o: {name: Орг}, q: {name: Орг2}}\n" + site
        + "days:\n- date: 2018-06-19\n  events:\n  - {id: ev, title: Подписание, time: 10:00-11:00, site: s, participants: [p0]}\n"
        + "agreements:\n",
        lambda i: f"  - {{id: a{i}, title: Соглашение {i}, parties: [o, q], signatories: [p{i % 10}], event: ev}}\n")
    yield "aliases-to-the-limit", fill(
        size, HEADER + people_block(50) + site + "x-list: &all [" + ",".join(f"p{i}" for i in range(50))
        + "]\ndays:\n- date: 2018-06-19\n  events:\n",
        lambda i: f"  - {{title: E{i}, time: {8 + i % 12:02}:00-{8 + i % 12:02}:30, participants: *all}}\n")
    # Just under the loader's limits (AttendanceBudget): the most work a
    # file it accepts can ask for.
    named = max(200_000, size // 4) // 50 - 2
    yield "aliases-under-the-limit", pad(size, HEADER + people_block(50) + site + "x-list: &all ["
        + ",".join(f"p{i}" for i in range(50)) + "]\ndays:\n- date: 2018-06-19\n  events:\n"
        + "".join(f"  - {{title: E{i}, time: {8 + i % 12:02}:00-{8 + i % 12:02}:30, participants: *all}}\n"
                  for i in range(named)))
    people = 1990
    events = max(1_000_000, 2 * size) // people - 2
    yield "group-words-under-the-limit", pad(size, HEADER + people_block(people) + site
        + "days:\n- date: 2018-06-19\n  events:\n"
        + "".join(f"  - {{title: E{i}, time: {8 + i % 12:02}:00-{8 + i % 12:02}:30, site: {'st'[i % 2]}, participants: [delegation]}}\n"
                  for i in range(events)))


def pad(size, text):
    """text, padded with an x- key to just under size."""
    room = size - len(text.encode()) - 20
    return text + (f"x-pad: \"{'x' * room}\"\n" if room > 0 else "")


def run(binary, arguments, folder):
    """Runs one command; its exit status, seconds and peak memory in MB (wait4's own rusage)."""
    start = time.monotonic()
    with open(os.devnull, "wb") as null, tempfile.TemporaryFile() as errors:
        process = subprocess.Popen([binary] + arguments, cwd=folder, stdout=null, stderr=errors,
                                   env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"})
        deadline = start + 60
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                process.kill()
                os.wait4(process.pid, 0)
                raise subprocess.TimeoutExpired(arguments, 60)
            time.sleep(0.005)
        elapsed = time.monotonic() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        return process.returncode, elapsed, usage.ru_maxrss / 1024, errors.read().decode(errors="replace")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", default=".build/release/visitplan")
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--only")
    parser.add_argument("--keep")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    folder = args.keep or tempfile.mkdtemp(prefix="visitplan-hostile-")
    os.makedirs(folder, exist_ok=True)
    failures = []
    print(f"{'file':28} {'KB':>5} {'command':28} {'exit':>4} {'time':>7} {'peak MB':>8}")
    for name, text in families(args.size):
        if args.only and args.only not in name:
            continue
        path = os.path.join(folder, name + ".visit.yaml")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        size = os.path.getsize(path)
        if size >= 1_048_576:
            failures.append(f"{name}: generated {size} bytes, over 1 MB")
        commands = [["check", path], ["export", path, "-o", os.path.join(folder, name + ".xlsx"), "--allow-errors"]]
        for template in TEMPLATES:
            for lang in ["ru", "en"]:
                commands.append(["report", path, "--template", template, "--lang", lang, "--allow-errors",
                                 "-o", os.path.join(folder, f"{name}.{template}.{lang}.txt")])
        for arguments in commands:
            label = " ".join(a for a in arguments[:4] if a != path and not a.startswith("/")).replace("--template ", "")
            try:
                status, elapsed, peak, stderr = run(binary, arguments, folder)
            except subprocess.TimeoutExpired:
                failures.append(f"{name}: {label}: over 60 s")
                print(f"{name:28} {size // 1024:5} {label:28} hang")
                continue
            print(f"{name:28} {size // 1024:5} {label:28} {status:4} {elapsed:6.2f}s {peak:8.0f}")
            if status not in (0, 1, 2):
                failures.append(f"{name}: {label}: exit {status}: {stderr[-300:]!r}")
            if elapsed > TIME_LIMIT:
                failures.append(f"{name}: {label}: {elapsed:.2f} s")
            if peak > MEMORY_LIMIT_MB:
                failures.append(f"{name}: {label}: {peak:.0f} MB")
    if failures:
        print("\nover the limits:\n  " + "\n  ".join(failures))
        return 1
    print(f"\nall within {TIME_LIMIT} s and {MEMORY_LIMIT_MB} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
