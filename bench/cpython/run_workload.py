#!/usr/bin/env python3
"""Runs a gillab workload on CPython, the way `gillab exec --model NAME --workers N` runs it on
gillab: the module's top level and setup() on the main thread, work(part, parts, size, shared) on N
threads started together, then check(). Prints the same time and check lines as gillab's report.

    python3 bench/cpython/run_workload.py harness/workloads/countdown.py --workers 2 [--size N]
        [--switch-interval SECONDS]
"""
import argparse
import asyncio
import inspect
import collections
import importlib.util
import sys
import threading
import time
import types


class ChannelClosed(Exception):
    """Raised by send on a closed channel and by recv on a closed, empty one (as gillab's)."""


def check_maxsize(maxsize):
    """gillab's Channel(maxsize) rules: an int, 0 for unbounded."""
    if not isinstance(maxsize, int):
        raise TypeError("maxsize must be an int, not " + type(maxsize).__name__)
    if maxsize < 0:
        raise ValueError("maxsize must be >= 0, not %d" % maxsize)


class ChannelQueue:
    """A channel's state, a queue behind a condition variable, with gillab's blocking rules. The
    threads shim below is one; proc_channels.py keeps one inside its manager process."""

    def __init__(self, maxsize=0):
        self._items = collections.deque()
        self._max = maxsize
        self._closed = False
        self._cond = threading.Condition()

    def send(self, value):
        with self._cond:
            while not self._closed and self._max and len(self._items) >= self._max:
                self._cond.wait()
            if self._closed:
                raise ChannelClosed("send on a closed channel")
            self._items.append(value)
            self._cond.notify_all()

    def recv(self):
        with self._cond:
            while not self._items and not self._closed:
                self._cond.wait()
            if not self._items:
                raise ChannelClosed("recv on a closed, empty channel")
            value = self._items.popleft()
            self._cond.notify_all()
            return value

    def close(self):
        with self._cond:
            self._closed = True
            self._cond.notify_all()


class Iterable:
    """Iterating a channel receives until it is closed and empty."""

    def __iter__(self):
        return self

    def __next__(self):
        try:
            return self.recv()
        except ChannelClosed:
            raise StopIteration


def channels_module():
    """gillab's built-in `channels` module, for CPython threads (a fresh Channel class per module)."""

    class Channel(Iterable, ChannelQueue):
        def __init__(self, maxsize=0):
            check_maxsize(maxsize)
            ChannelQueue.__init__(self, maxsize)

    m = types.ModuleType("channels")
    m.Channel = Channel
    m.ChannelClosed = ChannelClosed
    return m


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--size", type=int, default=-1)
    ap.add_argument("--switch-interval", type=float, default=None)
    a = ap.parse_args()
    if a.switch_interval is not None:
        sys.setswitchinterval(a.switch_interval)
    sys.modules.setdefault("channels", channels_module())
    spec = importlib.util.spec_from_file_location("workload", a.file)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    size = a.size if a.size >= 0 else mod.SIZE
    parts = a.workers
    shared = mod.setup(size, parts) if hasattr(mod, "setup") else None
    results = [None] * parts
    errors = []
    cpu = [0.0] * parts
    ends = [0.0] * parts
    go = threading.Event()

    def run(part):
        go.wait()
        c0 = time.thread_time()
        try:
            results[part] = mod.work(part, parts, size, shared)
        except BaseException as e:  # reported like gillab's runner does, the run goes on
            errors.append("worker %d raised %r" % (part, e))
        finally:
            cpu[part] = time.thread_time() - c0
            ends[part] = time.perf_counter()

    if inspect.iscoroutinefunction(mod.work):
        # An asyncio workload: the workers are tasks of one event loop on one thread, as gillab runs them.
        def run_all(_):
            go.wait()
            c0 = time.thread_time()
            try:
                async def gather_parts():
                    return await asyncio.gather(*[mod.work(p, parts, size, shared) for p in range(parts)])
                results[:] = asyncio.run(gather_parts())
            except BaseException as e:
                errors.append("the workers' event loop raised %r" % (e,))
            finally:
                cpu[0] = time.thread_time() - c0
                for p in range(parts):
                    ends[p] = time.perf_counter()
        run = run_all
        parts_run = 1
    else:
        parts_run = parts
    threads = [threading.Thread(target=run, args=(i,)) for i in range(parts_run)]
    for t in threads:
        t.start()
    start = time.perf_counter()
    go.set()
    for t in threads:
        t.join()
    wall = max(ends) - start
    for e in errors:
        print("ERROR     " + e, file=sys.stderr)
    print("time      wall %.3f s, cpu %.3f s (per worker: %s)" % (wall, sum(cpu), ", ".join("%.3f" % c for c in cpu)), file=sys.stderr)
    print("results   " + ", ".join(repr(r) for r in results), file=sys.stderr)
    verdict = "none (the workload has no check)"
    code = 1 if errors else 0
    if hasattr(mod, "check") and not errors:
        ok = mod.check(results, size, parts)
        verdict = "passed" if ok else "FAILED"
        code = 0 if ok else 3
    print("check     " + verdict, file=sys.stderr)
    sys.exit(code)


if __name__ == "__main__":
    main()
