# Integer factorization (trial division, Pollard rho), divisors, totient, perfect numbers.
def factorize(n):
    f = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            f[d] = f.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        f[n] = f.get(n, 0) + 1
    return f
def fmt(f):
    return " * ".join(str(p) if e == 1 else "%d^%d" % (p, e) for p, e in sorted(f.items()))
for n in [2, 12, 97, 360, 1001, 65536, 999999, 2 ** 31 - 1, 600851475143, 2 ** 32 + 1]:
    print(n, "=", fmt(factorize(n)))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def pollard_rho(n):
    if n % 2 == 0:
        return 2
    c = 1
    while True:
        x = y = 2
        d = 1
        while d == 1:
            x = (x * x + c) % n
            y = (y * y + c) % n
            y = (y * y + c) % n
            d = gcd(abs(x - y), n)
        if d != n:
            return d
        c += 1
n = 10403 * 1000003
p = pollard_rho(n)
print(n, p, n // p, p * (n // p) == n)
big = (2 ** 61 - 1) * 1000000007
q = pollard_rho(big)
print(big, sorted([q, big // q]))
def divisors(n):
    small, large = [], []
    d = 1
    while d * d <= n:
        if n % d == 0:
            small.append(d)
            if d != n // d:
                large.append(n // d)
        d += 1
    return small + large[::-1]
print(divisors(360), len(divisors(720720)), sum(divisors(28)) - 28)
def phi(n):
    result = n
    for p in factorize(n):
        result = result // p * (p - 1)
    return result
print([phi(k) for k in range(1, 21)], phi(10 ** 9 + 7), phi(2 ** 40))
perfect = [k for k in range(2, 10000) if sum(divisors(k)) - k == k]
print(perfect)
