# Hand-written permutations, combinations, product and next-permutation generators.
def permutations(seq, r=None):
    seq = list(seq)
    r = len(seq) if r is None else r
    if r == 0:
        yield ()
        return
    for i in range(len(seq)):
        for rest in permutations(seq[:i] + seq[i + 1:], r - 1):
            yield (seq[i],) + rest
def combinations(seq, r):
    seq = list(seq)
    if r == 0:
        yield ()
        return
    for i in range(len(seq) - r + 1):
        for rest in combinations(seq[i + 1:], r - 1):
            yield (seq[i],) + rest
def product(*pools):
    result = [()]
    for pool in pools:
        result = [x + (y,) for x in result for y in pool]
    for p in result:
        yield p
def next_permutation(a):
    i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i < 0:
        return False
    j = len(a) - 1
    while a[j] <= a[i]:
        j -= 1
    a[i], a[j] = a[j], a[i]
    a[i + 1:] = a[i + 1:][::-1]
    return True
print(list(permutations("abc")), len(list(permutations(range(6)))), list(permutations([1, 2, 3], 2)))
print(list(combinations("abcd", 2)), len(list(combinations(range(10), 4))), list(combinations([1, 2], 3)))
print(list(product("ab", [0, 1])), len(list(product(range(3), range(3), range(3)))), list(product()))
a = [1, 1, 2, 3]
seen = ["".join(map(str, a))]
while next_permutation(a):
    seen.append("".join(map(str, a)))
print(len(seen), seen)
def derangements(n):
    return sum(1 for p in permutations(range(n)) if all(p[i] != i for i in range(n)))
print([derangements(n) for n in range(7)])
def subsets_summing(nums, target):
    out = []
    for r in range(len(nums) + 1):
        for c in combinations(nums, r):
            if sum(c) == target:
                out.append(c)
    return out
print(subsets_summing([3, 34, 4, 12, 5, 2], 9))
print(sorted(set("".join(p) for p in permutations("aab"))))
