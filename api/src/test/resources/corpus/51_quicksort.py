# Quicksort variants: functional, in-place Lomuto and Hoare, with a deterministic LCG for data.
def lcg(seed):
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        yield seed >> 33
def qsort(xs):
    if len(xs) <= 1:
        return xs
    pivot = xs[len(xs) // 2]
    return qsort([x for x in xs if x < pivot]) + [x for x in xs if x == pivot] + qsort([x for x in xs if x > pivot])
def lomuto(a, lo, hi):
    if lo >= hi:
        return
    pivot = a[hi]
    i = lo
    for j in range(lo, hi):
        if a[j] <= pivot:
            a[i], a[j] = a[j], a[i]
            i += 1
    a[i], a[hi] = a[hi], a[i]
    lomuto(a, lo, i - 1)
    lomuto(a, i + 1, hi)
def hoare(a, lo, hi):
    while lo < hi:
        pivot = a[(lo + hi) // 2]
        i, j = lo, hi
        while i <= j:
            while a[i] < pivot:
                i += 1
            while a[j] > pivot:
                j -= 1
            if i <= j:
                a[i], a[j] = a[j], a[i]
                i += 1
                j -= 1
        if j - lo < hi - i:
            hoare(a, lo, j)
            lo = i
        else:
            hoare(a, i, hi)
            hi = j
gen = lcg(42)
data = [next(gen) % 10000 for _ in range(3000)]
print(data[:8])
s1 = qsort(data)
s2 = data[:]
lomuto(s2, 0, len(s2) - 1)
s3 = data[:]
hoare(s3, 0, len(s3) - 1)
print(s1[:10], s1[-5:], s1 == sorted(data), s2 == s1, s3 == s1)
words = "the quick brown fox jumps over the lazy dog again and again".split()
print(qsort(words), qsort([3.5, -1.0, 2.25, 0.0, -0.0]), qsort([]), qsort([1]))
dup = [5] * 50 + [1] * 50
hoare(dup, 0, len(dup) - 1)
print(dup[:3], dup[-3:], dup == sorted(dup))
