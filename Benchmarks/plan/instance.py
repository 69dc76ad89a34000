"""A visit to plan as a solver-neutral instance, for the yardsticks (CP-SAT,
Z3, Gecode): tasks with their possible days and start ranges, fixed events,
pairs that may not overlap (with the travel each way), `after` with travel,
busy times, and lunch per person and day.

The semantics are those of ../shared/spec/planner.md for the visits
generate.py writes, with lunch on the safe side: a block of its length
inside the lunch range that no event of the person overlaps, and for any
two of their events at venues, one before and one after it, the journey
between them fits between lunch and all the events before it, or between
lunch and all the events after it. visitplan's rule asks that only of the
journey between the events right around lunch, so every plan of this
instance passes `visitplan check`, and its best may be a little worse than
the best visitplan may find.
"""
import datetime

import yaml

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


def build(path):
    """The instance: a dict of plain lists, in minutes from the first day's 00:00."""
    visit = yaml.safe_load(open(path, encoding="utf-8"))
    info = visit["visit"]
    first = as_date(info["start"])
    last = as_date(info["end"])
    days = [first + datetime.timedelta(days=i) for i in range((last - first).days + 1)]
    settings = visit.get("settings", {})
    local = duration(settings.get("local-transfer", "15m"))
    window_day = span(settings.get("day-window", "08:00-21:00"))
    sites = visit.get("sites", {})
    entries = {}
    for entry in visit.get("travel", []):
        entries[(entry["from"], entry["to"])] = entry["minutes"]
        entries[(entry["to"], entry["from"])] = entry["minutes"]

    def travel(a, b):
        if a is None or b is None or a == b:
            return 0
        if (a, b) in entries:
            return entries[(a, b)]
        pa, pb = sites[a]["place"], sites[b]["place"]
        return local if pa == pb else entries.get((pa, pb), 0)

    arrival, departure, busy = {}, {}, {}
    for pid, person in visit["people"].items():
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

    items = []
    for block_day, e in events:
        item = {"id": e["id"], "people": list(e.get("participants", [])), "site": e.get("site"),
                "priority": e.get("priority", 1), "after": e.get("after", [])}
        if "time" in e:
            a, b = span(e["time"])
            item.update(fixed=True, start=block_day * 1440 + a, length=b - a,
                        options=[(block_day, block_day * 1440 + a, block_day * 1440 + a)])
        else:
            length = duration(e.get("duration", settings.get("default-duration", "60m")))
            allowed = [block_day] if block_day is not None else (
                [(as_date(x) - first).days for x in e["dates"]] if "dates" in e
                else list(range(len(days))))
            site = sites.get(e.get("site")) if e.get("site") else None
            table = weekday_table(site.get("hours")) if site else None
            closed = {(as_date(x) - first).days for x in site.get("closed", [])} if site else set()
            options = []
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
                if lo_abs <= hi_abs:
                    options.append((d, lo_abs, hi_abs))
            item.update(fixed=False, length=length, options=options,
                        busy=[b for p in item["people"] for b in busy.get(p, [])])
        items.append(item)

    index = {item["id"]: k for k, item in enumerate(items)}
    by_person = {}
    for k, item in enumerate(items):
        for p in item["people"]:
            by_person.setdefault(p, []).append(k)
    pairs = {}
    for group in by_person.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if items[a]["fixed"] and items[b]["fixed"]:
                    continue
                pairs[(a, b)] = (travel(items[a]["site"], items[b]["site"]),
                                 travel(items[b]["site"], items[a]["site"]))
    by_site = {}
    for k, item in enumerate(items):
        if item["site"] and not sites[item["site"]].get("shared"):
            by_site.setdefault(item["site"], []).append(k)
    for group in by_site.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if (a, b) not in pairs and not (items[a]["fixed"] and items[b]["fixed"]):
                    pairs[(a, b)] = (0, 0)
    after = []
    for k, item in enumerate(items):
        for earlier in item["after"]:
            if earlier in index:
                e = index[earlier]
                after.append((e, k, travel(items[e]["site"], item["site"])))
    lunches = []
    lunch = settings.get("lunch")
    if lunch:
        range_text, length_text = str(lunch).split(" ")
        l0, l1 = span(range_text)
        ll = duration(length_text)
        for group in by_person.values():
            for d in range(len(days)):
                members = [k for k in group if any(o[0] == d for o in items[k]["options"])]
                if members:
                    journeys = []
                    for i, a in enumerate(members):
                        for b in members[i + 1:]:
                            ta = travel(items[a]["site"], items[b]["site"])
                            tb = travel(items[b]["site"], items[a]["site"])
                            if (ta or tb) and items[a]["site"] and items[b]["site"]:
                                journeys.append((a, b, ta, tb))
                    lunches.append({"day": d, "lo": d * 1440 + l0, "hi": d * 1440 + l1 - ll,
                                    "length": ll, "members": members, "journeys": journeys})
    return {"items": items, "pairs": [(a, b, g1, g2) for (a, b), (g1, g2) in sorted(pairs.items())],
            "after": after, "lunches": lunches, "horizon": len(days) * 1440}


def to_text(instance):
    """A plain whitespace format for the C++ model (Gecode)."""
    items = instance["items"]
    out = [f"{len(items)} {instance['horizon']}"]
    for item in items:
        opts = " ".join(f"{d} {lo} {hi}" for d, lo, hi in item["options"])
        busy = " ".join(f"{a} {b}" for a, b in item.get("busy", []))
        out.append(f"{1 if item['fixed'] else 0} {item['priority']} {item['length']} "
                   f"{len(item['options'])} {opts} {len(item.get('busy', []))} {busy}")
    out.append(str(len(instance["pairs"])))
    out += [f"{a} {b} {g1} {g2}" for a, b, g1, g2 in instance["pairs"]]
    out.append(str(len(instance["after"])))
    out += [f"{a} {b} {g}" for a, b, g in instance["after"]]
    out.append(str(len(instance["lunches"])))
    for lunch in instance["lunches"]:
        out.append(f"{lunch['day']} {lunch['lo']} {lunch['hi']} {lunch['length']} "
                   f"{len(lunch['members'])} " + " ".join(map(str, lunch["members"])))
        out.append(f"{len(lunch['journeys'])} "
                   + " ".join(f"{a} {b} {ta} {tb}" for a, b, ta, tb in lunch["journeys"]))
    return "\n".join(out) + "\n"
