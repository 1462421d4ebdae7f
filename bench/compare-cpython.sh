#!/usr/bin/env bash
# Runs each benchmark kernel on gillab's interpreter and on the machine's python3, alternating,
# and prints median whole-process times (with their min-max), their ratio and the geometric mean.
#   bench/compare-cpython.sh              5 runs of each kernel on each (about 2 minutes per kernel)
#   bench/compare-cpython.sh --runs 3     fewer runs
#   bench/compare-cpython.sh --quick      1 run each: a smoke test, not a measurement
#   bench/compare-cpython.sh nbody float   only these kernels
#   bench/compare-cpython.sh --tier compiled   gillab's engine tier (interp or compiled), passed to gillab exec
#   bench/compare-cpython.sh --java /usr/lib/jvm/temurin-25-jdk-amd64/bin/java   gillab on another JDK
#   bench/compare-cpython.sh --java J17/bin/java --java J25/bin/java   both, one column each, runs alternating
#   bench/compare-cpython.sh --json runs.json   every run's time, raw
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/gillab" exec --help >/dev/null 2>&1 || true  # build what is missing before anything is timed
exec python3 "$root/bench/compare_cpython.py" --gillab "$root/gillab" --kernels "$root/bench/kernels" "$@"
