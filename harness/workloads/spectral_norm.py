# The spectral-norm kernel (bench/kernels/spectral_norm.py): the power method on the infinite matrix
# A(i,j) = 1/((i+j)(i+j+1)/2 + i + 1), cut to N x N; float arithmetic, function calls and generator
# expressions feeding sum(). Each of the SIZE problems is one whole power method (the workers take
# them in turn), so every result must be the same float, bit for bit, as one computed on the main thread.
import math

DESCRIPTION = "spectral norm by the power method: SIZE independent 64 x 64 problems dealt to the workers"
CATEGORY = "cpu"
SIZE = 20

N = 64
ITERATIONS = 10
LIMIT = 1.2742241  # the norm of the infinite matrix, to 7 decimals


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


def work(part, parts, size, shared):
    counts = {}
    for _ in range(part, size, parts):
        r = spectral_norm(N, ITERATIONS)
        counts[r] = counts.get(r, 0) + 1
    return tuple(sorted(counts.items()))  # (norm, how many problems gave it): one line, whatever SIZE


def check(results, size, parts):
    expected = spectral_norm(N, ITERATIONS)
    solved = 0
    ok = abs(expected - LIMIT) < 1e-4
    if not ok:
        print("spectral_norm: %r is not near the known norm %r" % (expected, LIMIT))
    for tallied in results:
        for r, n in tallied:
            solved += n
            if r != expected:
                print("spectral_norm: %d problems gave %r, not %r" % (n, r, expected))
                ok = False
    if solved != size:
        print("spectral_norm: %d problems solved, not %d" % (solved, size))
    return ok and solved == size
