# Binary-trees benchmark: allocate complete trees, check node counts, long-lived tree.
class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right
def make(depth):
    if depth == 0:
        return Node(None, None)
    depth -= 1
    return Node(make(depth), make(depth))
def check(node):
    if node.left is None:
        return 1
    return 1 + check(node.left) + check(node.right)
def tuple_tree(d):
    return (tuple_tree(d - 1), tuple_tree(d - 1)) if d > 0 else (None, None)
def tuple_check(t):
    l, r = t
    return 1 if l is None else 1 + tuple_check(l) + tuple_check(r)
max_depth = 10
min_depth = 4
stretch = max_depth + 1
print("stretch tree of depth %d\t check: %d" % (stretch, check(make(stretch))))
long_lived = make(max_depth)
for d in range(min_depth, max_depth + 1, 2):
    iterations = 2 ** (max_depth - d + min_depth)
    total = 0
    for _ in range(iterations):
        total += check(make(d))
    print("%d\t trees of depth %d\t check: %d" % (iterations, d, total))
print("long lived tree of depth %d\t check: %d" % (max_depth, check(long_lived)))
print(tuple_check(tuple_tree(8)), [tuple_check(tuple_tree(k)) for k in range(6)])
