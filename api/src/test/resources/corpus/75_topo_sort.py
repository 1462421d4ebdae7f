# Topological sort (Kahn and DFS), cycle detection, longest path in a DAG.
class CycleError(Exception):
    pass
def kahn(graph):
    indeg = {v: 0 for v in graph}
    for v in graph:
        for w in graph[v]:
            indeg[w] = indeg.get(w, 0) + 1
    ready = sorted(v for v in indeg if indeg[v] == 0)
    order = []
    while ready:
        v = ready.pop(0)
        order.append(v)
        for w in sorted(graph.get(v, [])):
            indeg[w] -= 1
            if indeg[w] == 0:
                ready.append(w)
                ready.sort()
    if len(order) != len(indeg):
        raise CycleError("cycle among " + ", ".join(sorted(v for v in indeg if indeg[v] > 0)))
    return order
def dfs_order(graph):
    WHITE, GREY, BLACK = 0, 1, 2
    color = {}
    out = []
    def visit(v):
        c = color.get(v, WHITE)
        if c == GREY:
            raise CycleError("back edge to " + v)
        if c == BLACK:
            return
        color[v] = GREY
        for w in sorted(graph.get(v, [])):
            visit(w)
        color[v] = BLACK
        out.append(v)
    for v in sorted(graph):
        visit(v)
    return out[::-1]
deps = {"shirt": ["tie", "belt"], "tie": ["jacket"], "pants": ["shoes", "belt"], "belt": ["jacket"],
        "socks": ["shoes"], "undershorts": ["pants", "shoes"], "shoes": [], "jacket": [], "watch": []}
print(kahn(deps))
print(dfs_order(deps))
def valid(order, graph):
    pos = {v: i for i, v in enumerate(order)}
    return all(pos[v] < pos[w] for v in graph for w in graph[v])
print(valid(kahn(deps), deps), valid(dfs_order(deps), deps))
cyclic = {"a": ["b"], "b": ["c"], "c": ["a"], "d": ["a"]}
for fn in (kahn, dfs_order):
    try:
        fn(cyclic)
    except CycleError as e:
        print("CycleError:", e)
dag = {i: [j for j in range(i + 1, 12) if (i * j) % 5 == 1 or j == i + 2] for i in range(12)}
order = kahn(dag)
longest = {v: 0 for v in dag}
for v in order:
    for w in dag[v]:
        longest[w] = max(longest[w], longest[v] + 1)
print(order, longest, max(longest.values()))
