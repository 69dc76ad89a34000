#!/usr/bin/env python3
"""The planner's problem as an OR-Tools CP-SAT model: the benchmark's
yardstick and a test oracle, never a runtime dependency.

Reads the visits Benchmarks/plan/generate.py writes (and files like them)
with the semantics of ../shared/spec/planner.md: day window, windows, venue
hours and closed days, `dates` and day blocks, busy times, arrival and
departure, people and unshared venues one event at a time with travel
between venues, `after` with travel, priorities then the sum of ends.

One relaxation, stated: lunch is an interval of its length inside the
lunch range that no event of the person overlaps, without the journey
around it; so CP-SAT may find plans a little better than the exact rule
allows, and the gap it shows is an upper bound on visitplan's.
"""
import datetime
import sys

import yaml
from ortools.sat.python import cp_model

WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def minutes(text):
    h, m = str(text).strip().split(":")
    return int(h) * 60 + int(m)


def span(text):
    a, b = str(text).split("-")
    return minutes(a), minutes(b)


def duration(text):
    text = str(text)
    total = 0
    if "h" in text:
        h, text = text.split("h")
        total += int(h) * 60
    if text.endswith("m"):
        total += int(text[:-1])
    return total


def as_date(value):
    return value if isinstance(value, datetime.date) else datetime.date.fromisoformat(str(value))


def weekday_table(hours):
    """Opening ranges per weekday index, or None for always open."""
    if hours is None:
        return None
    if isinstance(hours, str):
        r = span(hours)
        return {d: [r] for d in range(7)}
    table = {}
    for key, value in hours.items():
        if "-" in key:
            a, b = key.split("-")
            days = range(WEEKDAYS.index(a), WEEKDAYS.index(b) + 1)
        else:
            days = [WEEKDAYS.index(key)]
        for d in days:
            table[d] = [] if value == "closed" else [span(value)]
    return table


