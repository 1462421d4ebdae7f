#!/usr/bin/env python3
"""Runs gillab workload files on this machine's CPython and writes results.json in gillab's schema
(docs/results-format.md), so that `gillab compare` and the harness read it like a sweep's.

    python3 bench/cpython/sweep.py [--modes sequential,threads,processes,interpreters]
        [--workers 1,2] [--warmup 1] [--reps 3] [--scale 0.25] [--timeout 120]
        [--switch-interval SECONDS] [--out results.json] FILE.py [FILE.py ...]

Modes, each a `model` in the results labelled with the Python version and build
(cpython-3.11-threads; a free-threaded build is cpython-3.13t-..., with -gil when the GIL was
switched back on at run time):
  sequential    the whole work on the main thread, no thread started: the baseline of the CPython
                cells (their slowdown_vs_baseline and single_thread_overhead are against it)
  threads       N threads of one interpreter, started together, as run_workload.py runs them
  processes     N processes, multiprocessing's spawn start method; module globals are per worker,
                `shared` and results cross by pickling, channels live in a manager process
  interpreters  N interpreters of concurrent.interpreters (Python 3.14+), one thread each

Each cell runs in a Python process of its own, so that a hung run costs its cell only: warm-up
runs, then timed runs, each with a fresh copy of the module. Under processes and interpreters a
shared-state workload, or a `shared` value that is not None, bool, int, float, str, bytes, a tuple
of them or a channel, is reported not-applicable with the reason, never run to a wrong answer.
"""
import argparse
import datetime
import importlib.util
import json
import math
import os
import pickle
import platform
import resource
import shlex
import signal
import statistics
import random
import subprocess
import sys
import sysconfig
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

import run_workload  # noqa: E402  (the threads' channels shim)

MODES = ("sequential", "threads", "processes", "interpreters")
SAMPLE = "SAMPLE "
SHAREABLE_ATOMS = (type(None), bool, int, float, str, bytes)


# ---------------------------------------------------------------------------------------------
# the build and the labels

def build():
    """('3.11', 'GIL') or ('3.13t', 'free-threaded') or ('3.13t-gil', 'free-threaded build, GIL enabled')."""
    version = "%d.%d" % sys.version_info[:2]
    free_threaded = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
    if not free_threaded:
        return version, "GIL"
    gil_on = sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else False
    if gil_on:
        return version + "t-gil", "free-threaded build, GIL enabled at run time"
    return version + "t", "free-threaded"


def interval_text(seconds):
    us = seconds * 1e6
    if us >= 1000 and abs(us / 1000 - round(us / 1000, 3)) < 1e-9:
        return ("%g" % (us / 1000)) + "ms"
    return ("%g" % us) + "us"


def label(mode, switch_interval):
    tag = "cpython-%s-%s" % (build()[0], mode)
    if switch_interval is not None:
        tag += "[interval=%s]" % interval_text(switch_interval)
    return tag


def interpreters_available():
    try:
        return importlib.util.find_spec("concurrent.interpreters") is not None
    except (ImportError, ValueError):
        return False


# ---------------------------------------------------------------------------------------------
# loading a workload

def workload_name(path):
    return os.path.splitext(os.path.basename(path))[0].replace("_", "-")


def load(path, channels):
    """A fresh copy of the module (its globals new), with `channels` importable."""
    sys.modules["channels"] = channels
    name = os.path.splitext(os.path.basename(path))[0]
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def size_of(default_size, factor):
    # gillab's rounding: half up, at least 1
    return max(1, int(math.floor(default_size * factor + 0.5)))


def shareable(value, channel_type):
    if isinstance(value, SHAREABLE_ATOMS):
        return True
    if isinstance(value, tuple):
        return all(shareable(v, channel_type) for v in value)
    return channel_type is not None and isinstance(value, channel_type)


def short_repr(value, limit=200):
    try:
        r = repr(value)
    except Exception as e:  # a repr that raises says so rather than breaking the report
        r = "<repr raised %s>" % type(e).__name__
    return r if len(r) <= limit else r[:limit] + "..."


# ---------------------------------------------------------------------------------------------
# one run, in a cell's own process

def sample(status, wall=0.0, cpu=0.0, correct=None, reason=None, counters=None):
    return {"status": status, "wall_ns": int(wall * 1e9), "cpu_ns": int(cpu * 1e9), "correct": correct,
            "reason": reason, "counters": counters or {}}


