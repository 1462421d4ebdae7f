# Chaos-style OOP workload: affine transforms applied to a class hierarchy of shapes, IFS-like iteration.
import math
class AbstractMethodError(Exception):
    pass
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)
    def dot(self, o):
        return self.x * o.x + self.y * o.y
    def length(self):
        return math.sqrt(self.dot(self))
    def __repr__(self):
        return "(%.3f, %.3f)" % (round(self.x, 9) + 0.0, round(self.y, 9) + 0.0)
class Transform:
    def apply(self, v):
        raise AbstractMethodError("abstract")
    def then(self, other):
        return Composite([self, other])
class Scale(Transform):
    def __init__(self, k):
        self.k = k
    def apply(self, v):
        return v * self.k
class Translate(Transform):
    def __init__(self, dx, dy):
        self.d = Vector(dx, dy)
    def apply(self, v):
        return v + self.d
class Shear(Transform):
    def __init__(self, a):
        self.a = a
    def apply(self, v):
        return Vector(v.x + self.a * v.y, v.y)
class Affine(Transform):
    def __init__(self, a, b, c, d, e, f):
        self.m = (a, b, c, d, e, f)
    def apply(self, v):
        a, b, c, d, e, f = self.m
        return Vector(a * v.x + b * v.y + e, c * v.x + d * v.y + f)
class Composite(Transform):
    def __init__(self, parts):
        self.parts = parts
    def apply(self, v):
        for p in self.parts:
            v = p.apply(v)
        return v
class Shape:
    count = 0
    def __init__(self, points):
        self.points = points
        Shape.count += 1
    def transformed(self, t):
        return type(self)([t.apply(p) for p in self.points])
    def perimeter(self):
        total = 0.0
        n = len(self.points)
        for i in range(n):
            total += (self.points[(i + 1) % n] - self.points[i]).length()
        return total
    def area(self):
        s = 0.0
        n = len(self.points)
        for i in range(n):
            p = self.points[i]
            q = self.points[(i + 1) % n]
            s += p.x * q.y - q.x * p.y
        return abs(s) / 2
    def centroid(self):
        n = len(self.points)
        return Vector(sum(p.x for p in self.points) / n, sum(p.y for p in self.points) / n)
    def describe(self):
        return "%s[%d pts] area=%.4f perim=%.4f c=%r" % (type(self).__name__, len(self.points), self.area(), self.perimeter(), self.centroid())
class Triangle(Shape):
    pass
class Quad(Shape):
    def is_parallelogram(self):
        a, b, c, d = self.points
        s1 = (b - a) - (c - d)
        return abs(s1.x) < 1e-9 and abs(s1.y) < 1e-9
class Polygon(Shape):
    pass
def regular(n, r):
    return Polygon([Vector(r * math.cos(2 * math.pi * k / n), r * math.sin(2 * math.pi * k / n)) for k in range(n)])
shapes = [Triangle([Vector(0, 0), Vector(4, 0), Vector(0, 3)]),
          Quad([Vector(0, 0), Vector(2, 0), Vector(3, 1), Vector(1, 1)]),
          regular(6, 1.0), regular(12, 2.0)]
transforms = [Scale(2), Translate(1, -1), Shear(0.5), Affine(0, -1, 1, 0, 0, 0), Scale(0.5).then(Translate(3, 3))]
for s in shapes:
    print(s.describe())
    for t in transforms:
        print("   ", type(t).__name__, s.transformed(t).describe())
q = shapes[1]
print(q.is_parallelogram(), q.transformed(Shear(2)).is_parallelogram(), Shape.count)
maps = [Affine(0.5, 0, 0, 0.5, 0, 0), Affine(0.5, 0, 0, 0.5, 0.5, 0), Affine(0.5, 0, 0, 0.5, 0.25, 0.5)]
p = Vector(0.1, 0.1)
seed = 12345
grid = [[" "] * 32 for _ in range(16)]
for step in range(3000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    p = maps[(seed >> 16) % 3].apply(p)
    if step > 10:
        gx = int(p.x * 31.99)
        gy = 15 - int(p.y * 15.99)
        grid[gy][gx] = "*"
print("\n".join("".join(row).rstrip() for row in grid))
try:
    Transform().apply(p)
except AbstractMethodError as e:
    print("AbstractMethodError:", e)
