# Object-oriented Python: a small constraint solver (cells with domains, a hierarchy of constraints,
# a backtracking search with forward checking) solving generated Sudoku puzzles. Most steps are method
# calls and attribute reads and writes on instances, with super() in the constraints' constructors and
# a property. A puzzle is a shuffled complete grid with cells emptied only where the remaining givens
# force their value, so it has one solution and the check knows it without solving; the workers take
# puzzles in turn.
DESCRIPTION = "a class-based constraint solver (inheritance, method calls, attributes) solves SIZE generated Sudoku puzzles"
CATEGORY = "cpu"
SIZE = 300

MODULUS = 2**61 - 1  # solution digests are summed modulo this, so the sum is the same in any order


class Rng:
    # a small linear congruential generator: the same puzzles under every interpreter
    def __init__(self, seed):
        self.state = (seed * 7919 + 17) % 2147483648

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % n

    def shuffle(self, items):
        for i in range(len(items) - 1, 0, -1):
            j = self.below(i + 1)
            items[i], items[j] = items[j], items[i]
        return items


class Domain:
    def __init__(self):
        self.allowed = [False] + [True] * 9
        self.size = 9

    def remove(self, value):
        if not self.allowed[value]:
            return False
        self.allowed[value] = False
        self.size -= 1
        return True

    def restore(self, value):
        self.allowed[value] = True
        self.size += 1

    def values(self):
        return [v for v in range(1, 10) if self.allowed[v]]


class Cell:
    def __init__(self, row, col):
        self.row = row
        self.col = col
        self.value = 0
        self.domain = Domain()
        self.constraints = []

    @property
    def empty(self):
        return self.value == 0


class Constraint:
    kind = "constraint"

    def __init__(self, index, cells):
        self.index = index
        self.cells = cells
        for cell in cells:
            cell.constraints.append(self)

    def describe(self):
        return "%s %d" % (self.kind, self.index)

    def propagate(self, cell, value, trail):
        raise NotImplementedError(self.describe())

    def satisfied(self):
        raise NotImplementedError(self.describe())


class AllDifferent(Constraint):
    kind = "all-different"

    def propagate(self, cell, value, trail):
        # forward checking: no other empty cell of the group may take value; fails on an empty domain
        for other in self.cells:
            if other is not cell and other.empty and other.domain.remove(value):
                trail.append((other, value))
                if other.domain.size == 0:
                    return False
        return True

    def satisfied(self):
        return sorted(cell.value for cell in self.cells) == list(range(1, 10))


class Row(AllDifferent):
    kind = "row"

    def __init__(self, grid, r):
        super().__init__(r, [grid.cell(r, c) for c in range(9)])


class Column(AllDifferent):
    kind = "column"

    def __init__(self, grid, c):
        super().__init__(c, [grid.cell(r, c) for r in range(9)])


class Box(AllDifferent):
    kind = "box"

    def __init__(self, grid, b):
        top = b // 3 * 3
        left = b % 3 * 3
        super().__init__(b, [grid.cell(top + r, left + c) for r in range(3) for c in range(3)])


class Grid:
    def __init__(self):
        self.cells = [Cell(r, c) for r in range(9) for c in range(9)]
        self.constraints = []
        for i in range(9):
            self.constraints.append(Row(self, i))
            self.constraints.append(Column(self, i))
            self.constraints.append(Box(self, i))

    def cell(self, r, c):
        return self.cells[r * 9 + c]

    def values(self):
        return [cell.value for cell in self.cells]

    def dismantle(self):
        # cells and constraints refer to each other; gillab has no cycle collector, so cut the cycles
        # and let reference counting free the grid, as CPython's collector would
        for cell in self.cells:
            cell.constraints = []
        self.constraints = []


class Solver:
    def __init__(self, grid):
        self.grid = grid
        self.trail = []
        self.nodes = 0

    def assign(self, cell, value):
        cell.value = value
        for constraint in cell.constraints:
            if not constraint.propagate(cell, value, self.trail):
                return False
        return True

    def undo(self, cell, mark):
        cell.value = 0
        trail = self.trail
        while len(trail) > mark:
            other, value = trail.pop()
            other.domain.restore(value)

    def next_empty(self):
        # row-major order, not fewest-candidates first: it leaves the search some guessing to do
        for cell in self.grid.cells:
            if cell.empty:
                return cell
        return None

    def search(self):
        cell = self.next_empty()
        if cell is None:
            return True
        for value in cell.domain.values():
            self.nodes += 1
            mark = len(self.trail)
            if self.assign(cell, value) and self.search():
                return True
            self.undo(cell, mark)
        return False

    def solve(self, givens):
        for i, value in enumerate(givens):
            if value and not self.assign(self.grid.cells[i], value):
                return False
        self.trail.clear()
        return self.search() and all(c.satisfied() for c in self.grid.constraints)


def complete_grid(rng):
    # a valid grid from the shifted-rows pattern, its digits, rows and columns shuffled within the rules
    digits = rng.shuffle(list(range(1, 10)))
    rows = [band * 3 + r for band in rng.shuffle([0, 1, 2]) for r in rng.shuffle([0, 1, 2])]
    cols = [stack * 3 + c for stack in rng.shuffle([0, 1, 2]) for c in rng.shuffle([0, 1, 2])]
    return [digits[(3 * (r % 3) + r // 3 + c) % 9] for r in rows for c in cols]


UNITS = [[r * 9 + c for c in range(9)] for r in range(9)] + [[r * 9 + c for r in range(9)] for c in range(9)] + \
    [[(b // 3 * 3 + k // 3) * 9 + b % 3 * 3 + k % 3 for k in range(9)] for b in range(9)]
UNITS_OF = [[unit for unit in UNITS if i in unit] for i in range(81)]
PEERS = [sorted(set(j for unit in UNITS_OF[i] for j in unit) - set([i])) for i in range(81)]


def forced(givens, i, value):
    # is value the only choice for the empty cell i, given the givens? Either its peers hold the other
    # eight digits, or in one of its units every other empty cell sees value among its own peers
    seen = set(givens[p] for p in PEERS[i])
    if len(seen - set([0])) == 8:
        return True
    for unit in UNITS_OF[i]:
        if all(givens[j] or value in [givens[p] for p in PEERS[j]] for j in unit if j != i):
            return True
    return False


def make_puzzle(number):
    # empties a cell only if the remaining givens force its value: read backwards, the emptied cells
    # can be refilled one by one without a guess, so the puzzle has one solution, `solution`
    rng = Rng(number)
    solution = complete_grid(rng)
    givens = solution[:]
    for i in rng.shuffle(list(range(81))):
        givens[i] = 0
        if not forced(givens, i, solution[i]):
            givens[i] = solution[i]
    return givens, solution


def digest(values):
    d = 0
    for v in values:
        d = (d * 10 + v) % MODULUS
    return d


def work(part, parts, size, shared):
    solved = nodes = total = 0
    for number in range(part, size, parts):
        givens, _ = make_puzzle(number)
        solver = Solver(Grid())
        if solver.solve(givens):
            solved += 1
            total = (total + digest(solver.grid.values())) % MODULUS
        nodes += solver.nodes
        solver.grid.dismantle()
    return (solved, nodes, total)


def check(results, size, parts):
    expected = 0
    for number in range(size):
        expected = (expected + digest(make_puzzle(number)[1])) % MODULUS
    solved = sum(r[0] for r in results)
    total = sum(r[2] for r in results) % MODULUS
    ok = solved == size and total == expected
    if not ok:
        print("oop: %d of %d puzzles solved; solution digests sum to %d, expected %d" % (solved, size, total, expected))
    return ok