def verdict(mod, results, parts, size, errors, wall, cpu, counters):
    """The run's sample once the workers are done: their errors first, then the check."""
    if errors:
        return sample("failed", wall, cpu, False, errors[0], counters)
    if hasattr(mod, "check"):
        try:
            ok = mod.check(results, size, parts)
        except BaseException as e:
            return sample("failed", wall, cpu, False, "check() raised: %s: %s" % (type(e).__name__, e), counters)
        if not ok:
            reason = "check failed; results [" + ", ".join(short_repr(r) for r in results) + "]"
            return sample("failed", wall, cpu, False, reason, counters)
    return sample("ok", wall, cpu, True, None, counters)


def with_rss(counters):
    counters["max-rss-bytes"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return counters


def setup(mod, size, parts):
    return mod.setup(size, parts) if hasattr(mod, "setup") else None


def run_sequential(cell):
    mod = load(cell["file"], run_workload.channels_module())
    size = cell["size"]
    try:
        shared = setup(mod, size, 1)
    except BaseException as e:
        return sample("failed", correct=False, reason="setup() raised %s: %s" % (type(e).__name__, e))
    errors = []
    c0 = time.thread_time()
    t0 = time.perf_counter()
    try:
        result = mod.work(0, 1, size, shared)
    except BaseException as e:
        result = None
        errors.append("worker 0 raised %s: %s" % (type(e).__name__, e))
    wall = time.perf_counter() - t0
    cpu = time.thread_time() - c0
    return verdict(mod, [result], 1, size, errors, wall, cpu, with_rss({}))


def run_threads(cell):
    mod = load(cell["file"], run_workload.channels_module())
    size, parts = cell["size"], cell["workers"]
    try:
        shared = setup(mod, size, parts)
    except BaseException as e:
        return sample("failed", correct=False, reason="setup() raised %s: %s" % (type(e).__name__, e))
    results = [None] * parts
    errors = []
    cpu = [0.0] * parts
    ends = [0.0] * parts
    started = [0.0] * parts
    go = threading.Event()

    def run(part):
        started[part] = time.perf_counter()
        go.wait()
        c0 = time.thread_time()
        try:
            results[part] = mod.work(part, parts, size, shared)
        except BaseException as e:  # the others go on, as under gillab
            errors.append("worker %d raised %s: %s" % (part, type(e).__name__, e))
        finally:
            cpu[part] = time.thread_time() - c0
            ends[part] = time.perf_counter()

    threads = [threading.Thread(target=run, args=(i,), daemon=True) for i in range(parts)]
    starts = []
    for t in threads:
        starts.append(time.perf_counter())
        t.start()
    while not all(started):  # every worker is running before any starts working
        time.sleep(0.0005)
    start = time.perf_counter()
    go.set()
    deadline = start + cell["timeout"]
    for t in threads:
        t.join(max(0.0, deadline - time.perf_counter()))
    counters = {"threads-started": parts,
                "thread-startup-ns": int(sum(max(0.0, s - b) for s, b in zip(started, starts)) * 1e9),
                "switch-interval-us": int(round(sys.getswitchinterval() * 1e6))}
    hung = [str(i) for i, t in enumerate(threads) if t.is_alive()]
    if hung:
        return dict(sample("timeout", time.perf_counter() - start, sum(cpu), None,
                           "timed out after %g s: worker(s) %s still running" % (cell["timeout"], ", ".join(hung)),
                           with_rss(counters)), hung=True)
    return verdict(mod, results, parts, size, errors, max(ends) - start, sum(cpu), with_rss(counters))


def _process_worker(file, part, parts, size, shared, manager_address, ready, go, out):
    """One worker process (spawned): its own copy of the module, then work() when told to go."""
    import proc_channels
    if manager_address is not None:
        proc_channels.connect(manager_address)
    try:
        mod = load(file, proc_channels.module())
    except BaseException as e:
        ready.put((part, time.monotonic()))
        out.put((part, None, 0.0, time.monotonic(), "module raised %s: %s" % (type(e).__name__, e), 0))
        return
    ready.put((part, time.monotonic()))
    go.wait()
    c0 = time.process_time()
    err = None
    result = None
    try:
        result = mod.work(part, parts, size, shared)
        pickle.dumps(result)
    except BaseException as e:
        err = "worker %d raised %s: %s" % (part, type(e).__name__, e)
        result = None
    end = time.monotonic()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    out.put((part, result, time.process_time() - c0, end, err, rss))


def isolation_not_applicable(mod, shared, channel_type, what):
    if getattr(mod, "CATEGORY", None) == "shared-state":
        return ("shared-state workload: %s cannot mutate the objects of the interpreter that ran setup() "
                "(module globals and `shared` are copies)" % what)
    if not shareable(shared, channel_type):
        # what is not shareable as itself crosses as a pickled copy (3.14's concurrent.interpreters falls back
        # to pickle; multiprocessing pickles everything): only what pickle refuses makes the cell not applicable
        try:
            pickle.dumps(shared)
        except Exception as e:
            return ("setup() returned a %s, which cannot be copied to %s: %s: %s"
                    % (type(shared).__name__, what, type(e).__name__, e))
    return None


def run_processes(cell):
    import multiprocessing
    import proc_channels
    ctx = multiprocessing.get_context("spawn")
    size, parts = cell["size"], cell["workers"]
    probe = load(cell["file"], run_workload.channels_module())
    uses_channels = hasattr(probe, "channels")
    manager = proc_channels.start(ctx) if uses_channels else None
    procs = []
    try:
        mod = load(cell["file"], proc_channels.module())
        try:
            shared = setup(mod, size, parts)
        except BaseException as e:
            return sample("failed", correct=False, reason="setup() raised %s: %s" % (type(e).__name__, e))
        na = isolation_not_applicable(mod, shared, proc_channels.Channel, "worker processes")
        if na is not None:
            return sample("not-applicable", reason=na)
        ready, out, go = ctx.Queue(), ctx.Queue(), ctx.Event()
        address = manager.address if manager is not None else None
        starts = {}
        for part in range(parts):
            p = ctx.Process(target=_process_worker, args=(cell["file"], part, parts, size, shared, address, ready, go, out),
                            daemon=True)
            starts[part] = time.monotonic()
            p.start()
            procs.append(p)
        startup = {}
        limit = time.monotonic() + cell["timeout"]
        while len(startup) < parts:
            try:
                part, at = ready.get(timeout=max(0.01, limit - time.monotonic()))
            except Exception:
                return sample("timeout", reason="worker processes did not start within %g s" % cell["timeout"])
            startup[part] = at - starts[part]
        start = time.monotonic()
        go.set()
        deadline = start + cell["timeout"]
        results = [None] * parts
        errors, cpu, ends, rss = [], [0.0] * parts, [0.0] * parts, [0] * parts
        got = 0
        while got < parts:
            try:
                part, result, c, end, err, r = out.get(timeout=max(0.01, deadline - time.monotonic()))
            except Exception:
                dead = [str(i) for i, p in enumerate(procs) if not p.is_alive() and p.exitcode not in (0, None)]
                if dead:
                    return sample("failed", time.monotonic() - start, sum(cpu), False,
                                  "worker process(es) %s died (exit status %s)" % (", ".join(dead), procs[int(dead[0])].exitcode))
                return sample("timeout", time.monotonic() - start, sum(cpu), None,
                              "timed out after %g s: worker processes still running" % cell["timeout"])
            results[part], cpu[part], ends[part], rss[part] = result, c, end, r
            if err:
                errors.append(err)
            got += 1
        for p in procs:
            p.join(5)
        counters = {"processes-started": parts, "interpreters-created": parts,
                    "interpreter-startup-ns": int(sum(startup.values()) * 1e9),
                    "interpreter-startup-max-ns": int(max(startup.values()) * 1e9),
                    "worker-max-rss-bytes": max(rss)}
        return verdict(mod, results, parts, size, errors, max(ends) - start, sum(cpu), with_rss(counters))
    finally:
        for p in procs:
            if p.is_alive():
                p.kill()
        proc_channels.stop()


def run_interpreters(cell):
    from concurrent import interpreters  # Python 3.14+; the parent only asks for this mode where it exists
    size, parts = cell["size"], cell["workers"]
    mod = load(cell["file"], run_workload.channels_module())
    if hasattr(mod, "channels"):
        return sample("not-applicable", reason="the workload uses channels; sweep.py has no channels module "
                                               "for concurrent.interpreters (its Queue would be the way)")
    try:
        shared = setup(mod, size, parts)
    except BaseException as e:
        return sample("failed", correct=False, reason="setup() raised %s: %s" % (type(e).__name__, e))
    na = isolation_not_applicable(mod, shared, None, "other interpreters")
    if na is not None:
        return sample("not-applicable", reason=na)
    interps, startup = [], []
    try:
        for _ in range(parts):
            t0 = time.monotonic()
            it = interpreters.create()
            it.exec("import sys\nsys.path.insert(0, %r)\nimport interp_worker\n" % HERE)
            import interp_worker
            it.call(interp_worker.load, cell["file"])
            startup.append(time.monotonic() - t0)
            interps.append(it)
        import interp_worker
        out = [None] * parts
        failures = []
        barrier = threading.Barrier(parts + 1)

        def run(part):
            barrier.wait()
            try:
                out[part] = interps[part].call(interp_worker.work, part, parts, size, shared)
            except BaseException as e:
                failures.append("worker %d: %s: %s" % (part, type(e).__name__, e))

        threads = [threading.Thread(target=run, args=(i,), daemon=True) for i in range(parts)]
        for t in threads:
            t.start()
        start = time.monotonic()
        barrier.wait()
        for t in threads:
            t.join(max(0.0, start + cell["timeout"] - time.monotonic()))
        if any(t.is_alive() for t in threads):
            return dict(sample("timeout", time.monotonic() - start, 0.0, None,
                               "timed out after %g s: interpreters still running" % cell["timeout"]), hung=True)
        errors = list(failures) + [o[3] for o in out if o is not None and o[3]]
        results = [o[0] if o is not None else None for o in out]
        cpu = sum(o[1] for o in out if o is not None)
        ends = [o[2] for o in out if o is not None] or [start]
        counters = {"interpreters-created": parts, "interpreter-startup-ns": int(sum(startup) * 1e9),
                    "interpreter-startup-max-ns": int(max(startup) * 1e9)}
        return verdict(mod, results, parts, size, errors, max(ends) - start, cpu, with_rss(counters))
    finally:
        for it in interps:
            try:
                it.close()
            except Exception:  # still running (a hung worker): the process exits anyway
                pass


RUNNERS = {"sequential": run_sequential, "threads": run_threads, "processes": run_processes,
           "interpreters": run_interpreters}


def run_cell(cell):
    """The cell's warm-up and timed runs, one SAMPLE line each; stops at the first run that is not ok."""
    if cell.get("switch_interval") is not None:
        sys.setswitchinterval(cell["switch_interval"])
    total = cell["warmup"] + cell["reps"]
    for i in range(total):
        try:
            s = RUNNERS[cell["mode"]](cell)
        except BaseException as e:  # the runner itself broke: the cell says why
            s = sample("failed", correct=False, reason="%s: %s" % (type(e).__name__, e))
        hung = s.pop("hung", False)
        s["warmup"] = i < cell["warmup"]
        sys.stdout.write(SAMPLE + json.dumps(s) + "\n")
        sys.stdout.flush()
        if hung:
            os._exit(0)  # its threads cannot be stopped: leave them with the process
        if s["status"] != "ok":
            break


# ---------------------------------------------------------------------------------------------
# the sweep, in the parent

def run_cell_processes(cell, processes):
    """Runs a cell as pyperf does: in several Python processes one after another, each with a fresh
    hash seed (PYTHONHASHSEED, recorded), because CPython's times can depend on the seed (a dict's
    layout); stops after a process whose run broke. Returns the samples that count and, per process,
    its seed and timed wall times (the cell's forks)."""
    runs, forks = [], []
    for _ in range(processes):
        seed = random.SystemRandom().randrange(0, 4294967296)
        counted = run_cell_process(cell, seed)
        runs.extend(counted)
        forks.append({"wall_seconds": [s["wall_ns"] / 1e9 for s in counted if s["status"] == "ok" and not s["warmup"]],
                      "hash_seed": seed})
        if counted and counted[-1]["status"] != "ok":
            break
    return runs, forks


def run_cell_process(cell, seed=None):
    """Runs a cell in a Python process of its own; returns the samples that count (timed ones, and a
    broken warm-up), as gillab's fork does."""
    cmd = [sys.executable, os.path.abspath(__file__), "--cell", json.dumps(cell)]
    limit = (cell["warmup"] + cell["reps"]) * cell["timeout"] + 60
    env = dict(os.environ)
    if seed is not None:
        env["PYTHONHASHSEED"] = str(seed)
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True, env=env)
    lines, err = [], []

    def read(stream, into):
        for line in stream:
            into.append(line)

    readers = [threading.Thread(target=read, args=(p.stdout, lines), daemon=True),
               threading.Thread(target=read, args=(p.stderr, err), daemon=True)]
    for t in readers:
        t.start()
    try:
        p.wait(limit)
        killed = False
    except subprocess.TimeoutExpired:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except OSError:
            pass
        p.wait()
        killed = True
    for t in readers:
        t.join(5)
    samples = [json.loads(line[len(SAMPLE):]) for line in lines if line.startswith(SAMPLE)]
    counted = [s for s in samples if not s["warmup"] or s["status"] != "ok"]
    finished = samples and samples[-1]["status"] != "ok" or len([s for s in samples if not s["warmup"]]) == cell["reps"]
    if killed:
        counted.append(sample("timeout", reason="no answer from the cell's Python process for %d s; it was killed" % limit))
    elif not finished:
        tail = " | ".join(l.strip() for l in err[-5:] if l.strip())
        counted.append(sample("failed", correct=False, reason="the cell's Python process exited with status %s%s"
                              % (p.returncode, ": " + tail if tail else "")))
    return counted


