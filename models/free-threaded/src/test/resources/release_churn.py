import math

DESCRIPTION = 'workers make and drop classes and functions, and drop module-level ones and a module'
CATEGORY = 'cpu'
SIZE = 300


class Base:
    def get(self):
        return 1


class C0(Base):
    pass


class C1(Base):
    pass


class C2(Base):
    pass


def f0():
    return 10


def f1():
    return 11


def f2():
    return 12


def make_class(n):
    class Made(Base):
        def get(self):
            return n
    return Made


def make_fn(n):
    def fn():
        return n + 1
    return fn


def setup(size, parts):
    return [make_fn(i) for i in range(parts)]


def work(part, parts, size, shared):
    global C0, C1, C2, f0, f1, f2, math
    import time
    total = 0 * int(time.time())
    for i in range(size):
        k = make_class(i)
        total += k().get() + make_fn(i)() + Base().get()
    if part == 0:
        total += C0().get() + f0() + int(math.sqrt(4)) - 2
        del C0, f0, math
    elif part == 1:
        total += C1().get() + f1()
        del C1, f1
    elif part == 2:
        total += C2().get() + f2()
        del C2, f2
    return total + shared[part]()


def check(results, size, parts):
    base = size * (size - 1) + 2 * size
    return all(r == base + 1 + 10 + p + p + 1 for p, r in enumerate(results))


if __name__ == '__main__':
    n, parts = SIZE, 3
    shared = setup(n, parts)
    rs = [work(p, parts, n, shared) for p in range(parts)]
    print(check(rs, n, parts))
