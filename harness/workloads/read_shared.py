# Only reference counts are written: every read of a shared item is an incref and a decref of it.
DESCRIPTION = "every worker reads the same 64 shared ints over and over; only their refcounts change"
CATEGORY = "shared-state"
SIZE = 5_000_000

data = [1000 + i for i in range(64)]  # above the small-int cache: counted, not immortal


def share(part, parts, size):
    return size // parts + (1 if part < size % parts else 0)


def work(part, parts, size, shared):
    total = 0
    for i in range(share(part, parts, size)):
        total += data[i & 63]
    return total


def check(results, size, parts):
    expected = []
    for part in range(parts):
        n = share(part, parts, size)
        full, rest = divmod(n, 64)
        expected.append(full * sum(data) + sum(data[:rest]))
    return results == expected
