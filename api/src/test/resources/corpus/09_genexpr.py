# Generator expressions consumed by builtins.
r = range(1, 11)
print(sum(x * x for x in r), max(x % 7 for x in r), min(-x for x in r), any(x > 9 for x in r), all(x > 0 for x in r))
print(list(x for x in "abc"), tuple(x * 2 for x in (1, 2)), sorted(-x for x in r)[:3], set(x % 2 for x in r) == {0, 1})
g = (c for c in "hello")
print(next(g), next(g), "".join(g), next(g, "END"))
print(dict((k, v) for k, v in [("a", 1), ("b", 2)]), ", ".join(str(i) for i in range(4)))
def lazy_source(log):
    for i in range(5):
        log.append(i)
        yield i
log = []
ge = (x * 10 for x in lazy_source(log))
print(log, next(ge), log, any(v > 15 for v in ge), log)
nested = sum(sum(j for j in range(i)) for i in range(10))
print(nested, sum((x for x in range(5)), 100), max((len(w), w) for w in "a bb ccc dd".split()))
print(any([]), all([]), any(x for x in [0, "", None]), all(x for x in [1, "a", [0]]))
total = 0
for sq in (i * i for i in range(5)):
    total += sq
print(total, list(enumerate(x.upper() for x in "ab")), list(zip((i for i in range(3)), "xyz")))
print(sum(1 for line in "a\nb\n\nc".splitlines() if line), min((abs(x - 7), x) for x in [1, 5, 9, 12]))
