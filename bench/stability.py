"""How steady are gillab's timings? Starts fresh JVMs for each program and prints two spreads
(see stability.sh for the usage):

- settling: after SHORT warm-up runs (2 by default), the max/min of the per-JVM medians of the
  next RUNS timed runs, over N fresh JVMs. An engine that needs many runs to reach its steady
  state, or reaches a different one in each JVM, shows here.
- steady state: after LONG warm-up runs (10 by default), the max/min of the RUNS timed runs inside
  each JVM; the worst JVM is reported. An engine whose compiled code flips between a fast and a slow
  kind from run to run shows here.

Both come out of the same JVMs: each JVM runs `gillab exec --warmup SHORT --runs (LONG - SHORT +
RUNS)` and prints every timed run's wall time in order. Timed runs 1..RUNS are the runs after SHORT
warm-ups; timed runs (LONG - SHORT + 1)..(LONG - SHORT + RUNS) are the runs after LONG. A warm-up
run and a timed run are the same run (a fresh interpreter in the same JVM), so this is the same
as starting separate JVMs for the two figures, at about two thirds of the cost.

Workloads (harness/workloads) run under a model (--model, gil by default) with --no-audit;
kernels (bench/kernels) run as plain programs (`exec --warmup K --runs N FILE.py`). Each
verdict compares the ratio with --limit (1.10): PASS at or below it, FAIL above.
"""
import argparse
import csv
import json
import os
import re
import statistics
import subprocess
import sys
import time

# workloads that need more than one worker (their setup says so)
MIN_WORKERS = {"blocking_handoff": 2, "convoy": 2}
RUNS_LINE = re.compile(r"^runs +wall s in run order: ([\d. ]+)$", re.M)
ONE_RUN = re.compile(r"^time +wall ([\d.]+) s", re.M)  # exec --runs 1 prints no list


def discover(root):
    """Every program, as (label, kind, path): workloads first, then kernels, each sorted by name."""
    progs = []
    for kind, folder in (("workload", os.path.join(root, "harness", "workloads")),
                         ("kernel", os.path.join(root, "bench", "kernels"))):
        for f in sorted(os.listdir(folder)):
            if f.endswith(".py"):
                progs.append((kind + "/" + f[:-3], kind, os.path.join(folder, f)))
    return progs


def select(progs, names):
    """A name is kind/stem or a bare stem (every program with that stem); '-' and '_' are the same."""
    if not names:
        return progs
    chosen = []
    for n in names:
        n = n.replace("-", "_")
        hits = [p for p in progs if p[0] == n or p[0].split("/", 1)[1] == n]
        if not hits:
            known = ", ".join(p[0] for p in progs)
            raise SystemExit(f"stability: unknown program '{n}' (known: {known})")
        chosen += [h for h in hits if h not in chosen]
    return chosen


def java_env(java, tier_opt):
    """The environment that makes ./gillab run on this java (the launcher runs `java` from PATH)."""
    env = dict(os.environ)
    if java:
        env["PATH"] = os.path.dirname(os.path.abspath(java)) + os.pathsep + env.get("PATH", "")
        env["JAVA_HOME"] = os.path.dirname(os.path.dirname(os.path.abspath(java)))
    if tier_opt:
        env["JAVA_OPTS"] = (env.get("JAVA_OPTS", "") + " " + tier_opt).strip()
    return env


def java_version(java, env):
    out = subprocess.run([java or "java", "-version"], stderr=subprocess.PIPE, text=True, env=env).stderr
    return out.splitlines()[0] if out else "?"


