# Interpreter-level safety: list.append is one operation; no model that protects the list may lose one.
DESCRIPTION = "every worker appends its share of SIZE ints to one shared list; none may be lost"
CATEGORY = "shared-state"
SIZE = 1_000_000

items = []


def work(part, parts, size, shared):
    append = items.append
    n = 0
    for i in range(part, size, parts):
        append(i)
        n += 1
    return n


def check(results, size, parts):
    ok = len(items) == size and sorted(items) == list(range(size))
    if not ok:
        print("list_append: %d of %d appends kept, %d distinct" % (len(items), size, len(set(items))))
    return ok
