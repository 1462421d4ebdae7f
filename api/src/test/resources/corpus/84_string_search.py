# String searching: KMP, Rabin-Karp with rolling hash, naive search; compared against str.find/count.
def kmp_table(p):
    t = [0] * len(p)
    k = 0
    for i in range(1, len(p)):
        while k and p[i] != p[k]:
            k = t[k - 1]
        if p[i] == p[k]:
            k += 1
        t[i] = k
    return t
def kmp_all(text, p):
    if not p:
        return list(range(len(text) + 1))
    t = kmp_table(p)
    res = []
    k = 0
    for i, ch in enumerate(text):
        while k and ch != p[k]:
            k = t[k - 1]
        if ch == p[k]:
            k += 1
        if k == len(p):
            res.append(i - k + 1)
            k = t[k - 1]
    return res
def rabin_karp(text, p, base=256, mod=1000000007):
    n, m = len(text), len(p)
    if m > n:
        return []
    hp = ht = 0
    high = pow(base, m - 1, mod)
    for i in range(m):
        hp = (hp * base + ord(p[i])) % mod
        ht = (ht * base + ord(text[i])) % mod
    res = []
    for i in range(n - m + 1):
        if hp == ht and text[i:i + m] == p:
            res.append(i)
        if i + m < n:
            ht = ((ht - ord(text[i]) * high) * base + ord(text[i + m])) % mod
    return res
def naive(text, p):
    return [i for i in range(len(text) - len(p) + 1) if text[i:i + len(p)] == p]
text = "abracadabra abracadabra cadabra" * 3
for p in ["abra", "cad", "a", "abracadabra", "zzz", "ra ab", "aa"]:
    k = kmp_all(text, p)
    print("%-12r %s %s %s %d %d" % (p, k[:6], k == rabin_karp(text, p), k == naive(text, p), len(k), text.find(p)))
print(kmp_table("aabaaab"), kmp_table("abcabcabd"), kmp_table("aaaa"))
print(kmp_all("aaaaa", "aa"), "aaaaa".count("aa"), kmp_all("abc", ""), rabin_karp("ab", "abc"))
dna = "".join("ACGT"[(i * i + 3 * i) % 4] for i in range(400))
motif = dna[100:108]
print(motif, kmp_all(dna, motif)[:10], dna.count(motif), dna.find(motif), dna.rfind(motif))