def tier_args(gillab, tier):
    """`--tier T` when gillab exec knows it; otherwise the system property, through JAVA_OPTS."""
    if not tier:
        return [], None, ""
    helptext = subprocess.run([gillab, "exec", "--help"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True).stdout
    if "--tier" in helptext:
        return ["--tier", tier], None, f"tier {tier} (gillab exec --tier)"
    return [], f"-Dgillab.tier={tier}", (f"tier {tier} passed as JAVA_OPTS=-Dgillab.tier={tier}: this gillab exec has no "
                                         f"--tier option, so the property may be ignored")


def one_jvm(gillab, prog, args, timed, env, extra):
    label, kind, path = prog
    cmd = [gillab, "exec", "--warmup", str(args.short_warmup), "--runs", str(timed)] + extra
    if kind == "workload":
        stem = label.split("/", 1)[1]
        cmd += ["--model", args.model, "--no-audit", "--workers", str(MIN_WORKERS.get(stem, 1))]
        if args.size:
            cmd += ["--size", str(args.size)]
    cmd.append(path)
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    m = RUNS_LINE.search(proc.stderr) or ONE_RUN.search(proc.stderr)
    if proc.returncode != 0 or not m:
        tail = "\n".join(proc.stderr.strip().splitlines()[-6:])
        return None, f"{' '.join(cmd)} exited {proc.returncode}:\n{tail}"
    return [float(x) for x in m.group(1).split()], None


def ratio(xs):
    return max(xs) / min(xs) if min(xs) > 0 else float("inf")


def print_tables(args, names, progs, times, errors, settle_slice, steady_slice):
    """The two spreads per program and java, with their verdicts; returns the summary and whether any failed."""
    summary = []
    failed = False
    for ji, name in enumerate(names):
        print()
        print(f"== {name} ==")
        print(f"{'program':<26} {'settling: per-JVM medians, s':>29} {'max/min':>8} {'':4}  "
              f"{'steady: worst JVM runs, s':>26} {'max/min':>8} {'':4}")
        for prog in progs:
            key = (ji, prog[0])
            if key in errors:
                print(f"{prog[0]:<26} ERROR (see above)")
                failed = True
                continue
            jvms = times[key]
            medians = [statistics.median(r[settle_slice]) for r in jvms]
            inside = [ratio(r[steady_slice]) for r in jvms]
            worst = max(range(len(jvms)), key=lambda i: inside[i])
            wr = jvms[worst][steady_slice]
            s_ratio, i_ratio = ratio(medians), inside[worst]
            s_ok, i_ok = s_ratio <= args.limit, i_ratio <= args.limit
            failed |= not (s_ok and i_ok)
            print(f"{prog[0]:<26} {min(medians):>13.3f} - {max(medians):<13.3f} {s_ratio:>8.2f} {'PASS' if s_ok else 'FAIL'}  "
                  f"{min(wr):>12.3f} - {max(wr):<11.3f} {i_ratio:>8.2f} {'PASS' if i_ok else 'FAIL'}")
            summary.append({"java": name, "program": prog[0], "jvms": len(jvms), "medians": medians,
                            "settling_ratio": s_ratio, "steady_ratios": inside, "steady_worst_ratio": i_ratio,
                            "settling_pass": s_ok, "steady_pass": i_ok})
    return summary, failed


def summarise_csv(args, settle_slice, steady_slice, timed):
    """--from-csv: the tables from the raw runs of an earlier measurement (its first --jvms JVMs)."""
    with open(args.from_csv, newline="") as f:
        rows = [r for r in csv.DictReader(f) if int(r["jvm"]) <= args.jvms]
    names, progs, times = [], [], {}
    for r in rows:
        if r["java"] not in names:
            names.append(r["java"])
        if r["program"] not in [p[0] for p in progs]:
            progs.append((r["program"], r["program"].split("/")[0], None))
    per_jvm = {}
    for r in rows:
        per_jvm.setdefault((names.index(r["java"]), r["program"], int(r["jvm"])), []).append((int(r["run"]), float(r["seconds"])))
    for (ji, prog, jvm), runs in sorted(per_jvm.items()):
        if len(runs) < timed:
            raise SystemExit(f"stability: {prog} JVM {jvm} has {len(runs)} runs in {args.from_csv}, fewer than the {timed} "
                             f"these warm-ups and --runs need")
        times.setdefault((ji, prog), []).append([t for _, t in sorted(runs)])
    print(f"stability: from {args.from_csv}: JVMs 1-{max(int(r['jvm']) for r in rows)} per program and java; settling = "
          f"max/min of the per-JVM medians of runs {args.short_warmup + 1}-{args.short_warmup + args.runs}; steady = "
          f"max/min of runs {args.long_warmup + 1}-{args.long_warmup + args.runs} inside each JVM; limit {args.limit:.2f}")
    _, failed = print_tables(args, names, progs, times, {}, settle_slice, steady_slice)
    return 1 if failed else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gillab", required=True, help="the ./gillab launcher")
    ap.add_argument("--root", required=True, help="the repository (harness/workloads, bench/kernels)")
    ap.add_argument("-n", "--jvms", type=int, default=10, help="fresh JVMs per program and java (default 10)")
    ap.add_argument("--runs", type=int, default=5, help="timed runs behind each figure (default 5)")
    ap.add_argument("--short-warmup", type=int, default=2, help="warm-up runs before the settling figure (default 2)")
    ap.add_argument("--long-warmup", type=int, default=10, help="warm-up runs before the steady-state figure (default 10)")
    ap.add_argument("--limit", type=float, default=1.10, help="max/min above this is a FAIL (default 1.10)")
    ap.add_argument("--model", default="gil", help="the model workloads run under (default gil)")
    ap.add_argument("--size", type=int, default=0, help="--size for every workload (default: each workload's SIZE)")
    ap.add_argument("--tier", choices=["interp", "compiled"],
                    help="the engine tier: passed as `gillab exec --tier T` when exec has that option, otherwise as "
                         "JAVA_OPTS=-Dgillab.tier=T (a property an engine without tiers ignores; the output says which)")
    ap.add_argument("--java", action="append", default=[],
                    help="a java executable to run gillab on (repeatable: the JVMs alternate between them); "
                         "default $JAVA_HOME/bin/java if JAVA_HOME is set, else java on PATH")
    ap.add_argument("--quick", action="store_true",
                    help="a smoke test, not a measurement: 2 JVMs, 1 timed run, warm-ups 1 and 2")
    ap.add_argument("--csv", help="write every timed run here (java, tier, program, jvm, run, warm-ups before it, seconds)")
    ap.add_argument("--json", help="write every timed run and the summary here")
    ap.add_argument("--from-csv", metavar="FILE",
                    help="measure nothing: print the tables from a CSV this script wrote (the runs of its first -n JVMs "
                         "per program), e.g. to summarise a measurement that was cut short; the same --runs and warm-ups")
    ap.add_argument("programs", nargs="*",
                    help="programs to run: workload/NAME, kernel/NAME or a bare NAME (both kinds); default: all")
    args = ap.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # the table and the progress lines on stderr in order
    if args.quick:
        args.jvms, args.runs, args.short_warmup, args.long_warmup = 2, 1, 1, 2
    if args.jvms < 1 or args.runs < 1 or args.short_warmup < 0 or args.long_warmup < args.short_warmup:
        raise SystemExit("stability: need --jvms >= 1, --runs >= 1 and 0 <= --short-warmup <= --long-warmup")
    timed = args.long_warmup - args.short_warmup + args.runs
    settle_slice = slice(0, args.runs)
    steady_slice = slice(args.long_warmup - args.short_warmup, timed)
    if args.from_csv:
        return summarise_csv(args, settle_slice, steady_slice, timed)
    if not args.java and os.environ.get("JAVA_HOME"):
        args.java = [os.path.join(os.environ["JAVA_HOME"], "bin", "java")]
    javas = args.java or [None]
    progs = select(discover(args.root), args.programs)
    extra, tier_prop, tier_note = tier_args(args.gillab, args.tier)
    envs = [java_env(j, tier_prop) for j in javas]
    names = [java_version(j, e) for j, e in zip(javas, envs)]

    def load():
        return open("/proc/loadavg").read().split()[:3] if os.path.exists("/proc/loadavg") else ["?"]

    print(f"stability: {args.jvms} fresh JVM(s) per program and java, each `gillab exec --warmup {args.short_warmup} "
          f"--runs {timed}`; settling = max/min of the per-JVM medians of runs {args.short_warmup + 1}-"
          f"{args.short_warmup + args.runs}; steady = max/min of runs {args.long_warmup + 1}-{args.long_warmup + args.runs} "
          f"inside each JVM (the worst JVM shown); limit {args.limit:.2f}")
    print(f"workloads under --model {args.model} --no-audit{' --size ' + str(args.size) if args.size else ''}; "
          f"kernels as plain programs; {tier_note or 'default tier'}")
    for j, n in zip(javas, names):
        print(f"java: {j or 'java on PATH'} ({n})")
    print(f"load average at start: {' '.join(load())} ({os.cpu_count()} cores)")
    sys.stdout.flush()

    raw = []            # one dict per timed run
    fields = ["java", "tier", "program", "jvm", "run", "warmups_before", "seconds"]
    csv_file = open(args.csv, "w", newline="") if args.csv else None  # written as the runs come: a long run cut short keeps them
    csv_out = csv.DictWriter(csv_file, fieldnames=fields) if csv_file else None
    if csv_out:
        csv_out.writeheader()
    times = {}          # (java index, label) -> list of per-JVM run lists
    errors = {}
    started = time.time()
    for rnd in range(args.jvms):
        for prog in progs:
            for ji, env in enumerate(envs):
                key = (ji, prog[0])
                if key in errors:
                    continue
                runs, err = one_jvm(args.gillab, prog, args, timed, env, extra)
                if err:
                    errors[key] = err
                    print(f"ERROR {prog[0]} on {names[ji]}: {err}", file=sys.stderr)
                    continue
                times.setdefault(key, []).append(runs)
                for i, t in enumerate(runs):
                    row = {"java": names[ji], "tier": args.tier or "default", "program": prog[0], "jvm": rnd + 1,
                           "run": i + 1, "warmups_before": args.short_warmup + i, "seconds": t}
                    raw.append(row)
                    if csv_out:
                        csv_out.writerow(row)
                if csv_file:
                    csv_file.flush()
        print(f"  round {rnd + 1}/{args.jvms} done ({time.time() - started:.0f} s)", file=sys.stderr)

    summary, failed = print_tables(args, names, progs, times, errors, settle_slice, steady_slice)
    print()
    print(f"load average at end: {' '.join(load())}; {time.time() - started:.0f} s in all")
    print("settling: spread of the per-JVM medians after the short warm-up; steady: spread of one JVM's runs after "
          "the long warm-up (its worst JVM). PASS: max/min at most the limit.")
    if csv_file:
        csv_file.close()
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"settings": {"jvms": args.jvms, "runs": args.runs, "short_warmup": args.short_warmup,
                                    "long_warmup": args.long_warmup, "limit": args.limit, "model": args.model,
                                    "size": args.size or None, "tier": args.tier, "tier_note": tier_note,
                                    "javas": names},
                       "summary": summary, "runs": raw, "errors": {f"{names[k[0]]} {k[1]}": v for k, v in errors.items()}},
                      f, indent=1)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
