# The cycle collector: 10,000 reference cycles of three kinds, collected by gc.collect(); the gc
# module's interface. Only what CPython prints too: counts as comparisons, thresholds as set.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


def make_cycles(n):
    for i in range(n):
        a = Node(i)
        b = Node(-i)
        a.other = b
        b.other = a                      # two instances pointing at each other
        box = [a, i]
        box.append(box)                  # a list that holds itself

        def again():
            return again                 # a closure: cell -> function -> cell
        a.fn = again


gc.collect()
print("enabled:", gc.isenabled())
gc.disable()
print("enabled after disable:", gc.isenabled())
make_cycles(10_000)
found = gc.collect()
print("found at least 50,000:", found >= 50_000)
print("second collect finds nothing:", gc.collect() == 0)
gc.enable()
print("enabled after enable:", gc.isenabled())

print("thresholds:", gc.get_threshold())
gc.set_threshold(100, 5)
print("set:", gc.get_threshold())
gc.set_threshold(700, 10, 10)
print("count is a triple:", len(gc.get_count()))
print("stats per generation:", len(gc.get_stats()), sorted(gc.get_stats()[0]))

# automatic collection keeps the young generation near its threshold
make_cycles(10_000)
print("young count under 10,000:", gc.get_count()[0] < 10_000)
gc.collect()

# a reachable cycle survives every generation's collection
keep = Node("kept")
keep.other = keep
for g in range(3):
    gc.collect(g)
print("kept:", keep.other.other.name)

print("tracked:", gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked(Node(1)))
print("untracked:", gc.is_tracked(1), gc.is_tracked("a"), gc.is_tracked(None))


def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("generator closed by the collector")


g = numbers()
next(g)
holder = [g]
holder.append(holder)
del g, holder
print("generator cycle found:", gc.collect() >= 2)

try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
try:
    gc.set_threshold()
except TypeError as e:
    print("TypeError raised")
