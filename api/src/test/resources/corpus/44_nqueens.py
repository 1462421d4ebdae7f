# N-queens: count solutions using a home-made permutation generator and a backtracking generator.
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p
def solutions_by_permutation(n):
    cols = list(range(n))
    for vec in permutations(cols):
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            yield vec
def backtrack(n, row=0, placed=()):
    if row == n:
        yield placed
        return
    for c in range(n):
        ok = True
        for r, pc in enumerate(placed):
            if pc == c or abs(pc - c) == row - r:
                ok = False
                break
        if ok:
            for s in backtrack(n, row + 1, placed + (c,)):
                yield s
for n in range(1, 8):
    sols = list(solutions_by_permutation(n))
    print(n, len(sols), sols[0] if sols else None)
for n in (6, 8):
    sols = list(backtrack(n))
    print("backtrack", n, len(sols), sols[0], sols[-1])
first = next(backtrack(8))
board = ["".join("Q" if c == col else "." for c in range(8)) for col in first]
print("\n".join(board))
print(sum(1 for _ in permutations(list(range(6)))), list(permutations([1, 2, 3])))
