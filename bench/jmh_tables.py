#!/usr/bin/env python3
"""Turn JMH's JSON results into Markdown tables, one per benchmark class.

    java -jar bench/target/benchmarks.jar -rf json -rff results.json [benchmarks...]
    python3 bench/jmh_tables.py results.json [more.json ...] > tables.md

Each row is one benchmark method with one combination of parameters: its score, the error JMH
reports for it (the 99.9% confidence half-width; "n/a" with a single measurement) and the unit.
Secondary scores (such as EvalLoopBench's bytecodes) get a row of their own, named method:score.
Several files are read in order, so that runs of different benchmarks can be put together.
"""

import argparse
import json
import math
import sys
from collections import OrderedDict


def fail(message):
    print(f"jmh_tables: {message}", file=sys.stderr)
    sys.exit(2)


def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except OSError as e:
        fail(f"cannot read {path}: {e.strerror}")
    except json.JSONDecodeError as e:
        fail(f"{path} is not JSON ({e.msg} at line {e.lineno}): write it with -rf json -rff {path}")
    if not isinstance(data, list) or not all(isinstance(r, dict) and "benchmark" in r and "primaryMetric" in r for r in data):
        fail(f"{path} is not a JMH result file (expected a list of results, as -rf json writes)")
    return data


def number(x):
    """JMH writes NaN and infinities as strings."""
    try:
        return float(x)
    except (TypeError, ValueError):
        return math.nan


def fmt(x):
    if math.isnan(x) or math.isinf(x):
        return "n/a"
    a = abs(x)
    if a >= 100:
        return f"{x:,.0f}"
    if a >= 10:
        return f"{x:.1f}"
    if a >= 1:
        return f"{x:.2f}"
    return f"{x:.3g}"


def cell(text):
    return str(text).replace("|", "\\|")


def split_name(benchmark):
    """org.gillab.bench.RefCountBench.increfDecref -> (RefCountBench, increfDecref)."""
    parts = benchmark.split(".")
    if len(parts) < 2:
        return benchmark, benchmark
    return parts[-2], parts[-1]


def rows_of(result):
    cls, method = split_name(result["benchmark"])
    params = result.get("params") or {}
    shown = ", ".join(f"{k}={v}" for k, v in params.items()) or "-"
    metrics = [(method, result["primaryMetric"])]
    for name, metric in (result.get("secondaryMetrics") or {}).items():
        metrics.append((f"{method}:{name}", metric))
    for label, m in metrics:
        yield cls, [label, shown, fmt(number(m.get("score"))), fmt(number(m.get("scoreError"))), m.get("scoreUnit", "")]


def tables(results):
    by_class = OrderedDict()
    for r in results:
        for cls, row in rows_of(r):
            by_class.setdefault(cls, []).append(row)
    out = []
    for cls, rows in by_class.items():
        out.append(f"### {cls}")
        out.append("")
        out.append("| benchmark | params | score | error | unit |")
        out.append("|---|---|---:|---:|---|")
        for row in rows:
            out.append("| " + " | ".join(cell(c) for c in row) + " |")
        out.append("")
    return "\n".join(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description="JMH JSON results (-rf json) as Markdown tables, one per benchmark class.")
    ap.add_argument("files", nargs="+", metavar="RESULTS.json")
    args = ap.parse_args(argv)
    results = []
    for path in args.files:
        results.extend(load(path))
    if not results:
        fail("no results in " + ", ".join(args.files))
    print(tables(results), end="")


if __name__ == "__main__":
    main()
