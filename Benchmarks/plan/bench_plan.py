#!/usr/bin/env python3
"""The planner's benchmark: visitplan against OR-Tools CP-SAT, the field's
yardstick, on generated visits of 10 to 300 events (generate.py).

For each size it prints visitplan's time to its first plan and to its final
plan (end to end, release build, --time-limit 10s), the objective of both
(priority placed, then the sum of ends in minutes), the gap in the sum of
ends when both place the same priority, and whether each proved its plan
best. CP-SAT gets 10 s on 2 workers (this machine has 2 cores).

Run from the repository root: python3 Benchmarks/plan/bench_plan.py [sizes…]
"""
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

try:
    import ortools  # noqa: F401
except ImportError:
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet",
                    "--root-user-action=ignore", "ortools"], check=True)

import cpsat_model  # noqa: E402
import generate  # noqa: E402

BINARY = ".build/release/visitplan"


def run_visitplan(path, limit):
    began = time.perf_counter()
    done = subprocess.run([BINARY, "plan", path, "--format", "json", "--time-limit", f"{limit}s"],
                          capture_output=True, text=True)
    wall = time.perf_counter() - began
    result = json.loads(done.stdout)
    result["wall"] = wall
    return result


def main():
    sizes = [int(x) for x in sys.argv[1:]] or [10, 40, 100, 300]
    subprocess.run(["swift", "build", "-c", "release", "--product", "visitplan"], check=True,
                   stdout=subprocess.DEVNULL)
    print("planner: visitplan (release, --time-limit 10s) against CP-SAT (10 s, 2 workers)")
    header = (f"{'events':>6} {'first plan':>10} {'final':>8} {'wall':>6}  "
              f"{'priority vp/cp':>14}  {'sum of ends vp/cp':>19} {'gap':>7}  "
              f"{'proven vp':>9} {'CP-SAT':>8}")
    print(header)
    with tempfile.TemporaryDirectory() as folder:
        for n in sizes:
            path = os.path.join(folder, f"visit-{n}.visit.yaml")
            with open(path, "w", encoding="utf-8") as out:
                out.write(generate.generate(n, 1))
            ours = run_visitplan(path, 10)
            reference = cpsat_model.solve(path, 10.0, 2)
            objective = ours["objective"]
            same = objective["priority-placed"] == reference.get("priority")
            gap = ((objective["sum-of-ends"] - reference["sum-of-ends"])
                   / reference["sum-of-ends"] * 100) if same and reference.get("sum-of-ends") else None
            if gap is not None:
                gap_text = f"{gap:+6.2f}%"
            elif objective["priority-placed"] > reference.get("priority", 0):
                gap_text = "vp more"
            else:
                gap_text = "cp more"
            print(f"{n:>6} {ours['first-plan-seconds']:>9.3f}s {ours['seconds']:>7.2f}s "
                  f"{ours['wall']:>5.2f}s  "
                  f"{objective['priority-placed']:>6}/{reference.get('priority', '-'):<7} "
                  f"{objective['sum-of-ends']:>9}/{reference.get('sum-of-ends', '-'):<9} "
                  f"{gap_text}  {str(ours['proven']):>9} {reference['status']:>8}")
    print("gap: visitplan's sum of ends over CP-SAT's when both place the same priority "
          "(else who placed more); CP-SAT's lunch rule is on the safe side (instance.py)")


if __name__ == "__main__":
    main()
