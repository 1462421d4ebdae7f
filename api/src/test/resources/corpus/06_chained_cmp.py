# Chained comparisons, identity and membership operators.
x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6, 5 == x == 5.0, 1 < 2 < 3 < 4 < 0)
print(x > 3 != 4, 3 < x in [5, 6], "a" < "b" < "c", [1] < [2] < [3])
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(0) < v(100), calls)
calls.clear()
print(v(1) < v(2) < v(3), calls)
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None, True is True)
print(2 in a, 3 not in a, "ell" in "hello", 5 in range(10), 10 in range(10), (1, 2) in [(1, 2)])
print("k" in {"k": 1}, 1 in {"k": 1}, 1 in {1: "v"}, "v" in {1: "v"}.values(), 3 in {1, 2, 3})
print(not 1 < 2, not (1 < 2 < 0), (1 < 2) == True, (2 > 1) + 1)
def between(lo, val, hi):
    return lo <= val < hi
print([between(0, i, 3) for i in range(-1, 5)])
print(1 < 2.5 < 3, -1.5 <= -1 < 0, 2 ** 64 > 2 ** 63 > 0 > -(2 ** 63))
print(type(5) is int, type(5.0) is float, type("") is str, type([]) is list, type(True) is int, type(True) is bool)
