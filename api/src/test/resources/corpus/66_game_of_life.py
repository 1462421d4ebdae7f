# Conway's Game of Life on a torus with a glider and a blinker; uses set of live cells (sorted for output).
W, H = 12, 10
def step(live):
    counts = {}
    for (x, y) in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    k = ((x + dx) % W, (y + dy) % H)
                    counts[k] = counts.get(k, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in live)}
def render(live):
    return "\n".join("".join("#" if (x, y) in live else "." for x in range(W)) for y in range(H))
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
blinker = {(8, 5), (8, 6), (8, 7)}
world = glider | blinker
print(render(world))
history = []
for gen in range(1, 49):
    world = step(world)
    history.append(len(world))
    if gen in (1, 4, 48):
        print("generation", gen, "population", len(world))
        print(render(world))
print(history)
print(sorted(world)[:6])
grid = [[0] * 8 for _ in range(8)]
for x, y in [(1, 2), (2, 2), (3, 2)]:
    grid[y][x] = 1
def step_grid(g):
    n = len(g)
    new = [[0] * n for _ in range(n)]
    for y in range(n):
        for x in range(n):
            s = sum(g[(y + dy) % n][(x + dx) % n] for dy in (-1, 0, 1) for dx in (-1, 0, 1)) - g[y][x]
            new[y][x] = 1 if s == 3 or (s == 2 and g[y][x]) else 0
    return new
g2 = step_grid(grid)
print(["".join(str(v) for v in row) for row in g2[:5]], step_grid(g2) == grid)
