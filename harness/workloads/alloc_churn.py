# Allocation churn: every iteration builds and drops a few short-lived tuples and lists (and ints
# above the small-int cache), so nearly every bytecode allocates, frees or changes a reference count.
# Nothing is shared, so the cost is the model's price on allocation and counting alone.
DESCRIPTION = "short-lived tuples and lists built and dropped SIZE times: allocation and refcount churn"
CATEGORY = "cpu"
SIZE = 1_000_000


def work(part, parts, size, shared):
    total = 0
    for i in range(part, size, parts):
        pair = (i, i & 15)                # a new tuple
        row = [pair, pair[1], i >> 4]     # a new list holding it (and a new int once i >> 4 passes 256)
        key, low = row[0]                 # unpacked into two locals
        rest = row[1:]                    # a new list from a slice
        box = (rest, [low] * 2, key)      # a tuple of new lists
        total += box[0][1] + box[1][0]    # (i >> 4) + (i & 15); the next pass's stores free all of these
    return total


def expected(size):
    # the sum of (i >> 4) + (i & 15) over range(size), in closed form
    q, r = divmod(size, 16)
    return 16 * q * (q - 1) // 2 + r * q + 120 * q + r * (r - 1) // 2


def check(results, size, parts):
    ok = sum(results) == expected(size)
    if not ok:
        print("alloc_churn: the workers summed to %d, expected %d" % (sum(results), expected(size)))
    return ok
