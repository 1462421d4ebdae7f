# Collatz sequences with memoization, digit puzzles and integer sequences.
cache = {1: 1}
def collatz_len(n):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    length = cache[n]
    for m in reversed(path):
        length += 1
        cache[m] = length
    return length
best = max(range(1, 30000), key=collatz_len)
print(best, collatz_len(best), collatz_len(27), collatz_len(97))
def seq(n):
    out = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        out.append(n)
    return out
print(seq(6), max(seq(27)), len(seq(2 ** 40)))
def happy(n):
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(d) ** 2 for d in str(n))
    return n == 1
print([n for n in range(1, 60) if happy(n)])
def look_and_say(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(str(j - i) + s[i])
        i = j
    return "".join(out)
s = "1"
lens = []
for _ in range(25):
    lens.append(len(s))
    s = look_and_say(s)
print(lens)
def kaprekar(n):
    steps = 0
    while n != 6174:
        ds = sorted("%04d" % n)
        n = int("".join(reversed(ds))) - int("".join(ds))
        steps += 1
        if n == 0:
            return -1
    return steps
print([kaprekar(n) for n in (3524, 2111, 9831, 1112, 5555)])
tri = [n * (n + 1) // 2 for n in range(1, 20)]
print(tri, [t for t in tri if int(t ** 0.5) ** 2 == t])
