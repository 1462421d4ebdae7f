# Sieve of Eratosthenes and related prime utilities.
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
        i += 1
    return [k for k in range(n + 1) if is_p[k]]
def sieve_loop(n):
    flags = [True] * (n + 1)
    primes = []
    for i in range(2, n + 1):
        if flags[i]:
            primes.append(i)
            for j in range(i * i, n + 1, i):
                flags[j] = False
    return primes
ps = sieve(20000)
print(len(ps), ps[:15], ps[-5:], sum(ps))
print(ps == sieve_loop(20000))
twins = [(p, p + 2) for p, q in zip(ps, ps[1:]) if q == p + 2]
print(len(twins), twins[:6], twins[-1])
gaps = {}
for p, q in zip(ps, ps[1:]):
    g = q - p
    gaps[g] = gaps.get(g, 0) + 1
print(sorted(gaps.items())[:10], max(gaps))
def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True
print([n for n in range(2 ** 31 - 20, 2 ** 31) if is_prime(n)], is_prime(1000003), is_prime(999999))
def goldbach(n, primes_set):
    for p in ps:
        if n - p in primes_set:
            return (p, n - p)
pset = set(ps)
print([goldbach(n, pset) for n in range(4, 40, 2)])
