# Spectral norm of the infinite matrix A(i,j) = 1/((i+j)(i+j+1)/2 + i + 1), power method.
import math
def a(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)
def mul_av(v, n):
    return [sum(a(i, j) * v[j] for j in range(n)) for i in range(n)]
def mul_atv(v, n):
    return [sum(a(j, i) * v[j] for j in range(n)) for i in range(n)]
def mul_atav(v, n):
    return mul_atv(mul_av(v, n), n)
def spectral_norm(n, iterations=10):
    u = [1.0] * n
    v = None
    for _ in range(iterations):
        v = mul_atav(u, n)
        u = mul_atav(v, n)
    vbv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return math.sqrt(vbv / vv)
for n in (10, 40, 80):
    print(n, "%.9f" % spectral_norm(n))
print(repr(spectral_norm(25, 5)))
print([round(a(i, j), 6) for i in range(3) for j in range(3)])
