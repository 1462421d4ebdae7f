# I/O-bound work in its simplest form: every worker sleeps 10 ms, SIZE times. A model that lets
# others run while one sleeps finishes N workers in about SIZE x 10 ms, not N x SIZE x 10 ms.
import time

DESCRIPTION = "every worker sleeps 10 ms SIZE times: blocking waits overlap, or they add up"
CATEGORY = "io"
SIZE = 20


def work(part, parts, size, shared):
    for _ in range(size):
        time.sleep(0.01)
    return size


def check(results, size, parts):
    return results == [size] * parts
