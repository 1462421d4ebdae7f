# Digits of pi via Machin's formula with big integers, and a Gibbons-style streaming spigot.
def arctan_inv(x, unity):
    total = term = unity // x
    x2 = x * x
    n = 1
    sign = -1
    while term:
        term //= x2
        total += sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    return total
def pi_digits(digits):
    unity = 10 ** (digits + 10)
    pi = 4 * (4 * arctan_inv(5, unity) - arctan_inv(239, unity))
    return str(pi // 10 ** 10)
p = pi_digits(300)
print(p[0] + "." + p[1:61])
print(p[61:121])
print(len(p), p[-10:], sum(int(d) for d in p))
def spigot(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return "".join(str(d) for d in out)
s = spigot(120)
print(s)
print(s == p[:120])
counts = [p.count(str(d)) for d in range(10)]
print(counts, sum(counts))
