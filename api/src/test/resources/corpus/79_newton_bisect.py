# Numerical methods: Newton's method, bisection, Simpson integration, fixed point (only + - * / and sqrt).
from math import sqrt
def newton(f, df, x, tol=1e-12, max_iter=100):
    for i in range(max_iter):
        fx = f(x)
        if abs(fx) < tol:
            return x, i
        x = x - fx / df(x)
    return x, max_iter
def bisect(f, lo, hi, tol=1e-12):
    flo = f(lo)
    steps = 0
    while hi - lo > tol:
        mid = (lo + hi) / 2
        fm = f(mid)
        if (fm < 0) == (flo < 0):
            lo, flo = mid, fm
        else:
            hi = mid
        steps += 1
    return (lo + hi) / 2, steps
r, it = newton(lambda x: x * x - 2, lambda x: 2 * x, 1.0)
print("%.12f" % r, it, r == sqrt(2))
r, it = newton(lambda x: x * x * x - 2 * x - 5, lambda x: 3 * x * x - 2, 2.0)
print("%.12f" % r, it)
r, st = bisect(lambda x: x * x * x - 2 * x - 5, 2.0, 3.0)
print("%.10f" % r, st)
def simpson(f, a, b, n):
    h = (b - a) / n
    s = f(a) + f(b)
    for i in range(1, n):
        s += (4 if i % 2 else 2) * f(a + i * h)
    return s * h / 3
print("%.10f" % simpson(lambda x: x * x, 0.0, 3.0, 10), "%.10f" % simpson(lambda x: 4 / (1 + x * x), 0.0, 1.0, 100))
def trapezoid(f, a, b, n):
    h = (b - a) / n
    return h * (f(a) / 2 + sum(f(a + i * h) for i in range(1, n)) + f(b) / 2)
print("%.8f" % trapezoid(lambda x: sqrt(1 - x * x), 0.0, 1.0, 1000))
x = 1.0
for _ in range(100):
    x = 1 + 1 / x
print("golden ratio %.15f" % x, x == (1 + sqrt(5)) / 2)
def isqrt_float(n):
    x = n
    for _ in range(60):
        x = (x + n / x) / 2
    return x
print([isqrt_float(v) for v in (4.0, 9.0, 2.0, 1e10)], [sqrt(v) for v in (4.0, 9.0, 2.0, 1e10)])
def euler_ode(f, y0, t0, t1, n):
    h = (t1 - t0) / n
    y = y0
    t = t0
    for _ in range(n):
        y += h * f(t, y)
        t += h
    return y
print("%.10f %.10f" % (euler_ode(lambda t, y: y, 1.0, 0.0, 1.0, 1000), euler_ode(lambda t, y: -2 * t * y, 1.0, 0.0, 1.0, 1000)))
