# List, dict and set comprehensions with nested for and if clauses.
print([x * x for x in range(10)])
print([x for x in range(30) if x % 3 == 0 if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print([c.upper() for c in "hello" if c not in "aeiou"])
print([x if x % 2 else -x for x in range(8)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix], [[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2 == 1])
words = ["apple", "bob", "kayak", "level", "python", "noon"]
print({w: len(w) for w in words}, {w for w in words if w == w[::-1]} == {"bob", "kayak", "level", "noon"})
print(sorted({len(w) for w in words}), {k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
print({(a, b): a * b for a in range(1, 3) for b in range(1, 3)})
pythag = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pythag)
x = "outer"
res = [x for x in range(3)]
print(res, x)
n = 10
print([n * i for i in range(3)], [[n + j for j in range(2)] for n in range(2)], n)
print(sorted({c: 0 for c in "mississippi"}), [s.strip() for s in " a , b ,c ".split(",")])
funcs = [lambda v, k=k: v + k for k in range(3)]
print([f(10) for f in funcs])
print([(i, s) for i, s in enumerate("xyz") if i != 1], [a + b for a, b in zip([1, 2], [10, 20])])
print(len([None for _ in range(1000)]), [[] for _ in range(2)], {i % 3: i for i in range(10)})
grid = [[(r + c) % 2 for c in range(4)] for r in range(3)]
print("\n".join("".join("#" if v else "." for v in row) for row in grid))
