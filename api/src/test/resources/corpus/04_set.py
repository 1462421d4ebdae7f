# Sets: operations printed only after sorting.
a = {3, 1, 4, 1, 5, 9, 2, 6}
b = set([5, 6, 7, 8, 9])
print(len(a), sorted(a), sorted(b), 4 in a, 4 in b, 10 not in a)
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
a.add(100)
a.discard(3)
a.discard(12345)
a.remove(100)
print(sorted(a), len(a))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {2}, {1, 2}.issubset({1, 2, 5}), {1, 2}.issuperset({1}), {1}.isdisjoint({2}))
print({1, 2} == {2, 1}, set() == set(), len(set()), bool(set()), bool({0}))
words = "the cat and the hat and the bat".split()
uniq = set(words)
print(len(words), len(uniq), sorted(uniq))
print(sorted({x % 5 for x in range(100)}), sorted(set("mississippi")))
s = set()
for i in range(20):
    s.add(i * i % 7)
print(sorted(s))
c = {1, 2, 3}
c |= {4}
c &= {1, 2, 4, 5}
c -= {1}
c ^= {9, 2}
print(sorted(c))
t = {(1, 2), (2, 1), (1, 2)}
print(len(t), sorted(t), (2, 1) in t)
popped = {42}.pop()
print(popped, sorted(list({"b", "a", "c"})), sum({1, 2, 3}), max({4, 8, 2}), min({"z", "y"}))
mixed = {1, 1.0, True}
print(len(mixed), 1 in mixed, 1.0 in mixed)
c2 = set(c)
c2.clear()
print(len(c2), len(c), sorted(c.copy()))
