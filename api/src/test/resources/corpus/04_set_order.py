# Set iteration order is CPython's (Objects/setobject.c): its own open-addressing table, linear
# probes then perturbed jumps, resizes, dummies left by deletes, pop's finger, and each operator
# building its result the way setobject.c does. Only elements whose hashes do not depend on the
# process are used: ints, bools, floats and tuples of them (not str, not None).

print({3, 1, 2})
print({16, 1, 2, 3, 4})
print({20, 3, 35, 1, 2, 9})
print({100, 5, 7})
print({-1, -2, -3, 0, 5})
print({2305843009213693952, 2305843009213693951, 4611686018427387904, -2305843009213693952, 100000000000000000000, -100000000000000000000, 1})
print(set([2**61, 2**61 - 1, 2**62, -2**61, 10**20, -10**20, 1]))
print(hash(-1), hash(-2), hash(2**61), hash(10**20), hash(-10**20), hash(1.5), hash(-0.5), hash(1e100), hash((1, 2)), hash(((), 3.25)))
print({1.5, 2.25, -0.5, 3.0, 1e100, 0.1, -7.75})
print({True, False, 2, 3})
print({(1, 2), (2, 1), (0, 0), (3,), (), (1, (2, 3))})
print({0.0, 1, 2.0, 3})
print({7.125, -115511, 6, -687010, 17711297223332672077, False, -153193, (29, ()), 0.001, (6, 1.5), 14294346751636607287})
print([x for x in {(36, -7), 0.001}], [x for x in {(25, -7), (19, 1.5), 42}])

a = set()
for x in [8, 16, 0, 24, 32, 7, 15, 23]:
    a.add(x)
print(a)

s = {0, 8, 16}
s.remove(0)
s.remove(8)
s.add(24)
print(s)
s.add(0)
print(s)

# incremental growth through several resizes
g = set()
for i in range(0, 1000, 37):
    g.add(i)
print(g)
g2 = set(range(100, -100, -7))
print(g2)
big = set(range(0, 100000, 3))
print(len(big), list(big)[:12], list(big)[-5:])

# a pseudo-random walk of adds and discards
v = 12345
t = set()
for step in range(400):
    v = (v * 1103515245 + 12345) % 2147483648
    k = v % 97 - 30
    if v % 3 == 0:
        t.discard(k)
    else:
        t.add(k)
print(t)
print(len(t))

# pop walks the table from its finger
p = set(range(20))
popped = []
for _ in range(7):
    popped.append(p.pop())
print(popped, p)
p.add(3)
p.add(100)
print(p.pop(), p.pop(), p)
q = {50, 2, 77, 13}
print(q.pop(), q)

# comprehension, display with a variable, set() of several iterables
n = 5
print({x * 7 % 23 for x in range(15)})
print({n, 1, 40, 9})
print(set([9, 8, 7, 6, 5, 4, 3, 2, 1]))
print(set((33, 1, 65, 97)))
print(set({40: 'a', 8: 'b', 72: 'c', 1: 'd', 2: 'e', 3: 'f'}))
print(set(range(16, 0, -1)))
for x in {12, 4, 20, 28, 36}:
    print(x, end=' ')
print()
print([y for y in {70, 6, 38, 102, 134}])

# operators
A = {1, 2, 3, 40, 50, 60, 700, 8000}
B = {3, 40, 5, 6, 8000, 90000, 1}
print(A | B)
print(B | A)
print(A & B)
print(B & A)
print(A - B)
print(B - A)
print(A ^ B)
print(B ^ A)
print(A.union([99, 98, 3], (12, 11)))
print(A.intersection([8000, 1, 3, 2]))
print(A.intersection(B, {1, 3, 8000, 7}))
print(A.difference([1, 2], {700}))
print(A.symmetric_difference([2, 3, 4, 5]))
print(A < B, A <= A, A > {1, 2}, A >= {1, 2, 3, 4}, A == set(A), A != B)
print(A.isdisjoint({0, -1}), A.issubset(range(10000)), A.issuperset([1, 2]))
small = {5, 70}
large = set(range(0, 200, 5))
print(small & large, large & small)
print(large - small)
print(small - large)
print(set(range(100)) - {1, 2, 3})

C = set(A)
C |= {17, 33, 49}
print(C)
C &= {1, 17, 33, 700, 2, 90000}
print(C)
C -= {2}
print(C)
C ^= {1, 500, 2, 3}
print(C)
D = set(range(30))
D.difference_update(range(0, 30, 2))
print(D)
D.intersection_update([1, 3, 5, 7, 9, 11, 100])
print(D)
D.symmetric_difference_update({1, 2, 300})
print(D)
D.update([64, 128], {256, 32})
print(D)
D.clear()
print(D)
D.add(9)
print(D)
print(A.copy())
u = set()
u.update(range(40, 0, -3))
print(u)

try:
    set().pop()
except KeyError as e:
    print('KeyError', e)
w = {1, 2, 3}
try:
    for x in w:
        w.add(x + 10)
except RuntimeError as e:
    print('RuntimeError', e, sorted(w))
