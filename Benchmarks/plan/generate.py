#!/usr/bin/env python3
"""Realistic visits to plan, for the planner's benchmark.

`generate(n, seed)` returns the YAML text of a visit with about n events:
2-5 days, 2-4 towns on a road (travel between towns in `travel`), venues
with opening hours, closed weekdays and closed dates, people with busy
times, an arrival and a departure, a few timed events each day (some
`fixed`), and the rest untimed: durations, windows, `after` chains,
priorities, `dates`, some in day blocks and some in `unscheduled`; lunch
12:00-15:00 45m. The same (n, seed) gives the same file.
"""
import random
import sys


def generate(n, seed=1):
    rng = random.Random(seed * 1000 + n)
    days = 2 if n <= 20 else 3 if n <= 60 else 4 if n <= 150 else 5
    towns = min(4, 2 + n // 100)
    start_day = 18  # 2018-06-18, a Monday
    dates = [f"2018-06-{start_day + d}" for d in range(days)]
    people = max(6, n // 6)
    lines = [
        "# A generated visit to plan (Benchmarks/plan/generate.py).",
        "format: visitplan/1",
        "visit:",
        f"  title: Generated visit of {n} events",
        "  language: en",
        "  timezone: Europe/Moscow",
        f"  start: {dates[0]}",
        f"  end: {dates[-1]}",
        "people:",
    ]
    for p in range(people):
        entry = f"  p{p}: {{name: Person{p} Ivan, side: {'delegation' if p % 2 else 'host'}, gender: male"
        if p % 7 == 3:
            d = rng.randrange(days)
            entry += f', busy: ["{dates[d]} 12:00-14:00"]'
        if p == 1:
            entry += f', arrives: "{dates[0]} 11:00"'
        if p == 2:
            entry += f', leaves: "{dates[-1]} 16:00"'
        lines.append(entry + "}")
    lines.append("places:")
    for t in range(towns):
        lines.append(f"  town{t}: {{name: Town {t}}}")
    lines.append("sites:")
    sites = []
    per_town = 3 + n // 40
    for t in range(towns):
        for s in range(per_town):
            sid = f"s{t}-{s}"
            # The first two venues hold the timed events: always open.
            kind = 0 if (t, s) in ((0, 0), (0, 1)) else rng.randrange(5)
            closed_on = set()
            entry = f"  {sid}: {{name: Venue {t}-{s}, place: town{t}"
            if kind == 1:
                entry += ', hours: "09:00-18:00"'
            elif kind == 2:
                entry += ', hours: {mon: closed, tue-sun: "10:00-17:00"}'
                closed_on.add(0)  # the visit starts on a Monday
            elif kind == 3:
                closed_day = rng.randrange(days)
                closed_on.add(closed_day)
                entry += f', hours: "08:00-20:00", closed: [{dates[closed_day]}]'
            elif kind == 4:
                entry += ", shared: true"
            lines.append(entry + "}")
            sites.append((sid, closed_on))
    lines.append("travel:")
    for a in range(towns):
        for b in range(a + 1, towns):
            lines.append(f"  - {{from: town{a}, to: town{b}, minutes: {35 * (b - a)}}}")
    lines += [
        "settings:",
        "  local-transfer: 10m",
        "  lunch: 12:00-15:00 45m",
        "  max-day-length: 13h",
        "  default-duration: 60m",
        "days:",
    ]
    timed_people = list(range(3, people))
    blocks = {d: [] for d in range(days)}
    unscheduled = []
    # Timed events: an early briefing and an evening event each day, for
    # different people, at the first town's first venue and a shared one.
    for d in range(days):
        a = timed_people[(2 * d) % len(timed_people)]
        b = timed_people[(2 * d + 1) % len(timed_people)]
        blocks[d].append(
            [f"- id: briefing{d}", f"  title: Briefing {d}", '  time: "08:00-08:45"',
             f"  site: s0-0", f"  participants: [p{a}]", "  fixed: true"])
        blocks[d].append(
            [f"- id: evening{d}", f"  title: Evening {d}", '  time: "19:00-20:00"',
             f"  site: s0-1", f"  participants: [p{b}]"])
    task_count = max(1, n - 2 * days)
    for i in range(task_count):
        length = rng.choice([30, 45, 45, 60, 60, 90, 120])
        group = sorted(rng.sample(range(people), rng.choice([1, 2, 2, 3, 4])))
        item = [f"- id: e{i}", f"  title: Event {i}", f"  duration: {length}m",
                f"  participants: [{', '.join(f'p{p}' for p in group)}]"]
        site = rng.choice(sites) if rng.random() < 0.85 else None
        if site:
            item.append(f"  site: {site[0]}")
        r = rng.random()
        if r < 0.15:
            item.append('  window: "09:00-13:00"')
        elif r < 0.3:
            item.append('  window: "14:00-19:00"')
        if i > 0 and rng.random() < 0.2:
            item.append(f"  after: [e{rng.randrange(max(0, i - 8), i)}]")
        if rng.random() < 0.3:
            item.append(f"  priority: {rng.choice([2, 3])}")
        open_days = [d for d in range(days) if not site or d not in site[1]]
        if rng.random() < 0.5 and open_days:
            blocks[rng.choice(open_days)].append(item)
        else:
            if rng.random() < 0.3:
                chosen = sorted(rng.sample(range(days), min(days, rng.choice([1, 2]))))
                item.append(f"  dates: [{', '.join(dates[d] for d in chosen)}]")
            unscheduled.append(item)
    for d in range(days):
        lines.append(f"  - date: {dates[d]}")
        lines.append("    events:")
        for item in blocks[d]:
            lines += ["      " + line for line in item]
    lines.append("unscheduled:")
    for item in unscheduled:
        lines += ["  " + line for line in item]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    sys.stdout.write(generate(size, seed))