def cell_result(model, workload, workers, size, runs, forks=None):
    status = next((s["status"] for s in runs if s["status"] != "ok"), "ok" if runs else "failed")
    reason = next((s["reason"] for s in runs if s["reason"]), None)
    walls = sorted(s["wall_ns"] / 1e9 for s in runs if s["status"] == "ok")
    cpus = [s["cpu_ns"] / 1e9 for s in runs if s["status"] == "ok"]
    any_false = any(s["correct"] is False for s in runs)
    any_unknown = not runs or any(s["correct"] is None for s in runs)
    correct = False if any_false else None if any_unknown else True
    if status == "not-applicable":
        correct = None
    return {
        "model": model, "workload": workload, "workers": workers, "size": size, "status": status, "reason": reason,
        "runs": len(runs),
        "wall_seconds_median": statistics.median(walls) if walls else None,
        "wall_seconds_min": walls[0] if walls else None,
        "wall_seconds_max": walls[-1] if walls else None,
        "cpu_seconds_median": statistics.median(cpus) if cpus else None,
        "speedup": None, "slowdown_vs_baseline": None, "single_thread_overhead": None, "parallel_efficiency": None,
        "peak_memory_bytes": None,  # a JVM heap figure in gillab's cells: CPython's RSS is in the counters
        "correct": correct,
        "counters": runs[-1]["counters"] if runs else {},
        "forks": forks or [],
    }


