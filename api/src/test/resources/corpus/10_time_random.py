# time and random: only deterministic properties are printed.
import time
import random
from math import floor
t0 = time.perf_counter()
m0 = time.monotonic()
w0 = time.time()
time.sleep(0.01)
t1 = time.perf_counter()
m1 = time.monotonic()
print(t1 >= t0, m1 >= m0, t1 - t0 >= 0.005, w0 > 1600000000, type(t0).__name__, type(w0).__name__)
rng = random.Random(42)
vals = [rng.random() for _ in range(1000)]
print(len(vals), all(0.0 <= v < 1.0 for v in vals), type(vals[0]).__name__)
ints = [rng.randint(1, 6) for _ in range(600)]
print(min(ints) >= 1, max(ints) <= 6, len(set(ints)) == 6, all(type(i) is int for i in ints))
rr = [rng.randrange(10) for _ in range(500)] + [rng.randrange(5, 50, 5) for _ in range(500)]
print(all(0 <= v < 10 for v in rr[:500]), all(v % 5 == 0 and 5 <= v < 50 for v in rr[500:]))
choices = [rng.choice("abc") for _ in range(300)]
print(sorted(set(choices)), all(c in "abc" for c in choices))
deck = list(range(52))
rng.shuffle(deck)
print(len(deck), sorted(deck) == list(range(52)), sum(deck))
r1 = random.Random(7)
r2 = random.Random(7)
print([r1.random() for _ in range(5)] == [r2.random() for _ in range(5)], r1.randint(0, 100) == r2.randint(0, 100))
random.seed(123)
a = [random.random() for _ in range(3)]
random.seed(123)
b = [random.random() for _ in range(3)]
print(a == b, all(0 <= x < 1 for x in a))
inside = 0
N = 2000
rng = random.Random(1)
for _ in range(N):
    x = rng.random()
    y = rng.random()
    if x * x + y * y <= 1.0:
        inside += 1
est = 4 * inside / N
print("pi estimate within 0.3:", abs(est - 3.14159) < 0.3)
print(floor(time.perf_counter() - t0) >= 0)