def solve(path, time_limit=10.0, workers=2):
    visit = yaml.safe_load(open(path, encoding="utf-8"))
    info = visit["visit"]
    first = as_date(info["start"])
    last = as_date(info["end"])
    days = [first + datetime.timedelta(days=i) for i in range((last - first).days + 1)]
    settings = visit.get("settings", {})
    local = duration(settings.get("local-transfer", "15m"))
    window_day = span(settings.get("day-window", "08:00-21:00"))
    lunch = settings.get("lunch")
    sites = visit.get("sites", {})
    travel_entries = {}
    for entry in visit.get("travel", []):
        travel_entries[(entry["from"], entry["to"])] = entry["minutes"]
        travel_entries[(entry["to"], entry["from"])] = entry["minutes"]

    def travel(a, b):
        if a is None or b is None or a == b:
            return 0
        if (a, b) in travel_entries:
            return travel_entries[(a, b)]
        pa, pb = sites[a]["place"], sites[b]["place"]
        if pa == pb:
            return local
        return travel_entries.get((pa, pb), 0)

    people = visit["people"]
    arrival = {}
    departure = {}
    busy = {}
    for pid, person in people.items():
        if "arrives" in person:
            d, t = str(person["arrives"]).split(" ")
            arrival[pid] = (as_date(d) - first).days * 1440 + minutes(t)
        if "leaves" in person:
            d, t = str(person["leaves"]).split(" ")
            departure[pid] = (as_date(d) - first).days * 1440 + minutes(t)
        for entry in person.get("busy", []):
            parts = str(entry).split(" ")
            base = (as_date(parts[0]) - first).days * 1440
            if len(parts) == 2:
                a, b = span(parts[1])
                busy.setdefault(pid, []).append((base + a, base + b))
            else:
                busy.setdefault(pid, []).append((base, base + 1440))

    events = []
    for block in visit.get("days", []):
        d = (as_date(block["date"]) - first).days
        for e in block.get("events", []):
            events.append((d, e))
    for e in visit.get("unscheduled", []) or []:
        events.append((None, e))

    model = cp_model.CpModel()
    horizon = len(days) * 1440
    items = []
    for block_day, e in events:
        item = {"id": e["id"], "people": list(e.get("participants", [])), "site": e.get("site"),
                "priority": e.get("priority", 1), "after": e.get("after", [])}
        if "time" in e:
            a, b = span(e["time"])
            item.update(fixed=True, start=block_day * 1440 + a, length=b - a,
                        present=1, day_of={block_day: 1})
        else:
            length = duration(e.get("duration", settings.get("default-duration", "60m")))
            allowed = [block_day] if block_day is not None else (
                [(as_date(x) - first).days for x in e["dates"]] if "dates" in e
                else list(range(len(days))))
            start = model.NewIntVar(0, horizon, f"s_{e['id']}")
            choices = {}
            site = sites.get(e.get("site")) if e.get("site") else None
            table = weekday_table(site.get("hours")) if site else None
            closed = {(as_date(x) - first).days for x in site.get("closed", [])} if site else set()
            for d in allowed:
                if d in closed:
                    continue
                lo, hi = window_day
                if "window" in e:
                    w = span(e["window"])
                    lo, hi = max(lo, w[0]), min(hi, w[1])
                if table is not None:
                    ranges = table.get(days[d].weekday(), [])
                    if not ranges:
                        continue
                    lo, hi = max(lo, ranges[0][0]), min(hi, ranges[0][1])
                base = d * 1440
                lo_abs, hi_abs = base + lo, base + hi - length
                for p in item["people"]:
                    if p in arrival:
                        lo_abs = max(lo_abs, arrival[p])
                    if p in departure:
                        hi_abs = min(hi_abs, departure[p] - length)
                if lo_abs > hi_abs:
                    continue
                x = model.NewBoolVar(f"x_{e['id']}_{d}")
                model.Add(start >= lo_abs).OnlyEnforceIf(x)
                model.Add(start <= hi_abs).OnlyEnforceIf(x)
                choices[d] = x
            present = model.NewBoolVar(f"p_{e['id']}")
            model.Add(sum(choices.values()) == present)
            model.Add(start == 0).OnlyEnforceIf(present.Not())
            item.update(fixed=False, start=start, length=length, present=present, day_of=choices)
            for p in item["people"]:
                for (b0, b1) in busy.get(p, []):
                    before = model.NewBoolVar("")
                    model.Add(start + length <= b0).OnlyEnforceIf([before, present])
                    model.Add(start >= b1).OnlyEnforceIf([before.Not(), present])
        items.append(item)

    def lits(item):
        return [] if item["fixed"] else [item["present"]]

    by_id = {item["id"]: item for item in items}
    by_person = {}
    for item in items:
        for p in item["people"]:
            by_person.setdefault(p, []).append(item)
    done = set()

    def apart(a, b, gap_ab, gap_ba):
        if a["fixed"] and b["fixed"]:
            return
        order = model.NewBoolVar("")
        model.Add(a["start"] + a["length"] + gap_ab <= b["start"]).OnlyEnforceIf(
            [order] + lits(a) + lits(b))
        model.Add(b["start"] + b["length"] + gap_ba <= a["start"]).OnlyEnforceIf(
            [order.Not()] + lits(a) + lits(b))

    for group in by_person.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                key = (id(a), id(b))
                if key in done:
                    continue
                done.add(key)
                apart(a, b, travel(a["site"], b["site"]), travel(b["site"], a["site"]))
    by_site = {}
    for item in items:
        if item["site"] and not sites[item["site"]].get("shared"):
            by_site.setdefault(item["site"], []).append(item)
    for group in by_site.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if (id(a), id(b)) not in done:
                    apart(a, b, 0, 0)
    for item in items:
        for earlier in item["after"]:
            if earlier in by_id:
                e = by_id[earlier]
                model.Add(item["start"] >= e["start"] + e["length"] + travel(e["site"], item["site"])
                          ).OnlyEnforceIf(lits(item) + lits(e))
    if lunch:
        rng_text, length_text = str(lunch).split(" ")
        l0, l1 = span(rng_text)
        ll = duration(length_text)
        for p, group in by_person.items():
            for d in range(len(days)):
                on_day = [(item, item["day_of"].get(d)) for item in group if d in item["day_of"]]
                if not on_day:
                    continue
                here = model.NewBoolVar("")
                for _, x in on_day:
                    model.AddImplication(x, here) if not isinstance(x, int) else model.Add(here == 1)
                base = d * 1440
                lunch_start = model.NewIntVar(base + l0, base + l1 - ll, "")
                for item, x in on_day:
                    before = model.NewBoolVar("")
                    cond = [] if isinstance(x, int) else [x]
                    model.Add(lunch_start + ll <= item["start"]).OnlyEnforceIf([before, here] + cond)
                    model.Add(item["start"] + item["length"] <= lunch_start).OnlyEnforceIf(
                        [before.Not(), here] + cond)
    tasks = [item for item in items if not item["fixed"]]
    priority = sum(item["priority"] * item["present"] for item in tasks)
    ends = sum(item["start"] + item["length"] * item["present"] for item in tasks)
    model.Maximize(100_000_000 * priority - ends)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = time_limit
    solver.parameters.num_workers = workers
    status = solver.Solve(model)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return {"status": solver.StatusName(status)}
    placed = sum(item["priority"] for item in tasks if solver.Value(item["present"]))
    total_ends = sum(solver.Value(item["start"]) + item["length"]
                     for item in tasks if solver.Value(item["present"]))
    return {"status": solver.StatusName(status), "priority": placed,
            "priority-total": sum(item["priority"] for item in tasks), "sum-of-ends": total_ends,
            "seconds": solver.WallTime(), "bound-ok": status == cp_model.OPTIMAL}


if __name__ == "__main__":
    print(solve(sys.argv[1], float(sys.argv[2]) if len(sys.argv) > 2 else 10.0))
