# Program-level atomicity: counts["hits"] += 1 is a read, an add and a write (three bytecodes).
# Without a lock an update is lost whenever another worker writes between this one's read and write:
# under the GIL only if a switch can happen there (CPython checks for one at loop back-edges and
# calls, so this loop loses none); with ticks between any two bytecodes; free-threaded at any time.
DESCRIPTION = "counts['hits'] += 1 from every worker without a lock: how many updates are lost"
CATEGORY = "shared-state"
SIZE = 2_000_000

counts = {"hits": 0}


def work(part, parts, size, shared):
    n = size // parts + (1 if part < size % parts else 0)
    for _ in range(n):
        counts["hits"] += 1
    return n


def check(results, size, parts):
    lost = sum(results) - counts["hits"]
    # "racy, lost N of M updates": gillab reads this line as the race's measured outcome (docs/workloads.md)
    print("shared_counter: racy, lost %d of %d updates" % (lost, sum(results)))
    return lost == 0
