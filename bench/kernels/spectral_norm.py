# Spectral norm of A(i,j) = 1/((i+j)(i+j+1)/2 + i + 1) by the power method.
N = 540
ITERATIONS = 10
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
def spectral_norm(n, iterations):
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
r = spectral_norm(N, ITERATIONS)
print("%.9f" % r)
print("checksum %r" % r)
