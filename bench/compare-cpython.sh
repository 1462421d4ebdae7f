#!/usr/bin/env bash
# Runs each benchmark kernel on gillab's interpreter and on the machine's python3, alternating,
# and prints median whole-process times, their ratio and the geometric mean.
#   bench/compare-cpython.sh              5 runs of each kernel on each (about 2 minutes per kernel)
#   bench/compare-cpython.sh --runs 3     fewer runs
#   bench/compare-cpython.sh --quick      1 run each: a smoke test, not a measurement
#   bench/compare-cpython.sh nbody float   only these kernels
#   bench/compare-cpython.sh --tier compiled   gillab on the compiled tier (or interp)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/gillab" exec "$root/bench/kernels/countdown.py" >/dev/null 2>&1 || true  # build and warm the class-data archive
exec python3 "$root/bench/compare_cpython.py" --gillab "$root/gillab" --kernels "$root/bench/kernels" "$@"
