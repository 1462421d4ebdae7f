# Arithmetic dunders including reflected ones and __neg__.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        return Vec(self.x + o, self.y + o)
    def __radd__(self, o):
        return Vec(o + self.x, o + self.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o):
        return isinstance(o, Vec) and self.x == o.x and self.y == o.y
    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)
a = Vec(1, 2)
b = Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, b / 2, b // 2, Vec(7, -7) % 3, -a, +a, abs(b))
print(a + 10, 10 + a, sum([a, b, Vec(5, 5)], Vec(0, 0)), sum([a, b]))
print(a == Vec(1, 2), a != Vec(1, 2), a == (1, 2))
acc = Vec(0, 0)
for i in range(5):
    acc += Vec(i, i * i)
acc *= 2
acc -= Vec(1, 1)
print(acc)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, o):
        return Money(self.cents + (o.cents if isinstance(o, Money) else o))
    __radd__ = __add__
    def __str__(self):
        return "$%d.%02d" % (self.cents // 100, self.cents % 100)
    def __repr__(self):
        return "Money(" + str(self.cents) + ")"
print(Money(150) + Money(275), sum([Money(1), Money(99)]), 5 + Money(5), [Money(3)])
class Poly:
    def __init__(self, coeffs):
        self.c = list(coeffs)
    def __add__(self, o):
        n = max(len(self.c), len(o.c))
        a = self.c + [0] * (n - len(self.c))
        b = o.c + [0] * (n - len(o.c))
        return Poly([x + y for x, y in zip(a, b)])
    def __mul__(self, o):
        r = [0] * (len(self.c) + len(o.c) - 1)
        for i, x in enumerate(self.c):
            for j, y in enumerate(o.c):
                r[i + j] += x * y
        return Poly(r)
    def __pow__(self, n):
        r = Poly([1])
        for _ in range(n):
            r = r * self
        return r
    def __call__(self, x):
        return sum(c * x ** i for i, c in enumerate(self.c))
    def __repr__(self):
        return "Poly(" + repr(self.c) + ")"
p = Poly([1, 1])
print(p ** 5, (p ** 5)(2), (p + Poly([0, 0, 3]))(10), (p * p)(-1))
class Num:
    def __init__(self, v):
        self.v = v
    def __rsub__(self, o):
        return Num(o - self.v)
    def __rtruediv__(self, o):
        return Num(o / self.v)
    def __rfloordiv__(self, o):
        return Num(o // self.v)
    def __rmod__(self, o):
        return Num(o % self.v)
    def __rpow__(self, o):
        return Num(o ** self.v)
    def __and__(self, o):
        return Num(self.v & o)
    def __or__(self, o):
        return Num(self.v | o)
    def __xor__(self, o):
        return Num(self.v ^ o)
    def __lshift__(self, o):
        return Num(self.v << o)
    def __rshift__(self, o):
        return Num(self.v >> o)
    def __invert__(self):
        return Num(~self.v)
n = Num(3)
print((10 - n).v, (9 / n).v, (10 // n).v, (10 % n).v, (2 ** n).v, (n & 1).v, (n | 4).v, (n ^ 1).v, (n << 2).v, (n >> 1).v, (~n).v)
