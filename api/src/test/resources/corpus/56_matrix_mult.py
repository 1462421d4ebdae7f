# Matrix multiplication, transpose, identity, power, determinant (integer and float matrices).
def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    bt = [[b[k][j] for k in range(m)] for j in range(p)]
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def matpow(m, e):
    r = identity(len(m))
    while e:
        if e & 1:
            r = matmul(r, m)
        m = matmul(m, m)
        e >>= 1
    return r
def det(m):
    m = [row[:] for row in m]
    n = len(m)
    d = 1.0
    for c in range(n):
        piv = max(range(c, n), key=lambda r: abs(m[r][c]))
        if m[piv][c] == 0:
            return 0.0
        if piv != c:
            m[c], m[piv] = m[piv], m[c]
            d = -d
        d *= m[c][c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            for k in range(c, n):
                m[r][k] -= f * m[c][k]
    return d
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(matmul(a, b), matmul(b, a))
fib = matpow([[1, 1], [1, 0]], 100)
print(fib[0][1], matpow([[1, 1], [1, 0]], 300)[0][1])
n = 30
big = [[(i * 7 + j * 3) % 11 - 5 for j in range(n)] for i in range(n)]
sq = matmul(big, big)
print(sum(map(sum, sq)), sq[0][:5], sq[n - 1][-3:], matmul(big, identity(n)) == big)
print(round(det([[2.0, 0.0, 1.0], [1.0, 3.0, 2.0], [1.0, 1.0, 1.0]]), 9), det([[1, 2], [2, 4]]), round(det([[4.0, 3.0], [6.0, 3.0]]), 9))
hilbert = [[1.0 / (i + j + 1) for j in range(5)] for i in range(5)]
print("%.6e" % det(hilbert))
t = [list(r) for r in zip(*a)]
print(t, [list(r) for r in zip(*t)] == a)
