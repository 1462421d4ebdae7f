# Union-find with path compression and union by rank; Kruskal's MST; connected components.
class DSU:
    def __init__(self, n):
        self.parent = list(range(n))
        self.rank = [0] * n
        self.count = n
    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root
    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        self.count -= 1
        return True
d = DSU(10)
for a, b in [(0, 1), (2, 3), (1, 3), (5, 6), (7, 8), (8, 9), (9, 7), (0, 2)]:
    print((a, b), d.union(a, b), end="; ")
print()
print(d.count, [d.find(i) == d.find(0) for i in range(10)])
groups = {}
for i in range(10):
    groups.setdefault(d.find(i), []).append(i)
print(sorted(groups.values()))
edges = []
n = 40
for i in range(n):
    for j in range(i + 1, n):
        if (i * 31 + j * 17) % 7 == 0:
            edges.append(((i * j + 3 * i + 5 * j) % 97 + 1, i, j))
edges.sort()
mst = DSU(n)
total = 0
used = []
for w, a, b in edges:
    if mst.union(a, b):
        total += w
        used.append((a, b, w))
print(len(edges), len(used), total, mst.count, used[:5])
grid = ["##..#.", "#..##.", "...#..", "##...#", "..#.##"]
H, W = len(grid), len(grid[0])
g = DSU(H * W)
for y in range(H):
    for x in range(W):
        if grid[y][x] == "#":
            if x + 1 < W and grid[y][x + 1] == "#":
                g.union(y * W + x, y * W + x + 1)
            if y + 1 < H and grid[y + 1][x] == "#":
                g.union(y * W + x, (y + 1) * W + x)
islands = len(set(g.find(y * W + x) for y in range(H) for x in range(W) if grid[y][x] == "#"))
print("islands:", islands)
