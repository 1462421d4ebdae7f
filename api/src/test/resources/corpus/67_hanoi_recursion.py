# Recursion: towers of Hanoi, Ackermann, mutual recursion, flood fill, power set.
def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src, moves)
moves = []
hanoi(4, "A", "C", "B", moves)
print(len(moves), moves[:5], moves[-1])
for n in range(1, 11):
    m = []
    hanoi(n, 0, 2, 1, m)
    assert len(m) == 2 ** n - 1
print("hanoi counts ok")
def simulate(n):
    pegs = [list(range(n, 0, -1)), [], []]
    m = []
    hanoi(n, 0, 2, 1, m)
    for disk, s, d in m:
        top = pegs[s].pop()
        assert top == disk
        if pegs[d]:
            assert pegs[d][-1] > disk, "illegal move"
        pegs[d].append(top)
    return pegs
print(simulate(7))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print([[ackermann(m, n) for n in range(4)] for m in range(3)], ackermann(2, 3), ackermann(3, 3))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print([is_even(k) for k in range(6)], is_odd(301))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(800))
def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]
ps = power_set([1, 2, 3, 4])
print(len(ps), sorted(ps, key=lambda s: (len(s), s)))
image = [list(row) for row in ["..##....", ".#..#...", ".#...#..", "..###...", "........"]]
def flood(img, x, y, ch):
    if y < 0 or y >= len(img) or x < 0 or x >= len(img[0]) or img[y][x] != ".":
        return 0
    img[y][x] = ch
    return 1 + flood(img, x + 1, y, ch) + flood(img, x - 1, y, ch) + flood(img, x, y + 1, ch) + flood(img, x, y - 1, ch)
print(flood(image, 2, 1, "o"), flood(image, 0, 0, "~"))
print("\n".join("".join(r) for r in image))
