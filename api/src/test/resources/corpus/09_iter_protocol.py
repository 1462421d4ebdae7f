# Iterator classes with __iter__/__next__, iter() and next() builtins.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(5)), sum(Countdown(100)), [x for x in Countdown(3)])
c = Countdown(2)
print(next(c), next(c), next(c, "done"), list(c))
class Range2:
    def __init__(self, lo, hi, step=1):
        self.lo, self.hi, self.step = lo, hi, step
    def __iter__(self):
        return Range2Iter(self)
class Range2Iter:
    def __init__(self, r):
        self.r = r
        self.v = r.lo
    def __iter__(self):
        return self
    def __next__(self):
        if self.v >= self.r.hi:
            raise StopIteration()
        v = self.v
        self.v += self.r.step
        return v
rr = Range2(0, 10, 3)
print(list(rr), list(rr), [(a, b) for a in Range2(0, 2) for b in Range2(0, 2)], 6 in rr, 7 in rr)
it = iter([1, 2, 3])
print(next(it), list(it), next(it, None))
it2 = iter("ab")
print(next(it2), next(it2), next(it2, "x"))
d = {"one": 1, "two": 2}
di = iter(d)
print(next(di), next(di), next(di, "no more keys"))
class Tree:
    def __init__(self, v, children=()):
        self.v = v
        self.children = list(children)
    def __iter__(self):
        yield self.v
        for ch in self.children:
            for x in ch:
                yield x
t = Tree(1, [Tree(2, [Tree(4), Tree(5)]), Tree(3, [Tree(6)])])
print(list(t), sum(t), max(t), sorted(t, reverse=True))
class Cycle:
    def __init__(self, items, limit):
        self.items = items
        self.limit = limit
    def __iter__(self):
        i = 0
        while i < self.limit:
            yield self.items[i % len(self.items)]
            i += 1
print(list(Cycle("abc", 7)), list(zip(Cycle([0, 1], 5), Countdown(5))))
for i, v in enumerate(Countdown(3), start=10):
    print(i, v, end=" ")
print()
print(list(map(lambda a, b: a * b, Countdown(3), Range2(1, 4))), list(reversed([x for x in Countdown(4)])))
