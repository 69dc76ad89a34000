#!/usr/bin/env python3
"""The planner's problem as an OR-Tools CP-SAT model: the benchmark's
yardstick and a test oracle, never a runtime dependency. The instance is
instance.py's.
"""
import sys

from ortools.sat.python import cp_model

import instance as instances


def solve(path, time_limit=10.0, workers=2):
    data = instances.build(path)
    items = data["items"]
    model = cp_model.CpModel()
    start, present, choice = [], [], []
    for k, item in enumerate(items):
        if item["fixed"]:
            start.append(item["start"])
            present.append(1)
            choice.append({item["options"][0][0]: 1})
            continue
        s = model.NewIntVar(0, data["horizon"], f"s{k}")
        p = model.NewBoolVar(f"p{k}")
        options = {}
        for d, lo, hi in item["options"]:
            x = model.NewBoolVar(f"x{k}_{d}")
            model.Add(s >= lo).OnlyEnforceIf(x)
            model.Add(s <= hi).OnlyEnforceIf(x)
            options[d] = x
        model.Add(sum(options.values()) == p)
        model.Add(s == 0).OnlyEnforceIf(p.Not())
        for b0, b1 in item["busy"]:
            before = model.NewBoolVar("")
            model.Add(s + item["length"] <= b0).OnlyEnforceIf([before, p])
            model.Add(s >= b1).OnlyEnforceIf([before.Not(), p])
        start.append(s)
        present.append(p)
        choice.append(options)

    def when(*ks):
        return [present[k] for k in ks if not items[k]["fixed"]]

    for a, b, gab, gba in data["pairs"]:
        order = model.NewBoolVar("")
        model.Add(start[a] + items[a]["length"] + gab <= start[b]).OnlyEnforceIf(
            [order] + when(a, b))
        model.Add(start[b] + items[b]["length"] + gba <= start[a]).OnlyEnforceIf(
            [order.Not()] + when(a, b))
    for a, b, gap in data["after"]:
        model.Add(start[b] >= start[a] + items[a]["length"] + gap).OnlyEnforceIf(when(a, b))
    for lunch in data["lunches"]:
        lunch_before = {}
        here = model.NewBoolVar("")
        l = model.NewIntVar(lunch["lo"], lunch["hi"], "")
        for k in lunch["members"]:
            x = choice[k].get(lunch["day"])
            cond = [] if isinstance(x, int) else [x]
            if cond:
                model.AddImplication(x, here)
            else:
                model.Add(here == 1)
            before = model.NewBoolVar("")
            model.Add(l + lunch["length"] <= start[k]).OnlyEnforceIf([before, here] + cond)
            model.Add(start[k] + items[k]["length"] <= l).OnlyEnforceIf(
                [before.Not(), here] + cond)
            lunch_before[k] = (before, cond)
        # The latest end before lunch and the earliest start after it.
        last_end = model.NewIntVar(0, data["horizon"], "")
        next_start = model.NewIntVar(0, data["horizon"], "")
        for k, (before, cond) in lunch_before.items():
            model.Add(last_end >= start[k] + items[k]["length"]).OnlyEnforceIf(
                [before.Not(), here] + cond)
            model.Add(next_start <= start[k]).OnlyEnforceIf([before, here] + cond)
        for a, b, ta, tb in lunch["journeys"]:
            (before_a, cond_a), (before_b, cond_b) = lunch_before[a], lunch_before[b]
            for gap, after_first, after_second in ((ta, before_a, before_b),
                                                   (tb, before_b, before_a)):
                if not gap:
                    continue
                # One before lunch and one after it: the journey between
                # them goes right before lunch or right after it.
                early = model.NewBoolVar("")
                conditions = [after_first.Not(), after_second, here] + cond_a + cond_b
                model.Add(last_end + gap <= l).OnlyEnforceIf([early] + conditions)
                model.Add(l + lunch["length"] + gap <= next_start).OnlyEnforceIf(
                    [early.Not()] + conditions)
    tasks = [k for k, item in enumerate(items) if not item["fixed"]]
    priority = sum(items[k]["priority"] * present[k] for k in tasks)
    ends = sum(start[k] + items[k]["length"] * present[k] for k in tasks)
    model.Maximize(100_000_000 * priority - ends)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = time_limit
    solver.parameters.num_workers = workers
    status = solver.Solve(model)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return {"status": solver.StatusName(status)}
    placed = [k for k in tasks if solver.Value(present[k])]
    return {"status": solver.StatusName(status),
            "priority": sum(items[k]["priority"] for k in placed),
            "priority-total": sum(items[k]["priority"] for k in tasks),
            "sum-of-ends": sum(solver.Value(start[k]) + items[k]["length"] for k in placed),
            "seconds": solver.WallTime(), "proven": status == cp_model.OPTIMAL}


if __name__ == "__main__":
    print(solve(sys.argv[1], float(sys.argv[2]) if len(sys.argv) > 2 else 10.0))
