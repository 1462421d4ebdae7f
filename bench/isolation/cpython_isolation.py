"""CPython's side of gillab's isolation costs, on the python3 that runs this file.

Prints, each as median (min-max) over ROUNDS:
  spawn: a multiprocessing 'spawn' Process from start() until the child's first message arrives
         (interpreter start-up, unpickling the target), and start() to join() for an empty target;
  subinterpreter: create an interpreter, run "pass" in it, destroy it. Python 3.11 has no
         concurrent.interpreters (3.14) and its subinterpreters share one GIL (own GILs came in 3.12);
         it has the private _xxsubinterpreters module, which is what is timed there;
  queue round trip: a multiprocessing.Queue ping answered through another Queue by a spawned process,
         the counterpart of bench/isolation/ping_pong.py under gillab's processes model.

Usage: python3 bench/isolation/cpython_isolation.py [ROUNDS [--spawn-only]]
"""
import multiprocessing as mp
import statistics
import sys
import time


def _hello(q):
    q.put(time.monotonic())


def _nothing():
    pass


def _echo(ping, pong):
    for v in iter(ping.get, None):
        pong.put(v)


def spread(xs, scale, unit):
    xs = [x * scale for x in xs]
    return "%.2f %s (%.2f-%.2f, %d rounds)" % (statistics.median(xs), unit, min(xs), max(xs), len(xs))


def spawn_times(ctx, rounds):
    ready, joined = [], []
    for _ in range(rounds):
        q = ctx.Queue()
        t0 = time.monotonic()
        p = ctx.Process(target=_hello, args=(q,))
        p.start()
        at = q.get()
        ready.append(at - t0)
        p.join()
        t1 = time.monotonic()
        p = ctx.Process(target=_nothing)
        p.start()
        p.join()
        joined.append(time.monotonic() - t1)
    return ready, joined


def subinterpreter_times(rounds):
    try:
        from concurrent import interpreters  # 3.14
        def one():
            it = interpreters.create()
            it.exec("pass")
            it.close()
        what = "concurrent.interpreters (own GIL)"
    except ImportError:
        import _xxsubinterpreters as x  # 3.8-3.12, private
        def one():
            i = x.create()
            x.run_string(i, "pass")
            x.destroy(i)
        what = "_xxsubinterpreters (3.11: one GIL shared by all interpreters)"
    out = []
    for _ in range(rounds):
        t0 = time.monotonic()
        one()
        out.append(time.monotonic() - t0)
    return what, out


def round_trips(ctx, n):
    ping, pong = ctx.Queue(), ctx.Queue()
    p = ctx.Process(target=_echo, args=(ping, pong))
    p.start()
    ping.put(-1)
    pong.get()  # the child is up
    t0 = time.monotonic()
    for i in range(n):
        ping.put(i)
        assert pong.get() == i
    dt = time.monotonic() - t0
    ping.put(None)
    p.join()
    return dt / n


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    ctx = mp.get_context("spawn")
    if len(sys.argv) > 2 and sys.argv[2] == "--spawn-only":  # for interleaving with other measurements
        ready, _ = spawn_times(ctx, rounds)
        print("spawn: start() to the child's first message", spread(ready, 1e3, "ms"))
        return
    print("python", sys.version.split()[0])
    ready, joined = spawn_times(ctx, rounds)
    print("spawn: start() to the child's first message", spread(ready, 1e3, "ms"))
    print("spawn: start() to join(), empty target     ", spread(joined, 1e3, "ms"))
    what, subs = subinterpreter_times(rounds * 10)
    print("subinterpreter create, run 'pass', destroy  ", spread(subs, 1e3, "ms"), "via", what)
    trips = [round_trips(ctx, 200) for _ in range(max(3, rounds // 3))]
    print("multiprocessing.Queue round trip (spawn)   ", spread(trips, 1e6, "us"))


if __name__ == "__main__":
    main()
