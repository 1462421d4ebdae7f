# Trial-division prime counter: counts the primes below LIMIT by testing odd divisors up to the square root.
LIMIT = 1000000
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
def count_primes(limit):
    count = 0
    for n in range(limit):
        if is_prime(n):
            count += 1
    return count
print("primes below", LIMIT, "=", count_primes(LIMIT))
