"""Times the benchmark kernels on gillab and on CPython, side by side (see compare-cpython.sh).

Runs alternate between the interpreters (CPython, then gillab on each --java in turn) so that drift
in the machine's load affects all alike. Times are whole-process wall times, as a user sees them:
the JVM's start-up counts. Each kernel's output must be the same on every one, or the row is
marked WRONG. Each figure is the median of the runs, with their range (min-max).
"""
import argparse
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time

KERNELS = ["countdown", "nbody", "spectral_norm", "richards", "fannkuch", "float",
           "mandelbrot", "sieve", "dict_count", "method_calls", "string_build", "primes"]


def run(cmd, env=None):
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    return elapsed, proc.stdout


def java_env(java, tier_prop):
    """The environment that makes ./gillab run on this java (the launcher runs `java` from PATH)."""
    env = dict(os.environ)
    if java:
        env["PATH"] = os.path.dirname(os.path.abspath(java)) + os.pathsep + env.get("PATH", "")
        env["JAVA_HOME"] = os.path.dirname(os.path.dirname(os.path.abspath(java)))
    if tier_prop:
        env["JAVA_OPTS"] = (env.get("JAVA_OPTS", "") + " " + tier_prop).strip()
    return env


def java_version(java, env):
    out = subprocess.run([java or "java", "-version"], stderr=subprocess.PIPE, text=True, env=env).stderr
    first = out.splitlines()[0] if out else "?"
    return first.split('"')[1] if '"' in first else first


def tier_args(gillab, tier):
    """`--tier T` when gillab exec knows it; otherwise the system property, through JAVA_OPTS."""
    if not tier:
        return [], None, "default tier"
    helptext = subprocess.run([gillab, "exec", "--help"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True).stdout
    if "--tier" in helptext:
        return ["--tier", tier], None, f"tier {tier} (gillab exec --tier)"
    return [], f"-Dgillab.tier={tier}", (f"tier {tier} as JAVA_OPTS=-Dgillab.tier={tier} (this gillab exec has no --tier "
                                         f"option, so the property may be ignored)")


def geomean(xs):
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gillab", required=True)
    ap.add_argument("--kernels", required=True)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--quick", action="store_true", help="one run each (a smoke test)")
    ap.add_argument("--python", default="python3")
    ap.add_argument("--tier", choices=["interp", "compiled"],
                    help="the engine tier: passed as `gillab exec --tier T` when exec has that option, otherwise as "
                         "JAVA_OPTS=-Dgillab.tier=T (a property an engine without tiers ignores; the output says which)")
    ap.add_argument("--java", action="append", default=[],
                    help="a java executable to run gillab on (repeatable: one column each, runs alternating); "
                         "default $JAVA_HOME/bin/java if JAVA_HOME is set, else java on PATH")
    ap.add_argument("--json", help="write every run's time here")
    ap.add_argument("names", nargs="*", help="kernels to run (default: all)")
    args = ap.parse_args()
    sys.stdout.reconfigure(line_buffering=True)
    runs = 1 if args.quick else args.runs
    names = args.names or KERNELS
    for n in names:
        if n not in KERNELS:
            raise SystemExit(f"unknown kernel '{n}' (known: {', '.join(KERNELS)})")
    if not args.java and os.environ.get("JAVA_HOME"):
        args.java = [os.path.join(os.environ["JAVA_HOME"], "bin", "java")]
    javas = args.java or [None]
    extra, tier_prop, tier_note = tier_args(args.gillab, args.tier)
    envs = [java_env(j, tier_prop) for j in javas]
    jnames = [java_version(j, e) for j, e in zip(javas, envs)]
    with tempfile.TemporaryDirectory() as tmp:  # the launcher records a class-data archive per java on first use
        hello = os.path.join(tmp, "hello.py")
        with open(hello, "w") as f:
            f.write("print('hello')\n")
        for env in envs:
            run([args.gillab, "exec"] + extra + [hello], env)
    pyver = subprocess.run([args.python, "-c", "import sys; print(sys.version.split()[0])"],
                           stdout=subprocess.PIPE, text=True).stdout.strip()
    load = lambda: " ".join(open("/proc/loadavg").read().split()[:3]) if os.path.exists("/proc/loadavg") else "?"
    print(f"machine: {os.cpu_count()} cores, {platform.processor() or platform.machine()}; CPython {pyver}; "
          f"gillab on Java {', '.join(jnames)}, {tier_note}; {runs} run(s) per kernel per interpreter, alternating; "
          f"load average at start {load()}")
    head = f"{'kernel':<14} {'CPython s (min-max)':>22}"
    for jn in jnames:
        head += f" {('gillab J' + jn.split('.')[0] + ' s (min-max)'):>25} {'speed-up':>9}"
    print(head)
    ratios = [[] for _ in javas]
    raw = []
    for n in names:
        path = os.path.join(args.kernels, n + ".py")
        cp, gl = [], [[] for _ in javas]
        outs = {}
        for r in range(runs):
            t, out = run([args.python, path]); cp.append(t); outs["CPython"] = out
            raw.append({"kernel": n, "interpreter": "CPython " + pyver, "run": r + 1, "seconds": t})
            for ji, env in enumerate(envs):
                t, out = run([args.gillab, "exec"] + extra + [path], env); gl[ji].append(t); outs[jnames[ji]] = out
                raw.append({"kernel": n, "interpreter": "gillab Java " + jnames[ji], "run": r + 1, "seconds": t})
        mc = statistics.median(cp)
        line = f"{n:<14} {mc:>8.2f} ({min(cp):.2f}-{max(cp):.2f})"
        for ji in range(len(javas)):
            mg = statistics.median(gl[ji])
            ratios[ji].append(mc / mg)
            line += f" {mg:>12.2f} ({min(gl[ji]):.2f}-{max(gl[ji]):.2f}) {mc / mg:>8.2f}x"
        wrong = [k for k, v in outs.items() if v != outs["CPython"]]
        print(line + (f"  WRONG: output differs on {', '.join(wrong)}" if wrong else ""))
    geo = f"{'geometric mean':<14} {'':>22}"
    for ji in range(len(javas)):
        geo += f" {'':>25} {geomean(ratios[ji]):>8.2f}x"
    print(geo)
    print(f"speed-up = CPython median / gillab median (above 1: gillab is faster); load average at end {load()}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"python": pyver, "javas": jnames, "tier": tier_note, "runs": raw}, f, indent=1)


if __name__ == "__main__":
    sys.exit(main())
