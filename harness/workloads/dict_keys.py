# Interpreter-level safety: d[k] = v is one operation, even while the dict resizes under other writers.
DESCRIPTION = "every worker stores its share of SIZE distinct keys in one shared dict; none may be lost"
CATEGORY = "shared-state"
SIZE = 500_000

table = {}


def work(part, parts, size, shared):
    n = 0
    for i in range(part, size, parts):
        table["k" + str(i)] = i
        n += 1
    return n


def check(results, size, parts):
    missing = 0
    for i in range(size):
        if table.get("k" + str(i)) != i:
            missing += 1
    ok = missing == 0 and len(table) == size
    if not ok:
        print("dict_keys: %d keys missing or wrong, %d stored of %d" % (missing, len(table), size))
    return ok
