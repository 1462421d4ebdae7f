# Beazley's countdown (Inside the Python GIL, 2009): pure bytecode, no shared state.
DESCRIPTION = "Beazley's countdown: each worker decrements its share of SIZE to zero"
CATEGORY = "cpu"
SIZE = 20_000_000


def share(part, parts, size):
    return size // parts + (1 if part < size % parts else 0)


def work(part, parts, size, shared):
    n = share(part, parts, size)
    while n > 0:
        n -= 1
    return n


def check(results, size, parts):
    return results == [0] * parts
