# Augmented assignment on names, attributes and subscripts, all operators.
n = 10
n += 5
print(n)
n -= 3
print(n)
n *= 4
print(n)
n //= 5
print(n)
n %= 7
print(n)
n **= 3
print(n)
n <<= 2
print(n)
n >>= 1
print(n)
n &= 0b111100
print(n)
n |= 0b1
print(n)
n ^= 0xFF
print(n)
n /= 4
print(n)
class P:
    def __init__(self):
        self.v = 1
        self.items = [1]
p = P()
p.v += 10
p.v *= 3
p.v -= 1
p.v //= 2
p.v **= 2
p.v %= 100
p.v <<= 3
p.v >>= 1
p.v |= 1
p.v &= 0xF0F
p.v ^= 5
p.v /= 2
p.items += [2, 3]
print(p.v, p.items)
d = {"a": 1, "b": [1]}
d["a"] += 100
d["a"] -= 1
d["a"] *= 2
d["a"] //= 3
d["a"] %= 50
d["a"] **= 2
d["a"] <<= 1
d["a"] >>= 2
d["a"] &= 0xFFF
d["a"] |= 0x1000
d["a"] ^= 1
d["b"] += [2]
d["b"] *= 2
print(d)
lst = [1, 2, 3]
lst[0] += 10
lst[-1] *= 5
lst[1] **= 10
lst[1] /= 8
print(lst)
grid = [[0] * 3 for _ in range(2)]
for i in range(2):
    for j in range(3):
        grid[i][j] += i * 3 + j
        grid[i][j] *= 2
print(grid)
s = "ab"
s += "cd"
s *= 2
print(s)
t = (1,)
t += (2, 3)
print(t)
alias = lst
lst += [99]
print(alias is lst, alias)
tt = t
t += (4,)
print(tt, t, tt is t)
calls = []
def idx():
    calls.append("idx")
    return 0
arr = [5]
arr[idx()] += 1
print(arr, calls)
f = 1.5
f **= 2
f //= 1
f %= 2
print(f)
