# Dynamic programming: LCS, edit distance, knapsack, coin change, longest increasing subsequence.
def lcs(a, b):
    m, n = len(a), len(b)
    dp = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m):
        for j in range(n):
            if a[i] == b[j]:
                dp[i + 1][j + 1] = dp[i][j] + 1
            else:
                dp[i + 1][j + 1] = max(dp[i][j + 1], dp[i + 1][j])
    out = []
    i, j = m, n
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1])
            i -= 1
            j -= 1
        elif dp[i - 1][j] >= dp[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return dp[m][n], "".join(reversed(out))
def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
def knapsack(items, cap):
    best = [0] * (cap + 1)
    choice = [[] for _ in range(cap + 1)]
    for w, v, name in items:
        for c in range(cap, w - 1, -1):
            if best[c - w] + v > best[c]:
                best[c] = best[c - w] + v
                choice[c] = choice[c - w] + [name]
    return best[cap], choice[cap]
def coin_ways(coins, total):
    ways = [1] + [0] * total
    for c in coins:
        for t in range(c, total + 1):
            ways[t] += ways[t - c]
    return ways[total]
def min_coins(coins, total):
    INF = float("inf")
    best = [0] + [INF] * total
    for t in range(1, total + 1):
        for c in coins:
            if c <= t and best[t - c] + 1 < best[t]:
                best[t] = best[t - c] + 1
    return best[total] if best[total] != INF else -1
def lis(seq):
    tails = []
    for x in seq:
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if tails[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        if lo == len(tails):
            tails.append(x)
        else:
            tails[lo] = x
    return len(tails)
print(lcs("AGGTAB", "GXTXAYB"), lcs("ABCBDAB", "BDCABA"), lcs("", "abc"))
print([edit_distance(a, b) for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same"), ("intention", "execution")]])
items = [(12, 4, "a"), (2, 2, "b"), (1, 1, "c"), (1, 2, "d"), (4, 10, "e")]
print(knapsack(items, 15), knapsack(items, 5), knapsack(items, 0))
print(coin_ways([1, 2, 5], 5), coin_ways([2, 5, 3, 6], 10), coin_ways([1, 5, 10, 25, 50], 300), coin_ways([1, 2, 5, 10, 20, 50, 100, 200], 200))
print(min_coins([1, 5, 6, 9], 11), min_coins([2], 3), min_coins([186, 419, 83, 408], 6249))
print(lis([10, 9, 2, 5, 3, 7, 101, 18]), lis(list(range(50))), lis(list(range(50, 0, -1))), lis([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9]))
def partitions(n):
    p = [1] + [0] * n
    for k in range(1, n + 1):
        for i in range(k, n + 1):
            p[i] += p[i - k]
    return p[n]
print([partitions(n) for n in range(15)], partitions(200))
def catalan(n):
    c = [1] + [0] * n
    for i in range(1, n + 1):
        c[i] = sum(c[j] * c[i - 1 - j] for j in range(i))
    return c
print(catalan(20))