def add_ratios(cells, baseline_model):
    """gillab's ratios; the baseline of a CPython cell is the sequential cell of its workload."""
    one = {}
    for c in cells:
        if c["workers"] == 1 and c["status"] == "ok" and c["wall_seconds_median"] is not None:
            one[(c["model"], c["workload"])] = c["wall_seconds_median"]
    for c in cells:
        ok = c["status"] == "ok"
        med = c["wall_seconds_median"]
        base = one.get((baseline_model, c["workload"]))
        first = one.get((c["model"], c["workload"]))
        if ok and first is not None and med:
            c["speedup"] = first / med
            c["parallel_efficiency"] = c["speedup"] / c["workers"]
        if ok and base and med is not None:
            c["slowdown_vs_baseline"] = med / base
        if first is not None and base:
            c["single_thread_overhead"] = first / base


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown"


def cores():
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def parse_args(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0], formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog="\n".join(__doc__.splitlines()[1:]))
    ap.add_argument("files", nargs="*", metavar="FILE.py")
    ap.add_argument("--modes", default=",".join(MODES), help="comma-separated, from " + ", ".join(MODES) + " (default: all)")
    ap.add_argument("--workers", default="1,2", help="worker counts (default: 1,2)")
    ap.add_argument("--warmup", type=int, default=1, help="untimed runs per cell first (default: 1)")
    ap.add_argument("--reps", type=int, default=3, help="timed runs per cell and process (default: 3)")
    ap.add_argument("--processes", type=int, default=3,
                    help="Python processes per cell, each with a fresh PYTHONHASHSEED, recorded (default: 3)")
    ap.add_argument("--scale", type=float, default=0.25, help="work per run, as a multiple of each workload's SIZE (default: 0.25)")
    ap.add_argument("--timeout", type=float, default=120, help="a run still going after this many seconds is hung (default: 120)")
    ap.add_argument("--switch-interval", type=float, default=None, help="sys.setswitchinterval for every cell, in seconds")
    ap.add_argument("--out", default="results.json", help="where results.json goes (default: results.json)")
    ap.add_argument("--cell", help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.cell is None and not a.files:
        ap.error("give at least one workload file")
    try:
        a.workers = [int(w) for w in a.workers.split(",") if w.strip()]
    except ValueError:
        ap.error("--workers: expected numbers separated by commas, got %r" % a.workers)
    if not a.workers or any(w < 1 for w in a.workers):
        ap.error("--workers: every count must be at least 1")
    a.modes = [m.strip() for m in a.modes.split(",") if m.strip()]
    unknown = [m for m in a.modes if m not in MODES]
    if unknown:
        ap.error("unknown mode(s) %s (known: %s)" % (", ".join(unknown), ", ".join(MODES)))
    if a.processes < 1:
        ap.error("--processes must be at least 1")
    if a.reps < 1 or a.warmup < 0:
        ap.error("--reps must be at least 1 and --warmup at least 0")
    if not a.scale > 0 or not a.timeout > 0:
        ap.error("--scale and --timeout must be above 0")
    if a.switch_interval is not None and not a.switch_interval > 0:
        ap.error("--switch-interval must be above 0 (CPython's rule)")
    return a


def inspect(path):
    mod = load(path, run_workload.channels_module())
    if not hasattr(mod, "work"):
        raise SystemExit("sweep.py: %s has no work() function: not a gillab workload" % path)
    return {"name": workload_name(path), "file": os.path.abspath(path), "size": int(getattr(mod, "SIZE", 1))}


def main(argv):
    a = parse_args(argv)
    if a.cell is not None:
        run_cell(json.loads(a.cell))
        return 0
    started = datetime.datetime.now().astimezone().isoformat(timespec="seconds")
    modes = list(a.modes)
    if "interpreters" in modes and not interpreters_available():
        modes.remove("interpreters")
        print("sweep.py: Python %d.%d has no concurrent.interpreters (3.14+): no interpreters cells"
              % sys.version_info[:2], file=sys.stderr)
    workloads = []
    for f in a.files:
        if not os.path.isfile(f):
            raise SystemExit("sweep.py: no such workload file: " + f)
        workloads.append(inspect(f))
    version, build_name = build()
    plan = []
    if "sequential" in modes:
        for w in workloads:
            plan.append(("sequential", w, 1))
    for mode in modes:
        if mode == "sequential":
            continue
        for w in workloads:
            for n in a.workers:
                plan.append((mode, w, n))
    cells = []
    for mode, w, n in plan:
        size = size_of(w["size"], a.scale)
        cell = {"mode": mode, "file": w["file"], "workers": n, "size": size, "warmup": a.warmup, "reps": a.reps,
                "timeout": a.timeout, "switch_interval": a.switch_interval}
        runs, forks = run_cell_processes(cell, a.processes)
        model = label(mode, a.switch_interval)
        cells.append(cell_result(model, w["name"], n, size, runs, forks))
        print("sweep.py: %s / %s / %d: %s" % (model, w["name"], n, cells[-1]["status"]), file=sys.stderr)
    add_ratios(cells, label("sequential", a.switch_interval))
    options = {}
    for mode in modes:
        o = {"build": build_name, "switch-interval": interval_text(a.switch_interval or sys.getswitchinterval())}
        if mode == "processes":
            o["start-method"] = "spawn"
            o["channels"] = "queues in a multiprocessing manager process"
        options[label(mode, a.switch_interval)] = o
    results = {
        "schema_version": 1,
        "generated": started,
        "complete": True,
        "machine": {"cores": cores(), "cpu": cpu_model(),
                    "jvm": "CPython %s (%s)" % (platform.python_version(), build_name),
                    "os": "%s %s %s" % (platform.system(), platform.release(), platform.machine())},
        "settings": {"models": [label(m, a.switch_interval) for m in modes], "workloads": [w["name"] for w in workloads],
                     "workers": a.workers, "warmup": a.warmup, "reps": a.reps, "forks": a.processes, "size_factor": a.scale,
                     "timeout_seconds": int(math.ceil(a.timeout)), "model_options": options,
                     "command": " ".join(shlex.quote(x) for x in ["python3", "bench/cpython/sweep.py"] + list(argv))},
        "cells": cells,
    }
    out = os.path.abspath(a.out)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    tmp = out + ".tmp"
    with open(tmp, "w") as f:
        json.dump(results, f, indent=2)
        f.write("\n")
    os.replace(tmp, out)
    print("sweep.py: results in " + a.out, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
