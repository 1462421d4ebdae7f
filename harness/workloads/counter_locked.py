# The same read-modify-write as shared_counter, under a threading.Lock: no model may lose one.
import threading

DESCRIPTION = "counts['hits'] += 1 from every worker under a threading.Lock: no update may be lost"
CATEGORY = "shared-state"
SIZE = 1_000_000

counts = {"hits": 0}
lock = threading.Lock()


def work(part, parts, size, shared):
    n = size // parts + (1 if part < size % parts else 0)
    for _ in range(n):
        with lock:
            counts["hits"] += 1
    return n


def check(results, size, parts):
    lost = sum(results) - counts["hits"]
    if lost:
        print("counter_locked: lost %d of %d updates" % (lost, sum(results)))
    return lost == 0
