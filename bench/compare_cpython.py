"""Times the benchmark kernels on gillab and on CPython, side by side (see compare-cpython.sh).

Runs alternate between the two interpreters so that drift in the machine's load affects both
alike. Times are whole-process wall times, as a user sees them: the JVM's start-up counts.
Each kernel's output must be the same on both, or the row is marked WRONG.
"""
import argparse
import math
import os
import platform
import statistics
import subprocess
import sys
import time

KERNELS = ["countdown", "nbody", "spectral_norm", "richards", "fannkuch", "float"]


def run(cmd):
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    return elapsed, proc.stdout


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--gillab", required=True)
    ap.add_argument("--kernels", required=True)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--quick", action="store_true", help="one run each (a smoke test)")
    ap.add_argument("--python", default="python3")
    ap.add_argument("--tier", choices=["interp", "compiled"], help="gillab's engine (default: gillab's own default)")
    ap.add_argument("names", nargs="*", help="kernels to run (default: all)")
    args = ap.parse_args()
    runs = 1 if args.quick else args.runs
    names = args.names or KERNELS
    for n in names:
        if n not in KERNELS:
            raise SystemExit(f"unknown kernel '{n}' (known: {', '.join(KERNELS)})")
    pyver = subprocess.run([args.python, "-c", "import sys; print(sys.version.split()[0])"],
                           stdout=subprocess.PIPE, text=True).stdout.strip()
    print(f"machine: {os.cpu_count()} cores, {platform.processor() or platform.machine()}; "
          f"CPython {pyver}; {runs} run(s) per kernel per interpreter, alternating")
    print(f"{'kernel':<14} {'CPython s (min-max)':>22} {'gillab s (min-max)':>22} {'speed-up':>9}")
    ratios = []
    for n in names:
        path = os.path.join(args.kernels, n + ".py")
        cp, gl = [], []
        cp_out = gl_out = None
        for _ in range(runs):
            t, out = run([args.python, path]); cp.append(t); cp_out = out
            t, out = run([args.gillab, "exec"] + (["--tier", args.tier] if args.tier else []) + [path]); gl.append(t); gl_out = out
        mc, mg = statistics.median(cp), statistics.median(gl)
        ratio = mc / mg
        ratios.append(ratio)
        flag = "" if cp_out == gl_out else "  WRONG: outputs differ"
        print(f"{n:<14} {mc:>8.2f} ({min(cp):.2f}-{max(cp):.2f}) {mg:>9.2f} ({min(gl):.2f}-{max(gl):.2f}) {ratio:>8.2f}x{flag}")
    geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
    print(f"{'geometric mean':<14} {'':>22} {'':>22} {geo:>8.2f}x")
    print("speed-up = CPython median / gillab median (above 1: gillab is faster)")


if __name__ == "__main__":
    sys.exit(main())
