# Cyclic garbage: every iteration builds a small object graph with reference cycles in it (two
# nodes pointing at each other, a list holding itself, a closure whose cell holds the function) and
# drops it. Reference counting alone frees none of it: the cycle collector must. Each worker also
# keeps a ring of live nodes, linked both ways, that every collection must leave alone, and every
# 1000 iterations one worker calls gc.collect() itself, so collections happen while the others run.
import gc

DESCRIPTION = "reference cycles made and dropped SIZE times: the cycle collector's work and pauses"
CATEGORY = "cpu"
SIZE = 200_000

RING = 64


class Node:
    def __init__(self, value):
        self.value = value
        self.prev = None
        self.next = None


def ring(n, base):
    first = Node(base)
    last = first
    for i in range(1, n):
        node = Node(base + i)
        node.prev = last
        last.next = node
        last = node
    last.next = first
    first.prev = last
    return first


def garbage(i):
    a = Node(i)
    b = Node(i + 1)
    a.next = b
    b.prev = a                    # a <-> b
    box = [a, i]
    box.append(box)               # a list that holds itself

    def again():
        return again              # a closure: the cell holds the function, the function the cell

    a.prev = again
    return b.value - a.value      # 1; everything above is garbage once this returns


def walk(start):
    # the ring's values, forwards and backwards: a freed node would break either walk
    total = start.value
    node = start.next
    while node is not start:
        total += node.value
        node = node.next
    back = start.value
    node = start.prev
    while node is not start:
        back += node.value
        node = node.prev
    return total if total == back else -1


def work(part, parts, size, shared):
    keep = ring(RING, part * RING)
    made = 0
    for i in range(part, size, parts):
        made += garbage(i)
        if part == 0 and i % 1000 == 0:
            gc.collect(i // 1000 % 3)     # every generation in turn
    return (made, walk(keep))


def check(results, size, parts):
    expected = [(len(range(p, size, parts)), sum(range(p * RING, (p + 1) * RING))) for p in range(parts)]
    ok = list(results) == expected
    if not ok:
        print("gc_churn: results %r, expected %r" % (results, expected))
    return ok
