# Tuples: packing, unpacking, immutability-related behaviour, comparison, hashing.
t = (1, "two", 3.0, None)
print(t, len(t), t[1], t[-1], t[1:3], t.index(3.0), t.count(1))
single = (5,)
empty = ()
print(single, empty, len(empty), type(single).__name__, (1) == 1, (1,) == 1)
a, b, c, d = t
print(a, b, c, d)
p = 1, 2
q = (3, 4)
print(p + q, p * 2, p < q, (1, 2) < (1, 2, 0), (1, "b") > (1, "a"), max([(2, "a"), (2, "b"), (1, "z")]))
coords = [(1, 2), (3, 4), (5, 6)]
for x, y in coords:
    print(x * y, end=" ")
print()
print(sum(x for x, _ in coords), [y for _, y in coords])
d = {(0, 0): "origin", (1, 0): "east"}
print(d[(0, 0)], d[1, 0], (0, 0) in d, hash((1, 2)) == hash((1, 2)))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], nested == ((1, 2), (3, (4, 5))))
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple(x * x for x in range(4)))
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([4, 8, 1, 9])
print(lo, hi, minmax("hello"))
sw1, sw2 = 1, 2
sw1, sw2 = sw2, sw1
print(sw1, sw2)
print(repr((1, "a", 2.5)), str(("x",)), sorted([(2, 1), (1, 2), (1, 1)]))
print((1, 2, 3) == (1, 2, 3), (1, 2) != (1, 2), (1, 2) in [(1, 2), (3, 4)], 2 in (1, 2))
