# Generator functions: lazy evaluation, state, return, next() with default, infinite generators.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)), sum(count_up(101)), list(count_up(0)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
g = fib()
print([next(g) for _ in range(15)])
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
print(take(5, fib()), take(3, count_up(100)))
def noisy():
    print("  start")
    yield 1
    print("  after 1")
    yield 2
    print("  after 2")
gen = noisy()
print("created")
print("got", next(gen))
print("got", next(gen))
print("default", next(gen, "exhausted"))
print("again", next(gen, "still exhausted"))
def early_return(items):
    for x in items:
        if x < 0:
            return
        yield x * 10
print(list(early_return([1, 2, -1, 3])))
def gen_with_try():
    try:
        yield "a"
        yield "b"
    finally:
        print("  gen finally")
print(list(gen_with_try()))
def pairs(seq):
    it = iter(seq)
    while True:
        a = next(it, None)
        b = next(it, None)
        if a is None:
            return
        yield (a, b)
print(list(pairs([1, 2, 3, 4, 5])))
g2 = count_up(3)
print(iter(g2) is g2, next(g2), list(g2), list(g2))
try:
    next(g2)
except StopIteration:
    print("StopIteration raised")
def windows(seq, k):
    for i in range(len(seq) - k + 1):
        yield seq[i:i + k]
print(list(windows("abcdef", 3)), list(windows([1, 2], 3)))
def flatten(nested):
    for x in nested:
        if isinstance(x, list):
            for y in flatten(x):
                yield y
        else:
            yield x
print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]], 8])))
def gen_closure(n):
    def inner():
        for i in range(n):
            yield i * n
    return inner
print(list(gen_closure(4)()), max(count_up(7)), sorted(count_up(4), reverse=True), 3 in count_up(5))
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
ps = primes()
print([next(ps) for _ in range(20)])
def interleave(a, b):
    ia, ib = iter(a), iter(b)
    while True:
        x = next(ia, None)
        if x is None:
            break
        yield x
        y = next(ib, None)
        if y is None:
            break
        yield y
print("".join(interleave("abc", "123")), list(zip(count_up(3), fib())), dict(enumerate(count_up(3), start=1)))
