# What one switch between workers costs when it is a hand-off between OS threads: every worker calls
# time.sleep(0) SIZE times; under gillab's gevent model each call gives the baton to the hub, which
# hands it to the next ready greenlet's thread (a park and an unpark per switch). Divide the wall
# time by SIZE (the total number of sleeps) for the cost of one switch.
#   ./gillab exec --model gevent --workers 2 --warmup 2 --runs 5 --no-audit bench/asyncio/gevent_switch.py
import time

DESCRIPTION = "every worker calls time.sleep(0) its share of SIZE times: one hand-off each under gevent"
CATEGORY = "io"
SIZE = 20000


def work(part, parts, size, shared):
    n = 0
    for _ in range(part, size, parts):
        time.sleep(0)
        n += 1
    return n


def check(results, size, parts):
    return sum(results) == size
