#!/usr/bin/env python3
"""Do several `gillab run` results agree? (issue 15's and issue 14's "three runs in a row" checks)

    python3 bench/runs_agree.py run1/results.json run2/results.json run3/results.json

Prints each cell's ratio to the baseline with its 95 % interval and its speed-up, one column per
run, then checks, per run: every ratio (vs baseline, speed-up) lies inside every other run's
interval; the A/A comparison (the noise-floor model at 1 worker) has an interval holding 1.00; no
model is faster than the baseline at 1 worker with an interval excluding 1.00; no speed-up exceeds
the worker count x 1.05. Exit status 0 when every check holds, 1 otherwise.
"""
import json
import sys


def main(paths):
    if len(paths) < 2:
        sys.exit("usage: runs_agree.py RESULTS.json RESULTS.json [...]")
    runs = []
    for p in paths:
        try:
            with open(p) as f:
                runs.append(json.load(f))
        except (OSError, ValueError) as e:
            sys.exit(f"runs_agree.py: {p}: {e}")
    aa = runs[0].get("settings", {}).get("noise_floor", "unsafe")
    key = lambda c: (c["workload"], c["model"], c["workers"])
    cells = [{key(c): c for c in r["cells"]} for r in runs]
    n = len(runs)
    print(f"{'workload':15s} {'model':16s} n  " + "  ".join(f"run {i + 1}: vs baseline [CI]  speed-up" for i in range(n)))
    problems = []
    for k in cells[0]:
        row = []
        for i in range(n):
            c = cells[i].get(k)
            if not c or c.get("slowdown_vs_baseline") is None or not c.get("slowdown_vs_baseline_ci"):
                row.append(f"{'-':>33s}")
                continue
            r, (lo, hi), sp = c["slowdown_vs_baseline"], c["slowdown_vs_baseline_ci"], c.get("speedup")
            row.append(f"{r:5.2f}x [{lo:.2f}-{hi:.2f}] {('%.2fx' % sp) if sp else '-':>8s}")
            for j in range(n):
                o = cells[j].get(k) if j != i else None
                if not o or not o.get("slowdown_vs_baseline_ci"):
                    continue
                olo, ohi = o["slowdown_vs_baseline_ci"]
                if not olo <= r <= ohi:
                    problems.append(f"run {i + 1} {'/'.join(map(str, k))}: vs baseline {r:.3f} outside run {j + 1}'s [{olo:.3f}-{ohi:.3f}]")
                if sp and o.get("speedup_ci"):
                    slo, shi = o["speedup_ci"]
                    if not slo <= sp <= shi:
                        problems.append(f"run {i + 1} {'/'.join(map(str, k))}: speed-up {sp:.3f} outside run {j + 1}'s [{slo:.3f}-{shi:.3f}]")
            if k[1] == aa and k[2] == 1 and not lo <= 1.0 <= hi:
                problems.append(f"run {i + 1} {'/'.join(map(str, k))}: the A/A interval [{lo:.3f}-{hi:.3f}] excludes 1.00")
            if k[1] != aa and k[2] == 1 and hi < 1.0:
                problems.append(f"run {i + 1} {'/'.join(map(str, k))}: faster than the baseline, interval [{lo:.3f}-{hi:.3f}]")
            if sp and sp > k[2] * 1.05:
                problems.append(f"run {i + 1} {'/'.join(map(str, k))}: speed-up {sp:.2f} above {k[2]} workers x 1.05")
        print(f"{k[0]:15s} {k[1]:16s} {k[2]}  " + "  ".join(row))
    print()
    print("every check holds" if not problems else f"{len(problems)} check(s) fail:")
    for p in problems:
        print("  " + p)
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
