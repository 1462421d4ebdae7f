# Big integer workloads: factorials, Fibonacci, binomials, digit sums, power towers.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
f100 = fact(100)
print(f100)
print(len(str(fact(500))), sum(int(c) for c in str(fact(300))), str(fact(1000))[:25])
z = 0
t = fact(1000)
while t % 10 == 0:
    t //= 10
    z += 1
print("trailing zeros of 1000!:", z)
print(fib(100), fib(300), len(str(fib(5000))))
print(fib(200) % (10 ** 9 + 7), fib(1000) % 2 ** 64, fib(90) < 2 ** 63 < fib(93))
def binom(n, k):
    r = 1
    for i in range(1, k + 1):
        r = r * (n - k + i) // i
    return r
print(binom(100, 50), binom(1000, 3), binom(60, 30) == fact(60) // (fact(30) * fact(30)))
print(2 ** 2 ** 2 ** 2, 2 ** 2 ** 2 ** 2 ** 2 % 1000007, 3 ** 3 ** 3)
def digits_of_e(n):
    scale = 10 ** (n + 10)
    total = 0
    term = scale
    k = 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total // 10 ** 10)
print(digits_of_e(60))
def isqrt_newton(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
r2 = isqrt_newton(2 * 10 ** 100)
print(r2, r2 * r2 <= 2 * 10 ** 100 < (r2 + 1) ** 2)
print(-fact(25) // 7, -fact(25) % 7, fact(25) // -fact(20), (fact(30) - 1) & 0xFFFFFFFFFFFFFFFF)
