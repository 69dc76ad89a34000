#!/usr/bin/env python3
"""The planner's instance (instance.py) for Z3 4.8 (Debian's libz3 through
its python3-z3 bindings): an engine candidate the benchmark measures.
Optimize with the two aims in lexicographic order: priority placed, then
the sum of ends. Returns the best model found within the time limit.
"""
import sys
import time

sys.path.append("/usr/lib/python3/dist-packages")  # Debian's python3-z3
import z3  # noqa: E402

import instance as instances  # noqa: E402


def solve(path, time_limit=10.0):
    data = instances.build(path)
    items = data["items"]
    began = time.perf_counter()
    opt = z3.Optimize()
    opt.set("timeout", int(time_limit * 1000))
    opt.set(priority="lex")
    start, present, choice = [], [], []
    for k, item in enumerate(items):
        if item["fixed"]:
            start.append(z3.IntVal(item["start"]))
            present.append(z3.BoolVal(True))
            choice.append({item["options"][0][0]: z3.BoolVal(True)})
            continue
        s = z3.Int(f"s{k}")
        p = z3.Bool(f"p{k}")
        options = {}
        for d, lo, hi in item["options"]:
            x = z3.Bool(f"x{k}_{d}")
            opt.add(z3.Implies(x, z3.And(s >= lo, s <= hi)))
            options[d] = x
        opt.add(z3.PbEq([(x, 1) for x in options.values()] + [(z3.Not(p), 1)], 1)
                if options else z3.Not(p))
        opt.add(z3.Implies(z3.Not(p), s == 0))
        for b0, b1 in item["busy"]:
            opt.add(z3.Implies(p, z3.Or(s + item["length"] <= b0, s >= b1)))
        start.append(s)
        present.append(p)
        choice.append(options)
    for a, b, gab, gba in data["pairs"]:
        opt.add(z3.Implies(z3.And(present[a], present[b]),
                           z3.Or(start[a] + items[a]["length"] + gab <= start[b],
                                 start[b] + items[b]["length"] + gba <= start[a])))
    for a, b, gap in data["after"]:
        opt.add(z3.Implies(z3.And(present[a], present[b]),
                           start[b] >= start[a] + items[a]["length"] + gap))
    for n, lunch in enumerate(data["lunches"]):
        l = z3.Int(f"l{n}")
        opt.add(l >= lunch["lo"], l <= lunch["hi"])
        on = {}
        for k in lunch["members"]:
            x = choice[k].get(lunch["day"], z3.BoolVal(False))
            on[k] = x
            opt.add(z3.Implies(x, z3.Or(l + lunch["length"] <= start[k],
                                        start[k] + items[k]["length"] <= l)))
        last_end = z3.Int(f"le{n}")
        next_start = z3.Int(f"ns{n}")
        for k in lunch["members"]:
            before = start[k] + items[k]["length"] <= l
            opt.add(z3.Implies(z3.And(on[k], before), last_end >= start[k] + items[k]["length"]))
            opt.add(z3.Implies(z3.And(on[k], z3.Not(before)), next_start <= start[k]))
        for a, b, ta, tb in lunch["journeys"]:
            for first, second, gap in ((a, b, ta), (b, a, tb)):
                if gap:
                    around = z3.And(on[first], on[second],
                                    start[first] + items[first]["length"] <= l,
                                    l + lunch["length"] <= start[second])
                    opt.add(z3.Implies(around, z3.Or(last_end + gap <= l,
                                                      l + lunch["length"] + gap <= next_start)))
    tasks = [k for k, item in enumerate(items) if not item["fixed"]]
    priority = z3.Sum([z3.If(present[k], items[k]["priority"], 0) for k in tasks])
    ends = z3.Sum([start[k] + z3.If(present[k], items[k]["length"], 0) for k in tasks])
    opt.maximize(priority)
    opt.minimize(ends)
    result = opt.check()
    seconds = time.perf_counter() - began
    if result == z3.unsat:
        return {"status": "INFEASIBLE", "seconds": seconds}
    try:
        model = opt.model()
    except z3.Z3Exception:
        return {"status": "UNKNOWN", "seconds": seconds}
    placed = [k for k in tasks if z3.is_true(model.eval(present[k], model_completion=True))]
    return {"status": "OPTIMAL" if result == z3.sat else "FEASIBLE",
            "priority": sum(items[k]["priority"] for k in placed),
            "sum-of-ends": sum(model.eval(start[k], model_completion=True).as_long()
                               + items[k]["length"] for k in placed),
            "seconds": seconds, "proven": result == z3.sat}


if __name__ == "__main__":
    print(solve(sys.argv[1], float(sys.argv[2]) if len(sys.argv) > 2 else 10.0))
