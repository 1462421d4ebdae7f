# Sieve of Eratosthenes on a list of flags, run LOOPS times.
LIMIT = 2000000
LOOPS = 13
def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            for j in range(i * i, limit + 1, i):
                flags[j] = False
        i += 1
    return flags
def main():
    count = 0
    last = 0
    for _ in range(LOOPS):
        flags = sieve(LIMIT)
        count = 0
        for n in range(LIMIT + 1):
            if flags[n]:
                count += 1
                last = n
    print("primes up to", LIMIT, "=", count, "largest", last)
main()
