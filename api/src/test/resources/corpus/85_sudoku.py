# Sudoku solver: constraint propagation with candidate sets plus backtracking search.
PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""
def parse(text):
    rows = [r for r in text.split("\n") if r.strip()]
    return [[0 if ch == "." else int(ch) for ch in r] for r in rows]
def candidates(g, r, c):
    used = set(g[r])
    used |= {g[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {g[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]
stats = {"guesses": 0, "calls": 0}
def solve(g):
    stats["calls"] += 1
    best = None
    for r in range(9):
        for c in range(9):
            if g[r][c] == 0:
                cands = candidates(g, r, c)
                if not cands:
                    return False
                if best is None or len(cands) < len(best[2]):
                    best = (r, c, cands)
    if best is None:
        return True
    r, c, cands = best
    for d in cands:
        if len(cands) > 1:
            stats["guesses"] += 1
        g[r][c] = d
        if solve(g):
            return True
    g[r][c] = 0
    return False
def valid(g):
    groups = [g[r] for r in range(9)] + [[g[r][c] for r in range(9)] for c in range(9)]
    groups += [[g[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)] for br in (0, 3, 6) for bc in (0, 3, 6)]
    return all(sorted(grp) == list(range(1, 10)) for grp in groups)
g = parse(PUZZLE)
print(sum(1 for row in g for v in row if v), "givens")
print(solve(g), valid(g), stats)
for row in g:
    print(" ".join(str(v) for v in row))
