# Dijkstra's shortest paths with a hand-written binary heap; BFS on an unweighted grid.
class MinHeap:
    def __init__(self):
        self.a = []
    def push(self, item):
        a = self.a
        a.append(item)
        i = len(a) - 1
        while i > 0:
            p = (i - 1) // 2
            if a[i] < a[p]:
                a[i], a[p] = a[p], a[i]
                i = p
            else:
                break
    def pop(self):
        a = self.a
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            n = len(a)
            while True:
                l = 2 * i + 1
                r = l + 1
                m = i
                if l < n and a[l] < a[m]:
                    m = l
                if r < n and a[r] < a[m]:
                    m = r
                if m == i:
                    break
                a[i], a[m] = a[m], a[i]
                i = m
        return top
    def __len__(self):
        return len(self.a)
def dijkstra(graph, src):
    dist = {src: 0}
    prev = {}
    h = MinHeap()
    h.push((0, src))
    done = set()
    while len(h):
        d, u = h.pop()
        if u in done:
            continue
        done.add(u)
        for v, w in graph.get(u, []):
            nd = d + w
            if v not in dist or nd < dist[v]:
                dist[v] = nd
                prev[v] = u
                h.push((nd, v))
    return dist, prev
def path(prev, src, dst):
    p = [dst]
    while p[-1] != src:
        p.append(prev[p[-1]])
    return p[::-1]
edges = [("A", "B", 7), ("A", "C", 9), ("A", "F", 14), ("B", "C", 10), ("B", "D", 15), ("C", "D", 11),
         ("C", "F", 2), ("D", "E", 6), ("E", "F", 9), ("G", "H", 1)]
graph = {}
for a, b, w in edges:
    graph.setdefault(a, []).append((b, w))
    graph.setdefault(b, []).append((a, w))
dist, prev = dijkstra(graph, "A")
print(sorted(dist.items()), path(prev, "A", "E"), "G" in dist)
n = 30
grid = {}
for i in range(n):
    for j in range(n):
        nbrs = []
        for di, dj in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            x, y = i + di, j + dj
            if 0 <= x < n and 0 <= y < n:
                nbrs.append(((x, y), 1 + (x * 7 + y * 13) % 9))
        grid[(i, j)] = nbrs
dist, prev = dijkstra(grid, (0, 0))
p = path(prev, (0, 0), (n - 1, n - 1))
print(dist[(n - 1, n - 1)], len(p), p[:4], max(dist.values()))
h = MinHeap()
for x in [5, 3, 8, 1, 9, 2, 7]:
    h.push(x)
print([h.pop() for _ in range(7)])
