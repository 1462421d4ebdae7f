"""How does a faster engine change each model's single-thread overhead? (issue 14's research table)

Runs the same workloads under the same models on both engine tiers and prints, per tier, each
model's median time and its ratio to `unsafe` on that tier, then how the ratio moved:

    python3 bench/tiers.py                                   3 rounds, countdown and objects
    python3 bench/tiers.py --rounds 5 --workloads countdown,objects,richards
    python3 bench/tiers.py --models unsafe,gil,free-threaded --tiers interp   one tier only (today's engine)
    python3 bench/tiers.py --java /usr/lib/jvm/temurin-25-jdk-amd64/bin/java --json tiers.json
    python3 bench/tiers.py --quick                           a smoke test, not a measurement

Each cell is one fresh JVM: `gillab exec --model M --tier T --warmup W --runs R --no-audit
WORKLOAD` (1 worker), whose figure is the median of its R timed runs. A round runs every workload,
model and tier once, the tiers' order alternating from round to round, so that drift in the
machine's load falls on all alike; a cell's figure is the median over the rounds, shown with the
range of the rounds' figures. PEP 703's discussion argued that cheaper instructions make atomic
reference counts relatively dearer: if so, free-threaded's and fine-grained's ratios grow on the
compiled tier. If `gillab exec` has no --tier option, the tier is passed as
JAVA_OPTS=-Dgillab.tier=T and the output says so.
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GILLAB = os.path.join(ROOT, "gillab")
RUNS_LINE = re.compile(r"^runs +wall s in run order: ([\d. ]+)$", re.M)
ONE_RUN = re.compile(r"^time +wall ([\d.]+) s", re.M)  # exec --runs 1 prints no list


def tier_mode():
    helptext = subprocess.run([GILLAB, "exec", "--help"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True).stdout
    return "option" if "--tier" in helptext else "property"


def cell(workload, model, tier, args, mode, env):
    cmd = [GILLAB, "exec", "--model", model, "--warmup", str(args.warmup), "--runs", str(args.runs), "--no-audit"]
    env = dict(env)
    if mode == "option":
        cmd += ["--tier", tier]
    else:
        env["JAVA_OPTS"] = (env.get("JAVA_OPTS", "") + f" -Dgillab.tier={tier}").strip()
    if args.size:
        cmd += ["--size", str(args.size)]
    cmd.append(os.path.join(ROOT, "harness", "workloads", workload.replace("-", "_") + ".py"))
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    m = RUNS_LINE.search(proc.stderr) or ONE_RUN.search(proc.stderr)
    if proc.returncode != 0 or not m:
        raise SystemExit(f"{' '.join(cmd)} exited {proc.returncode}:\n{proc.stderr[-1500:]}")
    return [float(x) for x in m.group(1).split()]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=3, help="fresh JVMs per cell (default 3)")
    ap.add_argument("--models", default="unsafe,gil,free-threaded,fine-grained")
    ap.add_argument("--workloads", default="countdown,objects")
    ap.add_argument("--tiers", default="interp,compiled",
                    help="passed as `gillab exec --tier T` when exec has that option, otherwise as JAVA_OPTS=-Dgillab.tier=T")
    ap.add_argument("--warmup", type=int, default=10, help="warm-up runs in each JVM (default 10)")
    ap.add_argument("--runs", type=int, default=5, help="timed runs in each JVM (default 5)")
    ap.add_argument("--size", type=int, default=0, help="--size for every workload (default: its SIZE)")
    ap.add_argument("--java", help="the java executable to run gillab on (default $JAVA_HOME/bin/java, else java on PATH)")
    ap.add_argument("--quick", action="store_true", help="1 round, 1 warm-up, 1 run: a smoke test, not a measurement")
    ap.add_argument("--json", help="write every cell's runs and the table here")
    args = ap.parse_args()
    sys.stdout.reconfigure(line_buffering=True)
    if args.quick:
        args.rounds, args.warmup, args.runs = 1, 1, 1
    models = args.models.split(",")
    workloads = args.workloads.split(",")
    tiers = args.tiers.split(",")
    if "unsafe" not in models:
        raise SystemExit("tiers: --models must include unsafe, the baseline of every ratio")
    java = args.java or (os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") else None)
    env = dict(os.environ)
    if java:
        env["PATH"] = os.path.dirname(os.path.abspath(java)) + os.pathsep + env["PATH"]
    jv = subprocess.run([java or "java", "-version"], stderr=subprocess.PIPE, text=True).stderr.splitlines()[0]
    mode = tier_mode()
    load = lambda: " ".join(open("/proc/loadavg").read().split()[:3]) if os.path.exists("/proc/loadavg") else "?"
    print(f"tiers: {args.rounds} round(s); each cell a fresh JVM, --warmup {args.warmup} --runs {args.runs} --no-audit, "
          f"1 worker; {jv}; tier passed as {'gillab exec --tier' if mode == 'option' else 'JAVA_OPTS=-Dgillab.tier (exec has no --tier)'}; "
          f"load average at start {load()} ({os.cpu_count()} cores)")
    figures = {}  # (workload, model, tier) -> per-round medians
    raw = []
    started = time.time()
    for rnd in range(args.rounds):
        order = tiers if rnd % 2 == 0 else list(reversed(tiers))
        for w in workloads:
            for m in models:
                for t in order:
                    runs = cell(w, m, t, args, mode, env)
                    figures.setdefault((w, m, t), []).append(statistics.median(runs))
                    raw.append({"round": rnd + 1, "workload": w, "model": m, "tier": t, "runs": runs})
        print(f"  round {rnd + 1}/{args.rounds} done ({time.time() - started:.0f} s)", file=sys.stderr)
    table = []
    for w in workloads:
        print()
        head = f"{w:<16}"
        for t in tiers:
            head += f" {(t + ': s (rounds min-max), ratio to unsafe'):>44}"
        if len(tiers) == 2:
            head += f" {'ratio ' + tiers[1] + '/' + tiers[0]:>24}"
        print(head)
        for m in models:
            line = f"{m:<16}"
            ratios = []
            for t in tiers:
                xs = figures[(w, m, t)]
                base = statistics.median(figures[(w, "unsafe", t)])
                r = statistics.median(xs) / base
                ratios.append(r)
                line += f" {statistics.median(xs):>12.3f} ({min(xs):.3f}-{max(xs):.3f}) {r:>11.2f}x"
                table.append({"workload": w, "model": m, "tier": t, "median": statistics.median(xs), "rounds": xs,
                              "ratio_to_unsafe": r})
            if len(tiers) == 2:
                line += f" {ratios[1] / ratios[0]:>23.2f}x"
            print(line)
    print()
    print(f"ratio to unsafe: the model's median over unsafe's on the same tier; the last column: how that overhead "
          f"moved on the second tier (above 1: the model costs relatively more there). Load average at end {load()}.")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"java": jv, "tier_mode": mode, "rounds": args.rounds, "warmup": args.warmup, "runs": args.runs,
                       "table": table, "cells": raw}, f, indent=1)


if __name__ == "__main__":
    sys.exit(main())
