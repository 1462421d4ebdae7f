# The fannkuch-redux kernel (bench/kernels/fannkuch.py): every permutation of 0..N-1 generated in
# place and flipped like a stack of pancakes; list indexing, slice assignment and small-int arithmetic.
# Each of the SIZE runs goes through all N! permutations (the workers take runs in turn) and must find
# the same alternating checksum and maximum flip count as every fannkuch(8) does.
DESCRIPTION = "fannkuch-redux: SIZE runs over all permutations of 8 elements, dealt to the workers"
CATEGORY = "cpu"
SIZE = 10

N = 8
CHECKSUM = 1616  # fannkuch(8)'s alternating checksum and maximum flip count
MAX_FLIPS = 22


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    perm_index = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k != 0:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips if perm_index % 2 == 0 else -flips
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        perm_index += 1


def work(part, parts, size, shared):
    runs = checksums = max_flips = 0
    for _ in range(part, size, parts):
        checksum, flips = fannkuch(N)
        runs += 1
        checksums += checksum
        max_flips = max(max_flips, flips)
    return (runs, checksums, max_flips)


def check(results, size, parts):
    runs = sum(r[0] for r in results)
    checksums = sum(r[1] for r in results)
    flips = [r[2] for r in results if r[0]]
    ok = runs == size and checksums == CHECKSUM * size and flips == [MAX_FLIPS] * len(flips)
    if not ok:
        print("fannkuch: %d runs, checksums summing to %d (expected %d), maximum flips %r (expected %d)"
              % (runs, checksums, CHECKSUM * size, flips, MAX_FLIPS))
    return ok
