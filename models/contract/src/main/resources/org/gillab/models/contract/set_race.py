# Every worker adds its share of the ints below SIZE (and a tuple for each) to one shared set and
# discards its odd ones again, while the table resizes under the others and fills with dummies;
# now and then it copies the set and combines the copy with others. A set operation is one
# operation under every model that shares a heap: nothing may be lost, nothing may come back.
DESCRIPTION = "workers add and discard their shares of SIZE ints in one shared set while it resizes"
CATEGORY = "shared-state"
SIZE = 40000

table = set()


def work(part, parts, size, shared):
    n = 0
    for i in range(part, size, parts):
        table.add(i)
        table.add((i, i + 1))
        if i % 2:
            table.discard(i)
        if i % 997 == part:
            snapshot = table.copy()
            n += len(snapshot & {0, 1, 2, 3}) + len(snapshot | {-1}) + len(snapshot - {0})
    return n


def check(results, size, parts):
    wrong = 0
    for i in range(size):
        if (i in table) != (i % 2 == 0) or (i, i + 1) not in table:
            wrong += 1
    ok = wrong == 0 and len(table) == size + (size + 1) // 2
    if not ok:
        print("set_race: %d ints or tuples wrong, %d stored" % (wrong, len(table)))
    return ok
