#!/usr/bin/env python3
"""Measures the shared-heap models side by side and prints the figures issue by issue:

  overhead   single-thread wall time of each model against `unsafe` (countdown, objects)
  scaling    countdown on 1 and 2 workers: speed-up per model
  switches   gil hand-offs per second with interval 1ms / 5ms / 20ms (two CPU-bound workers)
  convoy     socket-pair round trips per second alone (2 workers) and beside a CPU thread (3)
  races      updates lost by shared_counter and counter_locked per model (4 workers)

Every figure is a median: each `./gillab exec` call is a fresh JVM (no JIT profile shared between
models) that warms up and then times several runs; calls are repeated in rounds that interleave the
models, so that drift in the machine's load falls on all of them alike.

    python3 bench/models.py [--rounds 3] [--only overhead,scaling,...] [--models a,b]
"""
import argparse
import re
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
W = ROOT / "harness" / "workloads"
MODELS = ["unsafe", "gil", "gil-ticks", "fine-grained", "free-threaded", "cooperative", "subinterpreters"]
ISOLATED = {"subinterpreters"}  # convoy's sockets and the shared counters are not applicable to them


def gillab(*args, timeout=900):
    p = subprocess.run([str(ROOT / "gillab"), "exec", *args], capture_output=True, text=True, timeout=timeout)
    return p.returncode, p.stdout, p.stderr


def parse(report):
    out = {"counters": {}}
    m = re.search(r"time +wall median ([\d.]+) s", report) or re.search(r"time +wall ([\d.]+) s", report)
    if m:
        out["wall"] = float(m.group(1))
    m = re.search(r"^results +(.*)$", report, re.M)
    if m:
        out["results"] = [r.strip() for r in m.group(1).split(",")]
    in_counters = False
    for line in report.splitlines():
        if line.startswith("counters"):
            in_counters = True
            continue
        if in_counters and line.startswith("  "):
            name, value = line.split()
            out["counters"][name] = int(value.replace(",", ""))
        else:
            in_counters = False
    return out


def timed(model, workload, workers, size=None, options=(), warmup=2, runs=5):
    args = ["--model", model, "--workers", str(workers), "--warmup", str(warmup), "--runs", str(runs), "--no-audit"]
    if size:
        args += ["--size", str(size)]
    for o in options:
        args += ["--option", o]
    code, out, err = gillab(*args, str(W / (workload + ".py")))
    r = parse(err)
    r["exit"] = code
    r["stdout"] = out
    if "wall" not in r:
        print("  %s %s %d workers failed (exit %d):\n%s" % (model, workload, workers, code, err), file=sys.stderr)
    return r


def med(xs):
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else float("nan")


def overhead(models, rounds):
    print("\n## Single-thread overhead against unsafe (1 worker, median wall time)\n")
    print("| workload | " + " | ".join(models) + " |")
    print("|---|" + "---|" * len(models))
    for wl in ["countdown", "objects"]:
        walls = {m: [] for m in models}
        for _ in range(rounds):
            for m in models:
                walls[m].append(timed(m, wl, 1).get("wall"))
        base = med(walls["unsafe"]) if "unsafe" in walls else None
        cells = []
        for m in models:
            w = med(walls[m])
            cells.append("%.3f s" % w + (" (%.2fx)" % (w / base) if base else ""))
        print("| %s | %s |" % (wl, " | ".join(cells)))


def scaling(models, rounds):
    print("\n## countdown on 1 and 2 workers (same total work; median wall time)\n")
    print("| model | 1 worker | 2 workers | speed-up |")
    print("|---|---|---|---|")
    for m in models:
        one, two = [], []
        for _ in range(rounds):
            one.append(timed(m, "countdown", 1).get("wall"))
            two.append(timed(m, "countdown", 2).get("wall"))
        print("| %s | %.3f s | %.3f s | %.2fx |" % (m, med(one), med(two), med(one) / med(two)))


def switches(rounds):
    print("\n## gil: hand-offs between two CPU-bound workers (countdown)\n")
    print("| interval | wall | switches | switches per second | drop requests |")
    print("|---|---|---|---|---|")
    for iv in ["1ms", "5ms", "20ms"]:
        rows = [timed("gil", "countdown", 2, options=["interval=" + iv], warmup=1, runs=1) for _ in range(rounds)]
        wall = med([r.get("wall") for r in rows])
        sw = med([r["counters"].get("switches") for r in rows])
        dr = med([r["counters"].get("drop-requests") for r in rows])
        print("| %s | %.3f s | %d | %.0f | %d |" % (iv, wall, sw, sw / wall, dr))


def convoy(models, rounds):
    print("\n## convoy: socket-pair round trips per second (size 500)\n")
    print("| model | alone (2 workers) | beside a CPU thread (3 workers) | ratio |")
    print("|---|---|---|---|")
    for m in models:
        alone, beside = [], []
        for _ in range(rounds):
            a = timed(m, "convoy", 2, warmup=1, runs=1)
            b = timed(m, "convoy", 3, warmup=0, runs=1)
            alone.append(float(a["results"][0]) if "results" in a else None)
            beside.append(float(b["results"][0]) if "results" in b else None)
        ra, rb = med(alone), med(beside)
        print("| %s | %.0f | %.0f | %.0fx fewer |" % (m, ra, rb, ra / rb))


def races(models, rounds):
    print("\n## Lost updates, 4 workers (shared_counter: 2,000,000 updates; counter_locked: 1,000,000)\n")
    print("| model | unlocked: lost (median of %d) | locked: lost |" % rounds)
    print("|---|---|---|")
    for m in models:
        lost_u, lost_l = [], []
        for _ in range(rounds):
            for wl, acc in (("shared_counter", lost_u), ("counter_locked", lost_l)):
                code, out, err = gillab("--model", m, "--workers", "4", str(W / (wl + ".py")))
                mm = re.search(r"lost (\d+) of", out)
                acc.append(int(mm.group(1)) if mm else (0 if "check     passed" in err else None))
        print("| %s | %s | %s |" % (m, med(lost_u), med(lost_l)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--only", default="overhead,scaling,switches,convoy,races")
    ap.add_argument("--models", default=",".join(MODELS))
    a = ap.parse_args()
    models = a.models.split(",")
    only = a.only.split(",")
    subprocess.run([str(ROOT / "gillab"), "exec", "--list-models"], capture_output=True)  # build once
    if "overhead" in only:
        overhead(models if "unsafe" in models else ["unsafe"] + models, a.rounds)
    if "scaling" in only:
        scaling(models, a.rounds)
    if "switches" in only and "gil" in models:
        switches(a.rounds)
    shared_heap = [m for m in models if m not in ISOLATED]
    if "convoy" in only:
        convoy(shared_heap, a.rounds)
    if "races" in only:
        races(shared_heap, a.rounds)


if __name__ == "__main__":
    main()
