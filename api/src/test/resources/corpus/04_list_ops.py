# List creation, methods, mutation, aliasing, nesting.
a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a, len(a), a[0], a[-1], a[2:5], a[::-1], a[::3])
a.append(7)
a.extend([8, 0])
a.insert(0, 10)
a.insert(-1, 11)
a.insert(100, 12)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(5), a.count(1), a.count(99), 9 in a, 99 not in a)
b = a
c = a[:]
d = list(a)
b.append(100)
print(a is b, a is c, a == c, len(a), len(c), len(d))
a.sort()
print(a)
a.sort(reverse=True)
print(a)
a.reverse()
print(a)
words = ["banana", "Apple", "cherry", "fig", "date"]
words.sort(key=len)
print(words)
words.sort(key=lambda w: w.lower())
print(words)
print([1, 2] + [3], [0] * 5, [[0] * 2] * 2, [] == [], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9])
grid = [[i * 3 + j for j in range(3)] for i in range(3)]
grid[1][1] = -1
print(grid, grid[2][0], [row[1] for row in grid])
shared = [[0] * 2] * 2
shared[0][0] = 5
print(shared)
e = [5, 6, 7]
e[1] = 60
e[-1] += 1
print(e, e.copy(), e.index(7 + 1))
e.clear()
print(e, len(e), bool(e), bool([0]))
nested = [1, [2, [3, [4]]]]
print(nested[1][1][1][0], len(nested), str(nested), repr(nested))
m = [1, 2, 3]
m *= 2
m += [9]
print(m, sum(m), max(m), min(m), sorted(m, reverse=True), list(reversed(m)))
x = [0, 1, 2, 3, 4, 5]
print(x.pop(2), x, x.index(4), list(range(3)) == [0, 1, 2])
self_ref = [1, 2]
self_ref.append(self_ref[:])
print(self_ref)
print([None, True, 1.5, "s", (1,), [], {}], [x for x in [3, 2, 1]].index(1))
