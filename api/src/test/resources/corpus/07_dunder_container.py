# Container protocol dunders: __len__, __getitem__, __setitem__, __contains__, __iter__, __bool__.
class Matrix:
    def __init__(self, rows, cols):
        self.rows = rows
        self.cols = cols
        self.data = [0] * (rows * cols)
    def __getitem__(self, key):
        r, c = key
        return self.data[r * self.cols + c]
    def __setitem__(self, key, value):
        r, c = key
        self.data[r * self.cols + c] = value
    def __len__(self):
        return self.rows * self.cols
    def __contains__(self, v):
        return v in self.data
    def __iter__(self):
        return iter(self.data)
    def __str__(self):
        lines = []
        for r in range(self.rows):
            lines.append(" ".join("%3d" % self[r, c] for c in range(self.cols)))
        return "\n".join(lines)
m = Matrix(3, 4)
for r in range(3):
    for c in range(4):
        m[r, c] = r * 10 + c
m[1, 1] += 100
print(m)
print(len(m), 112 in m, 999 in m, sum(m), max(m), list(m)[:5])
class SparseList:
    def __init__(self, default=0):
        self.items = {}
        self.default = default
        self.size = 0
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        if i < 0 or i >= self.size:
            raise IndexError("sparse index out of range")
        return self.items.get(i, self.default)
    def __setitem__(self, i, v):
        if i >= self.size:
            self.size = i + 1
        self.items[i] = v
    def __len__(self):
        return self.size
    def __bool__(self):
        return len(self.items) > 0
s = SparseList()
print(bool(s), len(s))
s[5] = "five"
s[2] = "two"
print(bool(s), len(s), s[5], s[0], s[-4], [s[i] for i in range(len(s))])
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(sorted(self.items))
empty = Bag()
full = Bag(3, 1, 2)
print(bool(empty), bool(full), len(full), list(full), "falsy" if not empty else "truthy", sorted(full, reverse=True))
class Registry:
    def __init__(self):
        self._d = {}
    def __setitem__(self, k, v):
        self._d[k.lower()] = v
    def __getitem__(self, k):
        return self._d[k.lower()]
    def __contains__(self, k):
        return k.lower() in self._d
    def __delitem__(self, k):
        del self._d[k.lower()]
reg = Registry()
reg["Alpha"] = 1
reg["BETA"] = 2
print(reg["alpha"], reg["Beta"], "ALPHA" in reg, "gamma" in reg)
del reg["alpha"]
print("alpha" in reg)
