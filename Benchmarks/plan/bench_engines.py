#!/usr/bin/env python3
"""The engine comparison behind docs/planner.md: on the same generated
visits, visitplan's own search against Gecode 6.2 and Z3 4.8 (the solver
libraries the issue named, models in gecode_model.cpp and z3_model.py) and
CP-SAT (the yardstick), each with 10 s (2 threads where the engine has them).

Needs Debian's libgecode-dev and python3-z3 (`make bench-engines` installs
them). Prints, per visit: priority placed and the sum of ends of each engine,
its time to a first plan where it reports one, and whether it proved its plan.
"""
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cpsat_model  # noqa: E402
import generate  # noqa: E402
import instance  # noqa: E402
import z3_model  # noqa: E402

GECODE = os.path.join(tempfile.gettempdir(), "visitplan-gecode-model")


def build_gecode():
    subprocess.run(["g++", "-O2", "-std=c++17", "-o", GECODE, os.path.join(HERE, "gecode_model.cpp"),
                    "-lgecodeminimodel", "-lgecodesearch", "-lgecodeint", "-lgecodekernel",
                    "-lgecodesupport", "-lpthread"], check=True)


def gecode(path, limit):
    text = instance.to_text(instance.build(path))
    done = subprocess.run([GECODE, str(limit)], input=text, capture_output=True, text=True)
    return json.loads(done.stdout)


def visitplan(path, limit):
    began = time.perf_counter()
    done = subprocess.run([".build/release/visitplan", "plan", path, "--format", "json",
                           "--time-limit", f"{limit}s"], capture_output=True, text=True)
    result = json.loads(done.stdout)
    return {"priority": result["objective"]["priority-placed"],
            "sum-of-ends": result["objective"]["sum-of-ends"],
            "seconds": time.perf_counter() - began, "first-seconds": result["first-plan-seconds"],
            "proven": result["proven"]}


def cell(result):
    if "priority" not in result:
        return f"{result.get('status', '?'):>22}"
    proven = "*" if result.get("proven") else " "
    return f"{result['priority']:>4} {result['sum-of-ends']:>8} {result['seconds']:>5.1f}s{proven}"


def main():
    sizes = [int(x) for x in sys.argv[1:]] or [10, 40, 100, 300]
    subprocess.run(["swift", "build", "-c", "release", "--product", "visitplan"], check=True,
                   stdout=subprocess.DEVNULL)
    build_gecode()
    engines = [("visitplan", visitplan), ("Gecode 6.2", gecode),
               ("Z3 4.8", lambda p, l: z3_model.solve(p, l)),
               ("CP-SAT", lambda p, l: cpsat_model.solve(p, l, 2))]
    print("each cell: priority placed, sum of ends (min), seconds; * = proven best")
    print(f"{'visit':>10} " + " ".join(f"{name:>22}" for name, _ in engines))
    totals = {name: [0, 0] for name, _ in engines}
    with tempfile.TemporaryDirectory() as folder:
        for n in sizes:
            for seed in (1, 2, 3):
                path = os.path.join(folder, f"v{n}-{seed}.visit.yaml")
                with open(path, "w", encoding="utf-8") as out:
                    out.write(generate.generate(n, seed))
                row = []
                for name, run in engines:
                    result = run(path, 10)
                    row.append(cell(result))
                    if "priority" in result:
                        totals[name][0] += result["priority"]
                        totals[name][1] += result["sum-of-ends"]
                print(f"{n:>6} #{seed:<2} " + " ".join(row), flush=True)
    print("totals (priority, sum of ends): " + "; ".join(
        f"{name} {p}, {e}" for name, (p, e) in totals.items()))


if __name__ == "__main__":
    main()
