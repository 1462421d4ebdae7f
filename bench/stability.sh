#!/usr/bin/env bash
# How steady are gillab's timings from one fresh JVM to the next, and from run to run inside one?
# For every workload (harness/workloads) and kernel (bench/kernels), starts N fresh JVMs and prints
# the max/min of the per-JVM medians after 2 warm-up runs, and the max/min of the timed runs after
# 10 warm-up runs inside the worst JVM, each with PASS/FAIL against 1.10 (`--help` for the details).
#   bench/stability.sh                                   10 JVMs per program: hours; name programs
#   bench/stability.sh -n 5 workload/richards kernel/primes objects
#   bench/stability.sh --tier compiled --java /usr/lib/jvm/temurin-25-jdk-amd64/bin/java countdown
#   bench/stability.sh --java /usr/lib/jvm/java-17-openjdk-amd64/bin/java \
#       --java /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -n 5 richards   two JDKs, JVMs alternating
#   bench/stability.sh --quick workload/countdown       a smoke test, not a measurement
#   bench/stability.sh --csv runs.csv --json runs.json   every timed run, raw
# Exit status: 0 every figure within the limit, 1 some FAIL or a program failed to run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/gillab" exec --help >/dev/null 2>&1 || true   # build what is missing before anything is timed
exec python3 "$root/bench/stability.py" --gillab "$root/gillab" --root "$root" "$@"
