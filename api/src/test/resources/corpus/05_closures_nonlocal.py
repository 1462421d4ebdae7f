# Closures, nonlocal, late binding, counters, closures over loop vars.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1(), c2(-50))
def make_adders():
    fs = []
    for i in range(4):
        fs.append(lambda x, i=i: x + i)
    return fs
print([f(10) for f in make_adders()])
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late())
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = x + "+inner"
            return x
        r = inner()
        return r + "|" + x
    return middle() + "|" + x
print(outer())
def accumulator():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
acc = accumulator()
for v in [1, 2, 3, 4]:
    print(acc(v), end=" ")
print()
def compose(f, g):
    return lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose(compose(inc, inc), dbl)(1))
def fib_memo():
    memo = {0: 0, 1: 1}
    def fib(n):
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]
    return fib
f = fib_memo()
print(f(50), f(90), f(100))
def bank(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            return "insufficient"
        balance -= x
        return balance
    def get():
        return balance
    return deposit, withdraw, get
dep, wd, get = bank(10)
print(dep(5), wd(3), wd(100), get())
def counter_pair():
    n = 0
    def a():
        nonlocal n
        n += 1
        return n
    def b():
        nonlocal n
        n *= 10
        return n
    return a, b
a, b = counter_pair()
print(a(), b(), a(), b())
def shadow():
    x = 1
    def g():
        x = 2
        return x
    g()
    return x
print(shadow())
