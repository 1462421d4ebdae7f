# N-queens by backtracking: recursion, list indexing and small-int arithmetic. SIZE is the board's
# side; the queen of the first row goes in each column in turn and the workers take those columns in
# turn, so the work is the same search whatever the number of workers (but uneven between columns).
# The counts must add up to the known number of solutions, and mirror columns must count alike.
DESCRIPTION = "N-queens: count the solutions on a SIZE x SIZE board, the first row's columns dealt to the workers"
CATEGORY = "cpu"
SIZE = 12

# solutions by board side 0..14 (side 0 has no first row, so no column to count from)
SOLUTIONS = (0, 1, 0, 0, 2, 10, 4, 40, 92, 352, 724, 2680, 14200, 73712, 365596)


def place(row, n, cols, up, down):
    # up and down mark the diagonals already taken, indexed by row + col and by row - col + n - 1
    if row == n:
        return 1
    found = 0
    for col in range(n):
        if not cols[col] and not up[row + col] and not down[row - col + n - 1]:
            cols[col] = up[row + col] = down[row - col + n - 1] = True
            found += place(row + 1, n, cols, up, down)
            cols[col] = up[row + col] = down[row - col + n - 1] = False
    return found


def count_from(col, n):
    cols = [False] * n
    up = [False] * (2 * n - 1)
    down = [False] * (2 * n - 1)
    cols[col] = up[col] = down[n - 1 - col] = True
    return place(1, n, cols, up, down)


def work(part, parts, size, shared):
    return tuple((col, count_from(col, size)) for col in range(part, size, parts))


def check(results, size, parts):
    counts = sorted(pair for r in results for pair in r)
    by_col = [c for _, c in counts]
    ok = [col for col, _ in counts] == list(range(size)) and by_col == by_col[::-1]
    total = sum(by_col)
    if size < len(SOLUTIONS):
        ok = ok and total == SOLUTIONS[size]
    if not ok:
        print("nqueens: per first-row column %r, %d in all on a %d x %d board" % (counts, total, size, size))
    return ok
